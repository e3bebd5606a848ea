//! Choosing a password with a one-time link (a new account, or a reset by an admin).

use super::{
    super::{secrets, session::LOGIN_CSRF_COOKIE, shared::TeamError, shared::see_other},
    common::login_csrf,
};
use crate::{cookies, pages::Lang, state::AppState};
use axum::{
    Form,
    extract::{Path, State},
    http::{StatusCode, header},
    response::{IntoResponse, Response},
};
use chrono::Utc;
use helder_app::staff::{
    pages::{Notice, SetPasswordForm, SetPasswordPage},
    team_href,
};
use helder_domain::languages::Language;
use leptos::prelude::*;
use serde::Deserialize;

async fn password_form(
    state: &AppState,
    lang: Language,
    token: &str,
    headers: &http::HeaderMap,
    valid: bool,
    notice: Option<Notice>,
    status: StatusCode,
) -> Response {
    let (csrf, cookie) = login_csrf(state, headers);
    let form = SetPasswordForm {
        csrf,
        valid,
        notice,
    };
    let mut response = super::super::shared::page(
        state,
        lang,
        team_href(lang, &format!("wachtwoord/{token}")),
        None,
        if valid { status } else { StatusCode::NOT_FOUND },
        move || view! { <SetPasswordPage form=form.clone() /> },
    )
    .await;
    if let Some(cookie) = cookie {
        response.headers_mut().append(header::SET_COOKIE, cookie);
    }
    response
}

pub async fn set_password_page(
    State(state): State<AppState>,
    Lang(lang): Lang,
    Path((_, token)): Path<(String, String)>,
    headers: http::HeaderMap,
) -> Response {
    let valid = match state
        .db
        .password_token_user(&cookies::token_hash(&token), Utc::now())
        .await
    {
        Ok(user) => user.is_some(),
        Err(error) => return TeamError::Storage(error).into_response(),
    };
    password_form(&state, lang, &token, &headers, valid, None, StatusCode::OK).await
}

#[derive(Deserialize)]
pub struct PasswordFields {
    #[serde(default)]
    password: String,
    #[serde(default)]
    repeat: String,
}

pub async fn set_password(
    State(state): State<AppState>,
    Lang(lang): Lang,
    Path((_, token)): Path<(String, String)>,
    headers: http::HeaderMap,
    Form(fields): Form<PasswordFields>,
) -> Response {
    let refuse = |field: &'static str, key: &'static str| Some(Notice::Error { field, key });
    let problem = match secrets::check_new_password(&fields.password) {
        Err(secrets::PasswordProblem::TooShort) => refuse("password", "team-password-too-short"),
        Err(secrets::PasswordProblem::TooLong) => refuse("password", "team-password-too-long"),
        Ok(()) if fields.password != fields.repeat => refuse("repeat", "team-password-differs"),
        Ok(()) => None,
    };
    if problem.is_some() {
        return password_form(
            &state,
            lang,
            &token,
            &headers,
            true,
            problem,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    }
    let password = fields.password;
    let Ok(Ok(hash)) = state
        .hashing
        .run(move |memory| secrets::hash_password_with(&password, memory))
        .await
    else {
        return StatusCode::SERVICE_UNAVAILABLE.into_response();
    };
    match state
        .db
        .use_password_token(&cookies::token_hash(&token), &hash, Utc::now())
        .await
    {
        Ok(true) => {
            let mut response = see_other(&format!(
                "{}?wachtwoord=ingesteld",
                team_href(lang, "inloggen")
            ));
            response.headers_mut().append(
                header::SET_COOKIE,
                cookies::set(LOGIN_CSRF_COOKIE, "", Some(0), state.secure_cookies),
            );
            response
        }
        Ok(false) => {
            password_form(
                &state,
                lang,
                &token,
                &headers,
                false,
                None,
                StatusCode::NOT_FOUND,
            )
            .await
        }
        Err(error) => TeamError::Storage(error).into_response(),
    }
}
