//! What a member does to a report: `POST /{lang}/team/meldingen/{id}/{action}`. A refused form
//! shows the report page again with the message and what was typed.

use super::report::report_view;
use crate::pages::Lang;
use crate::{
    state::AppState,
    storage::{Actor, ReportWork, Tx},
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
use chrono::{DateTime, Utc};
use helder_app::staff::{pages::Notice, team_href};
use helder_domain::{
    audit::AuditAction,
    calendar::parse_date,
    queue::{EarlierFine, ReportAction, Status, move_to, parse_euros},
    staff::Role,
};
use std::collections::HashMap;

/// Longest note or question the team can write.
const MAX_TEXT: usize = 4000;

/// A refused form on the report page: the page again with the message and what was typed.
struct Refusal {
    field: &'static str,
    key: &'static str,
    typed: String,
}

fn refuse(field: &'static str, key: &'static str, typed: &str) -> Result<(), Refusal> {
    Err(Refusal {
        field,
        key,
        typed: typed.chars().take(MAX_TEXT).collect(),
    })
}

/// Done, refused, or failed.
type Outcomes = Result<Result<(), Refusal>, TeamError>;

/// `POST /{lang}/team/meldingen/{id}/{action}`
pub async fn report_action(
    State(state): State<AppState>,
    Lang(lang): Lang,
    Path((_, id, action)): Path<(String, String, String)>,
    staff: Staff,
    Form(fields): Form<HashMap<String, String>>,
) -> Response {
    if let Err(error) = staff.require(Role::works_reports) {
        return error.into_response();
    }
    let Ok(id) = id.parse::<i64>() else {
        return TeamError::NotFound.into_response();
    };
    let Some(action) = ReportAction::parse(&action) else {
        return TeamError::NotFound.into_response();
    };
    let outcome = match act(&state, &staff, id, action, &fields).await {
        Ok(outcome) => outcome,
        Err(error) => return error.into_response(),
    };
    match outcome {
        Ok(()) => see_other(&team_href(lang, &format!("meldingen/{id}"))),
        Err(refusal) => {
            let notice = Some(Notice::Error {
                field: refusal.field,
                key: refusal.key,
            });
            (report_view(
                &state,
                lang,
                &staff,
                id,
                notice,
                refusal.typed,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await)
                .into_response()
        }
    }
}

/// One action on one report: who, which report, what was sent and when.
struct Act<'a> {
    state: &'a AppState,
    staff: &'a Staff,
    actor: Actor,
    id: i64,
    work: ReportWork,
    fields: &'a HashMap<String, String>,
    now: DateTime<Utc>,
}

impl Act<'_> {
    /// Ends an action on this report: its audit line, then the commit of the unit of work.
    async fn done(&self, mut tx: Tx, action: AuditAction, detail: &str) -> Outcomes {
        tx.audit(&self.actor, action, Some(self.id), detail).await?;
        tx.commit().await?;
        Ok(Ok(()))
    }

    fn field(&self, name: &str) -> &str {
        self.fields
            .get(name)
            .map(String::as_str)
            .unwrap_or_default()
    }
}

async fn act(
    state: &AppState,
    staff: &Staff,
    id: i64,
    action: ReportAction,
    fields: &HashMap<String, String>,
) -> Outcomes {
    let work = state
        .db
        .report_work(&staff.organisation, id)
        .await?
        .ok_or(TeamError::NotFound)?;
    let act = Act {
        state,
        staff,
        actor: staff.actor(),
        id,
        work,
        fields,
        now: Utc::now(),
    };
    match action {
        ReportAction::Status => set_status(&act).await,
        ReportAction::Amount => estimate(&act).await,
        ReportAction::Note => add_note(&act).await,
        ReportAction::Question => ask(&act).await,
        ReportAction::Link => link(&act).await,
        ReportAction::Assign => assign(&act).await,
    }
}

async fn set_status(a: &Act<'_>) -> Outcomes {
    let Some(to) = Status::parse(a.field("to")) else {
        return Ok(refuse("status", "team-status-invalid", ""));
    };
    let from = a.work.status;
    let mut tx = a.state.db.begin().await?;
    if move_to(from, to).is_err() || !tx.set_report_status(a.id, from, to, a.now).await? {
        return Ok(refuse("status", "team-status-invalid", ""));
    }
    let detail = format!("{} → {}", from.as_str(), to.as_str());
    a.done(tx, AuditAction::StatusChanged, &detail).await
}

