-- The same claims as on PostgreSQL (one SQLite file serves one instance, but the jobs go one
-- way on both backends). Film files stay in the data folder on SQLite.

-- A daily job's run is claimed until `claimed_until`; NULL: the run finished.
ALTER TABLE job_runs ADD COLUMN claimed_until TEXT;

CREATE TABLE job_leases (
    job TEXT PRIMARY KEY,
    holder TEXT NOT NULL,
    until TEXT NOT NULL
);

CREATE TABLE content_generation (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    generation INTEGER NOT NULL
);
INSERT INTO content_generation (id, generation) VALUES (1, 0);
