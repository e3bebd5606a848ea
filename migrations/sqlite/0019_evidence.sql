-- Evidence with a report (issue 18): at most three photos or PDF files. Photos are kept as
-- the server wrote them anew (no EXIF or GPS); PDF files as sent. Kept in the database, so
-- every instance reads them. A draft's files go with the draft (expired or sent), a report's
-- with the report; anonymising a report deletes them (see retention).
CREATE TABLE draft_evidence (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    token_hash TEXT NOT NULL REFERENCES report_drafts (token_hash) ON DELETE CASCADE,
    media_type TEXT NOT NULL CHECK (media_type IN ('image/jpeg', 'image/png', 'application/pdf')),
    size BIGINT NOT NULL,
    data BLOB NOT NULL,
    added_at TEXT NOT NULL
);
CREATE INDEX draft_evidence_draft ON draft_evidence (token_hash);

CREATE TABLE report_evidence (
    report_id INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position BETWEEN 1 AND 3),
    media_type TEXT NOT NULL CHECK (media_type IN ('image/jpeg', 'image/png', 'application/pdf')),
    size BIGINT NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (report_id, position)
);
