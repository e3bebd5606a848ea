//! The snippets (fixed texts used on many pages): the list, one snippet in every language,
//! and saving it (publishers only).

use super::common::{Fields, actor, dutch, editor, field, reload};
use crate::pages::Lang;
use crate::{
    state::AppState,
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
        SnippetEditView, SnippetPage, SnippetRow, SnippetValue, SnippetsPage, SnippetsView,
    },
    rights::markdown::plain_text,
    staff::{pages::Notice, team_href},
};
use helder_domain::{
    audit::AuditAction,
    languages::{LANGUAGES, Language},
};
use leptos::prelude::*;

/// `/{lang}/team/vaste-teksten`
pub async fn snippets_page(
    State(state): State<AppState>,
    Lang(lang): Lang,
    RawQuery(query): RawQuery,
    staff: Staff,
) -> Response {
    let result = async {
        let editor = editor(&state, &staff).await?;
        let overrides = state.db.snippet_overrides(&staff.organisation).await?;
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
            crate::team::shared::page(
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
    let current = file.with_overrides(&state.db.snippet_overrides(&staff.organisation).await?);
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
    Ok(crate::team::shared::page(
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
    Lang(lang): Lang,
    Path((_, key)): Path<(String, String)>,
    staff: Staff,
) -> Response {
    (snippet_response(&state, lang, &staff, &key, None, Vec::new(), StatusCode::OK).await)
        .into_response()
}

/// `POST /{lang}/team/vaste-teksten/{key}`: publishers change a snippet; it shows at once on
/// every page in every language.
pub async fn snippet_save(
    State(state): State<AppState>,
    Lang(lang): Lang,
    Path((_, key)): Path<(String, String)>,
    staff: Staff,
    Form(fields): Form<Fields>,
) -> Response {
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
        let current = file.with_overrides(&state.db.snippet_overrides(&staff.organisation).await?);
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
