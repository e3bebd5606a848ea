//! Readability of a page's text: Flesch-Douma for Dutch, sentence length in every language,
//! long words and bureaucratic words (Dutch), as figures and as findings.

use super::plain_words::{PLAIN_WORDS, plain_word_hits};
use super::sentences::{Sentence, sentences};
use super::{Finding, Severity, is_dutch, quoted};
use crate::languages::Language;
use crate::readability::{Readability, syllables};
use std::collections::HashSet;

/// B1 text scores at least this on Flesch-Douma.
pub const FLESCH_DOUMA_B1: f64 = 60.0;
/// Average sentence length (words) above which the text reads as hard.
pub const AVERAGE_SENTENCE_MAX: f64 = 15.0;
/// A sentence longer than this (words) gets a warning.
pub const SENTENCE_MAX_WORDS: usize = 25;
/// A Dutch word with this many syllables or more is long.
pub const LONG_WORD_SYLLABLES: usize = 5;
/// A Dutch word with this many letters or more is long.
pub const LONG_WORD_LETTERS: usize = 16;
/// How many words of a long sentence the warning quotes.
const EXCERPT_WORDS: usize = 10;
/// How many long words one finding lists.
const LISTED_WORDS: usize = 10;

/// Readability of a text, as the editor page shows it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ReadabilityReport {
    /// Flesch-Douma score; Dutch only (the formula is made for Dutch).
    pub flesch_douma: Option<f64>,
    pub words: usize,
    pub sentences: usize,
    /// Words per sentence.
    pub average_sentence: f64,
    pub longest_sentence_words: usize,
    pub longest_sentence: String,
    /// Sentences longer than [`SENTENCE_MAX_WORDS`].
    pub long_sentences: usize,
    /// Distinct long words in order of appearance (Dutch only: at least
    /// [`LONG_WORD_SYLLABLES`] syllables or [`LONG_WORD_LETTERS`] letters).
    pub long_words: Vec<String>,
    /// Bureaucratic words or phrases found (Dutch only), each once, with a plainer alternative.
    pub plain_words: Vec<(String, String)>,
}

fn is_long_word(word: &str) -> bool {
    !word.chars().any(|c| c.is_ascii_digit())
        && (word.chars().count() >= LONG_WORD_LETTERS || syllables(word) >= LONG_WORD_SYLLABLES)
}

/// Measures the plain text of a page (the `text` of a rendered body, or a title).
pub fn readability(lang: Language, plain_text: &str) -> ReadabilityReport {
    let sentences = sentences(plain_text);
    let words: usize = sentences.iter().map(|s| s.words.len()).sum();
    if words == 0 {
        return ReadabilityReport::default();
    }
    let dutch = is_dutch(lang);
    let longest = sentences
        .iter()
        .fold(None::<&Sentence>, |best, s| match best {
            Some(b) if b.words.len() >= s.words.len() => Some(b),
            _ => Some(s),
        });
    let flesch_douma = dutch.then(|| {
        Readability {
            words,
            sentences: sentences.len(),
            syllables: sentences
                .iter()
                .flat_map(|s| &s.words)
                .map(|w| syllables(w))
                .sum(),
        }
        .flesch_douma()
    });
    let mut long_words = Vec::new();
    if dutch {
        let mut seen = HashSet::new();
        for word in sentences.iter().flat_map(|s| &s.words) {
            if is_long_word(word) && seen.insert(word.to_lowercase()) {
                long_words.push(word.clone());
            }
        }
    }
    ReadabilityReport {
        flesch_douma,
        words,
        sentences: sentences.len(),
        average_sentence: words as f64 / sentences.len() as f64,
        longest_sentence_words: longest.map_or(0, |s| s.words.len()),
        longest_sentence: longest.map(|s| s.text.clone()).unwrap_or_default(),
        long_sentences: sentences
            .iter()
            .filter(|s| s.words.len() > SENTENCE_MAX_WORDS)
            .count(),
        long_words,
        plain_words: if dutch {
            plain_word_hits(&sentences, &PLAIN_WORDS)
        } else {
            Vec::new()
        },
    }
}

/// A number with one decimal, `.` as separator (the pages write a decimal comma where the
/// language does).
fn one_decimal(value: f64) -> String {
    format!("{:.1}", (value * 10.0).round() / 10.0)
}

/// The first words of a sentence, with `…` when there are more.
fn excerpt(sentence: &str) -> String {
    let words: Vec<&str> = sentence.split_whitespace().collect();
    if words.len() <= EXCERPT_WORDS {
        sentence.to_owned()
    } else {
        format!("{} …", words[..EXCERPT_WORDS].join(" "))
    }
}

