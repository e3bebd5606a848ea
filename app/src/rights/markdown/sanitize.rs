//! The Markdown to store: raw HTML through the body allowlist in place, links and images to
//! scripts pointed at `#`, everything else byte for byte as typed.

use super::allowlist::{BODY_TAGS, VOID_TAGS, clean, tag_end};
use helder_domain::html::parse_tag;
use pulldown_cmark::{Event, LinkType, Options, Parser, RefDefs, Tag, TagEnd};
use std::ops::Range;

/// A replacement of a byte range of the source.
type Edit = (Range<usize>, String);

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

/// Reference definitions (`[label]: javascript:…`) whose destination is not safe point to `#`.
fn reference_edits(markdown: &str, definitions: &RefDefs<'_>) -> Vec<Edit> {
    let mut edits = Vec::new();
    for (_, definition) in definitions.iter() {
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
    edits
}

/// An inline link or image to an unsafe destination: its `](destination)` becomes `](#)`.
/// The destination follows the `](` after the link's own text, which are the events after it.
fn inline_link_edit(
    markdown: &str,
    range: &Range<usize>,
    inside: &[(Event<'_>, Range<usize>)],
) -> Option<Edit> {
    let mut depth = 0usize;
    let mut content_end = range.start + 1;
    for (inner, inner_range) in inside {
        match inner {
            Event::Start(_) => depth += 1,
            Event::End(_) if depth == 0 => break,
            Event::End(_) => depth -= 1,
            _ => {}
        }
        content_end = content_end.max(inner_range.end);
    }
    let content_end = content_end.min(range.end);
    let at = markdown[content_end..range.end].find("](")?;
    Some((content_end + at..range.end, "](#)".to_owned()))
}

/// Raw HTML through the allowlist, and links or images to unsafe destinations neutralised.
fn event_edits(markdown: &str, events: &[(Event<'_>, Range<usize>)]) -> Vec<Edit> {
    let mut edits = Vec::new();
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
                    edits.extend(inline_link_edit(markdown, range, &events[i + 1..]));
                }
                LinkType::Autolink => edits.push((range.clone(), String::new())),
                _ => {}
            },
            _ => {}
        }
        i += 1;
    }
    edits
}

/// `markdown` with `edits` applied in order; an edit overlapping an earlier one is skipped.
fn apply_edits(markdown: &str, mut edits: Vec<Edit>) -> String {
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

fn sanitize_once(markdown: &str) -> String {
    let parser = Parser::new_ext(markdown, Options::empty()).into_offset_iter();
    let mut edits = reference_edits(markdown, parser.reference_definitions());
    let events: Vec<(Event<'_>, Range<usize>)> = parser.collect();
    edits.extend(event_edits(markdown, &events));
    apply_edits(markdown, edits)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rights::markdown::XSS_PAYLOADS;

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
}
