//! The self-check "Weet u wat u moet doorgeven?": situations answered yes, no or "I don't
//! know", each followed by the right answer and the page that explains it. The questions are
//! data (`locales/selfcheck.toml`, checked at start); what a visitor answered lives only in
//! the flow's own short-lived cookie ([`Progress`]).

use crate::report::questionnaire::Texts;

/// The address segment of the self-check (`/{lang}/zelftest`).
pub const SELFCHECK_SEGMENT: &str = "zelftest";

/// An answer to a situation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Answer {
    Yes,
    No,
    DontKnow,
}

impl Answer {
    pub const ALL: [Answer; 3] = [Answer::Yes, Answer::No, Answer::DontKnow];

    pub fn as_str(self) -> &'static str {
        match self {
            Answer::Yes => "yes",
            Answer::No => "no",
            Answer::DontKnow => "unknown",
        }
    }

    pub fn parse(text: &str) -> Option<Answer> {
        Answer::ALL.into_iter().find(|a| a.as_str() == text)
    }

    fn letter(self) -> char {
        match self {
            Answer::Yes => 'y',
            Answer::No => 'n',
            Answer::DontKnow => 'd',
        }
    }

    fn from_letter(c: char) -> Option<Answer> {
        Answer::ALL.into_iter().find(|a| a.letter() == c)
    }
}

/// One situation of the self-check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckQuestion {
    /// Stable: counts are kept under it.
    pub id: String,
    /// Slug of the information page that explains it.
    pub page: String,
    /// Yes or no (never "I don't know").
    pub correct: Answer,
    /// Share of recipients who knew this duty in Haarlem's survey of 2017, in per cent.
    pub baseline: Option<u8>,
    pub situation: Texts,
    pub explanation: Texts,
}

impl CheckQuestion {
    pub fn is_correct(&self, answer: Answer) -> bool {
        answer == self.correct
    }
}

/// The self-check in force. A value that exists has at least one question, unique ids and a
/// yes or no as every right answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SelfCheck {
    pub version: String,
    /// Where the baseline figures come from (shown beside them).
    pub baseline_source: String,
    pub questions: Vec<CheckQuestion>,
}

impl SelfCheck {
    /// Question `number`, counted from 1 as in the address.
    pub fn question(&self, number: usize) -> Option<&CheckQuestion> {
        number.checked_sub(1).and_then(|i| self.questions.get(i))
    }

    /// The position (from 1) and question with this id.
    pub fn by_id(&self, id: &str) -> Option<(usize, &CheckQuestion)> {
        self.questions
            .iter()
            .enumerate()
            .find(|(_, q)| q.id == id)
            .map(|(i, q)| (i + 1, q))
    }

    pub fn len(&self) -> usize {
        self.questions.len()
    }

    pub fn is_empty(&self) -> bool {
        self.questions.is_empty()
    }
}

/// What one visitor answered so far: one letter per question (`y`, `n`, `d`, or `-` when not
/// answered). Kept in the flow's cookie only, never on the server.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Progress(Vec<Option<Answer>>);

impl Progress {
    /// Read leniently: anything unknown counts as not answered; cut or padded to `len`.
    pub fn parse(text: &str, len: usize) -> Progress {
        let mut answers: Vec<Option<Answer>> =
            text.chars().take(len).map(Answer::from_letter).collect();
        answers.resize(len, None);
        Progress(answers)
    }

    /// The answer to question `number` (from 1), if given.
    pub fn get(&self, number: usize) -> Option<Answer> {
        number
            .checked_sub(1)
            .and_then(|i| self.0.get(i).copied().flatten())
    }

    /// The same with question `number` answered; unchanged when there is no such question.
    pub fn with(mut self, number: usize, answer: Answer) -> Progress {
        if let Some(slot) = number.checked_sub(1).and_then(|i| self.0.get_mut(i)) {
            *slot = Some(answer);
        }
        self
    }

    pub fn encode(&self) -> String {
        self.0
            .iter()
            .map(|a| a.map(Answer::letter).unwrap_or('-'))
            .collect()
    }

    /// The first question not answered yet (from 1), if any.
    pub fn first_open(&self) -> Option<usize> {
        self.0.iter().position(Option::is_none).map(|i| i + 1)
    }

    /// How the visitor did.
    pub fn summary(&self, check: &SelfCheck) -> Summary {
        let mut summary = Summary::default();
        for (i, question) in check.questions.iter().enumerate() {
            match self.0.get(i).copied().flatten() {
                Some(answer) if question.is_correct(answer) => {
                    summary.answered += 1;
                    summary.knew += 1;
                }
                Some(_) => {
                    summary.answered += 1;
                    summary.to_read.push(i + 1);
                }
                None => summary.not_answered.push(i + 1),
            }
        }
        summary
    }
}

/// The end of the self-check: what the visitor knew and what to read.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Summary {
    pub answered: usize,
    pub knew: usize,
    /// Questions (from 1) answered wrongly or with "I don't know".
    pub to_read: Vec<usize>,
    pub not_answered: Vec<usize>,
}

#[cfg(feature = "server")]
pub(crate) mod parse {
    use super::*;
    use crate::report::questionnaire::parse::{string, texts};
    use std::collections::BTreeSet;

