//! The rules of working a report, as plain functions on plain types: the workflow, the
//! suggestion to hand a case to the Sociale Recherche, overdue reports, balanced daily
//! distribution, and the keys that find reports about the same person or address.

use crate::calendar::Calendar;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Where a report is in the team's work.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Status {
    New,
    Assigned,
    InProgress,
    /// Verify with the client (groene traject).
    Green,
    /// Intensive check by protocol (oranje traject).
    Orange,
    /// Handed to the Sociale Recherche (rode traject).
    Red,
    /// No action needed; still to be closed with an outcome.
    NoAction,
    Closed,
}

impl Status {
    pub const ALL: [Status; 8] = [
        Status::New,
        Status::Assigned,
        Status::InProgress,
        Status::Green,
        Status::Orange,
        Status::Red,
        Status::NoAction,
        Status::Closed,
    ];

    pub fn parse(text: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.as_str() == text)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Status::New => "new",
            Status::Assigned => "assigned",
            Status::InProgress => "in_progress",
            Status::Green => "green",
            Status::Orange => "orange",
            Status::Red => "red",
            Status::NoAction => "no_action",
            Status::Closed => "closed",
        }
    }

    pub fn is_open(self) -> bool {
        self != Status::Closed
    }

    /// The statuses a member may move a report to from here. Green may escalate to orange or
    /// red, orange to red (Bunschoten §4.2.1); closing is a separate step with an outcome.
    pub fn next(self) -> &'static [Status] {
        match self {
            Status::New | Status::Assigned => &[Status::InProgress],
            Status::InProgress => &[Status::Green, Status::Orange, Status::Red, Status::NoAction],
            Status::Green => &[Status::Orange, Status::Red, Status::NoAction],
            Status::Orange => &[Status::Red, Status::NoAction],
            Status::Red | Status::NoAction | Status::Closed => &[],
        }
    }

    /// Whether the report may be closed with an outcome now: once a track is chosen.
    pub fn can_close(self) -> bool {
        matches!(
            self,
            Status::Green | Status::Orange | Status::Red | Status::NoAction
        )
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum WorkflowError {
    #[error("a report cannot go from {from:?} to {to:?}")]
    NotAllowed { from: Status, to: Status },
    #[error("a report in {0:?} cannot be closed yet")]
    CannotClose(Status),
}

/// Checks a status change a member asked for.
pub fn move_to(from: Status, to: Status) -> Result<Status, WorkflowError> {
    if from.next().contains(&to) {
        Ok(to)
    } else {
        Err(WorkflowError::NotAllowed { from, to })
    }
}

/// How a closed report ended: one or more of these (see [`crate::outcomes`]), as the control
/// plans combine them ("terugvordering en/of boete").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Outcome {
    NoAction,
    Warning,
    /// Repayment of benefit received wrongly (an amount).
    Repayment,
    /// A fine (an amount).
    Fine,
    /// A measure: the benefit lowered by a percentage for a number of months.
    Measure,
    BenefitEnded,
    CriminalReport,
    /// Passed on to another organisation, such as the tax office or UWV.
    Referred,
}

impl Outcome {
    pub const ALL: [Outcome; 8] = [
        Outcome::NoAction,
        Outcome::Warning,
        Outcome::Repayment,
        Outcome::Fine,
        Outcome::Measure,
        Outcome::BenefitEnded,
        Outcome::CriminalReport,
        Outcome::Referred,
    ];

    pub fn parse(text: &str) -> Option<Outcome> {
        Outcome::ALL.into_iter().find(|o| o.as_str() == text)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::NoAction => "no_action",
            Outcome::Warning => "warning",
            Outcome::Repayment => "repayment",
            Outcome::Fine => "fine",
            Outcome::Measure => "measure",
            Outcome::BenefitEnded => "benefit_ended",
            Outcome::CriminalReport => "criminal_report",
            Outcome::Referred => "referred",
        }
    }
}

