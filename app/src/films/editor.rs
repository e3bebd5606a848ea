//! Staff pages for films (communicatie, role Editor): the list, a new film, and one film with
//! its file history and forms to replace the video or poster, add captions per language and
//! edit the texts. The server checks the role, reads the uploads and puts one of the view
//! types below in the request; these components only render. Every form works without
//! JavaScript: uploads are plain `multipart/form-data` forms with the CSRF field first.

use crate::{
    i18n::{t, t_args, use_language},
    layout::PageTitle,
    staff::{CsrfField, staff_session, team_href},
};
use helder_domain::{
    films::FilmFileKind,
    languages::{LANGUAGES, Language},
};
use leptos::prelude::*;

/// `/{lang}/team/films`
pub fn films_href(lang: Language) -> String {
    team_href(lang, "films")
}

/// `/{lang}/team/films/{slug}` (and `…/{slug}/{action}`).
pub fn film_href(lang: Language, slug: &str, action: &str) -> String {
    if action.is_empty() {
        team_href(lang, &format!("films/{slug}"))
    } else {
        team_href(lang, &format!("films/{slug}/{action}"))
    }
}

/// One thing wrong with a film form: the field's id, a Fluent key (media.ftl) and its arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormProblem {
    pub field: &'static str,
    pub key: &'static str,
    pub args: Vec<(&'static str, String)>,
}

impl FormProblem {
    pub fn new(field: &'static str, key: &'static str) -> FormProblem {
        FormProblem {
            field,
            key,
            args: Vec::new(),
        }
    }

    pub fn with(mut self, name: &'static str, value: impl Into<String>) -> FormProblem {
        self.args.push((name, value.into()));
        self
    }

    fn text(&self, lang: Language) -> String {
        let args: Vec<(&'static str, &str)> =
            self.args.iter().map(|(k, v)| (*k, v.as_str())).collect();
        t_args(lang, self.key, &args)
    }
}

/// GOV.UK error summary listing every problem, each linking to its field.
#[component]
fn ProblemSummary(problems: Vec<FormProblem>) -> impl IntoView {
    let lang = use_language();
    (!problems.is_empty()).then(|| {
        let items = problems
            .iter()
            .map(|p| view! { <li><a href=format!("#{}", p.field)>{p.text(lang)}</a></li> })
            .collect_view();
        view! {
            <div class="hl-error-summary" role="alert" tabindex="-1">
                <h2 class="hl-heading-m">{t(lang, "team-error-summary")}</h2>
                <ul class="hl-list">{items}</ul>
            </div>
        }
    })
}

fn field_errors(lang: Language, problems: &[FormProblem], field: &str) -> Option<AnyView> {
    let mine: Vec<String> = problems
        .iter()
        .filter(|p| p.field == field)
        .map(|p| p.text(lang))
        .collect();
    (!mine.is_empty()).then(|| {
        let lines = mine
            .into_iter()
            .map(|text| view! { <span class="hl-film-editor__error-line">{text}</span> })
            .collect_view();
        view! { <p class="hl-error-message" id=format!("{field}-error")>{lines}</p> }.into_any()
    })
}

fn invalid(problems: &[FormProblem], field: &str) -> Option<&'static str> {
    problems.iter().any(|p| p.field == field).then_some("true")
}

fn described_by(problems: &[FormProblem], field: &str, hint: bool) -> Option<String> {
    let mut ids = Vec::new();
    if hint {
        ids.push(format!("{field}-hint"));
    }
    if problems.iter().any(|p| p.field == field) {
        ids.push(format!("{field}-error"));
    }
    (!ids.is_empty()).then(|| ids.join(" "))
}

fn heading(lang: Language, text: String, problems: &[FormProblem]) -> impl IntoView + use<> {
    let title = if problems.is_empty() {
        text.clone()
    } else {
        format!("{}: {text}", t(lang, "team-error-prefix"))
    };
    view! {
        <PageTitle text=title />
        <h1 class="hl-heading-xl">{text}</h1>
    }
}

fn done_banner(lang: Language, done: Option<&'static str>) -> Option<impl IntoView + use<>> {
    done.map(|key| {
        view! {
            <div class="hl-notice hl-notice--success" role="status">
                <p class="hl-body">{t(lang, key)}</p>
            </div>
        }
    })
}

