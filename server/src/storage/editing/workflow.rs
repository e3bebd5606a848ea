//! Workflow changes of a page in one language (submit, schedule, publish, withdraw, …),
//! each applied only when the page still is as the person saw it.

use crate::storage::database::Database;
use crate::storage::database::StorageError;
use crate::storage::queue::audit::Actor;
use crate::storage::tx::Tx;
use chrono::{DateTime, Utc};
use helder_domain::tenants::TenantId;

/// A workflow change, applied only when the page still is as the person saw it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Transition {
    Submit,
    /// Publish the draft; `review_pending` when published without a second person.
    Publish {
        review_pending: bool,
    },
    /// The job publishes a draft only while it is still scheduled. `shipped`: Helder's own
    /// text for a later law, which stays shipped text (a newer release may refresh it).
    PublishScheduled {
        shipped: bool,
    },
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

impl Tx {
    /// Applies a workflow change if the draft is still `expected_draft` (the version number the
    /// person saw), as part of this unit of work. Returns false when the page changed in the
    /// meantime; then nothing was written.
    pub async fn transition(
        &mut self,
        slug: &str,
        lang: &str,
        expected_draft: Option<i32>,
        transition: &Transition,
        actor: &Actor,
    ) -> Result<bool, StorageError> {
        let now = Utc::now();
        let draft_id: Option<i64> = match expected_draft {
            Some(number) => match self
                .version_id(&actor.organisation, slug, lang, number)
                .await?
            {
                Some(id) => Some(id),
                None => return Ok(false),
            },
            None => None,
        };
        let page = Page {
            organisation: actor.organisation.as_str(),
            slug,
            lang,
            draft_id,
        };
        match transition {
            Transition::Publish { review_pending } => {
                let how = Publication {
                    review_pending: *review_pending,
                    shipped: false,
                    extra: "",
                };
                self.publish(&page, how, actor, now).await
            }
            Transition::PublishScheduled { shipped } => {
                let how = Publication {
                    review_pending: false,
                    shipped: *shipped,
                    extra: " AND draft_state = 'scheduled'",
                };
                self.publish(&page, how, actor, now).await
            }
            other => self.change_state(&page, other, actor, now).await,
        }
    }

    async fn version_id(
        &mut self,
        organisation: &TenantId,
        slug: &str,
        lang: &str,
        number: i32,
    ) -> Result<Option<i64>, StorageError> {
        Ok(on_tx!(self, conn => sqlx::query_scalar(
            "SELECT id FROM content_versions WHERE slug = $1 AND lang = $2 AND number = $3 \
             AND organisation = $4",
        )
        .bind(slug)
        .bind(lang)
        .bind(number)
        .bind(organisation.as_str())
        .fetch_optional(&mut *conn)
        .await?))
    }

    /// Copies the draft into what readers see.
    async fn publish(
        &mut self,
        page: &Page<'_>,
        how: Publication,
        actor: &Actor,
        now: DateTime<Utc>,
    ) -> Result<bool, StorageError> {
        let Some(id) = page.draft_id else {
            return Ok(false);
        };
        let version: Option<(String, String, String)> = on_tx!(self, conn => sqlx::query_as(
            "SELECT title, summary, body FROM content_versions WHERE id = $1 AND organisation = $2",
        )
        .bind(id)
        .bind(page.organisation)
        .fetch_optional(&mut *conn)
        .await?);
        let Some((title, summary, body)) = version else {
            return Ok(false);
        };
        // Helder's scheduled text stays shipped text, with its file's hash.
        let origin = if how.shipped {
            "origin = 'seed', seed_hash = scheduled_seed_hash"
        } else {
            "origin = 'edited'"
        };
        let extra = how.extra;
        let sql = format!(
            "UPDATE content_translations SET title = $5, summary = $6, body = $7, published = TRUE, \
             {origin}, scheduled_seed_hash = NULL, updated_at = $8, published_version_id = $4, \
             draft_version_id = NULL, draft_state = NULL, publish_at = NULL, scheduled_by_id = NULL, \
             scheduled_by = NULL, review_pending = $9, withdrawn_at = NULL, withdrawn_notice = NULL \
             WHERE {GUARD}{extra}"
        );
        let n = self
            .run(
                &sql,
                &[
                    page.organisation.into(),
                    page.slug.into(),
                    page.lang.into(),
                    page.draft_id.into(),
                    (&title).into(),
                    (&summary).into(),
                    (&body).into(),
                    now.into(),
                    how.review_pending.into(),
                ],
            )
            .await?;
        if n == 1 {
            self.run(
                "UPDATE content_versions SET published_at = $2, published_by_id = $3, published_by = $4 WHERE id = $1",
                &[id.into(), now.into(), actor.id.into(), (&actor.name).into()],
            )
            .await?;
        }
        Ok(n == 1)
    }

