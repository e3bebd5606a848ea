//! Short explainer films: self-hosted, captioned, with a written transcript under the player.
//! The server builds the [`FilmCatalogue`] from the database (films uploaded by communicatie
//! staff, and the shipped ones in `app/src/films/media/`, imported at first start).

pub mod editor;

use crate::{
    errors::NotFound,
    i18n::{t, t_with_part, use_language},
    layout::{PageHeading, PageTitle},
};
use helder_domain::languages::{LANGUAGES, Language};
use leptos::prelude::*;
use std::sync::{Arc, RwLock};

/// The films that belong on the information page `slug`.
pub fn films_for_topic(slug: &str) -> Vec<String> {
    catalogue().for_topic(slug)
}

/// The text of a film in one language.
#[derive(Debug, Clone, PartialEq)]
pub struct FilmText {
    pub lang: Language,
    pub title: String,
    pub summary: String,
    /// Paragraphs of the narration.
    pub transcript: Vec<String>,
}

/// One video file of a film: its URL and MIME type (`video/webm`, `video/mp4`).
#[derive(Debug, Clone, PartialEq)]
pub struct FilmSource {
    pub url: String,
    pub content_type: &'static str,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Film {
    pub slug: String,
    /// 0 when unknown.
    pub duration_secs: u32,
    /// WebM first: smaller, and every current browser plays it.
    pub sources: Vec<FilmSource>,
    pub poster_url: Option<String>,
    /// Caption files (WebVTT) per language.
    pub captions: Vec<(Language, String)>,
    pub texts: Vec<FilmText>,
    /// Slugs of the information pages the film belongs on.
    pub topics: Vec<String>,
}

impl Film {
    /// The text in `lang`, else Dutch (which every film has).
    pub fn text(&self, lang: Language) -> Option<&FilmText> {
        self.texts.iter().find(|t| t.lang == lang).or_else(|| {
            self.texts
                .iter()
                .find(|t| t.lang == Language::default_language())
        })
    }
}

#[derive(Debug, Clone, Default)]
pub struct FilmCatalogue(pub Arc<Vec<Film>>);

impl FilmCatalogue {
    pub fn get(&self, slug: &str) -> Option<&Film> {
        self.0.iter().find(|f| f.slug == slug)
    }

    /// Slugs of the films that belong on the information page `topic`.
    pub fn for_topic(&self, topic: &str) -> Vec<String> {
        self.0
            .iter()
            .filter(|f| f.topics.iter().any(|t| t == topic))
            .map(|f| f.slug.clone())
            .collect()
    }
}

/// The catalogue shared between requests; replaced whole after every change to a film.
#[derive(Debug, Clone, Default)]
pub struct SharedFilms {
    inner: Arc<RwLock<FilmCatalogue>>,
}

impl SharedFilms {
    pub fn new(catalogue: FilmCatalogue) -> SharedFilms {
        SharedFilms {
            inner: Arc::new(RwLock::new(catalogue)),
        }
    }

    pub fn snapshot(&self) -> FilmCatalogue {
        self.inner
            .read()
            .map(|c| c.clone())
            .unwrap_or_else(|e| e.into_inner().clone())
    }

    pub fn replace(&self, catalogue: FilmCatalogue) {
        match self.inner.write() {
            Ok(mut guard) => *guard = catalogue,
            Err(e) => *e.into_inner() = catalogue,
        }
    }
}

fn catalogue() -> FilmCatalogue {
    use_context::<FilmCatalogue>().unwrap_or_default()
}

fn film_href(lang: Language, slug: &str) -> String {
    format!("/{}/films/{slug}", lang.code)
}

/// A link to a film, shown on the pages the film belongs to.
#[component]
pub fn FilmLink(slug: String) -> impl IntoView {
    let lang = use_language();
    let catalogue = catalogue();
    catalogue
        .get(&slug)
        .and_then(|film| film.text(lang))
        .map(|text| {
            view! {
                <p class="hl-film-link">
                    <a href=film_href(lang, &slug)>
                        // The title may be Dutch inside a sentence in another language.
                        {t_with_part(lang, "film-watch", "title", &text.title, text.lang)}
                    </a>
                </p>
            }
        })
}

