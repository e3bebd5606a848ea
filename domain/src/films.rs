//! Rules for uploaded film files, without a server: what a file is (from its first bytes,
//! never from its name or the browser's Content-Type), and whether a WebVTT caption file is
//! sound. Problems name the line, so staff can find them.

/// The types of file a film may have (found from the content).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MediaType {
    Webm,
    Mp4,
    Jpeg,
    Png,
    Webp,
    Vtt,
}

impl MediaType {
    /// Extension of the stored name.
    pub fn extension(self) -> &'static str {
        match self {
            MediaType::Webm => "webm",
            MediaType::Mp4 => "mp4",
            MediaType::Jpeg => "jpg",
            MediaType::Png => "png",
            MediaType::Webp => "webp",
            MediaType::Vtt => "vtt",
        }
    }

    pub fn content_type(self) -> &'static str {
        match self {
            MediaType::Webm => "video/webm",
            MediaType::Mp4 => "video/mp4",
            MediaType::Jpeg => "image/jpeg",
            MediaType::Png => "image/png",
            MediaType::Webp => "image/webp",
            MediaType::Vtt => "text/vtt",
        }
    }

    pub fn from_extension(ext: &str) -> Option<MediaType> {
        [
            MediaType::Webm,
            MediaType::Mp4,
            MediaType::Jpeg,
            MediaType::Png,
            MediaType::Webp,
            MediaType::Vtt,
        ]
        .into_iter()
        .find(|t| t.extension() == ext)
    }

    pub fn is_video(self) -> bool {
        matches!(self, MediaType::Webm | MediaType::Mp4)
    }

    pub fn is_image(self) -> bool {
        matches!(self, MediaType::Jpeg | MediaType::Png | MediaType::Webp)
    }

    /// What a file of this type is to its film: every video format is the video, every
    /// image the poster, and WebVTT the captions.
    pub fn file_kind(self) -> FilmFileKind {
        match self {
            MediaType::Webm | MediaType::Mp4 => FilmFileKind::Video,
            MediaType::Jpeg | MediaType::Png | MediaType::Webp => FilmFileKind::Poster,
            MediaType::Vtt => FilmFileKind::Captions,
        }
    }
}

/// What a file is to its film: the video (one file per format), the poster, or the captions
/// (one file per language). A film has one current file of each; replaced ones stay as its
/// history.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FilmFileKind {
    Video,
    Poster,
    Captions,
}

impl FilmFileKind {
    pub const ALL: [FilmFileKind; 3] = [
        FilmFileKind::Video,
        FilmFileKind::Poster,
        FilmFileKind::Captions,
    ];

    /// The stored name of the kind: `video`, `poster` or `captions`.
    pub fn as_str(self) -> &'static str {
        match self {
            FilmFileKind::Video => "video",
            FilmFileKind::Poster => "poster",
            FilmFileKind::Captions => "captions",
        }
    }

    /// The kind with this stored name.
    pub fn parse(text: &str) -> Option<FilmFileKind> {
        FilmFileKind::ALL.into_iter().find(|k| k.as_str() == text)
    }

    /// Whether a file of type `media` can be this kind of file.
    pub fn accepts(self, media: MediaType) -> bool {
        media.file_kind() == self
    }
}

impl std::fmt::Display for FilmFileKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How many first bytes [`sniff`] needs.
pub const SNIFF_BYTES: usize = 16;

/// The type of a video or image by its magic bytes. Caption files are text: see [`validate_vtt`].
pub fn sniff(bytes: &[u8]) -> Option<MediaType> {
    if bytes.starts_with(&[0x1A, 0x45, 0xDF, 0xA3]) {
        // EBML: WebM or Matroska; browsers play both as video/webm when the codecs fit.
        Some(MediaType::Webm)
    } else if bytes.len() >= 8 && &bytes[4..8] == b"ftyp" {
        Some(MediaType::Mp4)
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some(MediaType::Jpeg)
    } else if bytes.starts_with(&[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A]) {
        Some(MediaType::Png)
    } else if bytes.len() >= 12 && bytes.starts_with(b"RIFF") && &bytes[8..12] == b"WEBP" {
        Some(MediaType::Webp)
    } else {
        None
    }
}

