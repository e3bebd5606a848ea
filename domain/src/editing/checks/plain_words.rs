//! Bureaucratic words and phrases (Dutch), with plainer alternatives, from
//! `locales/nl/plain-words.toml`.

use super::sentences::Sentence;
use std::collections::HashSet;
use std::sync::LazyLock;

/// One entry of the list of bureaucratic words: its words (lower case), as listed, and the
/// plainer alternative.
pub(crate) struct PlainWord {
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
pub(crate) static PLAIN_WORDS: LazyLock<Vec<PlainWord>> =
    LazyLock::new(|| parse_plain_words(include_str!("../../../../locales/nl/plain-words.toml")));

/// Bureaucratic words and phrases in the sentences, whole words, ignoring case, each once, in
/// the order they first appear. A phrase does not run across two sentences.
pub(crate) fn plain_word_hits(sentences: &[Sentence], list: &[PlainWord]) -> Vec<(String, String)> {
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
