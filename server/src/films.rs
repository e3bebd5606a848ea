//! Films: the catalogue the public pages show, built from the database (films with a Dutch
//! text and a video), and the import of the films shipped in `app/src/films/media/` — each
//! `<slug>.webm` with its `.mp4`, `.jpg` poster, `<slug>.<lang>.vtt` captions and
//! `<slug>.<lang>.md` transcripts — into the database and the media folder at first start, so
//! shipped and uploaded films are one kind.

use crate::tenancy::Places;
use crate::{
    content::front_matter::FrontMatter,
    media::Media,
    storage::{Actor, Database, FilmTextRow, NewFilm, NewFilmFile, StorageError, StoredFilm},
};
use helder_app::{
    films::{Film, FilmCatalogue, FilmSource, FilmText},
    rights::library::SharedLibrary,
};
use helder_domain::tenants::TenantId;
use helder_domain::{
    films::{FilmFileKind, MediaType},
    languages::{LANGUAGES, Language},
};
use std::sync::Arc;
include!(concat!(env!("OUT_DIR"), "/film_files.rs"));

fn file(name: &str) -> Option<&'static [u8]> {
    FILM_FILES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, bytes)| *bytes)
}

/// Transcript file: `---` front matter (title, summary, duration) and paragraphs.
fn parse_transcript(lang: Language, source: &str) -> Option<(FilmText, u32)> {
    let front = FrontMatter::split(source).ok()?;
    let (body, field) = (front.body, |key: &str| front.get(key));
    let duration = field("duration")?.parse().ok()?;
    let transcript = body
        .split("\n\n")
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .collect();
    Some((
        FilmText {
            lang,
            title: field("title")?,
            summary: field("summary")?,
            transcript,
        },
        duration,
    ))
}

/// Which shipped films belong on which information page (imported once, then edited by staff).
const BUILTIN_TOPICS: &[(&str, &[&str])] = &[
    ("wat-moet-ik-doorgeven", &["inlichtingenplicht"]),
    ("iemand-komt-bij-u-wonen", &["kostendeler", "samenwonen"]),
];

