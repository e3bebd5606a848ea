//! What every staff handler shares: the error type that answers for itself, rendering a
//! staff page, and small helpers for paths, queries and times.

use crate::{pages::Refusal, state::AppState, storage::StorageError};
use axum::{
    http::{StatusCode, header},
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
