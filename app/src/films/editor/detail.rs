//! `/{lang}/team/films/{slug}`: one film with its file history, the forms that replace the
//! video or poster and add captions per language, its texts per language and its topics.

use super::{
    common::{FileForm, film_href, films_href},
    form::{
        FormProblem, ProblemSummary, done_banner, field_errors, file_input, heading, text_field,
        topic_checkboxes,
    },
};
use crate::layout::FormGroup;
use crate::{
    i18n::{t, t_args, use_language},
    staff::{CsrfField, StaffTable, staff_session},
};
use helder_domain::{
    films::FilmFileKind,
    languages::{LANGUAGES, Language},
};
use leptos::prelude::*;

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
    let public = data.published.then(|| {
        let href = format!("/{}/films/{}", lang.code, slug);
        view! { <p class="hl-body"><a href=href.clone()>{t(lang, "media-public-page")}</a> " " <code>{href}</code></p> }
    });
    view! {
        <p class="hl-body"><a href=films_href(lang)>{t(lang, "media-back-to-films")}</a></p>
        {heading(lang, data.title.clone(), p)}
        <ProblemSummary problems=p.clone() />
        {done_banner(lang, data.done)}
        <p class="hl-body"><code>{slug.clone()}</code> " — "
            {t(lang, if data.published { "media-published" } else { "media-not-published" })}</p>
        {public}
        {file_history(lang, &data.files)}
        {file_forms(lang, &data, &csrf)}
        {text_form(lang, &data, &csrf)}
        {topics_form(lang, &data, csrf)}
    }
}

/// Every file of the film, newest first, with the replaced ones marked.
fn file_history(lang: Language, files: &[FileRow]) -> impl IntoView + use<> {
    let rows = files
        .iter()
        .map(|f| {
            let kind = t(lang, FileForm::of(f.kind).name_key);
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
    view! {
        <h2 class="hl-heading-l">{t(lang, "media-files")}</h2>
        <StaffTable
            caption="media-files"
            headers=&["media-kind", "media-type", "media-size", "media-uploaded", "media-uploader", "media-state"]
        >
            {rows}
        </StaffTable>
    }
}

/// The forms that replace the video or the poster and add captions in one language.
fn file_forms(lang: Language, data: &FilmDetailView, csrf: &str) -> impl IntoView + use<> {
    let p = &data.problems;
    let max = data.max_mb.to_string();
    let video = FileForm::of(FilmFileKind::Video);
    let poster = FileForm::of(FilmFileKind::Poster);
    let captions = FileForm::of(FilmFileKind::Captions);
    let caption_options = LANGUAGES
        .iter()
        .map(|l| view! { <option value=l.code>{l.name} " (" {l.code} ")"</option> })
        .collect_view();
    let video_input = file_input(
        lang,
        p,
        video,
        "media-video",
        t_args(lang, "media-video-hint", &[("max", &max)]),
        true,
    );
    let poster_input = file_input(
        lang,
        p,
        poster,
        "media-poster",
        t(lang, "media-poster-hint"),
        true,
    );
    let captions_inputs = view! {
        <FormGroup id="captions_lang" label=t(lang, "media-captions-language") error=field_errors(lang, p, "captions_lang")>
            <select class="hl-select" id="captions_lang" name="captions_lang">{caption_options}</select>
        </FormGroup>
        {file_input(lang, p, captions, "media-captions", t(lang, "media-captions-hint"), true)}
    };
    view! {
        <div class="hl-film-editor__forms">
            {file_form(lang, &data.slug, csrf, video, "media-replace-video", video_input)}
            {file_form(lang, &data.slug, csrf, poster, "media-replace-poster", poster_input)}
            {file_form(lang, &data.slug, csrf, captions, "media-upload-captions", captions_inputs)}
        </div>
    }
}

/// The upload form of one kind of file, titled and submitted with `title_key`.
fn file_form<V: IntoView>(
    lang: Language,
    slug: &str,
    csrf: &str,
    form: FileForm,
    title_key: &'static str,
    inputs: V,
) -> impl IntoView + use<V> {
    view! {
        <form class="hl-film-editor__form" method="post" action=film_href(lang, slug, form.action)
            enctype="multipart/form-data" novalidate=true>
            <CsrfField token=csrf.to_owned() />
            <h2 class="hl-heading-m">{t(lang, title_key)}</h2>
            {inputs}
            <button class="hl-button" type="submit">{t(lang, title_key)}</button>
        </form>
    }
}

/// The film's texts in one language, with links to the other languages.
fn text_form(lang: Language, data: &FilmDetailView, csrf: &str) -> impl IntoView + use<> {
    let p = &data.problems;
    let slug = &data.slug;
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
                <li><a href=format!("{}?taal={}", film_href(lang, slug, ""), l.code) aria-current=current>{label}</a></li>
            }
        })
        .collect_view();
    let text_lang_name = language_name(&data.text_lang);
    let text = data.text.clone();
    view! {
        <h2 class="hl-heading-l" id="tekst">{t(lang, "media-texts")}</h2>
        <nav aria-label=t(lang, "media-texts")>
            <ul class="hl-film-editor__langs">{text_links}</ul>
        </nav>
        <form class="hl-film-editor__form" method="post" action=film_href(lang, slug, "tekst") novalidate=true>
            <CsrfField token=csrf.to_owned() />
            <input type="hidden" name="text_lang" value=data.text_lang.clone() />
            <h3 class="hl-heading-m">{t_args(lang, "media-text-in", &[("language", &text_lang_name)])}</h3>
            {text_field(lang, p, "title", "media-title", None, text.title, None)}
            {text_field(lang, p, "summary", "media-summary", Some("media-summary-hint"), text.summary, Some(3))}
            {text_field(lang, p, "transcript", "media-transcript", Some("media-transcript-hint"), text.transcript, Some(12))}
            <button class="hl-button" type="submit">{t(lang, "media-save-text")}</button>
        </form>
    }
}

/// The information pages the film belongs on.
fn topics_form(lang: Language, data: &FilmDetailView, csrf: String) -> impl IntoView + use<> {
    let p = &data.problems;
    view! {
        <h2 class="hl-heading-l">{t(lang, "media-topics")}</h2>
        <form class="hl-film-editor__form" method="post" action=film_href(lang, &data.slug, "onderwerpen") novalidate=true>
            <CsrfField token=csrf />
            {topic_checkboxes(lang, p, &data.topics, &data.chosen_topics)}
            <button class="hl-button" type="submit">{t(lang, "media-save-topics")}</button>
        </form>
    }
}
