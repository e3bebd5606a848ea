//! The start of a staff page handler: who asks, in which language, and the page it ends with.

use super::{
    session::Staff,
    shared::{TeamError, page},
};
use crate::{pages::Lang, state::AppState};
use axum::{
    extract::FromRequestParts,
    http::{StatusCode, request::Parts},
    response::{IntoResponse, Response},
};
use helder_app::staff::team_href;
use helder_domain::languages::Language;

/// Who asks for a staff page, and in which language: what a page handler starts from
/// (extracted in the order of the path: the language, then the signed-in person).
pub struct Viewer {
    pub state: AppState,
    pub lang: Language,
    pub staff: Staff,
}

impl FromRequestParts<AppState> for Viewer {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let Lang(lang) = Lang::from_request_parts(parts, state).await?;
        let staff = Staff::from_request_parts(parts, state)
            .await
            .map_err(IntoResponse::into_response)?;
        Ok(Viewer {
            state: state.clone(),
            lang,
            staff,
        })
    }
}

impl Viewer {
    /// The page at `/{lang}/team/{segment}` showing what was loaded; when loading failed,
    /// the error's own answer.
    pub(crate) async fn page<T, V>(
        &self,
        segment: &str,
        loaded: Result<T, TeamError>,
        view: fn(T) -> V,
    ) -> Response
    where
        T: Clone + Send + Sync + 'static,
        V: leptos::prelude::IntoView + 'static,
    {
        self.page_with_status(segment, StatusCode::OK, loaded, view)
            .await
    }

    /// [`Viewer::page`] with another status (422 for a form that came back).
    pub(crate) async fn page_with_status<T, V>(
        &self,
        segment: &str,
        status: StatusCode,
        loaded: Result<T, TeamError>,
        view: fn(T) -> V,
    ) -> Response
    where
        T: Clone + Send + Sync + 'static,
        V: leptos::prelude::IntoView + 'static,
    {
        let data = match loaded {
            Ok(data) => data,
            Err(error) => return error.into_response(),
        };
        let path = team_href(self.lang, segment);
        let session = Some(self.staff.session.clone());
        page(&self.state, self.lang, path, session, status, move || {
            view(data.clone())
        })
        .await
    }
}
