//! `/{lang}/vraag`: the anonymous question box. Nothing is stored until "send"; then the
//! question with the argon2id hash of a fresh 16-digit code (the code itself is shown once
//! and never kept) and, only if given, an e-mail address for "your answer is ready". The
//! code opens the question and its answer on any site of the same organisation.

use super::shared::site;
use crate::{
    hashing::HashError,
    pages::{Lang, Render},
    report::receipt,
    state::AppState,
    storage::{NewQuestion, StorageError},
    tenancy::Here,
};
use axum::{
    Router,
    extract::{Form, State},
    http::StatusCode,
    response::Response,
    routing::{get, post},
};
use chrono::Utc;
use helder_app::{
    prevention::{
        Problem,
        questions::{AnswerPage, AskCheckPage, AskPage, AskReceivedPage, Asked, QuestionAnswer},
    },
    report::form::HONEYPOT_FIELD,
};
use helder_domain::{
    languages::Language,
    prevention::{
        questions::{MAX_QUESTION, QUESTION_SEGMENT, QuestionText},
        text::TextProblem,
    },
    report::receipt::ReceiptCode,
};
use leptos::prelude::*;

pub fn router() -> Router<AppState> {
    let base = format!("/{{lang}}/{QUESTION_SEGMENT}");
    Router::new()
        .route(&base, get(ask_page))
        .route(&format!("{base}/controleren"), post(check))
        .route(&format!("{base}/wijzigen"), post(change))
        .route(&format!("{base}/versturen"), post(send))
        .route(
            &format!("{base}/antwoord"),
            get(answer_page).post(read_answer),
        )
}

fn field(fields: &[(String, String)], name: &str) -> String {
    fields
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.clone())
        .unwrap_or_default()
}

/// The form's values as typed, and what is wrong with them.
fn parse(fields: &[(String, String)]) -> (Asked, Option<QuestionText>, Vec<Problem>) {
    let asked = Asked {
        question: field(fields, "question"),
        email: field(fields, "email").trim().to_owned(),
    };
    let mut problems = Vec::new();
    if !field(fields, HONEYPOT_FIELD).is_empty() {
        problems.push(Problem::new("question", "report-honeypot"));
    }
    let question = match QuestionText::parse(&asked.question) {
        Ok(q) => Some(q),
        Err(TextProblem::Empty) => {
            problems.push(Problem::new("question", "ask-error-empty"));
            None
        }
        Err(TextProblem::TooLong(_)) => {
            problems.push(Problem {
                field: "question".into(),
                key: "report-error-too-long",
                max: Some(MAX_QUESTION),
            });
            None
        }
    };
    if !asked.email.is_empty()
        && (asked.email.len() > 254 || asked.email.parse::<lettre::Address>().is_err())
    {
        problems.push(Problem::new("email", "ask-error-email"));
    }
    (asked, question, problems)
}

async fn form(page: Render, status: StatusCode, asked: Asked, problems: Vec<Problem>) -> Response {
    page.page(status, move || {
        view! { <AskPage asked=asked.clone() problems=problems.clone() /> }
    })
    .await
}

async fn ask_page(Lang(_): Lang, page: Render) -> Response {
    form(page, StatusCode::OK, Asked::default(), Vec::new()).await
}

/// `POST /{lang}/vraag/controleren`: the check page, or the form again with its problems.
async fn check(Lang(_): Lang, page: Render, Form(fields): Form<Vec<(String, String)>>) -> Response {
    let (asked, question, problems) = parse(&fields);
    if !problems.is_empty() {
        return form(page, StatusCode::UNPROCESSABLE_ENTITY, asked, problems).await;
    }
    let asked = Asked {
        question: question.map(|q| q.as_str().to_owned()).unwrap_or_default(),
        ..asked
    };
    page.ok(move || view! { <AskCheckPage asked=asked.clone() /> })
        .await
}

/// `POST /{lang}/vraag/wijzigen`: the form with what was typed.
async fn change(
    Lang(_): Lang,
    page: Render,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    let asked = Asked {
        question: field(&fields, "question"),
        email: field(&fields, "email"),
    };
    form(page, StatusCode::OK, asked, Vec::new()).await
}

/// The argon2id hash of a code, on the hashing pool.
async fn hash(state: &AppState, code: &ReceiptCode) -> Option<String> {
    let salt = state.receipt_salt;
    let code = code.clone();
    match state
        .hashing
        .run(move |memory| receipt::hash_with(&code, &salt, memory))
        .await
    {
        Ok(Ok(hash)) => Some(hash),
        Ok(Err(error)) => {
            tracing::error!(%error, "could not hash a question code");
            None
        }
        Err(HashError::Busy | HashError::Stopped) => None,
    }
}

