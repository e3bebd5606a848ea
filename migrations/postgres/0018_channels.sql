-- Tips from every channel (issue 18): how a report came in (the web form, or a tip a team
-- member entered), and who entered it. Every report before came through the web form.
ALTER TABLE reports ADD COLUMN channel TEXT NOT NULL DEFAULT 'web'
    CHECK (channel IN ('web', 'phone', 'letter', 'email', 'counter', 'partner', 'other'));
ALTER TABLE reports ADD COLUMN entered_by BIGINT REFERENCES staff_users (id) ON DELETE SET NULL;

-- The annual figures read a year of reports by channel, status, first action and closing: this
-- index answers those counts with an index-only scan.
CREATE INDEX reports_annual ON reports (organisation, received_at)
    INCLUDE (municipality, status, channel, first_action_at, closed_at);
