//! Staff pages for films (communicatie, role Editor): the list (`list`), a new film
//! (`new`), and one film with its file history and forms to replace the video or poster, add
//! captions per language and edit the texts (`detail`); the form pieces they share are in
//! `form`. The server checks the role, reads the uploads and puts one of the view types in
//! the request; these components only render. Every form works without JavaScript: uploads
//! are plain `multipart/form-data` forms with the CSRF field first.

mod common;
mod detail;
mod form;
mod list;
mod new;

pub use common::{FileForm, film_href, films_href};
pub use detail::{FileRow, FilmDetailPage, FilmDetailView, TextTyped};
pub use form::FormProblem;
pub use list::{FilmListPage, FilmListView, FilmRow};
pub use new::{NewFilmPage, NewFilmTyped, NewFilmView};
