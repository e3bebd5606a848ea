//! Writing help for editors: readability of the text and accessibility before publishing.
//! Warnings and advice, never blocks. Every finding is a Fluent id in `checks.ftl` with its
//! arguments, so the editor reads it in the language of the team pages.

use crate::i18n::{Direction, Language, t_args};
use crate::rights::markdown::parse_tag;
use crate::rights::readability::{Readability, syllables};
use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use std::collections::HashSet;
use std::sync::LazyLock;

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

/// How strongly the editor is told.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Worth a look: a plainer word, a long word.
    Advice,
    /// Should be fixed before publishing, but publishing is still allowed.
    Warning,
}

/// One remark of the writing help.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    /// Fluent id in `checks.ftl`.
    pub key: &'static str,
    /// Fluent arguments; numbers are plain (`17`, `16.4`), words as written in the text.
    pub args: Vec<(&'static str, String)>,
    pub severity: Severity,
}

impl Finding {
    fn new(key: &'static str, severity: Severity, args: Vec<(&'static str, String)>) -> Self {
        Finding {
            key,
            args,
            severity,
        }
    }

    /// The message in the editor's language (`ui`), with decimal commas where that language
    /// writes them.
    pub fn message(&self, ui: Language) -> String {
        let args: Vec<(&'static str, String)> = self
            .args
            .iter()
            .map(|(name, value)| (*name, local_decimal(ui, value)))
            .collect();
        let borrowed: Vec<(&'static str, &str)> =
            args.iter().map(|(n, v)| (*n, v.as_str())).collect();
        t_args(ui, self.key, &borrowed)
    }
}

/// `16.4` becomes `16,4` in languages that write a decimal comma; other text is left alone.
fn local_decimal(ui: Language, value: &str) -> String {
    let decimal = value.contains('.')
        && value.parse::<f64>().is_ok()
        && value
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == '-');
    if decimal && matches!(ui.code, "nl" | "tr" | "pl") {
        value.replace('.', ",")
    } else {
        value.to_owned()
    }
}

/// Text of the page shown inside a message: right-to-left text is isolated, so an Arabic
/// sentence inside a Dutch message keeps its own order.
fn quoted(lang: Language, text: &str) -> String {
    if lang.dir() == Direction::Rtl {
        format!("\u{2068}{text}\u{2069}")
    } else {
        text.to_owned()
    }
}

fn is_dutch(lang: Language) -> bool {
    lang.code == "nl"
}

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

/// Characters that end a sentence in any of the languages: `. ! ?`, the Arabic and Farsi
/// question mark and full stop, and the Ethiopic full stop and question mark (Tigrinya).
const SENTENCE_ENDS: &[char] = &['.', '!', '?', '؟', '۔', '።', '፧'];

/// Closing quotes and brackets that may follow the end of a sentence.
const CLOSERS: &[char] = &['"', '\'', ')', ']', '»', '”', '’', '›'];

struct Sentence {
    /// Words with only their letters and digits.
    words: Vec<String>,
    /// The sentence as written, with single spaces.
    text: String,
}

/// Sentences of plain text: they end at a sentence mark or at a line end (headings and list
/// items count as sentences), as in [`Readability::of`].
fn sentences(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    for line in text.lines() {
        let mut words = Vec::new();
        let mut tokens: Vec<&str> = Vec::new();
        // The Ethiopic word space (፡) separates words like a space.
        for token in line.split(|c: char| c.is_whitespace() || c == '፡') {
            if token.is_empty() {
                continue;
            }
            tokens.push(token);
            let word: String = token.chars().filter(|c| c.is_alphanumeric()).collect();
            if !word.is_empty() {
                words.push(word);
            }
            if token.trim_end_matches(CLOSERS).ends_with(SENTENCE_ENDS) && !words.is_empty() {
                out.push(Sentence {
                    words: std::mem::take(&mut words),
                    text: tokens.join(" "),
                });
                tokens.clear();
            }
        }
        if !words.is_empty() {
            out.push(Sentence {
                words,
                text: tokens.join(" "),
            });
        }
    }
    out
}

/// One entry of the list of bureaucratic words: its words (lower case), as listed, and the
/// plainer alternative.
struct PlainWord {
    words: Vec<String>,
    listed: String,
    alternative: String,
}

