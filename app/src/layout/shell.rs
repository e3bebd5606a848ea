//! The site shell every page shares: skip link, header with the language switcher, footer.
//! Used by [`crate::page::document`] only; kept out of [`super`] so pages can use the shared
//! components there without a loop through the shell's links.

use crate::{
    Site,
    i18n::{LanguageSwitcher, t, t_args, use_language},
    layout::link_items,
    request::RequestInfo,
};
use helder_domain::languages::Language;
use leptos::prelude::*;

#[component]
pub fn Layout(children: Children) -> impl IntoView {
    let lang = use_language();
    let site = use_context::<Site>().unwrap_or_default();
    let request = crate::request::use_request();
    let municipality = site.municipality.clone();
    let logo = site.logo.clone();
    view! {
        <a class="hl-skip-link" href="#main">
            {t(lang, "skip-link")}
        </a>
        {site_header(lang, &request, &municipality, logo)}
        <div class="hl-width-container hl-page">
            <main id="main" class="hl-main" tabindex="-1">
                {children()}
            </main>
        </div>
        {site_footer(lang, &municipality)}
    }
}

/// The header: the municipality's name, the language switcher, and the public navigation or,
/// on staff pages, the staff navigation.
fn site_header(
    lang: Language,
    request: &RequestInfo,
    municipality: &str,
    logo: Option<String>,
) -> impl IntoView + use<> {
    // Echoed into every language link: bounded, whatever length the query came with.
    let search = crate::i18n::bounded_query(&request.query);
    let current_path = if search.is_empty() {
        request.path.clone()
    } else {
        format!("{}?{}", request.path, search)
    };
    let home = format!("/{}/", lang.code);
    // Staff pages (`/{lang}/team/…`) show the staff navigation instead of the public one.
    let staff_area = request.staff_area();
    let staff_nav = request
        .staff
        .clone()
        .filter(|_| staff_area)
        .map(|session| view! { <crate::staff::StaffNav session=session lang=lang /> });
    view! {
        <header class="hl-header">
            <div class="hl-width-container hl-header__inner">
                <a class="hl-header__brand" href=home>
                    {header_logo(logo)}
                    <span class="hl-header__name">{municipality.to_owned()}</span>
                    <span class="hl-header__product">{t(lang, "site-product")}</span>
                </a>
                {if staff_area {
                    view! { <LanguageSwitcher current_path=current_path only=&["nl", "en"] /> }.into_any()
                } else {
                    view! { <LanguageSwitcher current_path=current_path /> }.into_any()
                }}
            </div>
            {staff_nav}
            {service_nav(lang, staff_area)}
        </header>
    }
}

/// The municipality's own logo (its name is written next to it, so the image says nothing
/// more), or Helder's house.
fn header_logo(logo: Option<String>) -> AnyView {
    match logo {
        Some(src) => {
            view! { <img class="hl-header__logo" src=src alt="" height="32" /> }.into_any()
        }
        None => view! {
                        <svg
                            class="hl-header__logo"
                            aria-hidden="true"
                            focusable="false"
                            viewBox="0 0 32 32"
                            width="32"
                            height="32"
                        >
                            <path d="M4 28V12l12-8 12 8v16h-8v-9h-8v9z" fill="currentColor" />
                        </svg>
        }
        .into_any(),
    }
}

/// The public side's main links (hidden on staff pages).
fn service_nav(lang: Language, staff_area: bool) -> impl IntoView + use<> {
    let links = vec![
        (
            format!("/{}/{}", lang.code, crate::rights::library::TOPICS_SEGMENT),
            t(lang, "topics-title"),
        ),
        (
            crate::rights::library::topic_href(lang, "levensgebeurtenissen"),
            t(lang, "nav-life-events"),
        ),
        (format!("/{}/films", lang.code), t(lang, "films-title")),
        (
            format!("/{}/{}", lang.code, crate::search::SEARCH_SEGMENT),
            t(lang, "search-title"),
        ),
    ];
    view! {
        <nav class="hl-service-nav" aria-label=t(lang, "service-nav-label") hidden=staff_area>
            <ul class="hl-width-container hl-service-nav__list">{link_items(links)}</ul>
        </nav>
    }
}

/// The footer: accessibility and privacy statements, and whose site this is.
fn site_footer(lang: Language, municipality: &str) -> impl IntoView + use<> {
    let links = vec![
        (
            format!("/{}/toegankelijkheid", lang.code),
            t(lang, "accessibility-title"),
        ),
        (format!("/{}/privacy", lang.code), t(lang, "privacy-title")),
    ];
    view! {
        <footer class="hl-footer">
            <div class="hl-width-container">
                <nav aria-label=t(lang, "footer-nav-label")>
                    <ul class="hl-footer__links">{link_items(links)}</ul>
                </nav>
                <p class="hl-footer__owner">
                    {t_args(lang, "footer-owner", &[("municipality", municipality)])}
                </p>
            </div>
        </footer>
    }
}
