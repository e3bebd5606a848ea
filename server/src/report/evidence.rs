//! Photos and PDF files with a report: the page that lists them (reached from the check page),
//! adding one (a plain multipart form: no script needed) and removing one. Files are kept with
//! the draft until it is sent; see `helder_domain::report::evidence` for the rules.

use super::{
    draft::{Unavailable, load, unavailable_status},
    pages::{ReportPage, render},
    photo::{RewriteError, make_safe, turn},
    steps::{first, values},
};
use crate::{
    media::{TempFile, UploadError, read_public_upload},
    state::AppState,
};
use axum::{
    extract::{Form, Path, Request, State},
    http::{HeaderMap, StatusCode},
    response::{IntoResponse, Redirect, Response},
};
use helder_app::report::form::{FieldError, FormState, Outage};
use helder_domain::{
    languages::Language,
    report::{
        evidence::{EvidenceProblem, MAX_BYTES, check_sent},
        flow::Draft,
    },
};

/// The file input's name (and id).
pub const FILE_FIELD: &str = "bestand";

/// The visitor's complete draft, or where to go instead: the first step still to do, the
/// expired page, or the outage page.
async fn complete_draft(
    state: &AppState,
    lang: Language,
    headers: &HeaderMap,
) -> Result<(String, Draft), Response> {
    match load(state, headers).await {
        Ok(Some((hash, draft))) => match draft.complete() {
            Ok(_) => Ok((hash, draft)),
            Err(missing) => Err(Redirect::to(&missing.href(lang)).into_response()),
        },
        Ok(None) => Err(page(state, lang, FormState::default(), StatusCode::OK).await),
        Err(Unavailable) => Err(outage(state, lang).await),
    }
}

async fn page(state: &AppState, lang: Language, form: FormState, status: StatusCode) -> Response {
    render(state, lang, ReportPage::Evidence, form, status).await
}

/// The database is out of reach: the answers are safe; "try again" loads the page again (a
/// file has to be chosen again, so nothing is offered to resend).
async fn outage(state: &AppState, lang: Language) -> Response {
    let form = FormState {
        has_draft: true,
        outage: Some(Outage::default()),
        ..FormState::default()
    };
    let mut response = page(state, lang, form, StatusCode::SERVICE_UNAVAILABLE).await;
    unavailable_status(&mut response);
    response
}

