//! Prevention over HTTP: the self-check ([`selfcheck`]), "was this clear?" under every
//! information page ([`feedback`]) and the anonymous question box ([`questions`]). What is
//! kept identifies nobody: counts per question or page, answer, language and month; a
//! question by the hash of its code. No handler here reads the client's address (the rate
//! limiter's keyed hash, in memory, is the only use of it, as on the report form).

pub mod feedback;
pub mod questions;
pub mod selfcheck;
pub mod shared;

use crate::{
    middleware::rate_limit::{Budget, limit_posts},
    state::AppState,
};
use axum::{
    Router,
    middleware::{from_fn_with_state, map_response},
    response::Response,
};
use http::{HeaderValue, header};

/// Every public prevention page and form. Nothing here is cached (answers differ per person),
/// and each POST spends the general budget.
pub fn router(state: &AppState) -> Router<AppState> {
    let budget = from_fn_with_state((state.post_limits(), Budget::Other), limit_posts);
    Router::new()
        .merge(selfcheck::router())
        .merge(feedback::router())
        .merge(questions::router())
        .layer(budget)
        .layer(map_response(no_store))
}

async fn no_store(mut response: Response) -> Response {
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}
