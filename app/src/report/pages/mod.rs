//! The pages of the report form (GOV.UK patterns: one thing per page, error summary, answers
//! kept, check your answers). Plain HTML forms: everything works without JavaScript.

mod check;
mod come_back;
mod common;
mod evidence;
mod fields;
mod tip;

pub use come_back::ReportReturn;
pub use tip::{TipEntered, TipPage, TipSaved, TipView};

use super::form::{FormState, HONEYPOT_FIELD};
use crate::{
    errors::NotFound,
    i18n::{t, t_args, use_language},
    layout::{PageHeading, PageTitle},
};
use check::check_answers;
use common::{ErrorSummary, error_title, report_href};
use fields::{contact_fields, kinds_fields, question_fields};
use helder_domain::report::{
    flow::{FlowStep, REPORT_SEGMENT},
    questionnaire::Questionnaire,
};
use leptos::prelude::*;
use std::sync::Arc;

/// The questionnaire in force, provided by the server.
#[derive(Debug, Clone)]
pub struct QuestionnaireContext(pub Arc<Questionnaire>);

fn questionnaire() -> Option<Arc<Questionnaire>> {
    use_context::<QuestionnaireContext>().map(|q| q.0)
}

/// `/{lang}/melden`: what a report is, and the start button.
#[component]
pub fn ReportStart() -> impl IntoView {
    let lang = use_language();
    let heading = t(lang, "report-title");
    let paragraphs = [
        "report-intro-signal",
        "report-intro-team",
        "report-intro-outcome",
        "report-intro-harm",
        "report-intro-facts",
    ]
    .into_iter()
    .map(|key| view! { <p class="hl-body">{t(lang, key)}</p> })
    .collect_view();
    view! {
        <PageHeading text=heading />
        {paragraphs}
        <div class="hl-inset">
            <h2 class="hl-heading-s">{t(lang, "report-anonymous-title")}</h2>
            <p class="hl-body">{t(lang, "report-anonymous-text")}</p>
        </div>
        <form method="post" action=report_href(lang, "start")>
            <button class="hl-button" type="submit">{t(lang, "report-start")}</button>
        </form>
        <p class="hl-body">
            <a href=report_href(lang, "terugkomen")>{t(lang, "report-return-link")}</a>
        </p>
    }
}

/// `/{lang}/melden/{step}`
#[component]
pub fn ReportStep(step: FlowStep, state: FormState) -> impl IntoView {
    let lang = use_language();
    let Some(questionnaire) = questionnaire() else {
        return view! { <NotFound /> }.into_any();
    };
    if let Some(outage) = state.outage.clone() {
        return view! { <super::busy::ReportOutage outage /> }.into_any();
    }
    if !state.has_draft {
        // No draft (expired, or never started): back to the start, without an error page.
        return view! { <ReportExpired /> }.into_any();
    }
    let heading = t(lang, &format!("report-step-{}", step.slug()));
    let progress = t_args(
        lang,
        "report-progress",
        &[
            ("step", &step.number().to_string()),
            ("total", &FlowStep::ALL.len().to_string()),
        ],
    );
    let back = match step.previous() {
        Some(previous) => previous.href(lang),
        None => format!("/{}/{REPORT_SEGMENT}", lang.code),
    };
    let body = match step {
        FlowStep::Kinds => kinds_fields(lang, &questionnaire, &state, true).into_any(),
        FlowStep::Contact => contact_fields(lang, &state, true).into_any(),
        FlowStep::Check => check_answers(lang, &questionnaire, &state).into_any(),
        other => question_fields(lang, &questionnaire, &state, other).into_any(),
    };
    let (action, button) = match step {
        FlowStep::Check => (report_href(lang, "versturen"), t(lang, "report-send")),
        other => (other.href(lang), t(lang, "report-continue")),
    };
    view! {
        <PageTitle text=error_title(lang, &heading, &state) />
        // The summary comes first in the main content: after the title, it is what is heard.
        <ErrorSummary state=state.clone() />
        <p class="hl-back"><a href=back>{t(lang, "report-back")}</a></p>
        <form method="post" action=action novalidate=true>
            <p class="hl-caption">{progress}</p>
            {body}
            <div class="hl-honeypot" aria-hidden="true">
                <label for=HONEYPOT_FIELD>{t(lang, "report-honeypot")}</label>
                <input type="text" id=HONEYPOT_FIELD name=HONEYPOT_FIELD tabindex="-1" autocomplete="off" />
            </div>
            <button class="hl-button" type="submit">{button}</button>
        </form>
    }
    .into_any()
}

/// `/{lang}/melden/bijlagen`: photos or PDF files with the report.
#[component]
pub fn ReportEvidence(state: FormState) -> impl IntoView {
    if let Some(outage) = state.outage.clone() {
        return view! { <super::busy::ReportOutage outage /> }.into_any();
    }
    if !state.has_draft {
        return view! { <ReportExpired /> }.into_any();
    }
    evidence::evidence_page(use_language(), &state).into_any()
}

/// Shown when the draft has expired or never existed.
#[component]
fn ReportExpired() -> impl IntoView {
    let lang = use_language();
    view! {
        <PageHeading text=t(lang, "report-expired-title") />
        <p class="hl-body">{t(lang, "report-expired-text")}</p>
        <p class="hl-body"><a href=format!("/{}/{REPORT_SEGMENT}", lang.code)>{t(lang, "report-start")}</a></p>
    }
}

/// `/{lang}/melden/ontvangen`: rendered by the server right after the report is stored,
/// with the receipt code, which is shown this once.
#[component]
pub fn ReportReceived(state: FormState) -> impl IntoView {
    let lang = use_language();
    let Some(code) = state.receipt else {
        return view! { <NotFound /> }.into_any();
    };
    view! {
        <PageTitle text=t(lang, "report-received-title") />
        <div class="hl-panel" role="status">
            <h1 class="hl-heading-xl">{t(lang, "report-received-title")}</h1>
            <p class="hl-body">{t(lang, "report-receipt-label")}</p>
            <p class="hl-receipt" dir="ltr" lang="">{code}</p>
        </div>
        <p class="hl-body">{t(lang, "report-receipt-keep")}</p>
        <h2 class="hl-heading-m">{t(lang, "report-next-title")}</h2>
        <p class="hl-body">{t(lang, "report-next-text")}</p>
        <p class="hl-body">
            <a href=report_href(lang, "terugkomen")>{t(lang, "report-return-link")}</a>
        </p>
    }
    .into_any()
}
