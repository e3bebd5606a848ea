//! A file sent with a report, for the team only (intake and leads of the report's own
//! organisation). A photo, written anew by the server, opens in the browser; a PDF file is
//! only ever a download. Both under a content security policy that allows nothing to run, and
//! each opening is written to the audit log.

use crate::{
    state::AppState,
    team::{session::Staff, shared::TeamError},
};
use axum::{
    body::Body,
    extract::{Path, State},
    http::{HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
};
use helder_domain::{audit::AuditAction, staff::Role};

/// A PDF file: nothing may load or run; `sandbox` also takes it out of the site's origin.
const PDF_POLICY: &str = "default-src 'none'; sandbox";
/// A photo (written anew by the server, served as an image with `nosniff`): the same, except
/// that the browser's own image view may style itself (fit to the window, zoom on click).
const PHOTO_POLICY: &str = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox";

/// `GET /{lang}/team/meldingen/{id}/bijlagen/{n}`
pub async fn evidence_file(
    State(state): State<AppState>,
    Path((_, id, position)): Path<(String, String, String)>,
    staff: Staff,
) -> Response {
    match answer(&state, &staff, &id, &position).await {
        Ok(response) => response,
        Err(error) => error.into_response(),
    }
}

async fn answer(
    state: &AppState,
    staff: &Staff,
    id: &str,
    position: &str,
) -> Result<Response, TeamError> {
    staff.require(Role::works_reports)?;
    let (Ok(id), Ok(position)) = (id.parse::<i64>(), position.parse::<usize>()) else {
        return Err(TeamError::NotFound);
    };
    // Another organisation's report is not there, as far as this member can tell.
    if state.db.report_organisation(id).await? != Some(staff.organisation.clone()) {
        return Err(TeamError::NotFound);
    }
    let (file, bytes) = state
        .db
        .report_evidence_file(id, position)
        .await?
        .ok_or(TeamError::NotFound)?;
    state
        .db
        .audit(
            &staff.actor(),
            AuditAction::EvidenceOpened,
            Some(id),
            &file.file_name(),
        )
        .await?;
    let (disposition, policy) = if file.kind.is_photo() {
        ("inline", PHOTO_POLICY)
    } else {
        ("attachment", PDF_POLICY)
    };
    let name = format!("melding-{id}-{}", file.file_name());
    let mut response = Response::new(Body::from(bytes));
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(file.kind.mime()),
    );
    if let Ok(value) = HeaderValue::from_str(&format!("{disposition}; filename=\"{name}\"")) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(policy),
    );
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    *response.status_mut() = StatusCode::OK;
    Ok(response)
}
