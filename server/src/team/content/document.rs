//! One page in one language (`/{lang}/team/inhoud/{slug}/{doc}`): its state, versions,
//! the actions offered and the checks on the text that would be published next.

use super::common::{cell_of, dutch, editor, preview, target, version_info, writing_help};
use crate::pages::Lang;
use crate::{
    state::AppState,
    storage::{DocumentRow, PageLife, VersionMeta},
    team::{
        session::Staff,
        shared::{TeamError, local_date, local_time, query_map},
    },
};
use axum::{
    extract::{Path, RawQuery, State},
    http::StatusCode,
    response::{IntoResponse, Response},
};
use helder_app::{
    editing::pages::{
        DocumentPage, DocumentView, DraftInfo, LawView, Message, NativeView, RetireView,
        VariantsView, VersionInfo, content_href,
    },
    staff::pages::Notice,
};
use helder_domain::{
    editing::{
        retire::{self, Step},
        workflow::{self, Action, Editor},
    },
    languages::Language,
};
use leptos::prelude::*;

/// `/{lang}/team/inhoud/{slug}/{doc}`
pub async fn document_page(
    State(state): State<AppState>,
    Lang(lang): Lang,
    Path((_, slug, doc)): Path<(String, String, String)>,
    RawQuery(query): RawQuery,
    staff: Staff,
) -> Response {
    let done = query_map(query.as_deref())
        .get("gedaan")
        .and_then(|s| done_key(s))
        .map(Notice::Done);
    (document_response(
        &state,
        lang,
        &staff,
        &slug,
        &doc,
        done,
        None,
        StatusCode::OK,
    )
    .await)
        .into_response()
}

/// What the page shows of variants: what it is a variant of, or its variants and the
/// municipalities of the organisation that have none yet.
async fn variants_view(
    state: &AppState,
    staff: &Staff,
    slug: &str,
) -> Result<VariantsView, TeamError> {
    let listing = state.db.page_listing(&staff.organisation).await?;
    let name = |id: &str| state.places.municipality_name(id);
    if let Some(page) = listing.iter().find(|p| p.slug == slug)
        && let (Some(base), Some(municipality)) = (&page.variant_of, &page.municipality)
    {
        let title = listing
            .iter()
            .find(|p| p.slug == *base)
            .map(|p| p.dutch_title.clone())
            .unwrap_or_else(|| base.clone());
        return Ok(VariantsView {
            of: Some((base.clone(), title, name(municipality))),
            ..VariantsView::default()
        });
    }
    let municipalities: Vec<_> = state.places.of_organisation(&staff.organisation).collect();
    if municipalities.len() < 2 {
        return Ok(VariantsView::default());
    }
    let made: Vec<(&str, &str)> = listing
        .iter()
        .filter(|p| p.variant_of.as_deref() == Some(slug))
        .filter_map(|p| Some((p.slug.as_str(), p.municipality.as_deref()?)))
        .collect();
    Ok(VariantsView {
        of: None,
        made: made
            .iter()
            .map(|(variant, m)| ((*variant).to_owned(), name(m)))
            .collect(),
        choices: municipalities
            .iter()
            .filter(|p| !made.iter().any(|(_, m)| *m == p.municipality.id.as_str()))
            .map(|p| {
                (
                    p.municipality.id.as_str().to_owned(),
                    p.site.municipality.clone(),
                )
            })
            .collect(),
    })
}

/// The success banner after an action (`?gedaan=…`).
fn done_key(segment: &str) -> Option<&'static str> {
    Some(match segment {
        "opgeslagen" => "edit-done-saved",
        "terugzetten" => "edit-done-restored",
        "variant" => "edit-variant-made",
        "wettelijke-basis" => "edit-law-saved",
        "moedertaal" => "edit-native-saved",
        "aangemaakt" => "edit-new-done",
        other => match other.strip_prefix("buiten-gebruik-") {
            Some(step) => Step::from_segment(step)?.done_key(),
            None => Action::from_segment(other)?.done_key(),
        },
    })
}

/// What the page shows about the document's state (all empty when it has no text yet).
struct Summary {
    title: String,
    public: Option<workflow::PublicState>,
    outdated: bool,
    withdrawn: Option<(String, String)>,
    review_pending: bool,
    published: Option<VersionInfo>,
    draft: Option<DraftInfo>,
    actions: Vec<Action>,
}

async fn summary(
    state: &AppState,
    editor: Editor,
    slug: &str,
    doc: Language,
    row: Option<&DocumentRow>,
    versions: &[VersionMeta],
) -> Result<Summary, TeamError> {
    let Some(row) = row else {
        return Ok(Summary {
            title: slug.to_owned(),
            public: None,
            outdated: false,
            withdrawn: None,
            review_pending: false,
            published: None,
            draft: None,
            actions: Vec::new(),
        });
    };
    let find = |id: Option<i64>| id.and_then(|id| versions.iter().find(|v| v.id == id));
    let rules_doc = state.db.workflow_document(row).await?;
    let cell = cell_of(doc, Some(row));
    let draft = find(row.draft_version_id)
        .zip(row.draft_state())
        .map(|(meta, state)| DraftInfo {
            version: version_info(meta),
            state,
            publish_at: row.publish_at.map(local_time),
            scheduled_by: row.scheduled_by.clone(),
        });
    Ok(Summary {
        title: if row.title.is_empty() {
            slug.to_owned()
        } else {
            row.title.clone()
        },
        public: cell.public,
        outdated: cell.outdated,
        withdrawn: row.withdrawn_at.map(|at| {
            (
                local_time(at),
                row.withdrawn_notice.clone().unwrap_or_default(),
            )
        }),
        review_pending: row.review_pending,
        published: find(row.published_version_id).map(version_info),
        draft,
        actions: workflow::offered(editor, &rules_doc),
    })
}

