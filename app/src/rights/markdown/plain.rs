//! Plain one-line fields: every tag removed, the text kept as typed.

/// Undoes the escaping ammonia adds to text (`&lt;`, `&gt;`, `&amp;`, `&quot;`, `&nbsp;`),
/// in one pass so `&amp;lt;` becomes `&lt;`, not `<`.
fn unescape(text: &str) -> String {
    const ENTITIES: &[(&str, char)] = &[
        ("&lt;", '<'),
        ("&gt;", '>'),
        ("&amp;", '&'),
        ("&quot;", '"'),
        ("&#39;", '\''),
        ("&nbsp;", '\u{a0}'),
    ];
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let tail = &rest[at..];
        match ENTITIES.iter().find(|(name, _)| tail.starts_with(name)) {
            Some((name, c)) => {
                out.push(*c);
                rest = &tail[name.len()..];
            }
            None => {
                out.push('&');
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn strip_tags(input: &str) -> String {
    ammonia::Builder::empty().clean(input).to_string()
}

/// A one-line plain field (title, summary, change note, snippet value, notice) as text: every
/// tag removed (script and style with their content), `a < b & c` kept as typed, whitespace
/// collapsed to single spaces. Repeats until stable, so no tag can hide behind an entity.
pub fn plain_text(input: &str) -> String {
    let mut current = input.to_owned();
    for _ in 0..16 {
        let next = unescape(&strip_tags(&current))
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        if next == current {
            return next;
        }
        current = next;
    }
    // Pathologically nested entities: keep them escaped rather than risk a tag.
    strip_tags(&current)
}
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_fields_keep_text_and_lose_tags() {
        assert_eq!(plain_text("<script>alert(1)</script>Titel"), "Titel");
        assert_eq!(plain_text("<img src=x onerror=alert(1)>"), "");
        assert!(!plain_text("\"><svg onload=alert(1)>").contains("<svg"));
        assert_eq!(plain_text("\"><svg onload=alert(1)>"), "\">");
        assert_eq!(plain_text("a < b & c"), "a < b & c");
        assert_eq!(
            plain_text("  Samen\n  wonen\t\u{a0}en <b>werk</b>  "),
            "Samen wonen en werk"
        );
        assert_eq!(
            plain_text("Tom &amp; Jerry's \"huis\""),
            "Tom & Jerry's \"huis\""
        );
        assert_eq!(
            plain_text("&lt;script&gt;alert(1)&lt;/script&gt;Titel"),
            "Titel"
        );
        assert_eq!(plain_text(""), "");
    }
}
