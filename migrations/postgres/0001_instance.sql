-- One row describing this installation: when it was first started, by which version.
CREATE TABLE instance (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    installed_at TIMESTAMPTZ NOT NULL,
    installed_version TEXT NOT NULL
);
