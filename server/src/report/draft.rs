//! The visitor's report draft: its cookie, loading it, and saying honestly when the database
//! cannot be reached.

use crate::{
    cookies::{self, token_hash},
    state::AppState,
};
use axum::response::Response;
use chrono::Utc;
use helder_domain::report::flow::Draft;
use http::{HeaderMap, HeaderValue, StatusCode, header};

pub use crate::tokens::DRAFT_COOKIE;
pub(super) const DRAFT_HOURS: i64 = 2;
/// Seconds a reporter is asked to wait when the database cannot be reached.
const RETRY_AFTER_SECONDS: &str = "60";

pub(super) fn draft_token(headers: &HeaderMap) -> Option<String> {
    cookies::read(headers, DRAFT_COOKIE)
}

pub(super) fn cookie(token: &str, max_age: i64, secure: bool) -> HeaderValue {
    cookies::set(DRAFT_COOKIE, token, Some(max_age), secure)
}

/// The database could not be reached (or took too long).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Unavailable;

/// The visitor's draft: the saved one, or an empty one for a report Helder started (signed
/// token) that has no answers saved yet; `None` when there is none (expired, never started).
pub(super) async fn load(
    state: &AppState,
    headers: &HeaderMap,
) -> Result<Option<(String, Draft)>, Unavailable> {
    let Some(token) = draft_token(headers) else {
        return Ok(None);
    };
    let hash = token_hash(&token);
    let now = Utc::now();
    match state.db.load_draft(&hash, now).await {
        Ok(Some((_, data))) => Ok(serde_json::from_str(&data).ok().map(|d| (hash, d))),
        Ok(None) => Ok(state
            .token_key
            .draft_token(&token)
            .filter(|t| t.fresh(now.timestamp()))
            .map(|_| (hash, Draft::default()))),
        Err(error) => {
            tracing::error!(%error, "could not load a report draft");
            Err(Unavailable)
        }
    }
}

pub(super) async fn no_store(mut response: Response) -> Response {
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// 503 with `Retry-After`: the database could not be reached.
pub(super) fn unavailable_status(response: &mut Response) {
    *response.status_mut() = StatusCode::SERVICE_UNAVAILABLE;
    response.headers_mut().insert(
        header::RETRY_AFTER,
        HeaderValue::from_static(RETRY_AFTER_SECONDS),
    );
}
