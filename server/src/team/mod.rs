//! The staff side over HTTP: sessions and CSRF ([`session`]), log-in and accounts ([`auth`],
//! [`accounts`]), the intake queue ([`queue`]) and the daily distribution ([`distribution`]).
//! Pages live in `helder_app::staff`, `queue`, `editing`, `statistics` and `films`; handlers
//! here check the role, load the data, write the audit log and render the page with it.

pub mod accounts;
pub mod auth;
pub mod content;
pub mod distribution;
pub mod films;
pub mod queue;
pub mod secrets;
pub mod session;
pub mod shared;
pub mod statistics;
pub mod throttle;

use crate::{
    middleware::{
        request_limits::{BodyLimit, limit_body},
        timeouts::{RequestTimeouts, limit_time},
    },
    state::AppState,
};
use axum::{Router, middleware::from_fn_with_state};
use shared::StaffBody;

/// Every staff route, behind the session middleware ([`session::staff_requests`]); film
/// uploads get their own body and time limits.
pub fn router(state: &AppState, timeouts: RequestTimeouts) -> Router<AppState> {
    let forms = Router::new()
        .merge(auth::router())
        .merge(accounts::router())
        .merge(queue::router())
        .merge(content::router())
        .merge(statistics::router())
        .merge(films::router())
        .layer(from_fn_with_state(
            (state.clone(), StaffBody::Form),
            session::staff_requests,
        ))
        .layer(from_fn_with_state(
            BodyLimit::refusing(session::STAFF_FORM_LIMIT),
            limit_body,
        ))
        .layer(from_fn_with_state(timeouts.request(), limit_time));
    let uploads = films::upload_router()
        .layer(from_fn_with_state(
            (state.clone(), StaffBody::Upload),
            session::staff_requests,
        ))
        .layer(from_fn_with_state(
            BodyLimit::reading(state.media.upload_body_limit()),
            limit_body,
        ))
        .layer(from_fn_with_state(timeouts.upload(), limit_time));
    forms.merge(uploads)
}