/// What a sound caption file holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VttSummary {
    pub cues: usize,
    /// End of the last cue, in milliseconds: roughly the film's length.
    pub last_end_ms: u64,
}

/// One thing wrong with a caption file. `line` counts from 1; 0 means the whole file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VttProblem {
    pub line: usize,
    pub kind: VttProblemKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VttProblemKind {
    /// Not UTF-8 text.
    NotText,
    /// The first line is not `WEBVTT`.
    NoHeader,
    /// A line with `-->` whose times cannot be read.
    BadTiming,
    /// A cue that ends before (or when) it starts.
    EndBeforeStart,
    /// No cue at all.
    NoCues,
}

impl VttProblemKind {
    /// Fluent key of the message (locales/*/media.ftl).
    pub fn key(self) -> &'static str {
        match self {
            VttProblemKind::NotText => "media-vtt-not-text",
            VttProblemKind::NoHeader => "media-vtt-no-header",
            VttProblemKind::BadTiming => "media-vtt-bad-timing",
            VttProblemKind::EndBeforeStart => "media-vtt-end-before-start",
            VttProblemKind::NoCues => "media-vtt-no-cues",
        }
    }
}

/// `hh:mm:ss.ttt` or `mm:ss.ttt` in milliseconds.
fn timestamp(text: &str) -> Option<u64> {
    let (clock, millis) = text.split_once('.')?;
    if millis.len() != 3 || !millis.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let parts: Vec<&str> = clock.split(':').collect();
    let number = |s: &str, max: u64| -> Option<u64> {
        (s.len() >= 2 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u64>().ok())
            .flatten()
            .filter(|n| *n < max)
    };
    let (hours, minutes, seconds) = match parts.as_slice() {
        // A short film has no hundred-hour caption; the cap also keeps the sum from overflowing.
        [h, m, s] => (number(h, 100)?, number(m, 60)?, number(s, 60)?),
        [m, s] => (0, number(m, 60)?, number(s, 60)?),
        _ => return None,
    };
    Some(((hours * 60 + minutes) * 60 + seconds) * 1000 + millis.parse::<u64>().ok()?)
}

#[cfg(test)]
mod timestamp_tests {
    #[test]
    fn absurd_hours_are_refused_not_overflowed() {
        assert_eq!(super::timestamp("01:00:00.000"), Some(3_600_000));
        assert_eq!(super::timestamp("99999999999999:00:00.000"), None);
        assert_eq!(super::timestamp("100:00:00.000"), None);
    }
}

/// Checks a WebVTT file: a `WEBVTT` header, readable cue timings with the end after the start,
/// and at least one cue. Every problem is returned, each with its line.
pub fn validate_vtt(bytes: &[u8]) -> Result<VttSummary, Vec<VttProblem>> {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return Err(vec![VttProblem {
            line: 0,
            kind: VttProblemKind::NotText,
        }]);
    };
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let mut problems = Vec::new();
    let mut lines = text.lines();
    let header = lines.next().unwrap_or_default();
    let header_ok =
        header == "WEBVTT" || header.starts_with("WEBVTT ") || header.starts_with("WEBVTT\t");
    if !header_ok {
        problems.push(VttProblem {
            line: 1,
            kind: VttProblemKind::NoHeader,
        });
    }
    let mut cues = 0;
    let mut last_end_ms = 0;
    for (index, line) in lines.enumerate() {
        let number = index + 2;
        let Some((start, rest)) = line.split_once("-->") else {
            continue;
        };
        // After the end time may come cue settings (`line:90% align:center`).
        let end = rest.split_whitespace().next().unwrap_or_default();
        match (timestamp(start.trim()), timestamp(end)) {
            (Some(start), Some(end)) if end > start => {
                cues += 1;
                last_end_ms = last_end_ms.max(end);
            }
            (Some(_), Some(_)) => problems.push(VttProblem {
                line: number,
                kind: VttProblemKind::EndBeforeStart,
            }),
            _ => problems.push(VttProblem {
                line: number,
                kind: VttProblemKind::BadTiming,
            }),
        }
    }
    if cues == 0 && problems.is_empty() {
        problems.push(VttProblem {
            line: 0,
            kind: VttProblemKind::NoCues,
        });
    }
    if problems.is_empty() {
        Ok(VttSummary { cues, last_end_ms })
    } else {
        Err(problems)
    }
}

