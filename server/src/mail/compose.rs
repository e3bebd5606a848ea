//! The texts of Helder's mail: plain text from the Fluent files, Dutch first. A mail never
//! holds what a report says, nor a name or address from it: only a count, or the fact that a
//! question is waiting, and a link.

use helder_app::i18n::{t, t_args};
use helder_domain::languages::Language;

/// The daily digest for a team member: how many new reports wait in their queue, and where.
/// Staff read Dutch or English (`locales/{nl,en}/staff.ftl`).
pub fn digest(
    lang: Language,
    member_display_name: &str,
    new_count: u64,
    queue_url: &str,
) -> (String, String) {
    let count = new_count.to_string();
    let name = one_line(member_display_name);
    let subject = t_args(lang, "mail-digest-subject", &[("count", &count)]);
    let body = paragraphs(&[
        t_args(lang, "mail-digest-greeting", &[("name", &name)]),
        t_args(lang, "mail-digest-count", &[("count", &count)]),
        t_args(lang, "mail-digest-link", &[("url", queue_url)]),
        t(lang, "mail-digest-privacy"),
        t(lang, "mail-digest-automatic"),
    ]);
    (subject, body)
}

/// For a reporter who left an e-mail address: only that a question from the team is waiting
/// and where to enter the receipt code. In every language (`locales/<lang>/main.ftl`).
pub fn question_waiting(lang: Language, return_url: &str) -> (String, String) {
    let subject = t(lang, "mail-question-subject");
    let body = paragraphs(&[
        t_args(lang, "mail-question-body", &[("url", return_url)]),
        t(lang, "mail-question-privacy"),
    ]);
    (subject, body)
}

/// For a person who asked an anonymous question and left an address: only that the answer is
/// ready and where to enter the code (never the question, the answer or the code).
pub fn answer_ready(lang: Language, answer_url: &str) -> (String, String) {
    let subject = t(lang, "mail-answer-subject");
    let body = paragraphs(&[
        t_args(lang, "mail-answer-body", &[("url", answer_url)]),
        t(lang, "mail-answer-privacy"),
    ]);
    (subject, body)
}

fn paragraphs(parts: &[String]) -> String {
    let mut body = parts.join("\n\n");
    body.push('\n');
    body
}

/// A value put into a mail text on one line: no control characters (no header or line tricks).
fn one_line(value: &str) -> String {
    value
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect::<String>()
        .trim()
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lang(code: &str) -> Language {
        Language::from_code(code).unwrap()
    }

    #[test]
    fn the_digest_holds_the_count_and_the_link() {
        let url = "https://helder.voorbeeld.nl/nl/team/meldingen";
        for code in ["nl", "en"] {
            let (subject, body) = digest(lang(code), "Anna\r\nBcc: x", 7, url);
            assert!(subject.contains('7'), "{code}: {subject}");
            assert!(body.contains(" 7") && body.contains(url), "{code}: {body}");
            assert!(body.contains("Anna  Bcc: x"), "one line: {body}");
            assert!(
                !body.contains("mail-digest"),
                "{code}: every key exists: {body}"
            );
        }
        assert_ne!(
            digest(lang("nl"), "A", 1, url),
            digest(lang("en"), "A", 1, url)
        );
    }

    #[test]
    fn the_question_mail_exists_in_every_language() {
        let url = "https://helder.voorbeeld.nl/ar/melden/terugkomen";
        let dutch = question_waiting(lang("nl"), url);
        for language in helder_domain::languages::LANGUAGES {
            let (subject, body) = question_waiting(*language, url);
            assert!(body.contains(url), "{}: {body}", language.code);
            assert!(!subject.starts_with("mail-") && !body.contains("mail-question"));
            if language.code != "nl" {
                assert_ne!((subject, body), dutch, "{} is translated", language.code);
            }
        }
    }
}
