//! Staff accounts, one-time password links, server-side sessions and team settings.

use crate::storage::database::Database;
use crate::storage::database::StorageError;
use chrono::{DateTime, Utc};
use helder_domain::{staff::Role, tenants::TenantId};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffUser {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub role: Role,
    pub password_hash: Option<String>,
    pub totp_secret: Option<String>,
    pub present: bool,
    pub active: bool,
    /// The organisation the account belongs to; it sees nothing of any other.
    pub organisation: TenantId,
}

type UserRow = (
    i64,
    String,
    String,
    String,
    Option<String>,
    Option<String>,
    bool,
    bool,
    String,
);

const USER_COLUMNS: &str =
    "id, email, display_name, role, password_hash, totp_secret, present, active, organisation";

fn to_user(row: UserRow) -> Result<StaffUser, StorageError> {
    let (id, email, display_name, role, password_hash, totp_secret, present, active, organisation) =
        row;
    let role = Role::parse(&role)
        .ok_or_else(|| StorageError::Corrupt(format!("staff_users.role of {id}")))?;
    let organisation = TenantId::parse(&organisation)
        .ok_or_else(|| StorageError::Corrupt(format!("staff_users.organisation of {id}")))?;
    Ok(StaffUser {
        id,
        email,
        display_name,
        role,
        password_hash,
        totp_secret,
        present,
        active,
        organisation,
    })
}

/// A session as found by its token hash, with its person.
#[derive(Debug, Clone)]
pub struct StoredSession {
    pub user: StaffUser,
    pub csrf_token: String,
    pub verified: bool,
    pub created_at: DateTime<Utc>,
    pub last_seen_at: DateTime<Utc>,
}

#[derive(Debug, thiserror::Error)]
pub enum NewUserError {
    #[error("there is already an account for this e-mail address")]
    Exists,
    #[error(transparent)]
    Storage(#[from] StorageError),
}

impl Database {
    pub async fn create_staff_user(
        &self,
        organisation: &TenantId,
        email: &str,
        display_name: &str,
        role: Role,
        password_hash: Option<&str>,
    ) -> Result<i64, NewUserError> {
        let result = on_pool!(self, pool => sqlx::query_scalar::<_, i64>(
            "INSERT INTO staff_users (email, display_name, role, password_hash, created_at, organisation) \
             VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (email) DO NOTHING RETURNING id",
        )
        .bind(email)
        .bind(display_name)
        .bind(role.as_str())
        .bind(password_hash)
        .bind(Utc::now())
        .bind(organisation.as_str())
        .fetch_optional(pool)
        .await);
        match result.map_err(StorageError::from)? {
            Some(id) => Ok(id),
            None => Err(NewUserError::Exists),
        }
    }

    pub async fn staff_user_by_email(
        &self,
        email: &str,
    ) -> Result<Option<StaffUser>, StorageError> {
        let row: Option<UserRow> = self
            .fetch_optional(
                &format!("SELECT {USER_COLUMNS} FROM staff_users WHERE email = $1"),
                &[email.into()],
            )
            .await?;
        row.map(to_user).transpose()
    }

    /// An account of `organisation` (another organisation's is not found).
    pub async fn staff_user(
        &self,
        organisation: &TenantId,
        id: i64,
    ) -> Result<Option<StaffUser>, StorageError> {
        let row: Option<UserRow> = self
            .fetch_optional(
                &format!(
                    "SELECT {USER_COLUMNS} FROM staff_users WHERE id = $1 AND organisation = $2"
                ),
                &[id.into(), organisation.as_str().into()],
            )
            .await?;
        row.map(to_user).transpose()
    }

    pub async fn staff_users(
        &self,
        organisation: &TenantId,
    ) -> Result<Vec<StaffUser>, StorageError> {
        let rows: Vec<UserRow> = self
            .fetch_all(
                &format!(
                    "SELECT {USER_COLUMNS} FROM staff_users WHERE organisation = $1 \
                     ORDER BY display_name, id"
                ),
                &[organisation.as_str().into()],
            )
            .await?;
        rows.into_iter().map(to_user).collect()
    }

