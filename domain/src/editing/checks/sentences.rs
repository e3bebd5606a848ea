//! Splitting plain text into sentences, for every language Helder offers.

/// Characters that end a sentence in any of the languages: `. ! ?`, the Arabic and Farsi
/// question mark and full stop, and the Ethiopic full stop and question mark (Tigrinya).
const SENTENCE_ENDS: &[char] = &['.', '!', '?', '؟', '۔', '።', '፧'];

/// Closing quotes and brackets that may follow the end of a sentence.
const CLOSERS: &[char] = &['"', '\'', ')', ']', '»', '”', '’', '›'];

pub(crate) struct Sentence {
    /// Words with only their letters and digits.
    pub(crate) words: Vec<String>,
    /// The sentence as written, with single spaces.
    pub(crate) text: String,
}

/// Sentences of plain text: they end at a sentence mark or at a line end (headings and list
/// items count as sentences), as in [`crate::readability::Readability::of`].
pub(crate) fn sentences(text: &str) -> Vec<Sentence> {
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
