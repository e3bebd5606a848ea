//! Storage of content editing: versions, the workflow state of each page in each language,
//! publishing (which copies a version into `content_translations`, where readers' pages come
//! from), and staff-edited snippets. Every change is compare-and-set, so two people acting on
//! the same page at once never overwrite each other.

mod law;
mod lifecycle;
mod rights;
mod save;
mod snippets;
mod variants;
mod version;
mod workflow;

pub use law::PageLaw;
pub use lifecycle::PageLife;
pub use save::{NewVersion, SaveOutcome};
use version::META;
pub use version::{StoredVersion, VersionMeta};
pub use workflow::{DuePublication, Transition};

use crate::storage::database::Database;
use crate::storage::database::StorageError;
use chrono::{DateTime, Utc};
use helder_domain::editing::workflow::{Document, DraftState, PublicState};
use helder_domain::tenants::TenantId;

/// A page in one language: what readers see and where the newest draft stands.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct DocumentRow {
    pub organisation: String,
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
    /// Who read the published translation as a native speaker, and when (None: nobody yet).
    pub native_checked_by: Option<String>,
    pub native_checked_at: Option<DateTime<Utc>>,
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

const DOCUMENT: &str = "SELECT t.organisation, t.slug, t.lang, t.title, t.published, t.withdrawn_at, t.withdrawn_notice, \
     t.published_version_id, t.draft_version_id, t.draft_state, t.publish_at, t.scheduled_by, \
     t.review_pending, v.source_version_id, nl.published_version_id AS dutch_published_id, \
     v.native_checked_by, v.native_checked_at \
     FROM content_translations t \
     LEFT JOIN content_versions v ON v.id = t.published_version_id \
     LEFT JOIN content_translations nl ON nl.organisation = t.organisation AND nl.slug = t.slug \
     AND nl.lang = 'nl' AND nl.published = TRUE \
     WHERE t.organisation = $1";

/// A page and its Dutch title, for the overview.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct PageListing {
    pub slug: String,
    pub kind: String,
    pub sort_order: i32,
    pub dutch_title: String,
    /// A variant: the page it stands in for, and for which municipality's readers.
    pub variant_of: Option<String>,
    pub municipality: Option<String>,
    /// Off the site in every language (its versions kept).
    pub retired: bool,
    /// Someone asked to retire it and nobody confirmed yet.
    pub retire_requested: bool,
}

const LISTING: &str = "SELECT p.slug, p.kind, p.sort_order, COALESCE(t.title, p.slug) AS dutch_title, \
     p.variant_of, p.municipality, p.retired_at IS NOT NULL AS retired, \
     (p.retired_at IS NULL AND p.retire_requested_by_id IS NOT NULL) AS retire_requested \
     FROM content_pages p LEFT JOIN content_translations t \
     ON t.organisation = p.organisation AND t.slug = p.slug AND t.lang = 'nl' \
     WHERE p.organisation = $1";

impl Database {
    /// Every page of `organisation` with its Dutch title, in site order.
    pub async fn page_listing(
        &self,
        organisation: &TenantId,
    ) -> Result<Vec<PageListing>, StorageError> {
        self.fetch_all(
            &format!("{LISTING} ORDER BY p.kind, p.sort_order, p.slug"),
            &[organisation.as_str().into()],
        )
        .await
    }

    /// One of `organisation`'s pages with its Dutch title; another organisation's is not
    /// found.
    pub async fn page_listed(
        &self,
        organisation: &TenantId,
        slug: &str,
    ) -> Result<Option<PageListing>, StorageError> {
        self.fetch_optional(
            &format!("{LISTING} AND p.slug = $2"),
            &[organisation.as_str().into(), slug.into()],
        )
        .await
    }

    /// Every page of `organisation` in every language that has a row.
    pub async fn documents(
        &self,
        organisation: &TenantId,
    ) -> Result<Vec<DocumentRow>, StorageError> {
        self.fetch_all(
            &format!("{DOCUMENT} ORDER BY t.slug, t.lang"),
            &[organisation.as_str().into()],
        )
        .await
    }

