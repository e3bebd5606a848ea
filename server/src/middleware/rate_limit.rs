//! Rate limits on every POST of the public side (governor): per client, keyed by the
//! [`ClientKey`] (a keyed hash; no address is ever kept, and the keys live only in memory),
//! plus one global limit. Over the limit, the visitor gets a friendly translated 429 page.
//!
//! Default limits (settings `HELDER_POST_LIMIT_CLIENT`, `HELDER_POST_LIMIT_GLOBAL`): a person
//! filling in the report form posts about eight pages in a few minutes; 20 posts per minute
//! with a burst of 10 never stops them, while it stops scripts quickly. The global 600 per
//! minute is far above what a municipality receives and keeps a flood from filling the database.

use super::{client::ClientKey, tarpit::Tarpit};
use crate::pages::Pages;
use axum::{
    extract::{Request, State},
    middleware::Next,
    response::Response,
};
use governor::{DefaultDirectRateLimiter, DefaultKeyedRateLimiter, Quota, RateLimiter};
use helder_app::{
    errors::{TOO_MANY_REQUESTS_SEGMENT, TooManyRequests},
    page::RequestInfo,
};
use helder_domain::languages::Language;
use http::{HeaderValue, Method, StatusCode, header};
use leptos::prelude::*;
use std::{collections::HashMap, num::NonZeroU32, sync::Arc, sync::Mutex};

/// The public side's budgets. Every key is a keyed hash or a random id; no address.
pub struct RateLimits {
    /// Per client, for every public POST but the steps of a report already started.
    per_client: DefaultKeyedRateLimiter<ClientKey>,
    /// Everyone together, for come-back codes, answers and anything else public.
    global: DefaultDirectRateLimiter,
    /// New reports without a ticket; beyond it, starts are slowed, not refused.
    starts: DefaultDirectRateLimiter,
    /// New reports let in with a ticket (work proven, or waited).
    admitted: DefaultDirectRateLimiter,
    /// Per started report: a flood of new starts cannot refuse a reporter's next step.
    per_draft: DefaultKeyedRateLimiter<[u8; 16]>,
    /// All the started reports of one client together (ten people behind one address).
    steps_per_client: DefaultKeyedRateLimiter<ClientKey>,
    /// Tickets that let someone in, so one solved ticket opens one report (until it expires).
    used_tickets: Mutex<HashMap<[u8; 16], i64>>,
    /// How refusals are answered: slowly.
    pub tarpit: Tarpit,
}

/// What a public POST is, for its budget.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PostKind {
    /// `POST /{lang}/melden/start`: the handler decides on the global part (see `admit_start`).
    Start,
    /// A step of a report Helder started (its signed draft token).
    Step {
        draft: [u8; 16],
    },
    Other,
}

/// Seconds a limited visitor is asked to wait.
const RETRY_AFTER_SECONDS: &str = "60";
/// People sharing one address (an office, a phone network) may each have a report open.
const STEP_CLIENT_FACTOR: u32 = 10;
/// Starts let in with a ticket, per minute, as a multiple of the free starts.
const ADMITTED_FACTOR: u32 = 4;

impl RateLimits {
    pub fn new(
        per_client_per_minute: u32,
        per_client_burst: u32,
        global_per_minute: u32,
        tarpit: Tarpit,
    ) -> Arc<RateLimits> {
        let nz = |n: u32| NonZeroU32::new(n.max(1)).unwrap_or(NonZeroU32::MIN);
        let per_client =
            || Quota::per_minute(nz(per_client_per_minute)).allow_burst(nz(per_client_burst));
        Arc::new(RateLimits {
            per_client: RateLimiter::keyed(per_client()),
            global: RateLimiter::direct(Quota::per_minute(nz(global_per_minute))),
            starts: RateLimiter::direct(Quota::per_minute(nz(global_per_minute))),
            // A ticket cost its holder work or waiting, so more may come in that way.
            admitted: RateLimiter::direct(Quota::per_minute(nz(
                global_per_minute.saturating_mul(ADMITTED_FACTOR)
            ))),
            per_draft: RateLimiter::keyed(per_client()),
            steps_per_client: RateLimiter::keyed(
                Quota::per_minute(nz(per_client_per_minute.saturating_mul(STEP_CLIENT_FACTOR)))
                    .allow_burst(nz(per_client_burst.saturating_mul(STEP_CLIENT_FACTOR))),
            ),
            used_tickets: Mutex::new(HashMap::new()),
            tarpit,
        })
    }

    fn allows(&self, kind: PostKind, key: Option<&ClientKey>) -> bool {
        let client_ok = |limiter: &DefaultKeyedRateLimiter<ClientKey>| {
            key.is_none_or(|k| limiter.check_key(k).is_ok())
        };
        match kind {
            PostKind::Start => client_ok(&self.per_client),
            PostKind::Step { draft } => {
                self.per_draft.check_key(&draft).is_ok() && client_ok(&self.steps_per_client)
            }
            PostKind::Other => client_ok(&self.per_client) && self.global.check().is_ok(),
        }
    }

    /// A start without a ticket: whether the starts budget has room.
    pub fn start_free(&self) -> bool {
        self.starts.check().is_ok()
    }

    /// A start with a valid ticket: once per ticket, within the admitted budget.
    pub fn admit_ticket(&self, ticket_id: [u8; 16], now: i64) -> bool {
        let mut used = self.used_tickets.lock().unwrap_or_else(|e| e.into_inner());
        if used.contains_key(&ticket_id) || self.admitted.check().is_err() {
            return false;
        }
        used.insert(ticket_id, now);
        true
    }