/// `GET /{lang}/melden/bijlagen/toevoegen` (the address after a refused or failed upload,
/// loaded again): the files page.
pub async fn back_to_page(Path(lang): Path<String>) -> Response {
    match Language::from_code(&lang) {
        Some(lang) => Redirect::to(&ReportPage::Evidence.href(lang)).into_response(),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

/// The page with the draft's files, and `errors` when something was refused.
async fn with_files(
    state: &AppState,
    lang: Language,
    (hash, draft): (String, Draft),
    errors: Vec<FieldError>,
    status: StatusCode,
) -> Response {
    let evidence = match state.db.draft_evidence(&hash).await {
        Ok(files) => files,
        Err(error) => {
            tracing::error!(%error, "could not read a draft's files");
            return outage(state, lang).await;
        }
    };
    let form = FormState {
        has_draft: true,
        draft,
        evidence,
        errors,
        ..FormState::default()
    };
    page(state, lang, form, status).await
}

fn refused(problem: EvidenceProblem) -> Vec<FieldError> {
    vec![FieldError {
        field: FILE_FIELD.to_owned(),
        message_key: problem.message_key(),
        max: None,
    }]
}

/// `GET /{lang}/melden/bijlagen`
pub async fn evidence_page(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    headers: HeaderMap,
) -> Response {
    let Some(lang) = Language::from_code(&lang) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    match complete_draft(&state, lang, &headers).await {
        Ok(draft) => with_files(&state, lang, draft, Vec::new(), StatusCode::OK).await,
        Err(elsewhere) => elsewhere,
    }
}

/// `POST /{lang}/melden/bijlagen/toevoegen` (multipart): one file, checked, made safe and
/// kept with the draft; then the page again, listing it.
pub async fn add(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    headers: HeaderMap,
    request: Request,
) -> Response {
    let Some(lang) = Language::from_code(&lang) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    // Without a draft the body is left unread (the linger layer reads it away).
    let (hash, draft) = match complete_draft(&state, lang, &headers).await {
        Ok(found) => found,
        Err(elsewhere) => return elsewhere,
    };
    let limit = |name: &str| (name == FILE_FIELD).then_some(MAX_BYTES);
    let (bytes, head, temp) = match read_public_upload(&state.media.dir, request, limit).await {
        Ok(mut upload) => match upload.take_file(FILE_FIELD) {
            Some(file) => (file.bytes, file.head, Some(file.temp)),
            None => (0, Vec::new(), None),
        },
        Err(UploadError::TooLarge { .. }) => (MAX_BYTES + 1, Vec::new(), None),
        Err(UploadError::Malformed | UploadError::Csrf) => (0, Vec::new(), None),
        Err(UploadError::Io(error)) => {
            tracing::error!(%error, "could not receive an evidence file");
            return outage(&state, lang).await;
        }
    };
    let already = match state.db.draft_evidence(&hash).await {
        Ok(files) => files.len(),
        Err(error) => {
            tracing::error!(%error, "could not read a draft's files");
            return outage(&state, lang).await;
        }
    };
    let checked = check_sent(already, bytes, &head);
    let (sent, temp) = match (checked, temp) {
        (Ok(sent), Some(temp)) => (sent, temp),
        (Err(problem), _) => return refuse(&state, lang, (hash, draft), problem).await,
        (Ok(_), None) => {
            return refuse(&state, lang, (hash, draft), EvidenceProblem::NoFile).await;
        }
    };
    match keep(&state, &hash, sent, temp).await {
        Ok(true) => Redirect::to(&ReportPage::Evidence.href(lang)).into_response(),
        Ok(false) => refuse(&state, lang, (hash, draft), EvidenceProblem::TooMany).await,
        Err(Kept::Refused(problem)) => refuse(&state, lang, (hash, draft), problem).await,
        Err(Kept::Busy) => {
            let errors = vec![FieldError {
                field: FILE_FIELD.to_owned(),
                message_key: "report-evidence-error-busy",
                max: None,
            }];
            let mut response = with_files(
                &state,
                lang,
                (hash, draft),
                errors,
                StatusCode::SERVICE_UNAVAILABLE,
            )
            .await;
            unavailable_status(&mut response);
            response
        }
        Err(Kept::Unavailable) => outage(&state, lang).await,
    }
}

enum Kept {
    Refused(EvidenceProblem),
    Busy,
    Unavailable,
}

/// Reads the received file, makes it safe and stores it, in its turn (one file in memory at a
/// time); false when the draft was full.
async fn keep(
    state: &AppState,
    hash: &str,
    sent: helder_domain::report::evidence::SentType,
    temp: TempFile,
) -> Result<bool, Kept> {
    let _turn = turn().await.map_err(|_| Kept::Busy)?;
    let bytes = temp.read().await.map_err(|error| {
        tracing::error!(%error, "could not read a received evidence file");
        Kept::Unavailable
    })?;
    drop(temp);
    let (kind, kept) = make_safe(sent, bytes).await.map_err(|error| match error {
        RewriteError::Refused(problem) => Kept::Refused(problem),
        RewriteError::Busy => Kept::Busy,
    })?;
    state
        .db
        .add_draft_evidence(hash, kind, &kept)
        .await
        .map_err(|error| {
            tracing::error!(%error, "could not store an evidence file");
            Kept::Unavailable
        })
}

async fn refuse(
    state: &AppState,
    lang: Language,
    draft: (String, Draft),
    problem: EvidenceProblem,
) -> Response {
    let status = if problem == EvidenceProblem::TooLarge {
        StatusCode::PAYLOAD_TOO_LARGE
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    with_files(state, lang, draft, refused(problem), status).await
}

/// `POST /{lang}/melden/bijlagen/verwijderen`: removes the file numbered `bijlage` of the
/// `aantal` files the page listed.
pub async fn remove(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    headers: HeaderMap,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    let Some(lang) = Language::from_code(&lang) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let (hash, _) = match complete_draft(&state, lang, &headers).await {
        Ok(found) => found,
        Err(elsewhere) => return elsewhere,
    };
    let submitted = values(&fields);
    let position = first(&submitted, "bijlage").parse::<usize>().unwrap_or(0);
    let listed = first(&submitted, "aantal").parse::<usize>().unwrap_or(0);
    if let Err(error) = state
        .db
        .remove_draft_evidence(&hash, position, listed)
        .await
    {
        tracing::error!(%error, "could not remove an evidence file");
        return outage(&state, lang).await;
    }
    // Removed, or there was no such file (a second click): the list as it is now.
    Redirect::to(&ReportPage::Evidence.href(lang)).into_response()
}
