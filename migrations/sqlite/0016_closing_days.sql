-- An organisation's own closing days (issue 18): working days for the distribution and the
-- "late" flags leave out the public holidays (computed) and these. The day is an ISO date.
CREATE TABLE closing_days (
    organisation TEXT NOT NULL,
    day TEXT NOT NULL,
    reason TEXT NOT NULL,
    PRIMARY KEY (organisation, day)
);
