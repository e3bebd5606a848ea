//! The checks before publishing a page body (Markdown; the title is the page's `h1`): heading
//! order, empty headings, vague or empty link texts, images without alt text, and films
//! without captions or transcript.

use super::links::{normalised_link_text, vague_link_texts};
use super::{Finding, Severity, quoted};
use crate::html::parse_tag;
use crate::languages::Language;
use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use std::collections::HashSet;

/// What the publishing check needs to know of a film shown on the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FilmInfo {
    pub title: String,
    pub has_captions: bool,
    pub has_transcript: bool,
}

/// The findings for a page body and the films shown on it, in the order of the text, films last.
pub fn publish_findings(lang: Language, markdown: &str, films: &[FilmInfo]) -> Vec<Finding> {
    let mut walk = Walk::new(lang);
    for event in Parser::new_ext(markdown, Options::empty()) {
        walk.event(event);
    }
    walk.flush_html();
    let mut findings = walk.findings;
    findings.extend(films.iter().flat_map(film_findings));
    findings
}

fn heading_number(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

/// One pass over the Markdown events, collecting the text of the heading, link or image
/// being read and any run of raw HTML.
struct Walk {
    lang: Language,
    vague: &'static [&'static str],
    findings: Vec<Finding>,
    previous_level: Option<u8>,
    heading: Option<(u8, String)>,
    link: Option<String>,
    image: Option<(String, String)>,
    html: String,
    /// Normalised vague link texts already reported (the empty text too): each once.
    vague_seen: HashSet<String>,
}

impl Walk {
    fn new(lang: Language) -> Walk {
        Walk {
            lang,
            vague: vague_link_texts(lang),
            findings: Vec::new(),
            previous_level: None,
            heading: None,
            link: None,
            image: None,
            html: String::new(),
            vague_seen: HashSet::new(),
        }
    }

    fn warn(&mut self, key: &'static str, args: Vec<(&'static str, String)>) {
        self.findings
            .push(Finding::new(key, Severity::Warning, args));
    }

    fn event(&mut self, event: Event<'_>) {
        // A run of raw HTML ends at the first event that is not HTML.
        if !matches!(event, Event::Html(_) | Event::InlineHtml(_)) {
            self.flush_html();
        }
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                self.heading = Some((heading_number(level), String::new()));
            }
            Event::End(TagEnd::Heading(_)) => {
                if let Some((level, text)) = self.heading.take() {
                    self.heading_ended(level, text.trim());
                }
            }
            Event::Start(Tag::Link { .. }) => self.link = Some(String::new()),
            Event::End(TagEnd::Link) => {
                if let Some(text) = self.link.take() {
                    self.link_ended(&text);
                }
            }
            Event::Start(Tag::Image { dest_url, .. }) => {
                self.image = Some((dest_url.to_string(), String::new()));
            }
            Event::End(TagEnd::Image) => {
                if let Some((src, alt)) = self.image.take()
                    && alt.trim().is_empty()
                {
                    self.warn("check-image-alt", vec![("src", src)]);
                }
            }
            Event::Text(text) | Event::Code(text) => self.text(&text),
            Event::SoftBreak | Event::HardBreak => self.line_break(),
            Event::Html(text) | Event::InlineHtml(text) => self.html.push_str(&text),
            _ => {}
        }
    }

    /// Text belongs to the heading, link and image being read (an image inside a link too).
    fn text(&mut self, text: &str) {
        for collector in [
            self.heading.as_mut().map(|(_, t)| t),
            self.link.as_mut(),
            self.image.as_mut().map(|(_, t)| t),
        ]
        .into_iter()
        .flatten()
        {
            collector.push_str(text);
        }
    }

    fn line_break(&mut self) {
        for collector in [self.heading.as_mut().map(|(_, t)| t), self.link.as_mut()]
            .into_iter()
            .flatten()
        {
            collector.push(' ');
        }
    }

    fn heading_ended(&mut self, level: u8, text: &str) {
        let lang = self.lang;
        let level_arg = ("level", level.to_string());
        if level == 1 {
            self.warn("check-heading-h1", vec![("heading", quoted(lang, text))]);
        } else if self.previous_level.is_none() && level != 2 {
            self.warn(
                "check-heading-first",
                vec![level_arg.clone(), ("heading", quoted(lang, text))],
            );
        } else if let Some(previous) = self.previous_level.filter(|p| level > p + 1) {
            self.warn(
                "check-heading-skip",
                vec![
                    ("from", previous.to_string()),
                    ("to", level.to_string()),
                    ("heading", quoted(lang, text)),
                ],
            );
        }
        if level > 4 {
            self.warn(
                "check-heading-deep",
                vec![level_arg.clone(), ("heading", quoted(lang, text))],
            );
        }
        if text.is_empty() {
            self.warn("check-heading-empty", vec![level_arg]);
        }
        self.previous_level = Some(level);
    }

    fn link_ended(&mut self, text: &str) {
        let normalised = normalised_link_text(text);
        if normalised.is_empty() {
            if self.vague_seen.insert(String::new()) {
                self.warn("check-link-empty", Vec::new());
            }
        } else if self.vague.contains(&normalised.as_str())
            && self.vague_seen.insert(normalised.clone())
        {
            self.warn(
                "check-link-vague",
                vec![("text", quoted(self.lang, text.trim()))],
            );
        }
    }

    /// `<img>` tags without alt text in the run of raw HTML read so far.
    fn flush_html(&mut self) {
        if self.html.is_empty() {
            return;
        }
        let html = std::mem::take(&mut self.html);
        let lower = html.to_ascii_lowercase();
        let mut from = 0;
        while let Some(offset) = lower[from..].find("<img") {
            let start = from + offset;
            let end = html[start..]
                .find('>')
                .map_or(html.len(), |e| start + e + 1);
            let (name, attributes) = parse_tag(&html[start..end]);
            if name == "img" {
                let alt = attributes.iter().find(|(a, _)| a == "alt");
                if alt.is_none_or(|(_, text)| text.trim().is_empty()) {
                    let src = attributes
                        .iter()
                        .find(|(a, _)| a == "src")
                        .map(|(_, s)| s.clone())
                        .unwrap_or_default();
                    self.warn("check-image-alt", vec![("src", src)]);
                }
            }
            from = end.max(start + 1);
        }
    }
}

