-- Prevention (issue 17): the self-check's counts, "was this clear?" per page, and the
-- anonymous question box with its own role, advisor.
--
-- Nothing here identifies a visitor. The self-check and the feedback keep counts per
-- question or page, answer, language and month (no row per visit, no time of day, no
-- cookie, no client key); a comment keeps its day only, for deleting it in time. A question
-- is known by the argon2id hash of its code; its e-mail address, when given, is forgotten as
-- soon as the "your answer is ready" mail is queued.
--
ALTER TABLE staff_users DROP CONSTRAINT IF EXISTS staff_users_role_check;
ALTER TABLE staff_users ADD CONSTRAINT staff_users_role_check
    CHECK (role IN ('intake', 'lead', 'editor', 'admin', 'advisor'));

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
    id BIGSERIAL PRIMARY KEY,
    organisation TEXT NOT NULL,
    municipality TEXT NOT NULL,
    page TEXT NOT NULL,
    lang TEXT NOT NULL,
    body TEXT NOT NULL,
    -- Midnight UTC of the day it was sent: enough to delete it in time, no more.
    received_on TIMESTAMPTZ NOT NULL
);
CREATE INDEX page_feedback_comments_page ON page_feedback_comments (organisation, page);
CREATE INDEX page_feedback_comments_day ON page_feedback_comments (received_on);

CREATE TABLE advice_questions (
    id BIGSERIAL PRIMARY KEY,
    organisation TEXT NOT NULL,
    municipality TEXT NOT NULL,
    lang TEXT NOT NULL,
    -- argon2id of the code with the installation's salt; the code itself is never kept.
    code_hash TEXT NOT NULL UNIQUE,
    body TEXT NOT NULL,
    -- Only for "your answer is ready"; NULL once that mail is queued.
    email TEXT,
    asked_at TIMESTAMPTZ NOT NULL,
    answer TEXT,
    answer_lang TEXT,
    answered_at TIMESTAMPTZ,
    answered_by TEXT,
    answer_read_at TIMESTAMPTZ
);
CREATE INDEX advice_questions_queue ON advice_questions (organisation, answered_at, asked_at);

-- An advisor's anonymous version of a question and its answer, for editors to publish.
CREATE TABLE faq_suggestions (
    id BIGSERIAL PRIMARY KEY,
    organisation TEXT NOT NULL,
    lang TEXT NOT NULL,
    question TEXT NOT NULL,
    answer TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    handled_at TIMESTAMPTZ
);
CREATE INDEX faq_suggestions_open ON faq_suggestions (organisation, handled_at);
