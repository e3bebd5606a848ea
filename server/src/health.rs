//! `GET /health`: 200 when the database answers, 503 when it does not.

use crate::storage::Database;
use axum::{
    Router,
    extract::State,
    http::StatusCode,
    response::{IntoResponse, Response},
    routing::get,
};

pub fn router<S>() -> Router<S>
where
    Database: axum::extract::FromRef<S>,
    S: Clone + Send + Sync + 'static,
{
    Router::new().route("/health", get(health))
}

async fn health(State(db): State<Database>) -> Response {
    match db.ping().await {
        Ok(()) => (StatusCode::OK, format!("ok {}\n", db.backend().as_str())).into_response(),
        Err(error) => {
            tracing::error!(%error, "health check: database unreachable");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable\n").into_response()
        }
    }
}
