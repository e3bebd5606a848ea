-- The kinds of suspicion of a report, one row per kind (they were comma-joined in
-- reports.kinds). `position` keeps the order they were chosen in (questionnaire order). The
-- rows go with their report when retention deletes it; anonymising keeps them (statistics).
CREATE TABLE report_kinds (
    report_id BIGINT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    PRIMARY KEY (report_id, kind)
);

-- Every stored report's kinds, split at the commas (blanks and repeats left out).
INSERT INTO report_kinds (report_id, position, kind)
SELECT r.id, MIN(k.ordinality) - 1, btrim(k.kind)
FROM reports r, unnest(string_to_array(r.kinds, ',')) WITH ORDINALITY AS k (kind, ordinality)
WHERE btrim(k.kind) <> ''
GROUP BY r.id, btrim(k.kind);

ALTER TABLE reports DROP COLUMN kinds;