/// What a member does to a report: the last segment of `/team/meldingen/{id}/{action}`.
/// Closing has its own page and form (`/team/meldingen/{id}/afsluiten`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ReportAction {
    /// Move to another status (`status`).
    Status,
    /// Estimate the amount (`bedrag`).
    Amount,
    /// Add a note (`notitie`).
    Note,
    /// Ask the reporter a question (`vraag`).
    Question,
    /// Link another report (`koppelen`).
    Link,
    /// Assign to a member (`toewijzen`).
    Assign,
}

impl ReportAction {
    pub const ALL: [ReportAction; 6] = [
        ReportAction::Status,
        ReportAction::Amount,
        ReportAction::Note,
        ReportAction::Question,
        ReportAction::Link,
        ReportAction::Assign,
    ];

    /// The action a URL segment names; `None` for one Helder does not know.
    pub fn parse(segment: &str) -> Option<ReportAction> {
        ReportAction::ALL
            .into_iter()
            .find(|a| a.segment() == segment)
    }

    /// The URL segment.
    pub fn segment(self) -> &'static str {
        match self {
            ReportAction::Status => "status",
            ReportAction::Amount => "bedrag",
            ReportAction::Note => "notitie",
            ReportAction::Question => "vraag",
            ReportAction::Link => "koppelen",
            ReportAction::Assign => "toewijzen",
        }
    }
}

pub fn close(from: Status) -> Result<Status, WorkflowError> {
    if from.can_close() {
        Ok(Status::Closed)
    } else {
        Err(WorkflowError::CannotClose(from))
    }
}

/// Above this estimated amount the Sociale Recherche is brought in directly (euros).
pub const RED_THRESHOLD: i64 = 6_000;
/// The same for a repeat offender: someone fined or given a measure for fraud in the five
/// years before (see [`EarlierFine`]).
pub const RED_THRESHOLD_REPEAT: i64 = 2_500;
/// The window for a repeat offender, in years.
pub const REPEAT_YEARS: u32 = 5;

/// An earlier fine or measure for fraud of the person a report is about.
///
/// Source of the thresholds and the window: Bunschoten, *Controleplan hoogwaardig handhaven
/// Wet werk en bijstand* (overheid.nl), "Signaal- en risicosturing" and its note 2:
/// "Recidivisten zijn uitkeringsgerechtigden bij wie binnen een periode van vijf jaar na het
/// opleggen van een maatregel, opnieuw fraude geconstateerd wordt." Read 2026-12-07 in
/// `shared/seeds` (the policy documents Helder follows).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum EarlierFine {
    #[default]
    None,
    On(NaiveDate),
    /// Ticked before Helder asked for the date (reports from before migration 0017).
    DateUnknown,
}

impl EarlierFine {
    /// Whether it makes a repeat offender on `today`: a fine within the last five years (a
    /// date not known counts, as it did before the date was asked).
    pub fn is_recent(self, today: NaiveDate) -> bool {
        match self {
            EarlierFine::None => false,
            EarlierFine::DateUnknown => true,
            EarlierFine::On(day) => {
                day <= today
                    && day
                        .checked_add_months(chrono::Months::new(12 * REPEAT_YEARS))
                        .is_some_and(|end| today <= end)
            }
        }
    }
}

/// Whether the estimate suggests the red track: more than €6,000, or more than €2,500 for
/// someone fined in the five years before `today`.
pub fn suggests_red(estimated_euros: Option<i64>, earlier: EarlierFine, today: NaiveDate) -> bool {
    let threshold = if earlier.is_recent(today) {
        RED_THRESHOLD_REPEAT
    } else {
        RED_THRESHOLD
    };
    estimated_euros.is_some_and(|amount| amount > threshold)
}

/// Parses an amount as a member types it: "6000", "6.000", "€ 6.000,00", "6000,50" → whole euros.
pub fn parse_euros(text: &str) -> Option<i64> {
    let text = text.trim().trim_start_matches('€').trim();
    if text.is_empty() {
        return None;
    }
    // Dutch notation: dots group thousands, a comma starts the cents.
    let whole = text
        .split(',')
        .next()
        .unwrap_or_default()
        .replace(['.', ' '], "");
    if whole.is_empty() || !whole.chars().all(|c| c.is_ascii_digit()) || whole.len() > 12 {
        return None;
    }
    whole.parse().ok()
}

