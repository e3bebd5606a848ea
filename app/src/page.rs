//! The document around every page. The server picks the page (axum is the only route table)
//! and calls [`document`] with the component and its typed props; what the page needs to know
//! about the request itself is in [`RequestInfo`].

pub use crate::request::RequestInfo;
use leptos::prelude::*;
use std::sync::{
    Arc,
    atomic::{AtomicBool, Ordering},
};

/// Set while a page renders when it holds an island: only such pages load the wasm bundle
/// (and preload it); every other page is HTML and CSS alone.
#[derive(Clone, Default)]
struct IslandsUsed(Arc<AtomicBool>);

/// Called by a page component that renders an island (in its body, before its view).
pub fn uses_islands() {
    if let Some(used) = use_context::<IslandsUsed>() {
        used.0.store(true, Ordering::Relaxed);
    }
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
    let islands = IslandsUsed::default();
    provide_context(islands.clone());
    let content = page();
    let hydration = (site.hydrate && islands.0.load(Ordering::Relaxed)).then(|| {
        // Leptos' HydrationScripts writes the request's nonce into the preload links'
        // `crossorigin` attribute. Helder allows inline scripts by hash, not by nonce, so the
        // scripts are made under a root owner that has no nonce: the links get the right
        // (anonymous) CORS mode and the script no unused nonce.
        // `new_root` makes the new owner the current one; the page's owner is put back.
        let page_owner = Owner::current();
        let scripts = Owner::new_root(Owner::current_shared_context())
            .with(|| view! { <HydrationScripts options islands=true /> });
        if let Some(owner) = page_owner {
            owner.set();
        }
        scripts
    });
    let body = view! { <crate::layout::shell::Layout>{content}</crate::layout::shell::Layout> };

    view! {
        <!DOCTYPE html>
        <html lang=lang.code dir=lang.dir().as_str()>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="color-scheme" content="light" />
                <link rel="stylesheet" href=site.stylesheet />
                {site
                    .brand_stylesheet
                    .clone()
                    .map(|href| view! { <link rel="stylesheet" href=href /> })}
                <link rel="icon" href=site.icon type="image/svg+xml" />
                {hydration}
                <MetaTags />
            </head>
            <body>{body}</body>
        </html>
    }
}
