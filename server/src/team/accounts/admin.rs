//! Everyone's accounts, for admins: the list, adding an account and disabling one.

use super::super::{session::Staff, shared::TeamError, shared::see_other};
use super::creation::{AddUserError, add_user};
use crate::{pages::Lang, state::AppState, storage::NewUserError};
use axum::{
    Form,
    extract::{Path, State},
    http::StatusCode,
    response::{IntoResponse, Response},
};
use helder_app::staff::{
    pages::{AccountRow, AccountsPage, AccountsView, Notice},
    team_href,
};
use helder_domain::audit::AuditAction;
use helder_domain::{
    languages::Language,
    staff::{Capabilities, Role},
};
use leptos::prelude::*;
use serde::Deserialize;

async fn accounts_view(
    state: &AppState,
    lang: Language,
    staff: &Staff,
    mut data: AccountsView,
    status: StatusCode,
) -> Response {
    let publishers = match state.db.publishers().await {
        Ok(ids) => ids,
        Err(error) => return TeamError::Storage(error).into_response(),
    };
    match state.db.staff_users(&staff.organisation).await {
        Ok(users) => {
            data.accounts = users
                .into_iter()
                .map(|u| AccountRow {
                    capabilities: Capabilities::new(u.role, publishers.contains(&u.id)),
                    id: u.id,
                    email: u.email,
                    name: u.display_name,
                    active: u.active,
                    totp: u.totp_secret.is_some(),
                    password_set: u.password_hash.is_some(),
                })
                .collect();
        }
        Err(error) => return TeamError::Storage(error).into_response(),
    }
    super::super::shared::page(
        state,
        lang,
        team_href(lang, "accounts"),
        Some(staff.session.clone()),
        status,
        move || view! { <AccountsPage data=data.clone() /> },
    )
    .await
}

pub async fn accounts_page(
    State(state): State<AppState>,
    Lang(lang): Lang,
    staff: Staff,
) -> Response {
    if let Err(error) = staff.require(Role::administers) {
        return error.into_response();
    }
    accounts_view(
        &state,
        lang,
        &staff,
        AccountsView::default(),
        StatusCode::OK,
    )
    .await
}

#[derive(Deserialize)]
pub struct NewAccountFields {
    #[serde(default)]
    name: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    role: String,
}

pub async fn add_account(
    State(state): State<AppState>,
    Lang(lang): Lang,
    staff: Staff,
    Form(fields): Form<NewAccountFields>,
) -> Response {
    if let Err(error) = staff.require(Role::administers) {
        return error.into_response();
    }
    let public_url = state.places.public_url_of(&staff.organisation);
    let result = add_user(
        &state.db,
        &staff.organisation,
        &public_url,
        &fields.email,
        Some(&fields.name),
        &fields.role,
        None,
    )
    .await;
    let mut data = AccountsView {
        email: fields.email.chars().take(200).collect(),
        name: fields.name.chars().take(100).collect(),
        ..AccountsView::default()
    };
    let status = match result {
        Ok(added) => {
            let _ = state
                .db
                .audit(
                    &staff.actor(),
                    AuditAction::AccountCreated,
                    None,
                    &format!("account {}", added.id),
                )
                .await;
            data = AccountsView {
                new_link: added.link,
                notice: Some(Notice::Done("team-account-created")),
                ..AccountsView::default()
            };
            StatusCode::CREATED
        }
        Err(error) => {
            let (field, key) = match error {
                AddUserError::Email(_) => ("email", "team-account-email-invalid"),
                AddUserError::Name => ("name", "team-account-name-invalid"),
                AddUserError::Exists(NewUserError::Exists) => ("email", "team-account-exists"),
                AddUserError::Role(_) => ("role", "team-account-role-invalid"),
                AddUserError::Exists(NewUserError::Storage(error)) => {
                    return TeamError::Storage(error).into_response();
                }
                AddUserError::Password | AddUserError::Hash => {
                    ("email", "team-account-email-invalid")
                }
            };
            data.notice = Some(Notice::Error { field, key });
            StatusCode::UNPROCESSABLE_ENTITY
        }
    };
    accounts_view(&state, lang, &staff, data, status).await
}

pub async fn disable_account(
    State(state): State<AppState>,
    Lang(lang): Lang,
    Path((_, id)): Path<(String, String)>,
    staff: Staff,
) -> Response {
    if let Err(error) = staff.require(Role::administers) {
        return error.into_response();
    }
    let Ok(id) = id.parse::<i64>() else {
        return TeamError::NotFound.into_response();
    };
    match state.db.disable_staff_user(&staff.organisation, id).await {
        Ok(true) => {}
        // Another organisation's account is not found, as any unknown one.
        Ok(false) => return TeamError::NotFound.into_response(),
        Err(error) => return TeamError::Storage(error).into_response(),
    }
    let _ = state
        .db
        .audit(
            &staff.actor(),
            AuditAction::AccountDisabled,
            None,
            &format!("account {id}"),
        )
        .await;
    see_other(&team_href(lang, "accounts"))
}
