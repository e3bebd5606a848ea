//! `/{lang}/vraag`: "Stel een vraag zonder uw naam". A question (and, if wanted, an e-mail
//! address only for "your answer is ready"); check it; send it; get a code; read the answer
//! with the code. The page says plainly that a question never reaches the team that
//! investigates reports.

use super::{Problem, error_summary, field_error, title};
use crate::{
    i18n::{t, t_args, use_language},
    layout::{PageHeading, PageTitle, field_aria},
    report::form::HONEYPOT_FIELD,
};
use helder_domain::{
    languages::Language,
    prevention::questions::{MAX_QUESTION, QUESTION_SEGMENT},
};
use leptos::prelude::*;

/// `/{lang}/vraag[/rest]`.
pub fn question_href(lang: Language, rest: &str) -> String {
    if rest.is_empty() {
        format!("/{}/{QUESTION_SEGMENT}", lang.code)
    } else {
        format!("/{}/{QUESTION_SEGMENT}/{rest}", lang.code)
    }
}

/// What was typed into the question form.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Asked {
    pub question: String,
    pub email: String,
}

fn honeypot(lang: Language) -> impl IntoView {
    view! {
        <div class="hl-honeypot" aria-hidden="true">
            <label for=HONEYPOT_FIELD>{t(lang, "report-honeypot")}</label>
            <input type="text" id=HONEYPOT_FIELD name=HONEYPOT_FIELD tabindex="-1" autocomplete="off" />
        </div>
    }
}

/// The promise, in plain words: who reads a question, and who never does.
fn promise(lang: Language) -> impl IntoView {
    view! {
        <div class="hl-inset">
            <h2 class="hl-heading-s">{t(lang, "ask-promise-title")}</h2>
            <ul class="hl-list hl-list--bullet">
                <li>{t(lang, "ask-promise-advisor")}</li>
                <li>{t(lang, "ask-promise-not-team")}</li>
                <li>{t(lang, "ask-promise-no-name")}</li>
                <li>{t(lang, "ask-promise-deleted")}</li>
            </ul>
        </div>
    }
}

/// The question form (also shown again with problems, or to change the question).
#[component]
pub fn AskPage(asked: Asked, problems: Vec<Problem>) -> impl IntoView {
    let lang = use_language();
    let heading = t(lang, "ask-title");
    let (q_invalid, q_described) = field_aria(
        "question",
        true,
        problems.iter().any(|p| p.field == "question"),
    );
    let (e_invalid, e_described) =
        field_aria("email", true, problems.iter().any(|p| p.field == "email"));
    view! {
        <PageTitle text=title(lang, &heading, &problems) />
        {error_summary(lang, &problems)}
        <h1 class="hl-heading-xl">{heading}</h1>
        <p class="hl-lead">{t(lang, "ask-lead")}</p>
        {promise(lang)}
        <form method="post" action=question_href(lang, "controleren") novalidate=true>
            <div class="hl-form-group">
                <label class="hl-label hl-heading-m" for="question">{t(lang, "ask-question-label")}</label>
                <p class="hl-hint" id="question-hint">{t_args(lang, "ask-question-hint", &[("max", &MAX_QUESTION.to_string())])}</p>
                {field_error(lang, &problems, "question")}
                <textarea class="hl-textarea" id="question" name="question" rows="8" maxlength=MAX_QUESTION.to_string()
                    aria-invalid=q_invalid aria-describedby=q_described>{asked.question.clone()}</textarea>
            </div>
            <div class="hl-form-group">
                <label class="hl-label" for="email">{t(lang, "ask-email-label")}</label>
                <p class="hl-hint" id="email-hint">{t(lang, "ask-email-hint")}</p>
                {field_error(lang, &problems, "email")}
                <input class="hl-input hl-input--wide" type="email" id="email" name="email" value=asked.email.clone()
                    autocomplete="email" maxlength="254" aria-invalid=e_invalid aria-describedby=e_described />
            </div>
            {honeypot(lang)}
            <button class="hl-button" type="submit">{t(lang, "ask-continue")}</button>
        </form>
        <p class="hl-body">
            <a href=question_href(lang, "antwoord")>{t(lang, "ask-read-link")}</a>
        </p>
    }
}

