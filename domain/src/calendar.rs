//! Working days: Monday to Friday, except the public holidays of the Algemene termijnenwet
//! (art. 3 lid 1: Nieuwjaarsdag, tweede Paas- en Pinksterdag, beide Kerstdagen,
//! Hemelvaartsdag, de dag waarop de verjaardag van de Koning wordt gevierd, 5 mei; lid 2:
//! Goede Vrijdag is gelijkgesteld). Source: Algemene termijnenwet (BWBR0002448), art. 3, as
//! quoted on staatsrechtpraktijk.nl and wvhl.nl, checked 2026-12-07. Days the government
//! adds by decree (lid 3, such as the Friday after Ascension) are not computed here.

use chrono::{Datelike, Days, NaiveDate, Weekday};

/// Easter Sunday of `year` (Gregorian calendar; the anonymous algorithm of Meeus).
pub fn easter_sunday(year: i32) -> Option<NaiveDate> {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

/// Whether `day` is a public holiday of the Algemene termijnenwet (with Goede Vrijdag).
pub fn is_public_holiday(day: NaiveDate) -> bool {
    let fixed = matches!(
        (day.month(), day.day()),
        // Nieuwjaarsdag, Koningsdag (27 April; on a Sunday it is kept on Saturday 26 April,
        // a weekend day either way), 5 mei, eerste en tweede Kerstdag.
        (1, 1) | (4, 27) | (5, 5) | (12, 25) | (12, 26)
    );
    if fixed {
        return true;
    }
    let Some(easter) = easter_sunday(day.year()) else {
        return false;
    };
    let offset = |days: i64| {
        if days < 0 {
            easter.checked_sub_days(Days::new(days.unsigned_abs()))
        } else {
            easter.checked_add_days(Days::new(days.unsigned_abs()))
        }
    };
    // Goede Vrijdag, tweede Paasdag, Hemelvaartsdag, tweede Pinksterdag.
    [-2, 1, 39, 50]
        .into_iter()
        .any(|days| offset(days) == Some(day))
}

/// Monday to Friday and not a public holiday.
pub fn is_working_day(day: NaiveDate) -> bool {
    !matches!(day.weekday(), Weekday::Sat | Weekday::Sun) && !is_public_holiday(day)
}

/// The longest reason an organisation gives for a closing day.
pub const REASON_MAX: usize = 100;

/// A day an organisation is closed besides the public holidays (a bridge day such as the
/// Friday after Ascension, a day the government adds by decree, a team day), with its reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClosingDay {
    pub day: NaiveDate,
    pub reason: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ClosingDayError {
    #[error("no date, or not a date")]
    Date,
    #[error("already no working day")]
    NotAWorkingDay,
    #[error("no reason, or a reason that is too long")]
    Reason,
}

impl ClosingDayError {
    /// The Fluent message that explains the mistake.
    pub fn message_id(self) -> &'static str {
        match self {
            ClosingDayError::Date => "team-closing-day-error-date",
            ClosingDayError::NotAWorkingDay => "team-closing-day-error-weekend",
            ClosingDayError::Reason => "team-closing-day-error-reason",
        }
    }

    /// The id of the form field it belongs to.
    pub fn field(self) -> &'static str {
        match self {
            ClosingDayError::Date | ClosingDayError::NotAWorkingDay => "closing-day",
            ClosingDayError::Reason => "closing-reason",
        }
    }
}

/// A date as a browser's date field sends it (`2026-12-24`) or as people type it
/// (`24-12-2026`, `24/12/2026`).
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    ["%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y"]
        .iter()
        .find_map(|format| NaiveDate::parse_from_str(text, format).ok())
        .filter(|day| (2000..=2100).contains(&day.year()))
}

impl ClosingDay {
    /// A closing day from a form: a date that would otherwise be a working day, and a short
    /// plain reason.
    pub fn parse(day: &str, reason: &str) -> Result<ClosingDay, ClosingDayError> {
        let day = parse_date(day).ok_or(ClosingDayError::Date)?;
        if !is_working_day(day) {
            return Err(ClosingDayError::NotAWorkingDay);
        }
        let reason = reason
            .chars()
            .filter(|c| !c.is_control())
            .collect::<String>()
            .trim()
            .to_owned();
        if reason.is_empty() || reason.chars().count() > REASON_MAX {
            return Err(ClosingDayError::Reason);
        }
        Ok(ClosingDay { day, reason })
    }
}

/// An organisation's working days: Monday to Friday, without the public holidays and without
/// its own closing days.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Calendar {
    closed: std::collections::BTreeSet<NaiveDate>,
}

impl Calendar {
    pub fn with_closing_days(days: impl IntoIterator<Item = NaiveDate>) -> Calendar {
        Calendar {
            closed: days.into_iter().collect(),
        }
    }

    pub fn is_working_day(&self, day: NaiveDate) -> bool {
        is_working_day(day) && !self.closed.contains(&day)
    }

