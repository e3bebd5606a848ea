//! Rights and obligations: the information pages, their index, life events, transparency and
//! the partners' section. Content comes from the in-memory [`library::SharedLibrary`].

pub mod library;
#[cfg(feature = "ssr")]
pub mod markdown;
pub mod results;

use crate::{
    Site,
    errors::NotFound,
    films::{FilmLink, films_for_topic},
    i18n::{t, t_args, use_language},
    layout::{Breadcrumbs, PageHeading, PageTitle, PrintButton},
    search::SearchForm,
};
use helder_domain::languages::Language;
use leptos::prelude::*;
use library::{Found, PageKind, SharedLibrary, TOPICS_SEGMENT, topic_href};

pub fn library() -> std::sync::Arc<library::Library> {
    use_context::<SharedLibrary>()
        .unwrap_or_default()
        .snapshot()
}

/// `/{lang}/rechten-en-plichten`: every page, grouped the way people look for them.
#[component]
pub fn TopicIndex() -> impl IntoView {
    let lang = use_language();
    let lib = library();
    let group = |title_key: &'static str, kinds: &'static [PageKind]| {
        let items = lib
            .list(lang, kinds)
            .into_iter()
            .map(|found| {
                let page = found.page().clone();
                let fallback = matches!(found, Found::DutchFallback(_));
                view! {
                    <li class="hl-topic-list__item">
                        <a class="hl-topic-list__link" href=page.href(lang)>
                            <span lang=fallback.then_some("nl") dir=fallback.then_some("ltr")>
                                {page.title.clone()}
                            </span>
                        </a>
                        <p
                            class="hl-topic-list__summary"
                            lang=fallback.then_some("nl")
                            dir=fallback.then_some("ltr")
                        >
                            {page.summary.clone()}
                        </p>
                    </li>
                }
            })
            .collect_view();
        view! {
            <h2 class="hl-heading-m">{t(lang, title_key)}</h2>
            <ul class="hl-topic-list">{items}</ul>
        }
    };
    let heading = t(lang, "topics-title");
    view! {
        <PageHeading text=heading />
        <p class="hl-lead">{t(lang, "topics-lead")}</p>
        <SearchForm />
        {group("topics-group-start", &[PageKind::Overview, PageKind::LifeEvents])}
        {group("topics-group-duties", &[PageKind::Duty])}
        {group("topics-group-mistake", &[PageKind::Mistake])}
        {group("topics-group-rights", &[PageKind::Right])}
        {group("topics-group-about", &[PageKind::Transparency, PageKind::Partners])}
        <p class="hl-body">
            <a href=topic_href(lang, results::RESULTS_SLUG)>{t(lang, "results-index-link")}</a>
        </p>
        <p class="hl-body">
            <a href=format!("/{}/films", lang.code)>{t(lang, "films-index-link")}</a>
        </p>
    }
}

/// `/{lang}/rechten-en-plichten/{slug}`: one page, in the reader's language when it exists.
#[component]
pub fn TopicPage(slug: String) -> impl IntoView {
    let lang = use_language();
    match library().find(&slug, lang) {
        Some(found) => view! { <TopicArticle found lang /> }.into_any(),
        None => view! { <NotFound /> }.into_any(),
    }
}

#[component]
fn TopicArticle(found: Found, lang: Language) -> impl IntoView {
    let site = use_context::<Site>().unwrap_or_default();
    let page = found.page().clone();
    let dutch = Language::default_language();
    // Withdrawn pages stay readable, under a notice in the page's own language.
    let withdrawn = page.withdrawn.clone().map(|w| {
        view! {
            <div class="hl-notice hl-notice--withdrawn" role="note" lang=page.lang.code dir=page.lang.dir().as_str()>
                <p>
                    <strong>{t_args(page.lang, "page-withdrawn", &[("date", &format!("\u{2068}{}\u{2069}", w.date))])}</strong>
                    " " {w.notice}
                </p>
            </div>
        }
    });
    let notice = match &found {
        Found::Original(_) => None,
        Found::Translation(_) => Some(
            view! {
                <div class="hl-notice" role="note">
                    <p>
                        {page.outdated.then(|| view! {
                            <strong class="hl-notice__outdated">{t(lang, "translation-outdated")}</strong>
                            " "
                        })}
                        {t(lang, "translation-aid")} " "
                        <a href=topic_href(dutch, &page.slug) hreflang="nl">
                            {t(lang, "translation-read-dutch")}
                        </a>
                    </p>
                </div>
            }
            .into_any(),
        ),
        Found::DutchFallback(_) => Some(
            view! {
                <div class="hl-notice" role="note">
                    <p>{t(lang, "translation-missing")}</p>
                </div>
            }
            .into_any(),
        ),
    };
    // A Dutch page shown to a reader of another language is marked as Dutch for screen readers.
    let content_lang = page.lang;
    // The film link speaks the reader's language, also inside a Dutch fallback article.
    let films = films_for_topic(&page.slug)
        .into_iter()
        .map(|slug| {
            view! {
                <div lang=lang.code dir=lang.dir().as_str()>
                    <FilmLink slug=slug />
                </div>
            }
        })
        .collect_view();
    let printed_from = format!("{}{}", site.public_url, topic_href(lang, &page.slug));
    view! {
        <PageTitle text=page.title.clone() />
        <Breadcrumbs links=vec![
            (format!("/{}/", lang.code), t(lang, "breadcrumbs-home")),
            (format!("/{}/{TOPICS_SEGMENT}", lang.code), t(lang, "topics-title")),
        ] />
        {notice}
        {withdrawn}
        <article class="hl-article" lang=content_lang.code dir=content_lang.dir().as_str()>
            <h1 class="hl-heading-xl">{page.title.clone()}</h1>
            <p class="hl-lead">{page.summary.clone()}</p>
            {films}
            <div class="hl-prose" inner_html=page.html.clone()></div>
        </article>
        <p class="hl-updated">{t_args(lang, "page-updated", &[("date", &format!("\u{2068}{}\u{2069}", page.updated))])}</p>
        {page.checked.clone().map(|date| view! {
            <p class="hl-checked">{t_args(lang, "page-checked", &[("date", &format!("\u{2068}{date}\u{2069}"))])}</p>
        })}
        <p class="hl-print-only">{t_args(lang, "printed-from", &[("url", &format!("\u{2068}{printed_from}\u{2069}"))])}</p>
        <PrintButton label=t(lang, "print-page") />
        <crate::prevention::feedback::PageFeedbackForm slug=page.slug.clone() />
    }
}
