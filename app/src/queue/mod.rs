//! The enforcement team's intake queue: the rules of the work, and the pages for the queue,
//! one report, the team's workload and the audit log.

pub mod pages;
pub mod rules;
