//! The statistics as a CSV file for a spreadsheet, labelled in the page's language; the
//! format's rules (BOM, separator, quoting, no formulas) are in
//! [`helder_domain::statistics::csv`].

use super::{StatisticsView, decimal, month_name};
use crate::{
    i18n::{t, t_args},
    queue::pages::status_text,
};
use helder_domain::{
    languages::Language,
    statistics::csv::{BOM, push_row},
};

/// The file name offered for download, e.g. `helder-cijfers-2026.csv`.
pub fn file_name(lang: Language, year: i32, municipality: Option<&str>) -> String {
    match municipality {
        Some(id) => format!("{}-{id}-{year}.csv", t(lang, "team-stats-csv-file")),
        None => format!("{}-{year}.csv", t(lang, "team-stats-csv-file")),
    }
}

/// The whole file: a header, then one record per figure as section; item; value.
pub fn statistics_csv(lang: Language, view: &StatisticsView) -> String {
    let mut out = String::from(BOM);
    for row in records(lang, view) {
        push_row(&mut out, &row);
    }
    out
}

/// The name of the municipality the figures are of; `None` for all together.
fn whose(view: &StatisticsView) -> Option<String> {
    let m = &view.municipalities;
    m.selected.as_deref().and_then(|id| m.name(id))
}

/// The header and every figure, in the order of the page.
fn records(lang: Language, view: &StatisticsView) -> Vec<[String; 3]> {
    let f = &view.figures;
    let section = |key: &str| t(lang, key);
    let optional = |value: Option<f64>| value.map(|v| decimal(lang, v, 1)).unwrap_or_default();
    let mut rows = vec![
        [
            section("team-stats-csv-section"),
            section("team-stats-csv-item"),
            section("team-stats-csv-value"),
        ],
        [
            section("team-stats-year"),
            String::new(),
            f.year.to_string(),
        ],
        [
            section("team-municipality"),
            String::new(),
            whose(view).unwrap_or_else(|| section("team-municipality-all")),
        ],
        [
            section("team-stats-total"),
            String::new(),
            f.total.to_string(),
        ],
    ];
    rows.extend(f.by_month.iter().enumerate().map(|(i, count)| {
        [
            section("team-stats-by-month"),
            month_name(lang, i + 1, false),
            count.to_string(),
        ]
    }));
    rows.extend(view.kinds.iter().map(|(label, count)| {
        [
            section("team-stats-by-kind"),
            label.clone(),
            count.to_string(),
        ]
    }));
    rows.extend(f.by_status.iter().map(|(status, count)| {
        [
            section("team-stats-by-status"),
            status_text(lang, *status),
            count.to_string(),
        ]
    }));
    rows.extend(f.by_outcome.iter().map(|(outcome, count)| {
        let label = t(lang, &format!("team-outcome-{}", outcome.as_str()));
        [section("team-stats-by-outcome"), label, count.to_string()]
    }));
    // The key figures of this year and the year before, as on the page.
    let key = |year: i32| t_args(lang, "team-stats-key-csv", &[("year", &year.to_string())]);
    for (label, now, before) in super::annual::key_rows(lang, view) {
        rows.push([key(f.year), label.clone(), now]);
        rows.push([key(f.year - 1), label, before]);
    }
    rows.extend(f.by_channel.iter().map(|(channel, count)| {
        let label = t(lang, &format!("team-channel-{}", channel.as_str()));
        [section("team-stats-by-channel"), label, count.to_string()]
    }));
    // Amounts in whole euros, without separators (a spreadsheet reads them as numbers).
    for (key, money) in [
        ("team-stats-repayments", f.repayments),
        ("team-stats-fines", f.fines),
    ] {
        rows.extend([
            [
                t(lang, key),
                section("team-stats-money-total"),
                money.total_euros.to_string(),
            ],
            [
                t(lang, key),
                section("team-stats-average"),
                money
                    .average_euros()
                    .map(|e| e.to_string())
                    .unwrap_or_default(),
            ],
            [
                t(lang, key),
                section("team-stats-with-amount"),
                money.reports.to_string(),
            ],
        ]);
    }
    let investigated = section("team-stats-investigated");
    let first_action = section("team-stats-first-action");
    let first = &f.first_action;
    rows.extend([
        [
            investigated.clone(),
            section("team-stats-csv-reports"),
            f.investigated.to_string(),
        ],
        [
            investigated,
            section("team-stats-csv-percent"),
            optional(f.investigated_percent()),
        ],
        [
            first_action.clone(),
            section("team-stats-csv-reports"),
            first.reports.to_string(),
        ],
        [
            first_action.clone(),
            section("team-stats-median-days"),
            optional(first.median_days),
        ],
        [
            first_action,
            section("team-stats-average-days"),
            optional(first.average_days),
        ],
    ]);
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use helder_domain::statistics::{FirstAction, YearFigures};

    #[test]
    fn the_file_starts_with_a_bom_and_holds_every_figure() {
        let nl = Language::from_code("nl").expect("nl");
        let mut by_month = [0; 12];
        by_month[2] = 3;
        let view = StatisticsView {
            figures: YearFigures {
                year: 2026,
                total: 3,
                by_month,
                investigated: 1,
                first_action: FirstAction {
                    reports: 2,
                    median_days: Some(1.5),
                    average_days: Some(1.5),
                    p90_days: Some(2.0),
                },
                ..YearFigures::default()
            },
            previous: YearFigures {
                year: 2025,
                total: 7,
                ..YearFigures::default()
            },
            years: vec![2026],
            kinds: vec![("=Werk".into(), 3)],
            municipalities: crate::staff::Municipalities {
                choices: vec![
                    ("haarlem".into(), "Gemeente Haarlem".into()),
                    ("zandvoort".into(), "Gemeente Zandvoort".into()),
                ],
                selected: Some("zandvoort".into()),
            },
        };
        let csv = statistics_csv(nl, &view);
        assert!(csv.starts_with('\u{feff}'));
        let lines: Vec<&str> = csv.trim_start_matches(BOM).split("\r\n").collect();
        assert_eq!(lines.last(), Some(&""), "the last record ends in CRLF too");
        assert!(lines.iter().all(|l| !l.contains('\n')));
        assert!(lines.contains(&"Soort melding;'=Werk;3"), "{lines:?}");
        assert!(lines.iter().any(|l| l.ends_with(";maart;3")), "{lines:?}");
        assert!(lines.iter().any(|l| l.ends_with(";33,3")), "{lines:?}");
        assert!(lines.iter().any(|l| l.ends_with(";1,5")), "{lines:?}");
        // The key figures of both years.
        assert!(
            lines.contains(&"Kerncijfers 2026;Dagen tot de eerste actie (9 van de 10 binnen);2,0"),
            "{lines:?}"
        );
        assert!(
            lines.contains(&"Kerncijfers 2025;Meldingen ontvangen;7"),
            "{lines:?}"
        );
        assert!(lines.contains(&"Gemeente;;Gemeente Zandvoort"), "{lines:?}");
        // header + year + municipality + total + 12 months + 1 kind + 3 investigation/first-action
        // pairs + 13 key figures for each of two years + total, average and count of repayments
        // and of fines
        assert_eq!(lines.len() - 1, 4 + 12 + 1 + 5 + 13 * 2 + 3 * 2);
    }
}
