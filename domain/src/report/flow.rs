//! The steps of the report form and the answers collected on the way: a [`Draft`] per
//! visitor, which becomes a [`CompleteDraft`] only once every step is done.

use super::kinds::{KindSet, stored};
use super::questionnaire::Step;
use crate::languages::Language;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// URL segment of the report form: `/{lang}/melden/…`.
pub const REPORT_SEGMENT: &str = "melden";

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
    pub fn questions(self) -> Option<Step> {
        match self {
            FlowStep::Person => Some(Step::Person),
            FlowStep::Situation => Some(Step::Situation),
            FlowStep::Knowledge => Some(Step::Knowledge),
            _ => None,
        }
    }

    pub fn href(self, lang: Language) -> String {
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
    /// `None` until kinds are chosen; stored as a list, empty until then.
    #[serde(with = "stored")]
    pub kinds: Option<KindSet>,
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
            FlowStep::Kinds => self.kinds.is_some() && self.passed.contains(step.slug()),
            FlowStep::Contact => self.contact.is_some(),
            FlowStep::Check => true,
            _ => self.passed.contains(step.slug()),
        }
    }

    /// The ids of the chosen kinds; none before they are chosen.
    pub fn kind_ids(&self) -> &[String] {
        self.kinds.as_ref().map_or(&[], KindSet::ids)
    }

    /// The draft as a report that may be sent, or the first step still to do.
    pub fn complete(&self) -> Result<CompleteDraft, FlowStep> {
        if let Some(step) = FlowStep::ALL.into_iter().find(|s| !self.has_passed(*s)) {
            return Err(step);
        }
        let kinds = self.kinds.clone().ok_or(FlowStep::Kinds)?;
        let contact = self.contact.clone().ok_or(FlowStep::Contact)?;
        Ok(CompleteDraft {
            kinds,
            answers: self.answers.clone(),
            contact,
        })
    }
}

/// A draft that went through every step: chosen kinds, each question page, and the choice
/// about contact. Only [`Draft::complete`] makes one, so a report can only be sent from it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompleteDraft {
    kinds: KindSet,
    answers: BTreeMap<String, String>,
    contact: ContactDraft,
}

impl CompleteDraft {
    pub fn kinds(&self) -> &KindSet {
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
        draft.kinds = Some(KindSet::try_from(vec!["work".to_owned()]).unwrap());
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
        assert_eq!(complete.kinds().ids(), ["work".to_owned()]);
        assert_eq!(complete.contact(), None, "chose to stay anonymous");
        // Kinds passed but emptied again does not count.
        draft.kinds = None;
        assert_eq!(draft.complete(), Err(FlowStep::Kinds));
    }

    #[test]
    fn drafts_saved_before_passed_existed_still_load() {
        let old = r#"{"kinds":["work"],"answers":{},"contact":null}"#;
        let draft: Draft = serde_json::from_str(old).expect("old drafts load");
        assert!(draft.passed.is_empty());
        assert_eq!(draft.kind_ids(), ["work".to_owned()]);
        assert_eq!(draft.complete(), Err(FlowStep::Kinds));
        let none = r#"{"kinds":[],"answers":{},"contact":null}"#;
        let draft: Draft = serde_json::from_str(none).expect("drafts without kinds load");
        assert_eq!(draft.kinds, None);
        assert_eq!(
            serde_json::to_string(&draft).unwrap(),
            r#"{"kinds":[],"answers":{},"contact":null,"passed":[]}"#,
            "stored as before"
        );
    }
}
