//! `POST /{lang}/rechten-en-plichten/{slug}/duidelijk` ("was this clear?") and
//! `…/opmerking` (what was unclear). A count per page, language and month; a comment with
//! its day only. Only pages in this municipality's library are counted.

use super::shared::{site, this_month};
use crate::{
    pages::{Lang, Render},
    state::AppState,
    tenancy::{Here, Place},
};
use axum::{
    Router,
    extract::{Form, Path, RawQuery, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
    routing::{get, post},
};
use chrono::{TimeZone, Utc};
use helder_app::{
    prevention::{
        Problem,
        feedback::{FeedbackPage, FeedbackStep, feedback_href},
    },
    report::form::HONEYPOT_FIELD,
    rights::library::TOPICS_SEGMENT,
};
use helder_domain::{
    languages::Language,
    prevention::{
        feedback::{Comment, MAX_COMMENT, Verdict},
        text::TextProblem,
    },
};
use leptos::prelude::*;

pub fn router() -> Router<AppState> {
    let page = format!("/{{lang}}/{TOPICS_SEGMENT}/{{slug}}");
    Router::new()
        .route(
            &format!("{page}/duidelijk"),
            get(feedback_page).post(verdict),
        )
        .route(&format!("{page}/opmerking"), post(comment))
}

/// The page's title in `lang`, if this municipality has the page.
fn page_title(here: &Place, slug: &str, lang: Language) -> Option<String> {
    here.library
        .snapshot()
        .find(slug, lang)
        .map(|found| found.page().title.clone())
}

fn field<'a>(fields: &'a [(String, String)], name: &str) -> &'a str {
    fields
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
        .unwrap_or_default()
}

async fn show(
    page: Render,
    status: StatusCode,
    slug: String,
    title: String,
    step: FeedbackStep,
) -> Response {
    page.page(status, move || {
        view! { <FeedbackPage slug=slug.clone() page_title=title.clone() step=step.clone() /> }
    })
    .await
}

/// `GET …/duidelijk?antwoord=ja|nee|verstuurd`: thanks, or the comment form after "no".
async fn feedback_page(
    Lang(lang): Lang,
    Path((_, slug)): Path<(String, String)>,
    Here(here): Here,
    RawQuery(query): RawQuery,
    page: Render,
) -> Response {
    let Some(title) = page_title(&here, &slug, lang) else {
        return crate::public::not_found(page).await;
    };
    let unclear = form_urlencoded::parse(query.unwrap_or_default().as_bytes())
        .any(|(k, v)| k == "antwoord" && v == Verdict::Unclear.as_str());
    let step = if unclear {
        FeedbackStep::Comment {
            text: String::new(),
            problems: Vec::new(),
        }
    } else {
        FeedbackStep::Thanks
    };
    show(page, StatusCode::OK, slug, title, step).await
}

/// `POST …/duidelijk`: count the answer, then thanks (or the comment form).
async fn verdict(
    State(state): State<AppState>,
    Lang(lang): Lang,
    Path((_, slug)): Path<(String, String)>,
    Here(here): Here,
    page: Render,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    if page_title(&here, &slug, lang).is_none() {
        return crate::public::not_found(page).await;
    }
    let Some(verdict) = Verdict::parse(field(&fields, "antwoord")) else {
        // Only the page's two buttons send this form: anything else goes back to the page.
        return Redirect::to(&helder_app::rights::library::topic_href(lang, &slug)).into_response();
    };
    if let Err(error) = state
        .db
        .count_page_feedback(site(&here), &slug, lang.code, &this_month(), verdict)
        .await
    {
        tracing::warn!(%error, "page feedback not counted");
    }
    let target = format!(
        "{}?antwoord={}",
        feedback_href(lang, &slug),
        verdict.as_str()
    );
    Redirect::to(&target).into_response()
}

/// `POST …/opmerking`: keep the comment (optional: an empty one is simply not kept).
async fn comment(
    State(state): State<AppState>,
    Lang(lang): Lang,
    Path((_, slug)): Path<(String, String)>,
    Here(here): Here,
    page: Render,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    let Some(title) = page_title(&here, &slug, lang) else {
        return crate::public::not_found(page).await;
    };
    let typed = field(&fields, "opmerking").to_owned();
    let problem = if !field(&fields, HONEYPOT_FIELD).is_empty() {
        Some(Problem::new("opmerking", "report-honeypot"))
    } else {
        match Comment::parse(&typed) {
            Ok(Some(comment)) => {
                let now = Utc::now();
                let day = Utc.from_utc_datetime(&now.date_naive().and_time(chrono::NaiveTime::MIN));
                match state
                    .db
                    .add_feedback_comment(site(&here), &slug, lang.code, comment.as_str(), day)
                    .await
                {
                    Ok(()) => None,
                    Err(error) => {
                        tracing::error!(%error, "page comment not stored");
                        Some(Problem::new("opmerking", "feedback-error-unavailable"))
                    }
                }
            }
            Ok(None) => None,
            Err(TextProblem::TooLong(_)) => Some(Problem {
                field: "opmerking".into(),
                key: "report-error-too-long",
                max: Some(MAX_COMMENT),
            }),
            Err(TextProblem::Empty) => None,
        }
    };
    match problem {
        None => Redirect::to(&format!(
            "{}?antwoord=verstuurd",
            feedback_href(lang, &slug)
        ))
        .into_response(),
        Some(problem) => {
            let unavailable = problem.key == "feedback-error-unavailable";
            let step = FeedbackStep::Comment {
                text: typed,
                problems: vec![problem],
            };
            let status = if unavailable {
                StatusCode::SERVICE_UNAVAILABLE
            } else {
                StatusCode::UNPROCESSABLE_ENTITY
            };
            show(page, status, slug, title, step).await
        }
    }
}
