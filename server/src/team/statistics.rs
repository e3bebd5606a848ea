//! The figures for the annual report: the page and the CSV export. Leads only; every export is
//! written to the audit log before the file is sent.

use super::{session::Staff, shared::TeamError};
use crate::pages::Lang;
use crate::state::AppState;
use crate::team::viewer::Viewer;
use axum::{
    extract::{RawQuery, State},
    http::{HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
};
use chrono::Datelike;
use helder_app::staff::MUNICIPALITY_PARAM;
use helder_app::statistics::pages::StatisticsPage;
use helder_app::statistics::{STATISTICS_SEGMENT, StatisticsView, YEAR_PARAM, csv};
use helder_domain::{
    audit::AuditAction,
    languages::Language,
    staff::Role,
    statistics::{label_kinds, month_starts},
};
use leptos::prelude::*;

/// This capability's staff routes (`/{lang}/team/…`).
pub fn routes() -> super::routes::StaffRoutes {
    super::routes::StaffRoutes::new()
        .get("/{lang}/team/statistiek", statistics_page)
        .get("/{lang}/team/statistiek.csv", statistics_csv)
}

/// The year asked for with `?jaar=`, or this year (also for anything that is not a year).
fn chosen_year(query: Option<&str>, this_year: i32) -> i32 {
    form_urlencoded::parse(query.unwrap_or_default().as_bytes())
        .find(|(k, _)| k == YEAR_PARAM)
        .and_then(|(_, v)| v.trim().parse::<i32>().ok())
        .filter(|y| (2000..=this_year + 1).contains(y))
        .unwrap_or(this_year)
}

/// The figures of the chosen year, with kinds labelled in `lang`.
async fn load(
    state: &AppState,
    staff: &Staff,
    lang: Language,
    query: Option<&str>,
) -> Result<StatisticsView, TeamError> {
    let this_year = chrono::Local::now().year();
    let year = chosen_year(query, this_year);
    let months = month_starts(year, &chrono::Local).ok_or(TeamError::NotFound)?;
    // One municipality's figures, or (without `?gemeente=`) all of the organisation's.
    let asked = form_urlencoded::parse(query.unwrap_or_default().as_bytes())
        .find(|(k, _)| k == MUNICIPALITY_PARAM)
        .map(|(_, v)| v.into_owned());
    let municipalities = state
        .places
        .municipalities_of(&staff.organisation, asked.as_deref());
    let figures = state
        .db
        .year_statistics(
            staff.within(municipalities.selected.as_deref()),
            year,
            &months,
        )
        .await?;
    let previous = match month_starts(year - 1, &chrono::Local) {
        Some(months) => {
            state
                .db
                .year_statistics(
                    staff.within(municipalities.selected.as_deref()),
                    year - 1,
                    &months,
                )
                .await?
        }
        None => Default::default(),
    };
    let first = state
        .db
        .first_report_year(&staff.organisation)
        .await?
        .unwrap_or(this_year)
        .min(this_year);
    let mut years: Vec<i32> = (first..=this_year).rev().collect();
    if !years.contains(&year) {
        years.push(year);
        years.sort_unstable_by(|a, b| b.cmp(a));
    }
    let questionnaire: Vec<(String, String)> = state
        .questionnaire
        .kinds
        .iter()
        .map(|k| (k.id.clone(), k.label.get(lang).to_owned()))
        .collect();
    let kinds = label_kinds(&figures.by_kind, &questionnaire);
    Ok(StatisticsView {
        figures,
        previous,
        years,
        kinds,
        municipalities,
    })
}

/// `GET /{lang}/team/statistiek?jaar=2026`
pub async fn statistics_page(viewer: Viewer, RawQuery(query): RawQuery) -> Response {
    if let Err(error) = viewer.staff.require(Role::leads) {
        return error.into_response();
    }
    let loaded = load(&viewer.state, &viewer.staff, viewer.lang, query.as_deref()).await;
    viewer
        .page(
            STATISTICS_SEGMENT,
            loaded,
            |data| view! { <StatisticsPage data /> },
        )
        .await
}

/// `GET /{lang}/team/statistiek.csv?jaar=2026`: the same figures as a download.
pub async fn statistics_csv(
    State(state): State<AppState>,
    Lang(lang): Lang,
    RawQuery(query): RawQuery,
    staff: Staff,
) -> Response {
    if let Err(error) = staff.require(Role::leads) {
        return error.into_response();
    }
    let result: Result<Response, TeamError> = async {
        let data = load(&state, &staff, lang, query.as_deref()).await?;
        let year = data.figures.year;
        let municipality = data.municipalities.selected.clone();
        // No audit line, no file.
        state
            .db
            .audit(
                &staff.actor(),
                AuditAction::StatisticsExported,
                None,
                &match &municipality {
                    Some(id) => format!("statistics {year} {id} csv"),
                    None => format!("statistics {year} csv"),
                },
            )
            .await?;
        let body = csv::statistics_csv(lang, &data);
        let disposition = format!(
            "attachment; filename=\"{}\"",
            csv::file_name(lang, year, municipality.as_deref())
        );
        let mut response = (StatusCode::OK, body).into_response();
        let headers = response.headers_mut();
        headers.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/csv; charset=utf-8"),
        );
        if let Ok(value) = HeaderValue::from_str(&disposition) {
            headers.insert(header::CONTENT_DISPOSITION, value);
        }
        Ok(response)
    }
    .await;
    result.into_response()
}

#[cfg(test)]
mod tests {
    use super::chosen_year;

    #[test]
    fn the_year_comes_from_jaar_or_is_this_year() {
        assert_eq!(chosen_year(None, 2026), 2026);
        assert_eq!(chosen_year(Some("jaar=2024"), 2026), 2024);
        assert_eq!(chosen_year(Some("x=1&jaar=+2025+"), 2026), 2025);
        assert_eq!(chosen_year(Some("jaar=twintig"), 2026), 2026);
        assert_eq!(chosen_year(Some("jaar=1999"), 2026), 2026);
        assert_eq!(chosen_year(Some("jaar=99999"), 2026), 2026);
        assert_eq!(chosen_year(Some("jaar=2027"), 2026), 2027);
    }
}
