//! Shared by this capability's handlers.

use super::super::{session::LOGIN_CSRF_COOKIE, session::Staff, shared::see_other};
use crate::{cookies, pages::Lang, state::AppState};
use axum::{extract::State, http::StatusCode, response::Response};
use helder_app::staff::{pages::Forbidden, team_href};
use helder_domain::{languages::Language, staff::Role};
use leptos::prelude::*;

/// Where a person lands after logging in.
pub fn start_page(lang: Language, role: Role) -> String {
    if role.works_reports() {
        team_href(lang, "meldingen")
    } else if role.administers() {
        team_href(lang, "accounts")
    } else if role.edits_content() {
        team_href(lang, "inhoud")
    } else if role.answers_questions() {
        team_href(lang, "vragen")
    } else {
        team_href(lang, "account")
    }
}

/// `/{lang}/team`: to one's start page, or to log in.
pub async fn team_home(Lang(lang): Lang, staff: Option<Staff>) -> Response {
    match staff {
        Some(staff) => see_other(&start_page(lang, staff.session.role)),
        None => see_other(&team_href(lang, "inloggen")),
    }
}

/// The pre-session CSRF token: the one in the cookie, or a new one (and its cookie).
pub(super) fn login_csrf(
    state: &AppState,
    headers: &http::HeaderMap,
) -> (String, Option<http::HeaderValue>) {
    match cookies::read(headers, LOGIN_CSRF_COOKIE) {
        Some(token) => (token, None),
        None => {
            let token = cookies::new_token();
            let cookie = cookies::set(LOGIN_CSRF_COOKIE, &token, None, state.secure_cookies);
            (token, Some(cookie))
        }
    }
}

/// `/{lang}/team/geen-toegang`: 403 for a role that may not open a page.
pub async fn forbidden_page(
    State(state): State<AppState>,
    Lang(lang): Lang,
    staff: Option<Staff>,
) -> Response {
    super::super::shared::page(
        &state,
        lang,
        team_href(lang, "geen-toegang"),
        staff.map(|s| s.session),
        StatusCode::FORBIDDEN,
        || view! { <Forbidden /> },
    )
    .await
}
