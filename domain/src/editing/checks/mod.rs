//! Writing help for editors: readability of the text and accessibility before publishing.
//! Warnings and advice, never blocks. Every finding is a Fluent id in `checks.ftl` with its
//! arguments; the pages put it into words in the language of the team pages.
//!
//! One module per family of checks: [`reading`] (readability of the text, any language) and
//! [`publishing`] (headings, links, images and films before publishing).

mod links;
mod plain_words;
pub mod publishing;
pub mod reading;
mod sentences;

use crate::languages::{Direction, Language};

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
    pub(crate) fn new(
        key: &'static str,
        severity: Severity,
        args: Vec<(&'static str, String)>,
    ) -> Self {
        Finding {
            key,
            args,
            severity,
        }
    }
}

/// Text of the page shown inside a message: right-to-left text is isolated, so an Arabic
/// sentence inside a Dutch message keeps its own order.
pub(crate) fn quoted(lang: Language, text: &str) -> String {
    if lang.dir() == Direction::Rtl {
        format!("\u{2068}{text}\u{2069}")
    } else {
        text.to_owned()
    }
}

pub(crate) fn is_dutch(lang: Language) -> bool {
    lang.code == "nl"
}

/// Helpers shared by the tests of every family of checks.
#[cfg(test)]
pub(crate) mod testing {
    use super::Finding;
    use crate::languages::Language;

    pub fn nl() -> Language {
        Language::default_language()
    }

    pub fn lang(code: &str) -> Language {
        Language::from_code(code).unwrap()
    }

    pub fn keys(findings: &[Finding]) -> Vec<&'static str> {
        findings.iter().map(|f| f.key).collect()
    }

    pub fn arg<'a>(finding: &'a Finding, name: &str) -> &'a str {
        finding
            .args
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
            .unwrap()
    }
}