async fn estimate(a: &Act<'_>) -> Outcomes {
    let typed = a.field("amount");
    let amount = if typed.trim().is_empty() {
        None
    } else {
        match parse_euros(typed) {
            Some(amount) => Some(amount),
            None => return Ok(refuse("amount", "team-amount-invalid", typed)),
        }
    };
    // The date of an earlier fine or measure; a report ticked before the date was asked
    // keeps its tick until a date is given.
    let typed_date = a.field("earlier_fine");
    let earlier = if !typed_date.trim().is_empty() {
        match parse_date(typed_date) {
            Some(day) if day <= a.now.date_naive() => EarlierFine::On(day),
            _ => {
                return Ok(refuse(
                    "earlier_fine",
                    "team-earlier-fine-invalid",
                    typed_date,
                ));
            }
        }
    } else if a.field("earlier_fine_unknown") == "yes" {
        EarlierFine::DateUnknown
    } else {
        EarlierFine::None
    };
    let mut tx = a.state.db.begin().await?;
    tx.set_estimate(a.id, amount, earlier).await?;
    let detail = format!(
        "{} {}",
        amount
            .map(|a| format!("€ {a}"))
            .unwrap_or_else(|| "—".into()),
        match earlier {
            EarlierFine::None => String::new(),
            EarlierFine::DateUnknown => "(eerder beboet)".into(),
            EarlierFine::On(day) => format!("(eerdere boete {})", day.format("%Y-%m-%d")),
        }
    );
    a.done(tx, AuditAction::AmountEstimated, detail.trim())
        .await
}

async fn add_note(a: &Act<'_>) -> Outcomes {
    let note = a.field("note").trim();
    if note.is_empty() {
        return Ok(refuse("note", "team-note-empty", ""));
    }
    if note.chars().count() > MAX_TEXT {
        return Ok(refuse("note", "team-text-too-long", note));
    }
    let mut tx = a.state.db.begin().await?;
    tx.add_note(a.id, a.staff.session.user_id, note, a.now)
        .await?;
    tx.mark_first_action(a.id, a.now).await?;
    a.done(tx, AuditAction::NoteAdded, "").await
}

async fn ask(a: &Act<'_>) -> Outcomes {
    let (id, now) = (a.id, a.now);
    let question = a.field("question").trim();
    if question.is_empty() {
        return Ok(refuse("question", "team-question-empty", ""));
    }
    if question.chars().count() > MAX_TEXT {
        return Ok(refuse("question", "team-text-too-long", question));
    }
    if !a.work.status.is_open() {
        return Ok(refuse("question", "team-status-invalid", question));
    }
    let mut tx = a.state.db.begin().await?;
    tx.add_message(id, "team", question).await?;
    tx.mark_first_action(id, now).await?;
    tx.audit(&a.actor, AuditAction::QuestionAsked, Some(id), "")
        .await?;
    // Only "a question is waiting", and only when the reporter left an address.
    // The reporter's link goes to the site of the municipality the report was sent to.
    let public_url = a
        .state
        .places
        .by_municipality(&a.work.municipality)
        .map(|place| place.site.public_url.clone())
        .unwrap_or_else(|| a.state.places.public_url_of(&a.staff.organisation));
    match crate::mail::notify_question_waiting_in(&mut tx, id, &public_url, now).await {
        Ok(Some(_)) => {
            tx.audit(&a.actor, AuditAction::QuestionMailQueued, Some(id), "")
                .await?
        }
        Ok(None) => {}
        // The unit of work cannot go on after a failed write: nothing is kept.
        Err(crate::mail::MailError::Storage(error)) => return Err(error.into()),
        Err(error) => {
            tracing::error!(%error, report = id, "could not queue the question mail")
        }
    }
    tx.commit().await?;
    Ok(Ok(()))
}

async fn link(a: &Act<'_>) -> Outcomes {
    let Ok(other) = a.field("other").parse::<i64>() else {
        return Ok(refuse("other", "team-link-invalid", ""));
    };
    if other == a.id
        || a.state
            .db
            .report_work(&a.staff.organisation, other)
            .await?
            .is_none()
    {
        return Ok(refuse("other", "team-link-invalid", ""));
    }
    let mut tx = a.state.db.begin().await?;
    tx.link_reports(a.id, other, a.staff.session.user_id, a.now)
        .await?;
    a.done(tx, AuditAction::ReportsLinked, &format!("#{other}"))
        .await
}

async fn assign(a: &Act<'_>) -> Outcomes {
    let Ok(member) = a.field("member").parse::<i64>() else {
        return Ok(refuse("member", "team-member-invalid", ""));
    };
    // A member may take a new report; only a lead assigns to someone else.
    let self_take = member == a.staff.session.user_id && a.work.status == Status::New;
    if !self_take && !a.staff.session.role.leads() {
        return Err(TeamError::Forbidden);
    }
    let target = a
        .state
        .db
        .staff_user(&a.staff.organisation, member)
        .await?
        .filter(|u| u.active && u.role.works_reports());
    let Some(target) = target else {
        return Ok(refuse("member", "team-member-invalid", ""));
    };
    let mut tx = a.state.db.begin().await?;
    if !tx.assign_report(a.id, member, a.now).await? {
        return Ok(refuse("member", "team-status-invalid", ""));
    }
    a.done(tx, AuditAction::ReportAssigned, &target.display_name)
        .await
}
