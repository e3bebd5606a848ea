//! The report page: everything about one report, its notes, messages and history.

use super::common::{readable_detail, today};
use crate::pages::Lang;
use crate::{
    state::AppState,
    storage::{Related, ReportWork},
    team::{
        session::Staff,
        shared::{self, TeamError, local_date, local_time},
    },
};
use axum::{
    extract::{Path, State},
    http::StatusCode,
    response::{IntoResponse, Response},
};
use helder_app::{
    queue::pages::{AnswerRow, Entry, RelatedReport, ReportPage, ReportView},
    staff::{pages::Notice, team_href},
};
use helder_domain::{
    audit::AuditAction,
    calendar::Calendar,
    languages::Language,
    queue::{Status, is_overdue, suggests_red},
    staff::Role,
};
use leptos::prelude::*;

/// The report page, with `notice` and `typed` after a refused form.
pub async fn report_view(
    state: &AppState,
    lang: Language,
    staff: &Staff,
    id: i64,
    notice: Option<Notice>,
    typed: String,
    status: StatusCode,
) -> Result<Response, TeamError> {
    let mut data = report_data(state, lang, staff, id, AuditAction::ReportViewed).await?;
    data.notice = notice;
    data.typed = typed;
    Ok(shared::page(
        state,
        lang,
        team_href(lang, &format!("meldingen/{id}")),
        Some(staff.session.clone()),
        status,
        move || view! { <ReportPage data=data.clone() /> },
    )
    .await)
}

/// Reads the report and logs that it was read (`action`: viewed or printed).
pub(super) async fn report_data(
    state: &AppState,
    lang: Language,
    staff: &Staff,
    id: i64,
    action: AuditAction,
) -> Result<ReportView, TeamError> {
    let work = state
        .db
        .report_work(&staff.organisation, id)
        .await?
        .ok_or(TeamError::NotFound)?;
    state.db.audit(&staff.actor(), action, Some(id), "").await?;
    let members = if staff.session.role.leads() {
        state
            .db
            .member_loads(&staff.organisation)
            .await?
            .into_iter()
            .map(|m| (m.id, m.name))
            .collect()
    } else {
        Vec::new()
    };
    let calendar = state.db.calendar(&staff.organisation).await?;
    let mut data = work_view(state, staff, id, &work, &calendar);
    data.answers = state
        .db
        .report_answers(id)
        .await?
        .into_iter()
        .map(|a| AnswerRow {
            question_asked: a.question_asked,
            question_nl: a.question_nl,
            answer: a.answer,
        })
        .collect();
    data.evidence = state.db.report_evidence(id).await?;
    data.related = state
        .db
        .related_reports(id)
        .await?
        .into_iter()
        .map(related)
        .collect();
    entries(state, lang, id, &mut data).await?;
    data.members = members;
    Ok(data)
}

/// The notes, messages and history of report `id`.
async fn entries(
    state: &AppState,
    lang: Language,
    id: i64,
    data: &mut ReportView,
) -> Result<(), TeamError> {
    let entry = |at, who: String, text: String| Entry {
        at: local_time(at),
        who,
        text,
    };
    data.notes = state
        .db
        .notes(id)
        .await?
        .into_iter()
        .map(|n| entry(n.created_at, n.author, n.body))
        .collect();
    data.messages = state
        .db
        .messages(id)
        .await?
        .into_iter()
        .map(|m| {
            let who = if m.author == "team" {
                "team-message-team"
            } else {
                "team-message-reporter"
            };
            entry(m.created_at, helder_app::i18n::t(lang, who), m.body)
        })
        .collect();
    data.history = state
        .db
        .report_history(id)
        .await?
        .into_iter()
        .map(|h| {
            let action = helder_app::queue::pages::audit_label(lang, &h.action);
            let detail = readable_detail(lang, &h.action, &h.detail);
            let text = if detail.is_empty() {
                action
            } else {
                format!("{action}: {detail}")
            };
            entry(h.at, h.actor, text)
        })
        .collect();
    Ok(())
}

/// The report's own fields; the lists are filled in by [`report_data`].
fn work_view(
    state: &AppState,
    staff: &Staff,
    id: i64,
    work: &ReportWork,
    calendar: &Calendar,
) -> ReportView {
    let language = Language::from_code(&work.lang)
        .map(|l| l.name.to_owned())
        .unwrap_or(work.lang.clone());
    ReportView {
        id,
        received: local_time(work.received_at),
        language,
        kinds: work.kinds.ids().to_vec(),
        status: Some(work.status),
        outcomes: work
            .outcomes
            .as_ref()
            .map(|o| o.records().to_vec())
            .unwrap_or_default(),
        assignee: work.assignee.clone(),
        assigned_to_me: work.assignee_id == Some(staff.session.user_id),
        answers: Vec::new(),
        evidence: Vec::new(),
        has_contact: work.has_contact,
        has_email: work.contact_email.is_some(),
        estimated_amount: work.estimated_amount,
        earlier_fine: work.earlier_fine,
        channel: work.channel,
        suggests_red: work.status.is_open()
            && !matches!(work.status, Status::Red)
            && suggests_red(work.estimated_amount, work.earlier_fine, today()),
        overdue: work.status.is_open()
            && is_overdue(
                calendar,
                work.received_at.with_timezone(&chrono::Local).date_naive(),
                work.first_action_at.is_some(),
                today(),
                state.team.first_action_days,
            ),
        related: Vec::new(),
        notes: Vec::new(),
        messages: Vec::new(),
        municipality: state
            .places
            .municipalities_of(&staff.organisation, None)
            .several()
            .then(|| state.places.municipality_name(&work.municipality)),
        history: Vec::new(),
        members: Vec::new(),
        notice: None,
        typed: String::new(),
    }
}

/// A related report, with why it is related.
fn related(r: Related) -> RelatedReport {
    let mut matches = Vec::new();
    if r.same_name {
        matches.push("name");
    }
    if r.same_address {
        matches.push("address");
    }
    if matches.is_empty() {
        matches.push("link");
    }
    RelatedReport {
        id: r.id,
        received: local_date(r.received_at),
        status: r.status,
        linked: r.linked,
        matches,
    }
}

pub async fn report_page(
    State(state): State<AppState>,
    Lang(lang): Lang,
    Path((_, id)): Path<(String, String)>,
    staff: Staff,
) -> Response {
    if let Err(error) = staff.require(Role::works_reports) {
        return error.into_response();
    }
    let Ok(id) = id.parse::<i64>() else {
        return TeamError::NotFound.into_response();
    };
    (report_view(
        &state,
        lang,
        &staff,
        id,
        None,
        String::new(),
        StatusCode::OK,
    )
    .await)
        .into_response()
}
