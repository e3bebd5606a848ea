//! Information pages: seeding from the shipped files, loading the published pages into the
//! in-memory [`SharedLibrary`], and keeping the search index in step.

pub mod front_matter;
pub mod scheduled;
pub mod seed;
pub mod snippets;

use crate::storage::{Database, IndexEntry, StorageError};
use helder_app::rights::{
    library::{Library, Page, PageKind, SharedLibrary, Withdrawal},
    markdown,
};
use helder_domain::{editing::workflow::is_outdated, languages::Language};
use seed::{SeedError, SeedPage};
use snippets::Snippets;
use std::sync::{
    Arc,
    atomic::{AtomicI64, Ordering},
};

#[derive(Debug, thiserror::Error)]
pub enum ContentError {
    #[error("a shipped page is broken: {0}")]
    Seed(#[from] SeedError),
    #[error(transparent)]
    Storage(#[from] StorageError),
}

/// Seeds the database (idempotent; edited pages are never overwritten).
pub async fn seed(db: &Database) -> Result<crate::storage::SeedReport, ContentError> {
    let pages = SeedPage::all()?;
    Ok(db.seed_content(&pages).await?)
}

/// Whether a reload writes the search index (the instance that made the change does; the
/// others only render what it wrote).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Index {
    Rebuild,
    Keep,
}

/// One municipality's rendering of the pages: its name and its own snippet values (from the
/// tenants file) over the installation's snippets, and the library its readers see.
#[derive(Clone)]
pub struct Rendering {
    pub municipality: String,
    pub own: std::collections::BTreeMap<String, std::collections::BTreeMap<String, String>>,
    pub library: SharedLibrary,
}

/// Renders every published page from the database into a new library per municipality (each
/// with its own snippets), rebuilds the search index from the first (if `index` says so),
/// and swaps them in. Staff's snippet changes are read here. Callers serialise reloads
/// ([`ContentReloader`]), so an older rendering can never replace a newer one.
pub async fn reload(
    db: &Database,
    snippets: &Snippets,
    renderings: &[Rendering],
    index: Index,
) -> Result<usize, ContentError> {
    // The snippets file, then staff's changes, then what the tenants file sets for the
    // municipality (staff's changes are the whole install's until snippets are per
    // organisation).
    let edited = snippets.with_overrides(&db.snippet_overrides().await?);
    let stored = db.published_pages().await?;
    let mut count = 0;
    for (position, rendering) in renderings.iter().enumerate() {
        let snippets = &edited.for_municipality(&rendering.municipality, &rendering.own);
        let pages = render_pages(snippets, &stored);
        if position == 0 && index == Index::Rebuild {
            let entries: Vec<IndexEntry<'_>> = pages
                .iter()
                .map(|p| IndexEntry {
                    slug: &p.slug,
                    lang: p.lang.code,
                    title: &p.title,
                    text: &p.text,
                })
                .collect();
            db.replace_search_index(&entries).await?;
        }
        count = pages.len();
        rendering.library.replace(Library::new(pages));
    }
    Ok(count)
}

/// The published pages as readers of one municipality get them.
fn render_pages(snippets: &Snippets, stored: &[crate::storage::StoredPage]) -> Vec<Page> {
    let mut pages = Vec::with_capacity(stored.len());
    for row in stored {
        let (Some(lang), Some(kind)) = (Language::from_code(&row.lang), PageKind::parse(&row.kind))
        else {
            tracing::warn!(slug = %row.slug, lang = %row.lang, "skipping a page in an unknown language or kind");
            continue;
        };
        let text = render_text(snippets, lang, &row.title, &row.summary, &row.body);
        if !text.unknown_snippets.is_empty() {
            tracing::warn!(slug = %row.slug, lang = lang.code, unknown = ?text.unknown_snippets, "unknown snippets");
        }
        pages.push(Page {
            slug: row.slug.clone(),
            lang,
            kind,
            order: row.sort_order,
            title: text.title,
            summary: text.summary,
            html: text.html,
            text: text.text,
            updated: row.updated_at.format("%d-%m-%Y").to_string(),
            outdated: lang != Language::default_language()
                && is_outdated(row.source_version_id, row.dutch_published_id),
            withdrawn: row.withdrawn_at.map(|at| Withdrawal {
                date: at.format("%d-%m-%Y").to_string(),
                notice: markdown::plain_text(row.withdrawn_notice.as_deref().unwrap_or_default()),
            }),
        });
    }
    pages
}

/// A page's text as readers get it: snippets filled in, Markdown rendered and cleaned.
#[derive(Debug, Clone, PartialEq)]
pub struct RenderedText {
    pub title: String,
    pub summary: String,
    pub html: String,
    pub text: String,
    pub unknown_snippets: std::collections::BTreeSet<String>,
}

/// Renders a title, summary and Markdown body in `lang` the one way readers' pages are made
/// (the editor's preview uses this too, so it shows exactly what will be published).
pub fn render_text(
    snippets: &Snippets,
    lang: Language,
    title: &str,
    summary: &str,
    body: &str,
) -> RenderedText {
    let values = markdown::isolated(lang, &snippets.for_language(lang));
    let rendered = markdown::render(body, lang, &values);
    let (title, mut unknown) = markdown::fill_snippets(title, &values);
    let (summary, more) = markdown::fill_snippets(summary, &values);
    unknown.extend(more);
    unknown.extend(rendered.unknown_snippets);
    RenderedText {
        title,
        summary,
        html: rendered.html,
        text: rendered.text,
        unknown_snippets: unknown,
    }
}

/// Everything needed to re-render the library after content changed in the database, and
/// the content generation this instance shows (see [`crate::changes`]).
#[derive(Clone)]
pub struct ContentReloader {
    pub db: Database,
    /// The snippets file's values (staff's changes are read from the database on reload).
    pub snippets: Arc<Snippets>,
    /// One rendering per municipality, in the order of the places.
    renderings: Arc<Vec<Rendering>>,
    /// One reload at a time: two publications close together must not let the older
    /// rendering win.
    lock: Arc<tokio::sync::Mutex<()>>,
    /// The database's content generation this instance's pages and films are rendered from.
    shown: Arc<AtomicI64>,
}

impl ContentReloader {
    pub fn new(db: Database, snippets: Snippets, renderings: Vec<Rendering>) -> ContentReloader {
        ContentReloader {
            db,
            snippets: Arc::new(snippets),
            renderings: Arc::new(renderings),
            lock: Arc::new(tokio::sync::Mutex::new(())),
            shown: Arc::new(AtomicI64::new(-1)),
        }
    }

