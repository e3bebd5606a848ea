//! `/{lang}/zelftest`: "Weet u wat u moet doorgeven?". One situation per page, answered yes,
//! no or "I don't know"; then the right answer and the page that explains it; at the end what
//! the person knew and what to read. Nothing about the person is kept (the page says so).

use super::{Problem, error_summary, field_error, title};
use crate::{
    i18n::{t, t_args, use_language},
    layout::{PageHeading, PageTitle, field_aria},
    rights::{library, library::topic_href},
};
use helder_domain::{
    languages::Language,
    prevention::{
        questions::QUESTION_SEGMENT,
        selfcheck::{Answer, CheckQuestion, SELFCHECK_SEGMENT, Summary},
    },
};
use leptos::prelude::*;

/// `/{lang}/zelftest[/rest]`.
pub fn selfcheck_href(lang: Language, rest: &str) -> String {
    if rest.is_empty() {
        format!("/{}/{SELFCHECK_SEGMENT}", lang.code)
    } else {
        format!("/{}/{SELFCHECK_SEGMENT}/{rest}", lang.code)
    }
}

/// The title of the page `slug` in `lang` (or its Dutch title), for links.
fn page_title(slug: &str, lang: Language) -> String {
    library()
        .find(slug, lang)
        .map(|found| found.page().title.clone())
        .unwrap_or_else(|| slug.to_owned())
}

fn answer_text(lang: Language, answer: Answer) -> String {
    t(lang, &format!("selfcheck-answer-{}", answer.as_str()))
}

fn progress(lang: Language, number: usize, total: usize) -> String {
    t_args(
        lang,
        "selfcheck-progress",
        &[
            ("number", &number.to_string()),
            ("total", &total.to_string()),
        ],
    )
}

/// The start page.
#[component]
pub fn SelfCheckStart(total: usize) -> impl IntoView {
    let lang = use_language();
    view! {
        <PageHeading text=t(lang, "selfcheck-title") />
        <p class="hl-lead">{t(lang, "selfcheck-lead")}</p>
        <p class="hl-body">{t_args(lang, "selfcheck-how", &[("total", &total.to_string())])}</p>
        <div class="hl-inset">
            <p class="hl-body">{t(lang, "selfcheck-private")}</p>
        </div>
        <form method="post" action=selfcheck_href(lang, "")>
            <button class="hl-button" type="submit">{t(lang, "selfcheck-start")}</button>
        </form>
    }
}