/// Whole euros written the Dutch way: 6500 as "6.500".
pub fn format_euros(euros: i64) -> String {
    let digits = euros.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
    if euros < 0 { format!("-{out}") } else { out }
}

/// A report whose first action is still missing after `limit` working days of `calendar`.
pub fn is_overdue(
    calendar: &Calendar,
    received: NaiveDate,
    has_first_action: bool,
    today: NaiveDate,
    limit: i64,
) -> bool {
    !has_first_action && calendar.working_days_between(received, today) > limit
}

/// Spreads `count` new reports over the members present, each to whoever has the fewest open
/// reports at that moment (ties: the earlier in `open_loads`). Returns the member for each
/// report, in order. No members: nobody gets anything.
pub fn distribute(open_loads: &[(i64, usize)], count: usize) -> Vec<i64> {
    let mut loads: Vec<(i64, usize)> = open_loads.to_vec();
    let mut out = Vec::with_capacity(count);
    if loads.is_empty() {
        return out;
    }
    for _ in 0..count {
        let (index, _) = loads
            .iter()
            .enumerate()
            .min_by_key(|(i, (_, load))| (*load, *i))
            .unwrap_or((0, &(0, 0)));
        loads[index].1 += 1;
        out.push(loads[index].0);
    }
    out
}

/// A person's name reduced for comparison: lower case, letters only, accents removed, words in
/// order. "J. de Vries-Bakker" and "j de vries bakker" give the same key.
pub fn name_key(raw: &str) -> Option<String> {
    let words: Vec<String> = raw
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            w.chars()
                .map(fold_accent)
                .collect::<String>()
                .to_lowercase()
        })
        .collect();
    let key = words.join(" ");
    (key.chars().filter(|c| c.is_alphabetic()).count() >= 3).then_some(key)
}

fn fold_accent(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => 'a',
        'Á' | 'À' | 'Â' | 'Ä' | 'Ã' | 'Å' => 'A',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'É' | 'È' | 'Ê' | 'Ë' => 'E',
        'í' | 'ì' | 'î' | 'ï' => 'i',
        'Í' | 'Ì' | 'Î' | 'Ï' => 'I',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
        'Ó' | 'Ò' | 'Ô' | 'Ö' | 'Õ' => 'O',
        'ú' | 'ù' | 'û' | 'ü' => 'u',
        'Ú' | 'Ù' | 'Û' | 'Ü' => 'U',
        'ç' => 'c',
        'Ç' => 'C',
        'ñ' => 'n',
        'Ñ' => 'N',
        'ÿ' | 'ý' => 'y',
        other => other,
    }
}