    pub async fn set_password_hash(&self, user_id: i64, hash: &str) -> Result<(), StorageError> {
        self.write(
            "UPDATE staff_users SET password_hash = $1 WHERE id = $2",
            &[hash.into(), user_id.into()],
        )
        .await
    }

    pub async fn set_totp_secret(
        &self,
        user_id: i64,
        secret: Option<&str>,
    ) -> Result<(), StorageError> {
        self.write(
            "UPDATE staff_users SET totp_secret = $1 WHERE id = $2",
            &[secret.into(), user_id.into()],
        )
        .await
    }

    /// Whether an account of `organisation` takes part in the distribution; false when there
    /// is no such account in it.
    pub async fn set_present(
        &self,
        organisation: &TenantId,
        user_id: i64,
        present: bool,
    ) -> Result<bool, StorageError> {
        let n = self
            .run(
                "UPDATE staff_users SET present = $1 WHERE id = $2 AND organisation = $3",
                &[present.into(), user_id.into(), organisation.as_str().into()],
            )
            .await?;
        Ok(n == 1)
    }

    /// Disables an account of `organisation` and ends all its sessions; false when there is
    /// no such account in it.
    pub async fn disable_staff_user(
        &self,
        organisation: &TenantId,
        user_id: i64,
    ) -> Result<bool, StorageError> {
        let mut tx = self.begin().await?;
        let n = tx
            .run(
                "UPDATE staff_users SET active = FALSE WHERE id = $1 AND organisation = $2",
                &[user_id.into(), organisation.as_str().into()],
            )
            .await?;
        if n == 1 {
            tx.write(
                "DELETE FROM staff_sessions WHERE user_id = $1",
                &[user_id.into()],
            )
            .await?;
        }
        tx.commit().await?;
        Ok(n == 1)
    }

    pub async fn add_password_token(
        &self,
        token_hash: &str,
        user_id: i64,
        expires_at: DateTime<Utc>,
    ) -> Result<(), StorageError> {
        self.write(
            "INSERT INTO staff_password_tokens (token_hash, user_id, expires_at) VALUES ($1, $2, $3)",
            &[token_hash.into(), user_id.into(), expires_at.into()],
        )
        .await
    }

    /// The person a valid one-time link belongs to.
    pub async fn password_token_user(
        &self,
        token_hash: &str,
        now: DateTime<Utc>,
    ) -> Result<Option<i64>, StorageError> {
        let id = on_pool!(self, pool => sqlx::query_scalar(
            "SELECT t.user_id FROM staff_password_tokens t JOIN staff_users u ON u.id = t.user_id \
             WHERE t.token_hash = $1 AND t.expires_at > $2 AND u.active",
        )
        .bind(token_hash)
        .bind(now)
        .fetch_optional(pool)
        .await?);
        Ok(id)
    }

