-- 0006: a row's Tiltakstype (kind) and Innsats (level), each chosen or not (NULL), stored as
-- their codes.
-- Append-only: never edit a migration that has shipped; add the next file instead.

ALTER TABLE row ADD COLUMN kind TEXT CHECK (kind IS NULL OR kind IN ('basis', 'person', 'project'));
ALTER TABLE row ADD COLUMN level TEXT
    CHECK (level IS NULL OR level IN ('promoting', 'preventive', 'repairing'));
