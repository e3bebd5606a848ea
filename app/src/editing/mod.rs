//! Content editing for communicatie staff: the editor's pages, its two islands, and the
//! writing help's findings in words. The rules are in [`helder_domain::editing`].

#[cfg(feature = "ssr")]
pub mod checks;
pub mod live_preview;
pub mod pages;
pub mod toolbar;
