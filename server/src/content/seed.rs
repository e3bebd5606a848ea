//! The pages shipped with Helder: `locales/<lang>/topics/<slug>.md`, embedded at build time.
//! Parse, don't validate: a [`SeedPage`] that exists has every field it needs.

use super::front_matter::FrontMatter;
use chrono::{DateTime, NaiveDate, Utc};
use helder_app::rights::library::PageKind;
use helder_domain::languages::Language;

include!(concat!(env!("OUT_DIR"), "/seed_files.rs"));

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeedPage {
    pub slug: String,
    pub lang: Language,
    pub kind: PageKind,
    pub order: i32,
    pub title: String,
    pub summary: String,
    pub body: String,
    /// Hash of the whole file, to notice a newer shipped text.
    pub hash: String,
    /// For editors: the articles the page rests on and the day it was last checked against
    /// them (Dutch files; readers see the date).
    pub legal_basis: String,
    pub checked: Option<NaiveDate>,
    /// A version that goes live by itself at this moment (a law that takes effect later).
    pub publish_at: Option<DateTime<Utc>>,
}

/// The shipped pages split by time: what is in force now, and what is scheduled.
#[derive(Debug, Default)]
pub struct Shipped {
    /// Per page and language, the newest text whose time has come.
    pub current: Vec<SeedPage>,
    /// Texts whose time is still to come, oldest first.
    pub scheduled: Vec<SeedPage>,
}

impl Shipped {
    /// Every shipped file, split at `now`.
    pub fn load(now: DateTime<Utc>) -> Result<Shipped, SeedError> {
        Ok(Shipped::at(SeedPage::all()?, now))
    }

    /// Splits every shipped file at `now`: a page whose later version is already due (an
    /// installation started after the law changed) starts from that version.
    pub fn at(pages: Vec<SeedPage>, now: DateTime<Utc>) -> Shipped {
        let (due, later): (Vec<_>, Vec<_>) = pages
            .into_iter()
            .partition(|p| p.publish_at.is_none_or(|at| at <= now));
        let mut newest: std::collections::BTreeMap<(String, &'static str), SeedPage> =
            std::collections::BTreeMap::new();
        for page in due {
            let key = (page.slug.clone(), page.lang.code);
            let replaces = newest
                .get(&key)
                .is_none_or(|held| held.publish_at < page.publish_at);
            if replaces {
                newest.insert(key, page);
            }
        }
        let mut scheduled = later;
        scheduled.sort_by_key(|p| p.publish_at);
        Shipped {
            current: newest.into_values().collect(),
            scheduled,
        }
    }
}

/// The editors' source notes of one page: its section (`### <slug>`) in
/// `locales/nl/sources.md`, or nothing.
pub fn source_notes(slug: &str) -> String {
    const SOURCES: &str = include_str!("../../../locales/nl/sources.md");
    let mut notes = String::new();
    let mut inside = false;
    for line in SOURCES.lines() {
        if let Some(heading) = line.strip_prefix("### ") {
            let name = heading.split_whitespace().next().unwrap_or_default();
            inside = name.trim_matches('`') == slug;
            continue;
        }
        if line.starts_with("## ") {
            inside = false;
        }
        if inside {
            notes.push_str(line);
            notes.push('\n');
        }
    }
    notes.trim().to_owned()
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("{file}: {problem}")]
pub struct SeedError {
    pub file: String,
    pub problem: String,
}

impl SeedPage {
    /// Parses one seed file: front matter between `---` lines (`key: value`), then Markdown.
    pub fn parse(lang_code: &str, file_slug: &str, source: &str) -> Result<SeedPage, SeedError> {
        let err = |problem: String| SeedError {
            file: format!("{lang_code}/topics/{file_slug}.md"),
            problem,
        };
        let lang = Language::from_code(lang_code)
            .ok_or_else(|| err(format!("{lang_code} is not in locales/languages.toml")))?;
        let front = FrontMatter::split(source).map_err(|e| err(e.to_string()))?;
        let body = front.body;
        let field = |key: &str| -> Result<String, SeedError> {
            front
                .get(key)
                .ok_or_else(|| err(format!("front matter lacks `{key}`")))
        };
        let slug = field("slug")?;
        if slug != file_slug {
            return Err(err(format!("slug `{slug}` differs from the file name")));
        }
        let kind_text = field("kind")?;
        let kind = PageKind::parse(&kind_text)
            .ok_or_else(|| err(format!("unknown kind `{kind_text}`")))?;
        let order_text = field("order")?;
        let order = order_text
            .parse()
            .map_err(|_| err(format!("order `{order_text}` is not a whole number")))?;
        let checked = match front.get("checked") {
            Some(text) => Some(
                NaiveDate::parse_from_str(&text, "%Y-%m-%d")
                    .map_err(|_| err(format!("checked `{text}` is not a date (YYYY-MM-DD)")))?,
            ),
            None => None,
        };
        let publish_at = match front.get("publish_at") {
            Some(text) => Some(
                DateTime::parse_from_rfc3339(&text)
                    .map_err(|_| err(format!("publish_at `{text}` is not an RFC 3339 time")))?
                    .with_timezone(&Utc),
            ),
            None => None,
        };
        Ok(SeedPage {
            legal_basis: front.get("legal_basis").unwrap_or_default(),
            checked,
            publish_at,
            title: field("title")?,
            summary: field("summary")?,
            slug,
            lang,
            kind,
            order,
            body: body.trim().to_owned(),
            hash: blake3::hash(source.as_bytes()).to_hex()[..16].to_owned(),
        })
    }

