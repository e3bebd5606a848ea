-- Indexes for the team's pages at 100,000 reports and more (see server/benches/queue.rs).

-- The open queue (`status <> 'closed'`, oldest first): only open reports are in this index, so
-- a page and the count skip the closed ones, which are most of the table after a while.
-- (Statistics need no index here: a sequential scan with a hash aggregate is quick.)
CREATE INDEX reports_open ON reports (received_at, id) WHERE status <> 'closed';
