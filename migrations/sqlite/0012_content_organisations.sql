-- Content per organisation (issue 14): every organisation writes its own information pages,
-- versions, drafts and snippets, and keeps its own films. A page may have a variant for one
-- of the organisation's municipalities: a page of its own, edited like any other, that its
-- readers get instead. What existed before is the default
-- organisation's ('standaard'), so nothing is lost. The search index is per municipality:
-- each municipality's pages are filled in with its own snippets.
--
-- SQLite cannot change a primary key, so the tables are rebuilt: the old ones are renamed
-- (which also points their foreign keys at each other's old names), new ones are made and
-- filled, and the old ones dropped. Pages and versions refer to each other, so foreign keys
-- are checked at commit, when everything is in place.
PRAGMA defer_foreign_keys = ON;

ALTER TABLE content_pages RENAME TO old_content_pages;
ALTER TABLE content_translations RENAME TO old_content_translations;
ALTER TABLE content_versions RENAME TO old_content_versions;
ALTER TABLE content_snippets RENAME TO old_content_snippets;
ALTER TABLE films RENAME TO old_films;
ALTER TABLE film_texts RENAME TO old_film_texts;
ALTER TABLE film_files RENAME TO old_film_files;
ALTER TABLE film_topics RENAME TO old_film_topics;
DROP INDEX content_scheduled;
DROP INDEX film_files_slug;

CREATE TABLE content_pages (
    organisation TEXT NOT NULL,
    slug TEXT NOT NULL,
    kind TEXT NOT NULL,
    sort_order INTEGER NOT NULL,
    -- A variant: the page it stands in for, for readers of one municipality (both NULL for
    -- the organisation's own pages).
    variant_of TEXT,
    municipality TEXT,
    PRIMARY KEY (organisation, slug)
);
CREATE UNIQUE INDEX content_variants ON content_pages (organisation, variant_of, municipality);

CREATE TABLE content_translations (
    organisation TEXT NOT NULL,
    slug TEXT NOT NULL,
    lang TEXT NOT NULL,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    body TEXT NOT NULL,
    published INTEGER NOT NULL DEFAULT 1,
    origin TEXT NOT NULL CHECK (origin IN ('seed', 'edited')),
    seed_hash TEXT,
    updated_at TEXT NOT NULL,
    published_version_id BIGINT REFERENCES content_versions (id),
    draft_version_id BIGINT REFERENCES content_versions (id),
    draft_state TEXT CHECK (draft_state IN ('draft', 'submitted', 'scheduled')),
    publish_at TEXT,
    scheduled_by_id BIGINT REFERENCES staff_users (id),
    scheduled_by TEXT,
    review_pending BOOLEAN NOT NULL DEFAULT FALSE,
    withdrawn_at TEXT,
    withdrawn_notice TEXT,
    PRIMARY KEY (organisation, slug, lang),
    FOREIGN KEY (organisation, slug) REFERENCES content_pages (organisation, slug) ON DELETE CASCADE
);
CREATE INDEX content_scheduled ON content_translations (publish_at);

CREATE TABLE content_versions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    organisation TEXT NOT NULL,
    slug TEXT NOT NULL,
    lang TEXT NOT NULL,
    number INTEGER NOT NULL,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    body TEXT NOT NULL,
    change_note TEXT NOT NULL DEFAULT '',
    author_id BIGINT REFERENCES staff_users (id),
    author TEXT NOT NULL,
    created_at TEXT NOT NULL,
    source_version_id BIGINT REFERENCES content_versions (id),
    published_at TEXT,
    published_by_id BIGINT REFERENCES staff_users (id),
    published_by TEXT,
    UNIQUE (organisation, slug, lang, number),
    FOREIGN KEY (organisation, slug, lang)
        REFERENCES content_translations (organisation, slug, lang) ON DELETE CASCADE
);

CREATE TABLE content_snippets (
    organisation TEXT NOT NULL,
    key TEXT NOT NULL,
    lang TEXT NOT NULL,
    value TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    PRIMARY KEY (organisation, key, lang)
);

CREATE TABLE films (
    organisation TEXT NOT NULL,
    slug TEXT NOT NULL,
    duration_secs INTEGER NOT NULL DEFAULT 0,
    origin TEXT NOT NULL CHECK (origin IN ('builtin', 'uploaded')),
    created_at TEXT NOT NULL,
    PRIMARY KEY (organisation, slug)
);

CREATE TABLE film_texts (
    organisation TEXT NOT NULL,
    slug TEXT NOT NULL,
    lang TEXT NOT NULL,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    transcript TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (organisation, slug, lang),
    FOREIGN KEY (organisation, slug) REFERENCES films (organisation, slug) ON DELETE CASCADE
);

CREATE TABLE film_files (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    organisation TEXT NOT NULL,
    slug TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('video', 'poster', 'captions')),
    lang TEXT,
    stored_name TEXT NOT NULL UNIQUE,
    content_type TEXT NOT NULL,
    bytes INTEGER NOT NULL,
    uploaded_at TEXT NOT NULL,
    uploader_id INTEGER REFERENCES staff_users (id),
    uploader TEXT NOT NULL,
    replaced_at TEXT,
    FOREIGN KEY (organisation, slug) REFERENCES films (organisation, slug) ON DELETE CASCADE
);
CREATE INDEX film_files_slug ON film_files (organisation, slug, replaced_at);

