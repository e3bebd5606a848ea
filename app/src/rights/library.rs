//! The published information pages, held in memory for rendering. The database is the source
//! of truth; the server loads a new [`Library`] into the [`SharedLibrary`] whenever content
//! changes, so pages render without waiting for the database.

use helder_domain::languages::{LANGUAGES, Language};
use std::{
    collections::HashMap,
    sync::{Arc, RwLock},
};

/// URL segment under which every information page lives: `/{lang}/rechten-en-plichten/{slug}`.
pub const TOPICS_SEGMENT: &str = "rechten-en-plichten";

/// Where a page sits in the site.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PageKind {
    /// The duty to report changes: the overview of all duties.
    Overview,
    Duty,
    /// What happens after a mistake.
    Mistake,
    Right,
    LifeEvents,
    Transparency,
    Partners,
}

impl PageKind {
    pub const ALL: [PageKind; 7] = [
        PageKind::Overview,
        PageKind::Duty,
        PageKind::Mistake,
        PageKind::Right,
        PageKind::LifeEvents,
        PageKind::Transparency,
        PageKind::Partners,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            PageKind::Overview => "overview",
            PageKind::Duty => "duty",
            PageKind::Mistake => "mistake",
            PageKind::Right => "right",
            PageKind::LifeEvents => "life-events",
            PageKind::Transparency => "transparency",
            PageKind::Partners => "partners",
        }
    }

    pub fn parse(s: &str) -> Option<PageKind> {
        PageKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// One page in one language, rendered and cleaned.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    pub slug: String,
    pub lang: Language,
    pub kind: PageKind,
    pub order: i32,
    pub title: String,
    pub summary: String,
    /// Cleaned HTML of the body, snippets filled in.
    pub html: String,
    /// Plain text of the body, for search and readability.
    pub text: String,
    /// Day of the last change, `dd-mm-yyyy`.
    pub updated: String,
    /// Day the page was last checked against the law, `dd-mm-yyyy`.
    pub checked: Option<String>,
    /// A translation made from an older Dutch version than the one published now.
    pub outdated: bool,
    /// Withdrawn pages stay readable under a notice.
    pub withdrawn: Option<Withdrawal>,
}

/// When and why a page was withdrawn.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Withdrawal {
    /// `dd-mm-yyyy`
    pub date: String,
    pub notice: String,
}

impl Page {
    pub fn href(&self, lang: Language) -> String {
        topic_href(lang, &self.slug)
    }
}

pub fn topic_href(lang: Language, slug: &str) -> String {
    format!("/{}/{TOPICS_SEGMENT}/{slug}", lang.code)
}

/// A Dutch page's HTML with its links to Helder's Dutch pages turned to `lang`, so a reader
/// who follows one stays in their language (the body is cleaned HTML: every local link is
/// written `href="/nl/…"`).
fn links_in(html: &str, lang: Language) -> String {
    let dutch = format!("href=\"/{}/", Language::default_language().code);
    html.replace(&dutch, &format!("href=\"/{}/", lang.code))
}

/// What the reader gets for a page in their language.
#[derive(Debug, Clone, PartialEq)]
pub enum Found {
    /// Written in the language asked for (Dutch is always this).
    Original(Arc<Page>),
    /// A translation: an aid; the Dutch text is leading.
    Translation(Arc<Page>),
    /// No translation yet: the Dutch page, shown with a notice.
    DutchFallback(Arc<Page>),
}

impl Found {
    pub fn page(&self) -> &Arc<Page> {
        match self {
            Found::Original(p) | Found::Translation(p) | Found::DutchFallback(p) => p,
        }
    }
}

/// How readers reach the municipality, from its snippets in one language (the
/// accessibility statement gives it as its direct contact).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Contact {
    pub phone: String,
    pub opening_hours: String,
    pub address: String,
    pub website: String,
}

