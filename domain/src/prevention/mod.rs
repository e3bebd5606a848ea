//! Prevention before control (the *cirkel van naleving*): a self-check of what people know
//! about their duties, "was this clear?" on every information page, and an anonymous question
//! box. The rules here keep the promise that nothing identifies a visitor: the self-check and
//! the feedback keep counts (per question or page, answer, language and month), and a
//! question is known only by the hash of its code.

pub mod feedback;
pub mod knowledge;
pub mod questions;
pub mod selfcheck;
pub mod text;

/// A calendar month as counts are kept under it: `YYYY-MM`.
pub fn month_key(day: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    format!("{:04}-{:02}", day.year(), day.month())
}

/// The quarter a month key falls in (`2026-11` → `2026 K4`); `None` for anything else.
pub fn quarter_of(month: &str) -> Option<String> {
    let (year, month) = month.split_once('-')?;
    let year: i32 = year.parse().ok()?;
    let month: u32 = month.parse().ok()?;
    (1..=12)
        .contains(&month)
        .then(|| format!("{year} K{}", (month - 1) / 3 + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_and_quarters() {
        let day = chrono::NaiveDate::from_ymd_opt(2026, 3, 31).unwrap();
        assert_eq!(month_key(day), "2026-03");
        assert_eq!(quarter_of("2026-03").as_deref(), Some("2026 K1"));
        assert_eq!(quarter_of("2026-04").as_deref(), Some("2026 K2"));
        assert_eq!(quarter_of("2026-12").as_deref(), Some("2026 K4"));
        assert_eq!(quarter_of("2026-13"), None);
        assert_eq!(quarter_of("soon"), None);
    }
}