CREATE TABLE film_topics (
    organisation TEXT NOT NULL,
    film_slug TEXT NOT NULL,
    topic_slug TEXT NOT NULL,
    PRIMARY KEY (organisation, film_slug, topic_slug),
    FOREIGN KEY (organisation, film_slug) REFERENCES films (organisation, slug) ON DELETE CASCADE
);

INSERT INTO content_pages (organisation, slug, kind, sort_order)
    SELECT 'standaard', slug, kind, sort_order FROM old_content_pages;
INSERT INTO content_translations (organisation, slug, lang, title, summary, body, published, origin,
    seed_hash, updated_at, published_version_id, draft_version_id, draft_state, publish_at,
    scheduled_by_id, scheduled_by, review_pending, withdrawn_at, withdrawn_notice)
    SELECT 'standaard', slug, lang, title, summary, body, published, origin, seed_hash, updated_at,
    published_version_id, draft_version_id, draft_state, publish_at, scheduled_by_id, scheduled_by,
    review_pending, withdrawn_at, withdrawn_notice FROM old_content_translations;
INSERT INTO content_versions (id, organisation, slug, lang, number, title, summary, body, change_note,
    author_id, author, created_at, source_version_id, published_at, published_by_id, published_by)
    SELECT id, 'standaard', slug, lang, number, title, summary, body, change_note, author_id, author,
    created_at, source_version_id, published_at, published_by_id, published_by FROM old_content_versions;
INSERT INTO content_snippets (organisation, key, lang, value, updated_at, updated_by)
    SELECT 'standaard', key, lang, value, updated_at, updated_by FROM old_content_snippets;
INSERT INTO films (organisation, slug, duration_secs, origin, created_at)
    SELECT 'standaard', slug, duration_secs, origin, created_at FROM old_films;
INSERT INTO film_texts (organisation, slug, lang, title, summary, transcript, updated_at)
    SELECT 'standaard', slug, lang, title, summary, transcript, updated_at FROM old_film_texts;
INSERT INTO film_files (id, organisation, slug, kind, lang, stored_name, content_type, bytes,
    uploaded_at, uploader_id, uploader, replaced_at)
    SELECT id, 'standaard', slug, kind, lang, stored_name, content_type, bytes, uploaded_at,
    uploader_id, uploader, replaced_at FROM old_film_files;
INSERT INTO film_topics (organisation, film_slug, topic_slug)
    SELECT 'standaard', film_slug, topic_slug FROM old_film_topics;

DROP TABLE old_film_topics;
DROP TABLE old_film_texts;
DROP TABLE old_film_files;
DROP TABLE old_films;
DROP TABLE old_content_snippets;
DROP TABLE old_content_versions;
DROP TABLE old_content_translations;
DROP TABLE old_content_pages;

-- The search index is written again from the pages at start.
DROP TABLE content_search;
CREATE VIRTUAL TABLE content_search USING fts5 (
    municipality UNINDEXED,
    slug UNINDEXED,
    lang UNINDEXED,
    title,
    body,
    tokenize = 'unicode61 remove_diacritics 2'
);
