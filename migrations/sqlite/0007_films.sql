-- Films: uploaded by communicatie staff (and the shipped ones, imported at first start).
-- Files live in <data dir>/media/ under generated names; a replaced file keeps its row (and
-- its file) as the film's history.
CREATE TABLE films (
    slug TEXT PRIMARY KEY,
    -- 0 when unknown; taken from the end of the last Dutch caption.
    duration_secs INTEGER NOT NULL DEFAULT 0,
    -- 'builtin' for the films shipped with Helder, 'uploaded' for staff's.
    origin TEXT NOT NULL CHECK (origin IN ('builtin', 'uploaded')),
    created_at TEXT NOT NULL
);

-- Title, summary and transcript (paragraphs separated by an empty line) per language.
CREATE TABLE film_texts (
    slug TEXT NOT NULL REFERENCES films (slug) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    transcript TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (slug, lang)
);

CREATE TABLE film_files (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    slug TEXT NOT NULL REFERENCES films (slug) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('video', 'poster', 'captions')),
    -- The captions' language; NULL for video and poster.
    lang TEXT,
    -- Random hex and the extension of the type found in the content; never the uploaded name.
    stored_name TEXT NOT NULL UNIQUE,
    content_type TEXT NOT NULL,
    bytes INTEGER NOT NULL,
    uploaded_at TEXT NOT NULL,
    uploader_id INTEGER REFERENCES staff_users (id),
    uploader TEXT NOT NULL,
    -- NULL while the file is in use.
    replaced_at TEXT
);
CREATE INDEX film_files_slug ON film_files (slug, replaced_at);

-- Which films belong on which information page.
CREATE TABLE film_topics (
    film_slug TEXT NOT NULL REFERENCES films (slug) ON DELETE CASCADE,
    topic_slug TEXT NOT NULL,
    PRIMARY KEY (film_slug, topic_slug)
);
