//! The year's key figures for the annual report, the year before beside them: reports, the
//! share investigated, warnings, measures, repayments and fines (total and average), time to
//! the first action and to closing (median and 90th percentile) and what was open at the end
//! of the year; and the chart of how reports came in.

use super::{
    StatisticsView,
    chart::{Bar, BarChart},
    decimal,
};
use crate::i18n::t;
use crate::i18n::t_args;
use helder_domain::{
    languages::Language,
    outcomes::euros_text,
    queue::Outcome,
    statistics::{Money, YearFigures},
};
use leptos::prelude::*;

/// One key figure of a year as text ("–" when there is nothing to show).
fn cells(lang: Language, f: &YearFigures) -> Vec<String> {
    let days = |d: Option<f64>| d.map_or_else(|| "–".to_owned(), |d| decimal(lang, d, 1));
    let count = |o: Outcome| {
        f.by_outcome
            .iter()
            .find(|(k, _)| *k == o)
            .map_or(0, |(_, n)| *n)
            .to_string()
    };
    let money = |m: Money| {
        (
            euros_text(m.total_euros),
            m.average_euros().map_or_else(|| "–".to_owned(), euros_text),
        )
    };
    let (repaid, repaid_average) = money(f.repayments);
    let (fined, fined_average) = money(f.fines);
    vec![
        f.total.to_string(),
        f.investigated_percent()
            .map_or_else(|| "–".to_owned(), |p| format!("{}%", decimal(lang, p, 1))),
        count(Outcome::Warning),
        count(Outcome::Measure),
        repaid,
        repaid_average,
        fined,
        fined_average,
        days(f.first_action.median_days),
        days(f.first_action.p90_days),
        days(f.closing.median_days),
        days(f.closing.p90_days),
        f.open_at_year_end.to_string(),
    ]
}

/// The labels of [`cells`], in the same order (Fluent keys).
const ROWS: [&str; 13] = [
    "team-stats-total",
    "team-stats-key-investigated",
    "team-stats-key-warnings",
    "team-stats-key-measures",
    "team-stats-key-repaid",
    "team-stats-key-repaid-average",
    "team-stats-key-fined",
    "team-stats-key-fined-average",
    "team-stats-key-first-median",
    "team-stats-key-first-p90",
    "team-stats-key-closing-median",
    "team-stats-key-closing-p90",
    "team-stats-key-open",
];

/// The key figures, this year and the year before, as (label, this year, year before).
pub fn key_rows(lang: Language, view: &StatisticsView) -> Vec<(String, String, String)> {
    let now = cells(lang, &view.figures);
    let before = cells(lang, &view.previous);
    ROWS.iter()
        .zip(now.into_iter().zip(before))
        .map(|(key, (a, b))| (t(lang, key), a, b))
        .collect()
}

/// The key figures as a table with the year before in its own column.
pub fn key_figures(lang: Language, view: &StatisticsView) -> impl IntoView + use<> {
    let year = view.figures.year;
    let caption = t_args(lang, "team-stats-key-title", &[("year", &year.to_string())]);
    let label = caption.clone();
    let rows = key_rows(lang, view)
        .into_iter()
        .map(|(label, now, before)| {
            view! {
                <tr>
                    <th scope="row">{label}</th>
                    <td class="hl-numeric">{now}</td>
                    <td class="hl-numeric">{before}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="hl-table-wrap" aria-label=label tabindex="0">
            <table class="hl-table hl-stats-table">
                <caption class="hl-heading-m">{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t(lang, "team-stats-key-figure")}</th>
                        <th scope="col" class="hl-numeric">{year.to_string()}</th>
                        <th scope="col" class="hl-numeric">{(year - 1).to_string()}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </section>
        <p class="hl-body hl-hint">{t(lang, "team-stats-key-help")}</p>
    }
}

/// How the year's reports came in, as a bar chart (the table beside it has the numbers).
pub fn channel_chart(lang: Language, view: &StatisticsView) -> BarChart {
    let f = &view.figures;
    let name = |key: &str| t(lang, &format!("team-channel-{key}"));
    let parts: Vec<String> = f
        .by_channel
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(c, n)| format!("{} {n}", name(c.as_str())))
        .collect();
    let description = t_args(
        lang,
        "team-stats-channel-desc",
        &[
            ("year", &f.year.to_string()),
            ("count", &f.total.to_string()),
            ("parts", &parts.join(", ")),
        ],
    );
    BarChart {
        id: "hl-stats-channels".into(),
        title: t(lang, "team-stats-by-channel"),
        description,
        bars: f
            .by_channel
            .iter()
            .map(|(c, n)| Bar {
                // Short names, so seven labels fit under the bars.
                label: t(lang, &format!("team-channel-short-{}", c.as_str())),
                value: *n,
            })
            .collect(),
    }
}
