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
pub mod statistics;

use crate::{
    configuration::Settings,
    middleware::{
        request_limits::{BodyLimit, limit_body},
        timeouts::{RequestTimeouts, limit_time},
    },
    pages::Refusal,
    state::AppState,
    storage::StorageError,
};
use axum::{
    Router,
    http::{StatusCode, header},
    middleware::from_fn_with_state,
    response::{IntoResponse, Response},
};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use helder_app::{page::RequestInfo, staff::StaffSession};
use helder_domain::languages::Language;
use std::{num::NonZeroU32, time::Duration};

/// Settings and in-memory state of the staff side.
pub struct TeamState {
    pub idle: chrono::Duration,
    pub distribute_at: chrono::NaiveTime,
    pub first_action_days: i64,
    pub public_url: String,
    pub municipality: String,
    /// Attempts per account (keyed by a hash of the address) and for everyone together.
    pub login_per_account: DefaultKeyedRateLimiter<String>,
    pub login_global: governor::DefaultDirectRateLimiter,
    /// Attempts from a device that logged in to that account before (its own budget, so a
    /// flood cannot lock its owner out): as many as per account.
    pub login_per_device: DefaultKeyedRateLimiter<[u8; 16]>,
}

impl TeamState {
    pub fn new(settings: &Settings) -> TeamState {
        let per_account =
            NonZeroU32::new(settings.login_limit_account.max(1)).unwrap_or(NonZeroU32::MIN);
        let global = NonZeroU32::new(settings.login_limit_global.max(1)).unwrap_or(NonZeroU32::MIN);
        TeamState {
            idle: chrono::Duration::minutes(i64::from(settings.session_idle_minutes.max(1))),
            distribute_at: settings.distribute_at,
            first_action_days: i64::from(settings.first_action_days),
            public_url: settings.public_url(),
            municipality: settings.municipality.clone(),
            login_per_account: RateLimiter::keyed(
                Quota::with_period(Duration::from_secs(180))
                    .unwrap_or(Quota::per_minute(NonZeroU32::MIN))
                    .allow_burst(per_account),
            ),
            login_global: RateLimiter::direct(Quota::per_minute(global)),
            login_per_device: RateLimiter::keyed(
                Quota::with_period(Duration::from_secs(180))
                    .unwrap_or(Quota::per_minute(NonZeroU32::MIN))
                    .allow_burst(per_account),
            ),
        }
    }

    /// An attempt without a trusted device: within the global and the per-account budget.
    pub fn untrusted_attempt_allowed(&self, account_key: &String) -> bool {
        self.login_global.check().is_ok() && self.login_per_account.check_key(account_key).is_ok()
    }
}

/// Why a staff request is not answered with its page. Each answers for itself: the refusals
/// are bodiless answers that the error-pages middleware turns into translated pages.
#[derive(Debug, thiserror::Error)]
pub enum TeamError {
    #[error("the role does not allow this")]
    Forbidden,
    #[error("no such page or report")]
    NotFound,
    #[error(transparent)]
    Storage(#[from] StorageError),
}

impl IntoResponse for TeamError {
    fn into_response(self) -> Response {
        match self {
            TeamError::Forbidden => Refusal::answer(StatusCode::FORBIDDEN, "team-forbidden-text"),
            TeamError::NotFound => StatusCode::NOT_FOUND.into_response(),
            TeamError::Storage(error) => {
                tracing::error!(%error, "staff request failed");
                StatusCode::SERVICE_UNAVAILABLE.into_response()
            }
        }
    }
}

/// A staff page at `path`, as the signed-in person (`None` on the log-in pages) sees it.
pub(crate) async fn page<F, V>(
    state: &AppState,
    lang: Language,
    path: String,
    staff: Option<StaffSession>,
    status: StatusCode,
    page: F,
) -> Response
where
    F: Fn() -> V + Send + Sync + 'static,
    V: leptos::prelude::IntoView + 'static,
{
    let info = RequestInfo {
        lang,
        path,
        query: String::new(),
        staff,
    };
    state.pages.render(info, status, page).await
}

/// The language of a staff URL's first segment (the session middleware already refused the
/// others).
pub(crate) fn lang_of(code: &str) -> Language {
    Language::from_code(code).unwrap_or_else(Language::default_language)
}

/// A query string as a map; repeated keys keep the last value.
pub(crate) fn query_map(query: Option<&str>) -> std::collections::HashMap<String, String> {
    form_urlencoded::parse(query.unwrap_or_default().as_bytes())
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

/// After a successful POST: back to a page with GET (so a reload does not post again).
pub fn see_other(path: &str) -> Response {
    (StatusCode::SEE_OTHER, [(header::LOCATION, path.to_owned())]).into_response()
}

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

/// How the session middleware treats a POST body: forms are read for their CSRF field; an
/// upload's handler checks the token (the first field) before it reads any file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StaffBody {
    Form,
    Upload,
}

/// Formats a moment for staff pages in the server's local time.
pub fn local_time(at: chrono::DateTime<chrono::Utc>) -> String {
    at.with_timezone(&chrono::Local)
        .format("%d-%m-%Y %H:%M")
        .to_string()
}

pub fn local_date(at: chrono::DateTime<chrono::Utc>) -> String {
    at.with_timezone(&chrono::Local)
        .format("%d-%m-%Y")
        .to_string()
}