/// Lower-case words of a text, split at everything that is not a letter or digit.
fn match_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

fn parse_plain_words(source: &str) -> Vec<PlainWord> {
    let Ok(table) = source.parse::<toml::Table>() else {
        return Vec::new();
    };
    table
        .into_iter()
        .filter_map(|(listed, alternative)| {
            let alternative = alternative.as_str()?.to_owned();
            let words = match_words(&listed);
            (!words.is_empty()).then_some(PlainWord {
                words,
                listed,
                alternative,
            })
        })
        .collect()
}

/// `locales/nl/plain-words.toml`, read once.
static PLAIN_WORDS: LazyLock<Vec<PlainWord>> =
    LazyLock::new(|| parse_plain_words(include_str!("../../../locales/nl/plain-words.toml")));

/// Bureaucratic words and phrases in the sentences, whole words, ignoring case, each once, in
/// the order they first appear. A phrase does not run across two sentences.
fn plain_word_hits(sentences: &[Sentence], list: &[PlainWord]) -> Vec<(String, String)> {
    let mut found: Vec<(String, String)> = Vec::new();
    let mut seen = HashSet::new();
    for sentence in sentences {
        let words = match_words(&sentence.text);
        for start in 0..words.len() {
            for entry in list {
                if words[start..].starts_with(&entry.words) && seen.insert(entry.listed.as_str()) {
                    found.push((entry.listed.clone(), entry.alternative.clone()));
                }
            }
        }
    }
    found
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

/// A number with one decimal, `.` as separator (see [`Finding::message`]).
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

/// What the publishing check needs to know of a film shown on the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FilmInfo {
    pub title: String,
    pub has_captions: bool,
    pub has_transcript: bool,
}

/// Link texts that say nothing about where the link goes, per language (lower case, without
/// closing punctuation).
fn vague_link_texts(lang: Language) -> &'static [&'static str] {
    match lang.code {
        "nl" => &[
            "klik hier",
            "hier",
            "hier klikken",
            "klik",
            "lees meer",
            "lees verder",
            "meer",
            "meer lezen",
            "meer informatie",
            "meer info",
            "deze link",
            "link",
            "deze pagina",
        ],
        "en" => &[
            "click here",
            "here",
            "click",
            "read more",
            "more",
            "more info",
            "more information",
            "learn more",
            "this link",
            "link",
            "this page",
        ],
        "tr" => &[
            "buraya tıklayın",
            "buraya tıkla",
            "burada",
            "buraya",
            "devamını oku",
            "daha fazla",
            "bağlantı",
            "link",
        ],
        "pl" => &[
            "kliknij tutaj",
            "kliknij",
            "tutaj",
            "czytaj więcej",
            "więcej",
            "ten link",
            "link",
        ],
        "ar" => &[
            "انقر هنا",
            "اضغط هنا",
            "هنا",
            "اقرأ المزيد",
            "المزيد",
            "رابط",
        ],
        "fa" => &[
            "اینجا کلیک کنید",
            "کلیک کنید",
            "اینجا",
            "بیشتر بخوانید",
            "بیشتر",
            "لینک",
        ],
        "so" => &["halkan guji", "halkan riix", "halkan", "link"],
        _ => &[],
    }
}

/// A link text as compared with the list: lower case, single spaces, without punctuation
/// around it.
fn normalised_link_text(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_owned()
}

