//! `/{lang}/team/films`: every film with its state, caption languages and last change.

use super::{common::film_href, form::heading};
use crate::{
    i18n::{t, use_language},
    staff::{StaffTable, team_href},
};
use leptos::prelude::*;

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
        {heading(lang, heading_text, &[])}
        <p class="hl-body">{t(lang, "media-films-lead")}</p>
        <p class="hl-body">
            <a class="hl-button" href=team_href(lang, "films/nieuw")>{t(lang, "media-new-film")}</a>
        </p>
        <StaffTable
            caption="media-films-title"
            headers=&["media-title", "media-slug", "media-status", "media-captions-languages", "media-updated"]
        >
            {rows}
        </StaffTable>
    }
}
