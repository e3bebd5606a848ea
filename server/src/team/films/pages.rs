//! The GET pages: the list of films, the new-film form and one film; the last two are also
//! shown again, with their problems, when a form is refused.

use super::{
    common::Editor, common::Problem, common::max_mb, common::size_text, common::status_for,
    common::stored_films, common::topic_choices,
};
use crate::team::shared::TeamError;
use crate::{
    films::media_url,
    pages::Lang,
    state::AppState,
    storage::StoredFilm,
    team::{session::Staff, shared::local_date, shared::local_time, shared::page},
};
use axum::{
    extract::{Path, RawQuery, State},
    http::StatusCode,
    response::{IntoResponse, Response},
};
use helder_app::{
    films::{
        FilmCatalogue,
        editor::{
            FileForm, FileRow, FilmDetailPage, FilmDetailView, FilmListPage, FilmListView, FilmRow,
            NewFilmPage, NewFilmTyped, NewFilmView, TextTyped, film_href,
        },
    },
    staff::team_href,
};
use helder_domain::{films::FilmFileKind, languages::Language};
use leptos::prelude::*;

/// `GET /{lang}/team/films`
pub(super) async fn list_page(
    Lang(lang): Lang,
    State(state): State<AppState>,
    Editor(staff): Editor,
) -> Response {
    let films = match stored_films(&state, &staff).await {
        Ok(films) => films,
        Err(response) => return response,
    };
    let catalogue = state.places.films_of(&staff.organisation).snapshot();
    let rows: Vec<FilmRow> = films.iter().map(|f| film_row(f, &catalogue)).collect();
    page(
        &state,
        lang,
        team_href(lang, "films"),
        Some(staff.session.clone()),
        StatusCode::OK,
        move || view! { <FilmListPage data=FilmListView { films: rows.clone() } /> },
    )
    .await
}

fn film_row(film: &StoredFilm, catalogue: &FilmCatalogue) -> FilmRow {
    let dutch = Language::default_language().code;
    FilmRow {
        slug: film.slug.clone(),
        title: film
            .text(dutch)
            .map(|t| t.title.clone())
            .unwrap_or_else(|| film.slug.clone()),
        published: catalogue.get(&film.slug).is_some(),
        captions: film
            .current()
            .filter(|file| file.kind == FilmFileKind::Captions)
            .filter_map(|file| file.lang.clone())
            .collect(),
        updated: local_date(
            film.files
                .iter()
                .map(|file| file.uploaded_at)
                .chain(std::iter::once(film.created_at))
                .max()
                .unwrap_or(film.created_at),
        ),
    }
}

/// `GET /{lang}/team/films/nieuw`
pub(super) async fn new_page(
    Lang(lang): Lang,
    State(state): State<AppState>,
    Editor(staff): Editor,
) -> Response {
    render_new(&state, lang, &staff, NewFilmTyped::default(), Vec::new()).await
}

/// The new-film form, with what was typed and its problems.
pub(super) async fn render_new(
    state: &AppState,
    lang: Language,
    staff: &Staff,
    typed: NewFilmTyped,
    problems: Vec<Problem>,
) -> Response {
    let status = if problems.is_empty() {
        StatusCode::OK
    } else {
        status_for(&problems)
    };
    let view = NewFilmView {
        topics: topic_choices(state, staff),
        typed,
        problems: problems.into_iter().map(|(_, p)| p).collect(),
        max_mb: max_mb(&state.media),
    };
    page(
        state,
        lang,
        team_href(lang, "films/nieuw"),
        Some(staff.session.clone()),
        status,
        move || view! { <NewFilmPage data=view.clone() /> },
    )
    .await
}

/// `GET /{lang}/team/films/{slug}[?taal=en][&klaar=…]`
pub(super) async fn detail_page(
    Lang(lang): Lang,
    State(state): State<AppState>,
    Path((_, slug)): Path<(String, String)>,
    RawQuery(query): RawQuery,
    Editor(staff): Editor,
) -> Response {
    let extras = DetailExtras {
        text_lang: query_value(query.as_deref(), "taal"),
        done: query_value(query.as_deref(), "klaar").and_then(|klaar| done_key(&klaar)),
        ..DetailExtras::default()
    };
    render_detail(&state, lang, &staff, &slug, extras).await
}

fn query_value(query: Option<&str>, key: &str) -> Option<String> {
    form_urlencoded::parse(query.unwrap_or_default().as_bytes())
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.into_owned())
}

/// The message for `?klaar=…`, which names what was just saved.
fn done_key(klaar: &str) -> Option<&'static str> {
    match klaar {
        "aangemaakt" => Some("media-done-created"),
        "tekst" => Some("media-done-text"),
        "onderwerpen" => Some("media-done-topics"),
        action => FileForm::by_action(action).map(|form| form.done_key),
    }
}

/// What the film page shows besides the film: the text form's language and content, the
/// topics, problems and a done message.
#[derive(Default)]
pub(super) struct DetailExtras {
    pub text_lang: Option<String>,
    pub text: Option<TextTyped>,
    pub topics: Option<Vec<String>>,
    pub problems: Vec<Problem>,
    pub done: Option<&'static str>,
}

impl DetailExtras {
    /// The film page with a refused form's problems.
    pub fn refused(problems: Vec<Problem>) -> DetailExtras {
        DetailExtras {
            problems,
            ..DetailExtras::default()
        }
    }
}

/// The page of film `slug`; 404 when there is none.
pub(super) async fn render_detail(
    state: &AppState,
    lang: Language,
    staff: &Staff,
    slug: &str,
    extras: DetailExtras,
) -> Response {
    let films = match stored_films(state, staff).await {
        Ok(films) => films,
        Err(response) => return response,
    };
    let Some(film) = films.into_iter().find(|f| f.slug == slug) else {
        return TeamError::NotFound.into_response();
    };
    let status = if extras.problems.is_empty() {
        StatusCode::OK
    } else {
        status_for(&extras.problems)
    };
    let view = detail_view(state, staff, &film, extras);
    page(
        state,
        lang,
        film_href(lang, slug, ""),
        Some(staff.session.clone()),
        status,
        move || view! { <FilmDetailPage data=view.clone() /> },
    )
    .await
}

fn detail_view(
    state: &AppState,
    staff: &Staff,
    film: &StoredFilm,
    extras: DetailExtras,
) -> FilmDetailView {
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
    FilmDetailView {
        slug: film.slug.clone(),
        title: film
            .text(dutch)
            .map(|t| t.title.clone())
            .unwrap_or_else(|| film.slug.clone()),
        published: state
            .places
            .films_of(&staff.organisation)
            .snapshot()
            .get(&film.slug)
            .is_some(),
        files: film
            .files
            .iter()
            .rev()
            .map(|f| FileRow {
                kind: f.kind,
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
        topics: topic_choices(state, staff),
        chosen_topics: extras.topics.unwrap_or_else(|| film.topics.clone()),
        problems: extras.problems.into_iter().map(|(_, p)| p).collect(),
        done: extras.done,
        max_mb: max_mb(&state.media),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn done_messages_follow_the_forms() {
        assert_eq!(done_key("ondertiteling"), Some("media-done-captions"));
        assert_eq!(done_key("video"), Some("media-done-video"));
        assert_eq!(done_key("aangemaakt"), Some("media-done-created"));
        assert_eq!(done_key("captions"), None);
        assert_eq!(done_key(""), None);
    }
}