fn heading_number(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

/// `<img>` tags without alt text in a run of raw HTML.
fn html_images_without_alt(html: &str, findings: &mut Vec<Finding>) {
    let lower = html.to_ascii_lowercase();
    let mut from = 0;
    while let Some(offset) = lower[from..].find("<img") {
        let start = from + offset;
        let end = html[start..]
            .find('>')
            .map_or(html.len(), |e| start + e + 1);
        let (name, attributes) = parse_tag(&html[start..end]);
        if name == "img" {
            let alt = attributes.iter().find(|(a, _)| a == "alt");
            if alt.is_none_or(|(_, text)| text.trim().is_empty()) {
                let src = attributes
                    .iter()
                    .find(|(a, _)| a == "src")
                    .map(|(_, s)| s.clone())
                    .unwrap_or_default();
                findings.push(Finding::new(
                    "check-image-alt",
                    Severity::Warning,
                    vec![("src", src)],
                ));
            }
        }
        from = end.max(start + 1);
    }
}

/// The checks before publishing a page body (Markdown; the title is the page's `h1`):
/// heading order, empty headings, vague or empty link texts, images without alt text, and
/// films without captions or transcript.
pub fn publish_findings(lang: Language, markdown: &str, films: &[FilmInfo]) -> Vec<Finding> {
    let mut findings = Vec::new();
    let mut previous_level: Option<u8> = None;
    let mut heading: Option<(u8, String)> = None;
    let mut link: Option<String> = None;
    let mut image: Option<(String, String)> = None;
    let mut html = String::new();
    let mut vague_seen = HashSet::new();
    let vague = vague_link_texts(lang);
    for event in Parser::new_ext(markdown, Options::empty()) {
        if !matches!(event, Event::Html(_) | Event::InlineHtml(_)) && !html.is_empty() {
            html_images_without_alt(&html, &mut findings);
            html.clear();
        }
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                heading = Some((heading_number(level), String::new()));
            }
            Event::End(TagEnd::Heading(_)) => {
                let Some((level, text)) = heading.take() else {
                    continue;
                };
                let text = text.trim().to_owned();
                let level_arg = ("level", level.to_string());
                if level == 1 {
                    findings.push(Finding::new(
                        "check-heading-h1",
                        Severity::Warning,
                        vec![("heading", quoted(lang, &text))],
                    ));
                } else if previous_level.is_none() && level != 2 {
                    findings.push(Finding::new(
                        "check-heading-first",
                        Severity::Warning,
                        vec![level_arg.clone(), ("heading", quoted(lang, &text))],
                    ));
                } else if let Some(previous) = previous_level.filter(|p| level > p + 1) {
                    findings.push(Finding::new(
                        "check-heading-skip",
                        Severity::Warning,
                        vec![
                            ("from", previous.to_string()),
                            ("to", level.to_string()),
                            ("heading", quoted(lang, &text)),
                        ],
                    ));
                }
                if level > 4 {
                    findings.push(Finding::new(
                        "check-heading-deep",
                        Severity::Warning,
                        vec![level_arg.clone(), ("heading", quoted(lang, &text))],
                    ));
                }
                if text.is_empty() {
                    findings.push(Finding::new(
                        "check-heading-empty",
                        Severity::Warning,
                        vec![level_arg],
                    ));
                }
                previous_level = Some(level);
            }
            Event::Start(Tag::Link { .. }) => link = Some(String::new()),
            Event::End(TagEnd::Link) => {
                let Some(text) = link.take() else {
                    continue;
                };
                let normalised = normalised_link_text(&text);
                if normalised.is_empty() {
                    if vague_seen.insert(String::new()) {
                        findings.push(Finding::new(
                            "check-link-empty",
                            Severity::Warning,
                            Vec::new(),
                        ));
                    }
                } else if vague.contains(&normalised.as_str())
                    && vague_seen.insert(normalised.clone())
                {
                    findings.push(Finding::new(
                        "check-link-vague",
                        Severity::Warning,
                        vec![("text", quoted(lang, text.trim()))],
                    ));
                }
            }
            Event::Start(Tag::Image { dest_url, .. }) => {
                image = Some((dest_url.to_string(), String::new()));
            }
            Event::End(TagEnd::Image) => {
                if let Some((src, alt)) = image.take()
                    && alt.trim().is_empty()
                {
                    findings.push(Finding::new(
                        "check-image-alt",
                        Severity::Warning,
                        vec![("src", src)],
                    ));
                }
            }
            Event::Text(text) | Event::Code(text) => {
                for collector in [
                    heading.as_mut().map(|(_, t)| t),
                    link.as_mut(),
                    image.as_mut().map(|(_, t)| t),
                ]
                .into_iter()
                .flatten()
                {
                    collector.push_str(&text);
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                for collector in [heading.as_mut().map(|(_, t)| t), link.as_mut()]
                    .into_iter()
                    .flatten()
                {
                    collector.push(' ');
                }
            }
            Event::Html(text) | Event::InlineHtml(text) => html.push_str(&text),
            _ => {}
        }
    }
    if !html.is_empty() {
        html_images_without_alt(&html, &mut findings);
    }
    for film in films {
        if !film.has_captions {
            findings.push(Finding::new(
                "check-film-captions",
                Severity::Warning,
                vec![("title", film.title.clone())],
            ));
        }
        if !film.has_transcript {
            findings.push(Finding::new(
                "check-film-transcript",
                Severity::Warning,
                vec![("title", film.title.clone())],
            ));
        }
    }
    findings
}

