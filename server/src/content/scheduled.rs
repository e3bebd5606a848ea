//! Scheduled publication: the versions whose time has come are published as the person who
//! scheduled them (if they still may publish), audit-logged, and the site re-rendered once.
//! Run by the background job ([`crate::jobs::spawn_scheduled_publication`]).

use super::{ContentError, ContentReloader};
use crate::storage::{Actor, DuePublication, StorageError, Transition};
use chrono::{DateTime, Utc};
use helder_domain::tenants::TenantId;
use helder_domain::{audit::AuditAction, staff::Capabilities};

/// Publishes every scheduled version whose time has come, as the person who scheduled it (if
/// they still may publish), and re-renders the site once, even when one of them failed.
pub async fn publish_scheduled(content: &ContentReloader) -> Result<usize, ContentError> {
    publish_scheduled_at(content, Utc::now()).await
}

/// One pass of the scheduled publication as if it were `now`: the job's clock, injectable so
/// tests (and an operator) can run a pass for a given moment instead of waiting for it.
pub async fn publish_scheduled_at(
    content: &ContentReloader,
    now: DateTime<Utc>,
) -> Result<usize, ContentError> {
    let mut published = 0;
    let mut failure = None;
    for due in content.db.due_for_publication(now).await? {
        let actor = Actor {
            id: due.scheduled_by_id,
            name: due.scheduled_by.clone(),
            organisation: TenantId::parse(&due.organisation).unwrap_or_else(TenantId::default_id),
        };
        match publish_one(content, &due, &actor).await {
            Ok(true) => published += 1,
            Ok(false) => {}
            Err(error) => failure = Some(error),
        }
    }
    if published > 0 {
        content.reload().await.inspect_err(|error| {
            tracing::error!(%error, "re-rendering the pages after a change failed");
        })?;
    }
    match failure {
        Some(error) => Err(ContentError::Storage(error)),
        None => Ok(published),
    }
}

/// Publishes one scheduled version with its audit line (both or neither); false when it was
/// skipped or had changed since.
async fn publish_one(
    content: &ContentReloader,
    due: &DuePublication,
    actor: &Actor,
) -> Result<bool, StorageError> {
    let db = &content.db;
    let (slug, lang, number) = (due.slug.as_str(), due.lang.as_str(), due.number);
    // Helder's own text for a later law was reviewed when it shipped; editors see it
    // scheduled in their overview and can stop or change it before its day.
    let allowed = match actor.id {
        Some(id) => db
            .capabilities(id)
            .await?
            .is_some_and(Capabilities::may_publish),
        None => due.shipped,
    };
    if !allowed {
        tracing::warn!(%slug, %lang, "scheduled publication skipped: the person who scheduled it may no longer publish");
        return Ok(false);
    }
    let mut tx = db.begin().await?;
    let done = tx
        .transition(
            slug,
            lang,
            Some(number),
            &Transition::PublishScheduled {
                shipped: due.shipped,
            },
            actor,
        )
        .await?;
    if done {
        let detail = format!("{slug}/{lang} versie {number}");
        tx.audit(actor, AuditAction::ContentPublishedScheduled, None, &detail)
            .await?;
        tx.commit().await?;
    }
    Ok(done)
}
