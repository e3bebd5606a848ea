//! The anonymous question box: a person asks without a name, gets a code, and reads the
//! answer with it. Questions go to advisors only; they are never reports.

use super::text::{TextProblem, clean};
use crate::calendar::Calendar;
use chrono::{DateTime, Duration, NaiveDate, Utc};

/// The address segment of the question box (`/{lang}/vraag`).
pub const QUESTION_SEGMENT: &str = "vraag";
/// Most characters of a question.
pub const MAX_QUESTION: usize = 3000;
/// Most characters of an answer.
pub const MAX_ANSWER: usize = 6000;

/// A question as kept: plain text within [`MAX_QUESTION`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuestionText(String);

impl QuestionText {
    pub fn parse(raw: &str) -> Result<QuestionText, TextProblem> {
        clean(raw, MAX_QUESTION).map(QuestionText)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// An advisor's answer (or an FAQ text) as kept: plain text within [`MAX_ANSWER`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswerText(String);

impl AnswerText {
    pub fn parse(raw: &str) -> Result<AnswerText, TextProblem> {
        clean(raw, MAX_ANSWER).map(AnswerText)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// An unanswered question asked more than `limit` working days before `today`.
pub fn is_overdue(
    calendar: &Calendar,
    asked: NaiveDate,
    answered: bool,
    today: NaiveDate,
    limit: i64,
) -> bool {
    !answered && calendar.working_days_between(asked, today) > limit
}

/// How long questions are kept (see the README's "Bewaartermijnen").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuestionRetention {
    /// Days after the answer was first read.
    pub after_read_days: i64,
    /// Days after the answer was given, when it is never read.
    pub unread_days: i64,
}

impl Default for QuestionRetention {
    fn default() -> Self {
        QuestionRetention {
            after_read_days: 14,
            unread_days: 60,
        }
    }
}

impl QuestionRetention {
    /// Questions whose answer was read before the first moment, or given (and never read)
    /// before the second, are deleted at `now`. An unanswered question is never deleted:
    /// the person was told it would be answered.
    pub fn cutoffs(self, now: DateTime<Utc>) -> (DateTime<Utc>, DateTime<Utc>) {
        (
            now - Duration::days(self.after_read_days),
            now - Duration::days(self.unread_days),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn texts_are_plain_and_bounded() {
        assert_eq!(
            QuestionText::parse(" <i>Mag</i> ik sparen? ")
                .unwrap()
                .as_str(),
            "Mag ik sparen?"
        );
        assert_eq!(QuestionText::parse(""), Err(TextProblem::Empty));
        assert!(QuestionText::parse(&"a".repeat(MAX_QUESTION + 1)).is_err());
        assert!(AnswerText::parse(&"a".repeat(MAX_ANSWER)).is_ok());
    }

    #[test]
    fn overdue_counts_working_days_and_only_open_questions() {
        // Friday 20 November → Thursday 26 November: four working days.
        assert!(is_overdue(
            &Calendar::default(),
            day(2026, 11, 20),
            false,
            day(2026, 11, 26),
            3
        ));
        assert!(!is_overdue(
            &Calendar::default(),
            day(2026, 11, 20),
            false,
            day(2026, 11, 25),
            3
        ));
        assert!(!is_overdue(
            &Calendar::default(),
            day(2026, 11, 20),
            true,
            day(2026, 12, 26),
            3
        ));
    }

    #[test]
    fn retention_cutoffs() {
        let now = DateTime::parse_from_rfc3339("2026-12-07T10:00:00Z")
            .unwrap()
            .to_utc();
        let (read, unread) = QuestionRetention::default().cutoffs(now);
        assert_eq!(read.to_rfc3339(), "2026-11-23T10:00:00+00:00");
        assert_eq!(unread.to_rfc3339(), "2026-10-08T10:00:00+00:00");
    }
}
