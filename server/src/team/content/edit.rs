//! The editor (`…/{slug}/{doc}/bewerken`): the newest version with the Dutch source beside a
//! translation, a preview with writing help, and saving a new version (compare-and-set: a
//! conflicting save keeps what was typed and shows who saved first).

use super::common::{
    Fields, MAX_NOTE, MAX_SUMMARY, MAX_TITLE, actor, dutch, dutch_source, editor, field, preview,
    target, writing_help,
};
use crate::pages::Lang;
use crate::{
    state::AppState,
    storage::{NewVersion, SaveOutcome, VersionMeta},
    team::{
        session::Staff,
        shared::{TeamError, local_time, see_other},
    },
};
use axum::{
    Form,
    extract::{Path, State},
    http::StatusCode,
    response::{IntoResponse, Response},
};
use helder_app::{
    editing::pages::{EditPage, EditView, SourceText, content_href},
    rights::markdown::{plain_text, sanitize_source},
};
use helder_domain::{audit::AuditAction, languages::Language};
use leptos::prelude::*;

/// `GET /{lang}/team/inhoud/{slug}/{doc}/bewerken`: the newest version in the editor.
pub async fn edit_page(
    State(state): State<AppState>,
    Lang(lang): Lang,
    Path((_, slug, doc)): Path<(String, String, String)>,
    staff: Staff,
) -> Response {
    let result = async {
        editor(&state, &staff).await?;
        let doc = target(&state, &staff, &slug, &doc).await?;
        let latest = state
            .db
            .latest_version(&staff.organisation, &slug, doc.code)
            .await?;
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
        dutch_source(state, staff, slug).await?
    };
    // A translation records the Dutch version it is made from: the one shown beside it.
    let source_version_id = source.or(dutch_text.as_ref().map(|v| v.meta.id));
    let shown_source = match (source, &dutch_text) {
        (Some(id), Some(v)) if v.meta.id != id => {
            state.db.version_by_id(&staff.organisation, id).await?
        }
        _ => dutch_text,
    };
    let clean_body = sanitize_source(&typed.body);
    let (rendered, plain) = preview(
        state,
        staff,
        doc,
        &plain_text(&typed.title),
        &plain_text(&typed.summary),
        &clean_body,
    )
    .await?;
    let (readability, checks) = writing_help(state, staff, slug, doc, &clean_body, &plain);
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
    Ok(crate::team::shared::page(
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
    Lang(lang): Lang,
    Path((_, slug, doc)): Path<(String, String, String)>,
    staff: Staff,
    Form(fields): Form<Fields>,
) -> Response {
    (save(&state, lang, &staff, &slug, &doc, &fields).await).into_response()
}

/// The cleaned text to store, or the fields' errors.
struct Cleaned {
    title: String,
    summary: String,
    body: String,
    note: String,
}

/// Everything an editor writes is cleaned before it is stored (and again when shown).
fn clean(typed: &Typed, base: i32) -> (Cleaned, Vec<(&'static str, &'static str)>) {
    let cleaned = Cleaned {
        title: plain_text(&typed.title),
        summary: plain_text(&typed.summary),
        body: sanitize_source(typed.body.trim_end()),
        note: plain_text(&typed.note),
    };
    let mut errors = Vec::new();
    if cleaned.title.is_empty() {
        errors.push(("title", "edit-error-title"));
    } else if cleaned.title.chars().count() > MAX_TITLE {
        errors.push(("title", "edit-error-title-long"));
    }
    if cleaned.summary.chars().count() > MAX_SUMMARY {
        errors.push(("summary", "edit-error-summary-long"));
    }
    if cleaned.body.trim().is_empty() {
        errors.push(("body", "edit-error-body"));
    }
    if cleaned.note.chars().count() > MAX_NOTE {
        errors.push(("note", "edit-error-note-long"));
    }
    if base < 0 {
        errors.push(("body", "edit-refused-stale"));
    }
    (cleaned, errors)
}

/// The Dutch source must be a version of this page's Dutch text; anything else is ignored
/// and the Dutch text shown now is recorded instead.
async fn source_version(
    state: &AppState,
    staff: &Staff,
    slug: &str,
    doc: Language,
    source: Option<i64>,
) -> Result<Option<i64>, TeamError> {
    if doc == dutch() {
        return Ok(None);
    }
    let given = match source {
        Some(id) => state
            .db
            .version_by_id(&staff.organisation, id)
            .await?
            .filter(|v| v.meta.slug == slug && v.meta.lang == dutch().code)
            .map(|v| v.meta.id),
        None => None,
    };
    Ok(match given {
        Some(id) => Some(id),
        None => dutch_source(state, staff, slug).await?.map(|v| v.meta.id),
    })
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
    let doc = target(state, staff, slug, doc).await?;
    let base: i32 = field(fields, "basis").trim().parse().unwrap_or(-1);
    let source: Option<i64> = field(fields, "bron").trim().parse().ok();
    let typed = Typed {
        title: field(fields, "titel").to_owned(),
        summary: field(fields, "samenvatting").to_owned(),
        body: field(fields, "tekst").replace("\r\n", "\n"),
        note: field(fields, "toelichting").to_owned(),
    };
    let (cleaned, errors) = clean(&typed, base);
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
    let source_version_id = source_version(state, staff, slug, doc, source).await?;
    match store(state, staff, slug, doc, base, source_version_id, &cleaned).await? {
        SaveOutcome::Saved { .. } => Ok(see_other(&format!(
            "{}?gedaan=opgeslagen",
            content_href(lang, slug, doc, "")
        ))),
        // Nothing is overwritten: the editor keeps what they typed and sees who saved first.
        SaveOutcome::Conflict { latest } => {
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

/// Saves a new version with its audit line (both or neither); on a conflict nothing is saved.
async fn store(
    state: &AppState,
    staff: &Staff,
    slug: &str,
    doc: Language,
    base: i32,
    source_version_id: Option<i64>,
    cleaned: &Cleaned,
) -> Result<SaveOutcome, TeamError> {
    let actor = actor(staff);
    let mut tx = state.db.begin().await?;
    let outcome = tx
        .save_version(&NewVersion {
            slug,
            lang: doc.code,
            base,
            title: &cleaned.title,
            summary: &cleaned.summary,
            body: &cleaned.body,
            change_note: &cleaned.note,
            source_version_id,
            author: &actor,
        })
        .await?;
    match &outcome {
        SaveOutcome::Saved { number } => {
            tx.audit(
                &actor,
                AuditAction::ContentSaved,
                None,
                &format!("{slug}/{} versie {number}", doc.code),
            )
            .await?;
            tx.commit().await?;
        }
        SaveOutcome::Conflict { .. } => tx.rollback().await?,
    }
    Ok(outcome)
}