    /// After a change made here: re-renders the pages, rebuilds the search index, and tells
    /// the other instances ([`ContentReloader::announce`]).
    pub async fn reload(&self) -> Result<usize, ContentError> {
        let _one_at_a_time = self.lock.lock().await;
        let before = self.db.content_generation().await?;
        let pages = reload(&self.db, &self.snippets, &self.renderings, Index::Rebuild).await?;
        self.announce_after(before).await;
        Ok(pages)
    }

    /// Renders the pages again from the database as another instance left them (no index
    /// written), and returns the generation they belong to. The caller holds the lock.
    pub(crate) async fn follow(
        &self,
        _held: &tokio::sync::MutexGuard<'_, ()>,
    ) -> Result<(i64, usize), ContentError> {
        // Read first: a change committed meanwhile moves the generation on and is caught next.
        let generation = self.db.content_generation().await?;
        let pages = reload(&self.db, &self.snippets, &self.renderings, Index::Keep).await?;
        Ok((generation, pages))
    }

    /// One reload at a time, also across [`ContentReloader::follow`].
    pub(crate) async fn one_at_a_time(&self) -> tokio::sync::MutexGuard<'_, ()> {
        self.lock.lock().await
    }

    /// Tells the other instances that what readers see changed (a film was changed here).
    pub async fn announce(&self) {
        let _one_at_a_time = self.lock.lock().await;
        match self.db.content_generation().await {
            Ok(before) => self.announce_after(before).await,
            Err(error) => tracing::error!(%error, "cannot tell the other instances of a change"),
        }
    }

    /// Moves the generation on; this instance shows the new one only if nobody else changed
    /// anything since `before` (otherwise it catches up like the others).
    async fn announce_after(&self, before: i64) {
        match self.db.announce_content_change().await {
            Ok(now) if now == before + 1 => {
                self.shown.fetch_max(now, Ordering::SeqCst);
            }
            Ok(_) => {
                self.shown.fetch_max(before, Ordering::SeqCst);
            }
            Err(error) => tracing::error!(%error, "cannot tell the other instances of a change"),
        }
    }

    /// The generation this instance shows.
    pub fn shown(&self) -> i64 {
        self.shown.load(Ordering::SeqCst)
    }

    pub(crate) fn mark_shown(&self, generation: i64) {
        self.shown.fetch_max(generation, Ordering::SeqCst);
    }
}
