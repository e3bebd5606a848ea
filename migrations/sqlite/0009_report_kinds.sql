-- The kinds of suspicion of a report, one row per kind (they were comma-joined in
-- reports.kinds). `position` keeps the order they were chosen in (questionnaire order). The
-- rows go with their report when retention deletes it; anonymising keeps them (statistics).
CREATE TABLE report_kinds (
    report_id INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    PRIMARY KEY (report_id, kind)
) WITHOUT ROWID;

-- Every stored report's kinds, split at the commas (blanks and repeats left out).
WITH RECURSIVE split (report_id, position, kind, rest) AS (
    SELECT id, 0, '', kinds || ',' FROM reports
    UNION ALL
    SELECT report_id, position + 1, trim(substr(rest, 1, instr(rest, ',') - 1)),
           substr(rest, instr(rest, ',') + 1)
    FROM split WHERE rest <> ''
)
INSERT INTO report_kinds (report_id, position, kind)
SELECT report_id, MIN(position) - 1, kind FROM split WHERE kind <> '' GROUP BY report_id, kind;

-- The column goes, and with it the statistics index that led with it; the grouped count by
-- status and outcome reads the same columns without it.
DROP INDEX reports_statistics;
ALTER TABLE reports DROP COLUMN kinds;
CREATE INDEX reports_statistics ON reports (status, outcome, received_at, first_action_at);
