//! Request middleware: who is asking (as a keyed hash, never an address), security headers,
//! error pages, limits on request heads and time, and request logging without client addresses.

pub mod cache;
pub mod client;
pub mod encoding;
pub mod error_pages;
pub mod front;
pub mod linger;
pub mod markers;
pub mod prepared;
pub mod rate_limit;
pub mod request_limits;
pub mod security;
pub mod tarpit;
pub mod timeouts;
pub mod trace;

/// Whether a response is an HTML page (the only kind that is cached and script-hashed).
pub fn is_html(headers: &http::HeaderMap) -> bool {
    headers
        .get(http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"))
}