    /// One of `organisation`'s pages in one language; another organisation's is not found.
    pub async fn document(
        &self,
        organisation: &TenantId,
        slug: &str,
        lang: &str,
    ) -> Result<Option<DocumentRow>, StorageError> {
        self.fetch_optional(
            &format!("{DOCUMENT} AND t.slug = $2 AND t.lang = $3"),
            &[organisation.as_str().into(), slug.into(), lang.into()],
        )
        .await
    }

    pub async fn page_exists(
        &self,
        organisation: &TenantId,
        slug: &str,
    ) -> Result<bool, StorageError> {
        let found: Option<(String,)> = self
            .fetch_optional(
                "SELECT slug FROM content_pages WHERE organisation = $1 AND slug = $2",
                &[organisation.as_str().into(), slug.into()],
            )
            .await?;
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
        let draft_authors: Vec<(Option<i64>,)> = self.fetch_all(
            "SELECT DISTINCT author_id FROM content_versions WHERE slug = $1 AND lang = $2 AND number > $3 \
             AND organisation = $4",
            &[(&row.slug).into(), (&row.lang).into(), published_number.unwrap_or(0).into(), (&row.organisation).into()],
        )
        .await?;
        // The published text's authors since the publication before it, and its publisher.
        let published_people: Vec<(Option<i64>,)> = match published_number {
            Some(number) => self.fetch_all(
                "SELECT author_id FROM content_versions WHERE slug = $1 AND lang = $2 AND number <= $3 \
                 AND organisation = $4 \
                 AND number > COALESCE((SELECT MAX(number) FROM content_versions WHERE slug = $1 AND lang = $2 \
                 AND organisation = $4 AND published_at IS NOT NULL AND number < $3), 0) \
                 UNION SELECT published_by_id FROM content_versions WHERE slug = $1 AND lang = $2 AND number = $3 \
                 AND organisation = $4",
                &[(&row.slug).into(), (&row.lang).into(), number.into(), (&row.organisation).into()],
            )
            .await?,
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

    /// Versions of one of `organisation`'s pages in one language, newest first.
    pub async fn versions(
        &self,
        organisation: &TenantId,
        slug: &str,
        lang: &str,
    ) -> Result<Vec<VersionMeta>, StorageError> {
        self.fetch_all(
            &format!(
                "SELECT {META} FROM content_versions WHERE slug = $1 AND lang = $2 \
                 AND organisation = $3 ORDER BY number DESC"
            ),
            &[slug.into(), lang.into(), organisation.as_str().into()],
        )
        .await
    }

    pub async fn version(
        &self,
        organisation: &TenantId,
        slug: &str,
        lang: &str,
        number: i32,
    ) -> Result<Option<StoredVersion>, StorageError> {
        self.fetch_optional(
            &format!(
                "SELECT {META}, title, summary, body FROM content_versions \
                      WHERE slug = $1 AND lang = $2 AND number = $3 AND organisation = $4"
            ),
            &[
                slug.into(),
                lang.into(),
                number.into(),
                organisation.as_str().into(),
            ],
        )
        .await
    }

    /// One of `organisation`'s versions by its id; another organisation's is not found.
    pub async fn version_by_id(
        &self,
        organisation: &TenantId,
        id: i64,
    ) -> Result<Option<StoredVersion>, StorageError> {
        self.fetch_optional(
            &format!(
                "SELECT {META}, title, summary, body FROM content_versions \
                 WHERE id = $1 AND organisation = $2"
            ),
            &[id.into(), organisation.as_str().into()],
        )
        .await
    }

    /// The newest version of a page in one language (draft or published).
    pub async fn latest_version(
        &self,
        organisation: &TenantId,
        slug: &str,
        lang: &str,
    ) -> Result<Option<StoredVersion>, StorageError> {
        self.fetch_optional(
            &format!(
                "SELECT {META}, title, summary, body FROM content_versions \
                      WHERE slug = $1 AND lang = $2 AND organisation = $3 ORDER BY number DESC LIMIT 1"
            ),
            &[slug.into(), lang.into(), organisation.as_str().into()],
        )
        .await
    }
}
