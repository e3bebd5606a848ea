//! What someone typed into the search box, reduced to safe search terms, and what a search
//! finds.

use serde::{Deserialize, Serialize};

/// A query with at least one usable word. Terms contain only letters and digits, so they are
/// safe to put into an FTS5 or tsquery expression.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchQuery {
    text: String,
    terms: Vec<String>,
}

pub const MAX_QUERY_CHARS: usize = 200;
const MAX_TERMS: usize = 8;
const MAX_TERM_CHARS: usize = 40;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QueryProblem {
    /// Nothing typed.
    Empty,
    /// Only punctuation, symbols or single letters.
    NoWords,
}

impl SearchQuery {
    pub fn parse(input: &str) -> Result<SearchQuery, QueryProblem> {
        let text: String = input
            .trim()
            .chars()
            .filter(|c| !c.is_control())
            .take(MAX_QUERY_CHARS)
            .collect();
        if text.is_empty() {
            return Err(QueryProblem::Empty);
        }
        let mut terms: Vec<String> = Vec::new();
        for word in text.split(|c: char| !c.is_alphanumeric()) {
            let term: String = word
                .chars()
                .take(MAX_TERM_CHARS)
                .collect::<String>()
                .to_lowercase();
            if term.chars().count() >= 2 && !terms.contains(&term) {
                terms.push(term);
            }
            if terms.len() == MAX_TERMS {
                break;
            }
        }
        if terms.is_empty() {
            return Err(QueryProblem::NoWords);
        }
        Ok(SearchQuery { text, terms })
    }

    /// The text as typed (trimmed, at most [`MAX_QUERY_CHARS`]), to show back to the reader.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The words to search for: lower case, letters and digits only, each once.
    pub fn terms(&self) -> &[String] {
        &self.terms
    }

    /// FTS5 syntax: every term quoted as a prefix, all required.
    pub fn fts5(&self) -> String {
        self.terms
            .iter()
            .map(|t| format!("\"{t}\"*"))
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// PostgreSQL tsquery syntax: every term as a prefix, all required.
    pub fn tsquery(&self) -> String {
        self.terms
            .iter()
            .map(|t| format!("{t}:*"))
            .collect::<Vec<_>>()
            .join(" & ")
    }
}

/// One result: the page and a snippet whose HTML is escaped text plus `<mark>`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Hit {
    pub slug: String,
    pub title: String,
    pub snippet_html: String,
}

/// Markers the database puts around matched words in a snippet; turned into `<mark>` after
/// escaping. Characters that do not occur in page text.
pub const MARK_START: &str = "\u{27E6}";
pub const MARK_END: &str = "\u{27E7}";

/// Escapes a snippet and turns the markers into `<mark>` elements.
pub fn highlight(snippet: &str) -> String {
    let mut escaped = String::with_capacity(snippet.len() + 32);
    for c in snippet.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            c => escaped.push(c),
        }
    }
    escaped
        .replace(MARK_START, "<mark>")
        .replace(MARK_END, "</mark>")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_become_safe_terms() {
        let q = SearchQuery::parse("  Kostendeler, 21 jaar!  kostendeler").unwrap();
        assert_eq!(q.terms, ["kostendeler", "21", "jaar"]);
        assert_eq!(q.fts5(), r#""kostendeler"* "21"* "jaar"*"#);
        assert_eq!(q.tsquery(), "kostendeler:* & 21:* & jaar:*");
    }

    #[test]
    fn junk_is_recognised() {
        assert_eq!(SearchQuery::parse("   "), Err(QueryProblem::Empty));
        assert_eq!(
            SearchQuery::parse("\"*)(' OR 1=1 --"),
            Ok(SearchQuery {
                text: "\"*)(' OR 1=1 --".into(),
                terms: vec!["or".into()]
            })
        );
        assert_eq!(SearchQuery::parse("!!! ?? a"), Err(QueryProblem::NoWords));
        let long = "woord ".repeat(500);
        let q = SearchQuery::parse(&long).unwrap();
        assert!(q.text.chars().count() <= MAX_QUERY_CHARS);
        assert_eq!(q.terms[0], "woord", "repeated words count once");
        assert!(
            q.terms.len() <= 2,
            "at most a cut-off word more: {:?}",
            q.terms
        );
        assert!(
            SearchQuery::parse("مساعدة").is_ok(),
            "Arabic words are words"
        );
    }

    #[test]
    fn highlights_are_escaped_first() {
        assert_eq!(
            highlight("a <b> \u{27E6}huur\u{27E7} & c"),
            "a &lt;b&gt; <mark>huur</mark> &amp; c"
        );
    }
}