/// `/{lang}/films`
#[component]
pub fn FilmIndex() -> impl IntoView {
    let lang = use_language();
    let heading = t(lang, "films-title");
    let items = catalogue()
        .0
        .iter()
        .filter_map(|film| film.text(lang).map(|text| (film.clone(), text.clone())))
        .map(|(film, text)| {
            let minutes = (film.duration_secs > 0)
                .then(|| format!(" ({})", format_duration(film.duration_secs)));
            view! {
                <li class="hl-topic-list__item">
                    <a class="hl-topic-list__link" href=film_href(lang, &film.slug)>
                        <span lang=text.lang.code dir=text.lang.dir().as_str()>{text.title.clone()}</span>
                    </a>
                    <p class="hl-topic-list__summary" lang=text.lang.code dir=text.lang.dir().as_str()>
                        {text.summary.clone()} {minutes}
                    </p>
                </li>
            }
        })
        .collect_view();
    view! {
        <PageHeading text=heading />
        <p class="hl-lead">{t(lang, "films-lead")}</p>
        <ul class="hl-topic-list">{items}</ul>
    }
}

fn format_duration(secs: u32) -> String {
    format!("{}:{:02}", secs / 60, secs % 60)
}

/// One `<track>` per caption file (Dutch: captions, translations: subtitles); the reader's
/// language is on by default, else Dutch.
fn caption_tracks(captions: &[(Language, String)], lang: Language) -> impl IntoView + use<> {
    // Captions in the reader's language are on by default, else Dutch.
    let default_caption = if captions.iter().any(|(l, _)| *l == lang) {
        lang
    } else {
        Language::default_language()
    };
    captions
        .iter()
        .map(|(caption_lang, url)| {
            let label = LANGUAGES
                .iter()
                .find(|l| l == &caption_lang)
                .map(|l| l.name)
                .unwrap_or(caption_lang.code);
            // The films are narrated in Dutch: the Dutch track is captions (speech and
            // sounds for people who cannot hear them), the others translate the speech.
            let kind = if *caption_lang == Language::default_language() {
                "captions"
            } else {
                "subtitles"
            };
            view! {
                <track
                    kind=kind
                    src=url.clone()
                    srclang=caption_lang.code
                    label=label
                    default=*caption_lang == default_caption
                />
            }
        })
        .collect_view()
}

/// `/{lang}/films/{slug}`: the player (no third-party player), captions and the transcript.
#[component]
pub fn FilmPage(slug: String) -> impl IntoView {
    let lang = use_language();
    let catalogue = catalogue();
    let Some(film) = catalogue.get(&slug).cloned() else {
        return view! { <NotFound /> }.into_any();
    };
    let Some(text) = film.text(lang).cloned() else {
        return view! { <NotFound /> }.into_any();
    };
    let tracks = caption_tracks(&film.captions, lang);
    let sources = film
        .sources
        .iter()
        .map(|s| view! { <source src=s.url.clone() type=s.content_type /> })
        .collect_view();
    // The download link offers MP4 when there is one: it plays on the most devices.
    let download = film
        .sources
        .iter()
        .find(|s| s.content_type == "video/mp4")
        .or(film.sources.first())
        .map(|s| s.url.clone())
        .unwrap_or_default();
    // Saved as `<slug>.<extension>` (`download=""` leaves the name to the browser, which
    // would take the stored, content-hashed one).
    let extension = download
        .rsplit('/')
        .next()
        .and_then(|name| name.split(['?', '#']).next())
        .and_then(|name| name.rsplit_once('.'))
        .map(|(_, ext)| ext.to_owned())
        .unwrap_or_else(|| "mp4".to_owned());
    let file_name = format!("{slug}.{extension}");
    let paragraphs = text
        .transcript
        .iter()
        .map(|p| view! { <p class="hl-body">{p.clone()}</p> })
        .collect_view();
    let notice = (text.lang != lang).then(|| {
        view! {
            <div class="hl-notice" role="note">
                <p>{t(lang, "translation-missing")}</p>
            </div>
        }
    });
    view! {
        <PageTitle text=text.title.clone() />
        {notice}
        <h1 class="hl-heading-xl" lang=text.lang.code dir=text.lang.dir().as_str()>{text.title.clone()}</h1>
        <p class="hl-lead" lang=text.lang.code dir=text.lang.dir().as_str()>{text.summary.clone()}</p>
        <div class="hl-video">
            <video
                class="hl-video__player"
                controls=true
                preload="none"
                poster=film.poster_url.clone()
                width="1280"
                height="720"
            >
                {sources}
                {tracks}
                <p>
                    <a href=download.clone()>{t(lang, "film-download")}</a>
                </p>
            </video>
        </div>
        <p class="hl-body">
            <a href=download.clone() download=file_name>{t(lang, "film-download")}</a>
        </p>
        <h2 class="hl-heading-m">{t(lang, "film-transcript")}</h2>
        <div class="hl-transcript" lang=text.lang.code dir=text.lang.dir().as_str()>{paragraphs}</div>
    }
    .into_any()
}