    /// Forgets clients whose limits have fully recovered, and expired tickets (run
    /// periodically).
    pub fn purge(&self, now: i64) {
        self.per_client.retain_recent();
        self.per_client.shrink_to_fit();
        self.per_draft.retain_recent();
        self.per_draft.shrink_to_fit();
        self.steps_per_client.retain_recent();
        self.steps_per_client.shrink_to_fit();
        let mut used = self.used_tickets.lock().unwrap_or_else(|e| e.into_inner());
        used.retain(|_, at| now - *at <= crate::tokens::TICKET_SECONDS);
        used.shrink_to_fit();
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

/// The translated "please wait" page (429, `Retry-After`), rendered through the app in the
/// language of `path` (or the visitor's).
pub async fn too_many(pages: &Pages, path: &str, headers: &http::HeaderMap) -> Response {
    let lang = Language::from_path(path).unwrap_or_else(|| {
        Language::negotiate(
            headers
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok()),
        )
    });
    let info = RequestInfo {
        lang,
        path: format!("/{}/{TOO_MANY_REQUESTS_SEGMENT}", lang.code),
        ..RequestInfo::default()
    };
    let mut response = pages
        .render(info, StatusCode::TOO_MANY_REQUESTS, || {
            view! { <TooManyRequests /> }
        })
        .await;
    response.headers_mut().insert(
        header::RETRY_AFTER,
        HeaderValue::from_static(RETRY_AFTER_SECONDS),
    );
    response
}

/// What a POST route spends: each route group says which budget its POSTs use (staff
/// routes have their own log-in throttle and spend none of these).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Budget {
    /// Starting a report.
    Start,
    /// A step of a report Helder started (its signed draft token gives it its own budget);
    /// without a valid token, [`Budget::Other`].
    Step,
    Other,
}

/// The shared parts of every POST limit.
#[derive(Clone)]
pub struct PostLimits {
    pub limits: Arc<RateLimits>,
    pub pages: Pages,
    pub token_key: crate::tokens::TokenKey,
}

pub async fn limit_posts(
    State((post, budget)): State<(PostLimits, Budget)>,
    request: Request,
    next: Next,
) -> Response {
    if !is_write(request.method()) {
        return next.run(request).await;
    }
    let kind = match budget {
        Budget::Start => PostKind::Start,
        Budget::Other => PostKind::Other,
        Budget::Step => crate::cookies::read(request.headers(), crate::tokens::DRAFT_COOKIE)
            .and_then(|token| post.token_key.draft_token(&token))
            .map_or(PostKind::Other, |token| PostKind::Step { draft: token.id }),
    };
    if post
        .limits
        .allows(kind, request.extensions().get::<ClientKey>())
    {
        return next.run(request).await;
    }
    post.limits.tarpit.hold().await;
    too_many(&post.pages, request.uri().path(), request.headers()).await
}

#[cfg(test)]
mod tests {
    use super::*;

    const OTHER: PostKind = PostKind::Other;

    #[test]
    fn clients_are_limited_apart_and_together() {
        let limits = RateLimits::new(60, 3, 1000, Tarpit::none());
        let a = ClientKey([1; 16]);
        let b = ClientKey([2; 16]);
        assert!(
            (0..3).all(|_| limits.allows(OTHER, Some(&a))),
            "a burst is allowed"
        );
        assert!(!limits.allows(OTHER, Some(&a)), "then the client waits");
        assert!(!limits.allows(PostKind::Start, Some(&a)), "starts too");
        assert!(
            limits.allows(OTHER, Some(&b)),
            "another client is not affected"
        );
        assert_eq!(limits.tracked_clients(), 2);

        let global = RateLimits::new(1000, 1000, 2, Tarpit::none());
        assert!(global.allows(OTHER, Some(&a)) && global.allows(OTHER, Some(&b)));
        assert!(
            !global.allows(OTHER, Some(&ClientKey([3; 16]))),
            "the global limit holds for everyone"
        );
    }

    #[test]
    fn a_started_report_keeps_its_own_budget() {
        let limits = RateLimits::new(60, 3, 2, Tarpit::none());
        let flood = ClientKey([9; 16]);
        // The flood uses up the global budget and the starts budget.
        assert!(limits.allows(OTHER, Some(&flood)) && limits.allows(OTHER, Some(&flood)));
        assert!(!limits.allows(OTHER, Some(&ClientKey([8; 16]))));
        assert!(limits.start_free() && limits.start_free() && !limits.start_free());
        // A reporter with a started report goes on, also behind the flood's address.
        let step = PostKind::Step { draft: [1; 16] };
        assert!((0..3).all(|_| limits.allows(step, Some(&flood))));
        assert!(
            !limits.allows(step, Some(&flood)),
            "a draft has a budget too"
        );
        assert!(limits.allows(PostKind::Step { draft: [2; 16] }, Some(&flood)));
    }

    #[test]
    fn a_ticket_lets_in_once() {
        let limits = RateLimits::new(60, 3, 100, Tarpit::none());
        assert!(limits.admit_ticket([5; 16], 1000));
        assert!(!limits.admit_ticket([5; 16], 1001), "used");
        assert!(limits.admit_ticket([6; 16], 1001));
        limits.purge(1000 + crate::tokens::TICKET_SECONDS + 1);
        assert!(limits.admit_ticket([5; 16], 2000), "forgotten once expired");
    }
}
