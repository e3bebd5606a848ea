//! Saving a version: a new draft, unless someone saved since the editor started.

use super::version::META;
use super::version::VersionMeta;
use crate::storage::database::StorageError;
use crate::storage::queue::audit::Actor;
use crate::storage::tx::Tx;
use chrono::Utc;
use helder_domain::tenants::TenantId;

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
/// write from a stale snapshot (SQLITE_BUSY_SNAPSHOT, 517) or a busy database (5). (A unit of
/// work on SQLite holds the write lock from its start, so there it is the unique violation
/// on PostgreSQL that remains.)
fn lost_race(error: &sqlx::Error) -> bool {
    match error {
        sqlx::Error::Database(e) => {
            e.is_unique_violation() || matches!(e.code().as_deref(), Some("5" | "517"))
        }
        _ => false,
    }
}

const INSERT_VERSION: &str = "INSERT INTO content_versions (slug, lang, number, title, summary, body, \
     change_note, author_id, author, created_at, source_version_id, organisation) \
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id";

impl Tx {
    /// Saves a new version as the page's draft, unless someone saved since `base`: then nothing
    /// is written and the outcome names the newer version. The save is a savepoint inside the
    /// unit of work, so losing a race to another save undoes only the save: the unit stays
    /// usable (and its caller decides what to do with it).
    pub async fn save_version(
        &mut self,
        new: &NewVersion<'_>,
    ) -> Result<SaveOutcome, StorageError> {
        let number = new.base + 1;
        self.execute("SAVEPOINT save_version").await?;
        let saved = match self.write_version(new, number).await {
            Ok(written) => written,
            Err(StorageError::Database(e)) if lost_race(&e) => false,
            Err(other) => return Err(other),
        };
        if !saved {
            self.execute("ROLLBACK TO SAVEPOINT save_version").await?;
        }
        self.execute("RELEASE SAVEPOINT save_version").await?;
        if saved {
            return Ok(SaveOutcome::Saved { number });
        }
        let latest = self
            .latest_version_meta(&new.author.organisation, new.slug, new.lang)
            .await?
            .ok_or_else(|| StorageError::Corrupt("a version vanished".into()))?;
        Ok(SaveOutcome::Conflict {
            latest: Box::new(latest),
        })
    }

    /// The writes of a save, if the newest version is still `new.base`; false if it is not.
    async fn write_version(
        &mut self,
        new: &NewVersion<'_>,
        number: i32,
    ) -> Result<bool, StorageError> {
        let now = Utc::now();
        // The organisation is the author's: nobody writes another organisation's pages.
        let organisation = new.author.organisation.as_str();
        let (latest,): (Option<i32>,) = on_tx!(self, conn => sqlx::query_as(
            "SELECT MAX(number) FROM content_versions WHERE slug = $1 AND lang = $2 AND organisation = $3",
        )
        .bind(new.slug)
        .bind(new.lang)
        .bind(organisation)
        .fetch_one(&mut *conn)
        .await?);
        if latest.unwrap_or(0) != new.base {
            return Ok(false);
        }
        let (id,): (i64,) = on_tx!(self, conn => {
            // A translation that never existed gets its row, offline until published.
            sqlx::query(
                "INSERT INTO content_translations (slug, lang, title, summary, body, published, origin, updated_at, \
                 organisation) VALUES ($1, $2, $3, '', '', FALSE, 'edited', $4, $5) \
                 ON CONFLICT (organisation, slug, lang) DO NOTHING",
            )
            .bind(new.slug)
            .bind(new.lang)
            .bind(new.title)
            .bind(now)
            .bind(organisation)
            .execute(&mut *conn)
            .await?;
            sqlx::query_as(INSERT_VERSION)
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
                .bind(organisation)
                .fetch_one(&mut *conn)
                .await?
        });
        // Saving again after submitting or scheduling makes it a draft again: a reviewer
        // approves the text they read, not a later one.
        self.run(
            "UPDATE content_translations SET draft_version_id = $3, draft_state = 'draft', \
             publish_at = NULL, scheduled_by_id = NULL, scheduled_by = NULL \
             WHERE slug = $1 AND lang = $2 AND organisation = $4",
            &[
                new.slug.into(),
                new.lang.into(),
                id.into(),
                organisation.into(),
            ],
        )
        .await?;
        Ok(true)
    }

    /// The newest version of a page in one language, as this unit of work sees it.
    async fn latest_version_meta(
        &mut self,
        organisation: &TenantId,
        slug: &str,
        lang: &str,
    ) -> Result<Option<VersionMeta>, StorageError> {
        let sql = format!(
            "SELECT {META} FROM content_versions WHERE slug = $1 AND lang = $2 AND organisation = $3 \
             ORDER BY number DESC LIMIT 1"
        );
        Ok(on_tx!(self, conn => sqlx::query_as::<_, VersionMeta>(&sql)
            .bind(slug)
            .bind(lang)
            .bind(organisation.as_str())
            .fetch_optional(&mut *conn)
            .await?))
    }
}
