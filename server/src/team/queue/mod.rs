//! The queue pages and everything a member does to a report. Every view of a report and every
//! change is written to the audit log; editors and admins get 403 on all of it.
//!
//! `lists` has my queue and all open reports, `report` the report page, `print` its print view, `evidence` the files sent with it, `close` closing it with its outcomes, `tip` entering a tip from another channel, `actions` what a
//! member does to a report, `team` the team page (distribution and settings) and `audit`
//! the audit log; `common` has what they share.

mod actions;
mod audit;
mod close;
mod common;
mod evidence;
mod lists;
mod print;
mod report;
mod team;
mod tip;

use crate::team::routes::StaffRoutes;
use helder_app::queue::pages::QueueScope;

/// This capability's staff routes (`/{lang}/team/…`).
pub fn routes() -> StaffRoutes {
    let get = &[axum::http::Method::GET];
    StaffRoutes::new()
        .with(
            "/{lang}/team/meldingen",
            get,
            lists::route(QueueScope::Mine),
        )
        .with(
            "/{lang}/team/meldingen/alle",
            get,
            lists::route(QueueScope::AllOpen),
        )
        .get("/{lang}/team/meldingen/nieuw", tip::tip_page)
        .post("/{lang}/team/meldingen/nieuw", tip::enter_tip)
        .get("/{lang}/team/meldingen/{id}", report::report_page)
        .get("/{lang}/team/meldingen/{id}/afdrukken", print::print_page)
        .get(
            "/{lang}/team/meldingen/{id}/bijlagen/{n}",
            evidence::evidence_file,
        )
        .get("/{lang}/team/meldingen/{id}/afsluiten", close::close_page)
        .post("/{lang}/team/meldingen/{id}/afsluiten", close::close_report)
        .post(
            "/{lang}/team/meldingen/{id}/{action}",
            actions::report_action,
        )
        .get("/{lang}/team/verdeling", team::team_page)
        .post(
            "/{lang}/team/verdeling/{id}/aanwezig",
            team::set_member_presence,
        )
        .post("/{lang}/team/verdelen", team::distribute_now)
        .post("/{lang}/team/instellingen", team::team_settings)
        .post("/{lang}/team/sluitingsdagen", team::add_closing_day)
        .post(
            "/{lang}/team/sluitingsdagen/{day}/verwijderen",
            team::remove_closing_day,
        )
        .get("/{lang}/team/logboek", audit::audit_page)
}