#[derive(Debug, Default)]
pub struct Library {
    pages: HashMap<(String, &'static str), Arc<Page>>,
    /// Dutch pages for readers of a language without a translation, their links turned to
    /// that language (keyed by slug and the reader's language).
    fallbacks: HashMap<(String, &'static str), Arc<Page>>,
    /// The municipality's contact details by language code.
    contacts: HashMap<&'static str, Contact>,
}

impl Library {
    pub fn new(pages: impl IntoIterator<Item = Page>) -> Library {
        let pages: HashMap<_, _> = pages
            .into_iter()
            .map(|p| ((p.slug.clone(), p.lang.code), Arc::new(p)))
            .collect();
        let dutch = Language::default_language();
        let mut fallbacks = HashMap::new();
        for page in pages.values().filter(|p| p.lang == dutch) {
            for lang in LANGUAGES.iter().filter(|l| **l != dutch) {
                if !pages.contains_key(&(page.slug.clone(), lang.code)) {
                    let shown = Page {
                        html: links_in(&page.html, *lang),
                        ..Page::clone(page)
                    };
                    fallbacks.insert((page.slug.clone(), lang.code), Arc::new(shown));
                }
            }
        }
        Library {
            pages,
            fallbacks,
            contacts: HashMap::new(),
        }
    }

    /// The library with the municipality's contact details in each language.
    pub fn with_contacts(
        mut self,
        contacts: impl IntoIterator<Item = (Language, Contact)>,
    ) -> Self {
        self.contacts = contacts
            .into_iter()
            .map(|(lang, contact)| (lang.code, contact))
            .collect();
        self
    }

    /// The contact details in `lang`, else in Dutch (empty when none are known).
    pub fn contact(&self, lang: Language) -> Contact {
        self.contacts
            .get(lang.code)
            .or_else(|| self.contacts.get(Language::default_language().code))
            .cloned()
            .unwrap_or_default()
    }

    /// The Dutch pages shown to readers of `lang` (no translation yet), for the search index.
    pub fn fallbacks_for(&self, lang: Language) -> impl Iterator<Item = &Arc<Page>> {
        self.fallbacks
            .iter()
            .filter(move |((_, code), _)| *code == lang.code)
            .map(|(_, page)| page)
    }

    pub fn len(&self) -> usize {
        self.pages.len()
    }

    pub fn is_empty(&self) -> bool {
        self.pages.is_empty()
    }

    /// The page `slug` for a reader of `lang`: their language, else Dutch with a notice.
    pub fn find(&self, slug: &str, lang: Language) -> Option<Found> {
        let dutch = Language::default_language();
        if let Some(page) = self.pages.get(&(slug.to_owned(), lang.code)) {
            return Some(if lang == dutch {
                Found::Original(page.clone())
            } else {
                Found::Translation(page.clone())
            });
        }
        self.fallbacks
            .get(&(slug.to_owned(), lang.code))
            .or_else(|| self.pages.get(&(slug.to_owned(), dutch.code)))
            .map(|p| Found::DutchFallback(p.clone()))
    }

    /// Every page of these kinds for a reader of `lang`, in site order.
    pub fn list(&self, lang: Language, kinds: &[PageKind]) -> Vec<Found> {
        let dutch = Language::default_language();
        let rank = |k: PageKind| kinds.iter().position(|x| *x == k).unwrap_or(usize::MAX);
        let mut originals: Vec<&Arc<Page>> = self
            .pages
            .values()
            .filter(|p| p.lang == dutch && kinds.contains(&p.kind))
            .collect();
        originals.sort_by(|a, b| {
            (rank(a.kind), a.order, &a.slug).cmp(&(rank(b.kind), b.order, &b.slug))
        });
        originals
            .iter()
            .filter_map(|p| self.find(&p.slug, lang))
            .collect()
    }

    /// All pages, for indexing and tests.
    pub fn pages(&self) -> impl Iterator<Item = &Arc<Page>> {
        self.pages.values()
    }
}

/// The library shared between requests; replaced whole when content changes.
#[derive(Debug, Clone, Default)]
pub struct SharedLibrary {
    inner: Arc<RwLock<Arc<Library>>>,
    generation: Arc<std::sync::atomic::AtomicU64>,
}

impl SharedLibrary {
    pub fn snapshot(&self) -> Arc<Library> {
        self.inner
            .read()
            .map(|l| l.clone())
            .unwrap_or_else(|e| e.into_inner().clone())
    }

    pub fn replace(&self, library: Library) {
        let library = Arc::new(library);
        match self.inner.write() {
            Ok(mut guard) => *guard = library,
            Err(e) => *e.into_inner() = library,
        }
        self.generation
            .fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    }

    /// An empty library of its own that shares this one's generation: one per municipality,
    /// so a change to any of them makes every cached page stale.
    pub fn sibling(&self) -> SharedLibrary {
        SharedLibrary {
            inner: Arc::default(),
            generation: self.generation.clone(),
        }
    }

    /// Marks the content changed without new pages (a film changed): cached pages go stale.
    pub fn touch(&self) {
        self.generation
            .fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    }

    /// Changes every time the content changes: caches compare it to know they are stale.
    pub fn generation(&self) -> u64 {
        self.generation.load(std::sync::atomic::Ordering::SeqCst)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(slug: &str, lang: &str, kind: PageKind, order: i32) -> Page {
        Page {
            slug: slug.into(),
            lang: Language::from_code(lang).unwrap(),
            kind,
            order,
            title: format!("{slug} {lang}"),
            summary: String::new(),
            html: String::new(),
            text: String::new(),
            updated: "01-01-2026".into(),
            checked: None,
            outdated: false,
            withdrawn: None,
        }
    }

    #[test]
    fn a_fallback_page_links_to_the_readers_language() {
        let mut dutch = page("b", "nl", PageKind::Duty, 10);
        dutch.html =
            r#"<p><a href="/nl/rechten-en-plichten/a">A</a> en <a href="/nl/films/x">film</a></p>"#
                .into();
        let lib = Library::new([
            dutch,
            page("a", "nl", PageKind::Duty, 20),
            page("a", "so", PageKind::Duty, 20),
        ]);
        let so = Language::from_code("so").unwrap();
        let Some(Found::DutchFallback(shown)) = lib.find("b", so) else {
            panic!("b has no Somali text: the Dutch page is shown");
        };
        assert_eq!(shown.lang.code, "nl", "the text stays marked as Dutch");
        assert!(
            shown.html.contains(r#"href="/so/rechten-en-plichten/a""#),
            "{}",
            shown.html
        );
        assert!(
            shown.html.contains(r#"href="/so/films/x""#),
            "{}",
            shown.html
        );
        assert!(!shown.html.contains("/nl/"), "{}", shown.html);
        // Dutch readers get the page as written; the search index gets it for Somali readers.
        let Some(Found::Original(original)) = lib.find("b", Language::default_language()) else {
            panic!("the Dutch page");
        };
        assert!(original.html.contains("/nl/rechten-en-plichten/a"));
        let indexed: Vec<_> = lib.fallbacks_for(so).map(|p| p.slug.clone()).collect();
        assert_eq!(
            indexed,
            vec!["b".to_owned()],
            "a has a Somali text of its own"
        );
    }

    #[test]
    fn readers_get_their_language_or_dutch_with_a_notice() {
        let lib = Library::new([
            page("a", "nl", PageKind::Duty, 20),
            page("a", "en", PageKind::Duty, 20),
            page("b", "nl", PageKind::Duty, 10),
        ]);
        let nl = Language::from_code("nl").unwrap();
        let en = Language::from_code("en").unwrap();
        assert!(matches!(lib.find("a", nl), Some(Found::Original(_))));
        assert!(matches!(lib.find("a", en), Some(Found::Translation(p)) if p.lang == en));
        assert!(matches!(lib.find("b", en), Some(Found::DutchFallback(p)) if p.lang == nl));
        assert_eq!(lib.find("c", nl), None);
        let order: Vec<_> = lib
            .list(en, &[PageKind::Duty])
            .iter()
            .map(|f| f.page().slug.clone())
            .collect();
        assert_eq!(order, ["b", "a"]);
    }

    #[test]
    fn replacing_the_library_bumps_the_generation() {
        let shared = SharedLibrary::default();
        let before = shared.generation();
        shared.replace(Library::new([page("a", "nl", PageKind::Overview, 0)]));
        assert_eq!(shared.snapshot().len(), 1);
        assert!(shared.generation() > before);
        let replaced = shared.generation();
        shared.touch();
        assert!(shared.generation() > replaced);
        assert_eq!(shared.snapshot().len(), 1, "touching keeps the pages");
    }
}