fn film_findings(film: &FilmInfo) -> Vec<Finding> {
    let title = || vec![("title", film.title.clone())];
    let mut findings = Vec::new();
    if !film.has_captions {
        findings.push(Finding::new(
            "check-film-captions",
            Severity::Warning,
            title(),
        ));
    }
    if !film.has_transcript {
        findings.push(Finding::new(
            "check-film-transcript",
            Severity::Warning,
            title(),
        ));
    }
    findings
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::editing::checks::testing::{arg, keys, lang, nl};

    #[test]
    fn headings_start_at_two_and_skip_no_level() {
        let good = "## Wat\n\nTekst.\n\n### Hoe\n\n#### Waarom\n\n## Verder\n\n### Meer\n";
        assert!(publish_findings(nl(), good, &[]).is_empty());

        let findings = publish_findings(nl(), "### Begin\n\n#### Daarna", &[]);
        assert_eq!(keys(&findings), ["check-heading-first"]);
        assert_eq!(arg(&findings[0], "level"), "3");

        let findings =
            publish_findings(nl(), "# Titel\n\n## Kop\n\n#### Diep\n\n##### Dieper", &[]);
        assert_eq!(
            keys(&findings),
            [
                "check-heading-h1",
                "check-heading-skip",
                "check-heading-deep"
            ]
        );
        assert_eq!(arg(&findings[1], "from"), "2");
        assert_eq!(arg(&findings[1], "to"), "4");
        assert_eq!(arg(&findings[1], "heading"), "Diep");

        let setext = publish_findings(nl(), "Titel\n=====\n\nTekst", &[]);
        assert_eq!(keys(&setext), ["check-heading-h1"]);
    }

    #[test]
    fn empty_headings_are_found() {
        let findings = publish_findings(nl(), "## Kop\n\n###\n\n## <span></span>\n", &[]);
        assert_eq!(
            keys(&findings),
            ["check-heading-empty", "check-heading-empty"]
        );
        assert_eq!(arg(&findings[0], "level"), "3");
    }

    #[test]
    fn vague_link_texts_are_found_per_language_once() {
        let md = "Meer weten? [Klik hier](topic:samenwonen). Of [hier](/a), [Lees meer…](/b), \
                  [klik  HIER](/c), [Lees meer over samenwonen](topic:samenwonen) en [](/d) \
                  of [![Kaart van de wijk](/kaart.png)](/e).";
        let findings = publish_findings(nl(), md, &[]);
        assert_eq!(
            keys(&findings),
            [
                "check-link-vague",
                "check-link-vague",
                "check-link-vague",
                "check-link-empty"
            ]
        );
        assert_eq!(arg(&findings[0], "text"), "Klik hier");
        assert_eq!(arg(&findings[2], "text"), "Lees meer…");

        let en = publish_findings(lang("en"), "[Click here](/a) and [hier](/b).", &[]);
        assert_eq!(keys(&en), ["check-link-vague"]);
        assert_eq!(arg(&en[0], "text"), "Click here");
        let ar = publish_findings(lang("ar"), "[انقر هنا](/a)", &[]);
        assert_eq!(keys(&ar), ["check-link-vague"]);
        assert!(arg(&ar[0], "text").starts_with('\u{2068}'));
        assert!(publish_findings(lang("ti"), "[hier](/a)", &[]).is_empty());
    }

    #[test]
    fn images_need_alt_text_in_markdown_and_html() {
        let md = "![](/a.png) ![Kaart](/b.png) ![ ](/c.png)\n\n\
                  <img src=\"/d.png\">\n\n<p>Tekst <IMG SRC='/e.png' ALT='Foto van het loket'> \
                  <img alt=\"\" src=\"/f.png\"/></p>\n\nInline <img src=/g.png>.";
        let findings = publish_findings(nl(), md, &[]);
        let sources: Vec<&str> = findings.iter().map(|f| arg(f, "src")).collect();
        assert!(findings.iter().all(|f| f.key == "check-image-alt"));
        assert_eq!(sources, ["/a.png", "/c.png", "/d.png", "/f.png", "/g.png"]);
    }

    #[test]
    fn films_need_captions_and_a_transcript() {
        let films = [
            FilmInfo {
                title: "Samenwonen".into(),
                has_captions: true,
                has_transcript: true,
            },
            FilmInfo {
                title: "Werk".into(),
                has_captions: false,
                has_transcript: false,
            },
            FilmInfo {
                title: "Geld".into(),
                has_captions: true,
                has_transcript: false,
            },
        ];
        let findings = publish_findings(nl(), "## Kop\n\nTekst.", &films);
        assert_eq!(
            keys(&findings),
            [
                "check-film-captions",
                "check-film-transcript",
                "check-film-transcript"
            ]
        );
        assert_eq!(arg(&findings[0], "title"), "Werk");
        assert_eq!(arg(&findings[2], "title"), "Geld");
    }
}
