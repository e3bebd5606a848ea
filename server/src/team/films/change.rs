//! A change to one existing film: the checks its handlers start with and the way they end.

use super::{
    common::{Editor, after_change, stored_films},
    pages::{DetailExtras, render_detail},
};
use crate::{
    pages::Lang,
    state::AppState,
    team::{
        session::Staff,
        shared::{TeamError, see_other},
    },
};
use axum::{
    extract::{FromRequestParts, Path},
    http::request::Parts,
    response::{IntoResponse, Response},
};
use helder_app::films::editor::film_href;
use helder_domain::{audit::AuditAction, languages::Language};

/// The answer when there is no film `slug` (or the films cannot be read).
async fn film_missing(state: &AppState, staff: &Staff, slug: &str) -> Option<Response> {
    match stored_films(state, staff).await {
        Ok(films) if films.iter().any(|f| f.slug == slug) => None,
        Ok(_) => Some(TeamError::NotFound.into_response()),
        Err(response) => Some(response),
    }
}

/// A change to an existing film (`/{lang}/team/films/{slug}/…`) by a person who may make it:
/// the checks every such handler starts with, in the order of the path (language, then the
/// person and their role, then the film: 404 when there is none).
pub(super) struct FilmChange {
    pub lang: Language,
    pub state: AppState,
    pub slug: String,
    pub staff: Staff,
}

impl FromRequestParts<AppState> for FilmChange {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let Lang(lang) = Lang::from_request_parts(parts, state).await?;
        let Path((_, slug)) = Path::<(String, String)>::from_request_parts(parts, state)
            .await
            .map_err(IntoResponse::into_response)?;
        let Editor(staff) = Editor::from_request_parts(parts, state).await?;
        if let Some(response) = film_missing(state, &staff, &slug).await {
            return Err(response);
        }
        Ok(FilmChange {
            lang,
            state: state.clone(),
            slug,
            staff,
        })
    }
}

impl FilmChange {
    /// The film's page again, with what the refused form said.
    pub(super) async fn render(&self, extras: DetailExtras) -> Response {
        render_detail(&self.state, self.lang, &self.staff, &self.slug, extras).await
    }

    /// After a saved change: the audit line and a fresh catalogue, then back to the film's
    /// page with `query` (which names what was saved).
    pub(super) async fn saved(&self, action: AuditAction, detail: &str, query: &str) -> Response {
        after_change(&self.state, &self.staff, action, detail).await;
        see_other(&format!("{}?{query}", film_href(self.lang, &self.slug, "")))
    }
}
