//! One's own account: presence in the team, and setting up the second factor.

use super::super::{secrets, session::Staff, shared::TeamError, shared::see_other};
use crate::{pages::Lang, state::AppState};
use axum::{
    Form,
    extract::State,
    http::StatusCode,
    response::{IntoResponse, Response},
};
use chrono::Utc;
use helder_app::staff::{
    pages::{AccountPage, AccountView, Notice},
    team_href,
};
use helder_domain::audit::AuditAction;
use helder_domain::{languages::Language, staff::Role};
use leptos::prelude::*;
use serde::Deserialize;

async fn account_view(
    state: &AppState,
    lang: Language,
    staff: &Staff,
    setup: Option<(String, String)>,
    notice: Option<Notice>,
    status: StatusCode,
) -> Response {
    let require_totp = match state.db.require_totp(&staff.organisation).await {
        Ok(on) => on,
        Err(error) => return TeamError::Storage(error).into_response(),
    };
    let data = AccountView {
        totp_enabled: staff.has_totp,
        totp_setup: setup,
        require_totp,
        present: staff.present,
        notice,
    };
    super::super::shared::page(
        state,
        lang,
        team_href(lang, "account"),
        Some(staff.session.clone()),
        status,
        move || view! { <AccountPage data=data.clone() /> },
    )
    .await
}

pub async fn account_page(
    State(state): State<AppState>,
    Lang(lang): Lang,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    staff: Staff,
) -> Response {
    let notice = match query.as_deref() {
        Some("tweede-stap=aan") => Some(Notice::Done("team-totp-enabled")),
        Some("tweede-stap=nodig") => Some(Notice::Error {
            field: "totp",
            key: "team-totp-required",
        }),
        _ => None,
    };
    account_view(&state, lang, &staff, None, notice, StatusCode::OK).await
}

#[derive(Deserialize)]
pub struct PresenceFields {
    #[serde(default)]
    present: String,
}

pub async fn set_own_presence(
    State(state): State<AppState>,
    Lang(lang): Lang,
    staff: Staff,
    Form(fields): Form<PresenceFields>,
) -> Response {
    if let Err(error) = staff.require(Role::works_reports) {
        return error.into_response();
    }
    let present = fields.present == "true";
    if let Err(error) = state
        .db
        .set_present(&staff.organisation, staff.session.user_id, present)
        .await
    {
        return TeamError::Storage(error).into_response();
    }
    see_other(&team_href(lang, "account"))
}

pub async fn start_totp(State(state): State<AppState>, Lang(lang): Lang, staff: Staff) -> Response {
    let secret = secrets::new_totp_secret();
    let issuer = format!("Helder {}", state.team.municipality);
    let uri = secrets::totp_uri(&secret, &staff.session.email, &issuer);
    account_view(
        &state,
        lang,
        &staff,
        Some((secret, uri)),
        None,
        StatusCode::OK,
    )
    .await
}

#[derive(Deserialize)]
pub struct ConfirmFields {
    #[serde(default)]
    secret: String,
    #[serde(default)]
    code: String,
}

pub async fn confirm_totp(
    State(state): State<AppState>,
    Lang(lang): Lang,
    staff: Staff,
    Form(fields): Form<ConfirmFields>,
) -> Response {
    let now = Utc::now().timestamp().max(0) as u64;
    let secret = fields.secret.trim().to_owned();
    let valid_secret = secret.len() == 32
        && data_encoding::BASE32_NOPAD
            .decode(secret.as_bytes())
            .is_ok();
    if !valid_secret || !secrets::verify_totp(&secret, &fields.code, now) {
        let issuer = format!("Helder {}", state.team.municipality);
        let setup = valid_secret.then(|| {
            (
                secret.clone(),
                secrets::totp_uri(&secret, &staff.session.email, &issuer),
            )
        });
        let notice = Some(Notice::Error {
            field: "code",
            key: "team-totp-wrong",
        });
        return account_view(
            &state,
            lang,
            &staff,
            setup,
            notice,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    }
    if let Err(error) = state
        .db
        .set_totp_secret(staff.session.user_id, Some(&secret))
        .await
    {
        return TeamError::Storage(error).into_response();
    }
    let _ = state
        .db
        .audit(&staff.actor(), AuditAction::TotpEnabled, None, "")
        .await;
    see_other(&format!("{}?tweede-stap=aan", team_href(lang, "account")))
}
