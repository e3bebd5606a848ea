//! The overview of every page in every language (`/{lang}/team/inhoud`).

use super::common::{Fields, cell_of, current_snippets, dutch, editor, filled};
use crate::team::viewer::Viewer;
use crate::{
    state::AppState,
    storage::DocumentRow,
    team::{session::Staff, shared::TeamError, shared::query_map},
};
use axum::{extract::RawQuery, response::Response};
use helder_app::{
    editing::pages::{Cell, OverviewFilter, OverviewPage, OverviewRow, OverviewView},
    rights::library::PageKind,
};
use helder_domain::{editing::workflow, languages::LANGUAGES};
use leptos::prelude::*;
use std::collections::HashMap;

/// `/{lang}/team/inhoud`
pub async fn overview(viewer: Viewer, RawQuery(query): RawQuery) -> Response {
    let loaded = overview_view(&viewer.state, &viewer.staff, query_map(query.as_deref())).await;
    viewer
        .page("inhoud", loaded, |data| view! { <OverviewPage data /> })
        .await
}

async fn overview_view(
    state: &AppState,
    staff: &Staff,
    query: Fields,
) -> Result<OverviewView, TeamError> {
    editor(state, staff).await?;
    let mut pages = state.db.page_listing(&staff.organisation).await?;
    let rank = |kind: &str| {
        PageKind::parse(kind)
            .and_then(|k| PageKind::ALL.iter().position(|x| *x == k))
            .unwrap_or(usize::MAX)
    };
    // A variant sits right after its page.
    let base =
        |p: &crate::storage::PageListing| p.variant_of.clone().unwrap_or_else(|| p.slug.clone());
    pages.sort_by(|a, b| {
        (
            rank(&a.kind),
            a.sort_order,
            base(a),
            a.variant_of.is_some(),
            &a.slug,
        )
            .cmp(&(
                rank(&b.kind),
                b.sort_order,
                base(b),
                b.variant_of.is_some(),
                &b.slug,
            ))
    });
    let documents = state.db.documents(&staff.organisation).await?;
    let by_key: HashMap<(&str, &str), &DocumentRow> = documents
        .iter()
        .map(|d| ((d.slug.as_str(), d.lang.as_str()), d))
        .collect();
    let filter = OverviewFilter::from_query(|key| query.contains_key(key));
    let snippets = current_snippets(state, staff).await?;
    let mut view = OverviewView {
        filter,
        ..OverviewView::default()
    };
    // A page's variants follow it, marked with their municipality.
    let variants_of = |slug: &str| -> Vec<String> {
        pages
            .iter()
            .filter(|p| p.variant_of.as_deref() == Some(slug))
            .filter_map(|p| p.municipality.as_deref())
            .map(|m| state.places.municipality_name(m))
            .collect()
    };
    let marks: Vec<Vec<String>> = pages.iter().map(|p| variants_of(&p.slug)).collect();
    for (page, variants) in pages.iter().zip(marks) {
        // Retired pages are listed apart, under the table.
        if page.retired {
            view.retired.push((
                page.slug.clone(),
                filled(&snippets, dutch(), &page.dutch_title),
            ));
            continue;
        }
        let cells: Vec<Cell> = LANGUAGES
            .iter()
            .map(|l| cell_of(*l, by_key.get(&(page.slug.as_str(), l.code)).copied()))
            .collect();
        view.outdated += cells.iter().filter(|c| c.outdated).count();
        view.waiting += cells
            .iter()
            .filter(|c| {
                matches!(
                    c.draft,
                    Some(workflow::DraftState::Submitted | workflow::DraftState::Scheduled)
                )
            })
            .count();
        view.native_unchecked += cells.iter().filter(|c| c.native_unchecked).count();
        if !filter.shows(&cells) {
            continue;
        }
        view.rows.push(OverviewRow {
            title: filled(&snippets, dutch(), &page.dutch_title),
            slug: page.slug.clone(),
            cells,
            variant_for: page
                .municipality
                .as_deref()
                .map(|m| state.places.municipality_name(m)),
            variants,
            retire_requested: page.retire_requested,
        });
    }
    Ok(view)
}
