//! The statistics for the team's leads: the page, the bar chart ([`chart`]) and the CSV export
//! ([`csv`]) present [`StatisticsView`]; the figures themselves are tallied in
//! [`helder_domain::statistics`]. The server checks the role and loads the data.

pub mod annual;
pub mod chart;
pub mod csv;
pub mod pages;

use crate::i18n::t;
use helder_domain::{languages::Language, statistics::YearFigures};

/// The URL segment of the statistics page, under `/{lang}/team/`.
pub const STATISTICS_SEGMENT: &str = "statistiek";
/// The query parameter that chooses the year.
pub const YEAR_PARAM: &str = "jaar";

/// What the statistics page and the CSV export show.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StatisticsView {
    pub figures: YearFigures,
    /// The year before, for comparison (the same municipality or all together).
    pub previous: YearFigures,
    /// The years to choose from, newest first.
    pub years: Vec<i32>,
    /// Count per kind, labelled in the page's language, in questionnaire order (see
    /// [`helder_domain::statistics::label_kinds`]).
    pub kinds: Vec<(String, i64)>,
    /// The organisation's municipalities and the one whose figures these are (`None`: all
    /// together).
    pub municipalities: crate::staff::Municipalities,
}

/// A number with `decimals` decimals, with a decimal comma in Dutch.
pub fn decimal(lang: Language, value: f64, decimals: usize) -> String {
    let text = format!("{value:.decimals$}");
    if lang.code == "nl" {
        text.replace('.', ",")
    } else {
        text
    }
}

/// The month's short name (for the chart) or full name.
pub fn month_name(lang: Language, month: usize, short: bool) -> String {
    let key = if short {
        format!("team-month-short-{month}")
    } else {
        format!("team-month-{month}")
    };
    t(lang, &key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dutch_writes_a_decimal_comma() {
        let nl = Language::from_code("nl").expect("nl");
        let en = Language::from_code("en").expect("en");
        assert_eq!(decimal(nl, 2.26, 1), "2,3");
        assert_eq!(decimal(en, 2.35, 1), "2.4");
        assert_eq!(decimal(nl, 40.0, 1), "40,0");
    }
}
