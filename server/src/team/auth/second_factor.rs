//! The second step of logging in: the code from the authenticator app.

use super::{
    super::{
        secrets,
        session::{DEVICE_COOKIE, Session},
        shared::TeamError,
        shared::see_other,
    },
    common::start_page,
};
use crate::{cookies, pages::Lang, state::AppState};
use axum::{
    Form,
    extract::State,
    http::StatusCode,
    response::{IntoResponse, Response},
};
use chrono::Utc;
use helder_app::staff::{
    pages::{Notice, SecondFactorForm, SecondFactorPage},
    team_href,
};
use helder_domain::languages::Language;
use leptos::prelude::*;
use serde::Deserialize;

fn pending(session: Option<axum::Extension<Session>>) -> Option<Session> {
    session.map(|s| s.0).filter(|s| !s.stored.verified)
}

async fn second_factor_form(
    state: &AppState,
    lang: Language,
    session: &Session,
    notice: Option<Notice>,
    status: StatusCode,
) -> Response {
    let form = SecondFactorForm {
        csrf: session.stored.csrf_token.clone(),
        notice,
    };
    super::super::shared::page(
        state,
        lang,
        team_href(lang, "tweede-stap"),
        None,
        status,
        move || view! { <SecondFactorPage form=form.clone() /> },
    )
    .await
}

pub async fn second_factor_page(
    State(state): State<AppState>,
    Lang(lang): Lang,
    session: Option<axum::Extension<Session>>,
) -> Response {
    let Some(session) = pending(session) else {
        return see_other(&team_href(lang, "inloggen"));
    };
    second_factor_form(&state, lang, &session, None, StatusCode::OK).await
}

#[derive(Deserialize)]
pub struct CodeFields {
    #[serde(default)]
    code: String,
}

pub async fn second_factor(
    State(state): State<AppState>,
    Lang(lang): Lang,
    headers: http::HeaderMap,
    session: Option<axum::Extension<Session>>,
    Form(fields): Form<CodeFields>,
) -> Response {
    let Some(session) = pending(session) else {
        return see_other(&team_href(lang, "inloggen"));
    };
    let user = &session.stored.user;
    let account_key = blake3::hash(user.email.as_bytes()).to_hex().to_string();
    let device = cookies::read(&headers, DEVICE_COOKIE)
        .and_then(|t| state.token_key.device_token(&t, Utc::now().timestamp()))
        .filter(|d| d.user_id == user.id);
    let throttled = match device {
        Some(device) => state.team.login_per_device.check_key(&device.id).is_err(),
        None => state
            .team
            .login_per_account
            .check_key(&account_key)
            .is_err(),
    };
    let now = Utc::now().timestamp().max(0) as u64;
    let ok = !throttled
        && user
            .totp_secret
            .as_deref()
            .is_some_and(|secret| secrets::verify_totp(secret, &fields.code, now));
    if !ok {
        let (key, status) = if throttled {
            ("team-login-throttled", StatusCode::TOO_MANY_REQUESTS)
        } else {
            ("team-totp-wrong", StatusCode::UNPROCESSABLE_ENTITY)
        };
        let notice = Some(Notice::Error { field: "code", key });
        return second_factor_form(&state, lang, &session, notice, status).await;
    }
    if let Err(error) = state.db.verify_session(&session.token_hash).await {
        return TeamError::Storage(error).into_response();
    }
    see_other(&start_page(lang, user.role))
}
