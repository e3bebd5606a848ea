//! Content editing over HTTP, for communicatie staff (role `editor`; publishing needs the
//! publishing right). Every save is a version; workflow changes are checked by
//! `helder_domain::editing::workflow`, applied compare-and-set, audit-logged, and whatever
//! changes what readers see re-renders the library at once (which also empties the page cache).

use super::{
    session::Staff, shared::TeamError, shared::lang_of, shared::local_time, shared::query_map,
    shared::see_other,
};
use crate::{
    content::ContentReloader,
    content::render_text,
    state::AppState,
    storage::{
        Actor, DocumentRow, NewVersion, SaveOutcome, StorageError, StoredVersion, Transition,
        VersionMeta,
    },
};
use axum::{
    Form,
    extract::{Path, RawQuery, State},
    http::StatusCode,
    response::{IntoResponse, Response},
};
use chrono::{DateTime, NaiveDate, NaiveTime, TimeZone, Utc};
use helder_app::editing::pages::{
    DiffPage, DocumentPage, EditPage, OverviewPage, SnippetPage, SnippetsPage, VersionPage,
    VersionsPage,
};
use helder_app::{
    editing::pages::{
        Cell, DiffView, DocumentView, DraftInfo, EditView, Message, OverviewRow, OverviewView,
        Preview, SnippetEditView, SnippetRow, SnippetValue, SnippetsView, SourceText, VersionInfo,
        VersionRow, VersionView, VersionsView, content_href,
    },
    rights::{
        library::PageKind,
        markdown::{plain_text, sanitize_source},
    },
    staff::{pages::Notice, team_href},
};
use helder_domain::{
    audit::AuditAction,
    editing::{
        checks::{
            Finding, Severity,
            publishing::{FilmInfo, publish_findings},
            reading::{readability, readability_findings, readability_summary},
        },
        diff,
        workflow::{self, Action, Editor},
    },
    languages::{LANGUAGES, Language},
    staff::{Capabilities, Role},
};
use leptos::prelude::*;
use std::collections::HashMap;

/// This capability's staff routes (`/{lang}/team/…`).
pub fn router() -> axum::Router<AppState> {
    axum::Router::new()
        .route("/{lang}/team/inhoud", axum::routing::get(overview))
        .route(
            "/{lang}/team/inhoud/{slug}/{doc}",
            axum::routing::get(document_page),
        )
        .route(
            "/{lang}/team/inhoud/{slug}/{doc}/bewerken",
            axum::routing::get(edit_page).post(edit_save),
        )
        .route(
            "/{lang}/team/inhoud/{slug}/{doc}/versies",
            axum::routing::get(versions_page),
        )
        .route(
            "/{lang}/team/inhoud/{slug}/{doc}/versies/{number}",
            axum::routing::get(version_page),
        )
        .route(
            "/{lang}/team/inhoud/{slug}/{doc}/versies/{number}/terugzetten",
            axum::routing::post(restore),
        )
        .route(
            "/{lang}/team/inhoud/{slug}/{doc}/vergelijken",
            axum::routing::get(diff_page),
        )
        .route(
            "/{lang}/team/inhoud/{slug}/{doc}/{action}",
            axum::routing::post(document_action),
        )
        .route(
            "/{lang}/team/vaste-teksten",
            axum::routing::get(snippets_page),
        )
        .route(
            "/{lang}/team/vaste-teksten/{key}",
            axum::routing::get(snippet_page).post(snippet_save),
        )
}

type Fields = HashMap<String, String>;

/// Longest title and summary; bodies are limited by the request size.
const MAX_TITLE: usize = 200;
const MAX_SUMMARY: usize = 600;
const MAX_NOTE: usize = 300;
const MAX_NOTICE: usize = 600;

fn dutch() -> Language {
    Language::default_language()
}

fn field<'a>(fields: &'a Fields, name: &str) -> &'a str {
    fields.get(name).map(String::as_str).unwrap_or_default()
}