/// A Dutch address reduced to postcode and house number ("1234AB 12A"), found in free text
/// such as "Dorpsstraat 12 a, 1234 ab Voorbeeld". None without both.
pub fn address_key(raw: &str) -> Option<String> {
    let chars: Vec<char> = raw.chars().collect();
    let mut postcode: Option<(usize, usize, String)> = None;
    // A postcode: four digits (not starting with 0), optional space, two letters.
    for start in 0..chars.len() {
        if start > 0 && chars[start - 1].is_ascii_alphanumeric() {
            continue;
        }
        let digits: String = chars[start..].iter().take(4).collect();
        if digits.len() != 4
            || !digits.chars().all(|c| c.is_ascii_digit())
            || digits.starts_with('0')
        {
            continue;
        }
        let mut i = start + 4;
        if chars.get(i) == Some(&' ') {
            i += 1;
        }
        let letters: String = chars.iter().skip(i).take(2).collect();
        let after = chars.get(i + 2);
        if letters.chars().count() == 2
            && letters.chars().all(|c| c.is_ascii_alphabetic())
            && after.is_none_or(|c| !c.is_ascii_alphanumeric())
        {
            postcode = Some((
                start,
                i + 2,
                format!("{digits}{}", letters.to_ascii_uppercase()),
            ));
            break;
        }
    }
    let (pc_start, pc_end, postcode) = postcode?;
    // The house number: the first number outside the postcode, with an optional letter.
    let mut i = 0;
    while i < chars.len() {
        if (pc_start..pc_end).contains(&i)
            || !chars[i].is_ascii_digit()
            || (i > 0 && chars[i - 1].is_ascii_alphanumeric())
        {
            i += 1;
            continue;
        }
        let mut number = String::new();
        while i < chars.len() && chars[i].is_ascii_digit() && !(pc_start..pc_end).contains(&i) {
            number.push(chars[i]);
            i += 1;
        }
        // "12A", "12 a", "12-a": a single letter right after is the addition.
        let mut j = i;
        if matches!(chars.get(j), Some(' ') | Some('-')) {
            j += 1;
        }
        let suffix = match (chars.get(j), chars.get(j + 1)) {
            (Some(c), next)
                if c.is_ascii_alphabetic()
                    && next.is_none_or(|n| !n.is_alphanumeric())
                    && !(pc_start..pc_end).contains(&j) =>
            {
                c.to_ascii_uppercase().to_string()
            }
            _ => String::new(),
        };
        return Some(format!(
            "{postcode} {}{suffix}",
            number.trim_start_matches('0')
        ));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn report_actions_round_trip_their_segment() {
        for action in ReportAction::ALL {
            assert_eq!(ReportAction::parse(action.segment()), Some(action));
        }
        assert_eq!(ReportAction::parse("verwijderen"), None);
        assert_eq!(ReportAction::parse(""), None);
    }

    #[test]
    fn workflow_follows_the_tracks() {
        assert_eq!(
            move_to(Status::Assigned, Status::InProgress),
            Ok(Status::InProgress)
        );
        assert_eq!(
            move_to(Status::InProgress, Status::Orange),
            Ok(Status::Orange)
        );
        assert_eq!(move_to(Status::Green, Status::Red), Ok(Status::Red));
        assert!(
            move_to(Status::Red, Status::Green).is_err(),
            "no way back from red"
        );
        assert!(
            move_to(Status::New, Status::Red).is_err(),
            "first the work starts"
        );
        assert!(move_to(Status::Closed, Status::InProgress).is_err());
        assert!(
            close(Status::InProgress).is_err(),
            "a track or no action first"
        );
        assert_eq!(close(Status::NoAction), Ok(Status::Closed));
        for status in Status::ALL {
            assert_eq!(Status::parse(status.as_str()), Some(status));
        }
        for outcome in Outcome::ALL {
            assert_eq!(Outcome::parse(outcome.as_str()), Some(outcome));
        }
    }

    #[test]
    fn red_is_suggested_above_the_thresholds() {
        let today = day(2026, 12, 7);
        let recent = EarlierFine::On(day(2022, 12, 7));
        assert!(!suggests_red(None, recent, today));
        assert!(!suggests_red(Some(6_000), EarlierFine::None, today));
        assert!(suggests_red(Some(6_001), EarlierFine::None, today));
        assert!(!suggests_red(Some(2_500), recent, today));
        assert!(suggests_red(Some(2_501), recent, today));
        assert!(!suggests_red(Some(3_000), EarlierFine::None, today));
        // The five-year window: exactly five years ago still counts, a day more does not.
        assert!(suggests_red(
            Some(3_000),
            EarlierFine::On(day(2021, 12, 7)),
            today
        ));
        assert!(!suggests_red(
            Some(3_000),
            EarlierFine::On(day(2021, 12, 6)),
            today
        ));
        // A date in the future is a typing error, not a repeat offence.
        assert!(!suggests_red(
            Some(3_000),
            EarlierFine::On(day(2027, 1, 1)),
            today
        ));
        // Ticked before the date was asked: counts, as it did.
        assert!(suggests_red(Some(3_000), EarlierFine::DateUnknown, today));
    }

    #[test]
    fn amounts_are_written_the_dutch_way() {
        assert_eq!(format_euros(0), "0");
        assert_eq!(format_euros(650), "650");
        assert_eq!(format_euros(6500), "6.500");
        assert_eq!(format_euros(1_234_567), "1.234.567");
        assert_eq!(format_euros(-1200), "-1.200");
        assert_eq!(parse_euros(&format_euros(1_234_567)), Some(1_234_567));
    }

    #[test]
    fn amounts_are_read_the_dutch_way() {
        assert_eq!(parse_euros("6000"), Some(6000));
        assert_eq!(parse_euros("€ 6.000,50"), Some(6000));
        assert_eq!(parse_euros(" 12.345 "), Some(12345));
        assert_eq!(parse_euros(""), None);
        assert_eq!(parse_euros("veel"), None);
        assert_eq!(parse_euros("-5"), None);
        assert_eq!(parse_euros("99999999999999999"), None);
    }

    #[test]
    fn working_days_skip_weekends() {
        // Friday 2026-11-20 → Monday 2026-11-23: one working day.
        assert_eq!(
            Calendar::default().working_days_between(day(2026, 11, 20), day(2026, 11, 23)),
            1
        );
        assert_eq!(
            Calendar::default().working_days_between(day(2026, 11, 16), day(2026, 11, 23)),
            5
        );
        assert_eq!(
            Calendar::default().working_days_between(day(2026, 11, 23), day(2026, 11, 20)),
            0
        );
        assert!(is_overdue(
            &Calendar::default(),
            day(2026, 11, 16),
            false,
            day(2026, 11, 23),
            3
        ));
        assert!(!is_overdue(
            &Calendar::default(),
            day(2026, 11, 16),
            true,
            day(2026, 11, 23),
            3
        ));
        assert!(!is_overdue(
            &Calendar::default(),
            day(2026, 11, 20),
            false,
            day(2026, 11, 23),
            3
        ));
    }

    #[test]
    fn names_and_addresses_are_normalised() {
        assert_eq!(
            name_key("J. de Vries-Bakker"),
            name_key("j  de vries bakker")
        );
        assert_eq!(name_key("José Müller").as_deref(), Some("jose muller"));
        assert_eq!(name_key("?"), None);
        assert_eq!(
            address_key("Dorpsstraat 12 a, 1234 ab Voorbeeld").as_deref(),
            Some("1234AB 12A")
        );
        assert_eq!(
            address_key("1234AB, Dorpsstraat 12").as_deref(),
            Some("1234AB 12")
        );
        assert_eq!(
            address_key("Kerkweg 7-B 9876 ZX Dorp").as_deref(),
            Some("9876ZX 7B")
        );
        assert_eq!(address_key("Kerkweg 7 in Dorp"), None, "no postcode");
        assert_eq!(address_key("1234 AB"), None, "no house number");
    }

    #[test]
    fn distribution_gives_to_the_least_loaded_first() {
        // 2 has 0, then 2 and 3 tie at 1 (the earlier wins), then 3.
        assert_eq!(distribute(&[(1, 3), (2, 0), (3, 1)], 3), vec![2, 2, 3]);
        assert!(distribute(&[], 5).is_empty());
    }

    proptest! {
        /// After distribution nobody who received a report has more than one report more than
        /// the least-loaded member, every report went to someone present, and no one lost work.
        #[test]
        fn distribution_is_balanced(
            loads in proptest::collection::vec(0usize..40, 1..12),
            count in 0usize..120,
        ) {
            let members: Vec<(i64, usize)> = loads.iter().enumerate().map(|(i, l)| (i as i64 + 10, *l)).collect();
            let given = distribute(&members, count);
            prop_assert_eq!(given.len(), count);
            let mut after: Vec<usize> = loads.clone();
            for member in &given {
                let index = members.iter().position(|(id, _)| id == member);
                prop_assert!(index.is_some(), "given to someone not present");
                after[index.unwrap()] += 1;
            }
            let min = *after.iter().min().unwrap();
            for (i, load) in after.iter().enumerate() {
                if *load > loads[i] {
                    prop_assert!(*load <= min + 1, "member {} ends at {} while the minimum is {}", i, load, min);
                }
            }
        }
    }
}
