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
}
