//! The language switcher: plain links, so it works without JavaScript and keeps the page.

use super::{LANGUAGES, t, use_language};
use leptos::prelude::*;

/// Links to the current page in every offered language. The path comes from the request
/// on the server; this component is never hydrated.
#[component]
pub fn LanguageSwitcher(
    /// Path and query of the page being shown, e.g. `/nl/privacy`.
    current_path: String,
    /// Offer only these languages (staff pages exist in Dutch and English only).
    #[prop(optional)]
    only: Option<&'static [&'static str]>,
) -> impl IntoView {
    let lang = use_language();
    let items = LANGUAGES
        .iter()
        .filter(|l| only.is_none_or(|codes| codes.contains(&l.code)))
        .map(|other| {
            let item = if *other == lang {
                view! {
                    <span class="hl-language-switcher__current" aria-current="true" lang=other.code dir=other.dir().as_str()>
                        {other.name}
                    </span>
                }
                .into_any()
            } else {
                view! {
                    <a
                        class="hl-language-switcher__link"
                        href=other.switch_path(&current_path)
                        hreflang=other.code
                        lang=other.code
                        dir=other.dir().as_str()
                    >
                        {other.name}
                    </a>
                }
                .into_any()
            };
            view! { <li class="hl-language-switcher__item">{item}</li> }
        })
        .collect_view();
    view! {
        <nav class="hl-language-switcher" aria-label=t(lang, "language-switcher-label")>
            <ul class="hl-language-switcher__list">{items}</ul>
        </nav>
    }
}
