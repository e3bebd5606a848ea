//! My queue and all open reports.

use super::common::{PAGE_SIZE, today};
use crate::team::viewer::Viewer;
use crate::{
    state::AppState,
    storage::QueueScope as StoreScope,
    team::shared::{self, TeamError, local_date, query_map},
};
use axum::{
    extract::RawQuery,
    http::StatusCode,
    response::{IntoResponse, Response},
    routing::{MethodRouter, get},
};
use helder_app::{
    queue::pages::{QueuePage, QueueRow, QueueScope, QueueView},
    staff::{MUNICIPALITY_PARAM, team_href},
};
use helder_domain::{queue::is_overdue, staff::Role};
use leptos::prelude::*;

/// The handler of the queue page showing `scope`: `GET /{lang}/team/meldingen[/alle]`.
pub(super) fn route(scope: QueueScope) -> MethodRouter<AppState> {
    get(move |viewer: Viewer, RawQuery(q): RawQuery| queue(viewer, scope, q))
}

async fn queue(viewer: Viewer, scope: QueueScope, query: Option<String>) -> Response {
    let Viewer { state, lang, staff } = viewer;
    let state = &state;
    if let Err(error) = staff.require(Role::works_reports) {
        return error.into_response();
    }
    let params = query_map(query.as_deref());
    let municipalities = state.places.municipalities_of(
        &staff.organisation,
        params.get(MUNICIPALITY_PARAM).map(String::as_str),
    );
    let page = params
        .get("pagina")
        .and_then(|p| p.parse::<i64>().ok())
        .unwrap_or(1)
        .clamp(1, 100_000);
    let store_scope = match scope {
        QueueScope::Mine => StoreScope::Mine(staff.session.user_id),
        QueueScope::AllOpen => StoreScope::AllOpen,
    };
    let (entries, total) = match state
        .db
        .queue(
            staff.within(municipalities.selected.as_deref()),
            store_scope,
            (page - 1) * PAGE_SIZE,
            PAGE_SIZE,
        )
        .await
    {
        Ok(found) => found,
        Err(error) => return TeamError::Storage(error).into_response(),
    };
    let today = today();
    let limit = state.team.first_action_days;
    let rows = entries
        .into_iter()
        .map(|e| QueueRow {
            id: e.id,
            received: local_date(e.received_at),
            kinds: e.kinds.into(),
            overdue: e.status.is_open()
                && is_overdue(
                    e.received_at.with_timezone(&chrono::Local).date_naive(),
                    e.first_action_at.is_some(),
                    today,
                    limit,
                ),
            status: e.status,
            assignee: e.assignee,
            same_subject: e.same_subject,
            has_contact: e.has_contact,
            municipality: state.places.municipality_name(&e.municipality),
        })
        .collect();
    let pages = ((total + PAGE_SIZE - 1) / PAGE_SIZE).max(1);
    let path = match scope {
        QueueScope::Mine => "meldingen",
        QueueScope::AllOpen => "meldingen/alle",
    };
    let data = QueueView {
        scope,
        rows,
        total,
        page: page.min(pages),
        pages,
        municipalities,
    };
    shared::page(
        state,
        lang,
        team_href(lang, path),
        Some(staff.session.clone()),
        StatusCode::OK,
        move || view! { <QueuePage data=data.clone() /> },
    )
    .await
}
