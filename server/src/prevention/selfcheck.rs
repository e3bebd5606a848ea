//! `/{lang}/zelftest`: the self-check. The answers so far live in the flow's own cookie
//! (`helder_zelftest`, two hours, one letter per question); the server keeps only a count per
//! question, answer, language and month, added when a question is first answered.

use super::shared::{site, this_month};
use crate::{
    cookies,
    pages::{Lang, Render},
    state::AppState,
    tenancy::Here,
};
use axum::{
    Router,
    extract::{Form, Path, RawQuery, State},
    http::{HeaderMap, StatusCode, header},
    response::{IntoResponse, Redirect, Response},
    routing::get,
};
use helder_app::prevention::{
    Problem,
    selfcheck::{
        SelfCheckExplanation, SelfCheckQuestion, SelfCheckResult, SelfCheckStart, selfcheck_href,
    },
};
use helder_domain::prevention::selfcheck::{Answer, Progress, SELFCHECK_SEGMENT};
use leptos::prelude::*;

/// The flow's own cookie: what this visitor answered, and nothing else.
pub const SELFCHECK_COOKIE: &str = "helder_zelftest";
const COOKIE_SECONDS: i64 = 2 * 3600;

pub fn router() -> Router<AppState> {
    let base = format!("/{{lang}}/{SELFCHECK_SEGMENT}");
    Router::new()
        .route(&base, get(start_page).post(start))
        .route(&format!("{base}/uitslag"), get(result_page))
        .route(
            &format!("{base}/{{number}}"),
            get(question_page).post(answer),
        )
        .route(&format!("{base}/{{number}}/uitleg"), get(explanation_page))
}

fn progress(state: &AppState, headers: &HeaderMap) -> Progress {
    let text = cookies::read(headers, SELFCHECK_COOKIE).unwrap_or_default();
    Progress::parse(&text, state.prevention.selfcheck.len())
}

fn with_cookie(mut response: Response, state: &AppState, progress: &Progress) -> Response {
    response.headers_mut().insert(
        header::SET_COOKIE,
        cookies::set(
            SELFCHECK_COOKIE,
            &progress.encode(),
            Some(COOKIE_SECONDS),
            state.secure_cookies,
        ),
    );
    response
}

/// The question number in the address, if there is such a question.
fn number(state: &AppState, text: &str) -> Option<usize> {
    text.parse::<usize>()
        .ok()
        .filter(|n| state.prevention.selfcheck.question(*n).is_some())
}

async fn start_page(State(state): State<AppState>, _: Lang, page: Render) -> Response {
    let total = state.prevention.selfcheck.len();
    page.ok(move || view! { <SelfCheckStart total /> }).await
}

/// `POST /{lang}/zelftest`: (again) from the first question, with no answers.
async fn start(State(state): State<AppState>, Lang(lang): Lang) -> Response {
    let empty = Progress::parse("", state.prevention.selfcheck.len());
    let response = Redirect::to(&selfcheck_href(lang, "1")).into_response();
    with_cookie(response, &state, &empty)
}

async fn question_page(
    State(state): State<AppState>,
    Lang(_): Lang,
    Path((_, number_text)): Path<(String, String)>,
    headers: HeaderMap,
    page: Render,
) -> Response {
    let Some(number) = number(&state, &number_text) else {
        return crate::public::not_found(page).await;
    };
    let chosen = progress(&state, &headers).get(number);
    render_question(&state, page, number, chosen, Vec::new(), StatusCode::OK).await
}

async fn render_question(
    state: &AppState,
    page: Render,
    number: usize,
    chosen: Option<Answer>,
    problems: Vec<Problem>,
    status: StatusCode,
) -> Response {
    let check = state.prevention.selfcheck.clone();
    let total = check.len();
    let Some(question) = check.question(number).cloned() else {
        return crate::public::not_found(page).await;
    };
    page.page(status, move || {
        view! {
            <SelfCheckQuestion number total question=question.clone() chosen problems=problems.clone() />
        }
    })
    .await
}

/// `POST /{lang}/zelftest/{n}`: count the answer (the first time this visitor gives one),
/// keep it in the cookie, and show the right answer.
async fn answer(
    State(state): State<AppState>,
    Lang(lang): Lang,
    Path((_, number_text)): Path<(String, String)>,
    Here(here): Here,
    headers: HeaderMap,
    page: Render,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    let Some(number) = number(&state, &number_text) else {
        return crate::public::not_found(page).await;
    };
    let given = fields
        .iter()
        .find(|(k, _)| k == "answer")
        .and_then(|(_, v)| Answer::parse(v));
    let Some(given) = given else {
        let problems = vec![Problem::new("answer", "selfcheck-error-choose")];
        return render_question(
            &state,
            page,
            number,
            None,
            problems,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    };
    let before = progress(&state, &headers);
    if before.get(number).is_none() {
        let question = state
            .prevention
            .selfcheck
            .question(number)
            .map(|q| q.id.clone());
        if let Some(id) = question {
            // A count that cannot be written is lost; the person still gets the answer.
            if let Err(error) = state
                .db
                .count_selfcheck_answer(site(&here), &id, given, lang.code, &this_month())
                .await
            {
                tracing::warn!(%error, "self-check answer not counted");
            }
        }
    }
    let after = before.with(number, given);
    let target = format!(
        "{}?antwoord={}",
        selfcheck_href(lang, &format!("{number}/uitleg")),
        given.as_str()
    );
    with_cookie(Redirect::to(&target).into_response(), &state, &after)
}

async fn explanation_page(
    State(state): State<AppState>,
    Lang(_): Lang,
    Path((_, number_text)): Path<(String, String)>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
    page: Render,
) -> Response {
    let Some(number) = number(&state, &number_text) else {
        return crate::public::not_found(page).await;
    };
    // The answer just given (in the address, so it works without cookies too), or the one
    // in the cookie.
    let given = form_urlencoded::parse(query.unwrap_or_default().as_bytes())
        .find(|(k, _)| k == "antwoord")
        .and_then(|(_, v)| Answer::parse(&v))
        .or_else(|| progress(&state, &headers).get(number));
    let check = state.prevention.selfcheck.clone();
    let total = check.len();
    let Some(question) = check.question(number).cloned() else {
        return crate::public::not_found(page).await;
    };
    page.ok(move || {
        view! { <SelfCheckExplanation number total question=question.clone() given /> }
    })
    .await
}

async fn result_page(
    State(state): State<AppState>,
    Lang(lang): Lang,
    headers: HeaderMap,
    page: Render,
) -> Response {
    let progress = progress(&state, &headers);
    // Nothing answered yet: the first question (or the one still open) is where to go.
    if progress.first_open() == Some(1) {
        return Redirect::to(&selfcheck_href(lang, "")).into_response();
    }
    let check = state.prevention.selfcheck.clone();
    let summary = progress.summary(&check);
    let questions: Vec<_> = check
        .questions
        .iter()
        .enumerate()
        .map(|(i, q)| (i + 1, q.clone()))
        .collect();
    page.ok(move || {
        view! { <SelfCheckResult summary=summary.clone() questions=questions.clone() /> }
    })
    .await
}