    /// Every change but publishing: one compare-and-set update of the page's state.
    async fn change_state(
        &mut self,
        page: &Page<'_>,
        transition: &Transition,
        actor: &Actor,
        now: DateTime<Utc>,
    ) -> Result<bool, StorageError> {
        let (set, condition) = match transition {
            Transition::Submit => ("draft_state = 'submitted'", "draft_state = 'draft'"),
            Transition::Schedule { .. } => (
                "draft_state = 'scheduled', publish_at = $5, scheduled_by_id = $6, scheduled_by = $7",
                "draft_state = 'submitted'",
            ),
            Transition::Unschedule => (
                "draft_state = 'submitted', publish_at = NULL, scheduled_by_id = NULL, scheduled_by = NULL",
                "draft_state = 'scheduled'",
            ),
            Transition::MarkReviewed => ("review_pending = FALSE", "review_pending = TRUE"),
            Transition::Withdraw { .. } => (
                "withdrawn_at = $5, withdrawn_notice = $6, updated_at = $5",
                "published = TRUE AND withdrawn_at IS NULL",
            ),
            Transition::Remove => (
                "published = FALSE, origin = 'edited', updated_at = $5",
                "published = TRUE",
            ),
            Transition::Republish => (
                "published = TRUE, withdrawn_at = NULL, withdrawn_notice = NULL, updated_at = $5",
                "published_version_id IS NOT NULL AND (published = FALSE OR withdrawn_at IS NOT NULL)",
            ),
            Transition::Publish { .. } | Transition::PublishScheduled { .. } => return Ok(false),
        };
        let sql = format!("UPDATE content_translations SET {set} WHERE {GUARD} AND {condition}");
        let n = on_tx!(self, conn => {
            let q = sqlx::query(&sql).bind(page.organisation).bind(page.slug).bind(page.lang).bind(page.draft_id);
            let q = match transition {
                Transition::Schedule { at } => q.bind(*at).bind(actor.id).bind(&actor.name),
                Transition::Withdraw { notice } => q.bind(now).bind(notice),
                Transition::Remove | Transition::Republish => q.bind(now),
                _ => q,
            };
            q.execute(&mut *conn).await?.rows_affected()
        });
        Ok(n == 1)
    }
}

/// How a draft is published: flagged for a later review, Helder's shipped text, and what
/// narrows the guard (the job publishes only what is still scheduled).
#[derive(Clone, Copy)]
struct Publication {
    review_pending: bool,
    shipped: bool,
    extra: &'static str,
}

/// A scheduled draft whose time has come.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct DuePublication {
    pub slug: String,
    pub lang: String,
    pub number: i32,
    pub scheduled_by_id: Option<i64>,
    pub scheduled_by: String,
    pub organisation: String,
    /// Helder's own text for a later law (nobody on the staff scheduled it).
    pub shipped: bool,
}

/// A page in one language and the draft the person saw.
struct Page<'a> {
    organisation: &'a str,
    slug: &'a str,
    lang: &'a str,
    draft_id: Option<i64>,
}

/// The row as the person saw it: same draft (or none).
const GUARD: &str = "organisation = $1 AND slug = $2 AND lang = $3 \
     AND draft_version_id IS NOT DISTINCT FROM $4";

impl Database {
    /// Scheduled drafts whose time has come, Dutch first.
    pub async fn due_for_publication(
        &self,
        now: DateTime<Utc>,
    ) -> Result<Vec<DuePublication>, StorageError> {
        self.fetch_all(
            "SELECT t.slug, t.lang, v.number, t.scheduled_by_id, COALESCE(t.scheduled_by, '') AS scheduled_by, \
             t.organisation, (t.scheduled_by_id IS NULL AND v.author_id IS NULL \
             AND t.scheduled_seed_hash IS NOT NULL) AS shipped \
             FROM content_translations t JOIN content_versions v ON v.id = t.draft_version_id \
             WHERE t.draft_state = 'scheduled' AND t.publish_at <= $1 \
             ORDER BY t.publish_at, CASE WHEN t.lang = 'nl' THEN 0 ELSE 1 END, t.slug, t.lang",
            &[now.into()],
        )
        .await
    }
}
