//! Films for communicatie staff (role Editor; everyone else gets 403): the list, a new film,
//! and per film its file history, replacing the video or poster, captions per language, the
//! texts per language and the information pages it belongs on. Uploads are multipart forms
//! whose CSRF token (the first field) is checked before any file is read; a file's type comes
//! from its content, never its name. Every change is audit-logged and refreshes the public
//! catalogue and page cache.

use super::{TeamError, lang_of, local_date, local_time, render_with, see_other, session::Staff};
use crate::{
    films::{media_url, refresh},
    media::{
        CsrfExpected, MAX_CAPTIONS_BYTES, MAX_POSTER_BYTES, Media, ReceivedFile, Upload,
        UploadError, new_name, read_upload,
    },
    startup::AppState,
    storage::{FilmTextRow, NewFilm, NewFilmFile, StoredFilm},
};
use axum::{
    Form, Router,
    extract::{DefaultBodyLimit, Path, RawQuery, Request, State},
    http::StatusCode,
    response::{IntoResponse, Response},
    routing::{get, post},
};
use helder_app::{
    films::editor::{
        FileRow, FilmDetailView, FilmListView, FilmRow, FormProblem, NewFilmTyped, NewFilmView,
        TextTyped, film_href,
    },
    rights::library::PageKind,
    staff::team_href,
};
use helder_domain::{
    audit::AuditAction,
    films::{MediaType, VttProblemKind, VttSummary, sniff, valid_slug, validate_vtt},
    languages::Language,
    staff::Role,
};

const MAX_TITLE: usize = 200;
const MAX_SUMMARY: usize = 1_000;
const MAX_TRANSCRIPT: usize = 30_000;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/team/films", get(list_page))
        .route("/{lang}/team/films/nieuw", get(new_page).post(create))
        .route("/{lang}/team/films/{slug}", get(detail_page))
        .route("/{lang}/team/films/{slug}/video", post(replace_video))
        .route("/{lang}/team/films/{slug}/poster", post(replace_poster))
        .route(
            "/{lang}/team/films/{slug}/ondertiteling",
            post(upload_captions),
        )
        .route("/{lang}/team/films/{slug}/tekst", post(save_text))
        .route("/{lang}/team/films/{slug}/onderwerpen", post(save_topics))
        // Upload sizes are limited per path by `media::limit_bodies` and per file while reading.
        .layer(DefaultBodyLimit::disable())
}

/// The role check every handler starts with.
async fn editor(state: &AppState, lang: Language, staff: &Staff) -> Result<(), Response> {
    match staff.require(Role::edits_content) {
        Ok(()) => Ok(()),
        Err(error) => Err(error.respond(state, lang).await),
    }
}

/// (slug, Dutch title) of every published information page, in site order.
fn topic_choices(state: &AppState) -> Vec<(String, String)> {
    let dutch = Language::default_language();
    state
        .library
        .snapshot()
        .list(dutch, &PageKind::ALL)
        .iter()
        .map(|found| (found.page().slug.clone(), found.page().title.clone()))
        .collect()
}

fn file_limit(media: &Media, field: &str) -> Option<u64> {
    match field {
        "video" => Some(media.max_video_bytes),
        "poster" => Some(MAX_POSTER_BYTES),
        "captions" => Some(MAX_CAPTIONS_BYTES),
        _ => None,
    }
}

fn max_mb(media: &Media) -> u64 {
    media.max_video_bytes / (1024 * 1024)
}

fn size_text(bytes: i64) -> String {
    if bytes >= 1024 * 1024 {
        format!("{:.1} MB", bytes as f64 / (1024.0 * 1024.0))
    } else {
        format!("{} kB", (bytes + 1023) / 1024)
    }
}

/// The status for a refused form: the most telling of its problems.
fn status_for(problems: &[(StatusCode, FormProblem)]) -> StatusCode {
    [
        StatusCode::PAYLOAD_TOO_LARGE,
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        StatusCode::BAD_REQUEST,
    ]
    .into_iter()
    .find(|s| problems.iter().any(|(p, _)| p == s))
    .unwrap_or(StatusCode::UNPROCESSABLE_ENTITY)
}

