-- Content editing (issue 6): every saved text is a version; the page row (content_translations)
-- holds what readers see and the workflow state of the newest unpublished version.

-- An editor with publishing rights ("publisher"); the role stays 'editor'.
ALTER TABLE staff_users ADD COLUMN can_publish BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE content_versions (
    id BIGSERIAL PRIMARY KEY,
    slug TEXT NOT NULL,
    lang TEXT NOT NULL,
    -- 1, 2, 3 … per page and language; UNIQUE makes the second of two concurrent saves fail.
    number INTEGER NOT NULL,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    body TEXT NOT NULL,
    change_note TEXT NOT NULL DEFAULT '',
    -- NULL: shipped with Helder.
    author_id BIGINT REFERENCES staff_users (id),
    author TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    -- Translations: the Dutch version this text was made from.
    source_version_id BIGINT REFERENCES content_versions (id),
    published_at TIMESTAMPTZ,
    published_by_id BIGINT REFERENCES staff_users (id),
    published_by TEXT,
    UNIQUE (slug, lang, number),
    FOREIGN KEY (slug, lang) REFERENCES content_translations (slug, lang) ON DELETE CASCADE
);

ALTER TABLE content_translations ADD COLUMN published_version_id BIGINT REFERENCES content_versions (id);
-- The newest version that is not published yet, and where it stands.
ALTER TABLE content_translations ADD COLUMN draft_version_id BIGINT REFERENCES content_versions (id);
ALTER TABLE content_translations ADD COLUMN draft_state TEXT CHECK (draft_state IN ('draft', 'submitted', 'scheduled'));
ALTER TABLE content_translations ADD COLUMN publish_at TIMESTAMPTZ;
ALTER TABLE content_translations ADD COLUMN scheduled_by_id BIGINT REFERENCES staff_users (id);
ALTER TABLE content_translations ADD COLUMN scheduled_by TEXT;
-- "Publish now, review later": published by one of its own authors, flagged until reviewed.
ALTER TABLE content_translations ADD COLUMN review_pending BOOLEAN NOT NULL DEFAULT FALSE;
-- Withdrawn: still shown, under a notice. Removed: published = FALSE.
ALTER TABLE content_translations ADD COLUMN withdrawn_at TIMESTAMPTZ;
ALTER TABLE content_translations ADD COLUMN withdrawn_notice TEXT;

CREATE INDEX content_scheduled ON content_translations (publish_at);

-- Municipal specifics edited by staff; they override the snippets file per language.
CREATE TABLE content_snippets (
    key TEXT NOT NULL,
    lang TEXT NOT NULL,
    value TEXT NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    updated_by TEXT NOT NULL,
    PRIMARY KEY (key, lang)
);
