//! `GET /{lang}/zoeken`: searches before rendering, so the page needs no async resource and a
//! failed search answers 503 instead of a cheerful 200.

use crate::startup::{AppState, PageRenderer};
use axum::{
    extract::{Path, Request, State},
    http::StatusCode,
    response::Response,
};
use helder_app::search::SearchOutcome;
use helder_domain::{languages::Language, search::SearchQuery};

pub async fn page(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    mut request: Request,
) -> Response {
    let query = request
        .uri()
        .query()
        .and_then(|q| {
            form_urlencoded::parse(q.as_bytes())
                .find(|(key, _)| key == "q")
                .map(|(_, value)| value.into_owned())
        })
        .unwrap_or_default();
    let mut failed = false;
    // An unknown language or a query without words: nothing to search; the page explains.
    if let (Some(lang), Ok(query)) = (Language::from_code(&lang), SearchQuery::parse(&query)) {
        let outcome = match state.db.search(lang.code, &query).await {
            Ok(hits) => SearchOutcome::Found(hits),
            Err(error) => {
                tracing::error!(%error, "search failed");
                failed = true;
                SearchOutcome::Failed
            }
        };
        request.extensions_mut().insert(outcome);
    }
    let mut response = PageRenderer::new(&state).render(request).await;
    if failed && response.status() == StatusCode::OK {
        *response.status_mut() = StatusCode::SERVICE_UNAVAILABLE;
    }
    response
}
