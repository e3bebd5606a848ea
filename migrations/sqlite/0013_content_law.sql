-- Content that is right under the law (issue 15). Per page, for editors: the articles it rests
-- on, the day it was last checked against them (readers see it), and the sources behind it;
-- `law_edited` once staff changed them, so a newer shipped text no longer overwrites theirs.
-- A page an editor created (not shipped) and a retired page (off the site in every language,
-- kept with its versions).
ALTER TABLE content_pages ADD COLUMN legal_basis TEXT NOT NULL DEFAULT '';
ALTER TABLE content_pages ADD COLUMN checked_on TEXT;
ALTER TABLE content_pages ADD COLUMN source_notes TEXT NOT NULL DEFAULT '';
ALTER TABLE content_pages ADD COLUMN law_edited BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE content_pages ADD COLUMN created_by TEXT;
ALTER TABLE content_pages ADD COLUMN retired_at TEXT;
-- A shipped version scheduled by Helder itself (a text for a law that takes effect later):
-- the hash of its file, so seeding schedules it once, and it becomes the seed hash when it
-- is published.
ALTER TABLE content_translations ADD COLUMN scheduled_seed_hash TEXT;
-- A translation version read and approved by a native speaker (NULL: not yet checked).
ALTER TABLE content_versions ADD COLUMN native_checked_by TEXT;
ALTER TABLE content_versions ADD COLUMN native_checked_at TEXT;