fn too_large(media: &Media, field: &str) -> (StatusCode, FormProblem) {
    let (field, max) = match field {
        "poster" => ("poster", MAX_POSTER_BYTES),
        "captions" => ("captions", MAX_CAPTIONS_BYTES),
        _ => ("video", media.max_video_bytes),
    };
    (
        StatusCode::PAYLOAD_TOO_LARGE,
        FormProblem::new(field, "media-too-large").with("max", size_text(max as i64)),
    )
}

fn unprocessable(field: &'static str, key: &'static str) -> (StatusCode, FormProblem) {
    (
        StatusCode::UNPROCESSABLE_ENTITY,
        FormProblem::new(field, key),
    )
}

/// A video or poster whose content is of the right kind.
fn check_binary(
    file: &ReceivedFile,
    field: &'static str,
    fits: fn(MediaType) -> bool,
    wrong_key: &'static str,
) -> Result<MediaType, (StatusCode, FormProblem)> {
    match sniff(&file.head) {
        Some(kind) if fits(kind) => Ok(kind),
        _ => Err((
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            FormProblem::new(field, wrong_key),
        )),
    }
}

async fn check_captions(file: &ReceivedFile) -> Result<VttSummary, Vec<(StatusCode, FormProblem)>> {
    let bytes = file.temp.read().await.map_err(|error| {
        tracing::error!(%error, "cannot read an uploaded caption file back");
        vec![unprocessable("captions", "media-upload-broken")]
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
                    FormProblem::new("captions", p.kind.key()).with("line", p.line.to_string()),
                )
            })
            .collect()
    })
}

