//! The report questionnaire as data: which kinds of suspicion there are, which questions each
//! kind needs, answer types, limits and texts per language. An installation can adjust the
//! file; it is checked at start and every problem is named. Parse, don't validate: a
//! [`Questionnaire`] that exists is consistent.

#[cfg(feature = "server")]
pub(crate) mod parse;

use crate::languages::Language;
use std::collections::{BTreeMap, BTreeSet};

/// A text in several languages; Dutch is always there and is the fallback.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Texts(BTreeMap<&'static str, String>);

impl Texts {
    pub fn get(&self, lang: Language) -> &str {
        self.0
            .get(lang.code)
            .or_else(|| self.0.get(Language::default_language().code))
            .map(String::as_str)
            .unwrap_or_default()
    }

    /// Whether this language has its own text (not the Dutch fallback).
    pub fn has(&self, lang: Language) -> bool {
        self.0.contains_key(lang.code)
    }
}

/// The page a question is asked on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Step {
    /// Who the report is about.
    Person,
    /// What the reporter has seen, per kind of suspicion.
    Situation,
    /// Since when, how the reporter knows, anything else.
    Knowledge,
}

impl Step {
    pub const ALL: [Step; 3] = [Step::Person, Step::Situation, Step::Knowledge];

    pub fn as_str(self) -> &'static str {
        match self {
            Step::Person => "person",
            Step::Situation => "situation",
            Step::Knowledge => "knowledge",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    pub id: String,
    pub label: Texts,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnswerType {
    /// One line of text.
    Text,
    /// Several lines of text.
    LongText,
    /// One of a fixed list.
    Choice(Vec<Choice>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Question {
    pub id: String,
    pub step: Step,
    pub answer: AnswerType,
    pub label: Texts,
    pub hint: Option<Texts>,
    /// Most characters an answer may have.
    pub max_length: usize,
    /// Asked whatever kinds were chosen.
    pub always: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Kind {
    pub id: String,
    pub label: Texts,
    pub hint: Option<Texts>,
    /// Ids of the questions this kind needs, besides the ones always asked.
    pub questions: Vec<String>,
}

// Non-exhaustive: other crates read it but get one only from [`Questionnaire::parse`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Questionnaire {
    /// Stored with every report, so the team knows which questions were asked.
    pub version: String,
    pub kinds: Vec<Kind>,
    pub questions: Vec<Question>,
}

/// Longest answer any question may allow.
pub const MAX_ANSWER_CHARS: usize = 5_000;

impl Questionnaire {
    pub fn kind(&self, id: &str) -> Option<&Kind> {
        self.kinds.iter().find(|k| k.id == id)
    }

    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    /// The questions of `step` that the chosen kinds need, in the order of the file.
    pub fn questions_for<'a>(&'a self, kinds: &[String], step: Step) -> Vec<&'a Question> {
        let needed: BTreeSet<&str> = kinds
            .iter()
            .filter_map(|k| self.kind(k))
            .flat_map(|k| k.questions.iter().map(String::as_str))
            .collect();
        self.questions
            .iter()
            .filter(|q| q.step == step && (q.always || needed.contains(q.id.as_str())))
            .collect()
    }
}

#[cfg(all(test, feature = "server"))]
mod tests {
    use super::parse::tests::SMALL;
    use super::*;

    #[test]
    fn questions_follow_the_chosen_kinds() {
        let q = Questionnaire::parse(SMALL).unwrap();
        let ids = |kinds: &[&str], step| {
            let kinds: Vec<String> = kinds.iter().map(|s| s.to_string()).collect();
            q.questions_for(&kinds, step)
                .iter()
                .map(|q| q.id.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(ids(&["work"], Step::Situation), ["employer"]);
        assert!(
            ids(&["other"], Step::Situation).is_empty(),
            "ask only what the kinds need"
        );
        assert_eq!(
            ids(&["other"], Step::Person),
            ["name"],
            "always-questions are always asked"
        );
        let en = Language::from_code("en").unwrap();
        assert_eq!(q.question("name").unwrap().label.get(en), "Name");
        assert_eq!(
            q.question("employer").unwrap().label.get(en),
            "Werkgever",
            "Dutch fallback"
        );
    }
}
