//! Content editing for communicatie staff: the workflow rules, writing help, differences
//! between versions, and the editor's pages.

#[cfg(feature = "ssr")]
pub mod checks;
pub mod diff;
pub mod live_preview;
pub mod pages;
pub mod toolbar;
pub mod workflow;
