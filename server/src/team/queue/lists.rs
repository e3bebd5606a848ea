//! My queue and all open reports.

use super::common::{PAGE_SIZE, today};
use crate::team::viewer::Viewer;
use crate::{
    state::AppState,
    storage::{PageAt, QueueScope as StoreScope},
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
    // The page is found by key: after or before a report, or the last page.
    let id = |name: &str| params.get(name).and_then(|v| v.parse::<i64>().ok());
    let at = match (id("na"), id("voor"), params.contains_key("laatste")) {
        (Some(after), _, _) => PageAt::After(after),
        (None, Some(before), _) => PageAt::Before(before),
        (None, None, true) => PageAt::Last,
        (None, None, false) => PageAt::First,
    };
    let store_scope = match scope {
        QueueScope::Mine => StoreScope::Mine(staff.session.user_id),
        QueueScope::AllOpen => StoreScope::AllOpen,
    };
    let within = staff.within(municipalities.selected.as_deref());
    let mut found = state.db.queue(within, store_scope, at, PAGE_SIZE).await;
    // A key that is not (or no longer) in the list, such as a report closed meanwhile whose
    // neighbours were all closed too: the first page rather than an empty one.
    if matches!(&found, Ok(page) if page.entries.is_empty() && page.total > 0) {
        found = state
            .db
            .queue(within, store_scope, PageAt::First, PAGE_SIZE)
            .await;
    }
    let found = match found {
        Ok(found) => found,
        Err(error) => return TeamError::Storage(error).into_response(),
    };
    let calendar = match state.db.calendar(&staff.organisation).await {
        Ok(calendar) => calendar,
        Err(error) => return TeamError::Storage(error).into_response(),
    };
    let today = today();
    let limit = state.team.first_action_days;
    let rows = found
        .entries
        .into_iter()
        .map(|e| QueueRow {
            id: e.id,
            received: local_date(e.received_at),
            kinds: e.kinds.into(),
            overdue: e.status.is_open()
                && is_overdue(
                    &calendar,
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
    let path = match scope {
        QueueScope::Mine => "meldingen",
        QueueScope::AllOpen => "meldingen/alle",
    };
    let data = QueueView {
        scope,
        rows,
        total: found.total,
        before: found.before,
        after: found.after,
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
