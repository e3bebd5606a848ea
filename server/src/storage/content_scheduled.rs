//! Shipped texts that go live later (a law that takes effect on a known day): seeding
//! schedules each as a version by Helder, once, unless staff already have a draft or edited
//! the page; the scheduled-publication job then publishes it like any scheduled draft.

use crate::content::seed::SeedPage;
use crate::storage::content::{NEXT_VERSION, SeedReport};
use crate::storage::database::{Database, StorageError};
use crate::storage::tx::Tx;
use chrono::{DateTime, Utc};
use helder_domain::{languages::Language, tenants::TenantId};

/// The change note of a version Helder scheduled for a later law.
pub const SCHEDULED_NOTE: &str = "Tekst van Helder voor de wet zoals die dan geldt";

/// A stored translation as scheduling sees it: origin, draft, the shipped text it scheduled.
type Row = (String, Option<i64>, Option<String>);

impl Database {
    /// Schedules the shipped later versions (Dutch first) for `organisation`; idempotent.
    pub async fn seed_scheduled(
        &self,
        organisation: &TenantId,
        pages: &[SeedPage],
    ) -> Result<SeedReport, StorageError> {
        let mut report = SeedReport::default();
        let dutch = Language::default_language().code;
        let mut ordered: Vec<_> = pages.iter().filter(|p| p.publish_at.is_some()).collect();
        ordered.sort_by_key(|p| (p.publish_at, p.lang.code != dutch));
        let now = Utc::now();
        let mut tx = self.begin().await?;
        for page in ordered {
            let Some(at) = page.publish_at else { continue };
            let row: Option<Row> = on_tx!(tx, conn => sqlx::query_as(
                "SELECT origin, draft_version_id, scheduled_seed_hash FROM content_translations \
                 WHERE organisation = $1 AND slug = $2 AND lang = $3",
            )
            .bind(organisation.as_str())
            .bind(&page.slug)
            .bind(page.lang.code)
            .fetch_optional(&mut *conn)
            .await?);
            // A translation goes live with its Dutch text: not when staff kept the Dutch
            // page their own (then the translators decide with them).
            let with_dutch = page.lang.code == dutch
                || on_tx!(tx, conn => sqlx::query_scalar::<_, bool>(
                    "SELECT scheduled_seed_hash IS NOT NULL FROM content_translations \
                     WHERE organisation = $1 AND slug = $2 AND lang = $3",
                )
                .bind(organisation.as_str())
                .bind(&page.slug)
                .bind(dutch)
                .fetch_optional(&mut *conn)
                .await?)
                .unwrap_or(false);
            match row {
                Some((_, Some(_), Some(hash))) if hash == page.hash => report.unchanged += 1,
                Some((origin, None, _)) if origin == "seed" && with_dutch => {
                    schedule(&mut tx, organisation, page, at, now).await?;
                    report.scheduled += 1;
                }
                // Staff have a draft, or wrote the page themselves: their text stays, and
                // the editors' notes say what changes at that date.
                Some(_) => report.kept_edited += 1,
                None => {}
            }
        }
        tx.commit().await?;
        Ok(report)
    }
}

/// Writes the later text as the next version (not published) and schedules it, by Helder.
async fn schedule(
    tx: &mut Tx,
    organisation: &TenantId,
    page: &SeedPage,
    at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<(), StorageError> {
    let dutch = Language::default_language().code;
    on_tx!(tx, conn => {
        let (number,): (i32,) = sqlx::query_as(
            NEXT_VERSION,
        )
        .bind(&page.slug)
        .bind(page.lang.code)
        .bind(organisation.as_str())
        .fetch_one(&mut *conn)
        .await?;
        // A translation is made from the Dutch text that goes live with it (if Helder
        // scheduled that one too), so it is not outdated on the day.
        let source: Option<i64> = if page.lang.code == dutch {
            None
        } else {
            sqlx::query_scalar(
                "SELECT CASE WHEN scheduled_seed_hash IS NOT NULL THEN draft_version_id \
                 ELSE published_version_id END FROM content_translations \
                 WHERE slug = $1 AND lang = $2 AND organisation = $3",
            )
            .bind(&page.slug)
            .bind(dutch)
            .bind(organisation.as_str())
            .fetch_optional(&mut *conn)
            .await?
            .flatten()
        };
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO content_versions (organisation, slug, lang, number, title, summary, body, \
             change_note, author_id, author, created_at, source_version_id) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, NULL, 'Helder', $9, $10) RETURNING id",
        )
        .bind(organisation.as_str())
        .bind(&page.slug)
        .bind(page.lang.code)
        .bind(number)
        .bind(&page.title)
        .bind(&page.summary)
        .bind(&page.body)
        .bind(SCHEDULED_NOTE)
        .bind(now)
        .bind(source)
        .fetch_one(&mut *conn)
        .await?;
        sqlx::query(
            "UPDATE content_translations SET draft_version_id = $4, draft_state = 'scheduled', \
             publish_at = $5, scheduled_by_id = NULL, scheduled_by = 'Helder', \
             scheduled_seed_hash = $6 WHERE organisation = $1 AND slug = $2 AND lang = $3",
        )
        .bind(organisation.as_str())
        .bind(&page.slug)
        .bind(page.lang.code)
        .bind(id)
        .bind(at)
        .bind(&page.hash)
        .execute(&mut *conn)
        .await?;
        Ok(())
    })
}
