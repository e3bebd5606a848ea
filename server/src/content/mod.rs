//! Information pages: seeding from the shipped files, loading the published pages into the
//! in-memory [`SharedLibrary`], and keeping the search index in step.

pub mod front_matter;
pub mod scheduled;
pub mod seed;
pub mod snippets;

use crate::storage::{Database, IndexEntry, StorageError};
use helder_app::rights::{
    library::{Contact, Library, Page, PageKind, SharedLibrary, Withdrawal},
    markdown,
};
use helder_domain::tenants::TenantId;
use helder_domain::{
    editing::{variants, workflow::is_outdated},
    languages::{LANGUAGES, Language},
};
use seed::{SeedError, Shipped};
use snippets::Snippets;
use std::collections::HashMap;
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

/// Seeds every organisation's pages from the shipped ones (idempotent; edited pages are never
/// overwritten), and schedules the shipped texts of laws that take effect later. The report adds up the organisations'.
pub async fn seed(
    db: &Database,
    organisations: &[TenantId],
) -> Result<crate::storage::SeedReport, ContentError> {
    let shipped = Shipped::load(chrono::Utc::now())?;
    let mut total = crate::storage::SeedReport::default();
    for organisation in organisations {
        let report = db.seed_content(organisation, &shipped.current).await?;
        let later = db.seed_scheduled(organisation, &shipped.scheduled).await?;
        total.inserted += report.inserted;
        total.updated += report.updated;
        total.unchanged += report.unchanged + later.unchanged;
        total.kept_edited += report.kept_edited + later.kept_edited;
        total.scheduled += later.scheduled;
    }
    Ok(total)
}

/// Whether a reload writes the search index (the instance that made the change does; the
/// others only render what it wrote).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Index {
    Rebuild,
    Keep,
}

/// One municipality's rendering of its organisation's pages: its name and its own snippet
/// values (from the tenants file) over the organisation's snippets, the library its readers
/// see, and its search index (by its id).
#[derive(Clone)]
pub struct Rendering {
    pub organisation: TenantId,
    pub id: TenantId,
    pub municipality: String,
    pub own: std::collections::BTreeMap<String, std::collections::BTreeMap<String, String>>,
    pub library: SharedLibrary,
}

/// Renders every organisation's published pages from the database into a new library per
/// municipality (each with its own snippets), rebuilds each municipality's search index (if
/// `index` says so), and swaps them in. Staff's snippet changes are read here. Callers
/// serialise reloads ([`ContentReloader`]), so an older rendering can never replace a newer
/// one. Returns how many pages the organisations publish together.
pub async fn reload(
    db: &Database,
    snippets: &Snippets,
    renderings: &[Rendering],
    index: Index,
) -> Result<usize, ContentError> {
    let mut loaded: HashMap<&TenantId, (Snippets, Vec<crate::storage::StoredPage>)> =
        HashMap::new();
    let mut count = 0;
    for rendering in renderings {
        let organisation = &rendering.organisation;
        if !loaded.contains_key(organisation) {
            // The snippets file, then the organisation's staff's changes; the tenants file's
            // values for the municipality go over both (below).
            let edited = snippets.with_overrides(&db.snippet_overrides(organisation).await?);
            let stored = db.published_pages(organisation).await?;
            count += stored.len();
            loaded.insert(organisation, (edited, stored));
        }
        let Some((edited, stored)) = loaded.get(organisation) else {
            continue;
        };
        let snippets = &edited.for_municipality(&rendering.municipality, &rendering.own);
        let library = Library::new(render_pages(snippets, stored, &rendering.id)).with_contacts(
            LANGUAGES
                .iter()
                .map(|lang| (*lang, contact(&snippets.for_language(*lang)))),
        );
        if index == Index::Rebuild {
            // A reader searching in their language also finds the pages they are shown in
            // Dutch (no translation yet).
            let fallbacks = LANGUAGES.iter().flat_map(|lang| {
                library
                    .fallbacks_for(*lang)
                    .map(move |p| (lang.code, p.as_ref()))
            });
            let entries: Vec<IndexEntry<'_>> = library
                .pages()
                .map(|p| (p.lang.code, p.as_ref()))
                .chain(fallbacks)
                .map(|(lang, p)| IndexEntry {
                    slug: &p.slug,
                    lang,
                    title: &p.title,
                    text: &p.text,
                })
                .collect();
            db.replace_search_index(&rendering.id, &entries).await?;
        }
        rendering.library.replace(library);
    }
    Ok(count)
}

/// The published pages as readers of one municipality get them: the organisation's pages,
/// where the municipality has a variant, the variant.
/// The contact details in one language's snippets (a missing one is left empty).
fn contact(values: &markdown::SnippetValues) -> Contact {
    let value = |key: &str| values.get(key).cloned().unwrap_or_default();
    Contact {
        phone: value("phone"),
        opening_hours: value("opening_hours"),
        address: value("address"),
        website: value("website"),
    }
}

fn render_pages(
    snippets: &Snippets,
    stored: &[crate::storage::StoredPage],
    municipality: &TenantId,
) -> Vec<Page> {
    let texts: Vec<variants::Text<'_>> = stored
        .iter()
        .map(|row| variants::Text {
            slug: &row.slug,
            lang: &row.lang,
            variant_of: row.variant_of.as_deref(),
            municipality: row.municipality.as_deref(),
        })
        .collect();
    let shown = variants::shown_for(&texts, municipality.as_str());
    let mut pages = Vec::with_capacity(shown.len());
    for chosen in shown {
        let Some(row) = stored.get(chosen.index) else {
            continue;
        };
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
            slug: chosen.slug.to_owned(),
            lang,
            kind,
            order: row.sort_order,
            title: text.title,
            summary: text.summary,
            html: text.html,
            text: text.text,
            updated: row.updated_at.format("%d-%m-%Y").to_string(),
            checked: row
                .checked_on
                .as_deref()
                .and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
                .map(|d| d.format("%d-%m-%Y").to_string()),
            outdated: lang != Language::default_language()
                && (chosen.behind_variant
                    || is_outdated(row.source_version_id, row.dutch_published_id)),
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
