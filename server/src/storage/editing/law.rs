//! What a page rests on, for editors: its legal basis, the day it was last checked against
//! the law (readers see that day), the sources behind it; and native speakers' checks of a
//! translation's published version.

use crate::storage::database::{Database, StorageError};
use chrono::{DateTime, Utc};
use helder_domain::tenants::TenantId;

/// A page's legal basis, check date (`YYYY-MM-DD`) and source notes.
#[derive(Debug, Clone, Default, PartialEq, Eq, sqlx::FromRow)]
pub struct PageLaw {
    pub legal_basis: String,
    pub checked_on: Option<String>,
    pub source_notes: String,
}

impl Database {
    /// One of `organisation`'s pages' legal basis and notes.
    pub async fn page_law(
        &self,
        organisation: &TenantId,
        slug: &str,
    ) -> Result<Option<PageLaw>, StorageError> {
        self.fetch_optional(
            "SELECT legal_basis, checked_on, source_notes FROM content_pages \
             WHERE organisation = $1 AND slug = $2",
            &[organisation.as_str().into(), slug.into()],
        )
        .await
    }

    /// Staff's own legal basis and notes for a page; a newer shipped text no longer changes
    /// them. False when the page is not the organisation's.
    pub async fn set_page_law(
        &self,
        organisation: &TenantId,
        slug: &str,
        law: &PageLaw,
    ) -> Result<bool, StorageError> {
        let n = self
            .run(
                "UPDATE content_pages SET legal_basis = $3, checked_on = $4, source_notes = $5, \
                 law_edited = TRUE WHERE organisation = $1 AND slug = $2",
                &[
                    organisation.as_str().into(),
                    slug.into(),
                    (&law.legal_basis).into(),
                    (&law.checked_on).into(),
                    (&law.source_notes).into(),
                ],
            )
            .await?;
        Ok(n == 1)
    }

    /// Records that a native speaker read the published version `number` of a
    /// translation; false when that is no longer the published version.
    pub async fn mark_native_checked(
        &self,
        organisation: &TenantId,
        slug: &str,
        lang: &str,
        number: i32,
        by: &str,
        at: DateTime<Utc>,
    ) -> Result<bool, StorageError> {
        let n = self
            .run(
                "UPDATE content_versions SET native_checked_by = $5, native_checked_at = $6 \
                 WHERE number = $4 AND organisation = $1 AND slug = $2 AND lang = $3 AND lang <> 'nl' \
                 AND id = (SELECT published_version_id FROM content_translations \
                 WHERE organisation = $1 AND slug = $2 AND lang = $3)",
                &[
                    organisation.as_str().into(),
                    slug.into(),
                    lang.into(),
                    number.into(),
                    by.into(),
                    at.into(),
                ],
            )
            .await?;
        Ok(n == 1)
    }
}
