//! The enforcement team's intake queue: the pages for the queue, one report, the team's
//! workload and the audit log. The rules of the work are in [`helder_domain::queue`].

pub mod pages;