/// Every Fluent id a finding can have, and the labels of the editor's report; a test keeps
/// them in both `checks.ftl` files.
pub const MESSAGE_KEYS: &[&str] = &[
    "check-flesch-low",
    "check-average-long",
    "check-sentence-long",
    "check-long-words",
    "check-plain-word",
    "check-heading-h1",
    "check-heading-first",
    "check-heading-skip",
    "check-heading-deep",
    "check-heading-empty",
    "check-link-empty",
    "check-link-vague",
    "check-image-alt",
    "check-film-captions",
    "check-film-transcript",
    "check-heading-readability",
    "check-heading-publish",
    "check-intro",
    "check-label-flesch",
    "check-label-flesch-help",
    "check-label-words",
    "check-label-sentences",
    "check-label-average",
    "check-label-longest",
    "check-label-long-words",
    "check-label-plain-words",
    "check-severity-warning",
    "check-severity-advice",
    "check-none",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn nl() -> Language {
        Language::default_language()
    }

    fn lang(code: &str) -> Language {
        Language::from_code(code).unwrap()
    }

    fn keys(findings: &[Finding]) -> Vec<&'static str> {
        findings.iter().map(|f| f.key).collect()
    }

    fn arg<'a>(finding: &'a Finding, name: &str) -> &'a str {
        finding
            .args
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
            .unwrap()
    }

    const HARD: &str = "Overeenkomstig de toepasselijke bepalingen van de Participatiewet is \
        belanghebbende gehouden om onverwijld alle inlichtingen te verstrekken die redelijkerwijs \
        van invloed kunnen zijn op de arbeidsinschakeling en de verlening van bijstandsuitkeringen.";

    #[test]
    fn the_word_list_is_loaded_and_long_enough() {
        assert!(PLAIN_WORDS.len() >= 40, "{}", PLAIN_WORDS.len());
        let indien = PLAIN_WORDS.iter().find(|w| w.listed == "indien").unwrap();
        assert_eq!(indien.alternative, "als");
        assert!(
            PLAIN_WORDS
                .iter()
                .any(|w| w.words == ["ten", "behoeve", "van"])
        );
        assert!(parse_plain_words("not toml = = =").is_empty());
    }

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
        let message = findings[0].message(nl());
        assert!(
            message.contains("Flesch-Douma") && message.contains("60"),
            "{message}"
        );
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
        assert_eq!(arg(average, "average"), "16.0");
        assert!(
            average.message(nl()).contains("16,0"),
            "{}",
            average.message(nl())
        );
        assert!(average.message(lang("en")).contains("16.0"));
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
    fn headings_start_at_two_and_skip_no_level() {
        let good = "## Wat\n\nTekst.\n\n### Hoe\n\n#### Waarom\n\n## Verder\n\n### Meer\n";
        assert!(publish_findings(nl(), good, &[]).is_empty());

        let findings = publish_findings(nl(), "### Begin\n\n#### Daarna", &[]);
        assert_eq!(keys(&findings), ["check-heading-first"]);
        assert_eq!(arg(&findings[0], "level"), "3");

        let findings =
            publish_findings(nl(), "# Titel\n\n## Kop\n\n#### Diep\n\n##### Dieper", &[]);
        assert_eq!(
            keys(&findings),
            [
                "check-heading-h1",
                "check-heading-skip",
                "check-heading-deep"
            ]
        );
        assert_eq!(arg(&findings[1], "from"), "2");
        assert_eq!(arg(&findings[1], "to"), "4");
        assert_eq!(arg(&findings[1], "heading"), "Diep");

        let setext = publish_findings(nl(), "Titel\n=====\n\nTekst", &[]);
        assert_eq!(keys(&setext), ["check-heading-h1"]);
    }

    #[test]
    fn empty_headings_are_found() {
        let findings = publish_findings(nl(), "## Kop\n\n###\n\n## <span></span>\n", &[]);
        assert_eq!(
            keys(&findings),
            ["check-heading-empty", "check-heading-empty"]
        );
        assert_eq!(arg(&findings[0], "level"), "3");
        assert!(findings[0].message(nl()).contains("lege kop 3"));
    }

    #[test]
    fn vague_link_texts_are_found_per_language_once() {
        let md = "Meer weten? [Klik hier](topic:samenwonen). Of [hier](/a), [Lees meer…](/b), \
                  [klik  HIER](/c), [Lees meer over samenwonen](topic:samenwonen) en [](/d) \
                  of [![Kaart van de wijk](/kaart.png)](/e).";
        let findings = publish_findings(nl(), md, &[]);
        assert_eq!(
            keys(&findings),
            [
                "check-link-vague",
                "check-link-vague",
                "check-link-vague",
                "check-link-empty"
            ]
        );
        assert_eq!(arg(&findings[0], "text"), "Klik hier");
        assert_eq!(arg(&findings[2], "text"), "Lees meer…");

        let en = publish_findings(lang("en"), "[Click here](/a) and [hier](/b).", &[]);
        assert_eq!(keys(&en), ["check-link-vague"]);
        assert_eq!(arg(&en[0], "text"), "Click here");
        let ar = publish_findings(lang("ar"), "[انقر هنا](/a)", &[]);
        assert_eq!(keys(&ar), ["check-link-vague"]);
        assert!(arg(&ar[0], "text").starts_with('\u{2068}'));
        assert!(publish_findings(lang("ti"), "[hier](/a)", &[]).is_empty());
    }

    #[test]
    fn images_need_alt_text_in_markdown_and_html() {
        let md = "![](/a.png) ![Kaart](/b.png) ![ ](/c.png)\n\n\
                  <img src=\"/d.png\">\n\n<p>Tekst <IMG SRC='/e.png' ALT='Foto van het loket'> \
                  <img alt=\"\" src=\"/f.png\"/></p>\n\nInline <img src=/g.png>.";
        let findings = publish_findings(nl(), md, &[]);
        let sources: Vec<&str> = findings.iter().map(|f| arg(f, "src")).collect();
        assert!(findings.iter().all(|f| f.key == "check-image-alt"));
        assert_eq!(sources, ["/a.png", "/c.png", "/d.png", "/f.png", "/g.png"]);
    }

    #[test]
    fn films_need_captions_and_a_transcript() {
        let films = [
            FilmInfo {
                title: "Samenwonen".into(),
                has_captions: true,
                has_transcript: true,
            },
            FilmInfo {
                title: "Werk".into(),
                has_captions: false,
                has_transcript: false,
            },
            FilmInfo {
                title: "Geld".into(),
                has_captions: true,
                has_transcript: false,
            },
        ];
        let findings = publish_findings(nl(), "## Kop\n\nTekst.", &films);
        assert_eq!(
            keys(&findings),
            [
                "check-film-captions",
                "check-film-transcript",
                "check-film-transcript"
            ]
        );
        assert_eq!(arg(&findings[0], "title"), "Werk");
        assert_eq!(arg(&findings[2], "title"), "Geld");
        assert_eq!(
            findings[0].message(nl()),
            "De film “Werk” heeft geen ondertiteling."
        );
    }

    #[test]
    fn every_key_has_a_message_in_dutch_and_english() {
        for ui in [nl(), lang("en")] {
            for key in MESSAGE_KEYS {
                let text = t_args(
                    ui,
                    key,
                    &[
                        ("score", "40"),
                        ("target", "60"),
                        ("average", "16"),
                        ("max", "15"),
                        ("count", "2"),
                        ("words", "3"),
                        ("sentence", "s"),
                        ("word", "w"),
                        ("alternative", "a"),
                        ("heading", "h"),
                        ("level", "3"),
                        ("from", "2"),
                        ("to", "4"),
                        ("text", "t"),
                        ("src", "/a.png"),
                        ("title", "f"),
                    ],
                );
                assert_ne!(text, *key, "{} misses {key}", ui.code);
                assert!(!text.contains("{ $"), "{}: {key}: {text}", ui.code);
            }
        }
        assert_eq!(t_args(nl(), "check-none", &[]), "Geen waarschuwingen");
    }
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
mod summary_tests {
    use super::*;

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
