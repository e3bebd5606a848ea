//! Storage of content editing: versions, the workflow state of each page in each language,
//! publishing (which copies a version into `content_translations`, where readers' pages come
//! from), and staff-edited snippets. Every change is compare-and-set, so two people acting on
//! the same page at once never overwrite each other.

use super::{Actor, Database, StorageError};
use chrono::{DateTime, Utc};
use helder_domain::{
    editing::workflow::{Document, DraftState, PublicState},
    staff::{Capabilities, Role},
};

/// A version without its text.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct VersionMeta {
    pub id: i64,
    pub slug: String,
    pub lang: String,
    pub number: i32,
    pub author_id: Option<i64>,
    pub author: String,
    pub created_at: DateTime<Utc>,
    pub change_note: String,
    pub source_version_id: Option<i64>,
    pub published_at: Option<DateTime<Utc>>,
    pub published_by: Option<String>,
}

/// A version with its text.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct StoredVersion {
    #[sqlx(flatten)]
    pub meta: VersionMeta,
    pub title: String,
    pub summary: String,
    pub body: String,
}

const META: &str = "id, slug, lang, number, author_id, author, created_at, change_note, source_version_id, \
                    published_at, published_by";

/// A page in one language: what readers see and where the newest draft stands.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct DocumentRow {
    pub slug: String,
    pub lang: String,
    pub title: String,
    pub published: bool,
    pub withdrawn_at: Option<DateTime<Utc>>,
    pub withdrawn_notice: Option<String>,
    pub published_version_id: Option<i64>,
    pub draft_version_id: Option<i64>,
    pub draft_state: Option<String>,
    pub publish_at: Option<DateTime<Utc>>,
    pub scheduled_by: Option<String>,
    pub review_pending: bool,
    /// The Dutch version the published text was made from (translations).
    pub source_version_id: Option<i64>,
    /// The Dutch page's published version now.
    pub dutch_published_id: Option<i64>,
}

impl DocumentRow {
    pub fn draft_state(&self) -> Option<DraftState> {
        self.draft_version_id
            .and(self.draft_state.as_deref())
            .and_then(DraftState::parse)
    }

    pub fn public_state(&self) -> PublicState {
        match (self.published, self.withdrawn_at.is_some()) {
            (false, _) => PublicState::Offline,
            (true, false) => PublicState::Live,
            (true, true) => PublicState::Withdrawn,
        }
    }
}

const DOCUMENT: &str = "SELECT t.slug, t.lang, t.title, t.published, t.withdrawn_at, t.withdrawn_notice, \
     t.published_version_id, t.draft_version_id, t.draft_state, t.publish_at, t.scheduled_by, \
     t.review_pending, v.source_version_id, nl.published_version_id AS dutch_published_id \
     FROM content_translations t \
     LEFT JOIN content_versions v ON v.id = t.published_version_id \
     LEFT JOIN content_translations nl ON nl.slug = t.slug AND nl.lang = 'nl' AND nl.published = TRUE";

