//! The translated page for any error status (`/{lang}/fout?status=503`). The server renders
//! it in place of an answer that is not a page (`server/src/middleware/error_pages.rs`); a
//! visitor switching language on it keeps the status through the query.

use super::missing::NotFound;
use crate::{
    i18n::{t, t_args, use_language},
    layout::PageHeading,
};
use leptos::prelude::*;

/// URL segment of the error page.
pub const ERROR_SEGMENT: &str = "fout";
/// Query parameter holding the status.
pub const STATUS_PARAM: &str = "status";

/// What the server knows about the failed request beyond its status, put in the request.
#[derive(Debug, Clone, Default)]
pub struct ErrorDetails {
    /// Path and query to try again: only for a GET that may work on a second try.
    pub retry: Option<String>,
}

/// The start of the Fluent keys for a status (`<key>-title`, `<key>-text`, `<key>-next`).
pub fn error_key(status: u16) -> &'static str {
    match status {
        400 => "error-400",
        403 => "error-403",
        404 => "error-404",
        405 => "error-405",
        408 => "error-408",
        413 => "error-413",
        414 => "error-414",
        415 => "error-415",
        422 => "error-422",
        429 => "error-429",
        431 => "error-431",
        500 => "error-500",
        503 => "error-503",
        _ if status < 500 => "error-4xx",
        _ => "error-5xx",
    }
}

/// Whether trying the same address again later may work.
pub fn worth_retrying(status: u16) -> bool {
    status == 408 || status == 429 || status >= 500
}

/// The status asked for in a query string (`status=503`), when it is an error status.
pub fn requested_status(query: &str) -> Option<u16> {
    form_urlencoded_status(query)
        .and_then(|s| s.parse::<u16>().ok())
        .filter(|s| (400..=599).contains(s))
}

fn form_urlencoded_status(query: &str) -> Option<&str> {
    query
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(key, _)| *key == STATUS_PARAM)
        .map(|(_, value)| value)
}

/// Says what happened in plain words and what the visitor can do; without a status, 404.
#[component]
pub fn ErrorPage(
    /// The error status; without one the page is the 404 page.
    status: Option<u16>,
    #[prop(optional)] details: ErrorDetails,
) -> impl IntoView {
    let Some(status) = status else {
        return view! { <NotFound /> }.into_any();
    };
    #[cfg(feature = "ssr")]
    if let (Some(response), Ok(code)) = (
        use_context::<leptos_axum::ResponseOptions>(),
        http::StatusCode::from_u16(status),
    ) {
        response.set_status(code);
    }
    let lang = use_language();
    let key = error_key(status);
    let title = t(lang, &format!("{key}-title"));
    let retry = details
        .retry
        .filter(|_| worth_retrying(status))
        .map(|href| {
            view! {
                <li>
                    <a href=href>{t(lang, "error-retry-link")}</a>
                </li>
            }
        });
    view! {
        <PageHeading text=title />
        <p class="hl-lead">{t(lang, &format!("{key}-text"))}</p>
        <p class="hl-body">{t(lang, &format!("{key}-next"))}</p>
        <ul class="hl-list">
            {retry}
            <li>
                <a href=format!("/{}/", lang.code)>{t(lang, "error-home-link")}</a>
            </li>
        </ul>
        <p class="hl-hint">
            {t_args(lang, "error-code", &[("status", &status.to_string())])}
        </p>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_status_has_its_texts_or_a_general_one() {
        assert_eq!(error_key(413), "error-413");
        assert_eq!(error_key(409), "error-4xx");
        assert_eq!(error_key(502), "error-5xx");
        assert!(worth_retrying(503) && worth_retrying(408));
        assert!(!worth_retrying(404) && !worth_retrying(413));
    }
}
