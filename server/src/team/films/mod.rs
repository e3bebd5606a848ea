//! Films for communicatie staff (role Editor; everyone else gets 403): the list, a new film,
//! and per film its file history, replacing the video or poster, captions per language, the
//! texts per language and the information pages it belongs on. Uploads are multipart forms
//! whose CSRF token (the first field) is checked before any file is read; a file's type comes
//! from its content, never its name. Every change is audit-logged and refreshes the public
//! catalogue and page cache.
//!
//! `pages` has the GET pages, `upload` reads and checks uploaded files, `create` makes a
//! new film, `replace` replaces one of its files and `texts` saves its texts and topics.

mod change;
mod common;
mod create;
mod pages;
mod replace;
mod texts;
mod upload;

use crate::team::routes::StaffRoutes;
use helder_domain::films::FilmFileKind;

/// The film pages and text forms.
pub fn routes() -> StaffRoutes {
    StaffRoutes::new()
        .get("/{lang}/team/films", pages::list_page)
        .get("/{lang}/team/films/nieuw", pages::new_page)
        .get("/{lang}/team/films/{slug}", pages::detail_page)
        .post("/{lang}/team/films/{slug}/tekst", texts::save_text)
        .post("/{lang}/team/films/{slug}/onderwerpen", texts::save_topics)
}

/// The upload forms (multipart): their size is checked per file while reading. The last
/// segments are the actions of `helder_app::films::editor::FileForm`.
pub fn upload_routes() -> StaffRoutes {
    let post = &[axum::http::Method::POST];
    StaffRoutes::new()
        .post("/{lang}/team/films/nieuw", create::create)
        .with(
            "/{lang}/team/films/{slug}/video",
            post,
            replace::route(FilmFileKind::Video),
        )
        .with(
            "/{lang}/team/films/{slug}/poster",
            post,
            replace::route(FilmFileKind::Poster),
        )
        .with(
            "/{lang}/team/films/{slug}/ondertiteling",
            post,
            replace::route(FilmFileKind::Captions),
        )
}