/// Check before sending: the question and the address as hidden fields (nothing is stored
/// before "send").
#[component]
pub fn AskCheckPage(asked: Asked) -> impl IntoView {
    let lang = use_language();
    let email = if asked.email.is_empty() {
        t(lang, "ask-check-no-email")
    } else {
        asked.email.clone()
    };
    let hidden = view! {
        <input type="hidden" name="question" value=asked.question.clone() />
        <input type="hidden" name="email" value=asked.email.clone() />
    };
    view! {
        <PageHeading text=t(lang, "ask-check-title") />
        <dl class="hl-summary">
            <div class="hl-summary__row">
                <dt class="hl-summary__key">{t(lang, "ask-question-label")}</dt>
                <dd class="hl-summary__value hl-pre-wrap">{asked.question.clone()}</dd>
            </div>
            <div class="hl-summary__row">
                <dt class="hl-summary__key">{t(lang, "ask-email-label")}</dt>
                <dd class="hl-summary__value">{email}</dd>
            </div>
        </dl>
        <form method="post" action=question_href(lang, "wijzigen")>
            {hidden.clone()}
            <button class="hl-button hl-button--secondary" type="submit">{t(lang, "ask-change")}</button>
        </form>
        <p class="hl-body">{t(lang, "ask-check-promise")}</p>
        <form method="post" action=question_href(lang, "versturen")>
            {hidden}
            {honeypot(lang)}
            <button class="hl-button" type="submit">{t(lang, "ask-send")}</button>
        </form>
    }
}

/// After sending: the code, shown this once.
#[component]
pub fn AskReceivedPage(code: String, with_email: bool) -> impl IntoView {
    let lang = use_language();
    view! {
        <PageTitle text=t(lang, "ask-received-title") />
        <div class="hl-panel" role="status">
            <h1 class="hl-heading-xl">{t(lang, "ask-received-title")}</h1>
            <p class="hl-body">{t(lang, "ask-code-label")}</p>
            <p class="hl-receipt" dir="ltr" lang="">{code}</p>
        </div>
        <p class="hl-body">{t(lang, "ask-code-keep")}</p>
        {with_email.then(|| view! { <p class="hl-body">{t(lang, "ask-email-will-tell")}</p> })}
        <p class="hl-body">
            <a href=question_href(lang, "antwoord")>{t(lang, "ask-read-link")}</a>
        </p>
    }
}

/// What the code opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuestionAnswer {
    pub question: String,
    pub asked_on: String,
    /// The answer and its language.
    pub answer: Option<(String, Language)>,
    /// Days the question is kept after its answer was first read.
    pub keep_days: i64,
}

/// `/{lang}/vraag/antwoord`: the code form, or what the code opened.
#[component]
pub fn AnswerPage(
    code: String,
    problems: Vec<Problem>,
    found: Option<QuestionAnswer>,
) -> impl IntoView {
    let lang = use_language();
    if let Some(found) = found {
        let answer = match found.answer {
            Some((text, answer_lang)) => view! {
                <h2 class="hl-heading-m">{t(lang, "ask-answer-title")}</h2>
                <div class="hl-answer-box hl-pre-wrap" lang=answer_lang.code dir=answer_lang.dir().as_str()>{text}</div>
                <p class="hl-body">{t_args(lang, "ask-answer-deleted", &[("days", &found.keep_days.to_string())])}</p>
            }
            .into_any(),
            None => view! {
                <div class="hl-inset" role="status">
                    <p class="hl-body">{t(lang, "ask-not-yet")}</p>
                </div>
            }
            .into_any(),
        };
        return view! {
            <PageHeading text=t(lang, "ask-your-question") />
            <p class="hl-caption">{t_args(lang, "ask-asked-on", &[("date", &format!("\u{2068}{}\u{2069}", found.asked_on))])}</p>
            <div class="hl-answer-box hl-pre-wrap">{found.question}</div>
            {answer}
            <p class="hl-body"><a href=question_href(lang, "")>{t(lang, "ask-another")}</a></p>
        }
        .into_any();
    }
    let heading = t(lang, "ask-read-title");
    let (invalid, described) = field_aria("code", true, !problems.is_empty());
    view! {
        <PageTitle text=title(lang, &heading, &problems) />
        {error_summary(lang, &problems)}
        <form method="post" action=question_href(lang, "antwoord") novalidate=true>
            <div class="hl-form-group">
                <h1 class="hl-label-wrapper">
                    <label class="hl-label hl-heading-l" for="code">{heading.clone()}</label>
                </h1>
                <p class="hl-hint" id="code-hint">{t(lang, "ask-code-hint")}</p>
                {field_error(lang, &problems, "code")}
                <input class="hl-input" type="text" id="code" name="code" value=code inputmode="numeric"
                    autocomplete="off" spellcheck="false" maxlength="40" dir="ltr"
                    aria-invalid=invalid aria-describedby=described />
            </div>
            <button class="hl-button" type="submit">{t(lang, "ask-read-button")}</button>
        </form>
    }
    .into_any()
}
