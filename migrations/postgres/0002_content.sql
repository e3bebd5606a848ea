-- Information pages (rights and obligations): one row per page, one per language version.
CREATE TABLE content_pages (
    slug TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    sort_order INTEGER NOT NULL
);

CREATE TABLE content_translations (
    slug TEXT NOT NULL REFERENCES content_pages (slug) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    body TEXT NOT NULL,
    published BOOLEAN NOT NULL DEFAULT TRUE,
    -- 'seed' while the text is the one shipped with Helder; 'edited' once staff changed it.
    origin TEXT NOT NULL CHECK (origin IN ('seed', 'edited')),
    seed_hash TEXT,
    updated_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (slug, lang)
);

-- Full-text index of published pages, rebuilt from content_translations when content changes.
CREATE TABLE content_search (
    slug TEXT NOT NULL,
    lang TEXT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    document TSVECTOR NOT NULL,
    PRIMARY KEY (slug, lang)
);
CREATE INDEX content_search_document ON content_search USING GIN (document);
