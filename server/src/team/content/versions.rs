//! A page's versions: the list, one version as readers would see it, restoring an old one
//! as the newest draft, and comparing two.

use super::common::{
    Fields, actor, current_snippets, editor, field, filled, preview, target, version_info,
};
use crate::pages::Lang;
use crate::{
    state::AppState,
    storage::{NewVersion, SaveOutcome},
    team::{
        session::Staff,
        shared::{TeamError, query_map, see_other},
    },
};
use axum::{
    Form,
    extract::{Path, RawQuery, State},
    http::StatusCode,
    response::{IntoResponse, Response},
};
use helder_app::{
    editing::pages::{
        DiffPage, DiffView, VersionPage, VersionRow, VersionView, VersionsPage, VersionsView,
        content_href,
    },
    staff::pages::Notice,
};
use helder_domain::{audit::AuditAction, editing::diff, languages::Language};
use leptos::prelude::*;

/// `/{lang}/team/inhoud/{slug}/{doc}/versies`
pub async fn versions_page(
    State(state): State<AppState>,
    Lang(lang): Lang,
    Path((_, slug, doc)): Path<(String, String, String)>,
    staff: Staff,
) -> Response {
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
    let doc = target(state, staff, slug, doc).await?;
    let row = state
        .db
        .document(&staff.organisation, slug, doc.code)
        .await?;
    let versions = state
        .db
        .versions(&staff.organisation, slug, doc.code)
        .await?;
    let latest = versions.first().map(|v| v.number).unwrap_or(0);
    let data = VersionsView {
        slug: slug.to_owned(),
        doc: Some(doc),
        title: match row
            .as_ref()
            .map(|r| r.title.as_str())
            .filter(|t| !t.is_empty())
        {
            Some(title) => filled(&current_snippets(state, staff).await?, doc, title),
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
    Ok(crate::team::shared::page(
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
    Lang(lang): Lang,
    Path((_, slug, doc, number)): Path<(String, String, String, String)>,
    staff: Staff,
) -> Response {
    let result = async {
        editor(&state, &staff).await?;
        let doc = target(&state, &staff, &slug, &doc).await?;
        let number: i32 = number.parse().map_err(|_| TeamError::NotFound)?;
        let version = state
            .db
            .version(&staff.organisation, &slug, doc.code, number)
            .await?
            .ok_or(TeamError::NotFound)?;
        let latest = state
            .db
            .latest_version(&staff.organisation, &slug, doc.code)
            .await?
            .map(|v| v.meta.number)
            .unwrap_or(number);
        let (rendered, _) = preview(
            &state,
            &staff,
            doc,
            &version.title,
            &version.summary,
            &version.body,
        )
        .await?;
        let data = VersionView {
            slug: slug.clone(),
            doc: Some(doc),
            info: Some(version_info(&version.meta)),
            preview: Some(rendered),
            latest,
        };
        Ok::<_, TeamError>(
            crate::team::shared::page(
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
    Lang(lang): Lang,
    Path((_, slug, doc, number)): Path<(String, String, String, String)>,
    staff: Staff,
    Form(fields): Form<Fields>,
) -> Response {
    let result = async {
        editor(&state, &staff).await?;
        let doc_lang = target(&state, &staff, &slug, &doc).await?;
        let number: i32 = number.parse().map_err(|_| TeamError::NotFound)?;
        let old = state
            .db
            .version(&staff.organisation, &slug, doc_lang.code, number)
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
    Lang(lang): Lang,
    Path((_, slug, doc)): Path<(String, String, String)>,
    RawQuery(query): RawQuery,
    staff: Staff,
) -> Response {
    let query = query_map(query.as_deref());
    let result = async {
        editor(&state, &staff).await?;
        let doc = target(&state, &staff, &slug, &doc).await?;
        let latest = state
            .db
            .latest_version(&staff.organisation, &slug, doc.code)
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
            .version(&staff.organisation, &slug, doc.code, from_n)
            .await?
            .ok_or(TeamError::NotFound)?;
        let to = state
            .db
            .version(&staff.organisation, &slug, doc.code, to_n)
            .await?
            .ok_or(TeamError::NotFound)?;
        let data = DiffView {
            slug: slug.clone(),
            doc: Some(doc),
            title: filled(&current_snippets(&state, &staff).await?, doc, &to.title),
            from: Some(version_info(&from.meta)),
            to: Some(version_info(&to.meta)),
            fields: vec![
                ("edit-field-title", diff::diff(&from.title, &to.title)),
                ("edit-field-summary", diff::diff(&from.summary, &to.summary)),
                ("edit-field-body", diff::diff(&from.body, &to.body)),
            ],
        };
        Ok::<_, TeamError>(
            crate::team::shared::page(
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
