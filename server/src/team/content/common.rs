//! Helpers shared by the content editor's pages: the signed-in editor, the page and language
//! of a URL, version summaries, writing help, previews with staff's snippets, and re-rendering
//! the public pages after a change.

use crate::team::{session::Staff, shared::TeamError, shared::local_time};
use crate::{
    content::{ContentReloader, render_text, snippets::Snippets},
    state::AppState,
    storage::{Actor, DocumentRow, StorageError, StoredVersion, VersionMeta},
};
use helder_app::editing::pages::{Cell, Message, Preview, VersionInfo};
use helder_domain::{
    editing::{
        checks::{
            Finding, Severity,
            publishing::{FilmInfo, publish_findings},
            reading::{readability, readability_findings, readability_summary},
        },
        workflow::{self, Editor},
    },
    languages::Language,
    staff::{Capabilities, Role},
};
use std::collections::HashMap;

pub(super) type Fields = HashMap<String, String>;

/// Longest title and summary; bodies are limited by the request size.
pub(super) const MAX_TITLE: usize = 200;
pub(super) const MAX_SUMMARY: usize = 600;
pub(super) const MAX_NOTE: usize = 300;
pub(super) const MAX_NOTICE: usize = 600;

pub(super) fn dutch() -> Language {
    Language::default_language()
}

pub(super) fn field<'a>(fields: &'a Fields, name: &str) -> &'a str {
    fields.get(name).map(String::as_str).unwrap_or_default()
}

/// The signed-in editor, with their publishing right; everyone else gets 403.
pub(super) async fn editor(state: &AppState, staff: &Staff) -> Result<Editor, TeamError> {
    staff.require(Role::edits_content)?;
    let id = staff.session.user_id;
    // The session was valid a moment ago; an account disabled since then may not publish.
    let capabilities = state
        .db
        .capabilities(id)
        .await?
        .unwrap_or(Capabilities::new(staff.session.role, false));
    Ok(Editor { id, capabilities })
}

/// The page of `staff`'s organisation and the language of a URL, when both exist.
pub(super) async fn target(
    state: &AppState,
    staff: &Staff,
    slug: &str,
    doc: &str,
) -> Result<Language, TeamError> {
    let doc = Language::from_code(doc).ok_or(TeamError::NotFound)?;
    if !state.db.page_exists(&staff.organisation, slug).await? {
        return Err(TeamError::NotFound);
    }
    Ok(doc)
}

pub(super) fn version_info(meta: &VersionMeta) -> VersionInfo {
    VersionInfo {
        number: meta.number,
        author: meta.author.clone(),
        at: local_time(meta.created_at),
        note: meta.change_note.clone(),
        published: meta.published_at.map(|at| {
            format!(
                "{} ({})",
                local_time(at),
                meta.published_by.clone().unwrap_or_default()
            )
        }),
    }
}

fn message(finding: Finding) -> Message {
    Message {
        key: finding.key.to_owned(),
        args: finding.args,
        warning: matches!(finding.severity, Severity::Warning),
    }
}

/// The films shown on a page, as the publishing checks need them.
fn films_of(state: &AppState, staff: &Staff, slug: &str, doc: Language) -> Vec<FilmInfo> {
    let catalogue = state.places.films_of(&staff.organisation).snapshot();
    catalogue
        .for_topic(slug)
        .iter()
        .filter_map(|film| catalogue.get(film))
        .map(|film| FilmInfo {
            title: film
                .text(doc)
                .map(|t| t.title.clone())
                .unwrap_or_else(|| film.slug.clone()),
            has_captions: film.captions.iter().any(|(l, _)| *l == doc),
            has_transcript: film.texts.iter().any(|t| t.lang == doc),
        })
        .collect()
}

