//! `/{lang}/team/films/nieuw`: the form for a new film with its texts, topics and files.

use super::{
    common::{FileForm, films_href},
    form::{FormProblem, ProblemSummary, file_input, heading, text_field, topic_checkboxes},
};
use crate::{
    i18n::{t, t_args, use_language},
    staff::{CsrfField, staff_session, team_href},
};
use helder_domain::films::FilmFileKind;
use leptos::prelude::*;

/// What was typed in the new-film form (files cannot be kept: they must be chosen again).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NewFilmTyped {
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub transcript: String,
    pub topics: Vec<String>,
}

#[derive(Debug, Clone, Default)]
pub struct NewFilmView {
    /// (slug, Dutch title) of every information page.
    pub topics: Vec<(String, String)>,
    pub typed: NewFilmTyped,
    pub problems: Vec<FormProblem>,
    /// Largest video, in MB.
    pub max_mb: u64,
}

/// `/{lang}/team/films/nieuw`
#[component]
pub fn NewFilmPage(data: NewFilmView) -> impl IntoView {
    let lang = use_language();
    let csrf = staff_session().map(|s| s.csrf).unwrap_or_default();
    let p = &data.problems;
    let typed = data.typed.clone();
    let max = data.max_mb.to_string();
    let video = FileForm::of(FilmFileKind::Video);
    let poster = FileForm::of(FilmFileKind::Poster);
    let captions = FileForm::of(FilmFileKind::Captions);
    view! {
        <p class="hl-body"><a href=films_href(lang)>{t(lang, "media-back-to-films")}</a></p>
        {heading(lang, t(lang, "media-new-film"), p)}
        <ProblemSummary problems=p.clone() />
        <p class="hl-body">{t(lang, "media-new-film-lead")}</p>
        <form class="hl-film-editor__form" method="post" action=team_href(lang, "films/nieuw")
            enctype="multipart/form-data" novalidate=true>
            // First in the form: the server checks it before it reads any file.
            <CsrfField token=csrf />
            {text_field(lang, p, "slug", "media-slug", Some("media-slug-hint"), typed.slug, None)}
            {text_field(lang, p, "title", "media-title-nl", None, typed.title, None)}
            {text_field(lang, p, "summary", "media-summary", Some("media-summary-hint"), typed.summary, Some(3))}
            {topic_checkboxes(lang, p, &data.topics, &typed.topics)}
            {text_field(lang, p, "transcript", "media-transcript", Some("media-transcript-hint"), typed.transcript, Some(12))}
            {file_input(lang, p, video, "media-video", t_args(lang, "media-video-hint", &[("max", &max)]), true)}
            {file_input(lang, p, poster, "media-poster", t(lang, "media-poster-hint"), false)}
            {file_input(lang, p, captions, "media-captions-nl", t(lang, "media-captions-hint"), true)}
            {(!p.is_empty()).then(|| view! { <p class="hl-body">{t(lang, "media-choose-files-again")}</p> })}
            <button class="hl-button" type="submit">{t(lang, "media-upload-button")}</button>
        </form>
    }
}
