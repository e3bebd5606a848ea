//! `/{lang}/melden/terugkomen`: the reporter's way back with the receipt code.

use super::super::form::{FollowUp, FormState};
use super::common::{ErrorSummary, error_title, field_error, report_href};
use crate::layout::{FormGroup, field_aria};
use crate::{
    i18n::{t, use_language},
    layout::PageTitle,
};
use helder_domain::languages::Language;
use leptos::prelude::*;

/// `/{lang}/melden/terugkomen`: a reporter comes back with the receipt code, reads the team's
/// questions and answers them — still anonymously.
#[component]
pub fn ReportReturn(state: FormState) -> impl IntoView {
    let lang = use_language();
    if let Some(outage) = state.outage.clone() {
        return view! { <super::super::busy::ReportOutage outage /> }.into_any();
    }
    let heading = t(lang, "report-return-title");
    let body = match state.follow_up.clone() {
        None => code_form(lang, &state).into_any(),
        Some(follow_up) => follow_up_thread(lang, &state, follow_up).into_any(),
    };
    view! {
        <PageTitle text=error_title(lang, &heading, &state) />
        <ErrorSummary state=state.clone() />
        <h1 class="hl-heading-xl">{heading}</h1>
        {body}
    }
    .into_any()
}

/// Asks for the receipt code.
fn code_form(lang: Language, state: &FormState) -> impl IntoView + use<> {
    let value = state.value("code", None);
    let (invalid, described) = field_aria("code", false, state.error("code").is_some());
    view! {
        <p class="hl-body">{t(lang, "report-return-intro")}</p>
        <form method="post" action=report_href(lang, "terugkomen") novalidate=true>
            <FormGroup id="code" label=t(lang, "report-receipt-label") error=field_error(lang, state, "code")>
                <input class="hl-input" type="text" id="code" name="code" inputmode="numeric"
                    autocomplete="off" maxlength="40" dir="ltr"
                    value=value
                    aria-invalid=invalid aria-describedby=described />
            </FormGroup>
            <button class="hl-button" type="submit">{t(lang, "report-continue")}</button>
        </form>
    }
}

/// The messages between the team and the reporter, and a form to answer the team's questions.
fn follow_up_thread(
    lang: Language,
    state: &FormState,
    follow_up: FollowUp,
) -> impl IntoView + use<> {
    let asked = follow_up.messages.iter().any(|(a, _)| a == "team");
    let thread = follow_up
        .messages
        .iter()
        .map(|(author, text)| {
            let who = if author == "team" {
                t(lang, "report-return-from-team")
            } else {
                t(lang, "report-return-from-you")
            };
            view! {
                <div class="hl-inset">
                    <p class="hl-body"><strong>{who}</strong></p>
                    <p class="hl-body hl-message">{text.clone()}</p>
                </div>
            }
        })
        .collect_view();
    let thanks = follow_up.answered.then(|| {
        view! { <p class="hl-notice" role="status">{t(lang, "report-return-thanks")}</p> }
    });
    let (invalid, described) = field_aria("answer", false, state.error("answer").is_some());
    let form = asked.then(|| {
        view! {
            <form method="post" action=report_href(lang, "antwoorden") novalidate=true>
                <input type="hidden" name="code" value=follow_up.code.clone() />
                <FormGroup id="answer" label=t(lang, "report-return-answer") error=field_error(lang, state, "answer")>
                    <textarea class="hl-textarea" id="answer" name="answer" rows="5" maxlength="3000"
                        aria-invalid=invalid aria-describedby=described></textarea>
                </FormGroup>
                <button class="hl-button" type="submit">{t(lang, "report-send")}</button>
            </form>
        }
    });
    let none = (!asked).then(|| view! { <p class="hl-body">{t(lang, "report-return-none")}</p> });
    view! { {thanks} {none} {thread} {form} }
}
