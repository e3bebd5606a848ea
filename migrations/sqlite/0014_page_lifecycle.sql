-- Retiring a page with four eyes (issue 15): an editor asks, with a reason; someone else with
-- publishing rights confirms (then `retired_at`, from 0013, is set). The open request lives
-- on the page; the audit log keeps every step.
ALTER TABLE content_pages ADD COLUMN retire_requested_by_id BIGINT REFERENCES staff_users (id);
ALTER TABLE content_pages ADD COLUMN retire_requested_by TEXT;
ALTER TABLE content_pages ADD COLUMN retire_requested_at TEXT;
ALTER TABLE content_pages ADD COLUMN retire_reason TEXT;
