//! The HTTP side of the report form: the draft cookie, checking the answers of each step,
//! and storing the report before the reporter sees "received". The pages themselves live in
//! `helder_app::report::pages`; [`pages`] renders them with the visitor's draft.
//!
//! When the database cannot be reached, every page says so honestly (503, `Retry-After`):
//! the answers already saved are safe, and what was just typed is offered to send again.

pub mod admission;
mod come_back;
mod form;
pub mod pages;
pub mod receipt;
mod steps;

use crate::{
    cookies::{self, token_hash},
    middleware::rate_limit::{Budget, limit_posts},
    state::AppState,
};
use axum::{
    Router,
    handler::Handler,
    middleware::{from_fn_with_state, map_response},
    response::Response,
    routing::{get, post},
};
use chrono::Utc;
use helder_domain::report::flow::{Draft, REPORT_SEGMENT};
use http::{HeaderMap, HeaderValue, StatusCode, header};

/// Every report page and form. Nothing here is ever cached, and each POST spends its own
/// kind of rate budget.
pub fn router(state: &AppState) -> Router<AppState> {
    let base = format!("/{{lang}}/{REPORT_SEGMENT}");
    let budget = |budget: Budget| from_fn_with_state((state.post_limits(), budget), limit_posts);
    Router::new()
        .route(&base, get(pages::start_page))
        .route(
            &format!("{base}/start"),
            post(form::start).layer(budget(Budget::Start)),
        )
        .route(
            &format!("{base}/versturen"),
            post(form::submit).layer(budget(Budget::Step)),
        )
        .route(&format!("{base}/ontvangen"), get(pages::received_page))
        .route(
            &format!("{base}/terugkomen"),
            get(pages::return_page).post(come_back::come_back.layer(budget(Budget::Other))),
        )
        .route(
            &format!("{base}/antwoorden"),
            post(come_back::answer).layer(budget(Budget::Other)),
        )
        .route(&format!("{base}/wachten"), get(pages::waiting_page))
        .route(
            &format!("{base}/{{step}}"),
            get(pages::step_page).post(form::step.layer(budget(Budget::Step))),
        )
        .layer(map_response(no_store))
}

pub use crate::tokens::DRAFT_COOKIE;
const DRAFT_HOURS: i64 = 2;
/// Seconds a reporter is asked to wait when the database cannot be reached.
const RETRY_AFTER_SECONDS: &str = "60";

fn draft_token(headers: &HeaderMap) -> Option<String> {
    cookies::read(headers, DRAFT_COOKIE)
}

fn cookie(token: &str, max_age: i64, secure: bool) -> HeaderValue {
    cookies::set(DRAFT_COOKIE, token, Some(max_age), secure)
}

/// The database could not be reached (or took too long).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Unavailable;

/// The visitor's draft: the saved one, or an empty one for a report Helder started (signed
/// token) that has no answers saved yet; `None` when there is none (expired, never started).
async fn load(
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

async fn no_store(mut response: Response) -> Response {
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// 503 with `Retry-After`: the database could not be reached.
fn unavailable_status(response: &mut Response) {
    *response.status_mut() = StatusCode::SERVICE_UNAVAILABLE;
    response.headers_mut().insert(
        header::RETRY_AFTER,
        HeaderValue::from_static(RETRY_AFTER_SECONDS),
    );
}
