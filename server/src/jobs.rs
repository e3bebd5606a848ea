//! Background jobs that run for as long as the server runs. With several instances on one
//! database, each periodic job runs on one instance at a time: the one holding its lease
//! (`storage::jobs`), renewed at every tick, let go at a graceful stop, and taken over by
//! another instance within [`crate::storage::CLAIM_SECONDS`] when its holder stopped without.
//! Daily runs are claimed per day on top of that, and each mail in the outbox per send.

use crate::{middleware::rate_limit::RateLimits, storage::Database};
use std::{sync::Arc, time::Duration};

/// This instance, as the holder of job leases: its name is new at every start.
#[derive(Debug, Clone)]
pub struct Worker {
    pub db: Database,
    pub holder: Arc<str>,
}

impl Worker {
    pub fn new(db: Database) -> Worker {
        let holder: String = (0..8)
            .map(|_| format!("{:02x}", rand::random::<u8>()))
            .collect();
        Worker {
            db,
            holder: holder.into(),
        }
    }

    /// Whether this instance does `job` now (takes or renews its lease).
    pub async fn holds(&self, job: &str) -> bool {
        match self
            .db
            .hold_lease(job, &self.holder, chrono::Utc::now())
            .await
        {
            Ok(held) => held,
            Err(error) => {
                tracing::warn!(%error, job, "cannot claim a job; tried again later");
                false
            }
        }
    }

    /// Lets go of this instance's leases, so another instance takes over at once.
    pub async fn release(&self) {
        if let Err(error) = self.db.release_leases(&self.holder).await {
            tracing::warn!(%error, "could not let go of the job leases; they run out in a minute");
        }
    }
}

/// Every ten minutes: forget rate-limit keys that have recovered and used start tickets (in
/// this instance's memory), and delete report drafts older than their two hours (their
/// answers must not linger; one instance does it).
pub fn spawn_housekeeping(limits: Arc<RateLimits>, worker: Worker) {
    tokio::spawn(async move {
        let period = Duration::from_secs(600);
        let mut tick = tokio::time::interval_at(tokio::time::Instant::now() + period, period);
        loop {
            tick.tick().await;
            limits.purge(chrono::Utc::now().timestamp());
            if !worker.holds("housekeeping").await {
                continue;
            }
            match worker.db.delete_expired_drafts(chrono::Utc::now()).await {
                Ok(0) => {}
                Ok(deleted) => tracing::info!(deleted, "expired report drafts deleted"),
                Err(error) => tracing::warn!(%error, "could not delete expired drafts"),
            }
        }
    });
}

/// Every half minute: the daily distribution and digests (working days, from the configured
/// time), retention (every day, from 02:00 local time), and the end of idle staff sessions and
/// expired password links.
pub fn spawn_daily(
    worker: Worker,
    team: Arc<crate::team::throttle::TeamState>,
    places: Arc<crate::tenancy::Places>,
    retention: crate::retention::Terms,
) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_secs(30));
        loop {
            tick.tick().await;
            if !worker.holds("daily").await {
                continue;
            }
            let db = &worker.db;
            let now = chrono::Local::now();
            // Each organisation's team gets its own distribution and digests, with links to
            // its first municipality's site.
            for (organisation, public_url) in places.organisations_with_url() {
                match crate::team::distribution::daily(
                    db,
                    &organisation,
                    team.distribute_at,
                    &public_url,
                    now,
                )
                .await
                {
                    Ok(true) => {
                        tracing::info!(
                            organisation = organisation.as_str(),
                            "daily distribution done"
                        )
                    }
                    Ok(false) => {}
                    Err(error) => {
                        tracing::warn!(%error, "daily distribution failed; retried in a minute")
                    }
                }
            }
            match crate::retention::daily(db, retention.clone(), now).await {
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

/// Publishes scheduled page versions when their time has come, and re-renders the site
/// (the other instances follow through [`crate::changes`]).
pub fn spawn_scheduled_publication(
    content: crate::content::ContentReloader,
    worker: Worker,
    period: Duration,
) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(period);
        loop {
            tick.tick().await;
            if !worker.holds("scheduled-publication").await {
                continue;
            }
            match crate::content::scheduled::publish_scheduled(&content).await {
                Ok(0) => {}
                Ok(published) => tracing::info!(published, "scheduled pages published"),
                Err(error) => tracing::warn!(%error, "scheduled publication failed; retried later"),
            }
        }
    });
}