/// The warnings and advice for a readability report of a text in `lang`.
pub fn readability_findings(lang: Language, report: &ReadabilityReport) -> Vec<Finding> {
    let mut findings = Vec::new();
    if report.words == 0 {
        return findings;
    }
    if let Some(score) = report.flesch_douma.filter(|s| *s < FLESCH_DOUMA_B1) {
        findings.push(Finding::new(
            "check-flesch-low",
            Severity::Warning,
            vec![
                ("score", format!("{}", score.round() as i64)),
                ("target", format!("{}", FLESCH_DOUMA_B1 as i64)),
            ],
        ));
    }
    // Compared as shown (one decimal), so "15,0" never gets a warning.
    let average = one_decimal(report.average_sentence);
    if average
        .parse::<f64>()
        .is_ok_and(|a| a > AVERAGE_SENTENCE_MAX)
    {
        findings.push(Finding::new(
            "check-average-long",
            Severity::Warning,
            vec![
                ("average", average),
                ("max", format!("{}", AVERAGE_SENTENCE_MAX as i64)),
            ],
        ));
    }
    if report.long_sentences > 0 {
        findings.push(Finding::new(
            "check-sentence-long",
            Severity::Warning,
            vec![
                ("count", report.long_sentences.to_string()),
                ("max", SENTENCE_MAX_WORDS.to_string()),
                ("words", report.longest_sentence_words.to_string()),
                ("sentence", quoted(lang, &excerpt(&report.longest_sentence))),
            ],
        ));
    }
    if !report.long_words.is_empty() {
        let listed: Vec<&str> = report
            .long_words
            .iter()
            .take(LISTED_WORDS)
            .map(String::as_str)
            .collect();
        findings.push(Finding::new(
            "check-long-words",
            Severity::Advice,
            vec![
                ("count", report.long_words.len().to_string()),
                ("words", quoted(lang, &listed.join(", "))),
            ],
        ));
    }
    for (word, alternative) in &report.plain_words {
        findings.push(Finding::new(
            "check-plain-word",
            Severity::Advice,
            vec![("word", word.clone()), ("alternative", alternative.clone())],
        ));
    }
    findings
}

