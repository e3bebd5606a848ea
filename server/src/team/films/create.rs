//! `POST /{lang}/team/films/nieuw`: a new film from its texts, topics, video, poster and
//! Dutch captions.

use super::{
    common::Editor,
    common::Problem,
    common::after_change,
    common::stored_films,
    common::topic_choices,
    common::unavailable,
    common::unprocessable,
    pages::render_new,
    texts::check_texts,
    upload::{Accepted, Read, check_file, persist, read, remove},
};
use crate::team::{session::Staff, shared::TeamError};
use crate::{
    media::Upload,
    pages::Lang,
    state::AppState,
    storage::{FilmTextRow, NewFilm},
    team::shared::see_other,
};
use axum::{
    extract::{Request, State},
    response::{IntoResponse, Response},
};
use helder_app::films::editor::{FileForm, NewFilmTyped, film_href};
use helder_domain::audit::AuditAction;
use helder_domain::{
    films::{FilmFileKind, valid_slug},
    languages::Language,
};

/// `POST /{lang}/team/films/nieuw` (multipart): csrf, slug, title, summary, topic…,
/// transcript, video, poster (optional), captions (Dutch).
pub(super) async fn create(
    Lang(lang): Lang,
    State(state): State<AppState>,
    Editor(staff): Editor,
    request: Request,
) -> Response {
    let known_topics = topic_choices(&state, &staff);
    let mut upload = match read(&state, request).await {
        Read::Ok(upload) => upload,
        Read::Problems(partial, problems) => {
            let typed = typed_new(&partial, &known_topics);
            return render_new(&state, lang, &staff, typed, problems).await;
        }
        Read::Respond(response) => return response,
    };
    let typed = typed_new(&upload, &known_topics);
    let mut problems = match slug_problems(&state, &staff, &typed.slug).await {
        Ok(problems) => problems,
        Err(response) => return response,
    };
    problems.extend(check_texts(&typed.title, &typed.summary, &typed.transcript));
    let (accepted, duration_secs) = check_new_files(&mut upload, &mut problems).await;
    if !problems.is_empty() {
        return render_new(&state, lang, &staff, typed, problems).await;
    }

    let stored = match persist(&state.media, accepted).await {
        Ok(stored) => stored,
        Err(error) => return unavailable(&error),
    };
    let film = new_film(&typed, duration_secs);
    match state.db.create_film(&film, &stored, &staff.actor()).await {
        Ok(true) => {}
        Ok(false) => {
            remove(&state.media, &stored).await;
            let problems = vec![unprocessable("slug", "media-slug-taken")];
            return render_new(&state, lang, &staff, typed, problems).await;
        }
        Err(error) => {
            remove(&state.media, &stored).await;
            return TeamError::Storage(error).into_response();
        }
    }
    let kinds: Vec<&str> = stored.iter().map(|f| f.kind.as_str()).collect();
    let detail = format!("{}: {}", film.slug, kinds.join(", "));
    after_change(&state, &staff, AuditAction::FilmUploaded, &detail).await;
    see_other(&format!(
        "{}?klaar=aangemaakt",
        film_href(lang, &film.slug, "")
    ))
}

/// What was typed, without topics that are not (or no longer) information pages.
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

/// A slug that is well-formed and not taken yet; the response when the films cannot be read.
async fn slug_problems(
    state: &AppState,
    staff: &Staff,
    slug: &str,
) -> Result<Vec<Problem>, Response> {
    if !valid_slug(slug) {
        return Ok(vec![unprocessable("slug", "media-slug-invalid")]);
    }
    let films = stored_films(state, staff).await?;
    if films.iter().any(|f| f.slug == slug) {
        Ok(vec![unprocessable("slug", "media-slug-taken")])
    } else {
        Ok(Vec::new())
    }
}

/// The files of a new film, in the form's order, each checked: the video, the poster (the
/// only one that may be left out) and the Dutch captions. Problems are added to `problems`;
/// the length of the film comes from its captions, in seconds (0 without them).
async fn check_new_files(upload: &mut Upload, problems: &mut Vec<Problem>) -> (Vec<Accepted>, u64) {
    let mut accepted = Vec::new();
    let mut duration_secs = 0;
    for kind in [
        FilmFileKind::Video,
        FilmFileKind::Poster,
        FilmFileKind::Captions,
    ] {
        let form = FileForm::of(kind);
        let Some(file) = upload.take_file(form.field) else {
            if kind != FilmFileKind::Poster {
                problems.push(unprocessable(form.field, form.missing_key));
            }
            continue;
        };
        match check_file(&file, kind).await {
            Ok(checked) => {
                duration_secs = checked.duration_secs.unwrap_or(duration_secs);
                let lang = (kind == FilmFileKind::Captions)
                    .then(|| Language::default_language().code.to_owned());
                accepted.push(Accepted {
                    file,
                    media: checked.media,
                    kind,
                    lang,
                });
            }
            Err(found) => problems.extend(found),
        }
    }
    (accepted, duration_secs)
}

/// The film to record: the Dutch texts and the chosen topics.
fn new_film(typed: &NewFilmTyped, duration_secs: u64) -> NewFilm {
    NewFilm {
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
    }
}
