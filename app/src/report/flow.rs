//! The steps of the report form and what a page of it shows. The server keeps a [`Draft`]
//! per visitor (under a cookie token) and hands each page a [`FormState`].

use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

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
    /// Slugs of the steps whose answers were accepted (every question is optional, so an
    /// empty answer does not tell whether the page was seen).
    #[serde(default)]
    pub passed: BTreeSet<String>,
}

impl Draft {
    /// Records that `step`'s answers were accepted.
    pub fn pass(&mut self, step: FlowStep) {
        self.passed.insert(step.slug().to_owned());
    }

    fn has_passed(&self, step: FlowStep) -> bool {
        match step {
            FlowStep::Kinds => !self.kinds.is_empty() && self.passed.contains(step.slug()),
            FlowStep::Contact => self.contact.is_some(),
            FlowStep::Check => true,
            _ => self.passed.contains(step.slug()),
        }
    }

    /// The draft as a report that may be sent, or the first step still to do.
    pub fn complete(&self) -> Result<CompleteDraft, FlowStep> {
        if let Some(step) = FlowStep::ALL.into_iter().find(|s| !self.has_passed(*s)) {
            return Err(step);
        }
        let contact = self.contact.clone().ok_or(FlowStep::Contact)?;
        Ok(CompleteDraft {
            kinds: self.kinds.clone(),
            answers: self.answers.clone(),
            contact,
        })
    }
}

/// A draft that went through every step: chosen kinds, each question page, and the choice
/// about contact. Only [`Draft::complete`] makes one, so a report can only be sent from it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompleteDraft {
    kinds: Vec<String>,
    answers: BTreeMap<String, String>,
    contact: ContactDraft,
}

impl CompleteDraft {
    /// At least one kind.
    pub fn kinds(&self) -> &[String] {
        &self.kinds
    }

    pub fn answer(&self, question_id: &str) -> Option<&String> {
        self.answers.get(question_id)
    }

    /// The contact details, when the reporter chose to leave them.
    pub fn contact(&self) -> Option<&ContactDraft> {
        Some(&self.contact).filter(|c| c.wants_contact)
    }
}

/// The database could not be reached: instead of the page, say that the answers are safe,
/// and offer to send what was just typed again.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Outage {
    /// Where "try again" posts the fields below; `None`: load the page again.
    pub retry_action: Option<String>,
    /// The fields as they were sent (answers just typed), sent again by "try again".
    pub fields: Vec<(String, String)>,
}

/// Too many reports are being started at once: the page that lets a person in after a
/// moment (the browser proves a little work; without JavaScript, the person waits).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StartTicket {
    pub ticket: String,
    /// Seconds to wait before pressing the button without JavaScript.
    pub wait: i64,
    /// Leading zero bits the page's script looks for.
    pub bits: u32,
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
    /// Set when the database could not be reached (the page says so; status 503).
    pub outage: Option<Outage>,
    /// Set on the waiting page of a busy start.
    pub start_ticket: Option<StartTicket>,
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

    #[test]
    fn only_a_draft_through_every_step_can_be_sent() {
        let mut draft = Draft::default();
        assert_eq!(draft.complete(), Err(FlowStep::Kinds));
        draft.kinds = vec!["work".into()];
        draft.pass(FlowStep::Kinds);
        draft.pass(FlowStep::Person);
        // Kinds and person only (what the old form accepted): the situation page is next.
        assert_eq!(draft.complete(), Err(FlowStep::Situation));
        draft.pass(FlowStep::Situation);
        draft.pass(FlowStep::Knowledge);
        assert_eq!(
            draft.complete(),
            Err(FlowStep::Contact),
            "no contact choice yet"
        );
        draft.contact = Some(ContactDraft::default());
        let complete = draft.complete().expect("every step done");
        assert_eq!(complete.kinds(), ["work".to_owned()]);
        assert_eq!(complete.contact(), None, "chose to stay anonymous");
        // Kinds passed but emptied again does not count.
        draft.kinds.clear();
        assert_eq!(draft.complete(), Err(FlowStep::Kinds));
    }

    #[test]
    fn drafts_saved_before_passed_existed_still_load() {
        let old = r#"{"kinds":["work"],"answers":{},"contact":null}"#;
        let draft: Draft = serde_json::from_str(old).expect("old drafts load");
        assert!(draft.passed.is_empty());
        assert_eq!(draft.complete(), Err(FlowStep::Kinds));
    }
}