    /// Every embedded seed page; the first problem found is an error at start. Files of a
    /// language not (yet) in `languages.toml` are left out: a translation can be prepared
    /// before the language is switched on.
    pub fn all() -> Result<Vec<SeedPage>, SeedError> {
        SEED_FILES
            .iter()
            .filter(|(lang, slug, _)| {
                let known = Language::from_code(lang).is_some();
                if !known {
                    tracing::warn!(
                        lang,
                        slug,
                        "page skipped: language not in locales/languages.toml"
                    );
                }
                known
            })
            .map(|(lang, slug, source)| SeedPage::parse(lang, slug, source))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    const GOOD: &str = "---\nslug: test\ntitle: Een titel\nsummary: Kort.\nkind: duty\norder: 10\n---\n## Kop\n\nTekst.\n";

    #[test]
    fn a_good_file_parses() {
        let page = SeedPage::parse("nl", "test", GOOD).unwrap();
        assert_eq!(page.title, "Een titel");
        assert_eq!(page.kind, PageKind::Duty);
        assert_eq!(page.order, 10);
        assert_eq!(page.body, "## Kop\n\nTekst.");
    }

    #[test]
    fn mistakes_are_named() {
        let e = SeedPage::parse("nl", "other", GOOD).unwrap_err();
        assert!(e.problem.contains("differs"), "{e}");
        let bad_kind = GOOD.replace("kind: duty", "kind: rumour");
        let no_title = GOOD.replace("title: Een titel\n", "");
        // (language, text, what the problem names)
        let cases = [
            ("xx", GOOD, "languages.toml"),
            ("nl", bad_kind.as_str(), "rumour"),
            ("nl", no_title.as_str(), "title"),
        ];
        for (lang, text, named) in cases {
            let e = SeedPage::parse(lang, "test", text).unwrap_err();
            assert!(e.problem.contains(named), "{e}");
        }
        assert!(SeedPage::parse("nl", "test", "no front matter").is_err());
    }

    #[test]
    fn every_shipped_page_parses_and_has_a_dutch_original() {
        let pages = SeedPage::all().expect("all seed files parse");
        assert!(pages.len() >= 20, "{} pages", pages.len());
        for page in pages.iter().filter(|p| p.lang.code != "nl") {
            assert!(
                pages
                    .iter()
                    .any(|d| d.slug == page.slug && d.lang.code == "nl"),
                "{}/{} has no Dutch original",
                page.lang.code,
                page.slug
            );
        }
    }

    #[test]
    fn every_shipped_page_is_in_every_language_with_its_law() {
        let pages = SeedPage::all().expect("all seed files parse");
        let now = DateTime::parse_from_rfc3339("2026-12-07T12:00:00+01:00")
            .unwrap()
            .with_timezone(&Utc);
        let shipped = Shipped::at(pages, now);
        let dutch: Vec<_> = shipped
            .current
            .iter()
            .filter(|p| p.lang == Language::default_language())
            .collect();
        assert!(dutch.len() >= 39, "{} Dutch pages", dutch.len());
        for page in &dutch {
            // No reader meets the "not translated yet" notice on a shipped page.
            for lang in helder_domain::languages::LANGUAGES {
                assert!(
                    shipped
                        .current
                        .iter()
                        .any(|p| p.slug == page.slug && p.lang == *lang),
                    "{} has no {} text",
                    page.slug,
                    lang.code
                );
            }
            assert!(!page.legal_basis.is_empty(), "{}: legal_basis", page.slug);
            assert!(page.checked.is_some(), "{}: checked", page.slug);
            assert!(
                !source_notes(&page.slug).is_empty(),
                "{}: no section in sources.md",
                page.slug
            );
        }
        // The versions for 1 January 2027: three pages in every language, each with a text of
        // today to follow.
        assert_eq!(
            shipped.scheduled.len(),
            3 * helder_domain::languages::LANGUAGES.len()
        );
        for later in &shipped.scheduled {
            assert!(later.publish_at > Some(now));
            assert!(
                shipped
                    .current
                    .iter()
                    .any(|p| p.slug == later.slug && p.lang == later.lang)
            );
        }
    }

    #[test]
    fn a_later_version_takes_over_once_its_time_has_come() {
        let page = |publish_at: Option<&str>, title: &str| {
            let mut page = SeedPage::parse("nl", "test", GOOD).unwrap();
            page.title = title.to_owned();
            page.publish_at = publish_at.map(|at| {
                DateTime::parse_from_rfc3339(at)
                    .unwrap()
                    .with_timezone(&Utc)
            });
            page
        };
        let pages = || {
            vec![
                page(None, "nu"),
                page(Some("2027-01-01T00:00:00+01:00"), "later"),
            ]
        };
        let before = Utc.with_ymd_and_hms(2026, 12, 31, 22, 59, 59).unwrap();
        let shipped = Shipped::at(pages(), before);
        assert_eq!(shipped.current.len(), 1);
        assert_eq!(shipped.current[0].title, "nu");
        assert_eq!(shipped.scheduled.len(), 1);
        let after = Utc.with_ymd_and_hms(2026, 12, 31, 23, 0, 0).unwrap();
        let shipped = Shipped::at(pages(), after);
        assert_eq!(shipped.current.len(), 1);
        assert_eq!(
            shipped.current[0].title, "later",
            "a new install starts from the later law"
        );
        assert!(shipped.scheduled.is_empty());
    }

    #[test]
    fn source_notes_are_the_pages_own_section() {
        let notes = source_notes("kostendeler");
        assert!(notes.contains("art. 19a"), "{notes}");
        assert!(!notes.contains("### "), "only its own section");
        assert!(
            source_notes("taaleis").contains("18b"),
            "a section marked (nieuw)"
        );
        assert!(source_notes("no-such-page").is_empty());
    }
}
