-- 0001: the first schema of a .tavle file.
-- Append-only: never edit a migration that has shipped; add the next file instead.

CREATE TABLE board (
    id          INTEGER PRIMARY KEY,
    title       TEXT NOT NULL,
    unit        TEXT NOT NULL,
    year        INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    main_goal   TEXT NOT NULL DEFAULT '',
    focus       TEXT NOT NULL DEFAULT '',
    target_pct  REAL CHECK (target_pct IS NULL OR target_pct BETWEEN 0 AND 100)
);

-- A board's rows in their order: `position` is 0..n-1 within the board, kept dense.
CREATE TABLE row (
    id          INTEGER PRIMARY KEY,
    board_id    INTEGER NOT NULL REFERENCES board(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL CHECK (position >= 0),
    goal        TEXT NOT NULL DEFAULT '',
    ideas       TEXT NOT NULL DEFAULT '',
    measure     TEXT NOT NULL DEFAULT '',
    owner       TEXT NOT NULL DEFAULT '',
    when_text   TEXT NOT NULL DEFAULT '',
    due         TEXT CHECK (due IS NULL OR due GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    status      TEXT NOT NULL DEFAULT 'not_started' CHECK (status IN
                ('not_started', 'in_progress', 'done', 'ongoing', 'paused', 'dropped')),
    result      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX row_by_board ON row(board_id, position);
CREATE INDEX row_by_due ON row(due) WHERE due IS NOT NULL;

-- A row's status history, oldest first by `seq` (0..n-1, kept in date order).
CREATE TABLE status_change (
    id          INTEGER PRIMARY KEY,
    row_id      INTEGER NOT NULL REFERENCES row(id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL CHECK (seq >= 0),
    on_date     TEXT NOT NULL CHECK (on_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    status      TEXT NOT NULL CHECK (status IN
                ('not_started', 'in_progress', 'done', 'ongoing', 'paused', 'dropped')),
    note        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX status_change_by_row ON status_change(row_id, seq);

-- "Prosjekt nærvær": one per board.
CREATE TABLE plan (
    board_id              INTEGER PRIMARY KEY REFERENCES board(id) ON DELETE CASCADE,
    absence_pct_december  REAL,
    absence_pct_average   REAL,
    situation             TEXT NOT NULL DEFAULT '',
    why_change            TEXT NOT NULL DEFAULT '',
    actions               TEXT NOT NULL DEFAULT '',
    desired_state         TEXT NOT NULL DEFAULT '',
    obstacles             TEXT NOT NULL DEFAULT ''
);

-- The plan's milestones (Delmål) in their order.
CREATE TABLE milestone (
    id          INTEGER PRIMARY KEY,
    board_id    INTEGER NOT NULL REFERENCES board(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL CHECK (position >= 0),
    text        TEXT NOT NULL,
    due         TEXT,
    reached_on  TEXT
);
CREATE INDEX milestone_by_board ON milestone(board_id, position);

-- One month's absence figures: a percentage, or agreed and lost workdays.
CREATE TABLE absence_month (
    id                   INTEGER PRIMARY KEY,
    board_id             INTEGER NOT NULL REFERENCES board(id) ON DELETE CASCADE,
    month                TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'),
    pct                  REAL,
    agreed_days          REAL,
    lost_days            REAL,
    self_certified_days  REAL,
    UNIQUE (board_id, month)
);

-- Workshop answers; `row_id` is the row an input became (forgotten if that row is deleted).
CREATE TABLE input (
    id          INTEGER PRIMARY KEY,
    board_id    INTEGER NOT NULL REFERENCES board(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL CHECK (position >= 0),
    question    TEXT NOT NULL CHECK (question IN ('works_well', 'do_better', 'proposals')),
    text        TEXT NOT NULL,
    votes       INTEGER NOT NULL DEFAULT 0 CHECK (votes >= 0),
    row_id      INTEGER REFERENCES row(id) ON DELETE SET NULL
);
CREATE INDEX input_by_board ON input(board_id, position);
CREATE INDEX input_by_row ON input(row_id);
