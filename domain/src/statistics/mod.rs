//! Figures for the annual report (Almere §5, Bunschoten §2.2): reports by kind, month, status
//! and outcome, the share that led to an investigation, and the time to the first action.
//! The database counts reports per month, per group of status and outcome ([`GroupCount`]) and
//! per kind; [`tally`] turns those into the figures of one year. [`csv`] holds the
//! rules of the exported file.

pub mod csv;
pub mod public;

use crate::queue::{Outcome, Status};
use crate::report::channel::Channel;
use chrono::{DateTime, TimeZone, Utc};

/// Reports of the year with the same status, as the database counts them, split by whether
/// they were closed with an outcome that has consequences (anything but "no action").
#[derive(Debug, Clone, PartialEq)]
pub struct GroupCount {
    pub status: Status,
    pub acted: bool,
    pub reports: i64,
    /// Of those, how many have a first action.
    pub with_first_action: i64,
    /// Sum of the days from receipt to first action over those.
    pub first_action_days: f64,
}

/// Whether a report counts as having led to an investigation: the team put it on the orange
/// track (intensive check by protocol) or the red track (Sociale Recherche), or closed it with
/// an outcome other than "no action" (`acted`: a warning, repayment, fine, measure, benefit
/// ended, criminal report or referral). A report keeps only its latest status, so one that was
/// orange once but was closed with "no action" is not counted.
pub fn led_to_investigation(status: Status, acted: bool) -> bool {
    match status {
        Status::Orange | Status::Red => true,
        Status::Closed => acted,
        _ => false,
    }
}

/// Closed reports of the year with one outcome, as the database counts them (a report with
/// two outcomes counts under both), with the amounts of repayments and fines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OutcomeCount {
    pub outcome: Outcome,
    pub reports: i64,
    /// The sum of the amounts (whole euros) and over how many reports (closed before amounts
    /// were asked, a report has none).
    pub euros: i64,
    pub with_euros: i64,
}

/// The money of one outcome (repayment or fine) in a year.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Money {
    pub total_euros: i64,
    /// Reports with an amount (the average is over these).
    pub reports: i64,
}

impl Money {
    /// The average in whole euros, rounded; None without amounts.
    pub fn average_euros(self) -> Option<i64> {
        (self.reports > 0).then(|| (self.total_euros as f64 / self.reports as f64).round() as i64)
    }
}

/// Time from receipt to the first action, over the reports that had one.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct FirstAction {
    pub reports: i64,
    pub median_days: Option<f64>,
    pub average_days: Option<f64>,
    /// Nine in ten had their first action within this many days.
    pub p90_days: Option<f64>,
}

/// Days from receipt to some moment (closing), over the reports that reached it.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Durations {
    pub reports: i64,
    pub median_days: Option<f64>,
    pub p90_days: Option<f64>,
}

impl Durations {
    /// From every duration (in days); reorders them.
    pub fn of(days: &mut [f64]) -> Durations {
        Durations {
            reports: days.len() as i64,
            median_days: median(days),
            p90_days: percentile(days, 90),
        }
    }
}

/// The figures of one year.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct YearFigures {
    pub year: i32,
    /// Reports received in the year.
    pub total: i64,
    /// Reports per month, January first.
    pub by_month: [i64; 12],
    /// Per kind id, sorted by id. A report with several kinds counts under each of them.
    pub by_kind: Vec<(String, i64)>,
    /// Every status in workflow order, zeros included (the status today).
    pub by_status: Vec<(Status, i64)>,
    /// Every outcome, zeros included, over the closed reports (a report with several
    /// outcomes counts under each).
    pub by_outcome: Vec<(Outcome, i64)>,
    /// Repayments and fines: total and average amount.
    pub repayments: Money,
    pub fines: Money,
    /// Every channel, zeros included: how the year's reports came in.
    pub by_channel: Vec<(Channel, i64)>,
    /// Time from receipt to closing, over the year's reports that were closed.
    pub closing: Durations,
    /// Reports still open at the end of the year (received in it or before); for the
    /// current year: open now.
    pub open_at_year_end: i64,
    /// See [`led_to_investigation`].
    pub investigated: i64,
    pub first_action: FirstAction,
}

impl YearFigures {
    /// The share that led to an investigation, in percent of all reports of the year.
    pub fn investigated_percent(&self) -> Option<f64> {
        (self.total > 0).then(|| self.investigated as f64 * 100.0 / self.total as f64)
    }
}