/// A file input with its label, hint and errors.
fn file_input(
    lang: Language,
    problems: &[FormProblem],
    field: &'static str,
    label_key: &'static str,
    hint: String,
    accept: &'static str,
    required: bool,
) -> impl IntoView + use<> {
    view! {
        <div class="hl-form-group">
            <label class="hl-label" for=field>{t(lang, label_key)}</label>
            <p class="hl-hint" id=format!("{field}-hint")>{hint}</p>
            {field_errors(lang, problems, field)}
            <input class="hl-file-upload" type="file" id=field name=field accept=accept
                required=required aria-invalid=invalid(problems, field)
                aria-describedby=described_by(problems, field, true) />
        </div>
    }
}

/// A text input or text area with its label and errors.
#[allow(clippy::too_many_arguments)]
fn text_field(
    lang: Language,
    problems: &[FormProblem],
    field: &'static str,
    label_key: &'static str,
    hint_key: Option<&'static str>,
    value: String,
    rows: Option<u32>,
) -> impl IntoView + use<> {
    let hint = hint_key
        .map(|key| view! { <p class="hl-hint" id=format!("{field}-hint")>{t(lang, key)}</p> });
    let input = match rows {
        Some(rows) => view! {
            <textarea class="hl-textarea" id=field name=field rows=rows.to_string()
                aria-invalid=invalid(problems, field)
                aria-describedby=described_by(problems, field, hint_key.is_some())>{crate::layout::textarea_text(&value)}</textarea>
        }
        .into_any(),
        None => view! {
            <input class="hl-input hl-input--wide" type="text" id=field name=field value=value
                aria-invalid=invalid(problems, field)
                aria-describedby=described_by(problems, field, hint_key.is_some()) />
        }
        .into_any(),
    };
    view! {
        <div class="hl-form-group">
            <label class="hl-label" for=field>{t(lang, label_key)}</label>
            {hint}
            {field_errors(lang, problems, field)}
            {input}
        </div>
    }
}

fn topic_checkboxes(
    lang: Language,
    problems: &[FormProblem],
    topics: &[(String, String)],
    chosen: &[String],
) -> impl IntoView + use<> {
    let boxes = topics
        .iter()
        .enumerate()
        .map(|(i, (slug, title))| {
            // The first box carries the group's id, so the error summary can link to it.
            let id = if i == 0 {
                "topics".to_owned()
            } else {
                format!("topics-{slug}")
            };
            view! {
                <div class="hl-checkbox">
                    <input class="hl-checkbox__input" type="checkbox" id=id.clone() name="topic"
                        value=slug.clone() checked=chosen.contains(slug) />
                    <label class="hl-checkbox__label" for=id>{title.clone()} " (" {slug.clone()} ")"</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="hl-fieldset">
            <legend class="hl-fieldset__legend hl-label">{t(lang, "media-topics")}</legend>
            <p class="hl-hint">{t(lang, "media-topics-hint")}</p>
            {field_errors(lang, problems, "topics")}
            {boxes}
        </fieldset>
    }
}

/// One row of the list of films.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FilmRow {
    pub slug: String,
    pub title: String,
    /// Shown on the public site (a Dutch text and a video).
    pub published: bool,
    /// Languages with captions.
    pub captions: Vec<String>,
    pub updated: String,
}

#[derive(Debug, Clone, Default)]
pub struct FilmListView {
    pub films: Vec<FilmRow>,
}

/// `/{lang}/team/films`
#[component]
pub fn FilmListPage(data: FilmListView) -> impl IntoView {
    let lang = use_language();
    let rows = data
        .films
        .iter()
        .map(|row| {
            view! {
                <tr>
                    <td><a href=film_href(lang, &row.slug, "")>{row.title.clone()}</a></td>
                    <td><code>{row.slug.clone()}</code></td>
                    <td>{t(lang, if row.published { "media-published" } else { "media-not-published" })}</td>
                    <td>{row.captions.join(", ")}</td>
                    <td>{row.updated.clone()}</td>
                </tr>
            }
        })
        .collect_view();
    let heading_text = t(lang, "media-films-title");
    view! {
        {heading(lang, heading_text.clone(), &[])}
        <p class="hl-body">{t(lang, "media-films-lead")}</p>
        <p class="hl-body">
            <a class="hl-button" href=team_href(lang, "films/nieuw")>{t(lang, "media-new-film")}</a>
        </p>
        <div class="hl-table-wrap">
            <table class="hl-table">
                <caption class="hl-visually-hidden">{heading_text}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t(lang, "media-title")}</th>
                        <th scope="col">{t(lang, "media-slug")}</th>
                        <th scope="col">{t(lang, "media-status")}</th>
                        <th scope="col">{t(lang, "media-captions-languages")}</th>
                        <th scope="col">{t(lang, "media-updated")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

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
            {file_input(lang, p, "video", "media-video", t_args(lang, "media-video-hint", &[("max", &max)]), "video/webm,video/mp4,.webm,.mp4", true)}
            {file_input(lang, p, "poster", "media-poster", t(lang, "media-poster-hint"), "image/jpeg,image/png,image/webp", false)}
            {file_input(lang, p, "captions", "media-captions-nl", t(lang, "media-captions-hint"), "text/vtt,.vtt", true)}
            {(!p.is_empty()).then(|| view! { <p class="hl-body">{t(lang, "media-choose-files-again")}</p> })}
            <button class="hl-button" type="submit">{t(lang, "media-upload-button")}</button>
        </form>
    }
}

/// One file of a film, current or replaced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileRow {
    pub kind: FilmFileKind,
    pub lang: Option<String>,
    pub url: String,
    pub content_type: String,
    pub size: String,
    pub uploaded: String,
    pub uploader: String,
    pub replaced: Option<String>,
}

