//! `/{lang}/team/statistiek`: the figures of one year as tables and a bar chart, a year
//! selector (a plain GET form) and a link to the CSV export. Only for leads; the server checks.

use super::{
    StatisticsView, YEAR_PARAM, annual,
    chart::{Bar, BarChart},
    decimal, month_name,
};
use crate::layout::FormGroup;
use crate::{
    i18n::{t, t_args, use_language},
    layout::{PageHeading, PrintButton},
    queue::pages::status_text,
    staff::{Municipalities, MunicipalitySelect, team_href},
};
use helder_domain::{languages::Language, outcomes::euros_text, statistics::YearFigures};
use leptos::prelude::*;

/// `/{lang}/team/statistiek.csv?[gemeente=…&]jaar=…`
pub fn csv_href(lang: Language, year: i32, municipalities: &Municipalities) -> String {
    format!(
        "{}.csv?{}{YEAR_PARAM}={year}",
        team_href(lang, super::STATISTICS_SEGMENT),
        municipalities.query_prefix()
    )
}

/// The chart of reports per month, with a description that says what it shows.
pub fn month_chart(lang: Language, view: &StatisticsView) -> BarChart {
    let f = &view.figures;
    let busiest = f
        .by_month
        .iter()
        .enumerate()
        .max_by_key(|(i, n)| (**n, std::cmp::Reverse(*i)))
        .filter(|(_, n)| **n > 0);
    let mut description = t_args(
        lang,
        "team-stats-chart-desc",
        &[
            ("year", &f.year.to_string()),
            ("count", &f.total.to_string()),
        ],
    );
    if let Some((i, n)) = busiest {
        description.push(' ');
        description.push_str(&t_args(
            lang,
            "team-stats-chart-busiest",
            &[
                ("month", &month_name(lang, i + 1, false)),
                ("count", &n.to_string()),
            ],
        ));
    }
    BarChart {
        id: "hl-stats-months".into(),
        title: t_args(
            lang,
            "team-stats-by-month-title",
            &[("year", &f.year.to_string())],
        ),
        description,
        bars: f
            .by_month
            .iter()
            .enumerate()
            .map(|(i, n)| Bar {
                label: month_name(lang, i + 1, true),
                value: *n,
            })
            .collect(),
    }
}

