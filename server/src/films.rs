//! The film catalogue, built from the embedded files in `app/src/films/media/`: for each
//! `<slug>.webm` a film with its `.mp4`, `.jpg` poster, `<slug>.<lang>.vtt` captions and
//! `<slug>.<lang>.md` transcripts. Media are served as content-hashed assets.

use crate::{assets::Assets, content::front_matter::FrontMatter};
use helder_app::{
    films::{Film, FilmCatalogue, FilmText},
    i18n::{LANGUAGES, Language},
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

/// Registers every film's media with `assets` and returns the catalogue.
pub fn load(assets: &mut Assets) -> FilmCatalogue {
    let mut films = Vec::new();
    for (name, webm) in FILM_FILES.iter().filter(|(n, _)| n.ends_with(".webm")) {
        let slug = name.trim_end_matches(".webm");
        let (Some(mp4), Some(poster)) =
            (file(&format!("{slug}.mp4")), file(&format!("{slug}.jpg")))
        else {
            tracing::warn!(slug, "film skipped: no .mp4 or .jpg next to the .webm");
            continue;
        };
        let mut captions = Vec::new();
        let mut texts = Vec::new();
        let mut duration_secs = 0;
        for lang in LANGUAGES {
            if let Some(vtt) = file(&format!("{slug}.{}.vtt", lang.code)) {
                let url = assets.add(
                    &format!("{slug}.{}", lang.code),
                    "vtt",
                    vtt,
                    "text/vtt; charset=utf-8",
                );
                captions.push((*lang, url));
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
        films.push(Film {
            slug: slug.to_owned(),
            duration_secs,
            webm_url: assets.add(slug, "webm", webm, "video/webm"),
            mp4_url: assets.add(slug, "mp4", mp4, "video/mp4"),
            poster_url: assets.add(slug, "jpg", poster, "image/jpeg"),
            captions,
            texts,
        });
    }
    FilmCatalogue(Arc::new(films))
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
        let mut assets = Assets::default();
        let catalogue = load(&mut assets);
        assert!(catalogue.0.len() >= 2, "{} films", catalogue.0.len());
        for film in catalogue.0.iter() {
            assert!(
                film.captions.len() >= 2,
                "{}: captions in nl and en",
                film.slug
            );
            assert!(
                film.texts.len() >= 2,
                "{}: transcripts in nl and en",
                film.slug
            );
            assert!(film.duration_secs > 20, "{}", film.slug);
        }
    }
}
