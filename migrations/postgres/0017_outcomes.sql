-- Outcomes as they really are (issue 18): a closed report records one or more outcomes, each
-- with its details (the amount of a repayment or a fine, the percentage and months of a
-- measure, where it was passed on to). Every report closed before keeps its one outcome,
-- without details. `reports.outcome` is superseded by this table: no longer written or read
-- (kept so an instance of an earlier version still reads the reports it closed).
CREATE TABLE report_outcomes (
    report_id BIGINT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    outcome TEXT NOT NULL CHECK (outcome IN ('no_action', 'warning', 'repayment', 'fine',
        'measure', 'benefit_ended', 'criminal_report', 'referred')),
    euros BIGINT,
    percent BIGINT,
    months BIGINT,
    referred_to TEXT,
    PRIMARY KEY (report_id, outcome)
);
CREATE INDEX report_outcomes_outcome ON report_outcomes (outcome, report_id);

INSERT INTO report_outcomes (report_id, outcome)
    SELECT id, outcome FROM reports
    WHERE outcome IN ('no_action', 'repayment', 'measure', 'benefit_ended', 'criminal_report');

-- "Fined before" becomes the date of the earlier fine or measure (an ISO date); a report
-- ticked before keeps `fined_before` without a date ("date not known").
ALTER TABLE reports ADD COLUMN earlier_fine_on TEXT;
