//! Log in (password, then the second factor when set), log out (here or everywhere), and
//! choosing a password with a one-time link. Failed log-ins get one generic message; attempts
//! are throttled per account and for everyone together.

mod login;
mod logout;
mod password;
mod second_factor;

pub use login::{LoginFields, login, login_page};
pub use logout::{logout, logout_everywhere};
pub use password::{PasswordFields, set_password, set_password_page};
pub use second_factor::{CodeFields, second_factor, second_factor_page};

use super::{session::LOGIN_CSRF_COOKIE, session::Staff, shared::see_other};
use crate::{cookies, pages::Lang, state::AppState};
use axum::{extract::State, http::StatusCode, response::Response};
use helder_app::staff::{pages::Forbidden, team_href};
use helder_domain::{languages::Language, staff::Role};
use leptos::prelude::*;

/// This capability's staff routes (`/{lang}/team/…`).
pub fn router() -> axum::Router<AppState> {
    axum::Router::new()
        .route("/{lang}/team", axum::routing::get(team_home))
        .route(
            "/{lang}/team/inloggen",
            axum::routing::get(login_page).post(login),
        )
        .route(
            "/{lang}/team/tweede-stap",
            axum::routing::get(second_factor_page).post(second_factor),
        )
        .route("/{lang}/team/uitloggen", axum::routing::post(logout))
        .route(
            "/{lang}/team/uitloggen-overal",
            axum::routing::post(logout_everywhere),
        )
        .route(
            "/{lang}/team/wachtwoord/{token}",
            axum::routing::get(set_password_page).post(set_password),
        )
        .route(
            "/{lang}/team/geen-toegang",
            axum::routing::get(forbidden_page),
        )
}

/// Where a person lands after logging in.
pub fn start_page(lang: Language, role: Role) -> String {
    if role.works_reports() {
        team_href(lang, "meldingen")
    } else if role.administers() {
        team_href(lang, "accounts")
    } else if role.edits_content() {
        team_href(lang, "inhoud")
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
fn login_csrf(state: &AppState, headers: &http::HeaderMap) -> (String, Option<http::HeaderValue>) {
    match cookies::read(headers, LOGIN_CSRF_COOKIE) {
        Some(token) => (token, None),
        None => {
            let token = cookies::new_token();
            let cookie = cookies::set(LOGIN_CSRF_COOKIE, &token, None, state.secure_cookies);
            (token, Some(cookie))
        }
    }
}

pub async fn forbidden_page(
    State(state): State<AppState>,
    Lang(lang): Lang,
    staff: Option<Staff>,
) -> Response {
    super::shared::page(
        &state,
        lang,
        team_href(lang, "geen-toegang"),
        staff.map(|s| s.session),
        StatusCode::FORBIDDEN,
        || view! { <Forbidden /> },
    )
    .await
}
