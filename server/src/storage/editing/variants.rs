//! Variants: a page of an organisation written differently for one of its municipalities.
//! A variant is a page of its own (edited, versioned and published like any other) that
//! names the page it stands in for and the municipality whose readers get it.

use crate::storage::database::StorageError;
use crate::storage::queue::audit::Actor;
use crate::storage::tx::Tx;
use helder_domain::tenants::TenantId;

impl Tx {
    /// Makes `slug` a variant of the actor's organisation's page `base` for `municipality`'s
    /// readers (with the page's kind and order); false when it exists already or `base` is
    /// not one of the organisation's own pages.
    pub async fn create_variant(
        &mut self,
        base: &str,
        slug: &str,
        municipality: &TenantId,
        actor: &Actor,
    ) -> Result<bool, StorageError> {
        let n = self
            .run(
                "INSERT INTO content_pages (organisation, slug, kind, sort_order, variant_of, municipality) \
                 SELECT organisation, $3, kind, sort_order, slug, $4 FROM content_pages \
                 WHERE organisation = $1 AND slug = $2 AND variant_of IS NULL \
                 ON CONFLICT DO NOTHING",
                &[
                    actor.organisation.as_str().into(),
                    base.into(),
                    slug.into(),
                    municipality.as_str().into(),
                ],
            )
            .await?;
        Ok(n == 1)
    }
}
