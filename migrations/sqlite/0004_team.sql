-- The enforcement team's side: staff accounts and sessions, the work on each report, the
-- append-only audit log, the mail outbox and a record of the daily jobs.

CREATE TABLE staff_users (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    -- Lower-case; the login name.
    email TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('intake', 'lead', 'editor', 'admin')),
    -- argon2id in PHC form; NULL until the person sets it through a one-time link.
    password_hash TEXT,
    -- Base32 TOTP secret once the second factor is set up.
    totp_secret TEXT,
    -- Takes part in today's distribution.
    present BOOLEAN NOT NULL DEFAULT TRUE,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    created_at TEXT NOT NULL
);

-- One-time links to set a password; only the hash of the token is kept.
CREATE TABLE staff_password_tokens (
    token_hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES staff_users (id) ON DELETE CASCADE,
    expires_at TEXT NOT NULL
);

-- Server-side sessions under the hash of the cookie token.
CREATE TABLE staff_sessions (
    token_hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES staff_users (id) ON DELETE CASCADE,
    csrf_token TEXT NOT NULL,
    -- FALSE while the second factor is still to be entered.
    verified BOOLEAN NOT NULL,
    created_at TEXT NOT NULL,
    last_seen_at TEXT NOT NULL
);
CREATE INDEX staff_sessions_user ON staff_sessions (user_id);

-- Team-wide settings a lead changes.
CREATE TABLE team_settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    require_totp BOOLEAN NOT NULL DEFAULT FALSE
);
INSERT INTO team_settings (id, require_totp) VALUES (1, FALSE);

-- Work on a report. Status: new, assigned, in_progress, green, orange, red, no_action, closed.
ALTER TABLE reports ADD COLUMN assignee_id INTEGER REFERENCES staff_users (id);
ALTER TABLE reports ADD COLUMN assigned_at TEXT;
ALTER TABLE reports ADD COLUMN first_action_at TEXT;
ALTER TABLE reports ADD COLUMN closed_at TEXT;
-- no_action, repayment, measure, benefit_ended, criminal_report
ALTER TABLE reports ADD COLUMN outcome TEXT;
-- The team's estimate of the amount involved, in whole euros.
ALTER TABLE reports ADD COLUMN estimated_amount BIGINT;
ALTER TABLE reports ADD COLUMN fined_before BOOLEAN NOT NULL DEFAULT FALSE;
-- Same-subject keys: normalised name, and postcode + house number (e.g. 1234AB 12A).
ALTER TABLE reports ADD COLUMN subject_name TEXT;
ALTER TABLE reports ADD COLUMN subject_address TEXT;
-- Set when retention removed the content and kept only the counts.
ALTER TABLE reports ADD COLUMN anonymised_at TEXT;
CREATE INDEX reports_status ON reports (status, received_at);
CREATE INDEX reports_assignee ON reports (assignee_id, status);
CREATE INDEX reports_received ON reports (received_at);
CREATE INDEX reports_subject_name ON reports (subject_name);
CREATE INDEX reports_subject_address ON reports (subject_address);

CREATE TABLE report_links (
    report_a INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    report_b INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    linked_by INTEGER REFERENCES staff_users (id),
    linked_at TEXT NOT NULL,
    PRIMARY KEY (report_a, report_b),
    CHECK (report_a < report_b)
);
CREATE INDEX report_links_b ON report_links (report_b);

CREATE TABLE report_notes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    report_id INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    author_id INTEGER REFERENCES staff_users (id),
    body TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX report_notes_report ON report_notes (report_id);
CREATE INDEX report_messages_report ON report_messages (report_id);

-- Who did what to which report, when. Append-only: the triggers refuse changes. No foreign
-- key to reports, so the record of a deletion outlives the report. Never holds report content.
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    -- NULL for Helder itself (jobs).
    actor_id INTEGER REFERENCES staff_users (id),
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    report_id BIGINT,
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_report ON audit_log (report_id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

-- Mail waits here until the transport accepted it; retried with back-off.
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at TEXT NOT NULL,
    recipient TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    sent_at TEXT,
    last_error TEXT
);
CREATE INDEX outbox_due ON outbox (sent_at, next_attempt_at);

-- Daily jobs (distribution, digest, retention): one row per job per day, with counts.
CREATE TABLE job_runs (
    job TEXT NOT NULL,
    day TEXT NOT NULL,
    ran_at TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (job, day)
);