/// Moves accepted files into the media folder under new names.
async fn persist(
    media: &Media,
    accepted: Vec<(ReceivedFile, MediaType, &'static str, Option<String>)>,
) -> std::io::Result<Vec<NewFilmFile>> {
    let mut stored = Vec::new();
    for (file, kind, role, lang) in accepted {
        let name = new_name(kind);
        let bytes = i64::try_from(file.bytes).unwrap_or(i64::MAX);
        if let Err(error) = file.temp.persist(&media.path(&name)).await {
            remove(media, &stored).await;
            return Err(error);
        }
        stored.push(NewFilmFile {
            kind: role,
            lang,
            stored_name: name,
            content_type: kind.content_type(),
            bytes,
        });
    }
    Ok(stored)
}

async fn remove(media: &Media, files: &[NewFilmFile]) {
    for file in files {
        let _ = tokio::fs::remove_file(media.path(&file.stored_name)).await;
    }
}

/// A problem on our side (disk, database): said plainly, never a panic or a bare 500.
fn unavailable(error: &dyn std::fmt::Display) -> Response {
    tracing::error!(%error, "film change failed");
    (
        StatusCode::SERVICE_UNAVAILABLE,
        "De wijziging kon niet worden bewaard. Probeer het later opnieuw. / The change could not be saved. Try again later.\n",
    )
        .into_response()
}

async fn stored_films(state: &AppState, lang: Language) -> Result<Vec<StoredFilm>, Response> {
    match state.db.films().await {
        Ok(films) => Ok(films),
        Err(error) => Err(TeamError::Storage(error).respond(state, lang).await),
    }
}

async fn after_change(state: &AppState, staff: &Staff, action: AuditAction, detail: &str) {
    if let Err(error) = state.db.audit(&staff.actor(), action, None, detail).await {
        tracing::error!(%error, %action, "could not write the audit log");
    }
    if let Err(error) = refresh(&state.db, &state.films, &state.library).await {
        tracing::error!(%error, "could not reload the films");
    }
}

/// `GET /{lang}/team/films`
pub async fn list_page(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    staff: Staff,
) -> Response {
    let lang = lang_of(&lang);
    if let Err(response) = editor(&state, lang, &staff).await {
        return response;
    }
    let films = match stored_films(&state, lang).await {
        Ok(films) => films,
        Err(response) => return response,
    };
    let catalogue = state.films.snapshot();
    let dutch = Language::default_language().code;
    let rows = films
        .iter()
        .map(|f| FilmRow {
            slug: f.slug.clone(),
            title: f
                .text(dutch)
                .map(|t| t.title.clone())
                .unwrap_or_else(|| f.slug.clone()),
            published: catalogue.get(&f.slug).is_some(),
            captions: f
                .current()
                .filter(|file| file.kind == "captions")
                .filter_map(|file| file.lang.clone())
                .collect(),
            updated: local_date(
                f.files
                    .iter()
                    .map(|file| file.uploaded_at)
                    .chain(std::iter::once(f.created_at))
                    .max()
                    .unwrap_or(f.created_at),
            ),
        })
        .collect();
    render_with(
        &state,
        &team_href(lang, "films"),
        StatusCode::OK,
        Some(staff.session.clone()),
        |ext| {
            ext.insert(FilmListView { films: rows });
        },
    )
    .await
}

async fn render_new(
    state: &AppState,
    lang: Language,
    staff: &Staff,
    typed: NewFilmTyped,
    problems: Vec<(StatusCode, FormProblem)>,
) -> Response {
    let status = if problems.is_empty() {
        StatusCode::OK
    } else {
        status_for(&problems)
    };
    let view = NewFilmView {
        topics: topic_choices(state),
        typed,
        problems: problems.into_iter().map(|(_, p)| p).collect(),
        max_mb: max_mb(&state.media),
    };
    render_with(
        state,
        &team_href(lang, "films/nieuw"),
        status,
        Some(staff.session.clone()),
        |ext| {
            ext.insert(view);
        },
    )
    .await
}

/// `GET /{lang}/team/films/nieuw`
pub async fn new_page(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    staff: Staff,
) -> Response {
    let lang = lang_of(&lang);
    if let Err(response) = editor(&state, lang, &staff).await {
        return response;
    }
    render_new(&state, lang, &staff, NewFilmTyped::default(), Vec::new()).await
}

fn typed_new(upload: &Upload, known_topics: &[(String, String)]) -> NewFilmTyped {
    NewFilmTyped {
        slug: upload.text("slug").trim().to_owned(),
        title: upload.text("title").trim().to_owned(),
        summary: upload.text("summary").trim().to_owned(),
        transcript: upload.text("transcript").trim().to_owned(),
        topics: upload
            .texts_named("topic")
            .into_iter()
            .filter(|t| known_topics.iter().any(|(slug, _)| slug == t))
            .collect(),
    }
}

/// Title, summary and transcript: present and not too long.
fn check_texts(title: &str, summary: &str, transcript: &str) -> Vec<(StatusCode, FormProblem)> {
    let mut problems = Vec::new();
    if title.is_empty() {
        problems.push(unprocessable("title", "media-title-missing"));
    } else if title.chars().count() > MAX_TITLE {
        problems.push(unprocessable("title", "media-title-too-long"));
    }
    if summary.is_empty() {
        problems.push(unprocessable("summary", "media-summary-missing"));
    } else if summary.chars().count() > MAX_SUMMARY {
        problems.push(unprocessable("summary", "media-summary-too-long"));
    }
    if transcript.is_empty() {
        problems.push(unprocessable("transcript", "media-transcript-missing"));
    } else if transcript.chars().count() > MAX_TRANSCRIPT {
        problems.push(unprocessable("transcript", "media-transcript-too-long"));
    }
    problems
}

/// Reads an upload; a refusal is returned as the response to send, or as problems to show
/// on the form (with what was typed before the problem).
enum Read {
    Ok(Upload),
    Problems(Upload, Vec<(StatusCode, FormProblem)>),
    Respond(Response),
}

async fn read(state: &AppState, lang: Language, request: Request) -> Read {
    let expected = request.extensions().get::<CsrfExpected>().cloned();
    let session = request
        .extensions()
        .get::<super::session::Session>()
        .cloned();
    match read_upload(&state.media, request, expected.as_ref(), |field| {
        file_limit(&state.media, field)
    })
    .await
    {
        Ok(upload) => Read::Ok(upload),
        Err(UploadError::Csrf) => {
            tracing::warn!("film upload refused: CSRF token missing, wrong or not first");
            Read::Respond(super::session::csrf_refused(state, lang, session.as_ref()).await)
        }
        Err(UploadError::TooLarge { field, partial }) => {
            let problem = too_large(&state.media, &field);
            Read::Problems(partial, vec![problem])
        }
        Err(UploadError::Malformed) => Read::Problems(
            Upload::default(),
            vec![(
                StatusCode::BAD_REQUEST,
                FormProblem::new("video", "media-upload-broken"),
            )],
        ),
        Err(UploadError::Io(error)) => Read::Respond(unavailable(&error)),
    }
}

/// `POST /{lang}/team/films/nieuw` (multipart): csrf, slug, title, summary, topic…,
/// transcript, video, poster (optional), captions (Dutch).
pub async fn create(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    staff: Staff,
    request: Request,
) -> Response {
    let lang = lang_of(&lang);
    if let Err(response) = editor(&state, lang, &staff).await {
        return response;
    }
    let known_topics = topic_choices(&state);
    let mut upload = match read(&state, lang, request).await {
        Read::Ok(upload) => upload,
        Read::Problems(partial, problems) => {
            let typed = typed_new(&partial, &known_topics);
            return render_new(&state, lang, &staff, typed, problems).await;
        }
        Read::Respond(response) => return response,
    };
    let typed = typed_new(&upload, &known_topics);
    let mut problems = Vec::new();
    if !valid_slug(&typed.slug) {
        problems.push(unprocessable("slug", "media-slug-invalid"));
    } else {
        match stored_films(&state, lang).await {
            Ok(films) if films.iter().any(|f| f.slug == typed.slug) => {
                problems.push(unprocessable("slug", "media-slug-taken"));
            }
            Ok(_) => {}
            Err(response) => return response,
        }
    }
    problems.extend(check_texts(&typed.title, &typed.summary, &typed.transcript));

    let mut accepted = Vec::new();
    match upload.take_file("video") {
        None => problems.push(unprocessable("video", "media-video-missing")),
        Some(file) => {
            match check_binary(&file, "video", MediaType::is_video, "media-not-a-video") {
                Ok(kind) => accepted.push((file, kind, "video", None)),
                Err(problem) => problems.push(problem),
            }
        }
    }
    if let Some(file) = upload.take_file("poster") {
        match check_binary(&file, "poster", MediaType::is_image, "media-not-an-image") {
            Ok(kind) => accepted.push((file, kind, "poster", None)),
            Err(problem) => problems.push(problem),
        }
    }
    let mut duration_secs = 0;
    match upload.take_file("captions") {
        None => problems.push(unprocessable("captions", "media-captions-missing")),
        Some(file) => match check_captions(&file).await {
            Ok(summary) => {
                duration_secs = summary.last_end_ms.div_ceil(1000);
                let dutch = Language::default_language().code.to_owned();
                accepted.push((file, MediaType::Vtt, "captions", Some(dutch)));
            }
            Err(found) => problems.extend(found),
        },
    }
    if !problems.is_empty() {
        return render_new(&state, lang, &staff, typed, problems).await;
    }

    let stored = match persist(&state.media, accepted).await {
        Ok(stored) => stored,
        Err(error) => return unavailable(&error),
    };
    let film = NewFilm {
        slug: typed.slug.clone(),
        origin: "uploaded",
        duration_secs: i64::try_from(duration_secs).unwrap_or(0),
        texts: vec![FilmTextRow {
            lang: Language::default_language().code.to_owned(),
            title: typed.title.clone(),
            summary: typed.summary.clone(),
            transcript: typed.transcript.clone(),
        }],
        topics: typed.topics.clone(),
    };
    match state.db.create_film(&film, &stored, &staff.actor()).await {
        Ok(true) => {}
        Ok(false) => {
            remove(&state.media, &stored).await;
            let problems = vec![unprocessable("slug", "media-slug-taken")];
            return render_new(&state, lang, &staff, typed, problems).await;
        }
        Err(error) => {
            remove(&state.media, &stored).await;
            return TeamError::Storage(error).respond(&state, lang).await;
        }
    }
    let kinds: Vec<&str> = stored.iter().map(|f| f.kind).collect();
    after_change(
        &state,
        &staff,
        AuditAction::FilmUploaded,
        &format!("{}: {}", film.slug, kinds.join(", ")),
    )
    .await;
    see_other(&format!(
        "{}?klaar=aangemaakt",
        film_href(lang, &film.slug, "")
    ))
}

/// What the film page shows besides the film: the text form's language and content, the
/// topics, problems and a done message.
#[derive(Default)]
struct DetailExtras {
    text_lang: Option<String>,
    text: Option<TextTyped>,
    topics: Option<Vec<String>>,
    problems: Vec<(StatusCode, FormProblem)>,
    done: Option<&'static str>,
}

async fn render_detail(
    state: &AppState,
    lang: Language,
    staff: &Staff,
    slug: &str,
    extras: DetailExtras,
) -> Response {
    let films = match stored_films(state, lang).await {
        Ok(films) => films,
        Err(response) => return response,
    };
    let Some(film) = films.into_iter().find(|f| f.slug == slug) else {
        return TeamError::NotFound.respond(state, lang).await;
    };
    let dutch = Language::default_language().code;
    let text_lang = extras
        .text_lang
        .filter(|code| Language::from_code(code).is_some())
        .unwrap_or_else(|| dutch.to_owned());
    let text = extras.text.unwrap_or_else(|| {
        film.text(&text_lang)
            .map(|t| TextTyped {
                title: t.title.clone(),
                summary: t.summary.clone(),
                transcript: t.transcript.clone(),
            })
            .unwrap_or_default()
    });
    let status = if extras.problems.is_empty() {
        StatusCode::OK
    } else {
        status_for(&extras.problems)
    };
    let view = FilmDetailView {
        slug: film.slug.clone(),
        title: film
            .text(dutch)
            .map(|t| t.title.clone())
            .unwrap_or_else(|| film.slug.clone()),
        published: state.films.snapshot().get(&film.slug).is_some(),
        files: film
            .files
            .iter()
            .rev()
            .map(|f| FileRow {
                kind: f.kind.clone(),
                lang: f.lang.clone(),
                url: media_url(&f.stored_name),
                content_type: f.content_type.clone(),
                size: size_text(f.bytes),
                uploaded: local_time(f.uploaded_at),
                uploader: f.uploader.clone(),
                replaced: f.replaced_at.map(local_time),
            })
            .collect(),
        text_lang,
        text,
        text_langs: film.texts.iter().map(|t| t.lang.clone()).collect(),
        topics: topic_choices(state),
        chosen_topics: extras.topics.unwrap_or_else(|| film.topics.clone()),
        problems: extras.problems.into_iter().map(|(_, p)| p).collect(),
        done: extras.done,
        max_mb: max_mb(&state.media),
    };
    render_with(
        state,
        &film_href(lang, slug, ""),
        status,
        Some(staff.session.clone()),
        |ext| {
            ext.insert(view);
        },
    )
    .await
}

fn query_value(query: Option<&str>, key: &str) -> Option<String> {
    form_urlencoded::parse(query.unwrap_or_default().as_bytes())
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.into_owned())
}