/// Adds up the groups of one year. The counts per month, per kind (`(kind id, reports)`; a
/// report with several kinds counts under each, an id may come more than once) and
/// `median_days` come from the database separately (a median cannot be added up from groups).
pub fn tally(
    year: i32,
    by_month: [i64; 12],
    groups: &[GroupCount],
    by_kind: &[(String, i64)],
    by_outcome: &[OutcomeCount],
    median_days: Option<f64>,
) -> YearFigures {
    let mut figures = YearFigures {
        year,
        by_month,
        by_status: Status::ALL.iter().map(|s| (*s, 0)).collect(),
        by_outcome: Outcome::ALL.iter().map(|o| (*o, 0)).collect(),
        ..YearFigures::default()
    };
    let mut kinds = std::collections::BTreeMap::<String, i64>::new();
    for (kind, reports) in by_kind {
        *kinds.entry(kind.clone()).or_default() += reports;
    }
    let mut days = 0.0;
    for group in groups {
        figures.total += group.reports;
        if let Some(slot) = figures
            .by_status
            .iter_mut()
            .find(|(s, _)| *s == group.status)
        {
            slot.1 += group.reports;
        }
        if led_to_investigation(group.status, group.acted) {
            figures.investigated += group.reports;
        }
        figures.first_action.reports += group.with_first_action;
        days += group.first_action_days;
    }
    figures.by_kind = kinds.into_iter().collect();
    for count in by_outcome {
        if let Some(slot) = figures
            .by_outcome
            .iter_mut()
            .find(|(o, _)| *o == count.outcome)
        {
            slot.1 += count.reports;
        }
        let money = match count.outcome {
            Outcome::Repayment => &mut figures.repayments,
            Outcome::Fine => &mut figures.fines,
            _ => continue,
        };
        money.total_euros += count.euros;
        money.reports += count.with_euros;
    }
    if figures.first_action.reports > 0 {
        figures.first_action.average_days = Some(days / figures.first_action.reports as f64);
        figures.first_action.median_days = median_days;
    }
    figures
}

/// Every channel in order with its count (zeros included), from the database's counts.
pub fn channel_counts(counted: &[(Channel, i64)]) -> Vec<(Channel, i64)> {
    Channel::ALL
        .into_iter()
        .map(|c| {
            let n = counted
                .iter()
                .filter(|(k, _)| *k == c)
                .map(|(_, n)| n)
                .sum();
            (c, n)
        })
        .collect()
}

/// The `p`th percentile by the nearest-rank method: the smallest value with at least `p`
/// percent of the values at or below it. None without values. Reorders `values`.
pub fn percentile(values: &mut [f64], p: u8) -> Option<f64> {
    let n = values.len();
    if n == 0 {
        return None;
    }
    let rank = (usize::from(p.min(100)) * n).div_ceil(100).max(1);
    let (_, value, _) = values.select_nth_unstable_by(rank - 1, f64::total_cmp);
    Some(*value)
}

/// The median: the middle value, or the mean of the two middle values; None without values.
/// Reorders `values` (a selection, not a full sort).
pub fn median(values: &mut [f64]) -> Option<f64> {
    let n = values.len();
    if n == 0 {
        return None;
    }
    let (below, middle, _) = values.select_nth_unstable_by(n / 2, f64::total_cmp);
    let upper = *middle;
    if n % 2 == 1 {
        return Some(upper);
    }
    // The other middle value is the largest of the lower half.
    let lower = below
        .iter()
        .copied()
        .max_by(f64::total_cmp)
        .unwrap_or(upper);
    Some((lower + upper) / 2.0)
}

/// The starts of the twelve months of `year` in time zone `tz`, and the start of the next
/// year: thirteen moments that split the year into months. None for a year chrono cannot
/// represent.
pub fn month_starts<Tz: TimeZone>(year: i32, tz: &Tz) -> Option<[DateTime<Utc>; 13]> {
    let mut starts = [DateTime::<Utc>::MIN_UTC; 13];
    for (i, slot) in starts.iter_mut().enumerate() {
        let (y, m) = if i == 12 {
            (year.checked_add(1)?, 1)
        } else {
            (year, i as u32 + 1)
        };
        let midnight = chrono::NaiveDate::from_ymd_opt(y, m, 1)?.and_hms_opt(0, 0, 0)?;
        // `earliest`: a midnight that falls in a daylight-saving gap does not exist.
        *slot = tz
            .from_local_datetime(&midnight)
            .earliest()?
            .with_timezone(&Utc);
    }
    Some(starts)
}

