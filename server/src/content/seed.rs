//! The pages shipped with Helder: `locales/<lang>/topics/<slug>.md`, embedded at build time.
//! Parse, don't validate: a [`SeedPage`] that exists has every field it needs.

use super::front_matter::FrontMatter;
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
        Ok(SeedPage {
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
}
