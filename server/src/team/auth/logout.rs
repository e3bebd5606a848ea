//! Logging out, on this device or on every device at once.

use super::super::{
    session::{SESSION_COOKIE, Session, Staff},
    shared::TeamError,
    shared::see_other,
};
use crate::{cookies, pages::Lang, state::AppState};
use axum::{
    extract::State,
    http::header,
    response::{IntoResponse, Response},
};
use helder_app::staff::team_href;
use helder_domain::audit::AuditAction;

fn clear_session_cookie(state: &AppState, mut response: Response) -> Response {
    response.headers_mut().append(
        header::SET_COOKIE,
        cookies::set(SESSION_COOKIE, "", Some(0), state.secure_cookies),
    );
    response
}

pub async fn logout(
    State(state): State<AppState>,
    Lang(lang): Lang,
    session: Option<axum::Extension<Session>>,
) -> Response {
    if let Some(session) = session {
        let _ = state.db.delete_session(&session.token_hash).await;
    }
    clear_session_cookie(
        &state,
        see_other(&format!("{}?uitgelogd", team_href(lang, "inloggen"))),
    )
}

pub async fn logout_everywhere(
    State(state): State<AppState>,
    Lang(lang): Lang,
    staff: Staff,
) -> Response {
    match state.db.delete_sessions_of(staff.session.user_id).await {
        Ok(ended) => tracing::info!(ended, "staff member logged out everywhere"),
        Err(error) => return TeamError::Storage(error).into_response(),
    }
    let _ = state
        .db
        .audit(&staff.actor(), AuditAction::LoggedOutEverywhere, None, "")
        .await;
    clear_session_cookie(
        &state,
        see_other(&format!("{}?uitgelogd", team_href(lang, "inloggen"))),
    )
}
