//! Workflow changes of a page in one language (submit, schedule, publish, withdraw, …),
//! each applied only when the page still is as the person saw it.

use crate::storage::{Actor, Database, StorageError};
use chrono::{DateTime, Utc};

/// A workflow change, applied only when the page still is as the person saw it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Transition {
    Submit,
    /// Publish the draft; `review_pending` when published without a second person.
    Publish {
        review_pending: bool,
    },
    /// The job publishes a draft only while it is still scheduled.
    PublishScheduled,
    Schedule {
        at: DateTime<Utc>,
    },
    Unschedule,
    MarkReviewed,
    Withdraw {
        notice: String,
    },
    Remove,
    Republish,
}

impl Database {
    /// Applies a workflow change if the draft is still `expected_draft` (the version number the
    /// person saw). Returns false when the page changed in the meantime.
    pub async fn transition(
        &self,
        slug: &str,
        lang: &str,
        expected_draft: Option<i32>,
        transition: &Transition,
        actor: &Actor,
    ) -> Result<bool, StorageError> {
        let now = Utc::now();
        let draft_id: Option<i64> = match expected_draft {
            Some(number) => match self.version(slug, lang, number).await? {
                Some(v) => Some(v.meta.id),
                None => return Ok(false),
            },
            None => None,
        };
        let changed = on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            // The row as the person saw it: same draft (or none).
            let guard = "slug = $1 AND lang = $2 AND draft_version_id IS NOT DISTINCT FROM $3";
            let done = match transition {
                Transition::Submit => sqlx::query(&format!(
                    "UPDATE content_translations SET draft_state = 'submitted' WHERE {guard} AND draft_state = 'draft'"
                ))
                .bind(slug).bind(lang).bind(draft_id)
                .execute(&mut *tx).await?.rows_affected(),
                Transition::Schedule { at } => sqlx::query(&format!(
                    "UPDATE content_translations SET draft_state = 'scheduled', publish_at = $4, \
                     scheduled_by_id = $5, scheduled_by = $6 WHERE {guard} AND draft_state = 'submitted'"
                ))
                .bind(slug).bind(lang).bind(draft_id).bind(*at).bind(actor.id).bind(&actor.name)
                .execute(&mut *tx).await?.rows_affected(),
                Transition::Unschedule => sqlx::query(&format!(
                    "UPDATE content_translations SET draft_state = 'submitted', publish_at = NULL, \
                     scheduled_by_id = NULL, scheduled_by = NULL WHERE {guard} AND draft_state = 'scheduled'"
                ))
                .bind(slug).bind(lang).bind(draft_id)
                .execute(&mut *tx).await?.rows_affected(),
                Transition::Publish { .. } | Transition::PublishScheduled => {
                    let (review_pending, extra) = match transition {
                        Transition::Publish { review_pending } => (*review_pending, ""),
                        _ => (false, " AND draft_state = 'scheduled'"),
                    };
                    let Some(id) = draft_id else { return Ok(false) };
                    let version: Option<(String, String, String)> = sqlx::query_as(
                        "SELECT title, summary, body FROM content_versions WHERE id = $1",
                    )
                    .bind(id)
                    .fetch_optional(&mut *tx)
                    .await?;
                    let Some((title, summary, body)) = version else { return Ok(false) };
                    let n = sqlx::query(&format!(
                        "UPDATE content_translations SET title = $4, summary = $5, body = $6, published = TRUE, \
                         origin = 'edited', updated_at = $7, published_version_id = $3, draft_version_id = NULL, \
                         draft_state = NULL, publish_at = NULL, scheduled_by_id = NULL, scheduled_by = NULL, \
                         review_pending = $8, withdrawn_at = NULL, withdrawn_notice = NULL WHERE {guard}{extra}"
                    ))
                    .bind(slug).bind(lang).bind(draft_id)
                    .bind(&title).bind(&summary).bind(&body).bind(now).bind(review_pending)
                    .execute(&mut *tx).await?.rows_affected();
                    if n == 1 {
                        sqlx::query(
                            "UPDATE content_versions SET published_at = $2, published_by_id = $3, published_by = $4 WHERE id = $1",
                        )
                        .bind(id).bind(now).bind(actor.id).bind(&actor.name)
                        .execute(&mut *tx).await?;
                    }
                    n
                }
                Transition::MarkReviewed => sqlx::query(&format!(
                    "UPDATE content_translations SET review_pending = FALSE WHERE {guard} AND review_pending = TRUE"
                ))
                .bind(slug).bind(lang).bind(draft_id)
                .execute(&mut *tx).await?.rows_affected(),
                Transition::Withdraw { notice } => sqlx::query(&format!(
                    "UPDATE content_translations SET withdrawn_at = $4, withdrawn_notice = $5, updated_at = $4 \
                     WHERE {guard} AND published = TRUE AND withdrawn_at IS NULL"
                ))
                .bind(slug).bind(lang).bind(draft_id).bind(now).bind(notice)
                .execute(&mut *tx).await?.rows_affected(),
                Transition::Remove => sqlx::query(&format!(
                    "UPDATE content_translations SET published = FALSE, origin = 'edited', updated_at = $4 \
                     WHERE {guard} AND published = TRUE"
                ))
                .bind(slug).bind(lang).bind(draft_id).bind(now)
                .execute(&mut *tx).await?.rows_affected(),
                Transition::Republish => sqlx::query(&format!(
                    "UPDATE content_translations SET published = TRUE, withdrawn_at = NULL, withdrawn_notice = NULL, \
                     updated_at = $4 WHERE {guard} AND published_version_id IS NOT NULL \
                     AND (published = FALSE OR withdrawn_at IS NOT NULL)"
                ))
                .bind(slug).bind(lang).bind(draft_id).bind(now)
                .execute(&mut *tx).await?.rows_affected(),
            };
            tx.commit().await?;
            done == 1
        });
        Ok(changed)
    }

    /// Scheduled drafts whose time has come: (slug, lang, draft number, who scheduled it).
    pub async fn due_for_publication(
        &self,
        now: DateTime<Utc>,
    ) -> Result<Vec<(String, String, i32, Option<i64>, String)>, StorageError> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT t.slug, t.lang, v.number, t.scheduled_by_id, COALESCE(t.scheduled_by, '') \
             FROM content_translations t JOIN content_versions v ON v.id = t.draft_version_id \
             WHERE t.draft_state = 'scheduled' AND t.publish_at <= $1 ORDER BY t.publish_at",
        )
        .bind(now)
        .fetch_all(pool)
        .await?))
    }

}
