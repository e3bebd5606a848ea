//! The report form's pages: one question page at a time, the waiting page of a busy start,
//! and what a page shows ([`form`]). The rules are in [`helder_domain::report`].

pub mod busy;
pub mod form;
pub mod pages;
