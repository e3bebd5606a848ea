//! Shared by this capability's handlers.

use super::super::{session::Staff, shared::TeamError};
use crate::{films::refresh, media::Media, state::AppState, storage::StoredFilm};
use axum::{
    extract::FromRequestParts,
    http::{StatusCode, request::Parts},
    response::{IntoResponse, Response},
};
use helder_app::{films::editor::FormProblem, rights::library::PageKind};
use helder_domain::audit::AuditAction;
use helder_domain::{languages::Language, staff::Role};

/// Something wrong with a form: the status it calls for and what the page says about it.
pub(super) type Problem = (StatusCode, FormProblem);

/// A person who may edit films: the role check every handler starts with, as an extractor
/// (not signed in: the sign-in page; another role: 403).
pub(super) struct Editor(pub Staff);

impl FromRequestParts<AppState> for Editor {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let staff = Staff::from_request_parts(parts, state)
            .await
            .map_err(IntoResponse::into_response)?;
        staff
            .require(Role::edits_content)
            .map_err(IntoResponse::into_response)?;
        Ok(Editor(staff))
    }
}

/// (slug, Dutch title) of every published information page of `staff`'s organisation, in
/// site order.
pub(super) fn topic_choices(state: &AppState, staff: &Staff) -> Vec<(String, String)> {
    let dutch = Language::default_language();
    let Some(place) = state.places.first_of(&staff.organisation) else {
        return Vec::new();
    };
    place
        .library
        .snapshot()
        .list(dutch, &PageKind::ALL)
        .iter()
        .map(|found| (found.page().slug.clone(), found.page().title.clone()))
        .collect()
}

/// The largest video, in MB.
pub(super) fn max_mb(media: &Media) -> u64 {
    media.max_video_bytes / (1024 * 1024)
}

pub(super) fn size_text(bytes: i64) -> String {
    if bytes >= 1024 * 1024 {
        format!("{:.1} MB", bytes as f64 / (1024.0 * 1024.0))
    } else {
        format!("{} kB", (bytes + 1023) / 1024)
    }
}

/// The status for a refused form: the most telling of its problems.
pub(super) fn status_for(problems: &[Problem]) -> StatusCode {
    [
        StatusCode::PAYLOAD_TOO_LARGE,
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        StatusCode::BAD_REQUEST,
    ]
    .into_iter()
    .find(|s| problems.iter().any(|(p, _)| p == s))
    .unwrap_or(StatusCode::UNPROCESSABLE_ENTITY)
}

pub(super) fn unprocessable(field: &'static str, key: &'static str) -> Problem {
    (
        StatusCode::UNPROCESSABLE_ENTITY,
        FormProblem::new(field, key),
    )
}

/// A problem on our side (disk, database): said plainly, never a panic or a bare 500.
pub(super) fn unavailable(error: &dyn std::fmt::Display) -> Response {
    tracing::error!(%error, "film change failed");
    (
        StatusCode::SERVICE_UNAVAILABLE,
        "De wijziging kon niet worden bewaard. Probeer het later opnieuw. / The change could not be saved. Try again later.\n",
    )
        .into_response()
}

/// The films of `staff`'s organisation.
pub(super) async fn stored_films(
    state: &AppState,
    staff: &Staff,
) -> Result<Vec<StoredFilm>, Response> {
    match state.db.films(&staff.organisation).await {
        Ok(films) => Ok(films),
        Err(error) => Err(TeamError::Storage(error).into_response()),
    }
}

pub(super) async fn after_change(
    state: &AppState,
    staff: &Staff,
    action: AuditAction,
    detail: &str,
) {
    if let Err(error) = state.db.audit(&staff.actor(), action, None, detail).await {
        tracing::error!(%error, %action, "could not write the audit log");
    }
    if let Err(error) = refresh(&state.db, &state.places, &state.library).await {
        tracing::error!(%error, "could not reload the films");
    }
    state.content.announce().await;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_most_telling_status_wins() {
        let p = FormProblem::new("video", "x");
        assert_eq!(
            status_for(&[
                (StatusCode::UNPROCESSABLE_ENTITY, p.clone()),
                (StatusCode::UNSUPPORTED_MEDIA_TYPE, p.clone())
            ]),
            StatusCode::UNSUPPORTED_MEDIA_TYPE
        );
        assert_eq!(
            status_for(&[(StatusCode::UNPROCESSABLE_ENTITY, p)]),
            StatusCode::UNPROCESSABLE_ENTITY
        );
        assert_eq!(size_text(1536), "2 kB");
        assert_eq!(size_text(3 * 1024 * 1024), "3.0 MB");
    }
}
