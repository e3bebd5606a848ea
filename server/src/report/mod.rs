//! The HTTP side of the report form: the draft cookie, checking the answers of each step,
//! and storing the report before the reporter sees "received". The pages themselves live in
//! `helder_app::report::pages`; [`pages`] renders them with the visitor's draft.
//!
//! When the database cannot be reached, every page says so honestly (503, `Retry-After`):
//! the answers already saved are safe, and what was just typed is offered to send again.

pub mod admission;
mod busy;
mod come_back;
mod draft;
mod evidence;
mod form;
pub mod pages;
mod photo;
pub mod receipt;
pub(crate) mod steps;
pub mod waiting_pages;

pub use crate::tokens::DRAFT_COOKIE;

use crate::{
    middleware::rate_limit::{Budget, limit_posts},
    state::AppState,
};
use axum::{
    Router,
    handler::Handler,
    middleware::{from_fn_with_state, map_response},
    routing::{get, post},
};
use helder_domain::report::flow::REPORT_SEGMENT;

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
        .route(&format!("{base}/bijlagen"), get(evidence::evidence_page))
        .route(
            &format!("{base}/bijlagen/verwijderen"),
            post(evidence::remove).layer(budget(Budget::Step)),
        )
        .route(
            &format!("{base}/{{step}}"),
            get(pages::step_page).post(form::step.layer(budget(Budget::Step))),
        )
        .layer(map_response(draft::no_store))
}

/// Adding an evidence file: a multipart body of up to one file, with its own body and time
/// limits (see `startup`); the same rate budget as a step.
pub fn upload_router(state: &AppState) -> Router<AppState> {
    let budget = from_fn_with_state((state.post_limits(), Budget::Step), limit_posts);
    Router::new()
        .route(
            &format!("/{{lang}}/{REPORT_SEGMENT}/bijlagen/toevoegen"),
            get(evidence::back_to_page).post(evidence::add.layer(budget)),
        )
        .layer(map_response(draft::no_store))
}

/// The largest body of [`upload_router`]: one file and the form's few other fields.
pub const UPLOAD_BODY_LIMIT: usize =
    helder_domain::report::evidence::MAX_BYTES as usize + 256 * 1024;
