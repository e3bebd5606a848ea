//! The film pages' addresses and the upload form of each kind of file. A sibling of the
//! pages, so they need not import their parent.

use crate::staff::team_href;
use helder_domain::{films::FilmFileKind, languages::Language};

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

/// How one kind of film file is uploaded, as these pages show it and the server reads it: the
/// one place the names of the kinds in forms and addresses are spelled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileForm {
    pub kind: FilmFileKind,
    /// The name and id of the file input (in the new-film form and the film's own form).
    pub field: &'static str,
    /// The last segment of the address the film page's form for this kind posts to, which is
    /// also the `klaar=` value of the page shown after it.
    pub action: &'static str,
    /// The types the file input offers to choose.
    pub accept: &'static str,
    /// Fluent keys (media.ftl): the kind's name in the file history, a missing file, a file
    /// whose content is not of this kind, and the message after a successful upload.
    pub name_key: &'static str,
    pub missing_key: &'static str,
    pub wrong_type_key: &'static str,
    pub done_key: &'static str,
}

impl FileForm {
    pub const fn of(kind: FilmFileKind) -> FileForm {
        match kind {
            FilmFileKind::Video => FileForm {
                kind,
                field: "video",
                action: "video",
                accept: "video/webm,video/mp4,.webm,.mp4",
                name_key: "media-kind-video",
                missing_key: "media-video-missing",
                wrong_type_key: "media-not-a-video",
                done_key: "media-done-video",
            },
            FilmFileKind::Poster => FileForm {
                kind,
                field: "poster",
                action: "poster",
                accept: "image/jpeg,image/png,image/webp",
                name_key: "media-kind-poster",
                missing_key: "media-poster-missing",
                wrong_type_key: "media-not-an-image",
                done_key: "media-done-poster",
            },
            FilmFileKind::Captions => FileForm {
                kind,
                field: "captions",
                action: "ondertiteling",
                accept: "text/vtt,.vtt",
                name_key: "media-kind-captions",
                missing_key: "media-captions-missing",
                // What the caption check says of a file that is not text.
                wrong_type_key: "media-vtt-not-text",
                done_key: "media-done-captions",
            },
        }
    }

    /// The form whose file input is called `field`.
    pub fn by_field(field: &str) -> Option<FileForm> {
        FilmFileKind::ALL
            .into_iter()
            .map(FileForm::of)
            .find(|form| form.field == field)
    }

    /// The form that posts to `…/{slug}/{action}`.
    pub fn by_action(action: &str) -> Option<FileForm> {
        FilmFileKind::ALL
            .into_iter()
            .map(FileForm::of)
            .find(|form| form.action == action)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_its_own_form_names() {
        for kind in FilmFileKind::ALL {
            let form = FileForm::of(kind);
            assert_eq!(form.kind, kind);
            assert_eq!(FileForm::by_field(form.field), Some(form));
            assert_eq!(FileForm::by_action(form.action), Some(form));
            assert_eq!(form.name_key, format!("media-kind-{}", kind.as_str()));
        }
        assert_eq!(
            FilmFileKind::ALL.map(|k| FileForm::of(k).action),
            ["video", "poster", "ondertiteling"]
        );
        assert_eq!(FileForm::by_field("ondertiteling"), None);
        assert_eq!(FileForm::by_action("captions"), None);
        assert_eq!(FileForm::by_field("title"), None);
    }
}