/// `POST /{lang}/vraag/versturen`: store the question and show its code once.
async fn send(
    State(state): State<AppState>,
    Lang(lang): Lang,
    Here(here): Here,
    page: Render,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    let (asked, question, problems) = parse(&fields);
    let Some(question) = question.filter(|_| problems.is_empty()) else {
        return form(page, StatusCode::UNPROCESSABLE_ENTITY, asked, problems).await;
    };
    let unavailable = |asked: Asked| {
        let problems = vec![Problem::new("question", "ask-error-unavailable")];
        (asked, problems)
    };
    // A code taken already (one in 10^16) gets a new one.
    for _ in 0..3 {
        let code = receipt::generate();
        let Some(code_hash) = hash(&state, &code).await else {
            let (asked, problems) = unavailable(asked);
            return form(page, StatusCode::SERVICE_UNAVAILABLE, asked, problems).await;
        };
        let new = NewQuestion {
            site: site(&here),
            lang: lang.code,
            code_hash: &code_hash,
            body: question.as_str(),
            email: (!asked.email.is_empty()).then_some(asked.email.as_str()),
            asked_at: Utc::now(),
        };
        match state.db.ask_question(&new).await {
            Ok(_) => {
                let (grouped, with_email) = (code.grouped(), !asked.email.is_empty());
                return page
                    .ok(move || {
                        view! { <AskReceivedPage code=grouped.clone() with_email /> }
                    })
                    .await;
            }
            Err(StorageError::Database(sqlx::Error::Database(e))) if e.is_unique_violation() => {}
            Err(error) => {
                tracing::error!(%error, "could not store a question");
                let (asked, problems) = unavailable(asked);
                return form(page, StatusCode::SERVICE_UNAVAILABLE, asked, problems).await;
            }
        }
    }
    let (asked, problems) = unavailable(asked);
    form(page, StatusCode::SERVICE_UNAVAILABLE, asked, problems).await
}

async fn lookup_page(
    page: Render,
    status: StatusCode,
    code: String,
    problems: Vec<Problem>,
    found: Option<QuestionAnswer>,
) -> Response {
    page.page(status, move || {
        view! { <AnswerPage code=code.clone() problems=problems.clone() found=found.clone() /> }
    })
    .await
}

async fn answer_page(Lang(_): Lang, page: Render) -> Response {
    lookup_page(page, StatusCode::OK, String::new(), Vec::new(), None).await
}

/// `POST /{lang}/vraag/antwoord`: the code opens the question and its answer, nothing else.
/// Every wrong code gets the same answer, and counts against the rate limit.
async fn read_answer(
    State(state): State<AppState>,
    Lang(_): Lang,
    Here(here): Here,
    page: Render,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    let typed = field(&fields, "code");
    // One refusal for every wrong code; "cannot check now" when the check itself failed.
    let refuse = |page, unavailable: bool, typed| {
        let (status, key) = if unavailable {
            (
                StatusCode::SERVICE_UNAVAILABLE,
                "ask-error-code-unavailable",
            )
        } else {
            (StatusCode::UNPROCESSABLE_ENTITY, "ask-error-code")
        };
        lookup_page(page, status, typed, vec![Problem::new("code", key)], None)
    };
    let Some(code) = ReceiptCode::parse(&typed) else {
        return refuse(page, false, typed).await;
    };
    let Some(code_hash) = hash(&state, &code).await else {
        return refuse(page, true, typed).await;
    };
    let found = state
        .db
        .question_by_code(here.organisation.as_str(), &code_hash)
        .await;
    let question = match found {
        Ok(Some(question)) => question,
        Ok(None) => return refuse(page, false, typed).await,
        Err(error) => {
            tracing::error!(%error, "could not look up a question code");
            return refuse(page, true, typed).await;
        }
    };
    if question.answer.is_some()
        && question.answer_read_at.is_none()
        && let Err(error) = state.db.mark_answer_read(question.id, Utc::now()).await
    {
        tracing::warn!(%error, "could not note that an answer was read");
    }
    let answer = question.answer.clone().map(|text| {
        let lang = question
            .answer_lang
            .as_deref()
            .and_then(Language::from_code)
            .unwrap_or_else(Language::default_language);
        (text, lang)
    });
    let found = QuestionAnswer {
        question: question.body,
        asked_on: crate::team::shared::local_date(question.asked_at),
        answer,
        keep_days: state.prevention.keep_days,
    };
    lookup_page(
        page,
        StatusCode::OK,
        code.grouped(),
        Vec::new(),
        Some(found),
    )
    .await
}
