//! Content editing over HTTP, for communicatie staff (role `editor`; publishing needs the
//! publishing right). Every save is a version; workflow changes are checked by
//! `helder_domain::editing::workflow`, applied compare-and-set, audit-logged, and whatever
//! changes what readers see re-renders the library at once (which also empties the page cache).
//!
//! `overview` lists every page in every language, `document` shows one page in one language,
//! `actions` applies its workflow actions, `edit` is the editor, `versions` has the versions,
//! restoring and comparing, and `snippets` the fixed texts; `common` has what they share.
//! Scheduled publication is a service: [`crate::content::scheduled`].

mod actions;
mod common;
mod document;
mod edit;
mod overview;
mod snippets;
mod versions;

use crate::state::AppState;
use axum::{
    Router,
    routing::{get, post},
};

/// This capability's staff routes (`/{lang}/team/…`).
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/{lang}/team/inhoud", get(overview::overview))
        .route(
            "/{lang}/team/inhoud/{slug}/{doc}",
            get(document::document_page),
        )
        .route(
            "/{lang}/team/inhoud/{slug}/{doc}/bewerken",
            get(edit::edit_page).post(edit::edit_save),
        )
        .route(
            "/{lang}/team/inhoud/{slug}/{doc}/versies",
            get(versions::versions_page),
        )
        .route(
            "/{lang}/team/inhoud/{slug}/{doc}/versies/{number}",
            get(versions::version_page),
        )
        .route(
            "/{lang}/team/inhoud/{slug}/{doc}/versies/{number}/terugzetten",
            post(versions::restore),
        )
        .route(
            "/{lang}/team/inhoud/{slug}/{doc}/vergelijken",
            get(versions::diff_page),
        )
        .route(
            "/{lang}/team/inhoud/{slug}/{doc}/{action}",
            post(actions::document_action),
        )
        .route("/{lang}/team/vaste-teksten", get(snippets::snippets_page))
        .route(
            "/{lang}/team/vaste-teksten/{key}",
            get(snippets::snippet_page).post(snippets::snippet_save),
        )
}
