//! The log-in page and the password step: throttled per account, per known device and for
//! everyone together; the right password starts a session.

use super::{
    super::{
        secrets,
        session::{DEVICE_COOKIE, LOGIN_CSRF_COOKIE, SESSION_COOKIE, Staff},
        shared::TeamError,
        shared::see_other,
    },
    common::login_csrf,
    common::start_page,
};
use crate::{
    cookies,
    pages::Lang,
    state::AppState,
    storage::{Actor, StaffUser},
    tokens::DeviceToken,
};
use axum::{
    Form,
    extract::State,
    http::{StatusCode, header},
    response::{IntoResponse, Response},
};
use chrono::{DateTime, Utc};
use helder_app::staff::{
    pages::{LoginForm, LoginPage, Notice},
    team_href,
};
use helder_domain::audit::AuditAction;
use helder_domain::languages::Language;
use leptos::prelude::*;
use serde::Deserialize;

async fn login_form(
    state: &AppState,
    lang: Language,
    headers: &http::HeaderMap,
    email: String,
    notice: Option<Notice>,
    status: StatusCode,
) -> Response {
    let (csrf, cookie) = login_csrf(state, headers);
    let form = LoginForm {
        csrf,
        email,
        notice,
    };
    let mut response = super::super::shared::page(
        state,
        lang,
        team_href(lang, "inloggen"),
        None,
        status,
        move || view! { <LoginPage form=form.clone() /> },
    )
    .await;
    if let Some(cookie) = cookie {
        response.headers_mut().append(header::SET_COOKIE, cookie);
    }
    response
}

pub async fn login_page(
    State(state): State<AppState>,
    Lang(lang): Lang,
    headers: http::HeaderMap,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    staff: Option<Staff>,
) -> Response {
    if let Some(staff) = staff {
        return see_other(&start_page(lang, staff.session.role));
    }
    // What just happened, from the redirect that brought the person here.
    let notice = match query.as_deref() {
        Some("wachtwoord=ingesteld") => Some(Notice::Done("team-password-saved")),
        Some("uitgelogd") => Some(Notice::Done("team-logged-out")),
        _ => None,
    };
    login_form(
        &state,
        lang,
        &headers,
        String::new(),
        notice,
        StatusCode::OK,
    )
    .await
}

#[derive(Deserialize)]
pub struct LoginFields {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
}

pub async fn login(
    State(state): State<AppState>,
    Lang(lang): Lang,
    headers: http::HeaderMap,
    Form(fields): Form<LoginFields>,
) -> Response {
    let email = fields.email.trim().to_lowercase();
    let typed = fields.email.trim().chars().take(200).collect::<String>();
    // The log-in page again, with what was typed and why it was refused.
    let refuse = |key: &'static str, status: StatusCode| {
        let notice = Notice::Error {
            field: "email",
            key,
        };
        login_form(&state, lang, &headers, typed.clone(), Some(notice), status)
    };
    let throttled = || {
        tracing::warn!("log-in throttled");
        refuse("team-login-throttled", StatusCode::TOO_MANY_REQUESTS)
    };
    if email.is_empty() || fields.password.is_empty() {
        return refuse("team-login-missing", StatusCode::UNPROCESSABLE_ENTITY).await;
    }
    let account_key = blake3::hash(email.as_bytes()).to_hex().to_string();
    let now = Utc::now();
    // A device this account logged in from before keeps attempts of its own, so a flood of
    // log-ins (which throttles everyone else) does not lock its owner out.
    let device = cookies::read(&headers, DEVICE_COOKIE)
        .and_then(|t| state.token_key.device_token(&t, now.timestamp()));
    if device.is_none() && !state.team.untrusted_attempt_allowed(&account_key) {
        return throttled().await;
    }
    let user = match state.db.staff_user_by_email(&email).await {
        Ok(user) => user.filter(|u| u.active),
        Err(error) => return TeamError::Storage(error).into_response(),
    };
    if let Some(device) = device
        && !device_attempt_allowed(&state, &device, user.as_ref(), &account_key)
    {
        return throttled().await;
    }
    let hash = user.as_ref().and_then(|u| u.password_hash.clone());
    let password = fields.password;
    let matches = state
        .hashing
        .run(move |memory| secrets::verify_password_with(&password, hash.as_deref(), memory))
        .await;
    let matches = match matches {
        Ok(matches) => matches,
        Err(error) => {
            tracing::warn!(%error, "log-in not checked: hashing is busy");
            let mut response = refuse("team-login-busy", StatusCode::SERVICE_UNAVAILABLE).await;
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, http::HeaderValue::from_static("60"));
            return response;
        }
    };
    let Some(user) = user.filter(|_| matches) else {
        tracing::info!("failed staff log-in");
        return refuse("team-login-failed", StatusCode::UNAUTHORIZED).await;
    };
    start_session(&state, lang, &user, now).await
}

/// An attempt from a device that logged in before: within the device's own budget when it is
/// this account's device; another account's device has no privilege.
fn device_attempt_allowed(
    state: &AppState,
    device: &DeviceToken,
    user: Option<&StaffUser>,
    account_key: &String,
) -> bool {
    if user.is_some_and(|u| u.id == device.user_id) {
        state.team.login_per_device.check_key(&device.id).is_ok()
    } else {
        state.team.untrusted_attempt_allowed(account_key)
    }
}

/// The right password: a new session (verified unless a second factor is set), its cookie,
/// and the device cookie that gives this device attempts of its own from now on.
async fn start_session(
    state: &AppState,
    lang: Language,
    user: &StaffUser,
    now: DateTime<Utc>,
) -> Response {
    // A new token at every log-in: a token known before cannot become a session.
    let token = cookies::new_token();
    let csrf = cookies::new_token();
    let verified = user.totp_secret.is_none();
    if let Err(error) = state
        .db
        .create_session(&cookies::token_hash(&token), user.id, &csrf, verified, now)
        .await
    {
        return TeamError::Storage(error).into_response();
    }
    let actor = Actor {
        id: Some(user.id),
        name: user.email.clone(),
        organisation: user.organisation.clone(),
    };
    let _ = state
        .db
        .audit(&actor, AuditAction::LoggedIn, None, "")
        .await;
    let next = if verified {
        start_page(lang, user.role)
    } else {
        team_href(lang, "tweede-stap")
    };
    let mut response = see_other(&next);
    let headers = response.headers_mut();
    headers.append(
        header::SET_COOKIE,
        cookies::set(SESSION_COOKIE, &token, None, state.secure_cookies),
    );
    headers.append(
        header::SET_COOKIE,
        cookies::set(LOGIN_CSRF_COOKIE, "", Some(0), state.secure_cookies),
    );
    let device_token = state.token_key.new_device_token(user.id, now.timestamp());
    headers.append(
        header::SET_COOKIE,
        cookies::set(
            DEVICE_COOKIE,
            &device_token,
            Some(crate::tokens::DEVICE_SECONDS),
            state.secure_cookies,
        ),
    );
    response
}
