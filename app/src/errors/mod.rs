//! Pages for things that are not there (unknown paths and unknown languages), the 429 page,
//! and the page for any other error status.

mod page;
pub use page::{ERROR_SEGMENT, ErrorDetails, ErrorPage, STATUS_PARAM, error_key, worth_retrying};

use crate::{
    i18n::{t, use_language},
    layout::PageTitle,
};
use helder_domain::languages::Language;
use leptos::prelude::*;
use leptos_router::{components::Outlet, hooks::use_params_map};

/// The translated "page not found" page; sets status 404 on the server.
#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::NOT_FOUND);
    }
    let lang = use_language();
    let home = format!("/{}/", lang.code);
    view! {
        <PageTitle text=t(lang, "not-found-title") />
        <h1 class="hl-heading-xl">{t(lang, "not-found-title")}</h1>
        <p class="hl-body">{t(lang, "not-found-intro")}</p>
        <p class="hl-body">
            <a href=home>{t(lang, "not-found-home-link")}</a>
        </p>
    }
}

/// URL segment of the "please wait" page shown when a visitor posts too often.
pub const TOO_MANY_REQUESTS_SEGMENT: &str = "even-wachten";

/// The translated 429 page: friendly, says how long to wait. Status 429.
#[component]
pub fn TooManyRequests() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::TOO_MANY_REQUESTS);
    }
    let lang = use_language();
    view! {
        <PageTitle text=t(lang, "too-many-title") />
        <h1 class="hl-heading-xl">{t(lang, "too-many-title")}</h1>
        <p class="hl-body">{t(lang, "too-many-text")}</p>
        <p class="hl-body">
            <a href=format!("/{}/", lang.code)>{t(lang, "not-found-home-link")}</a>
        </p>
    }
}

/// Renders the child route only when the first path segment is a language Helder offers.
#[component]
pub fn KnownLanguage() -> impl IntoView {
    let params = use_params_map();
    let known = params
        .read_untracked()
        .get("lang")
        .and_then(|code| Language::from_code(&code))
        .is_some();
    if known {
        view! { <Outlet /> }.into_any()
    } else {
        view! { <NotFound /> }.into_any()
    }
}