/// Labels the counts per kind: every kind of the questionnaire in its order (zeros included),
/// then ids the questionnaire no longer has, under their id.
pub fn label_kinds(
    by_kind: &[(String, i64)],
    questionnaire: &[(String, String)],
) -> Vec<(String, i64)> {
    let count = |id: &str| by_kind.iter().find(|(k, _)| k == id).map_or(0, |(_, n)| *n);
    questionnaire
        .iter()
        .map(|(id, label)| (label.clone(), count(id)))
        .chain(
            by_kind
                .iter()
                .filter(|(id, _)| !questionnaire.iter().any(|(known, _)| known == id))
                .cloned(),
        )
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The count next to `key` in a list of (key, count).
    fn count_of<K: PartialEq, N: Copy>(counts: &[(K, N)], key: K) -> Option<N> {
        counts.iter().find(|(k, _)| *k == key).map(|(_, n)| *n)
    }
    use chrono::FixedOffset;

    /// A group, and the counts per kind its reports add (all of them have `kinds`).
    fn group(
        kinds: &str,
        status: Status,
        outcome: Option<Outcome>,
        reports: i64,
    ) -> (GroupCount, Vec<(String, i64)>) {
        let per_kind = kinds.split(',').map(|k| (k.to_owned(), reports)).collect();
        let group = GroupCount {
            status,
            acted: outcome.is_some_and(|o| o != Outcome::NoAction),
            reports,
            with_first_action: 0,
            first_action_days: 0.0,
        };
        (group, per_kind)
    }

    /// Groups and the counts per kind of all of them, as the database gives them.
    fn split(
        groups: impl IntoIterator<Item = (GroupCount, Vec<(String, i64)>)>,
    ) -> (Vec<GroupCount>, Vec<(String, i64)>) {
        let mut all = Vec::new();
        let mut by_kind = Vec::new();
        for (group, kinds) in groups {
            all.push(group);
            by_kind.extend(kinds);
        }
        (all, by_kind)
    }

    #[test]
    fn investigation_means_orange_red_or_an_outcome_with_consequences() {
        assert!(led_to_investigation(Status::Orange, false));
        assert!(led_to_investigation(Status::Red, false));
        assert!(led_to_investigation(Status::Closed, true));
        assert!(!led_to_investigation(Status::Closed, false));
        for status in [
            Status::New,
            Status::Assigned,
            Status::InProgress,
            Status::Green,
            Status::NoAction,
        ] {
            assert!(!led_to_investigation(status, true), "{status:?}");
        }
    }

    #[test]
    fn a_report_counts_under_each_of_its_kinds_and_once_per_status() {
        let (groups, by_kind) = split([
            group("work,assets", Status::New, None, 2),
            group("work", Status::Orange, None, 1),
            group("address", Status::Closed, Some(Outcome::Repayment), 4),
            group("work", Status::Closed, Some(Outcome::NoAction), 1),
        ]);
        let months = [3, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 1];
        // The four repayments: two also got a fine; one repayment has no amount (closed
        // before amounts were asked).
        let outcomes = [
            OutcomeCount {
                outcome: Outcome::Repayment,
                reports: 4,
                euros: 9_000,
                with_euros: 3,
            },
            OutcomeCount {
                outcome: Outcome::Fine,
                reports: 2,
                euros: 1_001,
                with_euros: 2,
            },
            OutcomeCount {
                outcome: Outcome::NoAction,
                reports: 1,
                euros: 0,
                with_euros: 0,
            },
        ];
        let figures = tally(2026, months, &groups, &by_kind, &outcomes, None);
        assert_eq!(figures.total, 8);
        assert_eq!(figures.by_month, months);
        assert_eq!(
            figures.by_kind,
            vec![
                ("address".into(), 4),
                ("assets".into(), 2),
                ("work".into(), 4)
            ]
        );
        let status = |s| count_of(&figures.by_status, s);
        assert_eq!(status(Status::New), Some(2));
        assert_eq!(status(Status::Closed), Some(5));
        assert_eq!(status(Status::Green), Some(0));
        assert_eq!(figures.by_status.len(), Status::ALL.len());
        let outcome = |o| count_of(&figures.by_outcome, o);
        assert_eq!(outcome(Outcome::Repayment), Some(4));
        assert_eq!(outcome(Outcome::NoAction), Some(1));
        assert_eq!(outcome(Outcome::Measure), Some(0));
        assert_eq!(outcome(Outcome::Fine), Some(2));
        assert_eq!(figures.by_outcome.len(), Outcome::ALL.len());
        assert_eq!(figures.repayments.total_euros, 9_000);
        assert_eq!(figures.repayments.average_euros(), Some(3_000));
        assert_eq!(figures.fines.average_euros(), Some(501));
        assert_eq!(Money::default().average_euros(), None);
        assert_eq!(figures.investigated, 5);
        assert_eq!(figures.investigated_percent(), Some(62.5));
    }

    #[test]
    fn the_average_is_over_reports_with_a_first_action_only() {
        let mut a = group("work", Status::InProgress, None, 3);
        a.0.with_first_action = 2;
        a.0.first_action_days = 3.0;
        let mut b = group("work", Status::Green, None, 1);
        b.0.with_first_action = 1;
        b.0.first_action_days = 4.0;
        let (groups, by_kind) = split([a, b, group("work", Status::New, None, 5)]);
        let figures = tally(2026, [0; 12], &groups, &by_kind, &[], Some(2.0));
        assert_eq!(figures.first_action.reports, 3);
        assert_eq!(figures.first_action.average_days, Some(7.0 / 3.0));
        assert_eq!(figures.first_action.median_days, Some(2.0));
    }

    #[test]
    fn an_empty_year_has_no_averages() {
        let figures = tally(2025, [0; 12], &[], &[], &[], Some(1.0));
        assert_eq!(figures.total, 0);
        assert_eq!(figures.first_action, FirstAction::default());
        assert_eq!(figures.investigated_percent(), None);
        assert_eq!(figures.by_month, [0; 12]);
    }

    #[test]
    fn the_90th_percentile_is_the_nearest_rank() {
        assert_eq!(percentile(&mut [], 90), None);
        assert_eq!(percentile(&mut [3.0], 90), Some(3.0));
        let mut ten: Vec<f64> = (1..=10).rev().map(f64::from).collect();
        assert_eq!(percentile(&mut ten, 90), Some(9.0));
        let mut hundred_and_one: Vec<f64> = (0..=100).map(f64::from).collect();
        assert_eq!(percentile(&mut hundred_and_one, 90), Some(90.0));
        let mut durations = [5.0, 1.0, 2.0, 40.0];
        let d = Durations::of(&mut durations);
        assert_eq!(
            (d.reports, d.median_days, d.p90_days),
            (4, Some(3.5), Some(40.0))
        );
    }

    #[test]
    fn the_median_is_the_middle_value_or_the_mean_of_the_two() {
        assert_eq!(median(&mut []), None);
        assert_eq!(median(&mut [4.0]), Some(4.0));
        assert_eq!(median(&mut [7.0, 0.5, 3.0]), Some(3.0));
        assert_eq!(median(&mut [4.0, 1.0, 7.0, 0.5, 2.0, 3.0]), Some(2.5));
        assert_eq!(median(&mut [2.0, 2.0, 9.0, 1.0]), Some(2.0));
        let mut many: Vec<f64> = (0..1001).rev().map(f64::from).collect();
        assert_eq!(median(&mut many), Some(500.0));
    }

    #[test]
    fn months_start_at_local_midnight() {
        let amsterdam_winter = FixedOffset::east_opt(3600).expect("offset");
        let starts = month_starts(2026, &amsterdam_winter).expect("2026");
        assert_eq!(starts[0].to_rfc3339(), "2025-12-31T23:00:00+00:00");
        assert_eq!(starts[1].to_rfc3339(), "2026-01-31T23:00:00+00:00");
        assert_eq!(starts[12].to_rfc3339(), "2026-12-31T23:00:00+00:00");
        let utc = month_starts(2024, &Utc).expect("2024");
        assert_eq!(utc[2].to_rfc3339(), "2024-03-01T00:00:00+00:00");
        assert!(starts.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn kinds_follow_the_questionnaire_and_keep_unknown_ids() {
        let counts = vec![("gone".to_owned(), 1), ("work".to_owned(), 3)];
        let questionnaire = vec![
            ("address".to_owned(), "Adres".to_owned()),
            ("work".to_owned(), "Werk".to_owned()),
        ];
        assert_eq!(
            label_kinds(&counts, &questionnaire),
            vec![
                ("Adres".to_owned(), 0),
                ("Werk".to_owned(), 3),
                ("gone".to_owned(), 1)
            ]
        );
    }
}
