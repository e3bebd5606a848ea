//! Turns a page's Markdown into clean HTML: snippets filled in, `topic:` links made into URLs
//! for the reader's language, and everything passed through ammonia's allowlist.

mod allowlist;
mod payloads;
mod plain;
mod sanitize;

pub use allowlist::clean;
pub use payloads::XSS_PAYLOADS;
pub use plain::plain_text;
pub use sanitize::sanitize_source;

use super::library::topic_href;
use helder_domain::languages::Language;
use pulldown_cmark::{CowStr, Event, Options, Parser, Tag, TagEnd, html};
use std::collections::{BTreeSet, HashMap};

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

#[cfg(test)]
mod tests {
    use super::*;

    pub(super) fn snippets() -> SnippetValues {
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
}
