//! `GET /{lang}/zoeken`: searches before rendering, so the page needs no async resource and a
//! failed search answers 503 instead of a cheerful 200.

use crate::{
    pages::{Lang, Render},
    state::AppState,
    tenancy::Here,
};
use axum::{Router, extract::State, http::StatusCode, response::Response, routing::get};
use helder_app::search::{SEARCH_SEGMENT, SearchOutcome, SearchPage};
use helder_domain::search::SearchQuery;
use leptos::prelude::*;

pub fn router() -> Router<AppState> {
    Router::new().route(&format!("/{{lang}}/{SEARCH_SEGMENT}"), get(page))
}

async fn page(
    Lang(lang): Lang,
    State(state): State<AppState>,
    Here(here): Here,
    render: Render,
) -> Response {
    let raw = form_urlencoded::parse(render.info.query.as_bytes())
        .find(|(key, _)| key == "q")
        .map(|(_, value)| value.into_owned())
        .unwrap_or_default();
    // A query without words: nothing to search; the page explains.
    let outcome = match SearchQuery::parse(&raw) {
        Ok(query) => Some(
            match state
                .db
                .search(&here.municipality.id, lang.code, &query)
                .await
            {
                Ok(hits) => SearchOutcome::Found(hits),
                Err(error) => {
                    tracing::error!(%error, "search failed");
                    SearchOutcome::Failed
                }
            },
        ),
        Err(_) => None,
    };
    let status = if outcome == Some(SearchOutcome::Failed) {
        StatusCode::SERVICE_UNAVAILABLE
    } else {
        StatusCode::OK
    };
    render
        .page(status, move || {
            view! { <SearchPage raw=raw.clone() outcome=outcome.clone() /> }
        })
        .await
}
