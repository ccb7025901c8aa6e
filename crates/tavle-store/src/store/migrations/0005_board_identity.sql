-- 0005: every board gets a stable identity, a Sektor and its Antall årsverk.
-- The identity (32 hex digits, random) is made when a board is made and never changes with
-- its name or year: publishing to HR's shared folder finds the board's earlier snapshot by
-- it, so two units of the same name no longer replace each other and a renamed unit
-- leaves no old snapshot behind. Boards already in a file get theirs here.
-- Append-only: never edit a migration that has shipped; add the next file instead.

ALTER TABLE board ADD COLUMN identity TEXT NOT NULL DEFAULT '';
ALTER TABLE board ADD COLUMN sector TEXT NOT NULL DEFAULT '';
ALTER TABLE board ADD COLUMN staff REAL CHECK (staff IS NULL OR staff > 0);
UPDATE board SET identity = lower(hex(randomblob(16)));
CREATE UNIQUE INDEX board_by_identity ON board(identity);