    /// Sets the password with a one-time link and uses the link up; ends the person's sessions.
    /// False when the link was already used or expired in the meantime.
    pub async fn use_password_token(
        &self,
        token_hash: &str,
        password_hash: &str,
        now: DateTime<Utc>,
    ) -> Result<bool, StorageError> {
        let done = on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            let user: Option<i64> = sqlx::query_scalar(
                "DELETE FROM staff_password_tokens WHERE token_hash = $1 AND expires_at > $2 RETURNING user_id",
            )
            .bind(token_hash)
            .bind(now)
            .fetch_optional(&mut *tx)
            .await?;
            if let Some(user_id) = user {
                sqlx::query("UPDATE staff_users SET password_hash = $1 WHERE id = $2")
                    .bind(password_hash)
                    .bind(user_id)
                    .execute(&mut *tx)
                    .await?;
                sqlx::query("DELETE FROM staff_sessions WHERE user_id = $1")
                    .bind(user_id)
                    .execute(&mut *tx)
                    .await?;
            }
            tx.commit().await?;
            user.is_some()
        });
        Ok(done)
    }

    pub async fn create_session(
        &self,
        token_hash: &str,
        user_id: i64,
        csrf_token: &str,
        verified: bool,
        now: DateTime<Utc>,
    ) -> Result<(), StorageError> {
        self.write(
            "INSERT INTO staff_sessions (token_hash, user_id, csrf_token, verified, created_at, last_seen_at) \
             VALUES ($1, $2, $3, $4, $5, $5)",
            &[token_hash.into(), user_id.into(), csrf_token.into(), verified.into(), now.into()],
        )
        .await
    }

    pub async fn session(&self, token_hash: &str) -> Result<Option<StoredSession>, StorageError> {
        type Row = (
            i64,
            String,
            String,
            String,
            Option<String>,
            Option<String>,
            bool,
            bool,
            String,
            String,
            bool,
            DateTime<Utc>,
            DateTime<Utc>,
        );
        let row: Option<Row> = self.fetch_optional(
            "SELECT u.id, u.email, u.display_name, u.role, u.password_hash, u.totp_secret, u.present, u.active, \
             u.organisation, s.csrf_token, s.verified, s.created_at, s.last_seen_at \
             FROM staff_sessions s JOIN staff_users u ON u.id = s.user_id WHERE s.token_hash = $1",
            &[token_hash.into()],
        )
        .await?;
        let Some((
            id,
            email,
            name,
            role,
            pw,
            totp,
            present,
            active,
            organisation,
            csrf_token,
            verified,
            created_at,
            last_seen_at,
        )) = row
        else {
            return Ok(None);
        };
        Ok(Some(StoredSession {
            user: to_user((
                id,
                email,
                name,
                role,
                pw,
                totp,
                present,
                active,
                organisation,
            ))?,
            csrf_token,
            verified,
            created_at,
            last_seen_at,
        }))
    }

    pub async fn touch_session(
        &self,
        token_hash: &str,
        now: DateTime<Utc>,
    ) -> Result<(), StorageError> {
        self.write(
            "UPDATE staff_sessions SET last_seen_at = $1 WHERE token_hash = $2",
            &[now.into(), token_hash.into()],
        )
        .await
    }

    pub async fn verify_session(&self, token_hash: &str) -> Result<(), StorageError> {
        self.write(
            "UPDATE staff_sessions SET verified = TRUE WHERE token_hash = $1",
            &[token_hash.into()],
        )
        .await
    }

    pub async fn delete_session(&self, token_hash: &str) -> Result<(), StorageError> {
        self.write(
            "DELETE FROM staff_sessions WHERE token_hash = $1",
            &[token_hash.into()],
        )
        .await
    }

    /// "Log out everywhere": every session of this person ends.
    pub async fn delete_sessions_of(&self, user_id: i64) -> Result<u64, StorageError> {
        self.run(
            "DELETE FROM staff_sessions WHERE user_id = $1",
            &[user_id.into()],
        )
        .await
    }

    /// Sessions idle since before `idle_before`, and expired one-time links, are deleted.
    pub async fn delete_stale_sessions(
        &self,
        idle_before: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<u64, StorageError> {
        let n = on_pool!(self, pool => {
            let sessions = sqlx::query("DELETE FROM staff_sessions WHERE last_seen_at < $1")
                .bind(idle_before)
                .execute(pool)
                .await?
                .rows_affected();
            let links = sqlx::query("DELETE FROM staff_password_tokens WHERE expires_at <= $1")
                .bind(now)
                .execute(pool)
                .await?
                .rows_affected();
            sessions + links
        });
        Ok(n)
    }

    /// Whether the organisation's lead requires a second factor.
    pub async fn require_totp(&self, organisation: &TenantId) -> Result<bool, StorageError> {
        let on: Option<(bool,)> = self
            .fetch_optional(
                "SELECT require_totp FROM organisation_settings WHERE organisation = $1",
                &[organisation.as_str().into()],
            )
            .await?;
        Ok(on.is_some_and(|(on,)| on))
    }

    pub async fn set_require_totp(
        &self,
        organisation: &TenantId,
        on: bool,
    ) -> Result<(), StorageError> {
        self.write(
            "INSERT INTO organisation_settings (organisation, require_totp) VALUES ($1, $2) \
             ON CONFLICT (organisation) DO UPDATE SET require_totp = $2",
            &[organisation.as_str().into(), on.into()],
        )
        .await
    }
}
