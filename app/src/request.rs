//! What a page knows about the request it answers, read from the context the document
//! provides. Apart from [`crate::page`] so the shell and the staff parts can read it without
//! importing the document that renders them.

use crate::staff::session::{StaffSession, TEAM_SEGMENT};
use helder_domain::languages::Language;
use leptos::prelude::*;

/// What a page knows about the request it answers.
#[derive(Debug, Clone)]
pub struct RequestInfo {
    /// The language of the page: the path's first segment, or the visitor's for a path that
    /// names none (a 404 like `/xx/`).
    pub lang: Language,
    /// The path, for the language switcher (which swaps its first segment).
    pub path: String,
    /// The query string without `?`, echoed into the language switcher's links.
    pub query: String,
    /// The signed-in person, on staff pages.
    pub staff: Option<StaffSession>,
}

impl Default for RequestInfo {
    fn default() -> Self {
        RequestInfo {
            lang: Language::default_language(),
            path: "/".into(),
            query: String::new(),
            staff: None,
        }
    }
}

impl RequestInfo {
    /// Whether the page belongs to the staff side (`/{lang}/team/…`): it shows the staff
    /// navigation instead of the public one.
    pub fn staff_area(&self) -> bool {
        self.path.trim_start_matches('/').split('/').nth(1) == Some(TEAM_SEGMENT)
    }
}

/// The request the page being rendered answers.
pub fn use_request() -> RequestInfo {
    use_context::<RequestInfo>().unwrap_or_default()
}
