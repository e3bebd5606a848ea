//! `GET /health`: 200 when the database answers, 503 when it does not, and 503 `draining` once
//! the instance was told to stop (it still serves meanwhile: see `HELDER_DRAIN_SECONDS`). The
//! database is asked at most once per [`FRESH_FOR`]: a load balancer (or a flood) asking many
//! times a second gets the last answer, never older than that.

use crate::storage::Database;
use axum::{
    Router,
    extract::State,
    http::StatusCode,
    response::{IntoResponse, Response},
    routing::get,
};
use std::{
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

/// How long one answer of the database stands.
pub const FRESH_FOR: Duration = Duration::from_secs(1);

pub struct Health {
    db: Database,
    /// When the database was last asked, and whether it answered.
    last: Mutex<Option<(Instant, bool)>>,
    /// One question to the database at a time; the others wait for its answer.
    asking: tokio::sync::Mutex<()>,
    /// Set when the instance was told to stop.
    draining: std::sync::atomic::AtomicBool,
}

impl Health {
    pub fn new(db: Database) -> Arc<Health> {
        Arc::new(Health {
            db,
            last: Mutex::new(None),
            asking: tokio::sync::Mutex::new(()),
            draining: std::sync::atomic::AtomicBool::new(false),
        })
    }

    /// From now on `/health` answers 503 `draining`.
    pub fn start_draining(&self) {
        self.draining
            .store(true, std::sync::atomic::Ordering::SeqCst);
    }

    pub fn draining(&self) -> bool {
        self.draining.load(std::sync::atomic::Ordering::SeqCst)
    }

    /// Whether a load balancer should send this instance requests: not draining, and the
    /// database answers.
    pub async fn ready(&self) -> bool {
        !self.draining() && self.database_answers().await
    }

    fn fresh(&self) -> Option<bool> {
        let last = *self.last.lock().unwrap_or_else(|e| e.into_inner());
        last.filter(|(at, _)| at.elapsed() < FRESH_FOR)
            .map(|(_, up)| up)
    }

    /// Whether the database answered within the last [`FRESH_FOR`] (asking it if not).
    pub async fn database_answers(&self) -> bool {
        if let Some(up) = self.fresh() {
            return up;
        }
        let _asking = self.asking.lock().await;
        if let Some(up) = self.fresh() {
            return up;
        }
        let up = match self.db.ping().await {
            Ok(()) => true,
            Err(error) => {
                tracing::error!(%error, "health check: database unreachable");
                false
            }
        };
        *self.last.lock().unwrap_or_else(|e| e.into_inner()) = Some((Instant::now(), up));
        up
    }
}

pub fn router<S>() -> Router<S>
where
    Arc<Health>: axum::extract::FromRef<S>,
    S: Clone + Send + Sync + 'static,
{
    Router::new().route("/health", get(health))
}

impl Health {
    /// `ok sqlite` or `ok postgres`.
    pub fn ok_body(&self) -> &'static str {
        match self.db.backend() {
            crate::storage::Backend::Sqlite => "ok sqlite\n",
            crate::storage::Backend::Postgres => "ok postgres\n",
        }
    }
}

/// Marks an error answer meant for a program (a load balancer reads `/health`'s text): the
/// error pages leave it as it is.
#[derive(Debug, Clone, Copy)]
pub struct ForMachines;

async fn health(State(health): State<Arc<Health>>) -> Response {
    let mut response = if health.draining() {
        (StatusCode::SERVICE_UNAVAILABLE, "draining\n").into_response()
    } else if health.database_answers().await {
        (StatusCode::OK, health.ok_body()).into_response()
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, "database unavailable\n").into_response()
    };
    response.extensions_mut().insert(ForMachines);
    response
}
