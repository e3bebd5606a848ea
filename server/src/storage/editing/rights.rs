//! Who may publish: a person's capabilities and the publishing right.

use crate::storage::database::Database;
use crate::storage::database::StorageError;
use helder_domain::staff::{Capabilities, Role};

impl Database {
    /// What this person may do (their role and publishing right); `None` for an account that
    /// is gone or disabled.
    pub async fn capabilities(&self, user_id: i64) -> Result<Option<Capabilities>, StorageError> {
        let row: Option<(String, bool)> = self
            .fetch_optional(
                "SELECT role, can_publish FROM staff_users WHERE id = $1 AND active = TRUE",
                &[user_id.into()],
            )
            .await?;
        row.map(|(role, can_publish)| {
            Role::parse(&role)
                .map(|role| Capabilities::new(role, can_publish))
                .ok_or_else(|| StorageError::Corrupt(format!("staff_users.role of {user_id}")))
        })
        .transpose()
    }

    /// The ids of everyone with publishing rights.
    pub async fn publishers(&self) -> Result<Vec<i64>, StorageError> {
        let rows: Vec<(i64,)> = self
            .fetch_all("SELECT id FROM staff_users WHERE can_publish = TRUE", &[])
            .await?;
        Ok(rows.into_iter().map(|(id,)| id).collect())
    }

    pub async fn set_can_publish(&self, user_id: i64, can: bool) -> Result<(), StorageError> {
        self.write(
            "UPDATE staff_users SET can_publish = $2 WHERE id = $1",
            &[user_id.into(), can.into()],
        )
        .await
    }
}
