//! Helder's own limits on a request's address and headers, lower than hyper's, so that a
//! person gets the translated 414 or 431 page (through `error_pages`) instead of hyper's empty
//! answer. Only a head beyond hyper's read buffer (`serve::connection`) still gets hyper's.
//! A page the page cache (outside this layer) already holds is served whatever the headers:
//! hyper has read them within its buffer, and the visitor gets what they asked for.

use axum::{
    extract::Request,
    middleware::Next,
    response::{IntoResponse, Response},
};
use http::StatusCode;

/// Longest path and query; links to Helder are far shorter.
pub const MAX_URI_BYTES: usize = 8 * 1024;
/// All headers together, as sent (name, value, ": " and line end); a browser with many
/// cookies for the domain stays well below it.
pub const MAX_HEADER_BYTES: usize = 16 * 1024;
/// Most headers in one request.
pub const MAX_HEADER_COUNT: usize = 100;

pub async fn limit_request_heads(request: Request, next: Next) -> Response {
    let uri_bytes = request
        .uri()
        .path_and_query()
        .map_or(0, |pq| pq.as_str().len());
    if uri_bytes > MAX_URI_BYTES {
        return StatusCode::URI_TOO_LONG.into_response();
    }
    let headers = request.headers();
    let header_bytes: usize = headers
        .iter()
        .map(|(name, value)| name.as_str().len() + value.len() + 4)
        .sum();
    if headers.len() > MAX_HEADER_COUNT || header_bytes > MAX_HEADER_BYTES {
        return StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE.into_response();
    }
    next.run(request).await
}
