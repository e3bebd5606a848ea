//! Snippets: short texts from the `.ftl` files that staff may change per language.

use crate::storage::database::Database;
use crate::storage::database::StorageError;
use crate::storage::queue::audit::Actor;
use crate::storage::tx::Tx;
use chrono::Utc;

impl Database {
    /// Snippet values staff changed: (key, lang, value).
    pub async fn snippet_overrides(&self) -> Result<Vec<(String, String, String)>, StorageError> {
        self.fetch_all(
            "SELECT key, lang, value FROM content_snippets ORDER BY key, lang",
            &[],
        )
        .await
    }
}

impl Tx {
    /// Sets a snippet for one language; `None` goes back to the file's value.
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
                    "INSERT INTO content_snippets (key, lang, value, updated_at, updated_by) VALUES ($1, $2, $3, $4, $5) \
                     ON CONFLICT (key, lang) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, \
                     updated_by = excluded.updated_by",
                )
                .bind(key).bind(lang).bind(value).bind(now).bind(&actor.name)
                .execute(&mut *conn).await?,
                None => sqlx::query("DELETE FROM content_snippets WHERE key = $1 AND lang = $2")
                    .bind(key).bind(lang)
                    .execute(&mut *conn).await?,
            };
        });
        Ok(())
    }
}