/// A page and its Dutch title, for the overview.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct PageListing {
    pub slug: String,
    pub kind: String,
    pub sort_order: i32,
    pub dutch_title: String,
}

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
    /// Every page with its Dutch title, in site order.
    pub async fn page_listing(&self) -> Result<Vec<PageListing>, StorageError> {
        Ok(on_pool!(self, pool => sqlx::query_as::<_, PageListing>(
            "SELECT p.slug, p.kind, p.sort_order, COALESCE(t.title, p.slug) AS dutch_title \
             FROM content_pages p LEFT JOIN content_translations t ON t.slug = p.slug AND t.lang = 'nl' \
             ORDER BY p.kind, p.sort_order, p.slug",
        )
        .fetch_all(pool)
        .await?))
    }

    /// Every page in every language that has a row.
    pub async fn documents(&self) -> Result<Vec<DocumentRow>, StorageError> {
        Ok(on_pool!(self, pool => sqlx::query_as::<_, DocumentRow>(
            &format!("{DOCUMENT} ORDER BY t.slug, t.lang"),
        )
        .fetch_all(pool)
        .await?))
    }

    pub async fn document(
        &self,
        slug: &str,
        lang: &str,
    ) -> Result<Option<DocumentRow>, StorageError> {
        Ok(on_pool!(self, pool => sqlx::query_as::<_, DocumentRow>(
            &format!("{DOCUMENT} WHERE t.slug = $1 AND t.lang = $2"),
        )
        .bind(slug)
        .bind(lang)
        .fetch_optional(pool)
        .await?))
    }

    pub async fn page_exists(&self, slug: &str) -> Result<bool, StorageError> {
        let found: Option<(String,)> = on_pool!(self, pool => sqlx::query_as(
            "SELECT slug FROM content_pages WHERE slug = $1",
        )
        .bind(slug)
        .fetch_optional(pool)
        .await?);
        Ok(found.is_some())
    }

    /// The rules' view of a page: its states and the people involved.
    pub async fn workflow_document(&self, row: &DocumentRow) -> Result<Document, StorageError> {
        let published_number: Option<i32> = match row.published_version_id {
            Some(id) => on_pool!(self, pool => sqlx::query_as::<_, (i32,)>(
                "SELECT number FROM content_versions WHERE id = $1",
            )
            .bind(id)
            .fetch_optional(pool)
            .await?)
            .map(|(n,)| n),
            None => None,
        };
        // Everyone who wrote since the last publication: the draft's authors.
        let draft_authors: Vec<(Option<i64>,)> = on_pool!(self, pool => sqlx::query_as(
            "SELECT DISTINCT author_id FROM content_versions WHERE slug = $1 AND lang = $2 AND number > $3",
        )
        .bind(&row.slug)
        .bind(&row.lang)
        .bind(published_number.unwrap_or(0))
        .fetch_all(pool)
        .await?);
        // The published text's authors since the publication before it, and its publisher.
        let published_people: Vec<(Option<i64>,)> = match published_number {
            Some(number) => on_pool!(self, pool => sqlx::query_as(
                "SELECT author_id FROM content_versions WHERE slug = $1 AND lang = $2 AND number <= $3 \
                 AND number > COALESCE((SELECT MAX(number) FROM content_versions WHERE slug = $1 AND lang = $2 \
                 AND published_at IS NOT NULL AND number < $3), 0) \
                 UNION SELECT published_by_id FROM content_versions WHERE slug = $1 AND lang = $2 AND number = $3",
            )
            .bind(&row.slug)
            .bind(&row.lang)
            .bind(number)
            .fetch_all(pool)
            .await?),
            None => Vec::new(),
        };
        Ok(Document {
            draft: row.draft_state(),
            draft_authors: draft_authors.into_iter().filter_map(|(a,)| a).collect(),
            public: Some(row.public_state()),
            has_published_version: row.published_version_id.is_some(),
            review_pending: row.review_pending,
            published_people: published_people.into_iter().filter_map(|(p,)| p).collect(),
        })
    }

    /// Versions of a page in one language, newest first.
    pub async fn versions(&self, slug: &str, lang: &str) -> Result<Vec<VersionMeta>, StorageError> {
        Ok(on_pool!(self, pool => sqlx::query_as::<_, VersionMeta>(
            &format!("SELECT {META} FROM content_versions WHERE slug = $1 AND lang = $2 ORDER BY number DESC"),
        )
        .bind(slug)
        .bind(lang)
        .fetch_all(pool)
        .await?))
    }

    pub async fn version(
        &self,
        slug: &str,
        lang: &str,
        number: i32,
    ) -> Result<Option<StoredVersion>, StorageError> {
        Ok(on_pool!(self, pool => sqlx::query_as::<_, StoredVersion>(
            &format!("SELECT {META}, title, summary, body FROM content_versions \
                      WHERE slug = $1 AND lang = $2 AND number = $3"),
        )
        .bind(slug)
        .bind(lang)
        .bind(number)
        .fetch_optional(pool)
        .await?))
    }

    pub async fn version_by_id(&self, id: i64) -> Result<Option<StoredVersion>, StorageError> {
        Ok(on_pool!(self, pool => sqlx::query_as::<_, StoredVersion>(
            &format!("SELECT {META}, title, summary, body FROM content_versions WHERE id = $1"),
        )
        .bind(id)
        .fetch_optional(pool)
        .await?))
    }

    /// The newest version of a page in one language (draft or published).
    pub async fn latest_version(
        &self,
        slug: &str,
        lang: &str,
    ) -> Result<Option<StoredVersion>, StorageError> {
        Ok(on_pool!(self, pool => sqlx::query_as::<_, StoredVersion>(
            &format!("SELECT {META}, title, summary, body FROM content_versions \
                      WHERE slug = $1 AND lang = $2 ORDER BY number DESC LIMIT 1"),
        )
        .bind(slug)
        .bind(lang)
        .fetch_optional(pool)
        .await?))
    }

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

    /// What this person may do (their role and publishing right); `None` for an account that
    /// is gone or disabled.
    pub async fn capabilities(&self, user_id: i64) -> Result<Option<Capabilities>, StorageError> {
        let row: Option<(String, bool)> = on_pool!(self, pool => sqlx::query_as(
            "SELECT role, can_publish FROM staff_users WHERE id = $1 AND active = TRUE",
        )
        .bind(user_id)
        .fetch_optional(pool)
        .await?);
        row.map(|(role, can_publish)| {
            Role::parse(&role)
                .map(|role| Capabilities::new(role, can_publish))
                .ok_or_else(|| StorageError::Corrupt(format!("staff_users.role of {user_id}")))
        })
        .transpose()
    }

    /// The ids of everyone with publishing rights.
    pub async fn publishers(&self) -> Result<Vec<i64>, StorageError> {
        let rows: Vec<(i64,)> = on_pool!(self, pool => sqlx::query_as(
            "SELECT id FROM staff_users WHERE can_publish = TRUE",
        )
        .fetch_all(pool)
        .await?);
        Ok(rows.into_iter().map(|(id,)| id).collect())
    }

    pub async fn set_can_publish(&self, user_id: i64, can: bool) -> Result<(), StorageError> {
        on_pool!(self, pool => sqlx::query("UPDATE staff_users SET can_publish = $2 WHERE id = $1")
            .bind(user_id)
            .bind(can)
            .execute(pool)
            .await
            .map(|_| ())?);
        Ok(())
    }

    /// Snippet values staff changed: (key, lang, value).
    pub async fn snippet_overrides(&self) -> Result<Vec<(String, String, String)>, StorageError> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT key, lang, value FROM content_snippets ORDER BY key, lang",
        )
        .fetch_all(pool)
        .await?))
    }

    /// Sets a snippet for one language; `None` goes back to the file's value.
    pub async fn set_snippet(
        &self,
        key: &str,
        lang: &str,
        value: Option<&str>,
        actor: &Actor,
    ) -> Result<(), StorageError> {
        let now = Utc::now();
        on_pool!(self, pool => {
            match value {
                Some(value) => sqlx::query(
                    "INSERT INTO content_snippets (key, lang, value, updated_at, updated_by) VALUES ($1, $2, $3, $4, $5) \
                     ON CONFLICT (key, lang) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, \
                     updated_by = excluded.updated_by",
                )
                .bind(key).bind(lang).bind(value).bind(now).bind(&actor.name)
                .execute(pool).await?,
                None => sqlx::query("DELETE FROM content_snippets WHERE key = $1 AND lang = $2")
                    .bind(key).bind(lang)
                    .execute(pool).await?,
            };
        });
        Ok(())
    }
}
