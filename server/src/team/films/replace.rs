//! Replacing one file of a film: the video or the poster, or the captions in one language
//! (new captions in a language without them are added the same way).

use super::{
    change::FilmChange,
    common::Problem,
    common::unavailable,
    common::unprocessable,
    pages::DetailExtras,
    upload::{Accepted, Read, check_file, persist, read, remove},
};
use crate::team::shared::TeamError;
use crate::{
    media::{ReceivedFile, Upload},
    state::AppState,
};
use axum::{
    extract::Request,
    response::{IntoResponse, Response},
    routing::{MethodRouter, post},
};
use helder_app::films::editor::FileForm;
use helder_domain::audit::AuditAction;
use helder_domain::{films::FilmFileKind, languages::Language};

/// The handler of `POST /{lang}/team/films/{slug}/{action}` (multipart) for the form of
/// `kind`: csrf and its file (`video`, `poster`, or `captions` with `captions_lang`).
pub(super) fn route(kind: FilmFileKind) -> MethodRouter<AppState> {
    post(move |film: FilmChange, request: Request| replace_file(film, request, kind))
}

/// Replaces the film's current file of `kind` (for captions: in the chosen language); the
/// old one stays in the history.
async fn replace_file(film: FilmChange, request: Request, kind: FilmFileKind) -> Response {
    let form = FileForm::of(kind);
    let refused = |problems: Vec<Problem>| film.render(DetailExtras::refused(problems));
    let mut upload = match read(&film.state, request).await {
        Read::Ok(upload) => upload,
        Read::Problems(_, mut problems) => {
            // A broken upload is said at this form's file, whatever was sent.
            for (_, p) in &mut problems {
                if p.key == "media-upload-broken" {
                    p.field = form.field;
                }
            }
            return refused(problems).await;
        }
        Read::Respond(response) => return response,
    };
    let (file, caption_lang) = match chosen_file(&mut upload, form) {
        Ok(chosen) => chosen,
        Err(problems) => return refused(problems).await,
    };
    let checked = match check_file(&file, kind).await {
        Ok(checked) => checked,
        Err(problems) => return refused(problems).await,
    };
    let accepted = Accepted {
        file,
        media: checked.media,
        kind,
        lang: caption_lang.clone(),
    };
    if let Err(response) = record(&film, accepted).await {
        return response;
    }
    let dutch = Language::default_language().code;
    if let (Some(secs), Some(code)) = (checked.duration_secs, &caption_lang)
        && code == dutch
        && let Err(error) = film
            .state
            .db
            .set_film_duration(
                &film.staff.organisation,
                &film.slug,
                i64::try_from(secs).unwrap_or(0),
            )
            .await
    {
        tracing::warn!(%error, "could not update a film's duration");
    }
    let detail = match &caption_lang {
        Some(code) => format!("{}: {code}", film.slug),
        None => film.slug.clone(),
    };
    film.saved(
        audit_action(kind),
        &detail,
        &format!("klaar={}", form.action),
    )
    .await
}

/// The file sent with `form` and, for captions, their language.
fn chosen_file(
    upload: &mut Upload,
    form: FileForm,
) -> Result<(ReceivedFile, Option<String>), Vec<Problem>> {
    let caption_lang = (form.kind == FilmFileKind::Captions).then(|| upload.text("captions_lang"));
    if let Some(code) = &caption_lang
        && Language::from_code(code).is_none()
    {
        return Err(vec![unprocessable(
            "captions_lang",
            "media-captions-language-missing",
        )]);
    }
    match upload.take_file(form.field) {
        Some(file) => Ok((file, caption_lang)),
        None => Err(vec![unprocessable(form.field, form.missing_key)]),
    }
}

/// Moves the file into the media folder and records it as the film's current one of its
/// kind; the response to send when that fails.
async fn record(film: &FilmChange, accepted: Accepted) -> Result<(), Response> {
    let FilmChange {
        state, slug, staff, ..
    } = film;
    let stored = persist(&state.media, vec![accepted])
        .await
        .map_err(|error| unavailable(&error))?;
    let Some(new_file) = stored.first() else {
        return Err(unavailable(&"no file stored"));
    };
    match state.db.add_film_file(slug, new_file, &staff.actor()).await {
        Ok(true) => Ok(()),
        Ok(false) => {
            remove(&state.media, &stored).await;
            Err(TeamError::NotFound.into_response())
        }
        Err(error) => {
            remove(&state.media, &stored).await;
            Err(TeamError::Storage(error).into_response())
        }
    }
}

/// The audit log's name for a new file of `kind`.
fn audit_action(kind: FilmFileKind) -> AuditAction {
    match kind {
        FilmFileKind::Video => AuditAction::FilmVideoReplaced,
        FilmFileKind::Poster => AuditAction::FilmPosterReplaced,
        FilmFileKind::Captions => AuditAction::FilmCaptionsUploaded,
    }
}