    /// Working days after `from` up to and including `to` (0 when `to` is not later).
    pub fn working_days_between(&self, from: NaiveDate, to: NaiveDate) -> i64 {
        if to <= from {
            return 0;
        }
        from.iter_days()
            .skip(1)
            .take_while(|d| *d <= to)
            .filter(|d| self.is_working_day(*d))
            .count() as i64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn easter_falls_on_the_known_sundays() {
        assert_eq!(easter_sunday(2024), Some(day(2024, 3, 31)));
        assert_eq!(easter_sunday(2025), Some(day(2025, 4, 20)));
        assert_eq!(easter_sunday(2026), Some(day(2026, 4, 5)));
        assert_eq!(easter_sunday(2027), Some(day(2027, 3, 28)));
        assert_eq!(easter_sunday(2038), Some(day(2038, 4, 25)));
        for year in 1900..2200 {
            let easter = easter_sunday(year).unwrap();
            assert_eq!(easter.weekday(), Weekday::Sun, "{year}");
            assert!(
                easter >= day(year, 3, 22) && easter <= day(year, 4, 25),
                "{year}"
            );
        }
    }

    #[test]
    fn the_holidays_of_2026_are_no_working_days() {
        let holidays = [
            day(2026, 1, 1),   // Nieuwjaarsdag (Thursday)
            day(2026, 4, 3),   // Goede Vrijdag
            day(2026, 4, 6),   // tweede Paasdag
            day(2026, 4, 27),  // Koningsdag (Monday)
            day(2026, 5, 5),   // Bevrijdingsdag (Tuesday)
            day(2026, 5, 14),  // Hemelvaartsdag
            day(2026, 5, 25),  // tweede Pinksterdag
            day(2026, 12, 25), // eerste Kerstdag (Friday)
        ];
        for holiday in holidays {
            assert!(is_public_holiday(holiday), "{holiday}");
            assert!(!is_working_day(holiday), "{holiday}");
        }
        // Tweede Kerstdag 2026 is a Saturday: no working day anyway.
        assert!(is_public_holiday(day(2026, 12, 26)));
        for plain in [
            day(2026, 4, 2),
            day(2026, 5, 15),
            day(2026, 12, 24),
            day(2026, 12, 28),
        ] {
            assert!(is_working_day(plain), "{plain}");
        }
        let in_2026 = day(2026, 1, 1)
            .iter_days()
            .take_while(|d| d.year() == 2026)
            .filter(|d| is_working_day(*d))
            .count();
        // 261 weekdays, of which 8 are holidays.
        assert_eq!(in_2026, 253);
    }
    #[test]
    fn an_organisation_closes_on_its_own_days_too() {
        let calendar = Calendar::with_closing_days([day(2026, 5, 15), day(2026, 12, 24)]);
        assert!(!calendar.is_working_day(day(2026, 5, 15)));
        assert!(calendar.is_working_day(day(2026, 5, 18)));
        assert!(
            !calendar.is_working_day(day(2026, 5, 14)),
            "Ascension stays"
        );
        // Wednesday 13 May to Monday 18 May: only the Monday is left.
        assert_eq!(
            calendar.working_days_between(day(2026, 5, 13), day(2026, 5, 18)),
            1
        );
        assert_eq!(
            Calendar::default().working_days_between(day(2026, 5, 13), day(2026, 5, 18)),
            2
        );
        assert_eq!(
            calendar.working_days_between(day(2026, 5, 18), day(2026, 5, 13)),
            0
        );
    }

    #[test]
    fn a_closing_day_is_a_working_day_with_a_reason() {
        let parsed = ClosingDay::parse("2026-05-15", " Brugdag\n").unwrap();
        assert_eq!(parsed.day, day(2026, 5, 15));
        assert_eq!(parsed.reason, "Brugdag");
        assert_eq!(
            ClosingDay::parse("15-05-2026", "Brugdag").unwrap().day,
            day(2026, 5, 15)
        );
        assert_eq!(
            ClosingDay::parse("24/12/2026", "Kerst").unwrap().day,
            day(2026, 12, 24)
        );
        let cases = [
            ("", "Brugdag", ClosingDayError::Date),
            ("2026-02-30", "Brugdag", ClosingDayError::Date),
            ("morgen", "Brugdag", ClosingDayError::Date),
            ("1999-05-14", "Brugdag", ClosingDayError::Date),
            ("2026-05-16", "Zaterdag", ClosingDayError::NotAWorkingDay),
            ("2026-05-14", "Hemelvaart", ClosingDayError::NotAWorkingDay),
            ("2026-05-15", "  ", ClosingDayError::Reason),
            (
                "2026-05-15",
                &"x".repeat(REASON_MAX + 1),
                ClosingDayError::Reason,
            ),
        ];
        for (date, reason, error) in cases {
            assert_eq!(ClosingDay::parse(date, reason), Err(error), "{date:?}");
        }
    }
}
