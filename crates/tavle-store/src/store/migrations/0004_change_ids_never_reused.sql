-- 0004: a status change's id is never given out again. A window opened before a change was
-- removed still holds its id; with plain INTEGER PRIMARY KEY the next change could get the
-- same id, and that window's «Rett» would correct the wrong entry. AUTOINCREMENT keeps the
-- highest id ever used in sqlite_sequence. SQLite cannot add it to a table, so the table
-- is made anew with the same columns, ids and index.
-- Append-only: never edit a migration that has shipped; add the next file instead.

CREATE TABLE status_change_new (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    row_id      INTEGER NOT NULL REFERENCES row(id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL CHECK (seq >= 0),
    on_date     TEXT NOT NULL CHECK (on_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    status      TEXT NOT NULL CHECK (status IN
                ('not_started', 'in_progress', 'done', 'ongoing', 'paused', 'dropped')),
    note        TEXT NOT NULL DEFAULT ''
);
INSERT INTO status_change_new (id, row_id, seq, on_date, status, note)
    SELECT id, row_id, seq, on_date, status, note FROM status_change;
DROP TABLE status_change;
ALTER TABLE status_change_new RENAME TO status_change;
CREATE INDEX status_change_by_row ON status_change(row_id, seq);
