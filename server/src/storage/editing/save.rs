//! Saving a version: a new draft, unless someone saved since the editor started.

use crate::storage::{Actor, Database, StorageError, VersionMeta};
use chrono::Utc;

/// What a save is made of.
pub struct NewVersion<'a> {
    pub slug: &'a str,
    pub lang: &'a str,
    /// The newest version number the editor started from (0 for a new translation).
    pub base: i32,
    pub title: &'a str,
    pub summary: &'a str,
    pub body: &'a str,
    pub change_note: &'a str,
    pub source_version_id: Option<i64>,
    pub author: &'a Actor,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveOutcome {
    Saved {
        number: i32,
    },
    /// Someone saved a newer version since the editor started: nothing was written.
    Conflict {
        latest: Box<VersionMeta>,
    },
}

/// Another save got there first: a unique violation (both backends), or SQLite refusing a
/// write from a stale snapshot (SQLITE_BUSY_SNAPSHOT, 517) or a busy database (5).
fn lost_race(error: &sqlx::Error) -> bool {
    match error {
        sqlx::Error::Database(e) => {
            e.is_unique_violation() || matches!(e.code().as_deref(), Some("5" | "517"))
        }
        _ => false,
    }
}

impl Database {
    /// Saves a new version as the page's draft, unless someone saved since `base`.
    pub async fn save_version(&self, new: &NewVersion<'_>) -> Result<SaveOutcome, StorageError> {
        match self.try_save_version(new).await {
            Err(StorageError::Database(e)) if lost_race(&e) => self.conflict(new).await,
            other => other,
        }
    }

    async fn conflict(&self, new: &NewVersion<'_>) -> Result<SaveOutcome, StorageError> {
        let latest = self
            .latest_version(new.slug, new.lang)
            .await?
            .ok_or_else(|| StorageError::Corrupt("a version vanished".into()))?;
        Ok(SaveOutcome::Conflict {
            latest: Box::new(latest.meta),
        })
    }

    async fn try_save_version(&self, new: &NewVersion<'_>) -> Result<SaveOutcome, StorageError> {
        let now = Utc::now();
        let number = new.base + 1;
        let outcome = on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            let (latest,): (Option<i32>,) = sqlx::query_as(
                "SELECT MAX(number) FROM content_versions WHERE slug = $1 AND lang = $2",
            )
            .bind(new.slug)
            .bind(new.lang)
            .fetch_one(&mut *tx)
            .await?;
            if latest.unwrap_or(0) != new.base {
                None
            } else {
                // A translation that never existed gets its row, offline until published.
                sqlx::query(
                    "INSERT INTO content_translations (slug, lang, title, summary, body, published, origin, updated_at) \
                     VALUES ($1, $2, $3, '', '', FALSE, 'edited', $4) ON CONFLICT (slug, lang) DO NOTHING",
                )
                .bind(new.slug)
                .bind(new.lang)
                .bind(new.title)
                .bind(now)
                .execute(&mut *tx)
                .await?;
                let inserted = sqlx::query_as::<_, (i64,)>(
                    "INSERT INTO content_versions (slug, lang, number, title, summary, body, change_note, \
                     author_id, author, created_at, source_version_id) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id",
                )
                .bind(new.slug)
                .bind(new.lang)
                .bind(number)
                .bind(new.title)
                .bind(new.summary)
                .bind(new.body)
                .bind(new.change_note)
                .bind(new.author.id)
                .bind(&new.author.name)
                .bind(now)
                .bind(new.source_version_id)
                .fetch_one(&mut *tx)
                .await;
                match inserted {
                    Ok((id,)) => {
                        // Saving again after submitting or scheduling makes it a draft again:
                        // a reviewer approves the text they read, not a later one.
                        sqlx::query(
                            "UPDATE content_translations SET draft_version_id = $3, draft_state = 'draft', \
                             publish_at = NULL, scheduled_by_id = NULL, scheduled_by = NULL \
                             WHERE slug = $1 AND lang = $2",
                        )
                        .bind(new.slug)
                        .bind(new.lang)
                        .bind(id)
                        .execute(&mut *tx)
                        .await?;
                        tx.commit().await?;
                        Some(number)
                    }
                    Err(e) if lost_race(&e) => None,
                    Err(e) => return Err(e.into()),
                }
            }
        });
        match outcome {
            Some(number) => Ok(SaveOutcome::Saved { number }),
            None => self.conflict(new).await,
        }
    }
}
