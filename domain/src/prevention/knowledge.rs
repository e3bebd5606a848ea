//! "Which duties are least known": the share of right answers per self-check question, in
//! total, per language and per quarter, from the kept counts. A share of fewer than
//! [`MIN_SHOWN`] answers is not shown (it says more about chance than about knowledge).

use super::{
    quarter_of,
    selfcheck::{Answer, SelfCheck},
};
use std::collections::BTreeMap;

/// Fewest answers behind a share that is shown.
pub const MIN_SHOWN: i64 = 10;

/// One kept count: how often `answer` was given to `question` in `lang` in `month`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswerCount {
    pub question: String,
    pub answer: Answer,
    pub lang: String,
    /// `YYYY-MM`.
    pub month: String,
    pub count: i64,
}

/// Right answers out of all answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Share {
    pub correct: i64,
    pub answered: i64,
}

impl Share {
    /// The share in whole per cent, only from [`MIN_SHOWN`] answers on.
    pub fn percent(self) -> Option<i64> {
        (self.answered >= MIN_SHOWN)
            .then(|| (self.correct * 100 + self.answered / 2) / self.answered)
    }

    fn add(&mut self, correct: bool, count: i64) {
        self.answered += count;
        if correct {
            self.correct += count;
        }
    }
}

/// One question's row of the table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KnowledgeRow {
    /// Position in the self-check, from 1.
    pub number: usize,
    pub id: String,
    pub page: String,
    pub baseline: Option<u8>,
    pub total: Share,
    pub by_lang: BTreeMap<String, Share>,
    pub by_quarter: BTreeMap<String, Share>,
    /// How often "I don't know" was answered.
    pub dont_know: i64,
}

/// Every question of the self-check (counts of questions no longer in it are left out), the
/// least known first; questions with too few answers for a share come last, in their order.
pub fn least_known(check: &SelfCheck, counts: &[AnswerCount]) -> Vec<KnowledgeRow> {
    let mut rows: Vec<KnowledgeRow> = check
        .questions
        .iter()
        .enumerate()
        .map(|(i, q)| KnowledgeRow {
            number: i + 1,
            id: q.id.clone(),
            page: q.page.clone(),
            baseline: q.baseline,
            total: Share::default(),
            by_lang: BTreeMap::new(),
            by_quarter: BTreeMap::new(),
            dont_know: 0,
        })
        .collect();
    for count in counts {
        let Some((number, question)) = check.by_id(&count.question) else {
            continue;
        };
        let Some(quarter) = quarter_of(&count.month) else {
            continue;
        };
        let correct = question.is_correct(count.answer);
        let row = &mut rows[number - 1];
        row.total.add(correct, count.count);
        row.by_lang
            .entry(count.lang.clone())
            .or_default()
            .add(correct, count.count);
        row.by_quarter
            .entry(quarter)
            .or_default()
            .add(correct, count.count);
        if count.answer == Answer::DontKnow {
            row.dont_know += count.count;
        }
    }
    rows.sort_by_key(|r| (r.total.percent().is_none(), r.total.percent(), r.number));
    rows
}

/// The quarters and languages that occur in the rows, for the table's columns.
pub fn columns(rows: &[KnowledgeRow]) -> (Vec<String>, Vec<String>) {
    let mut quarters: Vec<String> = rows
        .iter()
        .flat_map(|r| r.by_quarter.keys().cloned())
        .collect();
    quarters.sort();
    quarters.dedup();
    let mut langs: Vec<String> = rows
        .iter()
        .flat_map(|r| r.by_lang.keys().cloned())
        .collect();
    langs.sort();
    langs.dedup();
    (quarters, langs)
}

#[cfg(all(test, feature = "server"))]
mod tests {
    use super::*;
    use crate::prevention::selfcheck::parse::tests::{SMALL, pages};

    fn count(question: &str, answer: Answer, lang: &str, month: &str, count: i64) -> AnswerCount {
        AnswerCount {
            question: question.into(),
            answer,
            lang: lang.into(),
            month: month.into(),
            count,
        }
    }

    #[test]
    fn shares_need_ten_answers_and_the_least_known_comes_first() {
        let check = SelfCheck::parse(SMALL, &pages()).unwrap();
        let counts = [
            count("kostendeler", Answer::Yes, "nl", "2026-11", 6),
            count("kostendeler", Answer::DontKnow, "ar", "2026-12", 4),
            count("voedselbank", Answer::No, "nl", "2026-12", 9),
            count("weg", Answer::No, "nl", "2026-12", 50),
        ];
        let rows = least_known(&check, &counts);
        assert_eq!(rows[0].id, "kostendeler");
        assert_eq!(
            rows[0].total,
            Share {
                correct: 6,
                answered: 10
            }
        );
        assert_eq!(rows[0].total.percent(), Some(60));
        assert_eq!(rows[0].dont_know, 4);
        assert_eq!(rows[0].by_lang["ar"].percent(), None, "4 answers: no share");
        assert_eq!(rows[0].by_quarter["2026 K4"].answered, 10);
        assert_eq!(rows[1].total.percent(), None, "9 answers: no share, last");
        let (quarters, langs) = columns(&rows);
        assert_eq!(quarters, vec!["2026 K4"]);
        assert_eq!(langs, vec!["ar", "nl"]);
        assert_eq!(
            Share {
                correct: 2,
                answered: 3
            }
            .percent(),
            None
        );
        assert_eq!(
            Share {
                correct: 2,
                answered: 30
            }
            .percent(),
            Some(7)
        );
    }
}
