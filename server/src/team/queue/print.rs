//! A report's print view for the municipality's case file: everything the team may see of it,
//! without forms, with who printed it and when. Opening it is written to the audit log as a
//! print (which the report's history shows), not as a plain view.

use super::report::report_data;
use crate::pages::Lang;
use crate::{
    state::AppState,
    team::{
        session::Staff,
        shared::{self, TeamError, local_time},
    },
};
use axum::{
    extract::{Path, State},
    http::StatusCode,
    response::{IntoResponse, Response},
};
use helder_app::{
    queue::pages::{PrintedReport, ReportPrintPage},
    staff::team_href,
};
use helder_domain::{audit::AuditAction, staff::Role};
use leptos::prelude::*;

/// `GET /{lang}/team/meldingen/{id}/afdrukken`
pub async fn print_page(
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
    let report = match report_data(&state, lang, &staff, id, AuditAction::ReportPrinted).await {
        Ok(report) => report,
        Err(error) => return error.into_response(),
    };
    let data = PrintedReport {
        report,
        printed_by: staff.session.name.clone(),
        printed_at: local_time(chrono::Utc::now()),
    };
    shared::page(
        &state,
        lang,
        team_href(lang, &format!("meldingen/{id}/afdrukken")),
        Some(staff.session.clone()),
        StatusCode::OK,
        move || view! { <ReportPrintPage data=data.clone() /> },
    )
    .await
}
