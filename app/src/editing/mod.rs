//! Content editing for communicatie staff.

#[cfg(feature = "ssr")]
pub mod checks;
pub mod diff;