/// One situation with its three answers.
#[component]
pub fn SelfCheckQuestion(
    number: usize,
    total: usize,
    question: CheckQuestion,
    chosen: Option<Answer>,
    problems: Vec<Problem>,
) -> impl IntoView {
    let lang = use_language();
    let heading = t(lang, "selfcheck-title");
    let invalid = !problems.is_empty();
    let (aria_invalid, described) = field_aria("answer", false, invalid);
    let back = if number > 1 {
        selfcheck_href(lang, &format!("{}/uitleg", number - 1))
    } else {
        selfcheck_href(lang, "")
    };
    let radios = Answer::ALL
        .into_iter()
        .enumerate()
        .map(|(i, answer)| {
            // The first radio has the field's id, so the error summary's link reaches it.
            let id = if i == 0 {
                "answer".to_owned()
            } else {
                format!("answer-{}", answer.as_str())
            };
            view! {
                <div class="hl-radio">
                    <input class="hl-radio__input" type="radio" id=id.clone() name="answer" value=answer.as_str()
                        checked=chosen == Some(answer) aria-invalid=aria_invalid />
                    <label class="hl-radio__label" for=id>{answer_text(lang, answer)}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <PageTitle text=title(lang, &format!("{} – {heading}", progress(lang, number, total)), &problems) />
        {error_summary(lang, &problems)}
        <p class="hl-back"><a href=back>{t(lang, "report-back")}</a></p>
        <form method="post" action=selfcheck_href(lang, &number.to_string()) novalidate=true>
            <fieldset class="hl-fieldset" aria-describedby=described>
                <legend class="hl-fieldset__legend">
                    <span class="hl-caption">{progress(lang, number, total)}</span>
                    <h1 class="hl-heading-l">{question.situation.get(lang).to_owned()}</h1>
                </legend>
                {field_error(lang, &problems, "answer")}
                {radios}
            </fieldset>
            <button class="hl-button" type="submit">{t(lang, "selfcheck-continue")}</button>
        </form>
    }
}

/// The right answer to a situation, after the person answered it.
#[component]
pub fn SelfCheckExplanation(
    number: usize,
    total: usize,
    question: CheckQuestion,
    given: Option<Answer>,
) -> impl IntoView {
    let lang = use_language();
    let verdict = given.map(|answer| {
        let key = if question.is_correct(answer) {
            "selfcheck-right"
        } else if answer == Answer::DontKnow {
            "selfcheck-now-you-know"
        } else {
            "selfcheck-wrong"
        };
        view! {
            <p class="hl-body">
                {t_args(lang, "selfcheck-you-answered", &[("answer", &answer_text(lang, answer))])}
                " "<strong>{t(lang, key)}</strong>
            </p>
        }
    });
    let next = if number < total {
        (
            selfcheck_href(lang, &(number + 1).to_string()),
            t(lang, "selfcheck-next"),
        )
    } else {
        (
            selfcheck_href(lang, "uitslag"),
            t(lang, "selfcheck-to-result"),
        )
    };
    let heading = t_args(
        lang,
        "selfcheck-explanation-title",
        &[
            ("number", &number.to_string()),
            ("total", &total.to_string()),
        ],
    );
    view! {
        <PageHeading text=heading />
        <div class="hl-answer-box">
            <p class="hl-body hl-selfcheck__situation">{question.situation.get(lang).to_owned()}</p>
            {verdict}
            <p class="hl-body">{question.explanation.get(lang).to_owned()}</p>
        </div>
        <p class="hl-body">
            {t(lang, "selfcheck-read-more")} " "
            <a href=topic_href(lang, &question.page)>{page_title(&question.page, lang)}</a>
        </p>
        <a class="hl-button" href=next.0>{next.1}</a>
    }
}

/// The end: what the person knew and what to read.
#[component]
pub fn SelfCheckResult(summary: Summary, questions: Vec<(usize, CheckQuestion)>) -> impl IntoView {
    let lang = use_language();
    let to_read = questions
        .iter()
        .filter(|(n, _)| summary.to_read.contains(n) || summary.not_answered.contains(n))
        .map(|(_, q)| {
            view! {
                <li>
                    <a href=topic_href(lang, &q.page)>{page_title(&q.page, lang)}</a>
                    <span class="hl-hint">" – " {q.situation.get(lang).to_owned()}</span>
                </li>
            }
        })
        .collect_view();
    let read_heading = (!summary.to_read.is_empty() || !summary.not_answered.is_empty())
        .then(|| view! { <h2 class="hl-heading-m">{t(lang, "selfcheck-to-read")}</h2> });
    view! {
        <PageHeading text=t(lang, "selfcheck-result-title") />
        <div class="hl-panel" role="status">
            <p class="hl-heading-m">
                {t_args(lang, "selfcheck-result-score", &[
                    ("knew", &summary.knew.to_string()),
                    ("total", &questions.len().to_string()),
                ])}
            </p>
        </div>
        {read_heading}
        <ul class="hl-list">{to_read}</ul>
        <h2 class="hl-heading-m">{t(lang, "selfcheck-doubt-title")}</h2>
        <p class="hl-body">{t(lang, "selfcheck-doubt-text")}</p>
        <p class="hl-body">
            <a href=format!("/{}/{QUESTION_SEGMENT}", lang.code)>{t(lang, "selfcheck-ask-link")}</a>
        </p>
        <form method="post" action=selfcheck_href(lang, "")>
            <button class="hl-button hl-button--secondary" type="submit">{t(lang, "selfcheck-again")}</button>
        </form>
    }
}
