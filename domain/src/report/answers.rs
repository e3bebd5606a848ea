//! What a reporter types, checked against the questionnaire. Every check has its own error,
//! so the form can say exactly what to change.

use super::questionnaire::{AnswerType, Question};

/// A checked, non-empty answer. An empty field means "I don't know" and is not stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    Text(String),
    Choice(String),
}

impl Answer {
    pub fn as_str(&self) -> &str {
        match self {
            Answer::Text(t) | Answer::Choice(t) => t,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum AnswerError {
    #[error("answer is longer than {max} characters")]
    TooLong { max: usize },
    #[error("answer is not one of the choices")]
    NotAChoice,
    #[error("answer contains control characters")]
    ControlCharacters,
}

impl AnswerError {
    /// The Fluent key of the message shown next to the field.
    pub fn message_key(self) -> &'static str {
        match self {
            AnswerError::TooLong { .. } => "report-error-too-long",
            AnswerError::NotAChoice => "report-error-not-a-choice",
            AnswerError::ControlCharacters => "report-error-characters",
        }
    }
}

/// Checks one answer. Line breaks are kept only in long answers; CR/LF in a one-line answer
/// become spaces, so nothing typed can start a new line in a mail or log.
pub fn parse_answer(question: &Question, raw: &str) -> Result<Option<Answer>, AnswerError> {
    let normalised = raw.replace("\r\n", "\n").replace('\r', "\n");
    let text = match question.answer {
        AnswerType::LongText => normalised,
        _ => normalised.replace(['\n', '\t'], " "),
    };
    if text
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t')
    {
        return Err(AnswerError::ControlCharacters);
    }
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    if text.chars().count() > question.max_length {
        return Err(AnswerError::TooLong {
            max: question.max_length,
        });
    }
    match &question.answer {
        AnswerType::Choice(choices) => choices
            .iter()
            .find(|c| c.id == text)
            .map(|c| Some(Answer::Choice(c.id.clone())))
            .ok_or(AnswerError::NotAChoice),
        _ => Ok(Some(Answer::Text(text.to_owned()))),
    }
}

/// An e-mail address fit to write to: one `@`, no spaces or line breaks, at most 254 characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmailAddress(String);

impl EmailAddress {
    pub fn parse(raw: &str) -> Option<EmailAddress> {
        let s = raw.trim();
        let (local, domain) = s.split_once('@')?;
        let ok = s.len() <= 254
            && !local.is_empty()
            && local.len() <= 64
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains('@')
            && s.chars()
                .all(|c| !c.is_whitespace() && !c.is_control() && c != '<' && c != '>' && c != ',');
        ok.then(|| EmailAddress(s.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A phone number: digits with the usual separators, 6 to 15 digits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhoneNumber(String);

impl PhoneNumber {
    pub fn parse(raw: &str) -> Option<PhoneNumber> {
        let s = raw.trim();
        let digits = s.chars().filter(char::is_ascii_digit).count();
        let ok = (6..=15).contains(&digits)
            && s.len() <= 30
            && s.chars()
                .all(|c| c.is_ascii_digit() || " +-().".contains(c));
        ok.then(|| PhoneNumber(s.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(all(test, feature = "server"))]
mod tests {
    use super::super::questionnaire::Questionnaire;
    use super::*;

    fn questionnaire() -> Questionnaire {
        Questionnaire::parse(include_str!("../../../locales/questionnaire.toml"))
            .expect("shipped questionnaire is valid")
    }

    #[test]
    fn answers_are_checked_against_their_question() {
        let q = questionnaire();
        let name = q.question("person_name").unwrap();
        assert_eq!(
            parse_answer(name, "  Jan  ").unwrap(),
            Some(Answer::Text("Jan".into()))
        );
        assert_eq!(
            parse_answer(name, "   ").unwrap(),
            None,
            "empty means I don't know"
        );
        assert_eq!(
            parse_answer(name, &"x".repeat(1000)),
            Err(AnswerError::TooLong { max: 200 })
        );
        assert_eq!(
            parse_answer(name, "Jan\r\nBcc: x@y.nl").unwrap(),
            Some(Answer::Text("Jan Bcc: x@y.nl".into()))
        );
        assert_eq!(
            parse_answer(name, "Jan\u{0}"),
            Err(AnswerError::ControlCharacters)
        );
        let script = parse_answer(name, "<script>alert(1)</script>")
            .unwrap()
            .unwrap();
        assert_eq!(
            script.as_str(),
            "<script>alert(1)</script>",
            "stored as inert text, escaped when shown"
        );

        let extra = q.question("extra").unwrap();
        assert_eq!(
            parse_answer(extra, "a\r\nb").unwrap(),
            Some(Answer::Text("a\nb".into())),
            "long answers keep lines"
        );

        let how = q.question("how_known").unwrap();
        assert_eq!(
            parse_answer(how, "neighbour").unwrap(),
            Some(Answer::Choice("neighbour".into()))
        );
        assert_eq!(
            parse_answer(how, "' OR 1=1 --"),
            Err(AnswerError::NotAChoice)
        );
    }

    #[test]
    fn the_shipped_questionnaire_asks_only_what_kinds_need() {
        use super::super::questionnaire::Step;
        let q = questionnaire();
        let work: Vec<_> = q
            .questions_for(&["work".into()], Step::Situation)
            .iter()
            .map(|q| q.id.clone())
            .collect();
        assert_eq!(work, ["work_where", "work_when", "work_paid"]);
        let assets: Vec<_> = q
            .questions_for(&["assets".into()], Step::Situation)
            .iter()
            .map(|q| q.id.clone())
            .collect();
        assert!(
            assets.contains(&"assets_amount".to_string())
                && !assets.contains(&"work_where".to_string())
        );
        for step in Step::ALL {
            for question in q.questions_for(&["other".into()], step) {
                assert!(
                    question.always || question.id == "other_what",
                    "{}",
                    question.id
                );
            }
        }
    }

    #[test]
    fn contact_details_are_parsed() {
        assert!(EmailAddress::parse("iemand@voorbeeld.nl").is_some());
        assert!(
            EmailAddress::parse("a@b.nl\r\nBcc: x@y.nl").is_none(),
            "CRLF cannot sneak in"
        );
        assert!(EmailAddress::parse("geen-apenstaartje").is_none());
        assert!(EmailAddress::parse("a@b@c.nl").is_none());
        assert!(PhoneNumber::parse("06-12345678").is_some());
        assert!(PhoneNumber::parse("+31 (0)20 123 4567").is_some());
        assert!(PhoneNumber::parse("12").is_none());
        assert!(PhoneNumber::parse("06 1234 abcd").is_none());
    }
}
