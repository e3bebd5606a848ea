//! `GET /{lang}/rechten-en-plichten/resultaten-controles`: the results of the checks for the
//! municipality of the host, per year (this year so far and the two before), from the team's
//! own figures. Nothing per person: counts below five read "fewer than 5". The figures are
//! kept a few minutes per municipality (never in the page cache, which keeps pages until
//! content changes), so a flood of readers costs the database at most one count per
//! municipality and year in that time.

use crate::{
    pages::{Lang, Render},
    state::AppState,
    storage::{StorageError, Within},
    tenancy::Here,
};
use axum::{
    Router,
    extract::State,
    http::{HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
    routing::get,
};
use chrono::Datelike;
use helder_app::rights::{
    library::TOPICS_SEGMENT,
    results::{RESULTS_SLUG, ResultsPage},
};
use helder_domain::statistics::{month_starts, public::PublicYear};
use leptos::prelude::*;
use std::time::Duration;

pub mod cache;

/// How long counted figures are shown before they are counted again.
const KEEP: Duration = Duration::from_secs(300);
/// This year and the years before it that the page shows.
const YEARS: i32 = 3;

pub fn router() -> Router<AppState> {
    Router::new().route(
        &format!("/{{lang}}/{TOPICS_SEGMENT}/{RESULTS_SLUG}"),
        get(page),
    )
}

async fn page(
    Lang(_): Lang,
    State(state): State<AppState>,
    Here(here): Here,
    render: Render,
) -> Response {
    let municipality = here.municipality.id.as_str().to_owned();
    let years = match years_for(&state, &here.organisation, &municipality).await {
        Ok(years) => years,
        Err(error) => {
            tracing::error!(%error, "counting the public results failed");
            return StatusCode::SERVICE_UNAVAILABLE.into_response();
        }
    };
    let mut response = render
        .page(StatusCode::OK, move || {
            view! { <ResultsPage years=years.clone() /> }
        })
        .await;
    // Counted figures change without a content change: the front must not keep the page.
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

async fn years_for(
    state: &AppState,
    organisation: &helder_domain::tenants::TenantId,
    municipality: &str,
) -> Result<Vec<PublicYear>, StorageError> {
    if let Some(years) = state.results.fresh(municipality, KEEP) {
        return Ok(years);
    }
    let this_year = chrono::Local::now().year();
    let mut years = Vec::new();
    for year in (this_year - YEARS + 1..=this_year).rev() {
        let Some(months) = month_starts(year, &chrono::Local) else {
            continue;
        };
        let within = Within {
            organisation,
            municipality: Some(municipality),
        };
        let figures = state.db.year_statistics(within, year, &months).await?;
        years.push(PublicYear::of(&figures, year == this_year));
    }
    state.results.keep(municipality, years.clone());
    Ok(years)
}
