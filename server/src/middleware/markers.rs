//! Leptos marks view boundaries in server-rendered HTML with `<!>`. Browsers read it as an
//! empty comment, but the HTML standard calls it a parse error (abrupt-closing-of-empty-comment)
//! and strict parsers, html-validate among them, stop there. A page without islands is never
//! hydrated, so its markers go; in a page with islands they become `<!---->`, the same empty
//! comment node written validly, so hydration walks the same tree.
//!
//! Only markup is rewritten: text inside `<script>`, `<style>`, `<textarea>` and `<title>`,
//! comments and attribute values (an island's props) are copied untouched.

/// Elements whose content is not markup (raw text and escapable raw text).
const RAW_TEXT: &[&str] = &["script", "style", "textarea", "title"];

/// The page with its `<!>` markers removed (no islands) or written as `<!---->` (islands).
/// Borrows the input when there is nothing to change.
pub fn without_markers(html: &str) -> std::borrow::Cow<'_, str> {
    if !html.contains("<!>") {
        return html.into();
    }
    let replacement = if html.contains("<leptos-island") {
        "<!---->"
    } else {
        ""
    };
    let bytes = html.as_bytes();
    let mut out = String::with_capacity(html.len());
    let mut copied = 0; // bytes of `html` already in `out`
    let mut at = 0;
    while let Some(offset) = html[at..].find('<') {
        let start = at + offset;
        let rest = &html[start..];
        if rest.starts_with("<!>") {
            out.push_str(&html[copied..start]);
            out.push_str(replacement);
            at = start + 3;
            copied = at;
        } else if let Some(comment) = rest.strip_prefix("<!--") {
            at = comment
                .find("-->")
                .map_or(html.len(), |end| start + 4 + end + 3);
        } else if bytes
            .get(start + 1)
            .is_some_and(|b| b.is_ascii_alphabetic() || *b == b'/')
        {
            let tag_end = end_of_tag(html, start);
            at = match raw_text_element(&html[start..tag_end]) {
                Some(name) => closing_tag(html, tag_end, name),
                None => tag_end,
            };
        } else {
            at = start + 1;
        }
    }
    out.push_str(&html[copied..]);
    out.into()
}

/// The index just past the `>` ending the tag at `start`, skipping quoted attribute values.
fn end_of_tag(html: &str, start: usize) -> usize {
    let mut quote = None;
    for (i, b) in html.as_bytes()[start..].iter().enumerate() {
        match (quote, *b) {
            (None, b'"' | b'\'') => quote = Some(*b),
            (Some(q), b) if b == q => quote = None,
            (None, b'>') => return start + i + 1,
            _ => {}
        }
    }
    html.len()
}

/// The name of a raw-text element this start tag opens, if it is one.
fn raw_text_element(tag: &str) -> Option<&'static str> {
    let name: String = tag[1..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_ascii_lowercase();
    RAW_TEXT.iter().copied().find(|raw| *raw == name)
}

/// The index where the content of a raw-text element ends: at its closing tag (which is then
/// scanned as an ordinary tag), or the end of the page.
fn closing_tag(html: &str, from: usize, name: &str) -> usize {
    let closing = format!("</{name}");
    // Leptos writes tags in lower case.
    html[from..].find(&closing).map_or(html.len(), |i| from + i)
}

#[cfg(test)]
mod tests {
    use super::without_markers;

    #[test]
    fn a_page_without_islands_loses_its_markers() {
        assert_eq!(
            without_markers("<p>a<!>b</p><ul><li>x</li><!></ul>"),
            "<p>ab</p><ul><li>x</li></ul>"
        );
    }

    #[test]
    fn a_page_with_islands_keeps_empty_comments_in_their_place() {
        assert_eq!(
            without_markers(r#"<leptos-island data-component="x"><p>a<!>b</p></leptos-island>"#),
            r#"<leptos-island data-component="x"><p>a<!---->b</p></leptos-island>"#
        );
    }

    #[test]
    fn text_that_is_not_markup_is_left_alone() {
        let page = concat!(
            r#"<p title="<!>">x<!></p>"#,
            "<script>let s = '<!>';</script>",
            "<textarea><!></textarea>",
            "<title>a<!>b</title>",
            "<!-- <!> -->",
            "<p><!></p>"
        );
        assert_eq!(
            without_markers(page),
            concat!(
                r#"<p title="<!>">x</p>"#,
                "<script>let s = '<!>';</script>",
                "<textarea><!></textarea>",
                "<title>a<!>b</title>",
                "<!-- <!> -->",
                "<p></p>"
            )
        );
    }

    #[test]
    fn a_page_without_markers_is_borrowed_and_a_lone_angle_bracket_survives() {
        assert!(matches!(
            without_markers("<p>1 < 2</p>"),
            std::borrow::Cow::Borrowed(_)
        ));
        assert_eq!(without_markers("<p>1 < 2<!></p>"), "<p>1 < 2</p>");
    }
}
