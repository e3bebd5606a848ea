//! Log in (password, then the second factor when set), log out (here or everywhere), and
//! choosing a password with a one-time link. Failed log-ins get one generic message; attempts
//! are throttled per account and for everyone together.

use super::lang_of;
use super::{
    TeamError, render, render_with, secrets, see_other,
    session::{DEVICE_COOKIE, LOGIN_CSRF_COOKIE, SESSION_COOKIE, Session, Staff},
};
use crate::{cookies, startup::AppState, storage::Actor};
use axum::{
    Form,
    extract::{Path, State},
    http::{StatusCode, header},
    response::{IntoResponse, Response},
};
use chrono::Utc;
use helder_app::staff::{
    pages::{LoginForm, Notice, SecondFactorForm, SetPasswordForm},
    team_href,
};
use helder_domain::{audit::AuditAction, languages::Language, staff::Role};
use serde::Deserialize;

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
pub async fn team_home(Path(lang): Path<String>, staff: Option<Staff>) -> Response {
    let lang = lang_of(&lang);
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

async fn login_form(
    state: &AppState,
    lang: Language,
    headers: &http::HeaderMap,
    email: String,
    notice: Option<Notice>,
    status: StatusCode,
) -> Response {
    let (csrf, cookie) = login_csrf(state, headers);
    let mut response = render(state, &team_href(lang, "inloggen"), status, |ext| {
        ext.insert(LoginForm {
            csrf,
            email,
            notice,
        });
    })
    .await;
    if let Some(cookie) = cookie {
        response.headers_mut().append(header::SET_COOKIE, cookie);
    }
    response
}

pub async fn login_page(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    headers: http::HeaderMap,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    staff: Option<Staff>,
) -> Response {
    let lang = lang_of(&lang);
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
    Path(lang): Path<String>,
    headers: http::HeaderMap,
    Form(fields): Form<LoginFields>,
) -> Response {
    let lang = lang_of(&lang);
    let email = fields.email.trim().to_lowercase();
    let typed = fields.email.trim().chars().take(200).collect::<String>();
    if email.is_empty() || fields.password.is_empty() {
        let notice = Notice::Error {
            field: "email",
            key: "team-login-missing",
        };
        return login_form(
            &state,
            lang,
            &headers,
            typed,
            Some(notice),
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    }
    let account_key = blake3::hash(email.as_bytes()).to_hex().to_string();
    let now = Utc::now();
    // A device this account logged in from before keeps attempts of its own, so a flood of
    // log-ins (which throttles everyone else) does not lock its owner out.
    let device = cookies::read(&headers, DEVICE_COOKIE)
        .and_then(|t| state.token_key.device_token(&t, now.timestamp()));
    let throttled = || {
        tracing::warn!("log-in throttled");
        login_form(
            &state,
            lang,
            &headers,
            typed.clone(),
            Some(Notice::Error {
                field: "email",
                key: "team-login-throttled",
            }),
            StatusCode::TOO_MANY_REQUESTS,
        )
    };
    if device.is_none() && !state.team.untrusted_attempt_allowed(&account_key) {
        return throttled().await;
    }
    let user = match state.db.staff_user_by_email(&email).await {
        Ok(user) => user.filter(|u| u.active),
        Err(error) => return TeamError::Storage(error).respond(&state, lang).await,
    };
    if let Some(device) = device {
        let allowed = if user.as_ref().is_some_and(|u| u.id == device.user_id) {
            state.team.login_per_device.check_key(&device.id).is_ok()
        } else {
            // Another account's device: no privilege.
            state.team.untrusted_attempt_allowed(&account_key)
        };
        if !allowed {
            return throttled().await;
        }
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
            let notice = Notice::Error {
                field: "email",
                key: "team-login-busy",
            };
            let mut response = login_form(
                &state,
                lang,
                &headers,
                typed,
                Some(notice),
                StatusCode::SERVICE_UNAVAILABLE,
            )
            .await;
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, http::HeaderValue::from_static("60"));
            return response;
        }
    };
    let Some(user) = user.filter(|_| matches) else {
        tracing::info!("failed staff log-in");
        let notice = Notice::Error {
            field: "email",
            key: "team-login-failed",
        };
        return login_form(
            &state,
            lang,
            &headers,
            typed,
            Some(notice),
            StatusCode::UNAUTHORIZED,
        )
        .await;
    };
    // A new token at every log-in: a token known before cannot become a session.
    let token = cookies::new_token();
    let csrf = cookies::new_token();
    let verified = user.totp_secret.is_none();
    if let Err(error) = state
        .db
        .create_session(&cookies::token_hash(&token), user.id, &csrf, verified, now)
        .await
    {
        return TeamError::Storage(error).respond(&state, lang).await;
    }
    let actor = Actor {
        id: Some(user.id),
        name: user.email.clone(),
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
    // The right password on this device: it keeps attempts of its own from now on.
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

fn pending(session: Option<axum::Extension<Session>>) -> Option<Session> {
    session.map(|s| s.0).filter(|s| !s.stored.verified)
}

pub async fn second_factor_page(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    session: Option<axum::Extension<Session>>,
) -> Response {
    let lang = lang_of(&lang);
    let Some(session) = pending(session) else {
        return see_other(&team_href(lang, "inloggen"));
    };
    render(
        &state,
        &team_href(lang, "tweede-stap"),
        StatusCode::OK,
        |ext| {
            ext.insert(SecondFactorForm {
                csrf: session.stored.csrf_token.clone(),
                notice: None,
            });
        },
    )
    .await
}

#[derive(Deserialize)]
pub struct CodeFields {
    #[serde(default)]
    code: String,
}

pub async fn second_factor(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    headers: http::HeaderMap,
    session: Option<axum::Extension<Session>>,
    Form(fields): Form<CodeFields>,
) -> Response {
    let lang = lang_of(&lang);
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
        let key = if throttled {
            "team-login-throttled"
        } else {
            "team-totp-wrong"
        };
        let status = if throttled {
            StatusCode::TOO_MANY_REQUESTS
        } else {
            StatusCode::UNPROCESSABLE_ENTITY
        };
        return render(&state, &team_href(lang, "tweede-stap"), status, |ext| {
            ext.insert(SecondFactorForm {
                csrf: session.stored.csrf_token.clone(),
                notice: Some(Notice::Error { field: "code", key }),
            });
        })
        .await;
    }
    if let Err(error) = state.db.verify_session(&session.token_hash).await {
        return TeamError::Storage(error).respond(&state, lang).await;
    }
    see_other(&start_page(lang, user.role))
}

fn clear_session_cookie(state: &AppState, mut response: Response) -> Response {
    response.headers_mut().append(
        header::SET_COOKIE,
        cookies::set(SESSION_COOKIE, "", Some(0), state.secure_cookies),
    );
    response
}

pub async fn logout(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    session: Option<axum::Extension<Session>>,
) -> Response {
    let lang = lang_of(&lang);
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
    Path(lang): Path<String>,
    staff: Staff,
) -> Response {
    let lang = lang_of(&lang);
    match state.db.delete_sessions_of(staff.session.user_id).await {
        Ok(ended) => tracing::info!(ended, "staff member logged out everywhere"),
        Err(error) => return TeamError::Storage(error).respond(&state, lang).await,
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

pub async fn forbidden_page(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    staff: Option<Staff>,
) -> Response {
    let lang = lang_of(&lang);
    render_with(
        &state,
        &team_href(lang, "geen-toegang"),
        StatusCode::FORBIDDEN,
        staff.map(|s| s.session),
        |_| {},
    )
    .await
}

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
    let mut response = render(
        state,
        &team_href(lang, &format!("wachtwoord/{token}")),
        if valid { status } else { StatusCode::NOT_FOUND },
        |ext| {
            ext.insert(SetPasswordForm {
                csrf,
                valid,
                notice,
            });
        },
    )
    .await;
    if let Some(cookie) = cookie {
        response.headers_mut().append(header::SET_COOKIE, cookie);
    }
    response
}

pub async fn set_password_page(
    State(state): State<AppState>,
    Path((lang, token)): Path<(String, String)>,
    headers: http::HeaderMap,
) -> Response {
    let lang = lang_of(&lang);
    let valid = match state
        .db
        .password_token_user(&cookies::token_hash(&token), Utc::now())
        .await
    {
        Ok(user) => user.is_some(),
        Err(error) => return TeamError::Storage(error).respond(&state, lang).await,
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
    Path((lang, token)): Path<(String, String)>,
    headers: http::HeaderMap,
    Form(fields): Form<PasswordFields>,
) -> Response {
    let lang = lang_of(&lang);
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
        Err(error) => TeamError::Storage(error).respond(&state, lang).await,
    }
}
