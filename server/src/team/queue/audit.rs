//! The audit log, with its filter. Leads only.

use super::common::{PAGE_SIZE, readable_detail};
use crate::team::viewer::Viewer;
use crate::{
    state::AppState,
    storage::AuditQuery,
    team::shared::{TeamError, local_time, query_map},
};
use axum::{
    extract::RawQuery,
    response::{IntoResponse, Response},
};
use chrono::{NaiveDate, TimeZone, Utc};
use helder_app::queue::pages::{AuditFilter, AuditPage, AuditRow, AuditView};
use helder_domain::tenants::TenantId;
use helder_domain::{audit::AuditAction, languages::Language, staff::Role};
use leptos::prelude::*;

/// Parses a date from the filter form (`YYYY-MM-DD`), as the start of that local day.
fn day_start(text: &str) -> Option<chrono::DateTime<Utc>> {
    let date = NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").ok()?;
    chrono::Local
        .from_local_datetime(&date.and_hms_opt(0, 0, 0)?)
        .earliest()
        .map(|t| t.with_timezone(&Utc))
}

/// The filter as typed, the storage query it stands for and the page asked for.
fn filter_of(q: Option<&str>) -> (AuditFilter, AuditQuery, i64) {
    let params = query_map(q);
    let get = |k: &str| {
        params
            .get(k)
            .map(|v| v.trim().chars().take(100).collect::<String>())
            .unwrap_or_default()
    };
    let filter = AuditFilter {
        actor: get("actor"),
        action: get("action"),
        report: get("report"),
        from: get("van"),
        to: get("tot"),
    };
    let query = AuditQuery {
        actor: (!filter.actor.is_empty()).then(|| filter.actor.clone()),
        action: AuditAction::parse(&filter.action),
        report_id: filter.report.trim_start_matches('#').parse().ok(),
        from: day_start(&filter.from),
        until: day_start(&filter.to).map(|t| t + chrono::Duration::days(1)),
    };
    let page = get("pagina").parse::<i64>().unwrap_or(1).clamp(1, 100_000);
    (filter, query, page)
}

/// One page of the log.
async fn audit_view(
    state: &AppState,
    organisation: &TenantId,
    lang: Language,
    filter: AuditFilter,
    query: &AuditQuery,
    page: i64,
) -> Result<AuditView, TeamError> {
    let (rows, total) = state
        .db
        .audit_log(organisation, query, (page - 1) * PAGE_SIZE, PAGE_SIZE)
        .await?;
    let actions = state.db.audit_actions(organisation).await?;
    let actions = actions.iter().map(|a| a.as_str().to_owned()).collect();
    let pages = ((total + PAGE_SIZE - 1) / PAGE_SIZE).max(1);
    Ok(AuditView {
        filter,
        rows: rows
            .into_iter()
            .map(|r| AuditRow {
                at: local_time(r.at),
                detail: readable_detail(lang, &r.action, &r.detail),
                actor: r.actor,
                action: r.action,
                report_id: r.report_id,
            })
            .collect(),
        actions,
        total,
        page: page.min(pages),
        pages,
    })
}

pub async fn audit_page(viewer: Viewer, RawQuery(q): RawQuery) -> Response {
    if let Err(error) = viewer.staff.require(Role::leads) {
        return error.into_response();
    }
    let (filter, query, page) = filter_of(q.as_deref());
    let loaded = audit_view(
        &viewer.state,
        &viewer.staff.organisation,
        viewer.lang,
        filter,
        &query,
        page,
    )
    .await;
    viewer
        .page("logboek", loaded, |data| view! { <AuditPage data /> })
        .await
}
