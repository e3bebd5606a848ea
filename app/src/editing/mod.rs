//! Content editing for communicatie staff.

pub mod diff;
