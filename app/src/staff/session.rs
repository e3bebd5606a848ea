//! The staff side's plain facts (the URL segment, the signed-in person, the CSRF field's
//! name), apart from [`super`] so the request info can name them without importing the
//! staff components that read it.

use helder_domain::{languages::Language, staff::Role};

/// Every staff URL is `/{lang}/team/…` (Dutch or English).
pub const TEAM_SEGMENT: &str = "team";

/// The languages staff pages are offered in.
pub fn staff_language(lang: Language) -> bool {
    matches!(lang.code, "nl" | "en")
}

/// `/{lang}/team/{rest}`
pub fn team_href(lang: Language, rest: &str) -> String {
    if rest.is_empty() {
        format!("/{}/{TEAM_SEGMENT}", lang.code)
    } else {
        format!("/{}/{TEAM_SEGMENT}/{rest}", lang.code)
    }
}

/// The signed-in person, as the server found them for this request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffSession {
    pub user_id: i64,
    pub email: String,
    pub name: String,
    pub role: Role,
    /// Goes into every form as `csrf`; the server refuses a POST without it.
    pub csrf: String,
}

/// Name of the hidden form field that carries the CSRF token.
pub const CSRF_FIELD: &str = "csrf";
