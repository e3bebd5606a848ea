//! Free text a visitor types (a question, a comment): plain text only, within a limit.

/// Why a typed text was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum TextProblem {
    #[error("the text is empty")]
    Empty,
    #[error("the text is longer than {0} characters")]
    TooLong(usize),
}

/// Markup removed: anything from `<` to the next `>` goes (a lone `<` stays, as in "< 5").
pub fn strip_markup(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find('<') {
        out.push_str(&rest[..start]);
        let after = &rest[start..];
        match after.find('>') {
            // A tag starts with a letter, `/` or `!` right after `<`.
            Some(end)
                if after[1..]
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_ascii_alphabetic() || c == '/' || c == '!') =>
            {
                rest = &after[end + 1..];
            }
            _ => {
                out.push('<');
                rest = &after[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// A typed text as it is kept: line ends as `\n`, control characters and markup removed,
/// trimmed; at most `max` characters.
pub fn clean(raw: &str, max: usize) -> Result<String, TextProblem> {
    let unified = raw.replace("\r\n", "\n").replace('\r', "\n");
    let plain: String = strip_markup(&unified)
        .chars()
        .filter(|c| !c.is_control() || *c == '\n' || *c == '\t')
        .collect();
    let text = plain.trim();
    if text.is_empty() {
        Err(TextProblem::Empty)
    } else if text.chars().count() > max {
        Err(TextProblem::TooLong(max))
    } else {
        Ok(text.to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_and_control_characters_go() {
        assert_eq!(
            clean("  <b>Niet</b> duidelijk<script>x</script>\r\n", 100).unwrap(),
            "Niet duidelijkx"
        );
        assert_eq!(
            clean("minder dan < 5 euro", 100).unwrap(),
            "minder dan < 5 euro"
        );
        assert_eq!(clean("a\u{7}b", 100).unwrap(), "ab");
        assert_eq!(clean(" <p> </p> ", 100), Err(TextProblem::Empty));
        assert_eq!(clean("ééé", 2), Err(TextProblem::TooLong(2)));
        assert_eq!(clean("ééé", 3).unwrap(), "ééé");
    }
}
