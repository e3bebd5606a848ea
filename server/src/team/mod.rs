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
pub mod throttle;

use crate::{
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
use helder_app::{page::RequestInfo, staff::StaffSession};
use helder_domain::languages::Language;

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
