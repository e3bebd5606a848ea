//! The statistics as a CSV file for a spreadsheet.
//!
//! Choices, for Excel with Dutch settings (what the municipality uses):
//! - UTF-8 with a byte-order mark: without it Excel reads the file as Windows-1252 and
//!   "geëxporteerd" turns into "geÃ«xporteerd".
//! - A semicolon between fields: Dutch Excel expects it (the comma is the decimal sign there),
//!   so a double click opens the file in columns. Decimals use the page's decimal sign.
//! - Otherwise RFC 4180: CRLF line ends, a field with the separator, a quote or a line break is
//!   put in double quotes and its quotes are doubled.
//! - A field that starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading
//!   apostrophe, so a spreadsheet never runs it as a formula (CSV injection; OWASP).

use super::{StatisticsView, decimal, month_name};
use crate::{
    i18n::{Language, t},
    queue::pages::status_text,
};

pub const BOM: char = '\u{feff}';
pub const SEPARATOR: char = ';';

/// One field, neutralised and quoted where needed.
pub fn cell(value: &str) -> String {
    let neutral = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_owned()
    };
    if neutral.contains([SEPARATOR, '"', '\r', '\n']) {
        format!("\"{}\"", neutral.replace('"', "\"\""))
    } else {
        neutral
    }
}

/// Appends one record with its CRLF.
pub fn push_row<S: AsRef<str>>(out: &mut String, cells: &[S]) {
    let row: Vec<String> = cells.iter().map(|c| cell(c.as_ref())).collect();
    out.push_str(&row.join(&SEPARATOR.to_string()));
    out.push_str("\r\n");
}

/// The file name offered for download, e.g. `helder-cijfers-2026.csv`.
pub fn file_name(lang: Language, year: i32) -> String {
    format!("{}-{year}.csv", t(lang, "team-stats-csv-file"))
}

/// The whole file: a header, then one record per figure as section; item; value.
pub fn statistics_csv(lang: Language, view: &StatisticsView) -> String {
    let f = &view.figures;
    let mut out = String::from(BOM);
    let section = |key: &str| t(lang, key);
    push_row(
        &mut out,
        &[
            section("team-stats-csv-section"),
            section("team-stats-csv-item"),
            section("team-stats-csv-value"),
        ],
    );
    push_row(
        &mut out,
        &[
            section("team-stats-year"),
            String::new(),
            f.year.to_string(),
        ],
    );
    push_row(
        &mut out,
        &[
            section("team-stats-total"),
            String::new(),
            f.total.to_string(),
        ],
    );
    for (i, count) in f.by_month.iter().enumerate() {
        push_row(
            &mut out,
            &[
                section("team-stats-by-month"),
                month_name(lang, i + 1, false),
                count.to_string(),
            ],
        );
    }
    for (label, count) in &view.kinds {
        push_row(
            &mut out,
            &[
                section("team-stats-by-kind"),
                label.clone(),
                count.to_string(),
            ],
        );
    }
    for (status, count) in &f.by_status {
        push_row(
            &mut out,
            &[
                section("team-stats-by-status"),
                status_text(lang, *status),
                count.to_string(),
            ],
        );
    }
    for (outcome, count) in &f.by_outcome {
        let label = t(lang, &format!("team-outcome-{}", outcome.as_str()));
        push_row(
            &mut out,
            &[section("team-stats-by-outcome"), label, count.to_string()],
        );
    }
    let optional = |value: Option<f64>| value.map(|v| decimal(lang, v, 1)).unwrap_or_default();
    push_row(
        &mut out,
        &[
            section("team-stats-investigated"),
            section("team-stats-csv-reports"),
            f.investigated.to_string(),
        ],
    );
    push_row(
        &mut out,
        &[
            section("team-stats-investigated"),
            section("team-stats-csv-percent"),
            optional(f.investigated_percent()),
        ],
    );
    let first = &f.first_action;
    push_row(
        &mut out,
        &[
            section("team-stats-first-action"),
            section("team-stats-csv-reports"),
            first.reports.to_string(),
        ],
    );
    push_row(
        &mut out,
        &[
            section("team-stats-first-action"),
            section("team-stats-median-days"),
            optional(first.median_days),
        ],
    );
    push_row(
        &mut out,
        &[
            section("team-stats-first-action"),
            section("team-stats-average-days"),
            optional(first.average_days),
        ],
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::statistics::{FirstAction, YearFigures};

    #[test]
    fn plain_fields_stay_as_they_are() {
        assert_eq!(cell("Werk"), "Werk");
        assert_eq!(cell("12"), "12");
        assert_eq!(
            cell("2,5"),
            "2,5",
            "a decimal comma needs no quotes with ; as separator"
        );
        assert_eq!(cell(""), "");
    }

    #[test]
    fn fields_with_separator_quote_or_line_break_are_quoted() {
        assert_eq!(cell("a;b"), "\"a;b\"");
        assert_eq!(cell("zegt \"alleen\""), "\"zegt \"\"alleen\"\"\"");
        assert_eq!(cell("two\nlines"), "\"two\nlines\"");
        assert_eq!(cell("cr\r"), "\"cr\r\"");
    }

    #[test]
    fn formulas_are_neutralised() {
        assert_eq!(cell("=1+1"), "'=1+1");
        assert_eq!(cell("+31 6"), "'+31 6");
        assert_eq!(cell("-2"), "'-2");
        assert_eq!(cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(cell("\tx"), "'\tx");
        assert_eq!(
            cell("=HYPERLINK(\"x\";\"y\")"),
            "\"'=HYPERLINK(\"\"x\"\";\"\"y\"\")\""
        );
        assert_eq!(cell("a=b"), "a=b", "only a leading sign counts");
    }

    #[test]
    fn rows_end_in_crlf() {
        let mut out = String::new();
        push_row(&mut out, &["a", "b;c", "1"]);
        assert_eq!(out, "a;\"b;c\";1\r\n");
    }

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
                },
                ..YearFigures::default()
            },
            years: vec![2026],
            kinds: vec![("=Werk".into(), 3)],
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
        // header + year + total + 12 months + 1 kind + 3 investigation/first-action pairs
        assert_eq!(lines.len() - 1, 3 + 12 + 1 + 5);
    }
}
