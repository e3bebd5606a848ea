//! Reading raw HTML that editors write: one start tag at a time (the publishing checks look
//! for images without alt text; the renderer drops images whose source was refused).

/// The name (lower case) and attributes of one start tag such as `<img src="/a.png" alt=x>`.
pub fn parse_tag(tag: &str) -> (String, Vec<(String, String)>) {
    let inner = tag
        .trim_start_matches('<')
        .trim_end_matches('>')
        .trim_end_matches('/');
    let name_len = inner
        .find(|c: char| c.is_whitespace() || c == '/' || c == '>')
        .unwrap_or(inner.len());
    let name = inner[..name_len].to_ascii_lowercase();
    let mut attributes = Vec::new();
    let mut rest = &inner[name_len..];
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c == '/');
        if rest.is_empty() {
            break;
        }
        let end = rest
            .find(|c: char| c.is_whitespace() || c == '=' || c == '/')
            .unwrap_or(rest.len());
        let attribute = rest[..end].to_ascii_lowercase();
        rest = rest[end..].trim_start();
        let mut value = String::new();
        if let Some(after) = rest.strip_prefix('=') {
            let after = after.trim_start();
            match after.chars().next() {
                Some(q @ ('"' | '\'')) => {
                    let body = &after[1..];
                    let close = body.find(q).unwrap_or(body.len());
                    value = body[..close].to_owned();
                    rest = body.get(close + 1..).unwrap_or("");
                }
                _ => {
                    let close = after.find(char::is_whitespace).unwrap_or(after.len());
                    value = after[..close].to_owned();
                    rest = &after[close..];
                }
            }
        }
        if attribute.is_empty() {
            // A stray `=`: skip one character so the loop always advances.
            rest = rest.get(1..).unwrap_or("");
        } else {
            attributes.push((attribute, value));
        }
    }
    (name, attributes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_parsed_with_quoted_and_bare_values() {
        let (name, attributes) = parse_tag(r#"<IMG SRC=x alt='a b' data-x="1>2" hidden/>"#);
        assert_eq!(name, "img");
        assert_eq!(
            attributes,
            [
                ("src".to_owned(), "x".to_owned()),
                ("alt".to_owned(), "a b".to_owned()),
                ("data-x".to_owned(), "1>2".to_owned()),
                ("hidden".to_owned(), String::new()),
            ]
        );
        assert_eq!(parse_tag("<br>"), ("br".to_owned(), Vec::new()));
    }
}
