//! `/{lang}/rechten-en-plichten/resultaten-controles`: the results of the checks per year,
//! made from the team's own figures for this municipality. Counts below five read "fewer
//! than 5" (see `helder_domain::statistics::public`).

use super::library::{TOPICS_SEGMENT, topic_href};
use crate::{
    i18n::{t, t_args, use_language},
    layout::{Breadcrumbs, PageHeading},
};
use helder_domain::{
    languages::Language,
    queue::Outcome,
    statistics::public::{PublicYear, Shown},
};
use leptos::prelude::*;

/// The address segment of the page, under the information pages.
pub const RESULTS_SLUG: &str = "resultaten-controles";

fn shown(lang: Language, count: Shown) -> String {
    match count {
        Shown::FewerThanFive => t(lang, "results-fewer-than-five"),
        Shown::Count(n) => n.to_string(),
    }
}

fn year_label(lang: Language, year: &PublicYear) -> String {
    if year.so_far {
        t_args(lang, "results-so-far", &[("year", &year.year.to_string())])
    } else {
        year.year.to_string()
    }
}

#[component]
pub fn ResultsPage(years: Vec<PublicYear>) -> impl IntoView {
    let lang = use_language();
    let heading = t(lang, "results-title");
    let rows = years
        .iter()
        .map(|y| {
            let share = y
                .investigated_percent
                .map(|p| format!("{p}%"))
                .unwrap_or_else(|| "–".to_owned());
            view! {
                <tr>
                    <th scope="row">{year_label(lang, y)}</th>
                    <td class="hl-numeric">{shown(lang, y.received)}</td>
                    <td class="hl-numeric">{shown(lang, y.investigated)}</td>
                    <td class="hl-numeric">{share}</td>
                </tr>
            }
        })
        .collect_view();
    let year_heads = years
        .iter()
        .map(|y| view! { <th scope="col" class="hl-numeric">{year_label(lang, y)}</th> })
        .collect_view();
    let outcome_rows = Outcome::ALL
        .iter()
        .map(|outcome| {
            let cells = years
                .iter()
                .map(|y| {
                    let count = y
                        .outcomes
                        .iter()
                        .find(|(o, _)| o == outcome)
                        .map(|(_, n)| *n)
                        .unwrap_or(Shown::FewerThanFive);
                    view! { <td class="hl-numeric">{shown(lang, count)}</td> }
                })
                .collect_view();
            view! {
                <tr>
                    <th scope="row">{t(lang, &format!("results-outcome-{}", outcome.as_str()))}</th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    view! {
        <Breadcrumbs links=vec![
            (format!("/{}/", lang.code), t(lang, "breadcrumbs-home")),
            (format!("/{}/{TOPICS_SEGMENT}", lang.code), t(lang, "topics-title")),
        ] />
        <PageHeading text=heading />
        <p class="hl-lead">{t(lang, "results-lead")}</p>
        <p class="hl-body">{t(lang, "results-privacy")}</p>
        <section class="hl-table-wrap" aria-label=t(lang, "results-table") tabindex="0">
            <table class="hl-table">
                <caption>{t(lang, "results-table")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t(lang, "results-year")}</th>
                        <th scope="col" class="hl-numeric">{t(lang, "results-received")}</th>
                        <th scope="col" class="hl-numeric">{t(lang, "results-investigated")}</th>
                        <th scope="col" class="hl-numeric">{t(lang, "results-share")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </section>
        <h2 class="hl-heading-m">{t(lang, "results-outcomes-title")}</h2>
        <p class="hl-body">{t(lang, "results-outcomes-intro")}</p>
        <section class="hl-table-wrap" aria-label=t(lang, "results-outcomes-table") tabindex="0">
            <table class="hl-table">
                <caption>{t(lang, "results-outcomes-table")}</caption>
                <thead>
                    <tr><th scope="col">{t(lang, "results-outcome")}</th>{year_heads}</tr>
                </thead>
                <tbody>{outcome_rows}</tbody>
            </table>
        </section>
        <p class="hl-body">
            <a href=topic_href(lang, "hoe-wij-controleren")>{t(lang, "results-more")}</a>
            " · "
            <a href=topic_href(lang, "themas-dit-jaar")>{t(lang, "results-themes")}</a>
        </p>
    }
}
