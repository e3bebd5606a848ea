//! The fields of the question steps: the kinds of report, the questions, contact details.

use super::super::form::{FormState, QUESTION_FIELD_PREFIX};
use super::common::field_error;
use crate::i18n::t;
use crate::layout::{FormGroup, field_aria};
use helder_domain::{
    languages::Language,
    report::{
        flow::FlowStep,
        questionnaire::{AnswerType, Question, Questionnaire},
    },
};
use leptos::prelude::*;

/// The legend of a fieldset: the page's heading on a page of its own (the public steps), a
/// section heading on the staff page that has everything on one page.
fn legend(lang: Language, key: &str, page_heading: bool) -> AnyView {
    if page_heading {
        view! { <h1 class="hl-heading-l">{t(lang, key)}</h1> }.into_any()
    } else {
        view! { <span class="hl-heading-m">{t(lang, key)}</span> }.into_any()
    }
}

pub(super) fn kinds_fields(
    lang: Language,
    questionnaire: &Questionnaire,
    state: &FormState,
    page_heading: bool,
) -> impl IntoView + use<> {
    let chosen: Vec<String> = state
        .values
        .get("kind")
        .cloned()
        .unwrap_or_else(|| state.draft.kind_ids().to_vec());
    let invalid = state.error("kind").is_some().then_some("true");
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
                        aria-invalid=invalid
                    />
                    <label class="hl-checkbox__label" for=id>{kind.label.get(lang).to_owned()}</label>
                </div>
            }
        })
        .collect_view();
    let error = field_error(lang, state, "kind");
    let (_, described) = field_aria("kind", true, error.is_some());
    view! {
        <fieldset class="hl-fieldset" aria-describedby=described>
            <legend class="hl-fieldset__legend">{legend(lang, "report-step-soort", page_heading)}</legend>
            <p class="hl-hint" id="kind-hint">{t(lang, "report-kinds-hint")}</p>
            {error}
            {boxes}
        </fieldset>
    }
}

pub(super) fn question_fields(
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
        .map(|q| question_field(lang, state, q))
        .collect_view();
    view! {
        <h1 class="hl-heading-l">{t(lang, &format!("report-step-{}", step.slug()))}</h1>
        <p class="hl-body">{t(lang, "report-optional")}</p>
        {fields}
    }
}

/// Every question of a step, whatever the kinds (the staff page has all of them on one page):
/// a question that only some kinds need says which. Answers to questions of kinds that are not
/// ticked are not kept.
pub(super) fn all_question_fields(
    lang: Language,
    questionnaire: &Questionnaire,
    state: &FormState,
    step: FlowStep,
) -> impl IntoView + use<> {
    let every_kind: Vec<String> = questionnaire.kinds.iter().map(|k| k.id.clone()).collect();
    let questions = step
        .questions()
        .map(|s| questionnaire.questions_for(&every_kind, s))
        .unwrap_or_default();
    let fields = questions
        .into_iter()
        .map(|q| {
            let only = (!q.always).then(|| {
                let kinds = questionnaire
                    .kinds
                    .iter()
                    .filter(|k| k.questions.contains(&q.id))
                    .map(|k| {
                        // The team's short name of the kind, when there is one.
                        let key = format!("team-kind-{}", k.id);
                        let short = t(lang, &key);
                        if short == key { k.label.get(lang).to_owned() } else { short }
                    })
                    .collect::<Vec<_>>()
                    .join(", ");
                view! { <p class="hl-caption">{crate::i18n::t_args(lang, "team-tip-only-for", &[("kinds", &kinds)])}</p> }
            });
            view! { {only} {question_field(lang, state, q)} }
        })
        .collect_view();
    view! {
        <h2 class="hl-heading-m">{t(lang, &format!("report-step-{}", step.slug()))}</h2>
        {fields}
    }
}

