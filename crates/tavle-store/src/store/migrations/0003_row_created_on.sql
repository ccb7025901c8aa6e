-- 0003: the day a row was added to its board, so the year report can leave the months
-- before a measure existed empty. NULL for rows made before this step and for imported
-- rows: they count as there all year.
-- (Numbered 0003 because 0002 is taken by the file-safety work; see the ladder in store.rs.)

ALTER TABLE row ADD COLUMN created_on TEXT
    CHECK (created_on IS NULL OR created_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');
