//! Storage of the information pages and their search index, on both backends.

use crate::content::seed::SeedPage;
use crate::storage::database::Database;
use crate::storage::database::StorageError;
use crate::storage::statement::{Param, query};
use crate::storage::tx::Tx;
use chrono::{DateTime, Utc};
use helder_domain::tenants::TenantId;
use helder_domain::{
    languages::Language,
    search::{Hit, MARK_END, MARK_START, SearchQuery, highlight},
};

/// A published page version as stored.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct StoredPage {
    pub slug: String,
    pub lang: String,
    pub kind: String,
    pub sort_order: i32,
    pub title: String,
    pub summary: String,
    pub body: String,
    pub updated_at: DateTime<Utc>,
    pub withdrawn_at: Option<DateTime<Utc>>,
    pub withdrawn_notice: Option<String>,
    /// Translations: the Dutch version the published text was made from.
    pub source_version_id: Option<i64>,
    /// The Dutch page's published version now.
    pub dutch_published_id: Option<i64>,
    /// A variant: the page it stands in for, and for which municipality's readers.
    pub variant_of: Option<String>,
    pub municipality: Option<String>,
    /// The day the page was last checked against the law (`YYYY-MM-DD`).
    pub checked_on: Option<String>,
}

/// A stored page as seeding sees it: origin, seed hash, published version, published, draft.
type ExistingRow = (String, Option<String>, Option<i64>, bool, Option<i64>);

/// The next version number of a page in one language (`$1` slug, `$2` language, `$3`
/// organisation).
pub(super) const NEXT_VERSION: &str = "SELECT COALESCE(MAX(number), 0) + 1 FROM content_versions \
     WHERE slug = $1 AND lang = $2 AND organisation = $3";

/// The change note of versions Helder itself wrote (shipped text).
pub const SEED_NOTE: &str = "Tekst van Helder";

/// What seeding did: counts, so a restart can show it changed nothing.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SeedReport {
    pub inserted: usize,
    pub updated: usize,
    pub unchanged: usize,
    /// Shipped text differs, but staff edited the page: their text stays.
    pub kept_edited: usize,
    /// Shipped texts for a later law, scheduled to publish themselves.
    pub scheduled: usize,
}

/// One page for the search index: plain text in one language.
pub struct IndexEntry<'a> {
    pub slug: &'a str,
    pub lang: &'a str,
    pub title: &'a str,
    pub text: &'a str,
}

/// PostgreSQL text-search configuration for a language; `simple` where none exists.
fn ts_config(lang: &str) -> &'static str {
    match lang {
        "nl" => "dutch",
        "en" => "english",
        "tr" => "turkish",
        "ar" => "arabic",
        _ => "simple",
    }
}

/// The parameters of the seed's insert and refresh of a translation: the same seven values.
fn seed_params<'a>(
    organisation: &'a TenantId,
    page: &'a SeedPage,
    now: DateTime<Utc>,
) -> [Param<'a>; 8] {
    [
        (&page.slug).into(),
        page.lang.code.into(),
        (&page.title).into(),
        (&page.summary).into(),
        (&page.body).into(),
        (&page.hash).into(),
        now.into(),
        organisation.as_str().into(),
    ]
}

impl Database {
    /// Adds shipped pages that are missing and refreshes shipped text nobody edited. Every
    /// text it publishes becomes a version by "Helder"; pages stored before versions existed get
    /// their first version here. Dutch goes first, so translations record their Dutch source.
    pub async fn seed_content(
        &self,
        organisation: &TenantId,
        pages: &[SeedPage],
    ) -> Result<SeedReport, StorageError> {
        let mut report = SeedReport::default();
        let now = Utc::now();
        let dutch = Language::default_language().code;
        // Dutch first: a translation's version names the Dutch version it was made from.
        let mut ordered: Vec<_> = pages.iter().collect();
        ordered.sort_by_key(|p| p.lang.code != dutch);
        let mut tx = self.begin().await?;
        for page in ordered {
            if seed_page(&mut tx, organisation, page, now, &mut report).await? {
                seed_version(&mut tx, organisation, page, now).await?;
            }
        }
        tx.commit().await?;
        Ok(report)
    }

