//! Rendering the report form's pages: which page, with which [`FormState`]. The GET handlers
//! load the visitor's draft first; the POST handlers show a page again after a refusal.

use super::draft::{Unavailable, load, unavailable_status};
use crate::{
    pages::{Lang, Render},
    state::AppState,
};
use axum::{
    extract::{Path, State},
    http::{HeaderMap, StatusCode},
    response::{IntoResponse, Redirect, Response},
};
use helder_app::{
    page::RequestInfo,
    report::{
        busy::ReportWaiting,
        form::{FormState, Outage},
        pages::{ReportEvidence, ReportReceived, ReportReturn, ReportStart, ReportStep},
    },
};
use helder_domain::{
    languages::Language,
    report::flow::{FlowStep, REPORT_SEGMENT},
};
use leptos::prelude::*;

/// A page of the report form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportPage {
    Step(FlowStep),
    /// "Received", with the receipt code (only in answer to sending).
    Received,
    /// Coming back with the receipt code.
    Return,
    /// The waiting page while too many reports are being started.
    Waiting,
    /// Photos and PDF files with the report (reached from the check page).
    Evidence,
}

impl ReportPage {
    pub fn href(self, lang: Language) -> String {
        match self {
            ReportPage::Step(step) => step.href(lang),
            ReportPage::Received => format!("/{}/{REPORT_SEGMENT}/ontvangen", lang.code),
            ReportPage::Return => format!("/{}/{REPORT_SEGMENT}/terugkomen", lang.code),
            ReportPage::Waiting => format!("/{}/{REPORT_SEGMENT}/wachten", lang.code),
            ReportPage::Evidence => format!("/{}/{REPORT_SEGMENT}/bijlagen", lang.code),
        }
    }
}

/// Renders `page` with `form`.
pub(crate) async fn render(
    state: &AppState,
    lang: Language,
    page: ReportPage,
    form: FormState,
    status: StatusCode,
) -> Response {
    let info = RequestInfo {
        lang,
        path: page.href(lang),
        ..RequestInfo::default()
    };
    let mut response = state
        .pages
        .render(info, StatusCode::OK, move || {
            let form = form.clone();
            match page {
                ReportPage::Step(step) => view! { <ReportStep step state=form /> }.into_any(),
                ReportPage::Received => view! { <ReportReceived state=form /> }.into_any(),
                ReportPage::Return => view! { <ReportReturn state=form /> }.into_any(),
                ReportPage::Waiting => view! { <ReportWaiting state=form /> }.into_any(),
                ReportPage::Evidence => view! { <ReportEvidence state=form /> }.into_any(),
            }
        })
        .await;
    *response.status_mut() = status;
    response
}

/// The outage page instead of `page`: what was saved is safe, and "try again" sends
/// `fields` (what was just typed) to `retry_action` once more.
pub(crate) async fn outage_page(
    state: &AppState,
    lang: Language,
    page: ReportPage,
    retry_action: String,
    fields: Vec<(String, String)>,
) -> Response {
    let form = FormState {
        has_draft: true,
        outage: Some(Outage {
            retry_action: Some(retry_action),
            fields,
        }),
        ..FormState::default()
    };
    let mut response = render(state, lang, page, form, StatusCode::SERVICE_UNAVAILABLE).await;
    unavailable_status(&mut response);
    response
}

/// `GET /{lang}/melden`: what a report is, and the start button.
pub async fn start_page(_: Lang, page: Render) -> Response {
    page.ok(|| view! { <ReportStart /> }).await
}

/// `GET /{lang}/melden/{step}`: the step with the visitor's draft. The check page needs a
/// draft that went through every step; otherwise it sends the person to the first step
/// still to do.
pub async fn step_page(
    Lang(lang): Lang,
    Path((_, slug)): Path<(String, String)>,
    State(state): State<AppState>,
    headers: HeaderMap,
    page: Render,
) -> Response {
    let Some(step) = FlowStep::parse(&slug) else {
        return crate::public::not_found(page).await;
    };
    let form = match load(&state, &headers).await {
        Ok(draft) => {
            if let (FlowStep::Check, Some((_, draft))) = (step, &draft)
                && let Err(missing) = draft.complete()
            {
                return Redirect::to(&missing.href(lang)).into_response();
            }
            // The check page lists the files added (no other step reads them).
            let evidence = match (step, &draft) {
                (FlowStep::Check, Some((hash, _))) => state.db.draft_evidence(hash).await,
                _ => Ok(Vec::new()),
            };
            match evidence {
                Ok(evidence) => FormState {
                    has_draft: draft.is_some(),
                    draft: draft.map(|(_, d)| d).unwrap_or_default(),
                    evidence,
                    ..FormState::default()
                },
                Err(error) => {
                    tracing::error!(%error, "could not read a draft's files");
                    FormState {
                        outage: Some(Outage::default()),
                        ..FormState::default()
                    }
                }
            }
        }
        Err(Unavailable) => FormState {
            outage: Some(Outage::default()),
            ..FormState::default()
        },
    };
    let outage = form.outage.is_some();
    let mut response = page
        .ok(move || view! { <ReportStep step state=form.clone() /> })
        .await;
    if outage {
        unavailable_status(&mut response);
    }
    response
}

/// `GET /{lang}/melden/ontvangen`: without having sent anything, the page says so.
pub async fn received_page(_: Lang, page: Render) -> Response {
    page.ok(|| view! { <ReportReceived state=FormState::default() /> })
        .await
}

/// `GET /{lang}/melden/terugkomen`: the form for the receipt code.
pub async fn return_page(_: Lang, page: Render) -> Response {
    page.ok(|| view! { <ReportReturn state=FormState::default() /> })
        .await
}

/// `GET /{lang}/melden/wachten`: only an answer to a start carries a ticket; without one
/// there is nothing to wait for.
pub async fn waiting_page(_: Lang, page: Render) -> Response {
    page.ok(|| view! { <ReportWaiting state=FormState::default() /> })
        .await
}
