//! The law behind a page (`POST …/{slug}/nl/wettelijke-basis`): its legal basis, check date
//! and source notes; and a native speaker's check of a published translation
//! (`POST …/{slug}/{doc}/moedertaal`). Both audit-logged; the check date is shown to readers,
//! so saving it re-renders the pages.

use super::common::{Fields, actor, editor, field, reload, target};
use super::document::document_response;
use crate::pages::Lang;
use crate::{
    state::AppState,
    storage::PageLaw,
    team::{
        session::Staff,
        shared::{TeamError, see_other},
    },
};
use axum::{
    Form,
    extract::{Path, State},
    http::StatusCode,
    response::{IntoResponse, Response},
};
use chrono::{Local, Utc};
use helder_app::{editing::pages::content_href, rights::markdown::plain_text};
use helder_domain::{audit::AuditAction, editing::law::PageLawInput, languages::Language};

/// Longest name of a native speaker.
const MAX_NAME: usize = 120;

/// `POST /{lang}/team/inhoud/{slug}/{doc}/wettelijke-basis` (the Dutch page only).
pub async fn save_law(
    State(state): State<AppState>,
    Lang(lang): Lang,
    Path((_, slug, doc)): Path<(String, String, String)>,
    staff: Staff,
    Form(fields): Form<Fields>,
) -> Response {
    let outcome = async {
        editor(&state, &staff).await?;
        let doc = target(&state, &staff, &slug, &doc).await?;
        if doc != Language::default_language() {
            return Err(TeamError::NotFound);
        }
        let input = match PageLawInput::parse(
            field(&fields, "basis"),
            field(&fields, "gecontroleerd"),
            field(&fields, "bronnen"),
            Local::now().date_naive(),
        ) {
            Ok(input) => input,
            Err(error) => return Ok(Err(error.message_key())),
        };
        let law = PageLaw {
            legal_basis: plain_text(&input.legal_basis),
            checked_on: input.checked_on.map(|d| d.format("%Y-%m-%d").to_string()),
            source_notes: input.source_notes,
        };
        if !state
            .db
            .set_page_law(&staff.organisation, &slug, &law)
            .await?
        {
            return Err(TeamError::NotFound);
        }
        let detail = format!("{slug}: {}", law.checked_on.as_deref().unwrap_or("-"));
        state
            .db
            .audit(
                &actor(&staff),
                AuditAction::ContentLawChanged,
                None,
                &detail,
            )
            .await?;
        reload(&state.content).await?;
        Ok(Ok(doc))
    }
    .await;
    finish(
        &state,
        lang,
        &staff,
        &slug,
        "nl",
        "wettelijke-basis",
        outcome,
    )
    .await
}

/// `POST /{lang}/team/inhoud/{slug}/{doc}/moedertaal`: a native speaker read the published
/// version the person saw (`gepubliceerd`).
pub async fn mark_native(
    State(state): State<AppState>,
    Lang(lang): Lang,
    Path((_, slug, doc_code)): Path<(String, String, String)>,
    staff: Staff,
    Form(fields): Form<Fields>,
) -> Response {
    let outcome = async {
        editor(&state, &staff).await?;
        let doc = target(&state, &staff, &slug, &doc_code).await?;
        if doc == Language::default_language() {
            return Err(TeamError::NotFound);
        }
        let name = plain_text(field(&fields, "naam"));
        if name.is_empty() || name.chars().count() > MAX_NAME {
            return Ok(Err("edit-native-error-name"));
        }
        let Ok(number) = field(&fields, "gepubliceerd").trim().parse::<i32>() else {
            return Ok(Err("edit-refused-stale"));
        };
        let marked = state
            .db
            .mark_native_checked(
                &staff.organisation,
                &slug,
                doc.code,
                number,
                &name,
                Utc::now(),
            )
            .await?;
        if !marked {
            return Ok(Err("edit-refused-stale"));
        }
        let detail = format!("{slug}/{} versie {number}: {name}", doc.code);
        state
            .db
            .audit(
                &actor(&staff),
                AuditAction::ContentNativeChecked,
                None,
                &detail,
            )
            .await?;
        Ok(Ok(doc))
    }
    .await;
    finish(
        &state,
        lang,
        &staff,
        &slug,
        &doc_code,
        "moedertaal",
        outcome,
    )
    .await
}

/// Done: back to the document page with its banner. Refused: the page again with the reason
/// (422 for a form mistake, 409 when the page moved on).
async fn finish(
    state: &AppState,
    lang: Language,
    staff: &Staff,
    slug: &str,
    doc: &str,
    done: &str,
    outcome: Result<Result<Language, &'static str>, TeamError>,
) -> Response {
    match outcome {
        Ok(Ok(doc)) => see_other(&format!(
            "{}?gedaan={done}",
            content_href(lang, slug, doc, "")
        )),
        Ok(Err(key)) => {
            let status = if key == "edit-refused-stale" {
                StatusCode::CONFLICT
            } else {
                StatusCode::UNPROCESSABLE_ENTITY
            };
            document_response(state, lang, staff, slug, doc, None, Some(key), status)
                .await
                .into_response()
        }
        Err(error) => error.into_response(),
    }
}
