//! The document around every page. The server picks the page (axum is the only route table)
//! and calls [`document`] with the component and its typed props; what the page needs to know
//! about the request itself is in [`RequestInfo`].

use crate::staff::StaffSession;
use helder_domain::languages::Language;
use leptos::prelude::*;

/// What a page knows about the request it answers.
#[derive(Debug, Clone)]
pub struct RequestInfo {
    /// The language of the page: the path's first segment, or the visitor's for a path that
    /// names none (a 404 like `/xx/`).
    pub lang: Language,
    /// The path, for the language switcher (which swaps its first segment).
    pub path: String,
    /// The query string without `?`, echoed into the language switcher's links.
    pub query: String,
    /// The signed-in person, on staff pages.
    pub staff: Option<StaffSession>,
}

impl Default for RequestInfo {
    fn default() -> Self {
        RequestInfo {
            lang: Language::default_language(),
            path: "/".into(),
            query: String::new(),
            staff: None,
        }
    }
}

impl RequestInfo {
    /// Whether the page belongs to the staff side (`/{lang}/team/…`): it shows the staff
    /// navigation instead of the public one.
    pub fn staff_area(&self) -> bool {
        self.path.trim_start_matches('/').split('/').nth(1) == Some(crate::staff::TEAM_SEGMENT)
    }
}

/// The request the page being rendered answers.
pub fn use_request() -> RequestInfo {
    use_context::<RequestInfo>().unwrap_or_default()
}

/// The HTML document: head, the shared layout, and `page` inside it. Server-only: the browser
/// hydrates islands, not this.
#[cfg(feature = "ssr")]
pub fn document(
    options: LeptosOptions,
    info: RequestInfo,
    page: impl FnOnce() -> AnyView,
) -> impl IntoView {
    use crate::Site;
    use leptos_meta::MetaTags;

    leptos_meta::provide_meta_context();
    let lang = info.lang;
    provide_context(lang);
    provide_context(info);
    let site = use_context::<Site>().unwrap_or_default();
    let hydration = site
        .hydrate
        .then(|| view! { <HydrationScripts options islands=true /> });
    let content = page();
    let body = view! { <crate::layout::Layout>{content}</crate::layout::Layout> };

    view! {
        <!DOCTYPE html>
        <html lang=lang.code dir=lang.dir().as_str()>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="color-scheme" content="light" />
                <link rel="stylesheet" href=site.stylesheet />
                <link rel="icon" href=site.icon type="image/svg+xml" />
                {hydration}
                <MetaTags />
            </head>
            <body>{body}</body>
        </html>
    }
}
