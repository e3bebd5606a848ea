//! The team page: who is present and how much each has, the daily distribution and the
//! team's settings. Leads only.

use super::common::today;
use crate::pages::Lang;
use crate::team::viewer::Viewer;
use crate::{
    state::AppState,
    team::{
        distribution,
        session::Staff,
        shared::{TeamError, local_time, query_map, see_other},
    },
};
use axum::{
    Form,
    extract::{Path, RawQuery, State},
    http::StatusCode,
    response::{IntoResponse, Response},
};
use chrono::Utc;
use helder_app::{
    queue::pages::{ClosingDayRow, MemberLoad, TeamPage, TeamView},
    staff::{pages::Notice, team_href},
};
use helder_domain::tenants::TenantId;
use helder_domain::{
    audit::AuditAction,
    calendar::{ClosingDay, parse_date},
    queue::is_overdue,
    staff::Role,
};
use leptos::prelude::*;
use std::collections::HashMap;

/// The team page's numbers.
async fn team_view(
    state: &AppState,
    organisation: &TenantId,
    notice: Option<Notice>,
) -> Result<TeamView, TeamError> {
    let members = state.db.member_loads(organisation).await?;
    let unassigned = state.db.unassigned_reports(organisation).await?.len() as i64;
    let calendar = state.db.calendar(organisation).await?;
    let today = today();
    let overdue = state
        .db
        .untouched_reports(organisation)
        .await?
        .into_iter()
        .filter(|(_, received)| {
            is_overdue(
                &calendar,
                received.with_timezone(&chrono::Local).date_naive(),
                false,
                today,
                state.team.first_action_days,
            )
        })
        .count() as i64;
    Ok(TeamView {
        members: members
            .into_iter()
            .map(|m| MemberLoad {
                id: m.id,
                name: m.name,
                present: m.present,
                open: m.open,
                new: m.new,
            })
            .collect(),
        unassigned,
        overdue,
        require_totp: state.db.require_totp(organisation).await?,
        last_distribution: state
            .db
            .last_job_run(distribution::JOB)
            .await?
            .map(local_time),
        notice,
        closing_days: state
            .db
            .closing_days(organisation)
            .await?
            .into_iter()
            .map(|d| ClosingDayRow {
                iso: d.day.format("%Y-%m-%d").to_string(),
                label: d.day.format("%d-%m-%Y").to_string(),
                reason: d.reason,
            })
            .collect(),
        closing_typed: Default::default(),
        closing_problems: Vec::new(),
    })
}

pub async fn team_page(viewer: Viewer, RawQuery(q): RawQuery) -> Response {
    if let Err(error) = viewer.staff.require(Role::leads) {
        return error.into_response();
    }
    let notice = query_map(q.as_deref())
        .get("verdeeld")
        .and_then(|n| n.parse::<i64>().ok())
        .map(|_| Notice::Done("team-distributed"));
    let loaded = team_view(&viewer.state, &viewer.staff.organisation, notice).await;
    viewer
        .page("verdeling", loaded, |data| view! { <TeamPage data /> })
        .await
}

pub async fn distribute_now(
    State(state): State<AppState>,
    Lang(lang): Lang,
    staff: Staff,
) -> Response {
    if let Err(error) = staff.require(Role::leads) {
        return error.into_response();
    }
    match distribution::distribute(&state.db, &staff.actor(), &Utc::now().to_rfc3339()).await {
        Ok(count) => see_other(&format!(
            "{}?verdeeld={count}",
            team_href(lang, "verdeling")
        )),
        Err(error) => TeamError::Storage(error).into_response(),
    }
}

pub async fn set_member_presence(
    State(state): State<AppState>,
    Lang(lang): Lang,
    Path((_, id)): Path<(String, String)>,
    staff: Staff,
    Form(fields): Form<HashMap<String, String>>,
) -> Response {
    if let Err(error) = staff.require(Role::leads) {
        return error.into_response();
    }
    let Ok(id) = id.parse::<i64>() else {
        return TeamError::NotFound.into_response();
    };
    let present = fields.get("present").map(String::as_str) == Some("true");
    match state.db.set_present(&staff.organisation, id, present).await {
        Ok(true) => {}
        Ok(false) => return TeamError::NotFound.into_response(),
        Err(error) => return TeamError::Storage(error).into_response(),
    }
    see_other(&team_href(lang, "verdeling"))
}

