//! Creating an account, for the accounts page and `helder user add`, and the one-time link
//! with which its owner chooses a password.

use super::super::secrets;
use crate::{
    cookies,
    storage::{Actor, Database, NewUserError},
};
use chrono::{Duration, Utc};
use helder_domain::tenants::TenantId;
use helder_domain::{report::answers::EmailAddress, staff::Capabilities};

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
    organisation: &TenantId,
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
        .create_staff_user(
            organisation,
            &email,
            &name,
            capabilities.role(),
            hash.as_deref(),
        )
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

/// For `helder user add`: the actor in `organisation`'s audit log.
pub fn cli_actor(organisation: &TenantId) -> Actor {
    Actor {
        id: None,
        name: "helder user add".into(),
        organisation: organisation.clone(),
    }
}
