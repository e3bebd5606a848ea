//! Search over the published pages in the reader's language. A plain GET form: works without
//! JavaScript; the server does the searching (SQLite FTS5 or PostgreSQL full-text search).

use crate::{
    i18n::{part_attributes, t, t_args, use_language},
    layout::PageHeading,
    rights::library::{SharedLibrary, topic_href},
};
use helder_domain::{
    languages::Language,
    search::{Hit, QueryProblem, SearchQuery},
};
use leptos::prelude::*;

/// URL segment of the search page: `/{lang}/zoeken`.
pub const SEARCH_SEGMENT: &str = "zoeken";

/// What the server found for the page's query. The server searches before rendering, so the
/// page itself holds no resource and renders in one pass (and a failed search can answer 503).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SearchOutcome {
    Found(Vec<Hit>),
    Failed,
}

/// The search form, also used in the header of content pages.
#[component]
pub fn SearchForm(#[prop(optional, into)] value: String) -> impl IntoView {
    let lang = use_language();
    view! {
        <form class="hl-search" role="search" method="get" action=format!("/{}/{SEARCH_SEGMENT}", lang.code)>
            <label class="hl-label" for="q">{t(lang, "search-label")}</label>
            <div class="hl-search__row">
                <input
                    class="hl-input hl-search__input"
                    type="search"
                    id="q"
                    name="q"
                    value=value
                    maxlength="200"
                    autocomplete="off"
                />
                <button class="hl-button hl-search__button" type="submit">
                    {t(lang, "search-button")}
                </button>
            </div>
        </form>
    }
}

#[component]
pub fn SearchPage(
    /// The query as typed (`?q=`).
    raw: String,
    /// What the server found; `None` when the query had no words to search.
    outcome: Option<SearchOutcome>,
) -> impl IntoView {
    let lang = use_language();
    let parsed = SearchQuery::parse(&raw);
    let shown = parsed
        .as_ref()
        .map(|q| q.text().to_owned())
        .unwrap_or_default();
    // In messages the query is isolated, so a Latin query keeps its order in Arabic text.
    let quoted = format!("\u{2068}{shown}\u{2069}");
    let outcome = outcome.unwrap_or(SearchOutcome::Failed);
    let heading = t(lang, "search-title");
    view! {
        <PageHeading text=heading />
        <SearchForm value=shown.clone() />
        {results_view(lang, parsed, quoted, outcome)}
    }
}

fn results_view(
    lang: Language,
    parsed: Result<SearchQuery, QueryProblem>,
    shown: String,
    outcome: SearchOutcome,
) -> AnyView {
    match (parsed, outcome) {
        (Err(QueryProblem::Empty), _) => view! {
            <p class="hl-body">{t(lang, "search-empty")}</p>
            <SearchHelp />
        }
        .into_any(),
        (Err(QueryProblem::NoWords), _) => view! {
            <p class="hl-body">{t(lang, "search-no-words")}</p>
            <SearchHelp />
        }
        .into_any(),
        (Ok(_), SearchOutcome::Failed) => {
            view! { <p class="hl-body" role="alert">{t(lang, "search-failed")}</p> }.into_any()
        }
        (Ok(_), SearchOutcome::Found(hits)) if hits.is_empty() => view! {
            <p class="hl-body" role="status">
                {t_args(lang, "search-none", &[("query", &shown)])}
            </p>
            <SearchHelp />
        }
        .into_any(),
        (Ok(_), SearchOutcome::Found(hits)) => {
            let count = hits.len().to_string();
            let key = if hits.len() == 1 {
                "search-count-one"
            } else {
                "search-count"
            };
            let library = use_context::<SharedLibrary>()
                .unwrap_or_default()
                .snapshot();
            let items = hits
                .into_iter()
                .map(|hit| {
                    // A page without a translation is found in its Dutch text.
                    let shown = library
                        .find(&hit.slug, lang)
                        .map_or(lang, |found| found.page().lang);
                    let (part_lang, part_dir) = part_attributes(lang, shown);
                    view! {
                        <li class="hl-results__item" lang=part_lang dir=part_dir>
                            <h2 class="hl-heading-s">
                                <a href=topic_href(lang, &hit.slug)>{hit.title}</a>
                            </h2>
                            <p class="hl-results__snippet" inner_html=hit.snippet_html></p>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <p class="hl-body" role="status">
                    {t_args(lang, key, &[("count", &count), ("query", &shown)])}
                </p>
                <ol class="hl-results">{items}</ol>
            }
            .into_any()
        }
    }
}

/// Tips and a way on when a search gives nothing.
#[component]
fn SearchHelp() -> impl IntoView {
    let lang = use_language();
    view! {
        <div class="hl-inset">
            <h2 class="hl-heading-s">{t(lang, "search-help-title")}</h2>
            <ul class="hl-list hl-list--bullet">
                <li>{t(lang, "search-help-words")}</li>
                <li>{t(lang, "search-help-spelling")}</li>
                <li>
                    <a href=format!("/{}/{}", lang.code, crate::rights::library::TOPICS_SEGMENT)>
                        {t(lang, "search-help-browse")}
                    </a>
                </li>
            </ul>
        </div>
    }
}
