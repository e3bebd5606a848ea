//! Closing a report with its outcomes: `GET` and `POST /{lang}/team/meldingen/{id}/afsluiten`.
//! A refused form comes back (422) with every problem and what was typed; closing writes the
//! status, the outcomes and the audit line in one unit of work.

use crate::pages::Lang;
use crate::{
    state::AppState,
    team::{
        session::Staff,
        shared::{self, TeamError, see_other},
    },
};
use axum::{
    Form,
    extract::{Path, State},
    http::StatusCode,
    response::{IntoResponse, Response},
};
use chrono::Utc;
use helder_app::{
    i18n::t,
    queue::pages::{ClosePage, ClosingView},
    staff::team_href,
};
use helder_domain::{
    audit::AuditAction,
    languages::Language,
    outcomes::{ClosingForm, Outcomes},
    queue::{Status, close},
    staff::Role,
};
use leptos::prelude::*;

/// The report `id` of the staff member's organisation, and its status now.
async fn report_status(
    state: &AppState,
    staff: &Staff,
    id: &str,
) -> Result<(i64, Status), TeamError> {
    staff.require(Role::works_reports)?;
    let id = id.parse::<i64>().map_err(|_| TeamError::NotFound)?;
    let work = state
        .db
        .report_work(&staff.organisation, id)
        .await?
        .ok_or(TeamError::NotFound)?;
    Ok((id, work.status))
}

async fn render(
    state: &AppState,
    lang: Language,
    staff: &Staff,
    data: ClosingView,
    status: StatusCode,
) -> Response {
    let path = team_href(lang, &format!("meldingen/{}/afsluiten", data.id));
    shared::page(
        state,
        lang,
        path,
        Some(staff.session.clone()),
        status,
        move || view! { <ClosePage data=data.clone() /> },
    )
    .await
}

/// `GET …/afsluiten`: the form; a report that cannot be closed (any more) sends back to it.
pub async fn close_page(
    State(state): State<AppState>,
    Lang(lang): Lang,
    Path((_, id)): Path<(String, String)>,
    staff: Staff,
) -> Response {
    match report_status(&state, &staff, &id).await {
        Ok((id, status)) if status.can_close() => {
            let data = ClosingView {
                id,
                ..ClosingView::default()
            };
            render(&state, lang, &staff, data, StatusCode::OK).await
        }
        Ok((id, _)) => see_other(&team_href(lang, &format!("meldingen/{id}"))),
        Err(error) => error.into_response(),
    }
}

/// `POST …/afsluiten`
pub async fn close_report(
    State(state): State<AppState>,
    Lang(lang): Lang,
    Path((_, id)): Path<(String, String)>,
    staff: Staff,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    let (id, status) = match report_status(&state, &staff, &id).await {
        Ok(found) => found,
        Err(error) => return error.into_response(),
    };
    let field = |name: &str| {
        fields
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let form = ClosingForm {
        chosen: fields
            .iter()
            .filter(|(n, _)| n == "outcome")
            .map(|(_, v)| v.clone())
            .collect(),
        repayment: field("repayment"),
        fine: field("fine"),
        percent: field("percent"),
        months: field("months"),
        referred_to: field("referred_to"),
    };
    let refused =
        |problems: Vec<(String, String)>, form: ClosingForm| ClosingView { id, form, problems };
    if !status.can_close() {
        let problem = ("outcome".to_owned(), t(lang, "team-status-invalid"));
        let data = refused(vec![problem], form);
        return render(&state, lang, &staff, data, StatusCode::UNPROCESSABLE_ENTITY).await;
    }
    let outcomes = match Outcomes::parse(&form) {
        Ok(outcomes) => outcomes,
        Err(problems) => {
            let problems = problems
                .into_iter()
                .map(|p| (p.field().to_owned(), t(lang, p.message_id())))
                .collect();
            let data = refused(problems, form);
            return render(&state, lang, &staff, data, StatusCode::UNPROCESSABLE_ENTITY).await;
        }
    };
    // Compare-and-set on the status read above: someone closing or moving it meanwhile
    // makes this write nothing.
    let closed = async {
        let mut tx = state.db.begin().await?;
        if close(status).is_err() || !tx.close_report(id, status, &outcomes, Utc::now()).await? {
            return Ok::<_, TeamError>(false);
        }
        tx.audit(
            &staff.actor(),
            AuditAction::ReportClosed,
            Some(id),
            &outcomes.detail(),
        )
        .await?;
        tx.commit().await?;
        Ok(true)
    }
    .await;
    match closed {
        Ok(true) => see_other(&team_href(lang, &format!("meldingen/{id}"))),
        // Someone else moved or closed it meanwhile: say so, with the form as it was.
        Ok(false) => {
            let problem = ("outcome".to_owned(), t(lang, "team-status-invalid"));
            let data = refused(vec![problem], form);
            render(&state, lang, &staff, data, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(error) => error.into_response(),
    }
}
