//! Reading a questionnaire file (TOML) and checking it; every problem is named, so an
//! installation can fix its file before Helder starts.

use super::{AnswerType, Choice, Kind, MAX_ANSWER_CHARS, Question, Questionnaire, Step, Texts};
use crate::languages::{LANGUAGES, Language};
use std::collections::{BTreeMap, BTreeSet};

impl Step {
    fn parse(s: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|step| step.as_str() == s)
    }
}

impl Questionnaire {
    /// Parses and checks a questionnaire file (TOML). Every problem is listed.
    pub fn parse(source: &str) -> Result<Questionnaire, Vec<String>> {
        let table: toml::Table = source
            .parse()
            .map_err(|e: toml::de::Error| vec![e.to_string()])?;
        let mut problems = Vec::new();
        let version = table
            .get("version")
            .and_then(|v| v.as_str())
            .filter(|v| !v.trim().is_empty())
            .map(str::to_owned)
            .unwrap_or_else(|| {
                problems.push(
                    "`version` is missing: every report stores the version it was asked with"
                        .into(),
                );
                String::new()
            });
        let questions: Vec<Question> = array(&table, "questions", &mut problems)
            .iter()
            .enumerate()
            .filter_map(|(i, q)| parse_question(i, q, &mut problems))
            .collect();
        let mut seen = BTreeSet::new();
        for q in &questions {
            if !seen.insert(q.id.as_str()) {
                problems.push(format!("question `{}` appears twice", q.id));
            }
        }
        let kinds: Vec<Kind> = array(&table, "kinds", &mut problems)
            .iter()
            .enumerate()
            .filter_map(|(i, k)| parse_kind(i, k, &questions, &mut problems))
            .collect();
        if kinds.is_empty() {
            problems.push("there must be at least one kind of suspicion".into());
        }
        if problems.is_empty() {
            Ok(Questionnaire {
                version,
                kinds,
                questions,
            })
        } else {
            Err(problems)
        }
    }
}

/// The `i`th entry of `[[questions]]`; `None` when it is not a table at all.
fn parse_question(i: usize, q: &toml::Value, problems: &mut Vec<String>) -> Option<Question> {
    let Some(q) = q.as_table() else {
        problems.push(format!("question {} must be a table", i + 1));
        return None;
    };
    let id = string(q, "id", &format!("question {}", i + 1), problems);
    let place = format!("question `{id}`");
    let step_text = string(q, "step", &place, problems);
    let step = Step::parse(&step_text).unwrap_or_else(|| {
        problems.push(format!(
            "{place}: step `{step_text}` is not person, situation or knowledge"
        ));
        Step::Knowledge
    });
    let answer = parse_answer_type(q, &place, problems);
    let max_length = match q.get("max_length").map(|v| v.as_integer()) {
        None => 200,
        Some(Some(n)) if (1..=MAX_ANSWER_CHARS as i64).contains(&n) => n as usize,
        Some(_) => {
            problems.push(format!(
                "{place}: max_length must be 1 to {MAX_ANSWER_CHARS}"
            ));
            200
        }
    };
    Some(Question {
        label: texts(q, "label", &place, problems),
        hint: q
            .contains_key("hint")
            .then(|| texts(q, "hint", &place, problems)),
        always: q.get("always").and_then(|v| v.as_bool()).unwrap_or(false),
        id,
        step,
        answer,
        max_length,
    })
}

/// A question's `type`, with its `choices` for a choice question.
fn parse_answer_type(q: &toml::Table, place: &str, problems: &mut Vec<String>) -> AnswerType {
    let kind = string(q, "type", place, problems);
    match kind.as_str() {
        "text" => AnswerType::Text,
        "long_text" => AnswerType::LongText,
        "choice" => {
            let mut choices = Vec::new();
            for (j, c) in array(q, "choices", problems).iter().enumerate() {
                let cplace = format!("{place}, choice {}", j + 1);
                match c.as_table() {
                    Some(c) => choices.push(Choice {
                        id: string(c, "id", &cplace, problems),
                        label: texts(c, "label", &cplace, problems),
                    }),
                    None => problems.push(format!("{cplace} must be a table")),
                }
            }
            if choices.is_empty() {
                problems.push(format!("{place}: a choice question needs choices"));
            }
            AnswerType::Choice(choices)
        }
        other => {
            problems.push(format!(
                "{place}: type `{other}` is not text, long_text or choice"
            ));
            AnswerType::Text
        }
    }
}

