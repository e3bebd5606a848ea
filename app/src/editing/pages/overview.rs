//! `/{lang}/team/inhoud`: every page in every language, with its state.

use super::common::{Cell, Tags, content_href, state_tags};
use crate::{
    i18n::{t, t_args, use_language},
    layout::PageHeading,
    staff::team_href,
};
use helder_domain::languages::{LANGUAGES, Language};
use leptos::prelude::*;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OverviewRow {
    pub slug: String,
    pub title: String,
    pub cells: Vec<Cell>,
    /// A variant: the name of the municipality whose readers get it.
    pub variant_for: Option<String>,
    /// The names of the municipalities this page has a variant for.
    pub variants: Vec<String>,
    /// Someone asked to retire it.
    pub retire_requested: bool,
}

/// Which rows the overview shows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum OverviewFilter {
    #[default]
    All,
    /// Rows with an outdated translation (`?verouderd=1`).
    Outdated,
    /// Rows with a published translation no native speaker has checked (`?moedertaal=nee`).
    NativeUnchecked,
}

impl OverviewFilter {
    /// The filter a query asks for; the first known key wins.
    pub fn from_query(has: impl Fn(&str) -> bool) -> OverviewFilter {
        if has("verouderd") {
            OverviewFilter::Outdated
        } else if has("moedertaal") {
            OverviewFilter::NativeUnchecked
        } else {
            OverviewFilter::All
        }
    }

    /// Whether a row with these cells is shown.
    pub fn shows(self, cells: &[Cell]) -> bool {
        match self {
            OverviewFilter::All => true,
            OverviewFilter::Outdated => cells.iter().any(|c| c.outdated),
            OverviewFilter::NativeUnchecked => cells.iter().any(|c| c.native_unchecked),
        }
    }

    fn query(self) -> &'static str {
        match self {
            OverviewFilter::All => "",
            OverviewFilter::Outdated => "?verouderd=1",
            OverviewFilter::NativeUnchecked => "?moedertaal=nee",
        }
    }

    fn label_key(self) -> &'static str {
        match self {
            OverviewFilter::All => "edit-filter-all",
            OverviewFilter::Outdated => "edit-filter-outdated",
            OverviewFilter::NativeUnchecked => "edit-filter-native",
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct OverviewView {
    pub rows: Vec<OverviewRow>,
    pub outdated: usize,
    pub waiting: usize,
    /// Published translations no native speaker has checked yet.
    pub native_unchecked: usize,
    pub filter: OverviewFilter,
    /// Retired pages: (slug, Dutch title), shown apart.
    pub retired: Vec<(String, String)>,
}

/// `/{lang}/team/inhoud`: every page in every language, with its state.
#[component]
pub fn OverviewPage(data: OverviewView) -> impl IntoView {
    let lang = use_language();
    let heading = t(lang, "edit-overview-title");
    let head = LANGUAGES
        .iter()
        .map(|l| view! { <th scope="col" lang=l.code dir=l.dir().as_str()>{l.name}</th> })
        .collect_view();
    let rows = data
        .rows
        .iter()
        .map(|row| overview_row(lang, row))
        .collect_view();
    // The other views of the table; the one shown is named, not linked.
    let filters = [
        OverviewFilter::All,
        OverviewFilter::Outdated,
        OverviewFilter::NativeUnchecked,
    ]
    .into_iter()
    .map(|f| {
        let label = t(lang, f.label_key());
        let link = if f == data.filter {
            view! { <strong aria-current="page">{label}</strong> }.into_any()
        } else {
            view! { <a href=format!("{}{}", team_href(lang, "inhoud"), f.query())>{label}</a> }
                .into_any()
        };
        view! { {link} " · " }
    })
    .collect_view();
    view! {
        <PageHeading text=heading />
        <p class="hl-body">
            {t_args(lang, "edit-overview-counts", &[("outdated", &data.outdated.to_string()), ("waiting", &data.waiting.to_string())])}
            " "
            {t_args(lang, "edit-overview-native-count", &[("count", &data.native_unchecked.to_string())])}
        </p>
        <p class="hl-body">
            <a class="hl-button" href=team_href(lang, "inhoud/nieuw")>{t(lang, "edit-new-link")}</a>
        </p>
        <p class="hl-body">
            {filters} <a href=team_href(lang, "vaste-teksten")>{t(lang, "edit-snippets-title")}</a>
            " · " <a href="#buiten-gebruik">{t(lang, "edit-retired-title")}</a>
        </p>
        <section class="hl-table-wrap" aria-label=t(lang, "edit-overview-table") tabindex="0">
            <table class="hl-table hl-overview-table">
                <caption class="hl-visually-hidden">{t(lang, "edit-overview-table")}</caption>
                <thead>
                    <tr><th scope="col">{t(lang, "edit-column-page")}</th>{head}</tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </section>
        <RetiredPages pages=data.retired.clone() />
    }
}

/// Retired pages, apart from the table: each links to its Dutch page (to bring it back).
#[component]
fn RetiredPages(pages: Vec<(String, String)>) -> impl IntoView {
    let lang = use_language();
    let body = if pages.is_empty() {
        view! { <p class="hl-body">{t(lang, "edit-retired-none")}</p> }.into_any()
    } else {
        let items = pages
            .into_iter()
            .map(|(slug, title)| {
                let href = content_href(lang, &slug, Language::default_language(), "");
                view! { <li><a href=href>{title}</a> " (" {slug} ")"</li> }
            })
            .collect_view();
        view! { <ul class="hl-list">{items}</ul> }.into_any()
    };
    view! {
        <h2 class="hl-heading-m" id="buiten-gebruik">{t(lang, "edit-retired-title")}</h2>
        {body}
    }
}

/// A page: its title, then its state in every language, each linking to that language.
fn overview_row(lang: Language, row: &OverviewRow) -> impl IntoView + use<> {
    let cells = row
        .cells
        .iter()
        .map(|cell| {
            let href = content_href(lang, &row.slug, cell.lang, "");
            let tags = state_tags(lang, cell);
            view! { <td><a class="hl-cell-link" href=href><Tags tags /></a></td> }
        })
        .collect_view();
    let marker = match (&row.variant_for, row.variants.is_empty()) {
        (Some(name), _) => Some(t_args(lang, "edit-variant-for", &[("municipality", name)])),
        (None, false) => Some(t_args(
            lang,
            "edit-variants-marker",
            &[("names", &row.variants.join(", "))],
        )),
        (None, true) => None,
    };
    let marker = marker.map(|text| view! { <br /><span class="hl-tag">{text}</span> });
    let retiring = row
        .retire_requested
        .then(|| view! { <br /><span class="hl-tag hl-tag--orange">{t(lang, "edit-retire-requested-tag")}</span> });
    view! {
        <tr>
            <th scope="row">
                <a href=content_href(lang, &row.slug, Language::default_language(), "")>{row.title.clone()}</a>
                {marker}
                {retiring}
            </th>
            {cells}
        </tr>
    }
}
