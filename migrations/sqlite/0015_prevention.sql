-- Prevention (issue 17): the self-check's counts, "was this clear?" per page, and the
-- anonymous question box with its own role, advisor.
--
-- Nothing here identifies a visitor. The self-check and the feedback keep counts per
-- question or page, answer, language and month (no row per visit, no time of day, no
-- cookie, no client key); a comment keeps its day only, for deleting it in time. A question
-- is known by the argon2id hash of its code; its e-mail address, when given, is forgotten as
-- soon as the "your answer is ready" mail is queued.
--
-- SQLite cannot change a CHECK constraint, so staff_users is rebuilt with the new role, the
-- documented twelve-step way: `Database::migrate` runs the migrations with foreign keys off
-- (so dropping the old table deletes no sessions), then checks every foreign key.

CREATE TABLE staff_users_new (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    -- Lower-case; the login name.
    email TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('intake', 'lead', 'editor', 'admin', 'advisor')),
    -- argon2id in PHC form; NULL until the person sets it through a one-time link.
    password_hash TEXT,
    -- Base32 TOTP secret once the second factor is set up.
    totp_secret TEXT,
    -- Takes part in today's distribution.
    present BOOLEAN NOT NULL DEFAULT TRUE,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    created_at TEXT NOT NULL,
    can_publish BOOLEAN NOT NULL DEFAULT FALSE,
    organisation TEXT NOT NULL DEFAULT 'standaard'
);
INSERT INTO staff_users_new (id, email, display_name, role, password_hash, totp_secret,
        present, active, created_at, can_publish, organisation)
    SELECT id, email, display_name, role, password_hash, totp_secret,
        present, active, created_at, can_publish, organisation FROM staff_users;
DROP TABLE staff_users;
ALTER TABLE staff_users_new RENAME TO staff_users;
CREATE INDEX staff_users_organisation ON staff_users (organisation);

CREATE TABLE selfcheck_counts (
    organisation TEXT NOT NULL,
    municipality TEXT NOT NULL,
    question TEXT NOT NULL,
    -- yes | no | unknown
    answer TEXT NOT NULL,
    lang TEXT NOT NULL,
    -- YYYY-MM
    month TEXT NOT NULL,
    count BIGINT NOT NULL,
    PRIMARY KEY (organisation, municipality, question, answer, lang, month)
);

CREATE TABLE page_feedback_counts (
    organisation TEXT NOT NULL,
    municipality TEXT NOT NULL,
    page TEXT NOT NULL,
    lang TEXT NOT NULL,
    month TEXT NOT NULL,
    clear BIGINT NOT NULL DEFAULT 0,
    unclear BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (organisation, municipality, page, lang, month)
);

CREATE TABLE page_feedback_comments (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    organisation TEXT NOT NULL,
    municipality TEXT NOT NULL,
    page TEXT NOT NULL,
    lang TEXT NOT NULL,
    body TEXT NOT NULL,
    -- Midnight UTC of the day it was sent: enough to delete it in time, no more.
    received_on TEXT NOT NULL
);
CREATE INDEX page_feedback_comments_page ON page_feedback_comments (organisation, page);
CREATE INDEX page_feedback_comments_day ON page_feedback_comments (received_on);

CREATE TABLE advice_questions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    organisation TEXT NOT NULL,
    municipality TEXT NOT NULL,
    lang TEXT NOT NULL,
    -- argon2id of the code with the installation's salt; the code itself is never kept.
    code_hash TEXT NOT NULL UNIQUE,
    body TEXT NOT NULL,
    -- Only for "your answer is ready"; NULL once that mail is queued.
    email TEXT,
    asked_at TEXT NOT NULL,
    answer TEXT,
    answer_lang TEXT,
    answered_at TEXT,
    answered_by TEXT,
    answer_read_at TEXT
);
CREATE INDEX advice_questions_queue ON advice_questions (organisation, answered_at, asked_at);

-- An advisor's anonymous version of a question and its answer, for editors to publish.
CREATE TABLE faq_suggestions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    organisation TEXT NOT NULL,
    lang TEXT NOT NULL,
    question TEXT NOT NULL,
    answer TEXT NOT NULL,
    created_at TEXT NOT NULL,
    handled_at TEXT
);
CREATE INDEX faq_suggestions_open ON faq_suggestions (organisation, handled_at);
