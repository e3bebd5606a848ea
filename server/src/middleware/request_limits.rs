//! Helder's own limits on a request's address and headers, lower than hyper's, so that a
//! person gets the translated 414 or 431 page (through `error_pages`) instead of hyper's empty
//! answer. Only a head beyond hyper's read buffer (`serve::connection`) still gets hyper's.
//! A page the page cache (outside this layer) already holds is served whatever the headers:
//! hyper has read them within its buffer, and the visitor gets what they asked for.

use axum::{
    body::Body,
    extract::{Request, State},
    middleware::Next,
    response::{IntoResponse, Response},
};
use http::{HeaderValue, StatusCode, header};

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

/// The largest body a group of routes accepts.
#[derive(Debug, Clone, Copy)]
pub struct BodyLimit {
    pub bytes: usize,
    /// Refuse at once when the declared length is over the limit (forms); a film upload is
    /// read and refused by its handler instead, which says why on the form.
    pub refuse_declared: bool,
}

impl BodyLimit {
    pub fn refusing(bytes: usize) -> BodyLimit {
        BodyLimit {
            bytes,
            refuse_declared: true,
        }
    }

    pub fn reading(bytes: usize) -> BodyLimit {
        BodyLimit {
            bytes,
            refuse_declared: false,
        }
    }
}

pub async fn limit_body(State(limit): State<BodyLimit>, request: Request, next: Next) -> Response {
    let declared = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    if limit.refuse_declared && declared.is_some_and(|n| n > limit.bytes) {
        // The body is left unread, so the connection cannot carry another request: say so,
        // or a client reusing it gets a broken answer to its next request.
        return (
            StatusCode::PAYLOAD_TOO_LARGE,
            [(header::CONNECTION, HeaderValue::from_static("close"))],
        )
            .into_response();
    }
    let (parts, body) = request.into_parts();
    let body = Body::new(http_body_util::Limited::new(body, limit.bytes));
    next.run(Request::from_parts(parts, body)).await
}