/// The `i`th entry of `[[kinds]]`, whose questions must be among `questions`.
fn parse_kind(
    i: usize,
    k: &toml::Value,
    questions: &[Question],
    problems: &mut Vec<String>,
) -> Option<Kind> {
    let Some(k) = k.as_table() else {
        problems.push(format!("kind {} must be a table", i + 1));
        return None;
    };
    let id = string(k, "id", &format!("kind {}", i + 1), problems);
    let place = format!("kind `{id}`");
    let mut needs = Vec::new();
    for q in array(k, "questions", problems) {
        match q.as_str() {
            Some(qid) if questions.iter().any(|q| q.id == qid) => needs.push(qid.to_owned()),
            Some(qid) => problems.push(format!(
                "{place} needs question `{qid}`, which does not exist"
            )),
            None => problems.push(format!("{place}: questions must be question ids")),
        }
    }
    Some(Kind {
        label: texts(k, "label", &place, problems),
        hint: k
            .contains_key("hint")
            .then(|| texts(k, "hint", &place, problems)),
        questions: needs,
        id,
    })
}

fn array<'a>(table: &'a toml::Table, key: &str, problems: &mut Vec<String>) -> &'a [toml::Value] {
    match table.get(key) {
        Some(toml::Value::Array(items)) => items,
        Some(_) => {
            problems.push(format!("`{key}` must be a list"));
            &[]
        }
        None => {
            problems.push(format!("`{key}` is missing"));
            &[]
        }
    }
}

pub(crate) fn string(
    table: &toml::Table,
    key: &str,
    place: &str,
    problems: &mut Vec<String>,
) -> String {
    match table.get(key).and_then(|v| v.as_str()) {
        Some(s) if !s.trim().is_empty() => s.to_owned(),
        _ => {
            problems.push(format!("{place}: `{key}` is missing"));
            String::new()
        }
    }
}

/// `key = { nl = "…", en = "…" }`: Dutch required, only languages Helder offers.
pub(crate) fn texts(
    table: &toml::Table,
    key: &str,
    place: &str,
    problems: &mut Vec<String>,
) -> Texts {
    let mut out = BTreeMap::new();
    match table.get(key).and_then(|v| v.as_table()) {
        Some(by_lang) => {
            for (code, text) in by_lang {
                match (LANGUAGES.iter().find(|l| l.code == code), text.as_str()) {
                    (Some(lang), Some(text)) => {
                        out.insert(lang.code, text.to_owned());
                    }
                    (None, _) => problems.push(format!(
                        "{place}: {key}.{code} is not a language Helder offers"
                    )),
                    (_, None) => problems.push(format!("{place}: {key}.{code} must be text")),
                }
            }
            if !out.contains_key(Language::default_language().code) {
                problems.push(format!("{place}: {key} needs a Dutch text ({key}.nl)"));
            }
        }
        None => problems.push(format!(
            "{place}: `{key}` is missing (a table of texts per language)"
        )),
    }
    Texts(out)
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    pub const SMALL: &str = r#"
version = "test-1"

[[questions]]
id = "name"
step = "person"
type = "text"
always = true
label = { nl = "Naam", en = "Name" }

[[questions]]
id = "employer"
step = "situation"
type = "text"
label = { nl = "Werkgever" }

[[questions]]
id = "how"
step = "knowledge"
type = "choice"
always = true
label = { nl = "Hoe weet u dit?" }
choices = [ { id = "neighbour", label = { nl = "Buren" } } ]

[[kinds]]
id = "work"
label = { nl = "Werk" }
questions = ["employer"]

[[kinds]]
id = "other"
label = { nl = "Iets anders" }
questions = []
"#;

    #[test]
    fn every_problem_is_named() {
        let broken = SMALL
            .replace("version = \"test-1\"", "")
            .replace(
                "questions = [\"employer\"]",
                "questions = [\"employer\", \"salary\"]",
            )
            .replace(
                "label = { nl = \"Naam\", en = \"Name\" }",
                "label = { en = \"Name\", xx = \"?\" }",
            )
            .replace("type = \"text\"\nalways", "type = \"slider\"\nalways");
        let problems = Questionnaire::parse(&broken).unwrap_err();
        let all = problems.join("\n");
        assert!(all.contains("version"), "{all}");
        assert!(all.contains("`salary`"), "{all}");
        assert!(all.contains("label.nl"), "{all}");
        assert!(all.contains("xx"), "{all}");
        assert!(all.contains("slider"), "{all}");
        assert!(Questionnaire::parse("not [ toml").is_err());
    }
}
