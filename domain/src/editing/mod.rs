//! Content editing for communicatie staff: the publishing workflow, the writing help and
//! differences between versions.

#[cfg(feature = "server")]
pub mod checks;
pub mod diff;
pub mod law;
pub mod new_page;
pub mod retire;
pub mod variants;
pub mod workflow;