/// Checks on the text that would be published next (the draft, else the published text).
async fn next_checks(
    state: &AppState,
    staff: &Staff,
    slug: &str,
    doc: Language,
    row: Option<&DocumentRow>,
) -> Result<Vec<Message>, TeamError> {
    let checked = match row.and_then(|r| r.draft_version_id.or(r.published_version_id)) {
        Some(id) => state.db.version_by_id(&staff.organisation, id).await?,
        None => None,
    };
    Ok(match checked {
        Some(v) => {
            let (_, plain) = preview(state, staff, doc, &v.title, &v.summary, &v.body).await?;
            writing_help(state, staff, slug, doc, &v.body, &plain).1
        }
        None => Vec::new(),
    })
}

/// The page's legal basis and sources (a variant has its own once edited).
async fn law_view(state: &AppState, staff: &Staff, slug: &str) -> Result<LawView, TeamError> {
    let law = state
        .db
        .page_law(&staff.organisation, slug)
        .await?
        .unwrap_or_default();
    Ok(LawView {
        legal_basis: law.legal_basis,
        checked_on: law.checked_on.unwrap_or_default(),
        source_notes: law.source_notes,
    })
}

/// A published translation: its version and whether a native speaker read it.
fn native_view(
    doc: Language,
    row: Option<&DocumentRow>,
    versions: &[VersionMeta],
) -> Option<NativeView> {
    let row = row.filter(|r| r.published && doc != Language::default_language())?;
    let published = versions
        .iter()
        .find(|v| Some(v.id) == row.published_version_id)?;
    Some(NativeView {
        version: published.number,
        checked: row
            .native_checked_by
            .clone()
            .zip(row.native_checked_at.map(local_date)),
    })
}

#[allow(clippy::too_many_arguments)]
pub(super) async fn document_response(
    state: &AppState,
    lang: Language,
    staff: &Staff,
    slug: &str,
    doc: &str,
    notice: Option<Notice>,
    refused: Option<&'static str>,
    status: StatusCode,
) -> Result<Response, TeamError> {
    document_response_with(state, lang, staff, slug, doc, notice, refused, None, status).await
}

/// [`document_response`] with a problem of the retire form's reason: (message key, typed).
#[allow(clippy::too_many_arguments)]
pub(super) async fn document_response_with(
    state: &AppState,
    lang: Language,
    staff: &Staff,
    slug: &str,
    doc: &str,
    notice: Option<Notice>,
    refused: Option<&'static str>,
    reason: Option<(&'static str, String)>,
    status: StatusCode,
) -> Result<Response, TeamError> {
    let editor = editor(state, staff).await?;
    let doc = target(state, staff, slug, doc).await?;
    let life = state
        .db
        .page_life(&staff.organisation, slug)
        .await?
        .ok_or(TeamError::NotFound)?;
    let mut retire = retire_view(editor, &life, doc);
    if let Some((key, typed)) = reason {
        retire.reason_error = Some(key);
        retire.reason = typed;
    }
    let row = state
        .db
        .document(&staff.organisation, slug, doc.code)
        .await?;
    let versions = state
        .db
        .versions(&staff.organisation, slug, doc.code)
        .await?;
    let latest = versions.first().map(|v| v.number).unwrap_or(0);
    let mut summary = summary(state, editor, slug, doc, row.as_ref(), &versions).await?;
    // A retired page is brought back first; until then nothing of it is published.
    if life.retired_at.is_some() {
        summary.actions.clear();
    }
    let checks = next_checks(state, staff, slug, doc, row.as_ref()).await?;
    let data = DocumentView {
        slug: slug.to_owned(),
        doc: Some(doc),
        title: summary.title,
        public: summary.public,
        outdated: summary.outdated,
        withdrawn: summary.withdrawn,
        review_pending: summary.review_pending,
        published: summary.published,
        draft: summary.draft,
        latest,
        actions: summary.actions,
        checks,
        can_publish: editor.capabilities.may_publish(),
        notice,
        refused,
        variants: variants_view(state, staff, slug).await?,
        law: law_view(state, staff, slug).await?,
        native: native_view(doc, row.as_ref(), &versions),
        retire,
    };
    Ok(crate::team::shared::page(
        state,
        lang,
        content_href(lang, slug, doc, ""),
        Some(staff.session.clone()),
        status,
        move || view! { <DocumentPage data=data.clone() /> },
    )
    .await)
}

/// What the Dutch document page shows about retiring: the state and the steps offered.
fn retire_view(editor: Editor, life: &PageLife, doc: Language) -> RetireView {
    if doc != dutch() {
        return RetireView::default();
    }
    let request = match (&life.retire_requested_by, life.retire_requested_at) {
        (Some(name), Some(at)) => Some((
            name.clone(),
            local_time(at),
            life.retire_reason.clone().unwrap_or_default(),
        )),
        _ => None,
    };
    RetireView {
        retired_on: life.retired_at.map(local_time),
        request,
        steps: retire::offered(editor, life.lifecycle()),
        reason_error: None,
        reason: String::new(),
    }
}
