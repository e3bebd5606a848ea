//! One's own account (presence, second factor) and, for admins, everyone's accounts. Also the
//! account creation that `helder user add` shares.

use super::{TeamError, lang_of, put, render_with, secrets, see_other, session::Staff};
use crate::{
    cookies,
    startup::AppState,
    storage::{Actor, Database, NewUserError},
};
use axum::{
    Form,
    extract::{Path, State},
    http::StatusCode,
    response::Response,
};
use chrono::{Duration, Utc};
use helder_app::staff::{
    pages::{AccountRow, AccountView, AccountsView, Notice},
    team_href,
};
use helder_domain::{
    audit::AuditAction,
    languages::Language,
    report::answers::EmailAddress,
    staff::{Capabilities, Role},
};
use serde::Deserialize;

/// How long a one-time link to set a password stays valid.
pub const LINK_DAYS: i64 = 7;

#[derive(Debug, thiserror::Error)]
pub enum AddUserError {
    #[error("{0:?} is not an e-mail address")]
    Email(String),
    #[error("unknown role {0:?}: use intake, lead, editor, publisher or admin")]
    Role(String),
    #[error("the name is empty or longer than 100 characters")]
    Name,
    #[error("the password must have 12 to 200 characters")]
    Password,
    #[error(transparent)]
    Exists(#[from] NewUserError),
    #[error("could not hash the password")]
    Hash,
}

/// What adding an account produced: the id, and the one-time link when no password was given.
pub struct AddedUser {
    pub id: i64,
    pub link: Option<String>,
}

/// Creates an account (for the CLI and the accounts page). `role` is a role's word or
/// `publisher` (an editor with publishing rights, stored as role `editor`).
pub async fn add_user(
    db: &Database,
    public_url: &str,
    email: &str,
    name: Option<&str>,
    role: &str,
    password: Option<&str>,
) -> Result<AddedUser, AddUserError> {
    let email = email.trim().to_lowercase();
    let valid = EmailAddress::parse(&email).is_some();
    if !valid {
        return Err(AddUserError::Email(email));
    }
    let capabilities =
        Capabilities::parse(role.trim()).ok_or_else(|| AddUserError::Role(role.to_owned()))?;
    let name = name
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(str::to_owned)
        .unwrap_or_else(|| email.split('@').next().unwrap_or_default().to_owned());
    if name.is_empty() || name.chars().count() > 100 {
        return Err(AddUserError::Name);
    }
    let hash = match password {
        Some(password) => {
            secrets::check_new_password(password).map_err(|_| AddUserError::Password)?;
            Some(secrets::hash_password(password).map_err(|_| AddUserError::Hash)?)
        }
        None => None,
    };
    let id = db
        .create_staff_user(&email, &name, capabilities.role(), hash.as_deref())
        .await?;
    if capabilities.may_publish() {
        db.set_can_publish(id, true)
            .await
            .map_err(NewUserError::from)?;
    }
    let link = match hash {
        Some(_) => None,
        None => Some(
            new_password_link(db, public_url, id)
                .await
                .map_err(NewUserError::from)?,
        ),
    };
    Ok(AddedUser { id, link })
}

/// A one-time link to set a password; only its hash is stored.
pub async fn new_password_link(
    db: &Database,
    public_url: &str,
    user_id: i64,
) -> Result<String, crate::storage::StorageError> {
    let token = cookies::new_token();
    db.add_password_token(
        &cookies::token_hash(&token),
        user_id,
        Utc::now() + Duration::days(LINK_DAYS),
    )
    .await?;
    Ok(format!("{public_url}/nl/team/wachtwoord/{token}"))
}

async fn account_view(
    state: &AppState,
    lang: Language,
    staff: &Staff,
    setup: Option<(String, String)>,
    notice: Option<Notice>,
    status: StatusCode,
) -> Response {
    let require_totp = match state.db.require_totp().await {
        Ok(on) => on,
        Err(error) => return TeamError::Storage(error).respond(state, lang).await,
    };
    let data = AccountView {
        totp_enabled: staff.has_totp,
        totp_setup: setup,
        require_totp,
        present: staff.present,
        notice,
    };
    render_with(
        state,
        &team_href(lang, "account"),
        status,
        Some(staff.session.clone()),
        put(data),
    )
    .await
}

pub async fn account_page(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    staff: Staff,
) -> Response {
    let lang = lang_of(&lang);
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
    Path(lang): Path<String>,
    staff: Staff,
    Form(fields): Form<PresenceFields>,
) -> Response {
    let lang = lang_of(&lang);
    if let Err(error) = staff.require(Role::works_reports) {
        return error.respond(&state, lang).await;
    }
    let present = fields.present == "true";
    if let Err(error) = state.db.set_present(staff.session.user_id, present).await {
        return TeamError::Storage(error).respond(&state, lang).await;
    }
    see_other(&team_href(lang, "account"))
}

pub async fn start_totp(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    staff: Staff,
) -> Response {
    let lang = lang_of(&lang);
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
    Path(lang): Path<String>,
    staff: Staff,
    Form(fields): Form<ConfirmFields>,
) -> Response {
    let lang = lang_of(&lang);
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
        return TeamError::Storage(error).respond(&state, lang).await;
    }
    let _ = state
        .db
        .audit(&staff.actor(), AuditAction::TotpEnabled, None, "")
        .await;
    see_other(&format!("{}?tweede-stap=aan", team_href(lang, "account")))
}

async fn accounts_view(
    state: &AppState,
    lang: Language,
    staff: &Staff,
    mut data: AccountsView,
    status: StatusCode,
) -> Response {
    let publishers = match state.db.publishers().await {
        Ok(ids) => ids,
        Err(error) => return TeamError::Storage(error).respond(state, lang).await,
    };
    match state.db.staff_users().await {
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
        Err(error) => return TeamError::Storage(error).respond(state, lang).await,
    }
    render_with(
        state,
        &team_href(lang, "accounts"),
        status,
        Some(staff.session.clone()),
        put(data),
    )
    .await
}

pub async fn accounts_page(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    staff: Staff,
) -> Response {
    let lang = lang_of(&lang);
    if let Err(error) = staff.require(Role::administers) {
        return error.respond(&state, lang).await;
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
    Path(lang): Path<String>,
    staff: Staff,
    Form(fields): Form<NewAccountFields>,
) -> Response {
    let lang = lang_of(&lang);
    if let Err(error) = staff.require(Role::administers) {
        return error.respond(&state, lang).await;
    }
    let result = add_user(
        &state.db,
        &state.team.public_url,
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
                    return TeamError::Storage(error).respond(&state, lang).await;
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
    Path((lang, id)): Path<(String, String)>,
    staff: Staff,
) -> Response {
    let lang = lang_of(&lang);
    if let Err(error) = staff.require(Role::administers) {
        return error.respond(&state, lang).await;
    }
    let Ok(id) = id.parse::<i64>() else {
        return TeamError::NotFound.respond(&state, lang).await;
    };
    if let Err(error) = state.db.disable_staff_user(id).await {
        return TeamError::Storage(error).respond(&state, lang).await;
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

/// For `helder user add`: the actor in the audit log.
pub fn cli_actor() -> Actor {
    Actor {
        id: None,
        name: "helder user add".into(),
    }
}
