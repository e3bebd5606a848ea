//! The queue pages and everything a member does to a report. Every view of a report and every
//! change is written to the audit log; editors and admins get 403 on all of it.
//!
//! `lists` has my queue and all open reports, `report` the report page, `actions` what a
//! member does to a report, `team` the team page (distribution and settings) and `audit`
//! the audit log; `common` has what they share.

mod actions;
mod audit;
mod common;
mod lists;
mod report;
mod team;

use crate::state::AppState;
use axum::{
    Router,
    routing::{get, post},
};
use helder_app::queue::pages::QueueScope;

/// This capability's staff routes (`/{lang}/team/…`).
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/{lang}/team/meldingen", lists::route(QueueScope::Mine))
        .route(
            "/{lang}/team/meldingen/alle",
            lists::route(QueueScope::AllOpen),
        )
        .route("/{lang}/team/meldingen/{id}", get(report::report_page))
        .route(
            "/{lang}/team/meldingen/{id}/{action}",
            post(actions::report_action),
        )
        .route("/{lang}/team/verdeling", get(team::team_page))
        .route(
            "/{lang}/team/verdeling/{id}/aanwezig",
            post(team::set_member_presence),
        )
        .route("/{lang}/team/verdelen", post(team::distribute_now))
        .route("/{lang}/team/instellingen", post(team::team_settings))
        .route("/{lang}/team/logboek", get(audit::audit_page))
}
