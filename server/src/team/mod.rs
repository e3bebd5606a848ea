//! The staff side over HTTP: sessions and CSRF ([`session`]), log-in and accounts ([`auth`],
//! [`accounts`]), the intake queue ([`queue`]) and the daily distribution ([`distribution`]).
//! Pages live in `helder_app::staff`, `queue`, `editing`, `statistics` and `films`; handlers
//! here check the role, load the data, write the audit log and render the page with it.

pub mod accounts;
pub mod auth;
pub mod content;
pub mod distribution;
pub mod films;
pub mod prevention;
pub mod queue;
pub mod routes;
pub mod secrets;
pub mod session;
pub mod shared;
pub mod statistics;
pub mod throttle;
pub mod viewer;

use crate::{
    middleware::{
        linger::linger,
        request_limits::{BodyLimit, limit_body},
        timeouts::{RequestTimeouts, TimeBudget, limit_time},
    },
    state::AppState,
};
use axum::{
    Router,
    middleware::{from_fn, from_fn_with_state},
};
use routes::{StaffRoute, StaffRoutes};
use shared::StaffBody;

/// The staff routes that take forms: the team's work and the editors' (information pages,
/// snippets and films; the film uploads are [`films::upload_routes`]).
fn form_routes() -> StaffRoutes {
    StaffRoutes::new()
        .merge(auth::routes())
        .merge(accounts::routes())
        .merge(queue::routes())
        .merge(statistics::routes())
        .merge(content::routes())
        .merge(films::routes())
        .merge(prevention::routes())
}

/// Every staff route with its method, as the router has them.
pub fn routes() -> Vec<StaffRoute> {
    let mut list = form_routes().list().to_vec();
    list.extend_from_slice(films::upload_routes().list());
    list
}

/// Every staff route, behind the session middleware ([`session::staff_requests`]); film
/// uploads get their own body and time limits.
pub fn router(state: &AppState, timeouts: RequestTimeouts) -> Router<AppState> {
    let forms = staff_layers(
        form_routes().into_router(),
        (state.clone(), StaffBody::Form),
        BodyLimit::refusing(session::STAFF_FORM_LIMIT),
        timeouts.request(),
    );
    // Outermost: whatever refuses an upload early, the rest of its body is read away.
    let uploads = staff_layers(
        films::upload_routes()
            .into_router()
            .layer(axum::extract::DefaultBodyLimit::disable()),
        (state.clone(), StaffBody::Upload),
        BodyLimit::reading(state.media.upload_body_limit()),
        timeouts.upload(),
    )
    .layer(from_fn(linger));
    forms.merge(uploads)
}

/// The layers around staff routes, innermost first: the session (for this kind of body),
/// the body limit and the time limit.
fn staff_layers(
    routes: Router<AppState>,
    staff: (AppState, StaffBody),
    body: BodyLimit,
    time: TimeBudget,
) -> Router<AppState> {
    routes
        .layer(from_fn_with_state(staff, session::staff_requests))
        .layer(from_fn_with_state(body, limit_body))
        .layer(from_fn_with_state(time, limit_time))
}