/// The texts of a film in one language, as stored or as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextTyped {
    pub title: String,
    pub summary: String,
    pub transcript: String,
}

#[derive(Debug, Clone, Default)]
pub struct FilmDetailView {
    pub slug: String,
    pub title: String,
    pub published: bool,
    pub files: Vec<FileRow>,
    /// Language of the text form (`?taal=`), and the languages that have a text.
    pub text_lang: String,
    pub text: TextTyped,
    pub text_langs: Vec<String>,
    pub topics: Vec<(String, String)>,
    pub chosen_topics: Vec<String>,
    pub problems: Vec<FormProblem>,
    pub done: Option<&'static str>,
    pub max_mb: u64,
}

fn language_name(code: &str) -> String {
    LANGUAGES
        .iter()
        .find(|l| l.code == code)
        .map(|l| l.name.to_owned())
        .unwrap_or_else(|| code.to_owned())
}

/// `/{lang}/team/films/{slug}`
#[component]
pub fn FilmDetailPage(data: FilmDetailView) -> impl IntoView {
    let lang = use_language();
    let csrf = staff_session().map(|s| s.csrf).unwrap_or_default();
    let p = &data.problems;
    let slug = data.slug.clone();
    let max = data.max_mb.to_string();
    let public = data.published.then(|| {
        let href = format!("/{}/films/{}", lang.code, slug);
        view! { <p class="hl-body"><a href=href.clone()>{t(lang, "media-public-page")}</a> " " <code>{href}</code></p> }
    });
    let rows = data
        .files
        .iter()
        .map(|f| {
            let kind = t(lang, &format!("media-kind-{}", f.kind.as_str()));
            let kind = match &f.lang {
                Some(code) => format!("{kind} ({})", language_name(code)),
                None => kind,
            };
            let state = match &f.replaced {
                Some(at) => t_args(lang, "media-replaced-at", &[("at", at)]),
                None => t(lang, "media-current"),
            };
            view! {
                <tr class=if f.replaced.is_some() { "hl-film-editor__old" } else { "" }>
                    <td>{kind}</td>
                    <td><a href=f.url.clone()>{f.content_type.clone()}</a></td>
                    <td>{f.size.clone()}</td>
                    <td>{f.uploaded.clone()}</td>
                    <td>{f.uploader.clone()}</td>
                    <td>{state}</td>
                </tr>
            }
        })
        .collect_view();
    let caption_options = LANGUAGES
        .iter()
        .map(|l| view! { <option value=l.code>{l.name} " (" {l.code} ")"</option> })
        .collect_view();
    let text_links = LANGUAGES
        .iter()
        .map(|l| {
            let has = data.text_langs.iter().any(|c| c == l.code);
            let label = if has {
                l.name.to_owned()
            } else {
                format!("{} ({})", l.name, t(lang, "media-no-text-yet"))
            };
            let current = (l.code == data.text_lang).then_some("page");
            view! {
                <li><a href=format!("{}?taal={}", film_href(lang, &slug, ""), l.code) aria-current=current>{label}</a></li>
            }
        })
        .collect_view();
    let text_lang_name = language_name(&data.text_lang);
    let text = data.text.clone();
    view! {
        <p class="hl-body"><a href=films_href(lang)>{t(lang, "media-back-to-films")}</a></p>
        {heading(lang, data.title.clone(), p)}
        <ProblemSummary problems=p.clone() />
        {done_banner(lang, data.done)}
        <p class="hl-body"><code>{slug.clone()}</code> " — "
            {t(lang, if data.published { "media-published" } else { "media-not-published" })}</p>
        {public}

        <h2 class="hl-heading-l">{t(lang, "media-files")}</h2>
        <div class="hl-table-wrap">
            <table class="hl-table">
                <caption class="hl-visually-hidden">{t(lang, "media-files")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t(lang, "media-kind")}</th>
                        <th scope="col">{t(lang, "media-type")}</th>
                        <th scope="col">{t(lang, "media-size")}</th>
                        <th scope="col">{t(lang, "media-uploaded")}</th>
                        <th scope="col">{t(lang, "media-uploader")}</th>
                        <th scope="col">{t(lang, "media-state")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>

        <div class="hl-film-editor__forms">
            <form class="hl-film-editor__form" method="post" action=film_href(lang, &slug, "video")
                enctype="multipart/form-data" novalidate=true>
                <CsrfField token=csrf.clone() />
                <h2 class="hl-heading-m">{t(lang, "media-replace-video")}</h2>
                {file_input(lang, p, "video", "media-video", t_args(lang, "media-video-hint", &[("max", &max)]), "video/webm,video/mp4,.webm,.mp4", true)}
                <button class="hl-button" type="submit">{t(lang, "media-replace-video")}</button>
            </form>

            <form class="hl-film-editor__form" method="post" action=film_href(lang, &slug, "poster")
                enctype="multipart/form-data" novalidate=true>
                <CsrfField token=csrf.clone() />
                <h2 class="hl-heading-m">{t(lang, "media-replace-poster")}</h2>
                {file_input(lang, p, "poster", "media-poster", t(lang, "media-poster-hint"), "image/jpeg,image/png,image/webp", true)}
                <button class="hl-button" type="submit">{t(lang, "media-replace-poster")}</button>
            </form>

            <form class="hl-film-editor__form" method="post" action=film_href(lang, &slug, "ondertiteling")
                enctype="multipart/form-data" novalidate=true>
                <CsrfField token=csrf.clone() />
                <h2 class="hl-heading-m">{t(lang, "media-upload-captions")}</h2>
                <div class="hl-form-group">
                    <label class="hl-label" for="captions_lang">{t(lang, "media-captions-language")}</label>
                    {field_errors(lang, p, "captions_lang")}
                    <select class="hl-select" id="captions_lang" name="captions_lang">{caption_options}</select>
                </div>
                {file_input(lang, p, "captions", "media-captions", t(lang, "media-captions-hint"), "text/vtt,.vtt", true)}
                <button class="hl-button" type="submit">{t(lang, "media-upload-captions")}</button>
            </form>
        </div>

        <h2 class="hl-heading-l" id="tekst">{t(lang, "media-texts")}</h2>
        <nav aria-label=t(lang, "media-texts")>
            <ul class="hl-film-editor__langs">{text_links}</ul>
        </nav>
        <form class="hl-film-editor__form" method="post" action=film_href(lang, &slug, "tekst") novalidate=true>
            <CsrfField token=csrf.clone() />
            <input type="hidden" name="text_lang" value=data.text_lang.clone() />
            <h3 class="hl-heading-m">{t_args(lang, "media-text-in", &[("language", &text_lang_name)])}</h3>
            {text_field(lang, p, "title", "media-title", None, text.title, None)}
            {text_field(lang, p, "summary", "media-summary", Some("media-summary-hint"), text.summary, Some(3))}
            {text_field(lang, p, "transcript", "media-transcript", Some("media-transcript-hint"), text.transcript, Some(12))}
            <button class="hl-button" type="submit">{t(lang, "media-save-text")}</button>
        </form>

        <h2 class="hl-heading-l">{t(lang, "media-topics")}</h2>
        <form class="hl-film-editor__form" method="post" action=film_href(lang, &slug, "onderwerpen") novalidate=true>
            <CsrfField token=csrf />
            {topic_checkboxes(lang, p, &data.topics, &data.chosen_topics)}
            <button class="hl-button" type="submit">{t(lang, "media-save-topics")}</button>
        </form>
    }
}
