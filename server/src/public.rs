//! The public reading side: home, information pages, films, statements, search and the
//! pages that explain an error. Every page is the app's component with typed props.

use crate::{
    middleware::rate_limit::{Budget, limit_posts},
    pages::{Lang, Render},
    state::AppState,
};
use axum::{
    Router,
    extract::Path,
    http::{HeaderMap, HeaderValue, StatusCode, header},
    middleware::from_fn_with_state,
    response::{IntoResponse, Redirect, Response},
    routing::get,
};
use helder_app::{
    errors::{ErrorPage, NotFound, TooManyRequests, requested_status},
    films::{FilmIndex, FilmPage},
    home::HomePage,
    rights::{TopicIndex, TopicPage, library::TOPICS_SEGMENT},
    statements::{AccessibilityPage, PrivacyPage},
};
use helder_domain::languages::Language;
use leptos::prelude::*;

pub fn router(state: &AppState) -> Router<AppState> {
    // Reading needs no budget; any other method spends the general one.
    let budget = from_fn_with_state((state.post_limits(), Budget::Other), limit_posts);
    Router::new()
        .route("/", get(redirect_to_language))
        .route("/{lang}", get(add_trailing_slash))
        .route("/{lang}/", get(home))
        .route("/{lang}/toegankelijkheid", get(accessibility))
        .route("/{lang}/privacy", get(privacy))
        .route(
            &format!(
                "/{{lang}}/{}",
                helder_app::errors::TOO_MANY_REQUESTS_SEGMENT
            ),
            get(too_many),
        )
        .route(
            &format!("/{{lang}}/{}", helder_app::errors::ERROR_SEGMENT),
            get(error_page),
        )
        .route(&format!("/{{lang}}/{TOPICS_SEGMENT}"), get(topics))
        .route(&format!("/{{lang}}/{TOPICS_SEGMENT}/{{slug}}"), get(topic))
        .route("/{lang}/films", get(films))
        .route("/{lang}/films/{slug}", get(film))
        .merge(crate::search::router())
        .merge(crate::results::router())
        .layer(budget)
}

async fn home(_: Lang, page: Render) -> Response {
    page.ok(|| view! { <HomePage /> }).await
}

async fn accessibility(_: Lang, page: Render) -> Response {
    page.ok(|| view! { <AccessibilityPage /> }).await
}

async fn privacy(_: Lang, page: Render) -> Response {
    page.ok(|| view! { <PrivacyPage /> }).await
}

async fn too_many(_: Lang, page: Render) -> Response {
    page.page(
        StatusCode::TOO_MANY_REQUESTS,
        || view! { <TooManyRequests /> },
    )
    .await
}

/// `/{lang}/fout?status=503`: what an error status means (404 without a status).
async fn error_page(_: Lang, page: Render) -> Response {
    let status = requested_status(&page.info.query);
    let code = status
        .and_then(|s| StatusCode::from_u16(s).ok())
        .unwrap_or(StatusCode::NOT_FOUND);
    page.page(code, move || view! { <ErrorPage status /> })
        .await
}

async fn topics(_: Lang, page: Render) -> Response {
    page.ok(|| view! { <TopicIndex /> }).await
}

async fn topic(_: Lang, Path((_, slug)): Path<(String, String)>, page: Render) -> Response {
    page.ok(move || view! { <TopicPage slug=slug.clone() /> })
        .await
}

async fn films(_: Lang, page: Render) -> Response {
    page.ok(|| view! { <FilmIndex /> }).await
}

async fn film(_: Lang, Path((_, slug)): Path<(String, String)>, page: Render) -> Response {
    page.ok(move || view! { <FilmPage slug=slug.clone() /> })
        .await
}

/// Anything no route claims: the translated 404 page in the visitor's language.
pub async fn not_found(page: Render) -> Response {
    page.page(StatusCode::NOT_FOUND, || view! { <NotFound /> })
        .await
}

/// `/` sends visitors to the home page in the language their browser prefers.
async fn redirect_to_language(headers: HeaderMap) -> Response {
    let accept = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    let lang = Language::negotiate(accept);
    let location = format!("/{}/", lang.code);
    (
        StatusCode::FOUND,
        [
            (
                header::LOCATION,
                HeaderValue::from_str(&location).unwrap_or(HeaderValue::from_static("/nl/")),
            ),
            (header::VARY, HeaderValue::from_static("accept-language")),
        ],
    )
        .into_response()
}

/// `/nl` → `/nl/`: one address per page.
async fn add_trailing_slash(page: Render) -> Response {
    match Language::from_path(&page.info.path) {
        Some(lang) => Redirect::permanent(&format!("/{}/", lang.code)).into_response(),
        None => not_found(page).await,
    }
}
