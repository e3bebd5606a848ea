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
use std::sync::Arc;

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

/// Renders every published page from the database into a new library, rebuilds the search
/// index from it, and swaps it in. `snippets` are the file's; staff's changes are read here.
/// Callers serialise reloads ([`ContentReloader`]), so an older rendering can
/// never replace a newer one.
pub async fn reload(
    db: &Database,
    snippets: &Snippets,
    shared: &SharedLibrary,
) -> Result<usize, ContentError> {
    let snippets = &snippets.with_overrides(&db.snippet_overrides().await?);
    let stored = db.published_pages().await?;
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
            slug: row.slug,
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
    let count = pages.len();
    shared.replace(Library::new(pages));
    Ok(count)
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

/// Everything needed to re-render the library after content changed in the database.
#[derive(Clone)]
pub struct ContentReloader {
    pub db: Database,
    /// The snippets file's values (staff's changes are read from the database on reload).
    pub snippets: Arc<Snippets>,
    library: SharedLibrary,
    /// One reload at a time: two publications close together must not let the older
    /// rendering win.
    lock: Arc<tokio::sync::Mutex<()>>,
}

impl ContentReloader {
    pub fn new(db: Database, snippets: Snippets, library: SharedLibrary) -> ContentReloader {
        ContentReloader {
            db,
            snippets: Arc::new(snippets),
            library,
            lock: Arc::new(tokio::sync::Mutex::new(())),
        }
    }

    pub async fn reload(&self) -> Result<usize, ContentError> {
        let _one_at_a_time = self.lock.lock().await;
        reload(&self.db, &self.snippets, &self.library).await
    }
}
