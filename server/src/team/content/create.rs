//! A new information page (`/{lang}/team/inhoud/nieuw`): the form, and making the page with
//! its Dutch draft (version 1, not published) and an audit line, in one unit of work. From
//! there it follows the usual four-eyes workflow.

use super::common::{Fields, actor, dutch, editor, field};
use crate::team::viewer::Viewer;
use crate::{
    state::AppState,
    storage::{NewVersion, SaveOutcome},
    team::{
        session::Staff,
        shared::{TeamError, page, see_other},
    },
};
use axum::{
    Form,
    http::StatusCode,
    response::{IntoResponse, Response},
};
use helder_app::{
    editing::pages::{NewPagePage, NewPageTyped, NewPageView, content_href},
    i18n::t,
    rights::{library::PageKind, markdown::plain_text},
    staff::team_href,
};
use helder_domain::{
    audit::AuditAction,
    editing::new_page::{NewPage, NewPageForm, Problem, SlugProblem},
};
use leptos::prelude::*;
use std::collections::HashSet;

/// The kinds a new page may have, in the order of the site's lists.
fn kinds() -> Vec<&'static str> {
    PageKind::ALL.iter().map(|k| k.as_str()).collect()
}

/// `GET /{lang}/team/inhoud/nieuw`
pub async fn new_page(viewer: Viewer) -> Response {
    if let Err(error) = editor(&viewer.state, &viewer.staff).await {
        return error.into_response();
    }
    let data = NewPageView {
        typed: NewPageTyped::default(),
        kinds: kinds(),
        problems: Vec::new(),
    };
    viewer
        .page(
            "inhoud/nieuw",
            Ok(data),
            |data| view! { <NewPagePage data /> },
        )
        .await
}

/// `POST /{lang}/team/inhoud/nieuw`: titel, adres, soort, volgorde.
pub async fn create(viewer: Viewer, Form(fields): Form<Fields>) -> Response {
    match make(&viewer, &fields).await {
        Ok(response) => response,
        Err(error) => error.into_response(),
    }
}

async fn make(viewer: &Viewer, fields: &Fields) -> Result<Response, TeamError> {
    let (state, staff, lang) = (&viewer.state, &viewer.staff, viewer.lang);
    editor(state, staff).await?;
    let typed = NewPageTyped {
        title: plain_text(field(fields, "titel")),
        slug: field(fields, "adres").trim().to_owned(),
        kind: field(fields, "soort").trim().to_owned(),
        order: field(fields, "volgorde").trim().to_owned(),
    };
    let form = NewPageForm {
        title: typed.title.clone(),
        slug: typed.slug.clone(),
        kind: typed.kind.clone(),
        order: typed.order.clone(),
    };
    // Every page of the organisation counts, retired pages and variants too.
    let taken: HashSet<String> = state
        .db
        .page_listing(&staff.organisation)
        .await?
        .into_iter()
        .map(|p| p.slug)
        .collect();
    let new = match NewPage::parse(&form, &kinds(), |slug| taken.contains(slug.as_str())) {
        Ok(new) => new,
        Err(problems) => return Ok(form_again(viewer, typed, &problems).await),
    };
    if !store(state, staff, &new).await? {
        // Someone made a page by that name a moment ago.
        let problems = [Problem::Slug(SlugProblem::Taken)];
        return Ok(form_again(viewer, typed, &problems).await);
    }
    Ok(see_other(&format!(
        "{}?gedaan=aangemaakt",
        content_href(lang, new.slug.as_str(), dutch(), "")
    )))
}

/// The page row, its Dutch draft and the audit line: all or nothing. False when the slug was
/// taken in the meantime.
async fn store(state: &AppState, staff: &Staff, new: &NewPage) -> Result<bool, TeamError> {
    let actor = actor(staff);
    let slug = new.slug.as_str();
    let mut tx = state.db.begin().await?;
    if !tx.create_page(slug, &new.kind, new.order, &actor).await? {
        tx.rollback().await?;
        return Ok(false);
    }
    // The editor replaces this line; the save path asks for a body, and readers never see
    // it before someone else publishes the page.
    let placeholder = t(dutch(), "edit-new-placeholder");
    let saved = tx
        .save_version(&NewVersion {
            slug,
            lang: dutch().code,
            base: 0,
            title: &new.title,
            summary: "",
            body: &placeholder,
            change_note: &t(dutch(), "edit-new-note"),
            source_version_id: None,
            author: &actor,
        })
        .await?;
    if !matches!(saved, SaveOutcome::Saved { .. }) {
        tx.rollback().await?;
        return Ok(false);
    }
    tx.audit(
        &actor,
        AuditAction::PageCreated,
        None,
        &format!("{slug} ({}): {}", new.kind, new.title),
    )
    .await?;
    tx.commit().await?;
    Ok(true)
}

/// Whether `body` is still the line a new page's draft starts with.
pub(super) fn is_placeholder(body: &str) -> bool {
    body.trim() == t(dutch(), "edit-new-placeholder")
}

/// The form again with what was typed and every problem (422).
async fn form_again(viewer: &Viewer, typed: NewPageTyped, problems: &[Problem]) -> Response {
    let data = NewPageView {
        typed,
        kinds: kinds(),
        problems: problems
            .iter()
            .map(|p| (p.field(), p.message_key()))
            .collect(),
    };
    page(
        &viewer.state,
        viewer.lang,
        team_href(viewer.lang, "inhoud/nieuw"),
        Some(viewer.staff.session.clone()),
        StatusCode::UNPROCESSABLE_ENTITY,
        move || view! { <NewPagePage data=data.clone() /> },
    )
    .await
}