/// One question: its label, hint, error and input.
fn question_field(lang: Language, state: &FormState, q: &Question) -> impl IntoView + use<> {
    let name = format!("{QUESTION_FIELD_PREFIX}{}", q.id);
    let value = state.value(&name, state.draft.answers.get(&q.id));
    let hint = q.hint.as_ref().map(|h| {
        view! { <p class="hl-hint" id=format!("{name}-hint")>{h.get(lang).to_owned()}</p> }
    });
    let error = field_error(lang, state, &name);
    let (invalid, described) = field_aria(&name, q.hint.is_some(), error.is_some());
    let input = question_input(lang, q, &name, value, invalid, described);
    view! {
        <FormGroup id=name label=q.label.get(lang).to_owned()>
            {hint}
            {error}
            {input}
        </FormGroup>
    }
}

/// The input for a question's answer type, holding `value`.
fn question_input(
    lang: Language,
    q: &Question,
    name: &str,
    value: String,
    invalid: Option<&'static str>,
    described: Option<String>,
) -> AnyView {
    let name = name.to_owned();
    match &q.answer {
        AnswerType::Text => view! {
            <input class="hl-input hl-input--wide" type="text" id=name.clone() name=name.clone()
                value=value maxlength=q.max_length.to_string() aria-invalid=invalid
                aria-describedby=described.clone() />
        }
        .into_any(),
        AnswerType::LongText => view! {
            <textarea class="hl-textarea" id=name.clone() name=name.clone() rows="5"
                maxlength=q.max_length.to_string() aria-invalid=invalid
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
                <select class="hl-select" id=name.clone() name=name.clone() aria-invalid=invalid
                    aria-describedby=described.clone()>
                    <option value="">{t(lang, "report-dont-know")}</option>
                    {options}
                </select>
            }
            .into_any()
        }
    }
}

pub(super) fn contact_fields(
    lang: Language,
    state: &FormState,
    page_heading: bool,
) -> impl IntoView + use<> {
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
    let aria = |field: &str| field_aria(field, false, state.error(field).is_some());
    let (contact_invalid, contact_described) = aria("contact");
    let (name_invalid, name_described) = aria("name");
    let (email_invalid, email_described) = aria("email");
    let (phone_invalid, phone_described) = aria("phone");
    view! {
        <fieldset class="hl-fieldset" aria-describedby=contact_described>
            <legend class="hl-fieldset__legend">{legend(lang, "report-step-contact", page_heading)}</legend>
            <p class="hl-body">{t(lang, "report-contact-explain")}</p>
            {field_error(lang, state, "contact")}
            <div class="hl-radio">
                <input class="hl-radio__input" type="radio" id="contact" name="contact" value="no" checked=chosen == "no" aria-invalid=contact_invalid />
                <label class="hl-radio__label" for="contact">{t(lang, "report-contact-no")}</label>
            </div>
            <div class="hl-radio">
                <input class="hl-radio__input" type="radio" id="contact-yes" name="contact" value="yes" checked=chosen == "yes" aria-invalid=contact_invalid />
                <label class="hl-radio__label" for="contact-yes">{t(lang, "report-contact-yes")}</label>
            </div>
        </fieldset>
        <div class="hl-form-group">
            <p class="hl-hint">{t(lang, "report-contact-fields-hint")}</p>
            <label class="hl-label" for="name">{t(lang, "report-contact-name")}</label>
            {field_error(lang, state, "name")}
            <input class="hl-input hl-input--wide" type="text" id="name" name="name" value=name autocomplete="name" maxlength="200"
                aria-invalid=name_invalid aria-describedby=name_described />
            <label class="hl-label" for="email">{t(lang, "report-contact-email")}</label>
            {field_error(lang, state, "email")}
            <input class="hl-input hl-input--wide" type="email" id="email" name="email" value=email autocomplete="email" maxlength="254"
                aria-invalid=email_invalid aria-describedby=email_described />
            <label class="hl-label" for="phone">{t(lang, "report-contact-phone")}</label>
            {field_error(lang, state, "phone")}
            <input class="hl-input" type="tel" id="phone" name="phone" value=phone autocomplete="tel" maxlength="30"
                aria-invalid=phone_invalid aria-describedby=phone_described />
        </div>
    }
}
