//! A page's life beyond its texts: made by an editor, retired (off the site in every language,
//! its versions kept) with four eyes, and brought back. Every change is compare-and-set on the
//! page row, so two people acting at once never both succeed.

use crate::storage::database::{Database, StorageError};
use crate::storage::queue::audit::Actor;
use crate::storage::tx::Tx;
use chrono::{DateTime, Utc};
use helder_domain::editing::retire::Lifecycle;
use helder_domain::tenants::TenantId;

/// Where a page stands in its life, as stored.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct PageLife {
    /// Who made it; `None` for a page shipped with Helder.
    pub created_by: Option<String>,
    pub retired_at: Option<DateTime<Utc>>,
    /// The last request to retire it: open while the page is not retired.
    pub retire_requested_by_id: Option<i64>,
    pub retire_requested_by: Option<String>,
    pub retire_requested_at: Option<DateTime<Utc>>,
    pub retire_reason: Option<String>,
}

impl PageLife {
    /// The rules' view of it.
    pub fn lifecycle(&self) -> Lifecycle {
        let retired = self.retired_at.is_some();
        Lifecycle {
            retired,
            requested_by: if retired {
                None
            } else {
                self.retire_requested_by_id
            },
        }
    }
}

impl Database {
    /// One of `organisation`'s pages' life; another organisation's is not found.
    pub async fn page_life(
        &self,
        organisation: &TenantId,
        slug: &str,
    ) -> Result<Option<PageLife>, StorageError> {
        self.fetch_optional(
            "SELECT created_by, retired_at, retire_requested_by_id, retire_requested_by, \
             retire_requested_at, retire_reason FROM content_pages \
             WHERE organisation = $1 AND slug = $2",
            &[organisation.as_str().into(), slug.into()],
        )
        .await
    }
}

impl Tx {
    /// Makes a new page of the actor's organisation, by them; `order` `None` puts it after the
    /// last page of its kind. False when the slug is taken (nothing is written then).
    pub async fn create_page(
        &mut self,
        slug: &str,
        kind: &str,
        order: Option<i32>,
        actor: &Actor,
    ) -> Result<bool, StorageError> {
        let n = self
            .run(
                "INSERT INTO content_pages (organisation, slug, kind, sort_order, created_by) \
                 SELECT $1, $2, $3, COALESCE($4, MAX(sort_order) + 10, 10), $5 FROM content_pages \
                 WHERE organisation = $1 AND kind = $3 \
                 ON CONFLICT (organisation, slug) DO NOTHING",
                &[
                    actor.organisation.as_str().into(),
                    slug.into(),
                    kind.into(),
                    order.map(i64::from).into(),
                    (&actor.name).into(),
                ],
            )
            .await?;
        Ok(n == 1)
    }

    /// Records `actor`'s request to retire a page; false when it is retired or asked for
    /// already.
    pub async fn request_retirement(
        &mut self,
        slug: &str,
        reason: &str,
        actor: &Actor,
    ) -> Result<bool, StorageError> {
        let n = self
            .run(
                "UPDATE content_pages SET retire_requested_by_id = $3, retire_requested_by = $4, \
                 retire_requested_at = $5, retire_reason = $6 \
                 WHERE organisation = $1 AND slug = $2 AND retired_at IS NULL \
                 AND retire_requested_by_id IS NULL",
                &[
                    actor.organisation.as_str().into(),
                    slug.into(),
                    actor.id.into(),
                    (&actor.name).into(),
                    Utc::now().into(),
                    reason.into(),
                ],
            )
            .await?;
        Ok(n == 1)
    }

    /// Retires a page whose open request is `requested_by`'s: every language goes offline
    /// (a scheduled text waits as submitted), versions stay. False when the page changed.
    pub async fn retire_page(
        &mut self,
        slug: &str,
        requested_by: i64,
        actor: &Actor,
    ) -> Result<bool, StorageError> {
        let now = Utc::now();
        let organisation = actor.organisation.as_str();
        let n = self
            .run(
                "UPDATE content_pages SET retired_at = $4 WHERE organisation = $1 AND slug = $2 \
                 AND retired_at IS NULL AND retire_requested_by_id = $3",
                &[
                    organisation.into(),
                    slug.into(),
                    requested_by.into(),
                    now.into(),
                ],
            )
            .await?;
        if n != 1 {
            return Ok(false);
        }
        // Nothing of it may reach readers, now or through the publication job later.
        self.write(
            "UPDATE content_translations SET published = FALSE, updated_at = $3, \
             draft_state = CASE WHEN draft_state = 'scheduled' THEN 'submitted' ELSE draft_state END, \
             publish_at = NULL, scheduled_by_id = NULL, scheduled_by = NULL \
             WHERE organisation = $1 AND slug = $2",
            &[organisation.into(), slug.into(), now.into()],
        )
        .await?;
        Ok(true)
    }

    /// Takes back the open request `requested_by` made; false when there is none.
    pub async fn cancel_retirement(
        &mut self,
        slug: &str,
        requested_by: i64,
        actor: &Actor,
    ) -> Result<bool, StorageError> {
        let n = self
            .run(
                "UPDATE content_pages SET retire_requested_by_id = NULL, retire_requested_by = NULL, \
                 retire_requested_at = NULL, retire_reason = NULL \
                 WHERE organisation = $1 AND slug = $2 AND retired_at IS NULL \
                 AND retire_requested_by_id = $3",
                &[
                    actor.organisation.as_str().into(),
                    slug.into(),
                    requested_by.into(),
                ],
            )
            .await?;
        Ok(n == 1)
    }

    /// Brings a retired page back, offline: each language is published again on its own.
    pub async fn restore_page(&mut self, slug: &str, actor: &Actor) -> Result<bool, StorageError> {
        let n = self
            .run(
                "UPDATE content_pages SET retired_at = NULL, retire_requested_by_id = NULL, \
                 retire_requested_by = NULL, retire_requested_at = NULL, retire_reason = NULL \
                 WHERE organisation = $1 AND slug = $2 AND retired_at IS NOT NULL",
                &[actor.organisation.as_str().into(), slug.into()],
            )
            .await?;
        Ok(n == 1)
    }
}
