//! Reading an upload form (the CSRF token first, each file within the limit of its kind) and
//! checking its files by their content, then moving the accepted ones into the media folder.

use super::{common::Problem, common::size_text, common::unavailable, common::unprocessable};
use crate::{
    media::{
        CsrfExpected, Media, MediaError, ReceivedFile, Upload, UploadError, new_name, read_upload,
    },
    state::AppState,
    storage::NewFilmFile,
    team::session::{Session, csrf_refused},
};
use axum::{extract::Request, http::StatusCode, response::Response};
use helder_app::films::editor::{FileForm, FormProblem};
use helder_domain::films::{
    FilmFileKind, MediaType, VttProblemKind, VttSummary, sniff, validate_vtt,
};

/// A read upload, or why not: problems to show on the form (with what was typed before the
/// problem), or the response to send.
pub(super) enum Read {
    Ok(Upload),
    Problems(Upload, Vec<Problem>),
    Respond(Response),
}

pub(super) async fn read(state: &AppState, request: Request) -> Read {
    let expected = request.extensions().get::<CsrfExpected>().cloned();
    let session = request.extensions().get::<Session>().cloned();
    let file_limit =
        |field: &str| FileForm::by_field(field).map(|form| state.media.max_bytes(form.kind));
    match read_upload(&state.media.dir, request, expected.as_ref(), file_limit).await {
        Ok(upload) => Read::Ok(upload),
        Err(UploadError::Csrf) => {
            tracing::warn!("film upload refused: CSRF token missing, wrong or not first");
            Read::Respond(csrf_refused(session.as_ref()))
        }
        Err(UploadError::TooLarge { field, partial }) => {
            let problem = too_large(&state.media, &field);
            Read::Problems(partial, vec![problem])
        }
        Err(UploadError::Malformed) => Read::Problems(
            Upload::default(),
            vec![(
                StatusCode::BAD_REQUEST,
                FormProblem::new(
                    FileForm::of(FilmFileKind::Video).field,
                    "media-upload-broken",
                ),
            )],
        ),
        Err(UploadError::Io(error)) => Read::Respond(unavailable(&error)),
    }
}

/// A file over its limit, or (any other field) a request over the whole limit: said at the
/// video, the largest.
fn too_large(media: &Media, field: &str) -> Problem {
    let form = FileForm::by_field(field).unwrap_or(FileForm::of(FilmFileKind::Video));
    let max = i64::try_from(media.max_bytes(form.kind)).unwrap_or(i64::MAX);
    (
        StatusCode::PAYLOAD_TOO_LARGE,
        FormProblem::new(form.field, "media-too-large").with("max", size_text(max)),
    )
}

/// What an uploaded file turned out to be.
pub(super) struct Checked {
    pub media: MediaType,
    /// For captions: the end of the last cue in whole seconds, roughly the film's length.
    pub duration_secs: Option<u64>,
}

/// Checks that an uploaded file is of `kind` by its content: a video or an image of a known
/// type, or sound WebVTT captions.
pub(super) async fn check_file(
    file: &ReceivedFile,
    kind: FilmFileKind,
) -> Result<Checked, Vec<Problem>> {
    if kind == FilmFileKind::Captions {
        let summary = check_captions(file).await?;
        return Ok(Checked {
            media: MediaType::Vtt,
            duration_secs: Some(summary.last_end_ms.div_ceil(1000)),
        });
    }
    match sniff(&file.head) {
        Some(media) if kind.accepts(media) => Ok(Checked {
            media,
            duration_secs: None,
        }),
        _ => {
            let form = FileForm::of(kind);
            Err(vec![(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                FormProblem::new(form.field, form.wrong_type_key),
            )])
        }
    }
}

async fn check_captions(file: &ReceivedFile) -> Result<VttSummary, Vec<Problem>> {
    let field = FileForm::of(FilmFileKind::Captions).field;
    let bytes = file.temp.read().await.map_err(|error| {
        tracing::error!(%error, "cannot read an uploaded caption file back");
        vec![unprocessable(field, "media-upload-broken")]
    })?;
    validate_vtt(&bytes).map_err(|problems| {
        problems
            .into_iter()
            // A whole file of bad lines would make a very long list; the first ten say enough.
            .take(10)
            .map(|p| {
                let status = if p.kind == VttProblemKind::NotText {
                    StatusCode::UNSUPPORTED_MEDIA_TYPE
                } else {
                    StatusCode::UNPROCESSABLE_ENTITY
                };
                (
                    status,
                    FormProblem::new(field, p.kind.key()).with("line", p.line.to_string()),
                )
            })
            .collect()
    })
}

/// A checked file, to be kept as the film's file of `kind` (captions: in `lang`).
pub(super) struct Accepted {
    pub file: ReceivedFile,
    pub media: MediaType,
    pub kind: FilmFileKind,
    pub lang: Option<String>,
}

/// Keeps accepted files under new names (the media folder, or the database).
pub(super) async fn persist(
    media: &Media,
    accepted: Vec<Accepted>,
) -> Result<Vec<NewFilmFile>, MediaError> {
    let mut stored = Vec::new();
    for Accepted {
        file,
        media: media_type,
        kind,
        lang,
    } in accepted
    {
        let name = new_name(media_type);
        let bytes = i64::try_from(file.bytes).unwrap_or(i64::MAX);
        if let Err(error) = media.keep(file.temp, &name).await {
            remove(media, &stored).await;
            return Err(error);
        }
        stored.push(NewFilmFile {
            kind,
            lang,
            stored_name: name,
            content_type: media_type.content_type(),
            bytes,
        });
    }
    Ok(stored)
}

/// Removes stored files that could not be recorded.
pub(super) async fn remove(media: &Media, files: &[NewFilmFile]) {
    for file in files {
        media.remove(&file.stored_name).await;
    }
}
