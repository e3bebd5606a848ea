//! Retiring a page (`POST /{lang}/team/inhoud/{slug}/buiten-gebruik/{step}`): ask with a
//! reason, confirm (someone else with publishing rights), take the request back, or bring a
//! retired page back. Checked by `helder_domain::editing::retire`, applied compare-and-set
//! with its audit line, and readers lose (or keep) the page on the next request.

use super::common::{Fields, actor, dutch, editor, field, reload};
use super::document::document_response_with;
use crate::pages::Lang;
use crate::{
    state::AppState,
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
use helder_app::{editing::pages::content_href, rights::markdown::plain_text};
use helder_domain::editing::{
    retire::{self, Reason, Step},
    workflow::Editor,
};

/// A refusal: its message key and status; for a bad reason, also what was typed.
struct Refused {
    key: &'static str,
    status: StatusCode,
    reason: Option<String>,
}

impl Refused {
    fn new(key: &'static str, status: StatusCode) -> Refused {
        Refused {
            key,
            status,
            reason: None,
        }
    }
}

/// `POST /{lang}/team/inhoud/{slug}/buiten-gebruik/{step}`
pub async fn retire_step(
    State(state): State<AppState>,
    Lang(lang): Lang,
    Path((_, slug, step)): Path<(String, String, String)>,
    staff: Staff,
    Form(fields): Form<Fields>,
) -> Response {
    let Some(step) = Step::from_segment(&step) else {
        return TeamError::NotFound.into_response();
    };
    let refused = match take(&state, &staff, &slug, step, &fields).await {
        Ok(Ok(())) => {
            return see_other(&format!(
                "{}?gedaan=buiten-gebruik-{}",
                content_href(lang, &slug, dutch(), ""),
                step.segment()
            ));
        }
        Ok(Err(refused)) => refused,
        Err(error) => return error.into_response(),
    };
    // A reason's problem is also shown next to its field, with what was typed.
    let reason = refused.reason.map(|typed| (refused.key, typed));
    (document_response_with(
        &state,
        lang,
        &staff,
        &slug,
        dutch().code,
        None,
        Some(refused.key),
        reason,
        refused.status,
    )
    .await)
        .into_response()
}

/// Ok(Ok) when done; Ok(Err) when refused.
async fn take(
    state: &AppState,
    staff: &Staff,
    slug: &str,
    step: Step,
    fields: &Fields,
) -> Result<Result<(), Refused>, TeamError> {
    let editor: Editor = editor(state, staff).await?;
    let life = state
        .db
        .page_life(&staff.organisation, slug)
        .await?
        .ok_or(TeamError::NotFound)?;
    let page = life.lifecycle();
    if let Err(refusal) = retire::check(step, editor, page) {
        let status = if refusal.is_forbidden() {
            StatusCode::FORBIDDEN
        } else {
            StatusCode::CONFLICT
        };
        return Ok(Err(Refused::new(refusal.message_key(), status)));
    }
    let actor = actor(staff);
    let mut tx = state.db.begin().await?;
    let (done, detail) = match step {
        Step::Request => {
            let typed = field(fields, "reden");
            let reason = match Reason::parse(&plain_text(typed)) {
                Ok(reason) => reason,
                Err(problem) => {
                    tx.rollback().await?;
                    return Ok(Err(Refused {
                        key: problem.message_key(),
                        status: StatusCode::UNPROCESSABLE_ENTITY,
                        reason: Some(typed.to_owned()),
                    }));
                }
            };
            let done = tx.request_retirement(slug, reason.as_str(), &actor).await?;
            (done, format!("{slug}: {}", reason.as_str()))
        }
        Step::Confirm | Step::Cancel => {
            // The rules allowed it, so a request is open; its asker is the guard.
            let by = page.requested_by.ok_or(TeamError::NotFound)?;
            let done = if step == Step::Confirm {
                tx.retire_page(slug, by, &actor).await?
            } else {
                tx.cancel_retirement(slug, by, &actor).await?
            };
            let asked = life.retire_requested_by.clone().unwrap_or_default();
            (done, format!("{slug} (gevraagd door {asked})"))
        }
        Step::Restore => (tx.restore_page(slug, &actor).await?, slug.to_owned()),
    };
    if !done {
        tx.rollback().await?;
        return Ok(Err(Refused::new(
            "edit-refused-stale",
            StatusCode::CONFLICT,
        )));
    }
    tx.audit(&actor, step.audit_action(), None, &detail).await?;
    tx.commit().await?;
    // Readers lose the page (index, search, lists) once it is committed.
    if step == Step::Confirm {
        reload(&state.content).await?;
    }
    Ok(Ok(()))
}
