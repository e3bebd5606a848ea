-- Indexes for the team's pages at 100,000 reports and more (see server/benches/queue.rs).

-- The open queue (`status <> 'closed'`, oldest first): only open reports are in this index, so
-- a page and the count skip the closed ones, which are most of the table after a while.
CREATE INDEX reports_open ON reports (received_at, id) WHERE status <> 'closed';

-- Statistics: the count per kinds, status and outcome of a year reads only this index (SQLite
-- scans it in group order: no table lookups and no sorting).
CREATE INDEX reports_statistics ON reports (kinds, status, outcome, received_at, first_action_at);
