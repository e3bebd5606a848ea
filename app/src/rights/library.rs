//! The published information pages, held in memory for rendering. The database is the source
//! of truth; the server loads a new [`Library`] into the [`SharedLibrary`] whenever content
//! changes, so pages render without waiting for the database.

use helder_domain::languages::Language;
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

#[derive(Debug, Default)]
pub struct Library {
    pages: HashMap<(String, &'static str), Arc<Page>>,
}

impl Library {
    pub fn new(pages: impl IntoIterator<Item = Page>) -> Library {
        Library {
            pages: pages
                .into_iter()
                .map(|p| ((p.slug.clone(), p.lang.code), Arc::new(p)))
                .collect(),
        }
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
        self.pages
            .get(&(slug.to_owned(), dutch.code))
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
            outdated: false,
            withdrawn: None,
        }
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
