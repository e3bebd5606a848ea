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
    set_status(404);
    short_page("not-found-title", "not-found-intro")
}

/// URL segment of the "please wait" page shown when a visitor posts too often.
pub const TOO_MANY_REQUESTS_SEGMENT: &str = "even-wachten";

/// The translated 429 page: friendly, says how long to wait. Status 429.
#[component]
pub fn TooManyRequests() -> impl IntoView {
    set_status(429);
    short_page("too-many-title", "too-many-text")
}

/// Sets the answer's status on the server (the browser renders no statuses).
fn set_status(code: u16) {
    #[cfg(feature = "ssr")]
    if let (Some(response), Ok(status)) = (
        use_context::<leptos_axum::ResponseOptions>(),
        http::StatusCode::from_u16(code),
    ) {
        response.set_status(status);
    }
    #[cfg(not(feature = "ssr"))]
    let _ = code;
}

/// A heading, one paragraph and the way back to the home page.
fn short_page(title_key: &str, text_key: &str) -> impl IntoView + use<> {
    let lang = use_language();
    view! {
        <PageHeading text=t(lang, title_key) />
        <p class="hl-body">{t(lang, text_key)}</p>
        <p class="hl-body">
            <a href=format!("/{}/", lang.code)>{t(lang, "not-found-home-link")}</a>
        </p>
    }
}
