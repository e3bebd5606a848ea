//! Every instance serves the same truth: a change of what readers see (pages, snippets, films)
//! made on one instance moves the database's content generation on and, on PostgreSQL, is
//! announced with `NOTIFY` ([`crate::storage::CHANGES_CHANNEL`]). Every instance listens and
//! renders its pages and film catalogue again from the database. A listener that lost its
//! connection missed messages, so after every (re)connection it catches up whatever the
//! generation says; and a cheap periodic look at the generation catches anything else (also
//! on SQLite, where nothing else announces).

use crate::tenancy::Places;
use crate::{
    content::ContentReloader,
    films,
    storage::{CHANGES_CHANNEL, Database},
};
use helder_app::rights::library::SharedLibrary;
use std::sync::Arc;
use std::time::Duration;

/// Pause before a listener that could not connect tries again.
const RECONNECT_AFTER: Duration = Duration::from_secs(1);

/// What is re-rendered when another instance changed something.
#[derive(Clone)]
pub struct Follower {
    pub content: ContentReloader,
    /// Each organisation's film catalogue is kept with its places.
    pub places: Arc<Places>,
    pub library: SharedLibrary,
}

impl Follower {
    /// Renders pages and films again if the database's generation is ahead of what this
    /// instance shows (`always`: whatever it says, after a reconnection).
    pub async fn catch_up(&self, always: bool) {
        let held = self.content.one_at_a_time().await;
        if !always {
            match self.content.db.content_generation().await {
                Ok(generation) if generation <= self.content.shown() => return,
                Ok(_) => {}
                Err(error) => {
                    tracing::warn!(%error, "cannot read the content generation");
                    return;
                }
            }
        }
        let started = std::time::Instant::now();
        let followed = match self.content.follow(&held).await {
            Ok(followed) => followed,
            Err(error) => {
                tracing::error!(%error, "cannot render the pages after a change elsewhere");
                return;
            }
        };
        let (generation, pages) = followed;
        if let Err(error) = films::refresh(&self.content.db, &self.places, &self.library).await {
            tracing::error!(%error, "cannot read the films after a change elsewhere");
            return;
        }
        self.content.mark_shown(generation);
        tracing::info!(
            generation,
            pages,
            took_ms = started.elapsed().as_millis(),
            "content changed elsewhere: pages and films rendered again"
        );
    }

    /// Starts following changes: the listener (PostgreSQL) and the periodic look.
    pub fn spawn(self, check_every: Duration) {
        if let Database::Postgres(pool) = &self.content.db {
            tokio::spawn(listen(self.clone(), pool.clone()));
        }
        tokio::spawn(async move {
            let mut tick =
                tokio::time::interval_at(tokio::time::Instant::now() + check_every, check_every);
            loop {
                tick.tick().await;
                self.catch_up(false).await;
            }
        });
    }
}

/// Listens on [`CHANGES_CHANNEL`] for as long as the server runs, reconnecting as needed.
/// Messages sent while it was not listening are lost, so after every reconnection it renders
/// everything again once it listens.
async fn listen(follower: Follower, pool: sqlx::PgPool) {
    let mut reconnecting = false;
    loop {
        if reconnecting {
            tokio::time::sleep(RECONNECT_AFTER).await;
        }
        let mut listener = match sqlx::postgres::PgListener::connect_with(&pool).await {
            Ok(listener) => listener,
            Err(error) => {
                tracing::warn!(%error, "cannot listen for changes; trying again");
                reconnecting = true;
                continue;
            }
        };
        if let Err(error) = listener.listen(CHANGES_CHANNEL).await {
            tracing::warn!(%error, "cannot listen for changes; trying again");
            reconnecting = true;
            continue;
        }
        // Whatever happened while nobody listened (at the first start: what the generation
        // says; after a lost connection: everything).
        follower.catch_up(reconnecting).await;
        loop {
            match listener.try_recv().await {
                Ok(Some(notification)) => {
                    let ahead = notification
                        .payload()
                        .parse::<i64>()
                        .map_or(true, |generation| generation > follower.content.shown());
                    if ahead {
                        follower.catch_up(false).await;
                    }
                }
                Ok(None) => {
                    tracing::warn!("lost the connection that listens for changes");
                    break;
                }
                Err(error) => {
                    tracing::warn!(%error, "listening for changes failed");
                    break;
                }
            }
        }
        reconnecting = true;
    }
}
