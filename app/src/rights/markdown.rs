//! Turns a page's Markdown into clean HTML: snippets filled in, `topic:` links made into URLs
//! for the reader's language, and everything passed through ammonia's allowlist.

use super::library::topic_href;
use helder_domain::{html::parse_tag, languages::Language};
use pulldown_cmark::{CowStr, Event, LinkType, Options, Parser, Tag, TagEnd, html};
use std::{
    collections::{BTreeSet, HashMap},
    ops::Range,
};

/// Municipal specifics (`{{phone}}`, …) for one language.
pub type SnippetValues = HashMap<String, String>;

/// Replaces every `{{name}}` whose name is known; unknown names are left as they are and
/// reported, so a typo shows up in tests instead of silently vanishing.
pub fn fill_snippets(source: &str, values: &SnippetValues) -> (String, BTreeSet<String>) {
    let mut out = String::with_capacity(source.len());
    let mut unknown = BTreeSet::new();
    let mut rest = source;
    while let Some(start) = rest.find("{{") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        match after.find("}}") {
            Some(end) => {
                let name = after[..end].trim();
                match values.get(name) {
                    Some(value) => out.push_str(value),
                    None => {
                        unknown.insert(name.to_owned());
                        out.push_str(&rest[start..start + 2 + end + 2]);
                    }
                }
                rest = &after[end + 2..];
            }
            None => {
                out.push_str(&rest[start..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    (out, unknown)
}

/// In right-to-left text, snippet values (phone numbers, addresses, amounts, often written
/// left to right) are wrapped in Unicode isolates, so "14 0000" does not turn into "0000 14".
pub fn isolated(lang: Language, snippets: &SnippetValues) -> SnippetValues {
    if lang.dir() == helder_domain::languages::Direction::Ltr {
        return snippets.clone();
    }
    snippets
        .iter()
        .map(|(k, v)| (k.clone(), format!("\u{2068}{v}\u{2069}")))
        .collect()
}

/// Rendered body: cleaned HTML and the plain text (for search and readability).
#[derive(Debug, Clone, PartialEq)]
pub struct Rendered {
    pub html: String,
    pub text: String,
    pub unknown_snippets: BTreeSet<String>,
}

pub fn render(markdown: &str, lang: Language, snippets: &SnippetValues) -> Rendered {
    let (filled, unknown_snippets) = fill_snippets(markdown, &isolated(lang, snippets));
    let mut text = String::new();
    let events: Vec<Event<'_>> = Parser::new_ext(&filled, Options::empty())
        .map(|event| match event {
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let dest_url = match dest_url.strip_prefix("topic:") {
                    Some(slug) => CowStr::from(topic_href(lang, slug.trim())),
                    None => dest_url,
                };
                Event::Start(Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    id,
                })
            }
            other => other,
        })
        .inspect(|event| match event {
            Event::Text(t) | Event::Code(t) => text.push_str(t),
            Event::SoftBreak => text.push(' '),
            Event::HardBreak
            | Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item) => text.push('\n'),
            _ => {}
        })
        .collect();
    let mut raw = String::new();
    html::push_html(&mut raw, events.into_iter());
    Rendered {
        html: clean(&raw),
        text,
        unknown_snippets,
    }
}

/// Tags allowed in page bodies: text structure, links and local images, nothing that runs.
const BODY_TAGS: &[&str] = &[
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
];

/// Elements without a closing tag.
const VOID_TAGS: &[&str] = &["br", "img"];

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

/// The allowlist for page bodies: text structure, links and images from this site only
/// (no third-party requests); nothing that runs or loads from elsewhere.
pub fn clean(html: &str) -> String {
    let cleaned = ammonia::Builder::default()
        .tags(BODY_TAGS.iter().copied().collect())
        .tag_attributes(HashMap::from([
            ("a", ["href"].into_iter().collect()),
            ("img", ["src", "alt"].into_iter().collect()),
        ]))
        .generic_attributes(BTreeSet::new().into_iter().collect())
        .url_schemes(["https", "mailto", "tel"].into_iter().collect())
        .url_relative(ammonia::UrlRelative::PassThrough)
        .link_rel(None)
        .attribute_filter(|element, attribute, value| {
            if element == "img" && attribute == "src" && !is_local_source(value) {
                None
            } else {
                Some(value.into())
            }
        })
        .clean(html)
        .to_string();
    drop_images_without_source(&cleaned)
}

/// Where a tag that starts at `start` ends (index of its `>`), skipping quoted values.
fn tag_end(html: &str, start: usize) -> Option<usize> {
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

/// Whether a Markdown link or image may keep its destination: `https:`, `mailto:`, `tel:`,
/// `topic:` or a relative address. Whitespace and control characters are ignored, the way
/// browsers ignore them (`java\tscript:`).
fn is_safe_destination(destination: &str) -> bool {
    let compact: String = destination
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .collect::<String>()
        .to_lowercase();
    if compact.starts_with("topic:") {
        return true;
    }
    match compact.find([':', '/', '?', '#']) {
        Some(at) if compact[at..].starts_with(':') => {
            matches!(&compact[..at], "https" | "mailto" | "tel")
        }
        _ => true,
    }
}

/// One inline tag (`<strong>`, `</a>`, `<img …>`) through the allowlist. ammonia closes a lone
/// start tag (`<strong></strong>`), so only its opening half is kept; an end tag survives when
/// its element is allowed.
fn clean_inline_tag(tag: &str) -> String {
    let trimmed = tag.trim();
    if let Some(rest) = trimmed.strip_prefix("</") {
        let name_len = rest
            .find(|c: char| !c.is_ascii_alphanumeric())
            .unwrap_or(rest.len());
        let name = rest[..name_len].to_ascii_lowercase();
        let allowed = BODY_TAGS.contains(&name.as_str()) && !VOID_TAGS.contains(&name.as_str());
        return if allowed && rest[name_len..].trim() == ">" {
            format!("</{name}>")
        } else {
            String::new()
        };
    }
    let cleaned = clean(trimmed);
    let first = tag_end(&cleaned, 0).map_or("", |end| &cleaned[..=end]);
    let (name, _) = parse_tag(first);
    match cleaned.strip_suffix(&format!("</{name}>")) {
        Some(opening) if !name.is_empty() => opening.to_owned(),
        _ => cleaned,
    }
}

/// The end of a reference definition's label (`[label]:`), after the colon.
fn label_end(definition: &str) -> Option<usize> {
    let mut escaped = false;
    for (i, c) in definition.char_indices() {
        match c {
            '\\' if !escaped => escaped = true,
            ']' if !escaped => {
                return definition[i + 1..].starts_with(':').then_some(i + 2);
            }
            _ => escaped = false,
        }
    }
    None
}

fn sanitize_once(markdown: &str) -> String {
    let parser = Parser::new_ext(markdown, Options::empty()).into_offset_iter();
    let mut edits: Vec<(Range<usize>, String)> = Vec::new();
    for (_, definition) in parser.reference_definitions().iter() {
        if is_safe_destination(&definition.dest) {
            continue;
        }
        let span = definition.span.clone();
        let Some(text) = markdown.get(span.clone()) else {
            continue;
        };
        if let Some(end) = label_end(text) {
            let kept = text.trim_end();
            edits.push((span.start + end..span.start + kept.len(), " #".to_owned()));
        }
    }
    let events: Vec<(Event<'_>, Range<usize>)> = parser.collect();
    let mut i = 0;
    while i < events.len() {
        let (event, range) = &events[i];
        match event {
            Event::Start(Tag::HtmlBlock) => {
                edits.push((range.clone(), clean(&markdown[range.clone()])));
                while i < events.len() && !matches!(events[i].0, Event::End(TagEnd::HtmlBlock)) {
                    i += 1;
                }
            }
            Event::Html(_) => edits.push((range.clone(), clean(&markdown[range.clone()]))),
            Event::InlineHtml(_) => {
                edits.push((range.clone(), clean_inline_tag(&markdown[range.clone()])));
            }
            Event::Start(
                Tag::Link {
                    link_type,
                    dest_url,
                    ..
                }
                | Tag::Image {
                    link_type,
                    dest_url,
                    ..
                },
            ) if !is_safe_destination(dest_url) => match link_type {
                LinkType::Inline => {
                    // The destination follows the `](` after the link's own text.
                    let mut depth = 0usize;
                    let mut content_end = range.start + 1;
                    for (inner, inner_range) in &events[i + 1..] {
                        match inner {
                            Event::Start(_) => depth += 1,
                            Event::End(_) if depth == 0 => break,
                            Event::End(_) => depth -= 1,
                            _ => {}
                        }
                        content_end = content_end.max(inner_range.end);
                    }
                    let content_end = content_end.min(range.end);
                    if let Some(at) = markdown[content_end..range.end].find("](") {
                        edits.push((content_end + at..range.end, "](#)".to_owned()));
                    }
                }
                LinkType::Autolink => edits.push((range.clone(), String::new())),
                _ => {}
            },
            _ => {}
        }
        i += 1;
    }
    edits.sort_by_key(|(range, _)| (range.start, range.end));
    let mut out = String::with_capacity(markdown.len());
    let mut done = 0;
    for (range, replacement) in edits {
        if range.start < done || range.end > markdown.len() {
            continue;
        }
        out.push_str(&markdown[done..range.start]);
        out.push_str(&replacement);
        done = range.end;
    }
    out.push_str(&markdown[done..]);
    out
}

/// The Markdown to store: raw HTML passes the body allowlist in place, and links or images
/// that point to a script (`javascript:`, `data:`, `vbscript:`…) point to `#` instead.
/// Ordinary Markdown stays byte for byte the same. Cleaning can uncover new Markdown (a
/// stripped `<div>` around a link), so it repeats until nothing changes: idempotent.
pub fn sanitize_source(markdown: &str) -> String {
    let mut current = markdown.to_owned();
    for _ in 0..16 {
        let next = sanitize_once(&current);
        if next == current {
            return next;
        }
        current = next;
    }
    current
}

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

/// Stored-XSS payloads (OWASP cheat sheet and Markdown specials), for tests of everything an
/// editor can write: bodies, plain fields, the API and the browser.
pub const XSS_PAYLOADS: &[&str] = &[
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/xss.js></SCRIPT>",
    "<img src=x onerror=alert(1)>",
    "<img src=\"javascript:alert(1)\">",
    "<IMG SRC=JaVaScRiPt:alert('XSS')>",
    "<img src=/ onerror=\"alert(1)\">",
    "<img src=\"/a.png\" onload=\"alert(1)\" alt=\"x\">",
    "<svg onload=alert(1)>",
    "</textarea><script>alert(1)</script>",
    "</textarea><img src=x onerror=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
    "<body onload=alert(1)>",
    "<iframe src=\"javascript:alert(1)\"></iframe>",
    "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
    "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>",
    "<embed src=\"data:text/html,<script>alert(1)</script>\">",
    "<style>body{background:url(\"javascript:alert(1)\")}</style>",
    "<div style=\"width: expression(alert(1))\">x</div>",
    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
    "<a href=\"javascript:alert(1)\">klik</a>",
    "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>",
    "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
    "<a href=\"data:text/html,<script>alert(1)</script>\">x</a>",
    "<a href=\"vbscript:msgbox(1)\" onclick=\"alert(1)\">x</a>",
    "[klik](javascript:alert(1))",
    "[klik](JAVASCRIPT:alert(1) \"titel\")",
    "[klik](<java\tscript:alert(1)>)",
    "[klik](&#106;avascript:alert(1))",
    "![plaatje](javascript:alert(1))",
    "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "<javascript:alert(1)>",
    "[x][r]\n\n[r]: javascript:alert(1)",
    "<div>\n[x](javascript:alert(1))\n</div>",
    "<<script>script>alert(1)<</script>/script>",
    "<scr<script>ipt>alert(1)</script>",
    "<img src=\"x\" onerror=\"alert(1)\"",
    "\"><svg onload=alert(1)>",
    "'><script>alert(1)</script>",
    "<details open ontoggle=alert(1)>",
    "<form action=\"javascript:alert(1)\"><button>x</button></form>",
    "<input onfocus=alert(1) autofocus>",
    "<video><source onerror=\"alert(1)\"></video>",
    "<base href=\"javascript:alert(1)//\">",
    "<link rel=\"stylesheet\" href=\"javascript:alert(1)\">",
    "<![CDATA[<script>alert(1)</script>]]>",
    "<!--<script>alert(1)</script>-->",
    "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
    "## Kop <script>alert(1)</script>",
    "> citaat <img src=x onerror=alert(1)>",
    "- punt <b onclick=alert(1)>vet</b>",
    "Tekst <strong onmouseover=alert(1)>sterk</strong> en <a href=\"javascript:alert(1)\">link</a>.",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn snippets() -> SnippetValues {
        HashMap::from([("phone".to_owned(), "14 0000".to_owned())])
    }

    #[test]
    fn snippets_are_filled_and_unknown_ones_reported() {
        let (out, unknown) = fill_snippets("Bel {{phone}} of {{ fax }}. {{open", &snippets());
        assert_eq!(out, "Bel 14 0000 of {{ fax }}. {{open");
        assert_eq!(unknown.into_iter().collect::<Vec<_>>(), ["fax"]);
    }

    #[test]
    fn topic_links_point_into_the_readers_language() {
        let en = Language::from_code("en").unwrap();
        let r = render("Lees [samenwonen](topic:samenwonen).", en, &snippets());
        assert!(
            r.html
                .contains(r#"<a href="/en/rechten-en-plichten/samenwonen">samenwonen</a>"#),
            "{}",
            r.html
        );
        assert_eq!(r.text.trim(), "Lees samenwonen.");
    }

    #[test]
    fn snippets_are_isolated_in_right_to_left_text_only() {
        let ar = Language::from_code("ar").unwrap();
        let r = render("اتصل {{phone}}", ar, &snippets());
        assert!(r.html.contains("\u{2068}14 0000\u{2069}"), "{}", r.html);
        let nl = render("Bel {{phone}}", Language::default_language(), &snippets());
        assert!(nl.html.contains("Bel 14 0000"));
    }

    #[test]
    fn scripts_and_foreign_markup_are_removed() {
        let nl = Language::default_language();
        let r = render(
            "<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[x](javascript:alert(1)) <b onclick=1>b</b>\n\n## Kop",
            nl,
            &snippets(),
        );
        assert!(!r.html.contains("<script"), "{}", r.html);
        assert!(
            !r.html.contains("onerror") && !r.html.contains("onclick"),
            "{}",
            r.html
        );
        assert!(!r.html.contains("javascript:"), "{}", r.html);
        assert!(!r.html.contains("<img"), "{}", r.html);
        assert!(r.html.contains("<h2>Kop</h2>"));
    }

    const FORBIDDEN: &[&str] = &[
        "<script",
        "onerror",
        "onload",
        "onclick",
        "javascript:",
        "<iframe",
        "<svg",
        "<object",
        "<embed",
        "<style",
        "<meta",
        "data:text/html",
    ];

    /// The markup of cleaned HTML: its tags, without the text between them. Text never holds a
    /// raw `<`, so a word like "onerror" in the text is visible text, not an attribute.
    fn markup(html: &str) -> String {
        let mut out = String::new();
        let mut rest = 0;
        while let Some(offset) = html[rest..].find('<') {
            let start = rest + offset;
            let end = tag_end(html, start).unwrap_or(html.len() - 1);
            out.push_str(&html[start..=end]);
            rest = end + 1;
        }
        out
    }

    fn assert_harmless(what: &str, payload: &str, output: &str, whole: &str) {
        for bad in FORBIDDEN {
            assert!(
                !whole.to_lowercase().contains(bad),
                "{what} of {payload:?} holds {bad:?}: {output}"
            );
        }
    }

    #[test]
    fn there_are_enough_payloads() {
        assert!(XSS_PAYLOADS.len() >= 25);
    }

    #[test]
    fn stored_payloads_render_without_anything_that_runs() {
        let nl = Language::default_language();
        for payload in XSS_PAYLOADS {
            let stored = sanitize_source(payload);
            let html = render(&stored, nl, &snippets()).html;
            // Tags and attributes: nothing of the list at all.
            assert_harmless("render", payload, &html, &markup(&html));
            // The whole output, text included: no element of the list can appear either.
            for bad in FORBIDDEN.iter().filter(|b| b.starts_with('<')) {
                assert!(!html.to_lowercase().contains(bad), "{payload:?}: {html}");
            }
            // The stored Markdown itself holds no dangerous markup for a later renderer.
            for bad in [
                "<script", "<iframe", "<svg", "<object", "<embed", "<style", "<meta",
            ] {
                assert!(
                    !stored.to_lowercase().contains(bad),
                    "{payload:?}: {stored}"
                );
            }
            for bad in ["onerror", "onload", "onclick", "javascript:"] {
                assert!(
                    !markup(&render(&stored, nl, &snippets()).html).contains(bad),
                    "{payload:?}: {stored}"
                );
            }
        }
    }

    #[test]
    fn markdown_links_to_scripts_are_neutralised_in_the_source() {
        for payload in [
            "[klik](javascript:alert(1))",
            "[klik](JAVASCRIPT:alert(1) \"titel\")",
            "[klik](<java\tscript:alert(1)>)",
            "[klik](&#106;avascript:alert(1))",
            "![plaatje](javascript:alert(1))",
            "[x](data:text/html;base64,PHNjcmlwdD4=)",
            "[x](vbscript:msgbox(1))",
            "<javascript:alert(1)>",
            "[x][r]\n\n[r]: javascript:alert(1)",
            "<div>\n[x](javascript:alert(1))\n</div>",
        ] {
            let stored = sanitize_source(payload).to_lowercase();
            for bad in ["javascript", "vbscript", "data:", "&#106;"] {
                assert!(!stored.contains(bad), "{payload:?} → {stored:?}");
            }
        }
        assert_eq!(sanitize_source("[klik](javascript:alert(1))"), "[klik](#)");
        assert_eq!(
            sanitize_source("Zie ![kaart](data:image/png;base64,AAAA \"t\") hier."),
            "Zie ![kaart](#) hier."
        );
        assert_eq!(
            sanitize_source("[x][r]\n\n[r]: javascript:alert(1) \"titel\"\n"),
            "[x][r]\n\n[r]: #\n"
        );
    }

    #[test]
    fn ordinary_markdown_is_stored_byte_for_byte() {
        let source = "## Wat moet u doen?\n\nBel {{phone}} of lees [samenwonen](topic:samenwonen).\n\n\
                      > Een citaat met **vet** en *schuin*.\n\n\
                      - [Regels](https://www.example.nl/regels \"titel\")\n\
                      - [Mail](mailto:info@example.nl) en [bel](tel:140000)\n\
                      - <https://www.example.nl> en <info@example.nl>\n\n\
                      1. a < b & c, `<script>` in code\n\n\
                      ```\n<script>alert(1)</script>\n```\n\n\
                      ![Kaart](/media/kaart.png) [terug](#top) [omhoog](../)\n\n\
                      Tekst met <strong>vet</strong> en <br> en <a href=\"/nl/\">thuis</a>.\n";
        assert_eq!(sanitize_source(source), source);
    }

    #[test]
    fn raw_html_is_cleaned_in_place() {
        assert_eq!(
            sanitize_source("Tekst <b onclick=alert(1)>vet</b> en <strong class=x>sterk</strong>."),
            "Tekst vet en <strong>sterk</strong>."
        );
        assert_eq!(
            sanitize_source("## Kop\n\n<script>\nalert(1)\n</script>\n\nTekst.\n"),
            "## Kop\n\n\n\nTekst.\n"
        );
        assert_eq!(
            sanitize_source("<p onclick=\"x\">Hallo</p>\n"),
            "<p>Hallo</p>\n"
        );
        assert_eq!(
            sanitize_source("Zie <a href=\"javascript:alert(1)\">dit</a>."),
            "Zie <a>dit</a>."
        );
    }

    #[test]
    fn sanitizing_is_idempotent() {
        let mut inputs: Vec<String> = XSS_PAYLOADS.iter().map(|p| (*p).to_owned()).collect();
        inputs.push("<div><div>\n[x](javascript:alert(1))\n</div></div>".into());
        inputs.push(XSS_PAYLOADS.join("\n\n"));
        inputs.push(XSS_PAYLOADS.join(" "));
        for input in inputs {
            let once = sanitize_source(&input);
            assert_eq!(sanitize_source(&once), once, "{input:?}");
        }
    }

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

    #[test]
    fn plain_fields_hold_no_markup_for_any_payload() {
        for payload in XSS_PAYLOADS {
            let text = plain_text(payload);
            for bad in [
                "<script", "<iframe", "<svg", "<object", "<embed", "<style", "<meta", "<img", "<a ",
            ] {
                assert!(!text.to_lowercase().contains(bad), "{payload:?} → {text:?}");
            }
            assert_eq!(plain_text(&text), text, "{payload:?}");
            // Only Markdown-looking payloads keep their (harmless, escaped on output) words.
            if !payload.contains("](") && !payload.contains("]: ") {
                assert_harmless("plain_text", payload, &text, &text);
            }
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