/// A table of label and count, with a caption as its heading.
fn count_table(
    caption: String,
    label_header: String,
    rows: Vec<(String, i64)>,
    lang: Language,
) -> impl IntoView {
    let rows = rows
        .into_iter()
        .map(|(label, count)| {
            view! {
                <tr>
                    <th scope="row">{label}</th>
                    <td class="hl-numeric">{count}</td>
                </tr>
            }
        })
        .collect_view();
    let label = caption.clone();
    view! {
        <section class="hl-table-wrap" aria-label=label tabindex="0">
            <table class="hl-table hl-stats-table">
                <caption class="hl-heading-m">{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{label_header}</th>
                        <th scope="col" class="hl-numeric">{t(lang, "team-stats-count")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </section>
    }
}

#[component]
pub fn StatisticsPage(data: StatisticsView) -> impl IntoView {
    let lang = use_language();
    let f = data.figures.clone();
    let year = f.year.to_string();
    let heading = t_args(lang, "team-stats-title", &[("year", &year)]);
    let svg = month_chart(lang, &data).to_svg();
    let channels_svg = annual::channel_chart(lang, &data).to_svg();
    view! {
        <PageHeading text=heading />
        {year_form(lang, &data)}
        {whose(lang, &data.municipalities)}
        <p class="hl-body hl-stats-links">
            <a href=csv_href(lang, f.year, &data.municipalities)>{t_args(lang, "team-stats-download", &[("year", &year)])}</a>
        </p>
        <PrintButton label=t(lang, "team-stats-print") />
        {summary(lang, &f)}
        <p class="hl-body hl-hint">{t(lang, "team-stats-investigated-help")}</p>
        {annual::key_figures(lang, &data)}
        <figure class="hl-stats-figure">
            <div class="hl-chart-box" inner_html=channels_svg></div>
            <figcaption class="hl-hint">{t(lang, "team-stats-chart-caption")}</figcaption>
        </figure>
        <h2 class="hl-heading-m">{t_args(lang, "team-stats-by-month-title", &[("year", &year)])}</h2>
        <figure class="hl-stats-figure">
            <div class="hl-chart-box" inner_html=svg></div>
            <figcaption class="hl-hint">{t(lang, "team-stats-chart-caption")}</figcaption>
        </figure>
        {count_tables(lang, &f, data.kinds.clone())}
    }
    .into_any()
}

/// Whose figures these are, when the organisation serves several municipalities.
fn whose(lang: Language, m: &Municipalities) -> Option<impl IntoView + use<>> {
    m.several().then(|| {
        let text = match m.selected.as_deref().and_then(|id| m.name(id)) {
            Some(name) => t_args(
                lang,
                "team-stats-of-municipality",
                &[("municipality", &name)],
            ),
            None => t(lang, "team-stats-of-all"),
        };
        view! { <p class="hl-body" role="status"><strong>{text}</strong></p> }
    })
}

/// The year selector (and the municipality, if there are several): a plain GET form.
fn year_form(lang: Language, data: &StatisticsView) -> impl IntoView + use<> {
    let shown = data.figures.year;
    let options = data
        .years
        .iter()
        .map(
            |y| view! { <option value=y.to_string() selected=*y == shown>{y.to_string()}</option> },
        )
        .collect_view();
    view! {
        <form class="hl-filter hl-stats-year" method="get" action=team_href(lang, super::STATISTICS_SEGMENT)>
            <FormGroup id="jaar" label=t(lang, "team-stats-year")>
                <select class="hl-select" id="jaar" name=YEAR_PARAM>{options}</select>
            </FormGroup>
            <MunicipalitySelect municipalities=data.municipalities.clone() />
            <button class="hl-button hl-button--secondary" type="submit">{t(lang, "team-stats-show")}</button>
        </form>
    }
}

/// The year in three figures: reports, how many were investigated, time to the first action.
fn summary(lang: Language, f: &YearFigures) -> impl IntoView + use<> {
    let investigated = match f.investigated_percent() {
        Some(percent) => t_args(
            lang,
            "team-stats-investigated-text",
            &[
                ("count", &f.investigated.to_string()),
                ("total", &f.total.to_string()),
                ("percent", &decimal(lang, percent, 1)),
            ],
        ),
        None => t(lang, "team-stats-none"),
    };
    let first = &f.first_action;
    let first_action = match (first.median_days, first.average_days) {
        (Some(median), Some(average)) => t_args(
            lang,
            "team-stats-first-action-text",
            &[
                ("median", &decimal(lang, median, 1)),
                ("average", &decimal(lang, average, 1)),
                ("count", &first.reports.to_string()),
            ],
        ),
        _ => t(lang, "team-stats-first-action-none"),
    };
    view! {
        <dl class="hl-stats-summary">
            <div class="hl-stats-summary__item">
                <dt>{t(lang, "team-stats-total")}</dt>
                <dd>{f.total}</dd>
            </div>
            <div class="hl-stats-summary__item">
                <dt>{t(lang, "team-stats-investigated")}</dt>
                <dd>{investigated}</dd>
            </div>
            <div class="hl-stats-summary__item">
                <dt>{t(lang, "team-stats-first-action")}</dt>
                <dd>{first_action}</dd>
            </div>
        </dl>
    }
}

/// The counts per month, kind, status and outcome, each as a table.
fn count_tables(
    lang: Language,
    f: &YearFigures,
    kinds: Vec<(String, i64)>,
) -> impl IntoView + use<> {
    let months = f
        .by_month
        .iter()
        .enumerate()
        .map(|(i, n)| (month_name(lang, i + 1, false), *n))
        .collect();
    let statuses = f
        .by_status
        .iter()
        .map(|(s, n)| (status_text(lang, *s), *n))
        .collect();
    let outcomes = f
        .by_outcome
        .iter()
        .map(|(o, n)| (t(lang, &format!("team-outcome-{}", o.as_str())), *n))
        .collect();
    let channels = f
        .by_channel
        .iter()
        .map(|(c, n)| (t(lang, &format!("team-channel-{}", c.as_str())), *n))
        .collect();
    let money = [
        ("team-stats-repayments", f.repayments),
        ("team-stats-fines", f.fines),
    ]
    .into_iter()
    .map(|(key, m)| {
        let average = m
            .average_euros()
            .map(euros_text)
            .unwrap_or_else(|| "–".to_owned());
        view! {
            <tr>
                <th scope="row">{t(lang, key)}</th>
                <td class="hl-numeric">{euros_text(m.total_euros)}</td>
                <td class="hl-numeric">{average}</td>
                <td class="hl-numeric">{m.reports}</td>
            </tr>
        }
    })
    .collect_view();
    let money_caption = t(lang, "team-stats-money");
    let money_label = money_caption.clone();
    view! {
        {count_table(t(lang, "team-stats-by-channel"), t(lang, "team-channel"), channels, lang)}
        {count_table(t(lang, "team-stats-by-month"), t(lang, "team-stats-month"), months, lang)}
        {count_table(t(lang, "team-stats-by-kind"), t(lang, "team-kinds"), kinds, lang)}
        <p class="hl-body hl-hint">{t(lang, "team-stats-kinds-help")}</p>
        {count_table(t(lang, "team-stats-by-status"), t(lang, "team-status"), statuses, lang)}
        <p class="hl-body hl-hint">{t(lang, "team-stats-status-help")}</p>
        {count_table(t(lang, "team-stats-by-outcome"), t(lang, "team-outcome"), outcomes, lang)}
        <p class="hl-body hl-hint">{t(lang, "team-stats-outcome-help")}</p>
        <section class="hl-table-wrap" aria-label=money_label tabindex="0">
            <table class="hl-table hl-stats-table">
                <caption class="hl-heading-m">{money_caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t(lang, "team-outcome")}</th>
                        <th scope="col" class="hl-numeric">{t(lang, "team-stats-money-total")}</th>
                        <th scope="col" class="hl-numeric">{t(lang, "team-stats-average")}</th>
                        <th scope="col" class="hl-numeric">{t(lang, "team-stats-with-amount")}</th>
                    </tr>
                </thead>
                <tbody>{money}</tbody>
            </table>
        </section>
    }
}
