-- Several instances on one database.

-- A daily job's run is claimed until `claimed_until`; a run whose instance stopped before it
-- finished may be taken over after that. NULL: the run finished (or predates claims).
ALTER TABLE job_runs ADD COLUMN claimed_until TIMESTAMPTZ;

-- Periodic work that one instance does at a time (scheduled publication, housekeeping): who
-- holds it and until when. A holder renews it; a stopped holder's lease runs out.
CREATE TABLE job_leases (
    job TEXT PRIMARY KEY,
    holder TEXT NOT NULL,
    until TIMESTAMPTZ NOT NULL
);

-- Moves on with every change of what readers see (pages, snippets, films). Instances are told
-- by NOTIFY and compare it now and then, in case a message was lost.
CREATE TABLE content_generation (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    generation BIGINT NOT NULL
);
INSERT INTO content_generation (id, generation) VALUES (1, 0);

-- Film, poster and caption files, so that every instance serves them: in chunks, read one at
-- a time (a byte range reads only the chunks it covers).
CREATE TABLE media_files (
    name TEXT PRIMARY KEY,
    size BIGINT NOT NULL,
    chunk_size INTEGER NOT NULL,
    created_at TIMESTAMPTZ NOT NULL
);
CREATE TABLE media_chunks (
    name TEXT NOT NULL REFERENCES media_files (name) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    data BYTEA NOT NULL,
    PRIMARY KEY (name, seq)
);