/// The readability figures as lines for the editor page (information, not warnings): the
/// Flesch-Douma score for Dutch, then words, sentences, average and longest sentence.
pub fn readability_summary(report: &ReadabilityReport) -> Vec<Finding> {
    let advice = |key: &'static str, value: String| Finding {
        key,
        args: vec![("value", value)],
        severity: Severity::Advice,
    };
    let mut lines = Vec::new();
    if let Some(score) = report.flesch_douma {
        lines.push(advice("check-figure-flesch", format!("{score:.0}")));
    }
    lines.push(advice("check-figure-words", report.words.to_string()));
    lines.push(advice(
        "check-figure-sentences",
        report.sentences.to_string(),
    ));
    lines.push(advice(
        "check-figure-average",
        format!("{:.1}", report.average_sentence),
    ));
    lines.push(advice(
        "check-figure-longest",
        report.longest_sentence_words.to_string(),
    ));
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::editing::checks::testing::{arg, keys, lang, nl};

    const HARD: &str = "Overeenkomstig de toepasselijke bepalingen van de Participatiewet is \
        belanghebbende gehouden om onverwijld alle inlichtingen te verstrekken die redelijkerwijs \
        van invloed kunnen zijn op de arbeidsinschakeling en de verlening van bijstandsuitkeringen.";

    #[test]
    fn easy_dutch_scores_high_and_gets_no_findings() {
        let report = readability(nl(), "U krijgt geld. Dat is fijn. Geef het door.");
        assert_eq!(report.words, 9);
        assert_eq!(report.sentences, 3);
        assert!(report.flesch_douma.unwrap() > 80.0);
        assert_eq!(report.average_sentence, 3.0);
        assert_eq!(report.longest_sentence, "U krijgt geld.");
        assert!(report.long_words.is_empty() && report.plain_words.is_empty());
        assert!(readability_findings(nl(), &report).is_empty());
    }

    #[test]
    fn hard_dutch_gets_every_readability_warning() {
        let report = readability(nl(), HARD);
        assert_eq!(report.sentences, 1);
        assert_eq!(report.long_sentences, 1);
        assert!(report.longest_sentence_words > 25);
        assert!(
            report
                .long_words
                .contains(&"arbeidsinschakeling".to_owned())
        );
        assert!(
            report
                .long_words
                .contains(&"bijstandsuitkeringen".to_owned())
        );
        // "toepasselijke" has 5 vowel groups: long by syllables, not by letters.
        assert!(report.long_words.contains(&"toepasselijke".to_owned()));
        assert!(!report.long_words.contains(&"inlichtingen".to_owned()));
        assert_eq!(
            report.plain_words,
            [
                ("overeenkomstig".to_owned(), "volgens".to_owned()),
                ("onverwijld".to_owned(), "meteen".to_owned()),
                ("verstrekken".to_owned(), "geven".to_owned()),
            ]
        );
        let findings = readability_findings(nl(), &report);
        assert_eq!(
            keys(&findings),
            [
                "check-flesch-low",
                "check-average-long",
                "check-sentence-long",
                "check-long-words",
                "check-plain-word",
                "check-plain-word",
                "check-plain-word",
            ]
        );
        assert_eq!(findings[0].severity, Severity::Warning);
        assert_eq!(findings[3].severity, Severity::Advice);
        assert!(arg(&findings[2], "sentence").starts_with("Overeenkomstig de toepasselijke"));
        assert!(arg(&findings[2], "sentence").ends_with(" …"));
    }

    #[test]
    fn plain_words_match_whole_words_and_phrases_once() {
        let report = readability(
            nl(),
            "Indien u verhuist, meld het. INDIEN nodig bellen wij. Dit is ten behoeve van u.\n\
             Het indienen gaat middels een formulier. Ten\nbehoeve",
        );
        assert_eq!(
            report.plain_words,
            [
                ("indien".to_owned(), "als".to_owned()),
                ("ten behoeve van".to_owned(), "voor".to_owned()),
                ("middels".to_owned(), "met".to_owned()),
            ]
        );
        assert!(
            readability(lang("en"), "Indien middels")
                .plain_words
                .is_empty()
        );
    }

    #[test]
    fn sentence_length_counts_in_every_language() {
        let long_en = format!("{}.", vec!["word"; 30].join(" "));
        let report = readability(lang("en"), &format!("Short one. {long_en}"));
        assert_eq!(report.flesch_douma, None);
        assert!(report.long_words.is_empty());
        assert_eq!(report.sentences, 2);
        assert_eq!(report.longest_sentence_words, 30);
        assert_eq!(
            keys(&readability_findings(lang("en"), &report)),
            ["check-average-long", "check-sentence-long"]
        );

        let arabic = readability(lang("ar"), "هل لديك سؤال؟ اتصل بنا. نحن نساعدك");
        assert_eq!(arabic.sentences, 3);
        assert_eq!(arabic.words, 7);
        let farsi = readability(lang("fa"), "سؤالی دارید؟ با ما تماس بگیرید۔");
        assert_eq!(farsi.sentences, 2);
        let tigrinya = readability(lang("ti"), "ሰላም ኣሎኹም። ሕቶ ኣለኩም፧ ደውሉልና");
        assert_eq!(tigrinya.sentences, 3);
        assert_eq!(tigrinya.words, 5);

        let long_ar = format!("{}؟", vec!["كلمة"; 26].join(" "));
        let findings = readability_findings(lang("ar"), &readability(lang("ar"), &long_ar));
        let sentence = findings
            .iter()
            .find(|f| f.key == "check-sentence-long")
            .unwrap();
        assert!(arg(sentence, "sentence").starts_with('\u{2068}'));
    }

    #[test]
    fn lines_and_quotes_end_sentences() {
        let report = readability(nl(), "Wat moet u doen\n- Bel ons\nHij zei: \"Ja.\" Klaar");
        assert_eq!(report.sentences, 4);
        assert_eq!(readability(nl(), ""), ReadabilityReport::default());
        assert_eq!(readability(nl(), " … — "), ReadabilityReport::default());
        assert!(readability_findings(nl(), &ReadabilityReport::default()).is_empty());
    }

    #[test]
    fn an_average_of_exactly_fifteen_is_fine() {
        let fifteen = format!("{}.", vec!["de"; 15].join(" "));
        let report = readability(nl(), &fifteen);
        assert_eq!(report.average_sentence, 15.0);
        assert!(!keys(&readability_findings(nl(), &report)).contains(&"check-average-long"));
        let sixteen = format!("{}.", vec!["de"; 16].join(" "));
        let findings = readability_findings(nl(), &readability(nl(), &sixteen));
        let average = findings
            .iter()
            .find(|f| f.key == "check-average-long")
            .unwrap();
        assert_eq!(
            arg(average, "average"),
            "16.0",
            "the pages localise the decimal"
        );
    }

    #[test]
    fn long_words_are_distinct_and_dutch_only() {
        let report = readability(
            nl(),
            "Kostendelersnorm en kostendelersnorm. Inlichtingenplicht! 1234567890123456789.",
        );
        assert_eq!(
            report.long_words,
            ["Kostendelersnorm", "Inlichtingenplicht"]
        );
        let findings = readability_findings(nl(), &report);
        let long = findings
            .iter()
            .find(|f| f.key == "check-long-words")
            .unwrap();
        assert_eq!(arg(long, "count"), "2");
        assert_eq!(arg(long, "words"), "Kostendelersnorm, Inlichtingenplicht");
    }

    #[test]
    fn the_summary_has_the_score_only_for_dutch() {
        let nl = Language::default_language();
        let en = Language::from_code("en").unwrap_or(nl);
        let text = "U krijgt geld. Geef veranderingen op tijd door.";
        let dutch = readability_summary(&readability(nl, text));
        assert_eq!(dutch[0].key, "check-figure-flesch");
        assert_eq!(dutch.len(), 5);
        let english = readability_summary(&readability(en, "You get money. Tell us in time."));
        assert!(english.iter().all(|f| f.key != "check-figure-flesch"));
        let average = english
            .iter()
            .find(|f| f.key == "check-figure-average")
            .unwrap();
        assert_eq!(average.args[0].1, "3.5");
    }
}
