//! A film's texts per language (title, summary, transcript) and the information pages it
//! belongs on: plain forms.

use super::{
    change::FilmChange, common::Problem, common::topic_choices, common::unprocessable,
    pages::DetailExtras,
};
use crate::storage::FilmTextRow;
use crate::team::shared::TeamError;
use axum::{
    Form,
    response::{IntoResponse, Response},
};
use helder_app::films::editor::TextTyped;
use helder_domain::audit::AuditAction;
use helder_domain::languages::Language;

const MAX_TITLE: usize = 200;
const MAX_SUMMARY: usize = 1_000;
const MAX_TRANSCRIPT: usize = 30_000;

/// Title, summary and transcript: present and not too long.
pub(super) fn check_texts(title: &str, summary: &str, transcript: &str) -> Vec<Problem> {
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

fn field(fields: &[(String, String)], name: &str) -> String {
    fields
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.trim().to_owned())
        .unwrap_or_default()
}

/// `POST /{lang}/team/films/{slug}/tekst`: csrf, text_lang, title, summary, transcript.
pub(super) async fn save_text(
    film: FilmChange,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
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
        return film.render(extras).await;
    }
    let row = FilmTextRow {
        lang: text_lang.clone(),
        title: typed.title,
        summary: typed.summary,
        transcript: typed.transcript,
    };
    if let Err(error) = film
        .state
        .db
        .save_film_text(&film.staff.organisation, &film.slug, &row)
        .await
    {
        return TeamError::Storage(error).into_response();
    }
    let detail = format!("{}: {text_lang}", film.slug);
    let done = format!("taal={text_lang}&klaar=tekst");
    film.saved(AuditAction::FilmTextSaved, &detail, &done).await
}

/// `POST /{lang}/team/films/{slug}/onderwerpen`: csrf, topic (repeated).
pub(super) async fn save_topics(
    film: FilmChange,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    let known = topic_choices(&film.state, &film.staff);
    let topics: Vec<String> = fields
        .into_iter()
        .filter(|(k, _)| k == "topic")
        .map(|(_, v)| v)
        .filter(|v| known.iter().any(|(slug, _)| slug == v))
        .collect();
    if let Err(error) = film
        .state
        .db
        .set_film_topics(&film.staff.organisation, &film.slug, &topics)
        .await
    {
        return TeamError::Storage(error).into_response();
    }
    let detail = format!("{}: {}", film.slug, topics.join(", "));
    film.saved(AuditAction::FilmTopicsSaved, &detail, "klaar=onderwerpen")
        .await
}
