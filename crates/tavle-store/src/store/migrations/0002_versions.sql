-- 0002: optimistic versions. Every record a screen edits as a whole carries a version that
-- each write of it raises by one; a write based on an older version is refused as
-- "changed elsewhere" instead of silently undoing the other writer's change.
-- Append-only: never edit a migration that has shipped; add the next file instead.

-- The board's own fields (the header form).
ALTER TABLE board ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);
-- "Prosjekt nærvær" with its milestones, kept on the board since a board need not have a
-- plan row yet.
ALTER TABLE board ADD COLUMN plan_version INTEGER NOT NULL DEFAULT 1 CHECK (plan_version >= 1);
-- A row's text and status.
ALTER TABLE row ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);
-- A workshop card's text.
ALTER TABLE input ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);
