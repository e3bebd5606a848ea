//! The HTML allowlist for page bodies (ammonia), and the images it leaves without a source.

use helder_domain::html::parse_tag;
use std::collections::{BTreeSet, HashMap};

/// Tags allowed in page bodies: text structure, links and local images, nothing that runs.
pub(super) const BODY_TAGS: &[&str] = &[
    "h2",
    "h3",
    "h4",
    "p",
    "ul",
    "ol",
    "li",
    "a",
    "strong",
    "em",
    "blockquote",
    "br",
    "code",
    "img",
    // Only to mark words in another language (`<span lang="nl" dir="ltr">`), WCAG 3.1.2.
    "span",
];

/// Elements without a closing tag.
pub(super) const VOID_TAGS: &[&str] = &["br", "img"];

/// An image source on this site: a path starting with one `/`. Browsers drop tabs and line
/// breaks inside URLs and read `\` as `/`, so `/\t/host` would be a third-party request.
fn is_local_source(src: &str) -> bool {
    let compact: String = src
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let mut chars = compact.chars();
    chars.next() == Some('/') && !matches!(chars.next(), Some('/' | '\\'))
}

/// A BCP 47 language tag as pages use them: `nl`, `en`, `pt-BR` (letters and digits in
/// hyphen-separated parts of at most 8, the first 2 or 3 letters).
fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let first_ok = parts
        .next()
        .is_some_and(|p| (2..=3).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_lowercase()));
    first_ok
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// The allowlist for page bodies: text structure, links and images from this site only
/// (no third-party requests); nothing that runs or loads from elsewhere.
pub fn clean(html: &str) -> String {
    let cleaned = ammonia::Builder::default()
        .tags(BODY_TAGS.iter().copied().collect())
        .tag_attributes(HashMap::from([
            ("a", ["href"].into_iter().collect()),
            ("img", ["src", "alt"].into_iter().collect()),
            ("span", ["lang", "dir"].into_iter().collect()),
        ]))
        .generic_attributes(BTreeSet::new().into_iter().collect())
        .url_schemes(["https", "mailto", "tel"].into_iter().collect())
        .url_relative(ammonia::UrlRelative::PassThrough)
        .link_rel(None)
        .attribute_filter(|element, attribute, value| {
            let kept = match (element, attribute) {
                ("img", "src") => is_local_source(value),
                ("span", "lang") => is_language_tag(value),
                ("span", "dir") => matches!(value, "ltr" | "rtl" | "auto"),
                _ => true,
            };
            kept.then(|| value.into())
        })
        .clean(html)
        .to_string();
    drop_images_without_source(&cleaned)
}

/// Where a tag that starts at `start` ends (index of its `>`), skipping quoted values.
pub(super) fn tag_end(html: &str, start: usize) -> Option<usize> {
    let mut quote = None;
    for (i, c) in html[start..].char_indices() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '>') => return Some(start + i),
            _ => {}
        }
    }
    None
}

/// Removes `<img>` elements whose source the allowlist dropped: they would only show a broken
/// picture. Works on ammonia's output, where text never holds a raw `<`.
fn drop_images_without_source(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = 0;
    while let Some(offset) = html[rest..].find('<') {
        let start = rest + offset;
        out.push_str(&html[rest..start]);
        let Some(end) = tag_end(html, start) else {
            out.push_str(&html[start..]);
            return out;
        };
        let tag = &html[start..=end];
        let (name, attributes) = parse_tag(tag);
        if name != "img" || attributes.iter().any(|(a, _)| a == "src") {
            out.push_str(tag);
        }
        rest = end + 1;
    }
    out.push_str(&html[rest..]);
    out
}
#[cfg(test)]
mod tests {
    use super::*;
    use crate::rights::markdown::{render, tests::snippets};
    use helder_domain::languages::Language;

    #[test]
    fn a_span_keeps_only_a_language_and_a_direction() {
        let ar = Language::from_code("ar").expect("Arabic");
        let html = render(
            r#"اسأل <span lang="nl" dir="ltr" style="color:red" onclick="x">Juridisch Loket</span>"#,
            ar,
            &snippets(),
        )
        .html;
        assert!(
            html.contains(r#"<span lang="nl" dir="ltr">Juridisch Loket</span>"#),
            "{html}"
        );
        for (bad, why) in [
            (r#"<span lang="nl&quot; x">a</span>"#, "no tag"),
            (r#"<span lang="nederlands">a</span>"#, "too long"),
            (r#"<span dir="sideways">a</span>"#, "no direction"),
        ] {
            let out = clean(bad);
            assert!(
                !out.contains("lang=") && !out.contains("dir="),
                "{why}: {out}"
            );
        }
    }

    #[test]
    fn only_local_images_survive() {
        let nl = Language::default_language();
        let html = |md: &str| render(md, nl, &snippets()).html;
        assert_eq!(
            html("![Kaart van de wijk](/media/kaart.png)").trim(),
            r#"<p><img src="/media/kaart.png" alt="Kaart van de wijk"></p>"#
        );
        for foreign in [
            "![x](https://tracker.example/pixel.png)",
            "![x](//tracker.example/pixel.png)",
            "<img src=\"/\\tracker.example/p.png\" alt=\"x\">",
            "<img src=\"/&#9;/tracker.example/p.png\" alt=\"x\">",
            "<img src=\"http://tracker.example/p.png\" alt=\"x\">",
            "<img src=\"data:image/png;base64,AAAA\" alt=\"x\">",
            "<img alt=\"x\">",
        ] {
            let out = html(foreign);
            assert!(!out.contains("<img"), "{foreign}: {out}");
        }
        assert_eq!(
            clean(
                r#"<img src="/a.png" alt="a &quot;b&quot; > c" onerror="x"><img src="https://x/y.png">"#
            ),
            r#"<img src="/a.png" alt="a &quot;b&quot; &gt; c">"#
        );
    }
}