/// Writing help for a text: readability figures and warnings, and the checks before
/// publishing.
pub(super) fn writing_help(
    state: &AppState,
    staff: &Staff,
    slug: &str,
    doc: Language,
    body: &str,
    plain: &str,
) -> (Vec<Message>, Vec<Message>) {
    let report = readability(doc, plain);
    let readability = readability_summary(&report)
        .into_iter()
        .chain(readability_findings(doc, &report))
        .map(message)
        .collect();
    let publish = publish_findings(doc, body, &films_of(state, staff, slug, doc))
        .into_iter()
        .map(message)
        .collect();
    (readability, publish)
}

/// The snippets as readers of `staff`'s organisation get them now: the file with the
/// organisation's changes, and the tenants file's values for its first municipality.
pub(super) async fn current_snippets(
    state: &AppState,
    staff: &Staff,
) -> Result<Snippets, TeamError> {
    let edited = state
        .content
        .snippets
        .with_overrides(&state.db.snippet_overrides(&staff.organisation).await?);
    Ok(match state.places.first_of(&staff.organisation) {
        Some(place) => {
            edited.for_municipality(&place.site.municipality, &place.municipality.snippets)
        }
        None => edited,
    })
}

/// A title with its snippets filled in, as readers see it.
pub(super) fn filled(snippets: &Snippets, lang: Language, text: &str) -> String {
    helder_app::rights::markdown::fill_snippets(text, &snippets.for_language(lang)).0
}

/// Renders a text exactly as readers would get it, with staff's snippets.
pub(super) async fn preview(
    state: &AppState,
    staff: &Staff,
    doc: Language,
    title: &str,
    summary: &str,
    body: &str,
) -> Result<(Preview, String), TeamError> {
    let snippets = current_snippets(state, staff).await?;
    let text = render_text(&snippets, doc, title, summary, body);
    Ok((
        Preview {
            title: text.title,
            summary: text.summary,
            html: text.html,
        },
        text.text,
    ))
}

pub(super) fn actor(staff: &Staff) -> Actor {
    Actor {
        id: Some(staff.session.user_id),
        name: staff.session.name.clone(),
        organisation: staff.organisation.clone(),
    }
}

pub(super) fn cell_of(lang: Language, row: Option<&DocumentRow>) -> Cell {
    let Some(row) = row else {
        return Cell {
            lang,
            public: None,
            outdated: false,
            draft: None,
            review_pending: false,
            native_unchecked: false,
        };
    };
    let public = (row.published_version_id.is_some() || row.published).then(|| row.public_state());
    Cell {
        lang,
        public,
        outdated: lang != dutch()
            && row.published
            && workflow::is_outdated(row.source_version_id, row.dutch_published_id),
        draft: row.draft_state(),
        review_pending: row.review_pending,
        native_unchecked: lang != dutch()
            && row.published
            && row.published_version_id.is_some()
            && row.native_checked_by.is_none(),
    }
}

/// Re-renders the public pages; a failure is a storage failure for the person acting.
pub(super) async fn reload(content: &ContentReloader) -> Result<(), TeamError> {
    content.reload().await.map(|_| ()).map_err(|error| {
        tracing::error!(%error, "re-rendering the pages after a change failed");
        match error {
            crate::content::ContentError::Storage(e) => TeamError::Storage(e),
            other => TeamError::Storage(StorageError::Corrupt(other.to_string())),
        }
    })
}

/// The Dutch text a translation is made from: the published Dutch version (else the newest).
pub(super) async fn dutch_source(
    state: &AppState,
    staff: &Staff,
    slug: &str,
) -> Result<Option<StoredVersion>, TeamError> {
    let published = match state
        .db
        .document(&staff.organisation, slug, dutch().code)
        .await?
    {
        Some(row) => match row.published_version_id {
            Some(id) => state.db.version_by_id(&staff.organisation, id).await?,
            None => None,
        },
        None => None,
    };
    Ok(match published {
        Some(v) => Some(v),
        None => {
            state
                .db
                .latest_version(&staff.organisation, slug, dutch().code)
                .await?
        }
    })
}