/// The signed-in editor, with their publishing right; everyone else gets 403.
async fn editor(state: &AppState, staff: &Staff) -> Result<Editor, TeamError> {
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

/// The page and language of a URL, when both exist.
async fn target(state: &AppState, slug: &str, doc: &str) -> Result<Language, TeamError> {
    let doc = Language::from_code(doc).ok_or(TeamError::NotFound)?;
    if !state.db.page_exists(slug).await? {
        return Err(TeamError::NotFound);
    }
    Ok(doc)
}

fn version_info(meta: &VersionMeta) -> VersionInfo {
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
fn films_of(state: &AppState, slug: &str, doc: Language) -> Vec<FilmInfo> {
    let catalogue = state.films.snapshot();
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
fn writing_help(
    state: &AppState,
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
    let publish = publish_findings(doc, body, &films_of(state, slug, doc))
        .into_iter()
        .map(message)
        .collect();
    (readability, publish)
}

/// The snippets as readers get them now (the file with staff's changes).
async fn current_snippets(
    state: &AppState,
) -> Result<crate::content::snippets::Snippets, TeamError> {
    Ok(state
        .content
        .snippets
        .with_overrides(&state.db.snippet_overrides().await?))
}

/// A title with its snippets filled in, as readers see it.
fn filled(snippets: &crate::content::snippets::Snippets, lang: Language, text: &str) -> String {
    helder_app::rights::markdown::fill_snippets(text, &snippets.for_language(lang)).0
}

/// Renders a text exactly as readers would get it, with staff's snippets.
async fn preview(
    state: &AppState,
    doc: Language,
    title: &str,
    summary: &str,
    body: &str,
) -> Result<(Preview, String), TeamError> {
    let snippets = current_snippets(state).await?;
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

fn actor(staff: &Staff) -> Actor {
    Actor {
        id: Some(staff.session.user_id),
        name: staff.session.name.clone(),
    }
}

// ---------------------------------------------------------------------------------------
// Overview

/// `/{lang}/team/inhoud`
pub async fn overview(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    RawQuery(query): RawQuery,
    staff: Staff,
) -> Response {
    let lang = lang_of(&lang);
    match overview_view(&state, &staff, query_map(query.as_deref())).await {
        Ok(data) => {
            super::shared::page(
                &state,
                lang,
                team_href(lang, "inhoud"),
                Some(staff.session.clone()),
                StatusCode::OK,
                move || view! { <OverviewPage data=data.clone() /> },
            )
            .await
        }
        Err(error) => error.into_response(),
    }
}

fn cell_of(lang: Language, row: Option<&DocumentRow>) -> Cell {
    let Some(row) = row else {
        return Cell {
            lang,
            public: None,
            outdated: false,
            draft: None,
            review_pending: false,
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
    }
}

async fn overview_view(
    state: &AppState,
    staff: &Staff,
    query: Fields,
) -> Result<OverviewView, TeamError> {
    editor(state, staff).await?;
    let mut pages = state.db.page_listing().await?;
    let rank = |kind: &str| {
        PageKind::parse(kind)
            .and_then(|k| PageKind::ALL.iter().position(|x| *x == k))
            .unwrap_or(usize::MAX)
    };
    pages.sort_by(|a, b| {
        (rank(&a.kind), a.sort_order, &a.slug).cmp(&(rank(&b.kind), b.sort_order, &b.slug))
    });
    let documents = state.db.documents().await?;
    let by_key: HashMap<(&str, &str), &DocumentRow> = documents
        .iter()
        .map(|d| ((d.slug.as_str(), d.lang.as_str()), d))
        .collect();
    let only_outdated = query.contains_key("verouderd");
    let snippets = current_snippets(state).await?;
    let mut view = OverviewView {
        only_outdated,
        ..OverviewView::default()
    };
    for page in pages {
        let cells: Vec<Cell> = LANGUAGES
            .iter()
            .map(|l| cell_of(*l, by_key.get(&(page.slug.as_str(), l.code)).copied()))
            .collect();
        view.outdated += cells.iter().filter(|c| c.outdated).count();
        view.waiting += cells
            .iter()
            .filter(|c| {
                matches!(
                    c.draft,
                    Some(workflow::DraftState::Submitted | workflow::DraftState::Scheduled)
                )
            })
            .count();
        if only_outdated && !cells.iter().any(|c| c.outdated) {
            continue;
        }
        view.rows.push(OverviewRow {
            title: filled(&snippets, dutch(), &page.dutch_title),
            slug: page.slug,
            cells,
        });
    }
    Ok(view)
}

// ---------------------------------------------------------------------------------------
// One page in one language

/// `/{lang}/team/inhoud/{slug}/{doc}`
pub async fn document_page(
    State(state): State<AppState>,
    Path((lang, slug, doc)): Path<(String, String, String)>,
    RawQuery(query): RawQuery,
    staff: Staff,
) -> Response {
    let lang = lang_of(&lang);
    let done = query_map(query.as_deref())
        .get("gedaan")
        .and_then(|s| done_key(s))
        .map(Notice::Done);
    (document_response(
        &state,
        lang,
        &staff,
        &slug,
        &doc,
        done,
        None,
        StatusCode::OK,
    )
    .await)
        .into_response()
}

/// The success banner after an action (`?gedaan=…`).
fn done_key(segment: &str) -> Option<&'static str> {
    Some(match segment {
        "opgeslagen" => "edit-done-saved",
        "terugzetten" => "edit-done-restored",
        other => Action::from_segment(other)?.done_key(),
    })
}

#[allow(clippy::too_many_arguments)]
async fn document_response(
    state: &AppState,
    lang: Language,
    staff: &Staff,
    slug: &str,
    doc: &str,
    notice: Option<Notice>,
    refused: Option<&'static str>,
    status: StatusCode,
) -> Result<Response, TeamError> {
    let editor = editor(state, staff).await?;
    let doc = target(state, slug, doc).await?;
    let row = state.db.document(slug, doc.code).await?;
    let versions = state.db.versions(slug, doc.code).await?;
    let latest = versions.first().map(|v| v.number).unwrap_or(0);
    let find = |id: Option<i64>| id.and_then(|id| versions.iter().find(|v| v.id == id));
    let (title, public, outdated, withdrawn, review_pending, published, draft, actions) = match &row
    {
        Some(row) => {
            let rules_doc = state.db.workflow_document(row).await?;
            let cell = cell_of(doc, Some(row));
            let draft = find(row.draft_version_id)
                .zip(row.draft_state())
                .map(|(meta, state)| DraftInfo {
                    version: version_info(meta),
                    state,
                    publish_at: row.publish_at.map(local_time),
                    scheduled_by: row.scheduled_by.clone(),
                });
            (
                if row.title.is_empty() {
                    slug.to_owned()
                } else {
                    row.title.clone()
                },
                cell.public,
                cell.outdated,
                row.withdrawn_at.map(|at| {
                    (
                        local_time(at),
                        row.withdrawn_notice.clone().unwrap_or_default(),
                    )
                }),
                row.review_pending,
                find(row.published_version_id).map(version_info),
                draft,
                workflow::offered(editor, &rules_doc),
            )
        }
        None => (
            slug.to_owned(),
            None,
            false,
            None,
            false,
            None,
            None,
            Vec::new(),
        ),
    };
    // Checks on the text that would be published next.
    let checked = match row
        .as_ref()
        .and_then(|r| r.draft_version_id.or(r.published_version_id))
    {
        Some(id) => state.db.version_by_id(id).await?,
        None => None,
    };
    let checks = match checked {
        Some(v) => {
            let (_, plain) = preview(state, doc, &v.title, &v.summary, &v.body).await?;
            writing_help(state, slug, doc, &v.body, &plain).1
        }
        None => Vec::new(),
    };
    let data = DocumentView {
        slug: slug.to_owned(),
        doc: Some(doc),
        title,
        public,
        outdated,
        withdrawn,
        review_pending,
        published,
        draft,
        latest,
        actions,
        checks,
        can_publish: editor.capabilities.may_publish(),
        notice,
        refused,
    };
    Ok(super::shared::page(
        state,
        lang,
        content_href(lang, slug, doc, ""),
        Some(staff.session.clone()),
        status,
        move || view! { <DocumentPage data=data.clone() /> },
    )
    .await)
}

/// `POST /{lang}/team/inhoud/{slug}/{doc}/{action}`
pub async fn document_action(
    State(state): State<AppState>,
    Path((lang, slug, doc, action)): Path<(String, String, String, String)>,
    staff: Staff,
    Form(fields): Form<Fields>,
) -> Response {
    let lang = lang_of(&lang);
    let Some(action) = Action::from_segment(&action) else {
        return TeamError::NotFound.into_response();
    };
    let outcome = act(&state, &staff, &slug, &doc, action, &fields).await;
    let (refused, status) = match outcome {
        Ok(Ok(())) => {
            let doc = lang_of(&doc);
            return see_other(&format!(
                "{}?gedaan={}",
                content_href(lang, &slug, doc, ""),
                action.segment()
            ));
        }
        Ok(Err(refusal)) => refusal,
        Err(error) => return error.into_response(),
    };
    (document_response(
        &state,
        lang,
        &staff,
        &slug,
        &doc,
        None,
        Some(refused),
        status,
    )
    .await)
        .into_response()
}

/// Ok(Ok) when done; Ok(Err) with a message key and status when refused.
async fn act(
    state: &AppState,
    staff: &Staff,
    slug: &str,
    doc: &str,
    action: Action,
    fields: &Fields,
) -> Result<Result<(), (&'static str, StatusCode)>, TeamError> {
    let editor = editor(state, staff).await?;
    let doc = target(state, slug, doc).await?;
    let Some(row) = state.db.document(slug, doc.code).await? else {
        return Ok(Err(("edit-refused-no-draft", StatusCode::CONFLICT)));
    };
    let rules_doc = state.db.workflow_document(&row).await?;
    if let Err(refusal) = workflow::check(action, editor, &rules_doc) {
        let status = match refusal {
            workflow::Refusal::NoPublishingRights | workflow::Refusal::OwnText => {
                StatusCode::FORBIDDEN
            }
            _ => StatusCode::CONFLICT,
        };
        return Ok(Err((refusal.message_key(), status)));
    }
    let transition = match action {
        Action::Submit => Transition::Submit,
        Action::Publish => Transition::Publish {
            review_pending: false,
        },
        Action::PublishUnreviewed => Transition::Publish {
            review_pending: workflow::leaves_review_pending(action, editor, &rules_doc),
        },
        Action::Schedule => {
            let date = NaiveDate::parse_from_str(field(fields, "datum").trim(), "%Y-%m-%d");
            let time = NaiveTime::parse_from_str(field(fields, "tijd").trim(), "%H:%M");
            let (Ok(date), Ok(time)) = (date, time) else {
                return Ok(Err((
                    "edit-error-schedule-invalid",
                    StatusCode::UNPROCESSABLE_ENTITY,
                )));
            };
            let Some(at) = chrono::Local
                .from_local_datetime(&date.and_time(time))
                .earliest()
                .map(|at| at.with_timezone(&Utc))
            else {
                return Ok(Err((
                    "edit-error-schedule-invalid",
                    StatusCode::UNPROCESSABLE_ENTITY,
                )));
            };
            if at <= Utc::now() {
                return Ok(Err((
                    "edit-error-schedule-past",
                    StatusCode::UNPROCESSABLE_ENTITY,
                )));
            }
            Transition::Schedule { at }
        }
        Action::Unschedule => Transition::Unschedule,
        Action::MarkReviewed => Transition::MarkReviewed,
        Action::Withdraw => {
            let notice = plain_text(field(fields, "toelichting"));
            if notice.is_empty() {
                return Ok(Err((
                    "edit-error-withdraw-notice",
                    StatusCode::UNPROCESSABLE_ENTITY,
                )));
            }
            if notice.chars().count() > MAX_NOTICE {
                return Ok(Err((
                    "edit-error-withdraw-notice-long",
                    StatusCode::UNPROCESSABLE_ENTITY,
                )));
            }
            Transition::Withdraw { notice }
        }
        Action::Remove => Transition::Remove,
        Action::Republish => Transition::Republish,
    };
    // The draft the person saw: publishing approves that text and no later one.
    let seen = field(fields, "versie").trim();
    let expected = if seen.is_empty() {
        None
    } else {
        match seen.parse::<i32>() {
            Ok(n) => Some(n),
            Err(_) => return Ok(Err(("edit-refused-stale", StatusCode::CONFLICT))),
        }
    };
    let current_draft = match row.draft_version_id {
        Some(id) => state.db.version_by_id(id).await?.map(|v| v.meta.number),
        None => None,
    };
    if expected != current_draft {
        return Ok(Err(("edit-refused-stale", StatusCode::CONFLICT)));
    }
    let actor = actor(staff);
    // The change and its audit line are one unit of work: both or neither.
    let mut tx = state.db.begin().await?;
    if !tx
        .transition(slug, doc.code, expected, &transition, &actor)
        .await?
    {
        return Ok(Err(("edit-refused-stale", StatusCode::CONFLICT)));
    }
    let detail = match expected {
        Some(n) => format!("{slug}/{} versie {n}", doc.code),
        None => format!("{slug}/{}", doc.code),
    };
    let audit_name = match transition {
        Transition::Publish {
            review_pending: true,
        } => Action::PublishUnreviewed.audit_action(),
        _ => action.audit_action(),
    };
    tx.audit(&actor, audit_name, None, &detail).await?;
    tx.commit().await?;
    // Readers get the change once it is committed, whatever happens next.
    if matches!(
        transition,
        Transition::Publish { .. }
            | Transition::Withdraw { .. }
            | Transition::Remove
            | Transition::Republish
    ) {
        reload(&state.content).await?;
    }
    Ok(Ok(()))
}

/// Re-renders the public pages; a failure is a storage failure for the person acting.
async fn reload(content: &ContentReloader) -> Result<(), TeamError> {
    content.reload().await.map(|_| ()).map_err(|error| {
        tracing::error!(%error, "re-rendering the pages after a change failed");
        match error {
            crate::content::ContentError::Storage(e) => TeamError::Storage(e),
            other => TeamError::Storage(StorageError::Corrupt(other.to_string())),
        }
    })
}

/// Publishes every scheduled version whose time has come, as the person who scheduled it (if
/// they still may publish), and re-renders the site once, even when one of them failed.
pub async fn publish_scheduled(content: &ContentReloader) -> Result<usize, TeamError> {
    publish_scheduled_at(content, Utc::now()).await
}

/// One pass of the scheduled publication as if it were `now`: the job's clock, injectable so
/// tests (and an operator) can run a pass for a given moment instead of waiting for it.
pub async fn publish_scheduled_at(
    content: &ContentReloader,
    now: DateTime<Utc>,
) -> Result<usize, TeamError> {
    let db = &content.db;
    let mut published = 0;
    let mut failure = None;
    for (slug, lang, number, by_id, by_name) in db.due_for_publication(now).await? {
        let actor = Actor {
            id: by_id,
            name: by_name,
        };
        let result = async {
            let allowed = match by_id {
                Some(id) => db.capabilities(id).await?.is_some_and(Capabilities::may_publish),
                None => false,
            };
            if !allowed {
                tracing::warn!(%slug, %lang, "scheduled publication skipped: the person who scheduled it may no longer publish");
                return Ok(false);
            }
            let mut tx = db.begin().await?;
            let done = tx
                .transition(&slug, &lang, Some(number), &Transition::PublishScheduled, &actor)
                .await?;
            if done {
                tx.audit(&actor, AuditAction::ContentPublishedScheduled, None, &format!("{slug}/{lang} versie {number}"))
                    .await?;
                tx.commit().await?;
            }
            Ok::<_, StorageError>(done)
        }
        .await;
        match result {
            Ok(true) => published += 1,
            Ok(false) => {}
            Err(error) => failure = Some(error),
        }
    }
    if published > 0 {
        reload(content).await?;
    }
    match failure {
        Some(error) => Err(TeamError::Storage(error)),
        None => Ok(published),
    }
}

// ---------------------------------------------------------------------------------------
// Editing

/// `GET /{lang}/team/inhoud/{slug}/{doc}/bewerken`: the newest version in the editor.
pub async fn edit_page(
    State(state): State<AppState>,
    Path((lang, slug, doc)): Path<(String, String, String)>,
    staff: Staff,
) -> Response {
    let lang = lang_of(&lang);
    let result = async {
        editor(&state, &staff).await?;
        let doc = target(&state, &slug, &doc).await?;
        let latest = state.db.latest_version(&slug, doc.code).await?;
        let (base, title, summary, body) = match &latest {
            Some(v) => (
                v.meta.number,
                v.title.clone(),
                v.summary.clone(),
                v.body.clone(),
            ),
            None => (0, String::new(), String::new(), String::new()),
        };
        let typed = Typed {
            title,
            summary,
            body,
            note: String::new(),
        };
        edit_response(
            &state,
            lang,
            &staff,
            &slug,
            doc,
            base,
            None,
            typed,
            Vec::new(),
            None,
            false,
            StatusCode::OK,
        )
        .await
    }
    .await;
    result.into_response()
}

/// What the editor typed.
struct Typed {
    title: String,
    summary: String,
    body: String,
    note: String,
}

/// The Dutch text a translation is made from: the published Dutch version (else the newest).
async fn dutch_source(state: &AppState, slug: &str) -> Result<Option<StoredVersion>, TeamError> {
    let published = match state.db.document(slug, dutch().code).await? {
        Some(row) => match row.published_version_id {
            Some(id) => state.db.version_by_id(id).await?,
            None => None,
        },
        None => None,
    };
    Ok(match published {
        Some(v) => Some(v),
        None => state.db.latest_version(slug, dutch().code).await?,
    })
}

#[allow(clippy::too_many_arguments)]
async fn edit_response(
    state: &AppState,
    lang: Language,
    staff: &Staff,
    slug: &str,
    doc: Language,
    base: i32,
    source: Option<i64>,
    typed: Typed,
    errors: Vec<(&'static str, &'static str)>,
    conflict: Option<&VersionMeta>,
    show_preview: bool,
    status: StatusCode,
) -> Result<Response, TeamError> {
    let dutch_text = if doc == dutch() {
        None
    } else {
        dutch_source(state, slug).await?
    };
    // A translation records the Dutch version it is made from: the one shown beside it.
    let source_version_id = source.or(dutch_text.as_ref().map(|v| v.meta.id));
    let shown_source = match (source, &dutch_text) {
        (Some(id), Some(v)) if v.meta.id != id => state.db.version_by_id(id).await?,
        _ => dutch_text,
    };
    let clean_body = sanitize_source(&typed.body);
    let (rendered, plain) = preview(
        state,
        doc,
        &plain_text(&typed.title),
        &plain_text(&typed.summary),
        &clean_body,
    )
    .await?;
    let (readability, checks) = writing_help(state, slug, doc, &clean_body, &plain);
    let data = EditView {
        slug: slug.to_owned(),
        doc: Some(doc),
        base,
        source_version_id,
        title: typed.title,
        summary: typed.summary,
        body: typed.body,
        note: typed.note,
        dutch: shown_source.map(|v| SourceText {
            number: v.meta.number,
            title: v.title,
            summary: v.summary,
            body: v.body,
        }),
        preview: show_preview.then_some(rendered),
        readability,
        checks,
        errors,
        conflict: conflict.map(|m| (m.number, m.author.clone(), local_time(m.created_at))),
    };
    Ok(super::shared::page(
        state,
        lang,
        content_href(lang, slug, doc, "bewerken"),
        Some(staff.session.clone()),
        status,
        move || view! { <EditPage data=data.clone() /> },
    )
    .await)
}

/// `POST /{lang}/team/inhoud/{slug}/{doc}/bewerken`: preview, or save a new version.
pub async fn edit_save(
    State(state): State<AppState>,
    Path((lang, slug, doc)): Path<(String, String, String)>,
    staff: Staff,
    Form(fields): Form<Fields>,
) -> Response {
    let lang = lang_of(&lang);
    (save(&state, lang, &staff, &slug, &doc, &fields).await).into_response()
}

async fn save(
    state: &AppState,
    lang: Language,
    staff: &Staff,
    slug: &str,
    doc: &str,
    fields: &Fields,
) -> Result<Response, TeamError> {
    editor(state, staff).await?;
    let doc = target(state, slug, doc).await?;
    let base: i32 = field(fields, "basis").trim().parse().unwrap_or(-1);
    let source: Option<i64> = field(fields, "bron").trim().parse().ok();
    let typed = Typed {
        title: field(fields, "titel").to_owned(),
        summary: field(fields, "samenvatting").to_owned(),
        body: field(fields, "tekst").replace("\r\n", "\n"),
        note: field(fields, "toelichting").to_owned(),
    };
    // Everything an editor writes is cleaned before it is stored (and again when shown).
    let title = plain_text(&typed.title);
    let summary = plain_text(&typed.summary);
    let body = sanitize_source(typed.body.trim_end());
    let note = plain_text(&typed.note);
    let mut errors = Vec::new();
    if title.is_empty() {
        errors.push(("title", "edit-error-title"));
    } else if title.chars().count() > MAX_TITLE {
        errors.push(("title", "edit-error-title-long"));
    }
    if summary.chars().count() > MAX_SUMMARY {
        errors.push(("summary", "edit-error-summary-long"));
    }
    if body.trim().is_empty() {
        errors.push(("body", "edit-error-body"));
    }
    if note.chars().count() > MAX_NOTE {
        errors.push(("note", "edit-error-note-long"));
    }
    if base < 0 {
        errors.push(("body", "edit-refused-stale"));
    }
    let previewing = field(fields, "actie") == "voorbeeld";
    if previewing || !errors.is_empty() {
        let status = if errors.is_empty() {
            StatusCode::OK
        } else {
            StatusCode::UNPROCESSABLE_ENTITY
        };
        return edit_response(
            state,
            lang,
            staff,
            slug,
            doc,
            base.max(0),
            source,
            typed,
            errors,
            None,
            previewing,
            status,
        )
        .await;
    }
    // The Dutch source must be a version of this page's Dutch text; anything else is ignored
    // and the Dutch text shown now is recorded instead.
    let source_version_id = if doc == dutch() {
        None
    } else {
        let given = match source {
            Some(id) => state
                .db
                .version_by_id(id)
                .await?
                .filter(|v| v.meta.slug == slug && v.meta.lang == dutch().code)
                .map(|v| v.meta.id),
            None => None,
        };
        match given {
            Some(id) => Some(id),
            None => dutch_source(state, slug).await?.map(|v| v.meta.id),
        }
    };
    let actor = actor(staff);
    let mut tx = state.db.begin().await?;
    let outcome = tx
        .save_version(&NewVersion {
            slug,
            lang: doc.code,
            base,
            title: &title,
            summary: &summary,
            body: &body,
            change_note: &note,
            source_version_id,
            author: &actor,
        })
        .await?;
    match outcome {
        SaveOutcome::Saved { number } => {
            tx.audit(
                &actor,
                AuditAction::ContentSaved,
                None,
                &format!("{slug}/{} versie {number}", doc.code),
            )
            .await?;
            tx.commit().await?;
            Ok(see_other(&format!(
                "{}?gedaan=opgeslagen",
                content_href(lang, slug, doc, "")
            )))
        }
        // Nothing is overwritten: the editor keeps what they typed and sees who saved first.
        SaveOutcome::Conflict { latest } => {
            tx.rollback().await?;
            edit_response(
                state,
                lang,
                staff,
                slug,
                doc,
                base,
                source,
                typed,
                Vec::new(),
                Some(&latest),
                false,
                StatusCode::CONFLICT,
            )
            .await
        }
    }
}

// ---------------------------------------------------------------------------------------
// Versions

/// `/{lang}/team/inhoud/{slug}/{doc}/versies`
pub async fn versions_page(
    State(state): State<AppState>,
    Path((lang, slug, doc)): Path<(String, String, String)>,
    staff: Staff,
) -> Response {
    let lang = lang_of(&lang);
    (versions_response(&state, lang, &staff, &slug, &doc, None, StatusCode::OK).await)
        .into_response()
}

async fn versions_response(
    state: &AppState,
    lang: Language,
    staff: &Staff,
    slug: &str,
    doc: &str,
    notice: Option<Notice>,
    status: StatusCode,
) -> Result<Response, TeamError> {
    editor(state, staff).await?;
    let doc = target(state, slug, doc).await?;
    let row = state.db.document(slug, doc.code).await?;
    let versions = state.db.versions(slug, doc.code).await?;
    let latest = versions.first().map(|v| v.number).unwrap_or(0);
    let data = VersionsView {
        slug: slug.to_owned(),
        doc: Some(doc),
        title: match row
            .as_ref()
            .map(|r| r.title.as_str())
            .filter(|t| !t.is_empty())
        {
            Some(title) => filled(&current_snippets(state).await?, doc, title),
            None => slug.to_owned(),
        },
        rows: versions
            .iter()
            .map(|v| VersionRow {
                info: version_info(v),
                live: row
                    .as_ref()
                    .is_some_and(|r| r.published && r.published_version_id == Some(v.id)),
                draft: row
                    .as_ref()
                    .is_some_and(|r| r.draft_version_id == Some(v.id)),
            })
            .collect(),
        latest,
        notice,
    };
    Ok(super::shared::page(
        state,
        lang,
        content_href(lang, slug, doc, "versies"),
        Some(staff.session.clone()),
        status,
        move || view! { <VersionsPage data=data.clone() /> },
    )
    .await)
}

/// `/{lang}/team/inhoud/{slug}/{doc}/versies/{n}`: one version as readers would see it.
pub async fn version_page(
    State(state): State<AppState>,
    Path((lang, slug, doc, number)): Path<(String, String, String, String)>,
    staff: Staff,
) -> Response {
    let lang = lang_of(&lang);
    let result = async {
        editor(&state, &staff).await?;
        let doc = target(&state, &slug, &doc).await?;
        let number: i32 = number.parse().map_err(|_| TeamError::NotFound)?;
        let version = state
            .db
            .version(&slug, doc.code, number)
            .await?
            .ok_or(TeamError::NotFound)?;
        let latest = state
            .db
            .latest_version(&slug, doc.code)
            .await?
            .map(|v| v.meta.number)
            .unwrap_or(number);
        let (rendered, _) =
            preview(&state, doc, &version.title, &version.summary, &version.body).await?;
        let data = VersionView {
            slug: slug.clone(),
            doc: Some(doc),
            info: Some(version_info(&version.meta)),
            preview: Some(rendered),
            latest,
        };
        Ok::<_, TeamError>(
            super::shared::page(
                &state,
                lang,
                content_href(lang, &slug, doc, &format!("versies/{number}")),
                Some(staff.session.clone()),
                StatusCode::OK,
                move || view! { <VersionPage data=data.clone() /> },
            )
            .await,
        )
    }
    .await;
    result.into_response()
}

/// `POST …/versies/{n}/terugzetten`: an old version becomes the newest draft.
pub async fn restore(
    State(state): State<AppState>,
    Path((lang, slug, doc, number)): Path<(String, String, String, String)>,
    staff: Staff,
    Form(fields): Form<Fields>,
) -> Response {
    let lang = lang_of(&lang);
    let result = async {
        editor(&state, &staff).await?;
        let doc_lang = target(&state, &slug, &doc).await?;
        let number: i32 = number.parse().map_err(|_| TeamError::NotFound)?;
        let old = state
            .db
            .version(&slug, doc_lang.code, number)
            .await?
            .ok_or(TeamError::NotFound)?;
        let base: i32 = field(&fields, "basis").trim().parse().unwrap_or(-1);
        let actor = actor(&staff);
        let note = format!("Teruggezet: versie {number}");
        let mut tx = state.db.begin().await?;
        let outcome = tx
            .save_version(&NewVersion {
                slug: &slug,
                lang: doc_lang.code,
                base,
                title: &old.title,
                summary: &old.summary,
                body: &old.body,
                change_note: &note,
                source_version_id: old.meta.source_version_id,
                author: &actor,
            })
            .await?;
        match outcome {
            SaveOutcome::Saved { number: new } => {
                tx.audit(
                    &actor,
                    AuditAction::ContentRestored,
                    None,
                    &format!("{slug}/{} versie {number} als versie {new}", doc_lang.code),
                )
                .await?;
                tx.commit().await?;
                Ok(see_other(&format!(
                    "{}?gedaan=terugzetten",
                    content_href(lang, &slug, doc_lang, "")
                )))
            }
            SaveOutcome::Conflict { .. } => {
                tx.rollback().await?;
                versions_response(
                    &state,
                    lang,
                    &staff,
                    &slug,
                    &doc,
                    Some(Notice::Error {
                        field: "versions",
                        key: "edit-restore-conflict",
                    }),
                    StatusCode::CONFLICT,
                )
                .await
            }
        }
    }
    .await;
    result.into_response()
}

/// `/{lang}/team/inhoud/{slug}/{doc}/vergelijken?van=N&naar=M`
pub async fn diff_page(
    State(state): State<AppState>,
    Path((lang, slug, doc)): Path<(String, String, String)>,
    RawQuery(query): RawQuery,
    staff: Staff,
) -> Response {
    let lang = lang_of(&lang);
    let query = query_map(query.as_deref());
    let result = async {
        editor(&state, &staff).await?;
        let doc = target(&state, &slug, &doc).await?;
        let latest = state
            .db
            .latest_version(&slug, doc.code)
            .await?
            .ok_or(TeamError::NotFound)?
            .meta
            .number;
        let number = |key: &str, default: i32| -> Result<i32, TeamError> {
            match query.get(key) {
                Some(v) => v.trim().parse().map_err(|_| TeamError::NotFound),
                None => Ok(default),
            }
        };
        let from_n = number("van", (latest - 1).max(1))?;
        let to_n = number("naar", latest)?;
        let from = state
            .db
            .version(&slug, doc.code, from_n)
            .await?
            .ok_or(TeamError::NotFound)?;
        let to = state
            .db
            .version(&slug, doc.code, to_n)
            .await?
            .ok_or(TeamError::NotFound)?;
        let data = DiffView {
            slug: slug.clone(),
            doc: Some(doc),
            title: filled(&current_snippets(&state).await?, doc, &to.title),
            from: Some(version_info(&from.meta)),
            to: Some(version_info(&to.meta)),
            fields: vec![
                ("edit-field-title", diff::diff(&from.title, &to.title)),
                ("edit-field-summary", diff::diff(&from.summary, &to.summary)),
                ("edit-field-body", diff::diff(&from.body, &to.body)),
            ],
        };
        Ok::<_, TeamError>(
            super::shared::page(
                &state,
                lang,
                content_href(lang, &slug, doc, "vergelijken"),
                Some(staff.session.clone()),
                StatusCode::OK,
                move || view! { <DiffPage data=data.clone() /> },
            )
            .await,
        )
    }
    .await;
    result.into_response()
}

// ---------------------------------------------------------------------------------------
// Snippets

/// `/{lang}/team/vaste-teksten`
pub async fn snippets_page(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    RawQuery(query): RawQuery,
    staff: Staff,
) -> Response {
    let lang = lang_of(&lang);
    let result = async {
        let editor = editor(&state, &staff).await?;
        let overrides = state.db.snippet_overrides().await?;
        let snippets = state.content.snippets.with_overrides(&overrides);
        let rows = snippets
            .keys()
            .into_iter()
            .map(|key| SnippetRow {
                dutch: snippets
                    .written(dutch(), &key)
                    .unwrap_or_default()
                    .to_owned(),
                languages: LANGUAGES
                    .iter()
                    .filter(|l| **l != dutch() && snippets.written(**l, &key).is_some())
                    .map(|l| l.code)
                    .collect(),
                changed_by: None,
                key,
            })
            .collect();
        let data = SnippetsView {
            rows,
            can_edit: editor.capabilities.may_publish(),
            notice: query_map(query.as_deref())
                .contains_key("gedaan")
                .then_some(Notice::Done("edit-done-snippet")),
        };
        Ok::<_, TeamError>(
            super::shared::page(
                &state,
                lang,
                team_href(lang, "vaste-teksten"),
                Some(staff.session.clone()),
                StatusCode::OK,
                move || view! { <SnippetsPage data=data.clone() /> },
            )
            .await,
        )
    }
    .await;
    result.into_response()
}

async fn snippet_response(
    state: &AppState,
    lang: Language,
    staff: &Staff,
    key: &str,
    typed: Option<&Fields>,
    errors: Vec<(String, &'static str)>,
    status: StatusCode,
) -> Result<Response, TeamError> {
    let editor = editor(state, staff).await?;
    let file = &state.content.snippets;
    if !file.keys().iter().any(|k| k == key) {
        return Err(TeamError::NotFound);
    }
    let current = file.with_overrides(&state.db.snippet_overrides().await?);
    let values = LANGUAGES
        .iter()
        .map(|l| SnippetValue {
            lang: *l,
            value: match typed {
                Some(fields) => field(fields, &format!("waarde-{}", l.code)).to_owned(),
                None => current.written(*l, key).unwrap_or_default().to_owned(),
            },
            default: file
                .written(*l, key)
                .or_else(|| current.written(dutch(), key))
                .unwrap_or_default()
                .to_owned(),
        })
        .collect();
    let data = SnippetEditView {
        key: key.to_owned(),
        values,
        can_edit: editor.capabilities.may_publish(),
        errors,
    };
    Ok(super::shared::page(
        state,
        lang,
        team_href(lang, &format!("vaste-teksten/{key}")),
        Some(staff.session.clone()),
        status,
        move || view! { <SnippetPage data=data.clone() /> },
    )
    .await)
}

/// `GET /{lang}/team/vaste-teksten/{key}`
pub async fn snippet_page(
    State(state): State<AppState>,
    Path((lang, key)): Path<(String, String)>,
    staff: Staff,
) -> Response {
    let lang = lang_of(&lang);
    (snippet_response(&state, lang, &staff, &key, None, Vec::new(), StatusCode::OK).await)
        .into_response()
}

/// `POST /{lang}/team/vaste-teksten/{key}`: publishers change a snippet; it shows at once on
/// every page in every language.
pub async fn snippet_save(
    State(state): State<AppState>,
    Path((lang, key)): Path<(String, String)>,
    staff: Staff,
    Form(fields): Form<Fields>,
) -> Response {
    let lang = lang_of(&lang);
    let result = async {
        let editor = editor(&state, &staff).await?;
        if !editor.capabilities.may_publish() {
            return Err(TeamError::Forbidden);
        }
        let file = &state.content.snippets;
        if !file.keys().contains(&key) {
            return Err(TeamError::NotFound);
        }
        let values: Vec<(Language, String)> = LANGUAGES
            .iter()
            .map(|l| {
                (
                    *l,
                    plain_text(field(&fields, &format!("waarde-{}", l.code))),
                )
            })
            .collect();
        if values.iter().any(|(l, v)| *l == dutch() && v.is_empty()) {
            let errors = vec![(
                format!("waarde-{}", dutch().code),
                "edit-error-snippet-dutch",
            )];
            return snippet_response(
                &state,
                lang,
                &staff,
                &key,
                Some(&fields),
                errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
        let actor = actor(&staff);
        let current = file.with_overrides(&state.db.snippet_overrides().await?);
        let mut changed = Vec::new();
        let mut tx = state.db.begin().await?;
        for (l, value) in values {
            // Empty, or the file's own value: no override (a translation falls back to Dutch).
            let stored = (!value.is_empty() && file.written(l, &key) != Some(value.as_str()))
                .then_some(value.as_str());
            if current.written(l, &key).unwrap_or_default() != value {
                changed.push(l.code);
            }
            tx.set_snippet(&key, l.code, stored, &actor).await?;
        }
        if !changed.is_empty() {
            tx.audit(
                &actor,
                AuditAction::SnippetChanged,
                None,
                &format!("{key}: {}", changed.join(", ")),
            )
            .await?;
        }
        tx.commit().await?;
        if !changed.is_empty() {
            reload(&state.content).await?;
        }
        Ok(see_other(&format!(
            "{}?gedaan=1",
            team_href(lang, "vaste-teksten")
        )))
    }
    .await;
    result.into_response()
}