/// A film's slug: lower-case letters, digits and single hyphens, 3 to 60 characters.
pub fn valid_slug(slug: &str) -> bool {
    (3..=60).contains(&slug.len())
        && slug
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !slug.starts_with('-')
        && !slug.ends_with('-')
        && !slug.contains("--")
        // Taken by the staff page for a new film.
        && slug != "nieuw"
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every caption file shipped with the two films (read from the folder, so a new
    /// language is checked as soon as its files are there).
    fn shipped_vtt() -> Vec<(String, Vec<u8>)> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../app/src/films/media");
        let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
            .expect("the films' folder")
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "vtt"))
            .map(|p| {
                let name = p
                    .file_name()
                    .unwrap_or_default()
                    .to_string_lossy()
                    .into_owned();
                (name, std::fs::read(&p).expect("a caption file"))
            })
            .collect();
        files.sort();
        files
    }

    /// The timing lines of a caption file: a translation keeps the Dutch cue times.
    fn timings(bytes: &[u8]) -> Vec<String> {
        String::from_utf8_lossy(bytes)
            .lines()
            .filter(|l| l.contains("-->"))
            .map(str::to_owned)
            .collect()
    }

    #[test]
    fn shipped_captions_are_valid() {
        let files = shipped_vtt();
        for film in ["wat-moet-ik-doorgeven", "iemand-komt-bij-u-wonen"] {
            let dutch = files
                .iter()
                .find(|(n, _)| *n == format!("{film}.nl.vtt"))
                .expect("Dutch captions");
            for lang in crate::languages::LANGUAGES {
                let name = format!("{film}.{}.vtt", lang.code);
                let (_, bytes) = files
                    .iter()
                    .find(|(n, _)| *n == name)
                    .unwrap_or_else(|| panic!("{name} is missing"));
                let summary = validate_vtt(bytes).unwrap_or_else(|p| panic!("{name}: {p:?}"));
                assert!(summary.cues > 5, "{name}");
                assert!(summary.last_end_ms > 20_000, "{name}");
                assert_eq!(
                    timings(bytes),
                    timings(&dutch.1),
                    "{name}: the Dutch timings"
                );
            }
        }
        assert_eq!(
            files.len(),
            2 * crate::languages::LANGUAGES.len(),
            "{files:?}"
        );
    }

    #[test]
    fn broken_captions_name_their_lines() {
        let problems = |text: &str| validate_vtt(text.as_bytes()).unwrap_err();
        assert_eq!(
            problems("1\n00:00:01.000 --> 00:00:02.000\nHallo\n"),
            [VttProblem {
                line: 1,
                kind: VttProblemKind::NoHeader
            }]
        );
        assert_eq!(
            problems("WEBVTT\n\n1\n00:00:03.000 --> 00:00:02.000\nHallo\n"),
            [VttProblem {
                line: 4,
                kind: VttProblemKind::EndBeforeStart
            }]
        );
        assert_eq!(
            problems("WEBVTT\n\n00:01.000 --> 00:02.000\nA\n\n0:03,5 --> 00:04.000\nB\n"),
            [VttProblem {
                line: 6,
                kind: VttProblemKind::BadTiming
            }]
        );
        assert_eq!(
            problems("WEBVTT\n\nNOTE nothing here\n"),
            [VttProblem {
                line: 0,
                kind: VttProblemKind::NoCues
            }]
        );
        assert_eq!(
            validate_vtt(&[0xFF, 0xFE, 0x00]).unwrap_err()[0].kind,
            VttProblemKind::NotText
        );
        assert_eq!(problems("").len(), 1);
    }

    #[test]
    fn short_timestamps_settings_and_bom_are_fine() {
        let summary = validate_vtt(
            "\u{FEFF}WEBVTT - ondertiteling\n\n00:01.000 --> 00:02.500 line:90%\nA\n\n01:00:00.000 --> 01:00:01.000\nB\n"
                .as_bytes(),
        )
        .unwrap();
        assert_eq!(summary.cues, 2);
        assert_eq!(summary.last_end_ms, 3_601_000);
        assert_eq!(timestamp("00:60.000"), None);
        assert_eq!(timestamp("1:02.000"), None);
    }

    #[test]
    fn types_come_from_the_content() {
        let webm = include_bytes!("../../app/src/films/media/wat-moet-ik-doorgeven.webm");
        let mp4 = include_bytes!("../../app/src/films/media/wat-moet-ik-doorgeven.mp4");
        let jpg = include_bytes!("../../app/src/films/media/wat-moet-ik-doorgeven.jpg");
        assert_eq!(sniff(webm), Some(MediaType::Webm));
        assert_eq!(sniff(mp4), Some(MediaType::Mp4));
        assert_eq!(sniff(jpg), Some(MediaType::Jpeg));
        assert_eq!(
            sniff(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"),
            Some(MediaType::Png)
        );
        assert_eq!(sniff(b"RIFF\x10\0\0\0WEBPVP8 "), Some(MediaType::Webp));
        assert_eq!(sniff(b"RIFF\x10\0\0\0WAVEfmt "), None);
        assert_eq!(sniff(b"WEBVTT\n\n"), None);
        assert_eq!(sniff(b"<html>"), None);
        assert_eq!(sniff(b""), None);
        for t in [MediaType::Webm, MediaType::Jpeg, MediaType::Vtt] {
            assert_eq!(MediaType::from_extension(t.extension()), Some(t));
        }
    }

    #[test]
    fn file_kinds_keep_their_stored_names() {
        for kind in FilmFileKind::ALL {
            assert_eq!(FilmFileKind::parse(kind.as_str()), Some(kind));
            assert_eq!(kind.to_string(), kind.as_str());
        }
        // The values in the database (film_files.kind), which no code change may alter.
        assert_eq!(
            FilmFileKind::ALL.map(FilmFileKind::as_str),
            ["video", "poster", "captions"]
        );
        for bad in ["", "Video", "ondertiteling", "captions ", "image"] {
            assert_eq!(FilmFileKind::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn each_type_is_one_kind_of_file() {
        assert_eq!(MediaType::Webm.file_kind(), FilmFileKind::Video);
        assert_eq!(MediaType::Mp4.file_kind(), FilmFileKind::Video);
        assert_eq!(MediaType::Png.file_kind(), FilmFileKind::Poster);
        assert_eq!(MediaType::Vtt.file_kind(), FilmFileKind::Captions);
        assert!(FilmFileKind::Video.accepts(MediaType::Mp4));
        assert!(FilmFileKind::Poster.accepts(MediaType::Webp));
        assert!(!FilmFileKind::Video.accepts(MediaType::Jpeg));
        assert!(!FilmFileKind::Poster.accepts(MediaType::Webm));
        assert!(!FilmFileKind::Captions.accepts(MediaType::Png));
    }

    #[test]
    fn slugs() {
        assert!(valid_slug("wat-moet-ik-doorgeven"));
        assert!(valid_slug("film-2"));
        for bad in [
            "", "ab", "Film", "a--b", "-ab", "ab-", "nieuw", "a b c", "../x",
        ] {
            assert!(!valid_slug(bad), "{bad}");
        }
    }
}
