//! Background jobs that run for as long as the server runs.

use crate::{middleware::rate_limit::RateLimits, storage::Database};
use std::{sync::Arc, time::Duration};

/// Every ten minutes: forget rate-limit keys that have recovered and used start tickets,
/// and delete report drafts older than their two hours (their answers must not linger).
pub fn spawn_housekeeping(limits: Arc<RateLimits>, db: Database) {
    tokio::spawn(async move {
        let period = Duration::from_secs(600);
        let mut tick = tokio::time::interval_at(tokio::time::Instant::now() + period, period);
        loop {
            tick.tick().await;
            limits.purge(chrono::Utc::now().timestamp());
            match db.delete_expired_drafts(chrono::Utc::now()).await {
                Ok(0) => {}
                Ok(deleted) => tracing::info!(deleted, "expired report drafts deleted"),
                Err(error) => tracing::warn!(%error, "could not delete expired drafts"),
            }
        }
    });
}

/// Every minute: the daily distribution and digests (working days, from the configured time),
/// retention (every day, from 02:00 local time), and the end of idle staff sessions and
/// expired password links.
pub fn spawn_daily(
    db: Database,
    team: Arc<crate::team::throttle::TeamState>,
    retention: crate::retention::RetentionSettings,
) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_secs(60));
        loop {
            tick.tick().await;
            let now = chrono::Local::now();
            match crate::team::distribution::daily(&db, team.distribute_at, &team.public_url, now)
                .await
            {
                Ok(true) => tracing::info!("daily distribution done"),
                Ok(false) => {}
                Err(error) => {
                    tracing::warn!(%error, "daily distribution failed; retried in a minute")
                }
            }
            match crate::retention::daily(&db, &retention, now).await {
                Ok(Some(done)) => tracing::info!(summary = %done.summary(), "retention applied"),
                Ok(None) => {}
                Err(error) => tracing::warn!(%error, "retention failed; retried in a minute"),
            }
            let utc = chrono::Utc::now();
            if let Err(error) = db.delete_stale_sessions(utc - team.idle, utc).await {
                tracing::warn!(%error, "could not end idle staff sessions");
            }
        }
    });
}

/// Publishes scheduled page versions when their time has come, and re-renders the site.
pub fn spawn_scheduled_publication(content: crate::content::ContentReloader, period: Duration) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(period);
        loop {
            tick.tick().await;
            match crate::content::scheduled::publish_scheduled(&content).await {
                Ok(0) => {}
                Ok(published) => tracing::info!(published, "scheduled pages published"),
                Err(error) => tracing::warn!(%error, "scheduled publication failed; retried later"),
            }
        }
    });
}
