-- Several municipalities on one install (issue 14). An organisation (a team and its editors)
-- serves one or more municipalities. Every report belongs to the organisation that works it
-- and to the municipality it was sent to; every staff account, audit line and team setting
-- belongs to one organisation. Ids are those of the tenants file; what existed before is the
-- default organisation's and municipality's ('standaard'), so nothing is lost.

ALTER TABLE reports ADD COLUMN organisation TEXT NOT NULL DEFAULT 'standaard';
ALTER TABLE reports ADD COLUMN municipality TEXT NOT NULL DEFAULT 'standaard';
CREATE INDEX reports_organisation ON reports (organisation, status, received_at);

ALTER TABLE staff_users ADD COLUMN organisation TEXT NOT NULL DEFAULT 'standaard';
CREATE INDEX staff_users_organisation ON staff_users (organisation);

ALTER TABLE audit_log ADD COLUMN organisation TEXT NOT NULL DEFAULT 'standaard';
CREATE INDEX audit_log_organisation ON audit_log (organisation, id);

-- Team settings per organisation (team_settings held the one team's).
CREATE TABLE organisation_settings (
    organisation TEXT PRIMARY KEY,
    require_totp BOOLEAN NOT NULL DEFAULT 0
);
INSERT INTO organisation_settings (organisation, require_totp)
    SELECT 'standaard', require_totp FROM team_settings WHERE id = 1;

-- The figures are per organisation and municipality now: this index covers the year's
-- grouped count as reports_statistics did.
CREATE INDEX reports_statistics_organisation
    ON reports (organisation, received_at, municipality, status, outcome, first_action_at);
