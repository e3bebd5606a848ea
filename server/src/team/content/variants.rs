//! Variants of a page for one municipality (`POST …/{slug}/{doc}/variant`): an editor makes
//! one from the organisation's Dutch text, as a draft, then edits, submits and publishes it
//! like any page. Readers in that municipality get it instead of the organisation's page
//! once it is published ([`helder_domain::editing::variants`]).

use super::common::{Fields, actor, dutch, dutch_source, editor, field, target};
use crate::pages::Lang;
use crate::{
    state::AppState,
    storage::NewVersion,
    team::{
        session::Staff,
        shared::{TeamError, see_other},
    },
};
use axum::{
    Form,
    extract::{Path, State},
    response::{IntoResponse, Response},
};
use helder_app::editing::pages::content_href;
use helder_domain::{audit::AuditAction, editing::variants::variant_slug, languages::Language};

/// `POST /{lang}/team/inhoud/{slug}/{doc}/variant`: csrf, gemeente (one of the editor's
/// organisation's municipalities; another's answers 404, as anything of another
/// organisation). A variant that exists already is simply opened.
pub async fn make_variant(
    State(state): State<AppState>,
    Lang(lang): Lang,
    Path((_, slug, doc)): Path<(String, String, String)>,
    staff: Staff,
    Form(fields): Form<Fields>,
) -> Response {
    (make(&state, lang, &staff, &slug, &doc, &fields).await).into_response()
}

async fn make(
    state: &AppState,
    lang: Language,
    staff: &Staff,
    slug: &str,
    doc: &str,
    fields: &Fields,
) -> Result<Response, TeamError> {
    editor(state, staff).await?;
    target(state, staff, slug, doc).await?;
    let asked = field(fields, "gemeente");
    let place = state
        .places
        .of_organisation(&staff.organisation)
        .find(|p| p.municipality.id.as_str() == asked)
        .ok_or(TeamError::NotFound)?;
    let base = state
        .db
        .page_listed(&staff.organisation, slug)
        .await?
        .filter(|page| page.variant_of.is_none())
        .ok_or(TeamError::NotFound)?;
    let variant = variant_slug(&base.slug, asked);
    let opened = content_href(lang, &variant, dutch(), "");
    if state.db.page_exists(&staff.organisation, &variant).await? {
        return Ok(see_other(&opened));
    }
    let text = dutch_source(state, staff, slug).await?;
    let actor = actor(staff);
    let note = format!("Variant voor {}", place.site.municipality);
    let mut tx = state.db.begin().await?;
    if !tx
        .create_variant(slug, &variant, &place.municipality.id, &actor)
        .await?
    {
        // Made by someone else a moment ago.
        tx.rollback().await?;
        return Ok(see_other(&opened));
    }
    // The draft starts as the organisation's Dutch text.
    if let Some(text) = text {
        tx.save_version(&NewVersion {
            slug: &variant,
            lang: dutch().code,
            base: 0,
            title: &text.title,
            summary: &text.summary,
            body: &text.body,
            change_note: &note,
            source_version_id: None,
            author: &actor,
        })
        .await?;
    }
    tx.audit(
        &actor,
        AuditAction::ContentSaved,
        None,
        &format!("{variant}/{} versie 1 ({note})", dutch().code),
    )
    .await?;
    tx.commit().await?;
    Ok(see_other(&format!("{opened}?gedaan=variant")))
}
