//! The steps of the report form and what a page of it shows. The server keeps a [`Draft`]
//! per visitor (under a cookie token) and hands each page a [`FormState`].

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// URL segment of the report form: `/{lang}/melden/…`.
pub const REPORT_SEGMENT: &str = "melden";
/// Hidden field that people never see or fill in; a value means a robot.
pub const HONEYPOT_FIELD: &str = "website";
/// Prefix of the form field of a question: `q_<question id>`.
pub const QUESTION_FIELD_PREFIX: &str = "q_";

/// The pages after the start page; "step N of 6".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FlowStep {
    Kinds,
    Person,
    Situation,
    Knowledge,
    Contact,
    Check,
}

impl FlowStep {
    pub const ALL: [FlowStep; 6] = [
        FlowStep::Kinds,
        FlowStep::Person,
        FlowStep::Situation,
        FlowStep::Knowledge,
        FlowStep::Contact,
        FlowStep::Check,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            FlowStep::Kinds => "soort",
            FlowStep::Person => "persoon",
            FlowStep::Situation => "situatie",
            FlowStep::Knowledge => "hoe-weet-u-het",
            FlowStep::Contact => "contact",
            FlowStep::Check => "controleren",
        }
    }

    pub fn parse(slug: &str) -> Option<FlowStep> {
        FlowStep::ALL.into_iter().find(|s| s.slug() == slug)
    }

    /// 1-based position, for "step 2 of 6".
    pub fn number(self) -> usize {
        FlowStep::ALL.iter().position(|s| *s == self).unwrap_or(0) + 1
    }

    pub fn next(self) -> Option<FlowStep> {
        FlowStep::ALL.get(self.number()).copied()
    }

    pub fn previous(self) -> Option<FlowStep> {
        self.number()
            .checked_sub(2)
            .and_then(|i| FlowStep::ALL.get(i).copied())
    }

    /// The questionnaire step whose questions this page asks, if any.
    pub fn questions(self) -> Option<super::questionnaire::Step> {
        use super::questionnaire::Step;
        match self {
            FlowStep::Person => Some(Step::Person),
            FlowStep::Situation => Some(Step::Situation),
            FlowStep::Knowledge => Some(Step::Knowledge),
            _ => None,
        }
    }

    pub fn href(self, lang: crate::i18n::Language) -> String {
        format!("/{}/{REPORT_SEGMENT}/{}", lang.code, self.slug())
    }
}

/// Contact details the reporter chose to leave (or not).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContactDraft {
    pub wants_contact: bool,
    pub name: String,
    pub email: String,
    pub phone: String,
}

/// Everything answered so far. Stored server-side as JSON; never in the browser.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    pub kinds: Vec<String>,
    /// Answers by question id (checked when they were given).
    pub answers: BTreeMap<String, String>,
    /// `None` until the reporter made the choice on the contact page.
    pub contact: Option<ContactDraft>,
}

/// A message next to a field, and in the error summary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    /// The form field (its `id` in the page).
    pub field: String,
    /// Fluent key of the message.
    pub message_key: &'static str,
    /// For "at most N characters".
    pub max: Option<usize>,
}

/// The follow-up of a report, shown to a reporter who came back with the receipt code.
#[derive(Debug, Clone, Default)]
pub struct FollowUp {
    /// The code as typed, to send along with an answer (nothing is kept between requests).
    pub code: String,
    /// (author: "team" or "reporter", text), oldest first.
    pub messages: Vec<(String, String)>,
    /// An answer was just stored.
    pub answered: bool,
}

/// What a report page shows: the draft, and after a refused POST the values as typed and the
/// errors; on the confirmation page the receipt code, shown once.
#[derive(Debug, Clone, Default)]
pub struct FormState {
    pub has_draft: bool,
    pub draft: Draft,
    pub values: BTreeMap<String, Vec<String>>,
    pub errors: Vec<FieldError>,
    pub receipt: Option<String>,
    pub follow_up: Option<FollowUp>,
}

impl FormState {
    /// The value to show in a field: as typed after an error, else from the draft.
    pub fn value(&self, field: &str, from_draft: Option<&String>) -> String {
        match self.values.get(field) {
            Some(values) => values.first().cloned().unwrap_or_default(),
            None => from_draft.cloned().unwrap_or_default(),
        }
    }

    pub fn error(&self, field: &str) -> Option<&FieldError> {
        self.errors.iter().find(|e| e.field == field)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_know_their_place() {
        assert_eq!(FlowStep::Kinds.number(), 1);
        assert_eq!(FlowStep::Check.number(), 6);
        assert_eq!(FlowStep::Kinds.next(), Some(FlowStep::Person));
        assert_eq!(FlowStep::Check.next(), None);
        assert_eq!(FlowStep::Kinds.previous(), None);
        assert_eq!(FlowStep::Contact.previous(), Some(FlowStep::Knowledge));
        for step in FlowStep::ALL {
            assert_eq!(FlowStep::parse(step.slug()), Some(step));
        }
        assert_eq!(FlowStep::parse("../admin"), None);
    }
}