/// `GET /{lang}/team/films/{slug}[?taal=en][&klaar=…]`
pub async fn detail_page(
    State(state): State<AppState>,
    Path((lang, slug)): Path<(String, String)>,
    RawQuery(query): RawQuery,
    staff: Staff,
) -> Response {
    let lang = lang_of(&lang);
    if let Err(response) = editor(&state, lang, &staff).await {
        return response;
    }
    let done = match query_value(query.as_deref(), "klaar").as_deref() {
        Some("aangemaakt") => Some("media-done-created"),
        Some("video") => Some("media-done-video"),
        Some("poster") => Some("media-done-poster"),
        Some("ondertiteling") => Some("media-done-captions"),
        Some("tekst") => Some("media-done-text"),
        Some("onderwerpen") => Some("media-done-topics"),
        _ => None,
    };
    let extras = DetailExtras {
        text_lang: query_value(query.as_deref(), "taal"),
        done,
        ..DetailExtras::default()
    };
    render_detail(&state, lang, &staff, &slug, extras).await
}

/// Replaces one file of a film: the video or the poster, or the captions in one language.
async fn replace_file(
    state: AppState,
    lang: Language,
    slug: String,
    staff: Staff,
    request: Request,
    field: &'static str,
) -> Response {
    if let Err(response) = editor(&state, lang, &staff).await {
        return response;
    }
    let exists = match stored_films(&state, lang).await {
        Ok(films) => films.iter().any(|f| f.slug == slug),
        Err(response) => return response,
    };
    if !exists {
        return TeamError::NotFound.respond(&state, lang).await;
    }
    let problems_page = |problems, text_lang: Option<String>| DetailExtras {
        problems,
        text_lang,
        ..DetailExtras::default()
    };
    let mut upload = match read(&state, lang, request).await {
        Read::Ok(upload) => upload,
        Read::Problems(_, mut problems) => {
            // The form says which file was too large, whatever the field was called.
            for (_, p) in &mut problems {
                if p.key == "media-upload-broken" {
                    p.field = field;
                }
            }
            return render_detail(&state, lang, &staff, &slug, problems_page(problems, None)).await;
        }
        Read::Respond(response) => return response,
    };
    let caption_lang = (field == "captions").then(|| upload.text("captions_lang"));
    if let Some(code) = &caption_lang
        && Language::from_code(code).is_none()
    {
        let problems = vec![unprocessable(
            "captions_lang",
            "media-captions-language-missing",
        )];
        return render_detail(&state, lang, &staff, &slug, problems_page(problems, None)).await;
    }
    let Some(file) = upload.take_file(field) else {
        let key = match field {
            "video" => "media-video-missing",
            "poster" => "media-poster-missing",
            _ => "media-captions-missing",
        };
        let problems = vec![unprocessable(field, key)];
        return render_detail(&state, lang, &staff, &slug, problems_page(problems, None)).await;
    };
    let mut duration = None;
    let checked = match field {
        "video" => check_binary(&file, "video", MediaType::is_video, "media-not-a-video")
            .map_err(|p| vec![p]),
        "poster" => check_binary(&file, "poster", MediaType::is_image, "media-not-an-image")
            .map_err(|p| vec![p]),
        _ => check_captions(&file).await.map(|summary| {
            duration = Some(summary.last_end_ms.div_ceil(1000));
            MediaType::Vtt
        }),
    };
    let kind = match checked {
        Ok(kind) => kind,
        Err(problems) => {
            return render_detail(&state, lang, &staff, &slug, problems_page(problems, None)).await;
        }
    };
    let role = match field {
        "video" => "video",
        "poster" => "poster",
        _ => "captions",
    };
    let stored = match persist(&state.media, vec![(file, kind, role, caption_lang.clone())]).await {
        Ok(stored) => stored,
        Err(error) => return unavailable(&error),
    };
    let Some(new_file) = stored.first() else {
        return unavailable(&"no file stored");
    };
    match state
        .db
        .add_film_file(&slug, new_file, &staff.actor())
        .await
    {
        Ok(true) => {}
        Ok(false) => {
            remove(&state.media, &stored).await;
            return TeamError::NotFound.respond(&state, lang).await;
        }
        Err(error) => {
            remove(&state.media, &stored).await;
            return TeamError::Storage(error).respond(&state, lang).await;
        }
    }
    let dutch = Language::default_language().code;
    if let (Some(secs), Some(code)) = (duration, &caption_lang)
        && code == dutch
        && let Err(error) = state
            .db
            .set_film_duration(&slug, i64::try_from(secs).unwrap_or(0))
            .await
    {
        tracing::warn!(%error, "could not update a film's duration");
    }
    let (action, done) = match field {
        "video" => (AuditAction::FilmVideoReplaced, "video"),
        "poster" => (AuditAction::FilmPosterReplaced, "poster"),
        _ => (AuditAction::FilmCaptionsUploaded, "ondertiteling"),
    };
    let detail = match &caption_lang {
        Some(code) => format!("{slug}: {code}"),
        None => slug.clone(),
    };
    after_change(&state, &staff, action, &detail).await;
    see_other(&format!("{}?klaar={done}", film_href(lang, &slug, "")))
}

