//! The 404 and 429 pages; apart from [`super::page`] so the error page can fall back to the
//! 404 without importing its parent.

use crate::{
    i18n::{t, use_language},
    layout::PageHeading,
};
use leptos::prelude::*;

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
        <PageHeading text=t(lang, "not-found-title") />
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
        <PageHeading text=t(lang, "too-many-title") />
        <p class="hl-body">{t(lang, "too-many-text")}</p>
        <p class="hl-body">
            <a href=format!("/{}/", lang.code)>{t(lang, "not-found-home-link")}</a>
        </p>
    }
}