    /// Every published page version of `organisation`, with its page's kind and order.
    pub async fn published_pages(
        &self,
        organisation: &TenantId,
    ) -> Result<Vec<StoredPage>, StorageError> {
        // A variant is shown where its page is: with that page's kind and order. A retired page
        // (and a variant of one) is not shown, whatever its translations say.
        let rows = self.fetch_all::<StoredPage>("SELECT t.slug, t.lang, COALESCE(b.kind, p.kind) AS kind, \
             COALESCE(b.sort_order, p.sort_order) AS sort_order, t.title, t.summary, t.body, t.updated_at, \
             t.withdrawn_at, t.withdrawn_notice, v.source_version_id, nl.published_version_id AS dutch_published_id, \
             p.variant_of, p.municipality, COALESCE(p.checked_on, b.checked_on) AS checked_on \
             FROM content_translations t \
             JOIN content_pages p ON p.organisation = t.organisation AND p.slug = t.slug \
             LEFT JOIN content_pages b ON b.organisation = p.organisation AND b.slug = p.variant_of \
             LEFT JOIN content_versions v ON v.id = t.published_version_id \
             LEFT JOIN content_translations nl ON nl.organisation = t.organisation AND nl.slug = t.slug \
             AND nl.lang = 'nl' AND nl.published = TRUE \
             WHERE t.published = TRUE AND t.organisation = $1 AND p.retired_at IS NULL \
             AND b.retired_at IS NULL ORDER BY t.slug, t.lang", &[organisation.as_str().into()]).await?;
        Ok(rows)
    }

