//! Reporting a suspicion of benefit fraud. This module holds the domain so far: the
//! questionnaire as data and the answers a reporter gives; the pages follow.

pub mod answers;
pub mod busy;
pub mod flow;
pub mod pages;
pub mod questionnaire;
pub mod receipt;
