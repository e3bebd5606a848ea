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

use crate::state::AppState;
use axum::{
    Router,
    extract::DefaultBodyLimit,
    routing::{get, post},
};
use helder_domain::films::FilmFileKind;

/// The film pages and text forms.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/{lang}/team/films", get(pages::list_page))
        .route("/{lang}/team/films/nieuw", get(pages::new_page))
        .route("/{lang}/team/films/{slug}", get(pages::detail_page))
        .route("/{lang}/team/films/{slug}/tekst", post(texts::save_text))
        .route(
            "/{lang}/team/films/{slug}/onderwerpen",
            post(texts::save_topics),
        )
}

/// The upload forms (multipart): their size is checked per file while reading. The last
/// segments are the actions of `helder_app::films::editor::FileForm`.
pub fn upload_router() -> Router<AppState> {
    Router::new()
        .route("/{lang}/team/films/nieuw", post(create::create))
        .route(
            "/{lang}/team/films/{slug}/video",
            replace::route(FilmFileKind::Video),
        )
        .route(
            "/{lang}/team/films/{slug}/poster",
            replace::route(FilmFileKind::Poster),
        )
        .route(
            "/{lang}/team/films/{slug}/ondertiteling",
            replace::route(FilmFileKind::Captions),
        )
        .layer(DefaultBodyLimit::disable())
}
