//! Information pages: seeding from the shipped files, loading the published pages into the
//! in-memory [`SharedLibrary`], and keeping the search index in step.

pub mod front_matter;
pub mod seed;
pub mod snippets;

use crate::storage::{Database, IndexEntry, StorageError};
use helder_app::{
    i18n::Language,
    rights::{
        library::{Library, Page, PageKind, SharedLibrary},
        markdown,
    },
};
use seed::{SeedError, SeedPage};
use snippets::Snippets;

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
/// index from it, and swaps it in.
pub async fn reload(
    db: &Database,
    snippets: &Snippets,
    shared: &SharedLibrary,
) -> Result<usize, ContentError> {
    let stored = db.published_pages().await?;
    let mut pages = Vec::with_capacity(stored.len());
    for row in stored {
        let (Some(lang), Some(kind)) = (Language::from_code(&row.lang), PageKind::parse(&row.kind))
        else {
            tracing::warn!(slug = %row.slug, lang = %row.lang, "skipping a page in an unknown language or kind");
            continue;
        };
        let values = markdown::isolated(lang, &snippets.for_language(lang));
        let rendered = markdown::render(&row.body, lang, &values);
        if !rendered.unknown_snippets.is_empty() {
            tracing::warn!(slug = %row.slug, lang = lang.code, unknown = ?rendered.unknown_snippets, "unknown snippets");
        }
        let (title, _) = markdown::fill_snippets(&row.title, &values);
        let (summary, _) = markdown::fill_snippets(&row.summary, &values);
        pages.push(Page {
            slug: row.slug,
            lang,
            kind,
            order: row.sort_order,
            title,
            summary,
            html: rendered.html,
            text: rendered.text,
            updated: row.updated_at.format("%d-%m-%Y").to_string(),
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
