//! Snippets: short texts from the `.ftl` files that staff may change per language.

use crate::storage::database::Database;
use crate::storage::database::StorageError;
use crate::storage::queue::audit::Actor;
use crate::storage::tx::Tx;
use chrono::Utc;
use helder_domain::tenants::TenantId;

impl Database {
    /// Snippet values `organisation`'s staff changed: (key, lang, value).
    pub async fn snippet_overrides(
        &self,
        organisation: &TenantId,
    ) -> Result<Vec<(String, String, String)>, StorageError> {
        self.fetch_all(
            "SELECT key, lang, value FROM content_snippets WHERE organisation = $1 ORDER BY key, lang",
            &[organisation.as_str().into()],
        )
        .await
    }
}

impl Tx {
    /// Sets one of the actor's organisation's snippets for one language; `None` goes back
    /// to the file's value.
    pub async fn set_snippet(
        &mut self,
        key: &str,
        lang: &str,
        value: Option<&str>,
        actor: &Actor,
    ) -> Result<(), StorageError> {
        let now = Utc::now();
        on_tx!(self, conn => {
            match value {
                Some(value) => sqlx::query(
                    "INSERT INTO content_snippets (key, lang, value, updated_at, updated_by, organisation) \
                     VALUES ($1, $2, $3, $4, $5, $6) \
                     ON CONFLICT (organisation, key, lang) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, \
                     updated_by = excluded.updated_by",
                )
                .bind(key).bind(lang).bind(value).bind(now).bind(&actor.name).bind(actor.organisation.as_str())
                .execute(&mut *conn).await?,
                None => sqlx::query("DELETE FROM content_snippets WHERE key = $1 AND lang = $2 AND organisation = $3")
                    .bind(key).bind(lang).bind(actor.organisation.as_str())
                    .execute(&mut *conn).await?,
            };
        });
        Ok(())
    }
}
