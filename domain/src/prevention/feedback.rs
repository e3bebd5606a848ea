//! "Was deze informatie duidelijk?": yes or no per page, and after "no" an optional comment.

use super::text::{TextProblem, clean};

/// Most characters of a comment.
pub const MAX_COMMENT: usize = 500;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Clear,
    Unclear,
}

impl Verdict {
    /// The form's values: `ja` and `nee`.
    pub fn parse(text: &str) -> Option<Verdict> {
        match text {
            "ja" => Some(Verdict::Clear),
            "nee" => Some(Verdict::Unclear),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Clear => "ja",
            Verdict::Unclear => "nee",
        }
    }
}

/// What was unclear, as kept: plain text, at most [`MAX_COMMENT`] characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comment(String);

impl Comment {
    /// `Ok(None)` when nothing (or only markup) was typed: the comment is optional.
    pub fn parse(raw: &str) -> Result<Option<Comment>, TextProblem> {
        match clean(raw, MAX_COMMENT) {
            Ok(text) => Ok(Some(Comment(text))),
            Err(TextProblem::Empty) => Ok(None),
            Err(problem) => Err(problem),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verdicts_and_comments() {
        assert_eq!(Verdict::parse("nee"), Some(Verdict::Unclear));
        assert_eq!(
            Verdict::parse(Verdict::Clear.as_str()),
            Some(Verdict::Clear)
        );
        assert_eq!(Verdict::parse("misschien"), None);
        assert_eq!(Comment::parse("  "), Ok(None));
        assert_eq!(
            Comment::parse("<a href=x>Het woord</a> kostendeler")
                .unwrap()
                .unwrap()
                .as_str(),
            "Het woord kostendeler"
        );
        assert_eq!(
            Comment::parse(&"x".repeat(MAX_COMMENT + 1)),
            Err(TextProblem::TooLong(MAX_COMMENT))
        );
    }
}
