-- Content per organisation (issue 14): every organisation writes its own information pages,
-- versions, drafts and snippets, and keeps its own films. A page may have a variant for one
-- of the organisation's municipalities: a page of its own, edited like any other, that its
-- readers get instead. What existed before is the default
-- organisation's ('standaard'), so nothing is lost. The search index is per municipality:
-- each municipality's pages are filled in with its own snippets. The columns get no default
-- afterwards, so a statement that forgets the organisation fails instead of guessing.

ALTER TABLE content_pages ADD COLUMN organisation TEXT NOT NULL DEFAULT 'standaard';
ALTER TABLE content_translations ADD COLUMN organisation TEXT NOT NULL DEFAULT 'standaard';
ALTER TABLE content_versions ADD COLUMN organisation TEXT NOT NULL DEFAULT 'standaard';
ALTER TABLE content_snippets ADD COLUMN organisation TEXT NOT NULL DEFAULT 'standaard';
ALTER TABLE films ADD COLUMN organisation TEXT NOT NULL DEFAULT 'standaard';
ALTER TABLE film_texts ADD COLUMN organisation TEXT NOT NULL DEFAULT 'standaard';
ALTER TABLE film_files ADD COLUMN organisation TEXT NOT NULL DEFAULT 'standaard';
ALTER TABLE film_topics ADD COLUMN organisation TEXT NOT NULL DEFAULT 'standaard';

ALTER TABLE content_pages ALTER COLUMN organisation DROP DEFAULT;
ALTER TABLE content_translations ALTER COLUMN organisation DROP DEFAULT;
ALTER TABLE content_versions ALTER COLUMN organisation DROP DEFAULT;
ALTER TABLE content_snippets ALTER COLUMN organisation DROP DEFAULT;
ALTER TABLE films ALTER COLUMN organisation DROP DEFAULT;
ALTER TABLE film_texts ALTER COLUMN organisation DROP DEFAULT;
ALTER TABLE film_files ALTER COLUMN organisation DROP DEFAULT;
ALTER TABLE film_topics ALTER COLUMN organisation DROP DEFAULT;

-- Keys that named a page or film alone name it within its organisation.
ALTER TABLE content_versions DROP CONSTRAINT content_versions_slug_lang_fkey;
ALTER TABLE content_versions DROP CONSTRAINT content_versions_slug_lang_number_key;
ALTER TABLE content_translations DROP CONSTRAINT content_translations_slug_fkey;
ALTER TABLE content_translations DROP CONSTRAINT content_translations_pkey;
ALTER TABLE content_pages DROP CONSTRAINT content_pages_pkey;
ALTER TABLE content_snippets DROP CONSTRAINT content_snippets_pkey;
ALTER TABLE film_texts DROP CONSTRAINT film_texts_slug_fkey;
ALTER TABLE film_texts DROP CONSTRAINT film_texts_pkey;
ALTER TABLE film_files DROP CONSTRAINT film_files_slug_fkey;
ALTER TABLE film_topics DROP CONSTRAINT film_topics_film_slug_fkey;
ALTER TABLE film_topics DROP CONSTRAINT film_topics_pkey;
ALTER TABLE films DROP CONSTRAINT films_pkey;
DROP INDEX film_files_slug;

ALTER TABLE content_pages ADD PRIMARY KEY (organisation, slug);
ALTER TABLE content_translations ADD PRIMARY KEY (organisation, slug, lang);
ALTER TABLE content_translations ADD FOREIGN KEY (organisation, slug)
    REFERENCES content_pages (organisation, slug) ON DELETE CASCADE;
ALTER TABLE content_versions ADD UNIQUE (organisation, slug, lang, number);
ALTER TABLE content_versions ADD FOREIGN KEY (organisation, slug, lang)
    REFERENCES content_translations (organisation, slug, lang) ON DELETE CASCADE;
ALTER TABLE content_snippets ADD PRIMARY KEY (organisation, key, lang);
ALTER TABLE films ADD PRIMARY KEY (organisation, slug);
ALTER TABLE film_texts ADD PRIMARY KEY (organisation, slug, lang);
ALTER TABLE film_texts ADD FOREIGN KEY (organisation, slug)
    REFERENCES films (organisation, slug) ON DELETE CASCADE;
ALTER TABLE film_files ADD FOREIGN KEY (organisation, slug)
    REFERENCES films (organisation, slug) ON DELETE CASCADE;
CREATE INDEX film_files_slug ON film_files (organisation, slug, replaced_at);
ALTER TABLE film_topics ADD PRIMARY KEY (organisation, film_slug, topic_slug);
ALTER TABLE film_topics ADD FOREIGN KEY (organisation, film_slug)
    REFERENCES films (organisation, slug) ON DELETE CASCADE;

-- A variant: the page it stands in for, for readers of one municipality (both NULL for the
-- organisation's own pages).
ALTER TABLE content_pages ADD COLUMN variant_of TEXT;
ALTER TABLE content_pages ADD COLUMN municipality TEXT;
CREATE UNIQUE INDEX content_variants ON content_pages (organisation, variant_of, municipality);

-- The search index is written again from the pages at start.
DROP TABLE content_search;
CREATE TABLE content_search (
    municipality TEXT NOT NULL,
    slug TEXT NOT NULL,
    lang TEXT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    document TSVECTOR NOT NULL,
    PRIMARY KEY (municipality, slug, lang)
);
CREATE INDEX content_search_document ON content_search USING GIN (document);
