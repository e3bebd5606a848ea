//! Who edits the install's information pages, snippets and films. They are written once for
//! every municipality (not yet per organisation), so only the editors of one organisation,
//! the first in the tenants file, may change them; anyone else gets 404 on those pages, as
//! on anything of another organisation. Without a tenants file that is everyone's
//! organisation, so nothing changes.

use super::{session::Session, shared::TeamError};
use crate::state::AppState;
use axum::{
    extract::{Request, State},
    middleware::Next,
    response::{IntoResponse, Response},
};

/// Around the editors' routes, inside the session middleware. Without a session the handler
/// sends the person to log in, as everywhere.
pub async fn editors_only(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let other = request
        .extensions()
        .get::<Session>()
        .is_some_and(|s| !state.places.writes_content(&s.stored.user.organisation));
    if other {
        return TeamError::NotFound.into_response();
    }
    next.run(request).await
}
