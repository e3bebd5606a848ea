//! The pages of the report form (GOV.UK patterns: one thing per page, error summary, answers
//! kept, check your answers). Plain HTML forms: everything works without JavaScript.

use super::form::{FormState, HONEYPOT_FIELD, QUESTION_FIELD_PREFIX};
use crate::{
    errors::NotFound,
    i18n::{t, t_args, use_language},
    layout::PageTitle,
};
use helder_domain::{
    languages::Language,
    report::{
        flow::{FlowStep, REPORT_SEGMENT},
        questionnaire::{AnswerType, Questionnaire},
    },
};
use leptos::prelude::*;
use std::sync::Arc;

/// The questionnaire in force, provided by the server.
#[derive(Debug, Clone)]
pub struct QuestionnaireContext(pub Arc<Questionnaire>);

fn questionnaire() -> Option<Arc<Questionnaire>> {
    use_context::<QuestionnaireContext>().map(|q| q.0)
}

fn report_href(lang: Language, rest: &str) -> String {
    format!("/{}/{REPORT_SEGMENT}/{rest}", lang.code)
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
        <PageTitle text=heading.clone() />
        <h1 class="hl-heading-xl">{heading}</h1>
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
        FlowStep::Kinds => kinds_fields(lang, &questionnaire, &state).into_any(),
        FlowStep::Contact => contact_fields(lang, &state).into_any(),
        FlowStep::Check => check_answers(lang, &questionnaire, &state).into_any(),
        other => question_fields(lang, &questionnaire, &state, other).into_any(),
    };
    let (action, button) = match step {
        FlowStep::Check => (report_href(lang, "versturen"), t(lang, "report-send")),
        other => (other.href(lang), t(lang, "report-continue")),
    };
    view! {
        <PageTitle text=if state.errors.is_empty() { heading.clone() } else { format!("{}: {heading}", t(lang, "report-error-prefix")) } />
        <p class="hl-back"><a href=back>{t(lang, "report-back")}</a></p>
        <ErrorSummary state=state.clone() />
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

/// GOV.UK's error summary: what went wrong, each linking to its field.
#[component]
fn ErrorSummary(state: FormState) -> impl IntoView {
    let lang = use_language();
    (!state.errors.is_empty()).then(|| {
        let items = state
            .errors
            .iter()
            .map(|e| {
                view! {
                    <li><a href=format!("#{}", e.field)>{error_text(lang, e)}</a></li>
                }
            })
            .collect_view();
        view! {
            <div class="hl-error-summary" role="alert" tabindex="-1">
                <h2 class="hl-heading-m">{t(lang, "report-error-summary")}</h2>
                <ul class="hl-list">{items}</ul>
            </div>
        }
    })
}

fn error_text(lang: Language, error: &super::form::FieldError) -> String {
    match error.max {
        Some(max) => t_args(lang, error.message_key, &[("max", &max.to_string())]),
        None => t(lang, error.message_key),
    }
}

fn field_error(lang: Language, state: &FormState, field: &str) -> Option<impl IntoView + use<>> {
    state.error(field).map(|e| {
        let text = error_text(lang, e);
        view! { <p class="hl-error-message" id=format!("{field}-error")>{text}</p> }
    })
}

fn kinds_fields(
    lang: Language,
    questionnaire: &Questionnaire,
    state: &FormState,
) -> impl IntoView + use<> {
    let chosen: Vec<String> = state
        .values
        .get("kind")
        .cloned()
        .unwrap_or_else(|| state.draft.kind_ids().to_vec());
    let boxes = questionnaire
        .kinds
        .iter()
        .enumerate()
        .map(|(i, kind)| {
            let id = if i == 0 { "kind".to_owned() } else { format!("kind-{}", kind.id) };
            view! {
                <div class="hl-checkbox">
                    <input
                        class="hl-checkbox__input"
                        type="checkbox"
                        id=id.clone()
                        name="kind"
                        value=kind.id.clone()
                        checked=chosen.contains(&kind.id)
                    />
                    <label class="hl-checkbox__label" for=id>{kind.label.get(lang).to_owned()}</label>
                </div>
            }
        })
        .collect_view();
    let error = field_error(lang, state, "kind");
    view! {
        <fieldset class="hl-fieldset" aria-describedby="kind-hint">
            <legend class="hl-fieldset__legend">
                <h1 class="hl-heading-l">{t(lang, "report-step-soort")}</h1>
            </legend>
            <p class="hl-hint" id="kind-hint">{t(lang, "report-kinds-hint")}</p>
            {error}
            {boxes}
        </fieldset>
    }
}

fn question_fields(
    lang: Language,
    questionnaire: &Questionnaire,
    state: &FormState,
    step: FlowStep,
) -> impl IntoView + use<> {
    let questions = step
        .questions()
        .map(|s| questionnaire.questions_for(state.draft.kind_ids(), s))
        .unwrap_or_default();
    let fields = questions
        .into_iter()
        .map(|q| {
            let name = format!("{QUESTION_FIELD_PREFIX}{}", q.id);
            let value = state.value(&name, state.draft.answers.get(&q.id));
            let hint = q.hint.as_ref().map(|h| {
                view! { <p class="hl-hint" id=format!("{name}-hint")>{h.get(lang).to_owned()}</p> }
            });
            let error = field_error(lang, state, &name);
            let invalid = state.error(&name).is_some();
            let described: Vec<String> = [
                q.hint.as_ref().map(|_| format!("{name}-hint")),
                invalid.then(|| format!("{name}-error")),
            ]
            .into_iter()
            .flatten()
            .collect();
            let described = (!described.is_empty()).then(|| described.join(" "));
            let input = match &q.answer {
                AnswerType::Text => view! {
                    <input class="hl-input hl-input--wide" type="text" id=name.clone() name=name.clone()
                        value=value maxlength=q.max_length.to_string() aria-invalid=invalid.then_some("true")
                        aria-describedby=described.clone() />
                }
                .into_any(),
                AnswerType::LongText => view! {
                    <textarea class="hl-textarea" id=name.clone() name=name.clone() rows="5"
                        maxlength=q.max_length.to_string() aria-invalid=invalid.then_some("true")
                        aria-describedby=described.clone()>{crate::layout::textarea_text(&value)}</textarea>
                }
                .into_any(),
                AnswerType::Choice(choices) => {
                    let options = choices
                        .iter()
                        .map(|c| {
                            view! {
                                <option value=c.id.clone() selected=value == c.id>{c.label.get(lang).to_owned()}</option>
                            }
                        })
                        .collect_view();
                    view! {
                        <select class="hl-select" id=name.clone() name=name.clone() aria-invalid=invalid.then_some("true")
                            aria-describedby=described.clone()>
                            <option value="">{t(lang, "report-dont-know")}</option>
                            {options}
                        </select>
                    }
                    .into_any()
                }
            };
            view! {
                <div class="hl-form-group">
                    <label class="hl-label" for=name>{q.label.get(lang).to_owned()}</label>
                    {hint}
                    {error}
                    {input}
                </div>
            }
        })
        .collect_view();
    view! {
        <h1 class="hl-heading-l">{t(lang, &format!("report-step-{}", step.slug()))}</h1>
        <p class="hl-body">{t(lang, "report-optional")}</p>
        {fields}
    }
}

fn contact_fields(lang: Language, state: &FormState) -> impl IntoView + use<> {
    let draft = state.draft.contact.clone().unwrap_or_default();
    let chosen = state
        .values
        .get("contact")
        .and_then(|v| v.first().cloned())
        .or_else(|| {
            state.draft.contact.as_ref().map(|c| {
                if c.wants_contact {
                    "yes".into()
                } else {
                    "no".into()
                }
            })
        })
        .unwrap_or_else(|| "no".into());
    let name = state.value("name", Some(&draft.name));
    let email = state.value("email", Some(&draft.email));
    let phone = state.value("phone", Some(&draft.phone));
    view! {
        <fieldset class="hl-fieldset">
            <legend class="hl-fieldset__legend">
                <h1 class="hl-heading-l">{t(lang, "report-step-contact")}</h1>
            </legend>
            <p class="hl-body">{t(lang, "report-contact-explain")}</p>
            {field_error(lang, state, "contact")}
            <div class="hl-radio">
                <input class="hl-radio__input" type="radio" id="contact" name="contact" value="no" checked=chosen == "no" />
                <label class="hl-radio__label" for="contact">{t(lang, "report-contact-no")}</label>
            </div>
            <div class="hl-radio">
                <input class="hl-radio__input" type="radio" id="contact-yes" name="contact" value="yes" checked=chosen == "yes" />
                <label class="hl-radio__label" for="contact-yes">{t(lang, "report-contact-yes")}</label>
            </div>
        </fieldset>
        <div class="hl-form-group">
            <p class="hl-hint">{t(lang, "report-contact-fields-hint")}</p>
            <label class="hl-label" for="name">{t(lang, "report-contact-name")}</label>
            {field_error(lang, state, "name")}
            <input class="hl-input hl-input--wide" type="text" id="name" name="name" value=name autocomplete="name" maxlength="200" />
            <label class="hl-label" for="email">{t(lang, "report-contact-email")}</label>
            {field_error(lang, state, "email")}
            <input class="hl-input hl-input--wide" type="email" id="email" name="email" value=email autocomplete="email" maxlength="254" />
            <label class="hl-label" for="phone">{t(lang, "report-contact-phone")}</label>
            {field_error(lang, state, "phone")}
            <input class="hl-input" type="tel" id="phone" name="phone" value=phone autocomplete="tel" maxlength="30" />
        </div>
    }
}

fn check_answers(
    lang: Language,
    questionnaire: &Questionnaire,
    state: &FormState,
) -> impl IntoView + use<> {
    let draft = &state.draft;
    let change = t(lang, "report-change");
    let row = |label: String, value: String, href: String, change: String| {
        view! {
            <div class="hl-summary__row">
                <dt class="hl-summary__key">{label.clone()}</dt>
                <dd class="hl-summary__value">{value}</dd>
                <dd class="hl-summary__action">
                    <a href=href>{change} <span class="hl-visually-hidden">{format!(" {label}")}</span></a>
                </dd>
            </div>
        }
    };
    let kinds: Vec<String> = draft
        .kind_ids()
        .iter()
        .filter_map(|k| questionnaire.kind(k).map(|k| k.label.get(lang).to_owned()))
        .collect();
    let mut rows = vec![
        row(
            t(lang, "report-step-soort"),
            kinds.join("; "),
            FlowStep::Kinds.href(lang),
            change.clone(),
        )
        .into_any(),
    ];
    for step in [FlowStep::Person, FlowStep::Situation, FlowStep::Knowledge] {
        let Some(qstep) = step.questions() else {
            continue;
        };
        for q in questionnaire.questions_for(draft.kind_ids(), qstep) {
            let answer = match (draft.answers.get(&q.id), &q.answer) {
                (None, _) => t(lang, "report-dont-know"),
                (Some(a), AnswerType::Choice(choices)) => choices
                    .iter()
                    .find(|c| &c.id == a)
                    .map(|c| c.label.get(lang).to_owned())
                    .unwrap_or_default(),
                (Some(a), _) => a.clone(),
            };
            rows.push(
                row(
                    q.label.get(lang).to_owned(),
                    answer,
                    step.href(lang),
                    change.clone(),
                )
                .into_any(),
            );
        }
    }
    let contact = match &draft.contact {
        Some(c) if c.wants_contact => [c.name.as_str(), c.email.as_str(), c.phone.as_str()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", "),
        _ => t(lang, "report-contact-no"),
    };
    rows.push(
        row(
            t(lang, "report-step-contact"),
            contact,
            FlowStep::Contact.href(lang),
            change,
        )
        .into_any(),
    );
    view! {
        <h1 class="hl-heading-l">{t(lang, "report-step-controleren")}</h1>
        <dl class="hl-summary">{rows}</dl>
        <p class="hl-body">{t(lang, "report-check-send-text")}</p>
    }
}

/// Shown when the draft has expired or never existed.
#[component]
fn ReportExpired() -> impl IntoView {
    let lang = use_language();
    view! {
        <PageTitle text=t(lang, "report-expired-title") />
        <h1 class="hl-heading-xl">{t(lang, "report-expired-title")}</h1>
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

/// `/{lang}/melden/terugkomen`: a reporter comes back with the receipt code, reads the team's
/// questions and answers them — still anonymously.
#[component]
pub fn ReportReturn(state: FormState) -> impl IntoView {
    let lang = use_language();
    if let Some(outage) = state.outage.clone() {
        return view! { <super::busy::ReportOutage outage /> }.into_any();
    }
    let heading = t(lang, "report-return-title");
    let body = match state.follow_up.clone() {
        None => view! {
            <p class="hl-body">{t(lang, "report-return-intro")}</p>
            <form method="post" action=report_href(lang, "terugkomen") novalidate=true>
                <div class="hl-form-group">
                    <label class="hl-label" for="code">{t(lang, "report-receipt-label")}</label>
                    {field_error(lang, &state, "code")}
                    <input class="hl-input" type="text" id="code" name="code" inputmode="numeric"
                        autocomplete="off" maxlength="40" dir="ltr"
                        value=state.value("code", None)
                        aria-invalid=state.error("code").is_some().then_some("true") />
                </div>
                <button class="hl-button" type="submit">{t(lang, "report-continue")}</button>
            </form>
        }
        .into_any(),
        Some(follow_up) => {
            let questions: Vec<_> = follow_up
                .messages
                .iter()
                .filter(|(a, _)| a == "team")
                .collect();
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
            let form = (!questions.is_empty()).then(|| {
                view! {
                    <form method="post" action=report_href(lang, "antwoorden") novalidate=true>
                        <input type="hidden" name="code" value=follow_up.code.clone() />
                        <div class="hl-form-group">
                            <label class="hl-label" for="answer">{t(lang, "report-return-answer")}</label>
                            {field_error(lang, &state, "answer")}
                            <textarea class="hl-textarea" id="answer" name="answer" rows="5" maxlength="3000"></textarea>
                        </div>
                        <button class="hl-button" type="submit">{t(lang, "report-send")}</button>
                    </form>
                }
            });
            let none = questions
                .is_empty()
                .then(|| view! { <p class="hl-body">{t(lang, "report-return-none")}</p> });
            view! { {thanks} {none} {thread} {form} }.into_any()
        }
    };
    view! {
        <PageTitle text=heading.clone() />
        <ErrorSummary state=state.clone() />
        <h1 class="hl-heading-xl">{heading}</h1>
        {body}
    }
    .into_any()
}
