-- Reports of a suspicion (meldingen). No column holds an address of the reporter's
-- connection; contact details exist only when the reporter chose to leave them.

-- A report being filled in, under the hash of a random cookie token; gone after two hours
-- or once submitted.
CREATE TABLE report_drafts (
    token_hash TEXT PRIMARY KEY,
    lang TEXT NOT NULL,
    data TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
CREATE INDEX report_drafts_expiry ON report_drafts (expires_at);

CREATE TABLE reports (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    received_at TEXT NOT NULL,
    lang TEXT NOT NULL,
    questionnaire_version TEXT NOT NULL,
    -- Kind ids, comma-separated, in questionnaire order.
    kinds TEXT NOT NULL,
    -- argon2id of the receipt code with the installation's salt; the code itself is never kept.
    receipt_hash TEXT NOT NULL UNIQUE,
    contact_name TEXT,
    contact_email TEXT,
    contact_phone TEXT,
    status TEXT NOT NULL DEFAULT 'new'
);

-- Each answer with the question as the reporter read it and the same question in Dutch.
CREATE TABLE report_answers (
    report_id INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    question_id TEXT NOT NULL,
    question_asked TEXT NOT NULL,
    question_nl TEXT NOT NULL,
    answer TEXT NOT NULL,
    PRIMARY KEY (report_id, position)
);

-- Follow-up: questions from the team and the reporter's answers.
CREATE TABLE report_messages (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    report_id INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    author TEXT NOT NULL CHECK (author IN ('team', 'reporter')),
    body TEXT NOT NULL,
    created_at TEXT NOT NULL
);

-- Secrets of this installation that must survive restarts (the receipt-code salt).
CREATE TABLE installation_secrets (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
