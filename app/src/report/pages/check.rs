//! The last step: every answer with a link to change it, then send.

use super::super::form::FormState;
use super::common::report_href;
use crate::i18n::t;
use helder_domain::{
    languages::Language,
    report::{
        flow::FlowStep,
        questionnaire::{AnswerType, Question, Questionnaire},
    },
};
use leptos::prelude::*;

/// One answer: what was asked, what was answered and where to change it.
fn row(label: String, value: String, href: String, change: String) -> AnyView {
    view! {
        <div class="hl-summary__row">
            <dt class="hl-summary__key">{label.clone()}</dt>
            <dd class="hl-summary__value">{value}</dd>
            <dd class="hl-summary__action">
                <a href=href>{change} <span class="hl-visually-hidden">{format!(" {label}")}</span></a>
            </dd>
        </div>
    }
    .into_any()
}

/// A question's answer as the reporter reads it: a choice by its label.
fn answer_text(lang: Language, q: &Question, answer: Option<&String>) -> String {
    match (answer, &q.answer) {
        (None, _) => t(lang, "report-dont-know"),
        (Some(a), AnswerType::Choice(choices)) => choices
            .iter()
            .find(|c| &c.id == a)
            .map(|c| c.label.get(lang).to_owned())
            .unwrap_or_default(),
        (Some(a), _) => a.clone(),
    }
}

/// The contact details given, or that the reporter wants no contact.
fn contact_text(lang: Language, state: &FormState) -> String {
    match &state.draft.contact {
        Some(c) if c.wants_contact => [c.name.as_str(), c.email.as_str(), c.phone.as_str()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", "),
        _ => t(lang, "report-contact-no"),
    }
}

pub(super) fn check_answers(
    lang: Language,
    questionnaire: &Questionnaire,
    state: &FormState,
) -> impl IntoView + use<> {
    let draft = &state.draft;
    let change = t(lang, "report-change");
    let kinds: Vec<String> = draft
        .kind_ids()
        .iter()
        .filter_map(|k| questionnaire.kind(k).map(|k| k.label.get(lang).to_owned()))
        .collect();
    let mut rows = vec![row(
        t(lang, "report-step-soort"),
        kinds.join("; "),
        FlowStep::Kinds.href(lang),
        change.clone(),
    )];
    for step in [FlowStep::Person, FlowStep::Situation, FlowStep::Knowledge] {
        let Some(qstep) = step.questions() else {
            continue;
        };
        for q in questionnaire.questions_for(draft.kind_ids(), qstep) {
            let answer = answer_text(lang, q, draft.answers.get(&q.id));
            rows.push(row(
                q.label.get(lang).to_owned(),
                answer,
                step.href(lang),
                change.clone(),
            ));
        }
    }
    rows.push(row(
        t(lang, "report-step-contact"),
        contact_text(lang, state),
        FlowStep::Contact.href(lang),
        change.clone(),
    ));
    // Files are optional: the row says so, and links to the page that adds them.
    let files = if state.evidence.is_empty() {
        t(lang, "report-evidence-none")
    } else {
        state
            .evidence
            .iter()
            .map(|f| super::evidence::describe(lang, f))
            .collect::<Vec<_>>()
            .join("; ")
    };
    let action = if state.evidence.is_empty() {
        t(lang, "report-evidence-add-link")
    } else {
        change
    };
    rows.push(row(
        t(lang, "report-evidence-row"),
        files,
        report_href(lang, "bijlagen"),
        action,
    ));
    view! {
        <h1 class="hl-heading-l">{t(lang, "report-step-controleren")}</h1>
        <dl class="hl-summary">{rows}</dl>
        <p class="hl-body">{t(lang, "report-check-send-text")}</p>
    }
}