    /// Replaces one municipality's search index (a few hundred rows; done when content
    /// changes).
    pub async fn replace_search_index(
        &self,
        municipality: &TenantId,
        entries: &[IndexEntry<'_>],
    ) -> Result<(), StorageError> {
        match self {
            Database::Sqlite(pool) => {
                let mut tx = pool.begin().await?;
                sqlx::query("DELETE FROM content_search WHERE municipality = $1")
                    .bind(municipality.as_str())
                    .execute(&mut *tx)
                    .await?;
                for e in entries {
                    sqlx::query("INSERT INTO content_search (slug, lang, title, body, municipality) VALUES ($1, $2, $3, $4, $5)")
                        .bind(e.slug)
                        .bind(e.lang)
                        .bind(e.title)
                        .bind(e.text)
                        .bind(municipality.as_str())
                        .execute(&mut *tx)
                        .await?;
                }
                tx.commit().await?;
            }
            Database::Postgres(pool) => {
                let mut tx = pool.begin().await?;
                sqlx::query("DELETE FROM content_search WHERE municipality = $1")
                    .bind(municipality.as_str())
                    .execute(&mut *tx)
                    .await?;
                for e in entries {
                    sqlx::query(
                        "INSERT INTO content_search (slug, lang, title, body, municipality, document) VALUES ($1, $2, $3, $4, $6, \
                         setweight(to_tsvector($5::regconfig, $3), 'A') || setweight(to_tsvector($5::regconfig, $4), 'B'))",
                    )
                    .bind(e.slug)
                    .bind(e.lang)
                    .bind(e.title)
                    .bind(e.text)
                    .bind(ts_config(e.lang))
                    .bind(municipality.as_str())
                    .execute(&mut *tx)
                    .await?;
                }
                tx.commit().await?;
            }
        }
        Ok(())
    }

    /// `municipality`'s published pages in `lang` matching every term, best first, with
    /// highlighted snippets.
    pub async fn search(
        &self,
        municipality: &TenantId,
        lang: &str,
        query: &SearchQuery,
    ) -> Result<Vec<Hit>, StorageError> {
        let rows: Vec<(String, String, String)> = match self {
            Database::Sqlite(pool) => {
                sqlx::query_as(
                    "SELECT slug, title, snippet(content_search, 4, $3, $4, '…', 24) FROM content_search \
                     WHERE content_search MATCH $1 AND lang = $2 AND municipality = $5 \
                     ORDER BY bm25(content_search, 0.0, 0.0, 0.0, 5.0, 1.0) LIMIT 20",
                )
                .bind(query.fts5())
                .bind(lang)
                .bind(MARK_START)
                .bind(MARK_END)
                .bind(municipality.as_str())
                .fetch_all(pool)
                .await?
            }
            Database::Postgres(pool) => {
                sqlx::query_as(
                    "SELECT slug, title, ts_headline($3::regconfig, body, q, \
                     'MaxFragments=1, MaxWords=30, MinWords=12, StartSel=' || $4 || ', StopSel=' || $5) \
                     FROM content_search, to_tsquery($3::regconfig, $1) q \
                     WHERE lang = $2 AND municipality = $6 AND document @@ q ORDER BY ts_rank(document, q) DESC, slug LIMIT 20",
                )
                .bind(query.tsquery())
                .bind(lang)
                .bind(ts_config(lang))
                .bind(MARK_START)
                .bind(MARK_END)
                .bind(municipality.as_str())
                .fetch_all(pool)
                .await?
            }
        };
        Ok(rows
            .into_iter()
            .map(|(slug, title, snippet)| Hit {
                slug,
                title,
                snippet_html: highlight(&snippet),
            })
            .collect())
    }
}

/// Writes one shipped page's text, unless an editor changed it; whether it needs a version.
/// A retired page stays retired, and a page an editor made under a name Helder ships later
/// stays theirs: seeding leaves both alone.
async fn seed_page(
    tx: &mut Tx,
    organisation: &TenantId,
    page: &SeedPage,
    now: DateTime<Utc>,
    report: &mut SeedReport,
) -> Result<bool, StorageError> {
    on_tx!(tx, conn => {
        sqlx::query(
            "INSERT INTO content_pages (slug, kind, sort_order, organisation) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (organisation, slug) DO UPDATE SET kind = excluded.kind, sort_order = excluded.sort_order \
             WHERE content_pages.retired_at IS NULL AND content_pages.created_by IS NULL",
        )
        .bind(&page.slug)
        .bind(page.kind.as_str())
        .bind(page.order)
        .bind(organisation.as_str())
        .execute(&mut *conn)
        .await?;
        // The Dutch file carries the law the page rests on; staff's own notes stay.
        if page.lang == Language::default_language() {
            sqlx::query(
                "UPDATE content_pages SET legal_basis = $3, checked_on = $4, source_notes = $5 \
                 WHERE organisation = $1 AND slug = $2 AND law_edited = FALSE",
            )
            .bind(organisation.as_str())
            .bind(&page.slug)
            .bind(&page.legal_basis)
            .bind(page.checked.map(|d| d.format("%Y-%m-%d").to_string()))
            .bind(crate::content::seed::source_notes(&page.slug))
            .execute(&mut *conn)
            .await?;
        }
        let (left_alone,): (bool,) = sqlx::query_as(
            "SELECT retired_at IS NOT NULL OR created_by IS NOT NULL FROM content_pages \
             WHERE organisation = $1 AND slug = $2",
        )
        .bind(organisation.as_str())
        .bind(&page.slug)
        .fetch_one(&mut *conn)
        .await?;
        if left_alone {
            report.kept_edited += 1;
            return Ok(false);
        }
        let existing: Option<ExistingRow> = sqlx::query_as(
            "SELECT origin, seed_hash, published_version_id, published, draft_version_id \
             FROM content_translations WHERE slug = $1 AND lang = $2 AND organisation = $3",
        )
        .bind(&page.slug)
        .bind(page.lang.code)
        .bind(organisation.as_str())
        .fetch_optional(&mut *conn)
        .await?;
        Ok(match existing {
            None => {
                query(
                    "INSERT INTO content_translations \
                     (slug, lang, title, summary, body, published, origin, seed_hash, updated_at, organisation) \
                     VALUES ($1, $2, $3, $4, $5, TRUE, 'seed', $6, $7, $8)",
                    &seed_params(organisation, page, now),
                )
                .execute(&mut *conn)
                .await?;
                report.inserted += 1;
                true
            }
            // Shipped text nobody edited, and no draft waiting: a draft was written
            // against the text now published, and its review must stay about that text.
            Some((origin, hash, _, _, None)) if origin == "seed" && hash.as_deref() != Some(page.hash.as_str()) => {
                query(
                    "UPDATE content_translations SET title = $3, summary = $4, body = $5, \
                     seed_hash = $6, updated_at = $7 WHERE slug = $1 AND lang = $2 AND organisation = $8 \
                     AND origin = 'seed'",
                    &seed_params(organisation, page, now),
                )
                .execute(&mut *conn)
                .await?;
                report.updated += 1;
                true
            }
            Some((_, hash, version, published, _)) => {
                if hash.as_deref() != Some(page.hash.as_str()) {
                    report.kept_edited += 1;
                } else {
                    report.unchanged += 1;
                }
                // Stored before versions existed: its text becomes version 1.
                version.is_none() && published
            }
        })
    })
}

/// Records the page's current text as its next published version, by Helder.
async fn seed_version(
    tx: &mut Tx,
    organisation: &TenantId,
    page: &SeedPage,
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
        let source: Option<(Option<i64>,)> = if page.lang.code == dutch {
            None
        } else {
            sqlx::query_as(
                "SELECT published_version_id FROM content_translations \
                 WHERE slug = $1 AND lang = $2 AND organisation = $3",
            )
            .bind(&page.slug)
            .bind(dutch)
            .bind(organisation.as_str())
            .fetch_optional(&mut *conn)
            .await?
        };
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO content_versions (organisation, slug, lang, number, title, summary, body, \
             change_note, author_id, author, created_at, source_version_id, published_at, published_by) \
             SELECT organisation, slug, lang, $3, title, summary, body, $4, NULL, 'Helder', $5, $6, $5, 'Helder' \
             FROM content_translations WHERE slug = $1 AND lang = $2 AND organisation = $7 RETURNING id",
        )
        .bind(&page.slug)
        .bind(page.lang.code)
        .bind(number)
        .bind(SEED_NOTE)
        .bind(now)
        .bind(source.and_then(|(s,)| s))
        .bind(organisation.as_str())
        .fetch_one(&mut *conn)
        .await?;
        sqlx::query(
            "UPDATE content_translations SET published_version_id = $3 \
             WHERE slug = $1 AND lang = $2 AND organisation = $4",
        )
        .bind(&page.slug)
        .bind(page.lang.code)
        .bind(id)
        .bind(organisation.as_str())
        .execute(&mut *conn)
        .await?;
        Ok(())
    })
}