#[derive(Debug, thiserror::Error)]
pub enum FilmImportError {
    #[error(transparent)]
    Storage(#[from] StorageError),
    #[error(transparent)]
    Media(#[from] crate::media::MediaError),
}

/// A shipped film, read from the embedded files.
struct Builtin {
    slug: &'static str,
    duration_secs: u32,
    files: Vec<(MediaType, Option<&'static str>, &'static [u8])>,
    texts: Vec<FilmText>,
}

fn builtins() -> Vec<Builtin> {
    let mut films = Vec::new();
    for (name, webm) in FILM_FILES.iter().filter(|(n, _)| n.ends_with(".webm")) {
        let slug = name.trim_end_matches(".webm");
        let (Some(mp4), Some(poster)) =
            (file(&format!("{slug}.mp4")), file(&format!("{slug}.jpg")))
        else {
            tracing::warn!(slug, "film skipped: no .mp4 or .jpg next to the .webm");
            continue;
        };
        let mut files = vec![
            (MediaType::Webm, None, *webm),
            (MediaType::Mp4, None, mp4),
            (MediaType::Jpeg, None, poster),
        ];
        let mut texts = Vec::new();
        let mut duration_secs = 0;
        for lang in LANGUAGES {
            if let Some(vtt) = file(&format!("{slug}.{}.vtt", lang.code)) {
                files.push((MediaType::Vtt, Some(lang.code), vtt));
            }
            if let Some(md) = file(&format!("{slug}.{}.md", lang.code)) {
                match parse_transcript(*lang, &String::from_utf8_lossy(md)) {
                    Some((text, duration)) => {
                        duration_secs = duration;
                        texts.push(text);
                    }
                    None => tracing::warn!(
                        slug,
                        lang = lang.code,
                        "film transcript has no valid front matter"
                    ),
                }
            }
        }
        if !texts.iter().any(|t| t.lang == Language::default_language()) {
            tracing::warn!(slug, "film skipped: no Dutch transcript");
            continue;
        }
        films.push(Builtin {
            slug,
            duration_secs,
            files,
            texts,
        });
    }
    films
}

/// Puts every shipped film that an organisation does not have yet into the database and the
/// media folder, for each organisation (each keeps and edits its own films). Runs at every
/// start; a film already there (also one staff changed) is left alone.
pub async fn import_builtin(
    db: &Database,
    media: &Media,
    organisations: &[TenantId],
) -> Result<usize, FilmImportError> {
    let mut imported = 0;
    for organisation in organisations {
        imported += import_for(db, media, organisation).await?;
    }
    Ok(imported)
}

async fn import_for(
    db: &Database,
    media: &Media,
    organisation: &TenantId,
) -> Result<usize, FilmImportError> {
    let known: Vec<String> = db
        .films(organisation)
        .await?
        .into_iter()
        .map(|f| f.slug)
        .collect();
    let mut imported = 0;
    for film in builtins() {
        if known.iter().any(|k| k == film.slug) {
            continue;
        }
        let mut files = Vec::new();
        for (kind, lang, bytes) in &film.files {
            let stored_name = media.store(*kind, bytes).await?;
            files.push(NewFilmFile {
                kind: kind.file_kind(),
                lang: lang.map(str::to_owned),
                stored_name,
                content_type: kind.content_type(),
                bytes: i64::try_from(bytes.len()).unwrap_or(i64::MAX),
            });
        }
        let new = NewFilm {
            slug: film.slug.to_owned(),
            origin: "builtin",
            duration_secs: i64::from(film.duration_secs),
            texts: film
                .texts
                .iter()
                .map(|t| FilmTextRow {
                    lang: t.lang.code.to_owned(),
                    title: t.title.clone(),
                    summary: t.summary.clone(),
                    transcript: t.transcript.join("\n\n"),
                })
                .collect(),
            topics: BUILTIN_TOPICS
                .iter()
                .find(|(slug, _)| *slug == film.slug)
                .map(|(_, topics)| topics.iter().map(|t| (*t).to_owned()).collect())
                .unwrap_or_default(),
        };
        if db
            .create_film(&new, &files, &Actor::system(organisation))
            .await?
        {
            imported += 1;
        } else {
            // Another instance imported it meanwhile: drop our copies.
            for file in files {
                media.remove(&file.stored_name).await;
            }
        }
    }
    Ok(imported)
}

/// Paragraphs of a stored transcript (separated by an empty line), each on one line.
pub fn paragraphs(transcript: &str) -> Vec<String> {
    transcript
        .replace("\r\n", "\n")
        .split("\n\n")
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .collect()
}

pub fn media_url(stored_name: &str) -> String {
    format!("/media/{stored_name}")
}

/// The public catalogue: films with a Dutch text and a current video.
pub fn catalogue(films: &[StoredFilm]) -> FilmCatalogue {
    let dutch = Language::default_language();
    let list = films
        .iter()
        .filter(|f| f.text(dutch.code).is_some())
        .filter_map(|f| {
            let mut sources: Vec<FilmSource> = f
                .current()
                .filter(|file| file.kind == FilmFileKind::Video)
                .filter_map(|file| {
                    let kind = MediaType::from_extension(file.stored_name.rsplit('.').next()?)?;
                    Some(FilmSource {
                        url: media_url(&file.stored_name),
                        content_type: kind.content_type(),
                    })
                })
                .collect();
            if sources.is_empty() {
                return None;
            }
            sources.sort_by_key(|s| s.content_type != "video/webm");
            let poster_url = f
                .current()
                .find(|file| file.kind == FilmFileKind::Poster)
                .map(|file| media_url(&file.stored_name));
            let captions = LANGUAGES
                .iter()
                .filter_map(|lang| {
                    f.current()
                        .find(|file| {
                            file.kind == FilmFileKind::Captions
                                && file.lang.as_deref() == Some(lang.code)
                        })
                        .map(|file| (*lang, media_url(&file.stored_name)))
                })
                .collect();
            let texts = LANGUAGES
                .iter()
                .filter_map(|lang| {
                    f.text(lang.code).map(|t| FilmText {
                        lang: *lang,
                        title: t.title.clone(),
                        summary: t.summary.clone(),
                        transcript: paragraphs(&t.transcript),
                    })
                })
                .collect();
            Some(Film {
                slug: f.slug.clone(),
                duration_secs: u32::try_from(f.duration_secs).unwrap_or(0),
                sources,
                poster_url,
                captions,
                texts,
                topics: f.topics.clone(),
            })
        })
        .collect();
    FilmCatalogue(Arc::new(list))
}

/// Reads every organisation's films again after a change and drops every cached public page.
pub async fn refresh(
    db: &Database,
    places: &Places,
    library: &SharedLibrary,
) -> Result<(), StorageError> {
    for organisation in places.organisations() {
        let stored = db.films(&organisation).await?;
        if let Some(place) = places.first_of(&organisation) {
            place.films.replace(catalogue(&stored));
        }
    }
    library.touch();
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transcripts_parse() {
        let nl = Language::default_language();
        let (text, duration) = parse_transcript(
            nl,
            "---\ntitle: T\nsummary: S\nduration: 61\n---\n\nEen.\nTwee.\n\nDrie.\n",
        )
        .unwrap();
        assert_eq!(duration, 61);
        assert_eq!(text.transcript, ["Een. Twee.", "Drie."]);
        assert!(parse_transcript(nl, "no front matter").is_none());
    }

    #[test]
    fn shipped_films_are_complete() {
        let films = builtins();
        assert!(films.len() >= 2, "{} films", films.len());
        for film in &films {
            let captions = film.files.iter().filter(|f| f.0 == MediaType::Vtt).count();
            assert!(captions >= 2, "{}: captions in nl and en", film.slug);
            assert!(
                film.texts.len() >= 2,
                "{}: transcripts in nl and en",
                film.slug
            );
            assert!(film.duration_secs > 20, "{}", film.slug);
            for (kind, _, bytes) in &film.files {
                if *kind == MediaType::Vtt {
                    assert!(helder_domain::films::validate_vtt(bytes).is_ok());
                } else {
                    assert_eq!(
                        helder_domain::films::sniff(bytes),
                        Some(*kind),
                        "{}",
                        film.slug
                    );
                }
            }
        }
    }

    #[test]
    fn transcripts_keep_their_paragraphs() {
        assert_eq!(
            paragraphs("Een.\nTwee.\r\n\r\nDrie.\n\n\n"),
            ["Een. Twee.", "Drie."]
        );
    }
}
