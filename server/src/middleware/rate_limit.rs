//! Rate limits on every POST of the public side (governor): per client, keyed by the
//! [`ClientKey`] (a keyed hash; no address is ever kept, and the keys live only in memory),
//! plus one global limit. Over the limit, the visitor gets a friendly translated 429 page.
//!
//! Default limits (settings `HELDER_POST_LIMIT_CLIENT`, `HELDER_POST_LIMIT_GLOBAL`): a person
//! filling in the report form posts about eight pages in a few minutes; 20 posts per minute
//! with a burst of 10 never stops them, while it stops scripts quickly. The global 600 per
//! minute is far above what a municipality receives and keeps a flood from filling the database.

use super::client::ClientKey;
use crate::startup::PageRenderer;
use axum::{
    body::Body,
    extract::{Request, State},
    middleware::Next,
    response::Response,
};
use governor::{DefaultDirectRateLimiter, DefaultKeyedRateLimiter, Quota, RateLimiter};
use helder_app::{errors::TOO_MANY_REQUESTS_SEGMENT, i18n::Language};
use http::{HeaderValue, Method, StatusCode, header};
use std::{num::NonZeroU32, sync::Arc};

pub struct RateLimits {
    per_client: DefaultKeyedRateLimiter<ClientKey>,
    global: DefaultDirectRateLimiter,
}

/// Seconds a limited visitor is asked to wait.
const RETRY_AFTER_SECONDS: &str = "60";

impl RateLimits {
    pub fn new(
        per_client_per_minute: u32,
        per_client_burst: u32,
        global_per_minute: u32,
    ) -> Arc<RateLimits> {
        let nz = |n: u32| NonZeroU32::new(n.max(1)).unwrap_or(NonZeroU32::MIN);
        Arc::new(RateLimits {
            per_client: RateLimiter::keyed(
                Quota::per_minute(nz(per_client_per_minute)).allow_burst(nz(per_client_burst)),
            ),
            global: RateLimiter::direct(Quota::per_minute(nz(global_per_minute))),
        })
    }

    fn allows(&self, key: Option<&ClientKey>) -> bool {
        let client_ok = key.is_none_or(|k| self.per_client.check_key(k).is_ok());
        client_ok && self.global.check().is_ok()
    }

    /// Forgets clients whose limits have fully recovered (run periodically).
    pub fn purge(&self) {
        self.per_client.retain_recent();
        self.per_client.shrink_to_fit();
    }

    pub fn tracked_clients(&self) -> usize {
        self.per_client.len()
    }
}

fn is_write(method: &Method) -> bool {
    matches!(
        *method,
        Method::POST | Method::PUT | Method::PATCH | Method::DELETE
    )
}

pub async fn limit_posts(
    State((limits, pages)): State<(Arc<RateLimits>, PageRenderer)>,
    request: Request,
    next: Next,
) -> Response {
    // Staff forms have their own log-in throttle; a member working through reports must not
    // share the public per-client budget (the team often sits behind one office address).
    let staff = crate::team::is_team_path(request.uri().path());
    if !is_write(request.method())
        || staff
        || limits.allows(request.extensions().get::<ClientKey>())
    {
        return next.run(request).await;
    }
    // Render the translated "please wait" page through the app, in the visitor's language.
    let lang = Language::from_path(request.uri().path()).unwrap_or_else(|| {
        Language::negotiate(
            request
                .headers()
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok()),
        )
    });
    let (mut parts, _body) = request.into_parts();
    parts.method = Method::GET;
    parts.uri = format!("/{}/{TOO_MANY_REQUESTS_SEGMENT}", lang.code)
        .parse()
        .unwrap_or_default();
    // Rendered directly: routing has already happened for this request.
    let mut response = pages
        .render(Request::from_parts(parts, Body::empty()))
        .await;
    *response.status_mut() = StatusCode::TOO_MANY_REQUESTS;
    response.headers_mut().insert(
        header::RETRY_AFTER,
        HeaderValue::from_static(RETRY_AFTER_SECONDS),
    );
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clients_are_limited_apart_and_together() {
        let limits = RateLimits::new(60, 3, 1000);
        let a = ClientKey([1; 16]);
        let b = ClientKey([2; 16]);
        assert!(
            (0..3).all(|_| limits.allows(Some(&a))),
            "a burst is allowed"
        );
        assert!(!limits.allows(Some(&a)), "then the client waits");
        assert!(limits.allows(Some(&b)), "another client is not affected");
        assert_eq!(limits.tracked_clients(), 2);

        let global = RateLimits::new(1000, 1000, 2);
        assert!(global.allows(Some(&a)) && global.allows(Some(&b)));
        assert!(
            !global.allows(Some(&ClientKey([3; 16]))),
            "the global limit holds for everyone"
        );
    }
}