/// `POST /{lang}/team/films/{slug}/video` (multipart): csrf, video.
pub async fn replace_video(
    State(state): State<AppState>,
    Path((lang, slug)): Path<(String, String)>,
    staff: Staff,
    request: Request,
) -> Response {
    replace_file(state, lang_of(&lang), slug, staff, request, "video").await
}

/// `POST /{lang}/team/films/{slug}/poster` (multipart): csrf, poster.
pub async fn replace_poster(
    State(state): State<AppState>,
    Path((lang, slug)): Path<(String, String)>,
    staff: Staff,
    request: Request,
) -> Response {
    replace_file(state, lang_of(&lang), slug, staff, request, "poster").await
}

/// `POST /{lang}/team/films/{slug}/ondertiteling` (multipart): csrf, captions_lang, captions.
pub async fn upload_captions(
    State(state): State<AppState>,
    Path((lang, slug)): Path<(String, String)>,
    staff: Staff,
    request: Request,
) -> Response {
    replace_file(state, lang_of(&lang), slug, staff, request, "captions").await
}

fn field(fields: &[(String, String)], name: &str) -> String {
    fields
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.trim().to_owned())
        .unwrap_or_default()
}

/// `POST /{lang}/team/films/{slug}/tekst`: csrf, text_lang, title, summary, transcript.
pub async fn save_text(
    State(state): State<AppState>,
    Path((lang, slug)): Path<(String, String)>,
    staff: Staff,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    let lang = lang_of(&lang);
    if let Err(response) = editor(&state, lang, &staff).await {
        return response;
    }
    let exists = match stored_films(&state, lang).await {
        Ok(films) => films.iter().any(|f| f.slug == slug),
        Err(response) => return response,
    };
    if !exists {
        return TeamError::NotFound.respond(&state, lang).await;
    }
    let text_lang = field(&fields, "text_lang");
    let typed = TextTyped {
        title: field(&fields, "title"),
        summary: field(&fields, "summary"),
        transcript: field(&fields, "transcript"),
    };
    let mut problems = check_texts(&typed.title, &typed.summary, &typed.transcript);
    if Language::from_code(&text_lang).is_none() {
        problems.push(unprocessable("title", "media-text-language-missing"));
    }
    if !problems.is_empty() {
        let extras = DetailExtras {
            text_lang: Some(text_lang),
            text: Some(typed),
            problems,
            ..DetailExtras::default()
        };
        return render_detail(&state, lang, &staff, &slug, extras).await;
    }
    let row = FilmTextRow {
        lang: text_lang.clone(),
        title: typed.title,
        summary: typed.summary,
        transcript: typed.transcript,
    };
    if let Err(error) = state.db.save_film_text(&slug, &row).await {
        return TeamError::Storage(error).respond(&state, lang).await;
    }
    after_change(
        &state,
        &staff,
        AuditAction::FilmTextSaved,
        &format!("{slug}: {text_lang}"),
    )
    .await;
    see_other(&format!(
        "{}?taal={text_lang}&klaar=tekst",
        film_href(lang, &slug, "")
    ))
}

/// `POST /{lang}/team/films/{slug}/onderwerpen`: csrf, topic (repeated).
pub async fn save_topics(
    State(state): State<AppState>,
    Path((lang, slug)): Path<(String, String)>,
    staff: Staff,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    let lang = lang_of(&lang);
    if let Err(response) = editor(&state, lang, &staff).await {
        return response;
    }
    let exists = match stored_films(&state, lang).await {
        Ok(films) => films.iter().any(|f| f.slug == slug),
        Err(response) => return response,
    };
    if !exists {
        return TeamError::NotFound.respond(&state, lang).await;
    }
    let known = topic_choices(&state);
    let topics: Vec<String> = fields
        .into_iter()
        .filter(|(k, _)| k == "topic")
        .map(|(_, v)| v)
        .filter(|v| known.iter().any(|(slug, _)| slug == v))
        .collect();
    if let Err(error) = state.db.set_film_topics(&slug, &topics).await {
        return TeamError::Storage(error).respond(&state, lang).await;
    }
    after_change(
        &state,
        &staff,
        AuditAction::FilmTopicsSaved,
        &format!("{slug}: {}", topics.join(", ")),
    )
    .await;
    see_other(&format!("{}?klaar=onderwerpen", film_href(lang, &slug, "")))
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