pub async fn team_settings(
    State(state): State<AppState>,
    Lang(lang): Lang,
    staff: Staff,
    Form(fields): Form<HashMap<String, String>>,
) -> Response {
    if let Err(error) = staff.require(Role::leads) {
        return error.into_response();
    }
    let on = fields.get("require_totp").map(String::as_str) == Some("true");
    if let Err(error) = state.db.set_require_totp(&staff.organisation, on).await {
        return TeamError::Storage(error).into_response();
    }
    let _ = state
        .db
        .audit(
            &staff.actor(),
            AuditAction::SettingsChanged,
            None,
            if on {
                "require_totp on"
            } else {
                "require_totp off"
            },
        )
        .await;
    see_other(&team_href(lang, "verdeling"))
}

/// `POST /{lang}/team/sluitingsdagen`: adds one of the organisation's own closing days. A
/// mistake brings the team page back (422) with the form as it was sent.
pub async fn add_closing_day(
    viewer: Viewer,
    Form(fields): Form<HashMap<String, String>>,
) -> Response {
    let Viewer { state, lang, staff } = &viewer;
    if let Err(error) = staff.require(Role::leads) {
        return error.into_response();
    }
    let field = |name: &str| fields.get(name).cloned().unwrap_or_default();
    let (day, reason) = (field("day"), field("reason"));
    let closing = match ClosingDay::parse(&day, &reason) {
        Ok(closing) => closing,
        Err(error) => {
            let problem = (
                error.field().to_owned(),
                helder_app::i18n::t(*lang, error.message_id()),
            );
            let loaded = team_view(state, &staff.organisation, None)
                .await
                .map(|mut data| {
                    data.closing_typed = (day, reason);
                    data.closing_problems = vec![problem];
                    data
                });
            return viewer
                .page_with_status(
                    "verdeling",
                    StatusCode::UNPROCESSABLE_ENTITY,
                    loaded,
                    |data| view! { <TeamPage data /> },
                )
                .await;
        }
    };
    match state
        .db
        .add_closing_day(&staff.organisation, &closing)
        .await
    {
        Ok(true) => {
            let detail = format!(
                "closing day {} added: {}",
                closing.day.format("%Y-%m-%d"),
                closing.reason
            );
            if let Err(error) = state
                .db
                .audit(&staff.actor(), AuditAction::SettingsChanged, None, &detail)
                .await
            {
                return TeamError::Storage(error).into_response();
            }
        }
        // Already a closing day: sending the form twice changes nothing.
        Ok(false) => {}
        Err(error) => return TeamError::Storage(error).into_response(),
    }
    see_other(&format!("{}#sluitingsdagen", team_href(*lang, "verdeling")))
}

/// `POST /{lang}/team/sluitingsdagen/{day}/verwijderen`.
pub async fn remove_closing_day(
    State(state): State<AppState>,
    Lang(lang): Lang,
    Path((_, day)): Path<(String, String)>,
    staff: Staff,
) -> Response {
    if let Err(error) = staff.require(Role::leads) {
        return error.into_response();
    }
    let Some(day) = parse_date(&day) else {
        return TeamError::NotFound.into_response();
    };
    match state.db.remove_closing_day(&staff.organisation, day).await {
        Ok(true) => {}
        Ok(false) => return TeamError::NotFound.into_response(),
        Err(error) => return TeamError::Storage(error).into_response(),
    }
    let detail = format!("closing day {} removed", day.format("%Y-%m-%d"));
    if let Err(error) = state
        .db
        .audit(&staff.actor(), AuditAction::SettingsChanged, None, &detail)
        .await
    {
        return TeamError::Storage(error).into_response();
    }
    see_other(&format!("{}#sluitingsdagen", team_href(lang, "verdeling")))
}
