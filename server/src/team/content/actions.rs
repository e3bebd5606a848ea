//! Workflow actions on one page in one language (`POST …/{slug}/{doc}/{action}`): submit,
//! publish, schedule, withdraw and the rest, checked by `helder_domain::editing::workflow`,
//! applied compare-and-set and audit-logged.

use super::common::{Fields, MAX_NOTICE, actor, dutch, editor, field, reload, target};
use super::create::is_placeholder;
use super::document::document_response;
use crate::pages::Lang;
use crate::{
    state::AppState,
    storage::Transition,
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
use chrono::{NaiveDate, NaiveTime, TimeZone, Utc};
use helder_app::{editing::pages::content_href, rights::markdown::plain_text};
use helder_domain::editing::workflow::{self, Action, Editor};
use helder_domain::languages::Language;

/// A refusal: its message key and status.
type Refused = (&'static str, StatusCode);

/// `POST /{lang}/team/inhoud/{slug}/{doc}/{action}`
pub async fn document_action(
    State(state): State<AppState>,
    Lang(lang): Lang,
    Path((_, slug, doc, action)): Path<(String, String, String, String)>,
    staff: Staff,
    Form(fields): Form<Fields>,
) -> Response {
    let Some(action) = Action::from_segment(&action) else {
        return TeamError::NotFound.into_response();
    };
    let outcome = act(&state, &staff, &slug, &doc, action, &fields).await;
    let (refused, status) = match outcome {
        Ok(Ok(())) => {
            // `act` found the document, so its language is known.
            let doc = Language::from_code(&doc).unwrap_or_else(Language::default_language);
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
) -> Result<Result<(), Refused>, TeamError> {
    let editor = editor(state, staff).await?;
    let doc = target(state, staff, slug, doc).await?;
    let retired = state
        .db
        .page_life(&staff.organisation, slug)
        .await?
        .is_some_and(|life| life.retired_at.is_some());
    if retired {
        return Ok(Err(("edit-retire-refused-retired", StatusCode::CONFLICT)));
    }
    let Some(row) = state
        .db
        .document(&staff.organisation, slug, doc.code)
        .await?
    else {
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
    let transition = match transition_of(action, editor, &rules_doc, fields) {
        Ok(transition) => transition,
        Err(refused) => return Ok(Err(refused)),
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
        Some(id) => state
            .db
            .version_by_id(&staff.organisation, id)
            .await?
            .map(|v| v.meta.number),
        None => None,
    };
    if expected != current_draft {
        return Ok(Err(("edit-refused-stale", StatusCode::CONFLICT)));
    }
    // A new page's first line is a stand-in: it goes nowhere until it is replaced.
    let publishing = matches!(
        action,
        Action::Submit | Action::Publish | Action::PublishUnreviewed | Action::Schedule
    );
    if publishing && doc == dutch() && placeholder_draft(state, staff, &row).await? {
        return Ok(Err((
            "edit-new-refused-placeholder",
            StatusCode::UNPROCESSABLE_ENTITY,
        )));
    }
    apply(state, staff, slug, doc.code, action, expected, transition).await
}

/// Whether the draft's text is still the line a new page starts with.
async fn placeholder_draft(
    state: &AppState,
    staff: &Staff,
    row: &crate::storage::DocumentRow,
) -> Result<bool, TeamError> {
    let Some(id) = row.draft_version_id else {
        return Ok(false);
    };
    let draft = state.db.version_by_id(&staff.organisation, id).await?;
    Ok(draft.is_some_and(|v| is_placeholder(&v.body)))
}

/// Applies a checked transition and its audit line as one unit of work, and re-renders the
/// public pages when readers see the change.
async fn apply(
    state: &AppState,
    staff: &Staff,
    slug: &str,
    doc: &str,
    action: Action,
    expected: Option<i32>,
    transition: Transition,
) -> Result<Result<(), Refused>, TeamError> {
    let actor = actor(staff);
    // The change and its audit line are one unit of work: both or neither.
    let mut tx = state.db.begin().await?;
    if !tx
        .transition(slug, doc, expected, &transition, &actor)
        .await?
    {
        return Ok(Err(("edit-refused-stale", StatusCode::CONFLICT)));
    }
    let detail = match expected {
        Some(n) => format!("{slug}/{doc} versie {n}"),
        None => format!("{slug}/{doc}"),
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

/// The storage transition for an allowed action, with the form's date, time or notice.
fn transition_of(
    action: Action,
    editor: Editor,
    rules_doc: &workflow::Document,
    fields: &Fields,
) -> Result<Transition, Refused> {
    Ok(match action {
        Action::Submit => Transition::Submit,
        Action::Publish => Transition::Publish {
            review_pending: false,
        },
        Action::PublishUnreviewed => Transition::Publish {
            review_pending: workflow::leaves_review_pending(action, editor, rules_doc),
        },
        Action::Schedule => Transition::Schedule {
            at: schedule_time(fields)?,
        },
        Action::Unschedule => Transition::Unschedule,
        Action::MarkReviewed => Transition::MarkReviewed,
        Action::Withdraw => {
            let notice = plain_text(field(fields, "toelichting"));
            if notice.is_empty() {
                return Err((
                    "edit-error-withdraw-notice",
                    StatusCode::UNPROCESSABLE_ENTITY,
                ));
            }
            if notice.chars().count() > MAX_NOTICE {
                return Err((
                    "edit-error-withdraw-notice-long",
                    StatusCode::UNPROCESSABLE_ENTITY,
                ));
            }
            Transition::Withdraw { notice }
        }
        Action::Remove => Transition::Remove,
        Action::Republish => Transition::Republish,
    })
}

/// The moment to publish, from the form's local date and time; it must lie in the future.
fn schedule_time(fields: &Fields) -> Result<chrono::DateTime<Utc>, Refused> {
    let invalid = (
        "edit-error-schedule-invalid",
        StatusCode::UNPROCESSABLE_ENTITY,
    );
    let date = NaiveDate::parse_from_str(field(fields, "datum").trim(), "%Y-%m-%d");
    let time = NaiveTime::parse_from_str(field(fields, "tijd").trim(), "%H:%M");
    let (Ok(date), Ok(time)) = (date, time) else {
        return Err(invalid);
    };
    let at = chrono::Local
        .from_local_datetime(&date.and_time(time))
        .earliest()
        .map(|at| at.with_timezone(&Utc))
        .ok_or(invalid)?;
    if at <= Utc::now() {
        return Err(("edit-error-schedule-past", StatusCode::UNPROCESSABLE_ENTITY));
    }
    Ok(at)
}