    impl SelfCheck {
        /// Parses and checks a self-check file (TOML); every problem is named. `pages` are
        /// the slugs of the information pages a question may name.
        pub fn parse(source: &str, pages: &BTreeSet<String>) -> Result<SelfCheck, Vec<String>> {
            let table: toml::Table = source
                .parse()
                .map_err(|e: toml::de::Error| vec![e.to_string()])?;
            let mut problems = Vec::new();
            let version = string(&table, "version", "the file", &mut problems);
            let baseline_source = string(&table, "baseline_source", "the file", &mut problems);
            let entries = table
                .get("questions")
                .and_then(|v| v.as_array())
                .cloned()
                .unwrap_or_default();
            if entries.is_empty() {
                problems.push("there must be at least one [[questions]]".into());
            }
            let mut seen = BTreeSet::new();
            let mut questions = Vec::new();
            for (i, entry) in entries.iter().enumerate() {
                let Some(q) = entry.as_table() else {
                    problems.push(format!("question {} must be a table", i + 1));
                    continue;
                };
                let id = string(q, "id", &format!("question {}", i + 1), &mut problems);
                let place = format!("question `{id}`");
                if !id.is_empty()
                    && !id
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
                {
                    problems.push(format!("{place}: the id may hold only a-z, 0-9 and -"));
                }
                if !id.is_empty() && !seen.insert(id.clone()) {
                    problems.push(format!("{place} appears twice"));
                }
                let page = string(q, "page", &place, &mut problems);
                if !page.is_empty() && !pages.contains(&page) {
                    problems.push(format!("{place}: there is no information page `{page}`"));
                }
                let correct_text = string(q, "correct", &place, &mut problems);
                let correct = match Answer::parse(&correct_text) {
                    Some(a @ (Answer::Yes | Answer::No)) => a,
                    _ => {
                        problems.push(format!("{place}: `correct` must be yes or no"));
                        Answer::Yes
                    }
                };
                let baseline = match q.get("baseline") {
                    None => None,
                    Some(v) => match v.as_integer().and_then(|n| u8::try_from(n).ok()) {
                        Some(n) if n <= 100 => Some(n),
                        _ => {
                            problems.push(format!("{place}: `baseline` is a percentage, 0 to 100"));
                            None
                        }
                    },
                };
                let situation = texts(q, "situation", &place, &mut problems);
                let explanation = texts(q, "explanation", &place, &mut problems);
                questions.push(CheckQuestion {
                    id,
                    page,
                    correct,
                    baseline,
                    situation,
                    explanation,
                });
            }
            if problems.is_empty() {
                Ok(SelfCheck {
                    version,
                    baseline_source,
                    questions,
                })
            } else {
                Err(problems)
            }
        }
    }

    #[cfg(test)]
    pub(crate) mod tests {
        use super::*;

        pub const SMALL: &str = r#"
version = "t-1"
baseline_source = "Haarlem 2017"

[[questions]]
id = "kostendeler"
page = "kostendeler"
correct = "yes"
baseline = 69
situation = { nl = "Uw zoon wordt 27. Doorgeven?", en = "Your son turns 27. Tell us?" }
explanation = { nl = "Ja.", en = "Yes." }

[[questions]]
id = "voedselbank"
page = "giften-en-leningen"
correct = "no"
situation = { nl = "Voedselbank?" }
explanation = { nl = "Nee." }
"#;

        pub fn pages() -> BTreeSet<String> {
            ["kostendeler", "giften-en-leningen"]
                .map(String::from)
                .into()
        }

        #[test]
        fn a_good_file_parses() {
            let check = SelfCheck::parse(SMALL, &pages()).unwrap();
            assert_eq!(check.len(), 2);
            assert_eq!(check.question(1).unwrap().baseline, Some(69));
            assert_eq!(check.question(2).unwrap().correct, Answer::No);
            assert_eq!(check.by_id("voedselbank").unwrap().0, 2);
            assert!(check.question(0).is_none() && check.question(3).is_none());
        }

        #[test]
        fn every_problem_is_named() {
            let broken = SMALL
                .replace("page = \"kostendeler\"", "page = \"bestaat-niet\"")
                .replace("correct = \"no\"", "correct = \"unknown\"")
                .replace("baseline = 69", "baseline = 169")
                .replace("id = \"voedselbank\"", "id = \"kostendeler\"")
                .replace(
                    "explanation = { nl = \"Nee.\" }",
                    "explanation = { en = \"No.\" }",
                );
            let all = SelfCheck::parse(&broken, &pages()).unwrap_err().join("\n");
            for needle in [
                "bestaat-niet",
                "yes or no",
                "0 to 100",
                "twice",
                "explanation.nl",
            ] {
                assert!(all.contains(needle), "{needle} in {all}");
            }
            assert!(
                SelfCheck::parse("version = \"x\"\nbaseline_source = \"y\"", &pages()).is_err()
            );
        }
    }
}

#[cfg(all(test, feature = "server"))]
mod tests {
    use super::parse::tests::{SMALL, pages};
    use super::*;

    #[test]
    fn progress_lives_in_letters_and_sums_up() {
        let check = SelfCheck::parse(SMALL, &pages()).unwrap();
        let p = Progress::parse("", check.len());
        assert_eq!(p.encode(), "--");
        assert_eq!(p.first_open(), Some(1));
        let p = p.with(1, Answer::Yes).with(9, Answer::No);
        assert_eq!(p.encode(), "y-");
        assert_eq!(p.get(1), Some(Answer::Yes));
        let s = p.summary(&check);
        assert_eq!((s.answered, s.knew), (1, 1));
        assert_eq!(s.not_answered, vec![2]);
        let p = Progress::parse("yyxyz<script>", check.len()).with(2, Answer::DontKnow);
        assert_eq!(p.encode(), "yd");
        let s = p.summary(&check);
        assert_eq!((s.answered, s.knew, s.to_read.clone()), (2, 1, vec![2]));
        assert_eq!(p.first_open(), None);
    }
}
