//! Prevention's staff pages. The anonymous questions (`/team/vragen…`) are for advisors and
//! nobody else: every other role gets 403 on every one of these addresses, before anything
//! is read. "Which duties are least known" (`/team/kennis`) is for editors and leads; the
//! readers' feedback and the FAQ suggestions (`/team/reacties…`) for editors only.

use super::{
    routes::StaffRoutes,
    shared::{TeamError, local_date, local_time, query_map, see_other},
    viewer::Viewer,
};
use axum::{
    extract::{Form, Path, RawQuery},
    http::StatusCode,
    response::{IntoResponse, Response},
};
use chrono::Utc;
use helder_app::{
    prevention::staff::{
        FEEDBACK_SEGMENT, FeedbackView, KNOWLEDGE_SEGMENT, KnowledgePage, KnowledgeView,
        QUESTIONS_SEGMENT, QuestionDetail, QuestionDetailPage, QuestionQueue, QuestionQueuePage,
        QueueRow, ReaderFeedbackPage,
    },
    staff::{MUNICIPALITY_PARAM, team_href},
};
use helder_domain::{
    languages::Language,
    prevention::{
        knowledge::{columns, least_known},
        questions::{AnswerText, QUESTION_SEGMENT, is_overdue},
    },
    staff::Role,
};
use leptos::prelude::*;

pub fn routes() -> StaffRoutes {
    StaffRoutes::new()
        .get("/{lang}/team/vragen", questions_page)
        .get("/{lang}/team/vragen/{id}", question_page)
        .post("/{lang}/team/vragen/{id}/antwoord", answer)
        .post("/{lang}/team/vragen/{id}/veelgestelde-vraag", suggest_faq)
        .get("/{lang}/team/kennis", knowledge_page)
        .get("/{lang}/team/reacties", feedback_page)
        .post(
            "/{lang}/team/reacties/voorstel/{id}/afgehandeld",
            suggestion_done,
        )
}

fn field(fields: &[(String, String)], name: &str) -> String {
    fields
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.clone())
        .unwrap_or_default()
}

fn excerpt(text: &str) -> String {
    let line: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if line.chars().count() > 90 {
        format!("{}…", line.chars().take(90).collect::<String>())
    } else {
        line
    }
}

/// The organisation's municipalities, with the one `?gemeente=` picked (none: all).
fn chosen_municipalities(
    viewer: &Viewer,
    query: Option<&str>,
) -> helder_app::staff::Municipalities {
    let asked = query_map(query).remove(MUNICIPALITY_PARAM);
    viewer
        .state
        .places
        .municipalities_of(&viewer.staff.organisation, asked.as_deref())
}

/// The pages of the viewer's organisation (its first municipality's library: the
/// organisation's pages are the same in each), for page titles.
fn organisation_library(viewer: &Viewer) -> std::sync::Arc<helder_app::rights::library::Library> {
    viewer
        .state
        .places
        .of_organisation(&viewer.staff.organisation)
        .next()
        .map(|place| place.library.snapshot())
        .unwrap_or_else(|| viewer.state.library.snapshot())
}

/// `GET /{lang}/team/vragen[?gemeente=…]`
async fn questions_page(viewer: Viewer, RawQuery(query): RawQuery) -> Response {
    if let Err(error) = viewer.staff.require(Role::answers_questions) {
        return error.into_response();
    }
    let loaded = async {
        let municipalities = chosen_municipalities(&viewer, query.as_deref());
        let stored = viewer
            .state
            .db
            .questions(
                viewer.staff.organisation.as_str(),
                municipalities.selected.as_deref(),
            )
            .await?;
        let calendar = viewer.state.db.calendar(&viewer.staff.organisation).await?;
        let today = chrono::Local::now().date_naive();
        let days = viewer.state.prevention.answer_days;
        let rows = stored
            .into_iter()
            .map(|q| QueueRow {
                id: q.id,
                municipality: viewer.state.places.municipality_name(&q.municipality),
                lang: q.lang,
                asked: local_time(q.asked_at),
                excerpt: excerpt(&q.body),
                overdue: is_overdue(
                    &calendar,
                    q.asked_at.with_timezone(&chrono::Local).date_naive(),
                    q.answered_at.is_some(),
                    today,
                    days,
                ),
                answered: q.answered_at.map(local_date),
            })
            .collect();
        Ok::<_, TeamError>(QuestionQueue {
            municipalities,
            rows,
            answer_days: days,
        })
    }
    .await;
    viewer
        .page(QUESTIONS_SEGMENT, loaded, |data| {
            view! { <QuestionQueuePage data /> }
        })
        .await
}

/// The question `id` of the advisor's organisation, drawn with what was typed.
async fn question_view(
    viewer: &Viewer,
    id: i64,
    typed: (String, String),
    problems: Vec<(String, String)>,
    suggested: bool,
    status: StatusCode,
) -> Response {
    let loaded = async {
        let q = viewer
            .state
            .db
            .question(viewer.staff.organisation.as_str(), id)
            .await?
            .ok_or(TeamError::NotFound)?;
        let calendar = viewer.state.db.calendar(&viewer.staff.organisation).await?;
        let today = chrono::Local::now().date_naive();
        Ok::<_, TeamError>(QuestionDetail {
            id: q.id,
            municipality: viewer.state.places.municipality_name(&q.municipality),
            overdue: is_overdue(
                &calendar,
                q.asked_at.with_timezone(&chrono::Local).date_naive(),
                q.answered_at.is_some(),
                today,
                viewer.state.prevention.answer_days,
            ),
            lang: q.lang,
            asked: local_time(q.asked_at),
            body: q.body,
            answer: match (q.answer, q.answered_at) {
                (Some(text), Some(at)) => Some((
                    text,
                    q.answer_lang.unwrap_or_else(|| "nl".into()),
                    q.answered_by.unwrap_or_default(),
                    local_time(at),
                )),
                _ => None,
            },
            read: q.answer_read_at.map(local_time),
            typed: typed.0,
            typed_lang: typed.1,
            problems,
            suggested,
        })
    }
    .await;
    let data = match loaded {
        Ok(data) => data,
        Err(error) => return error.into_response(),
    };
    let path = team_href(viewer.lang, &format!("{QUESTIONS_SEGMENT}/{id}"));
    super::shared::page(
        &viewer.state,
        viewer.lang,
        path,
        Some(viewer.staff.session.clone()),
        status,
        move || view! { <QuestionDetailPage data=data.clone() /> },
    )
    .await
}

/// `GET /{lang}/team/vragen/{id}[?voorstel=verstuurd]`
async fn question_page(
    viewer: Viewer,
    Path((_, id)): Path<(String, String)>,
    RawQuery(query): RawQuery,
) -> Response {
    if let Err(error) = viewer.staff.require(Role::answers_questions) {
        return error.into_response();
    }
    let Ok(id) = id.parse::<i64>() else {
        return TeamError::NotFound.into_response();
    };
    let suggested = query_map(query.as_deref())
        .get("voorstel")
        .is_some_and(|v| v == "verstuurd");
    question_view(
        &viewer,
        id,
        Default::default(),
        Vec::new(),
        suggested,
        StatusCode::OK,
    )
    .await
}

/// `POST /{lang}/team/vragen/{id}/antwoord`: the answer, in the question's language or
/// Dutch; "your answer is ready" is queued in the same unit when an address was left, and
/// the address is forgotten.
async fn answer(
    viewer: Viewer,
    Path((_, id)): Path<(String, String)>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    if let Err(error) = viewer.staff.require(Role::answers_questions) {
        return error.into_response();
    }
    let Ok(id) = id.parse::<i64>() else {
        return TeamError::NotFound.into_response();
    };
    let typed = field(&fields, "answer");
    let answer_lang = field(&fields, "answer-lang");
    let text = match AnswerText::parse(&typed) {
        Ok(text) => text,
        Err(_) => {
            let message = helder_app::i18n::t(viewer.lang, "advice-error-empty");
            return question_view(
                &viewer,
                id,
                (typed, answer_lang),
                vec![("answer".into(), message)],
                false,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
    };
    let result: Result<Response, TeamError> = async {
        let org = viewer.staff.organisation.as_str();
        let question = viewer
            .state
            .db
            .question(org, id)
            .await?
            .ok_or(TeamError::NotFound)?;
        // The question's own language or Dutch; anything else is Dutch.
        let chosen = if answer_lang == question.lang {
            question.lang.clone()
        } else {
            "nl".into()
        };
        let now = Utc::now();
        let mut tx = viewer.state.db.begin().await?;
        let found = tx
            .answer_question(
                org,
                id,
                text.as_str(),
                &chosen,
                &viewer.staff.session.name,
                now,
            )
            .await?;
        // Answered already (by someone else, or a second click): nothing changes.
        if found.is_none() {
            return Err(TeamError::NotFound);
        }
        if let Some((Some(email), lang)) = &found {
            let lang = Language::from_code(lang).unwrap_or_else(Language::default_language);
            let public_url = viewer
                .state
                .places
                .by_municipality(&question.municipality)
                .map(|place| place.site.public_url.clone())
                .unwrap_or_else(|| {
                    viewer
                        .state
                        .places
                        .public_url_of(&viewer.staff.organisation)
                });
            let url = format!(
                "{}/{}/{QUESTION_SEGMENT}/antwoord",
                public_url.trim_end_matches('/'),
                lang.code
            );
            let (subject, body) = crate::mail::compose::answer_ready(lang, &url);
            match crate::mail::enqueue_in(&mut tx, email, &subject, &body, now).await {
                // An unusable address: the answer stands, there is nobody to tell.
                Ok(_) | Err(crate::mail::MailError::InvalidRecipient) => {}
                // The database failed: nothing is stored (503), the advisor can send again.
                Err(crate::mail::MailError::Storage(error)) => return Err(error.into()),
                Err(error @ crate::mail::MailError::Setup(_)) => {
                    tracing::error!(%error, "could not queue the answer-ready mail");
                    return Err(TeamError::Storage(crate::storage::StorageError::Corrupt(
                        "the answer-ready mail could not be queued".into(),
                    )));
                }
            }
        }
        tx.commit().await?;
        Ok(see_other(&team_href(
            viewer.lang,
            &format!("{QUESTIONS_SEGMENT}/{id}"),
        )))
    }
    .await;
    result.into_response()
}

/// `POST /{lang}/team/vragen/{id}/veelgestelde-vraag`: the advisor's anonymous version of the
/// question and its answer goes to the editors.
async fn suggest_faq(
    viewer: Viewer,
    Path((_, id)): Path<(String, String)>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    if let Err(error) = viewer.staff.require(Role::answers_questions) {
        return error.into_response();
    }
    let Ok(id) = id.parse::<i64>() else {
        return TeamError::NotFound.into_response();
    };
    let question = AnswerText::parse(&field(&fields, "faq-question"));
    let answer = AnswerText::parse(&field(&fields, "faq-answer"));
    let (question, answer) = match (question, answer) {
        (Ok(q), Ok(a)) => (q, a),
        (q, a) => {
            let message = helder_app::i18n::t(viewer.lang, "advice-error-empty");
            let mut problems = Vec::new();
            if q.is_err() {
                problems.push(("faq-question".to_owned(), message.clone()));
            }
            if a.is_err() {
                problems.push(("faq-answer".to_owned(), message));
            }
            return question_view(
                &viewer,
                id,
                Default::default(),
                problems,
                false,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
    };
    let lang = field(&fields, "faq-lang");
    let lang = Language::from_code(&lang).unwrap_or_else(Language::default_language);
    let result: Result<Response, TeamError> = async {
        let org = viewer.staff.organisation.as_str();
        // Only from a question of this organisation.
        viewer
            .state
            .db
            .question(org, id)
            .await?
            .ok_or(TeamError::NotFound)?;
        viewer
            .state
            .db
            .add_faq_suggestion(
                org,
                lang.code,
                question.as_str(),
                answer.as_str(),
                Utc::now(),
            )
            .await?;
        Ok(see_other(&format!(
            "{}?voorstel=verstuurd",
            team_href(viewer.lang, &format!("{QUESTIONS_SEGMENT}/{id}"))
        )))
    }
    .await;
    result.into_response()
}

/// `GET /{lang}/team/kennis[?gemeente=…]`
async fn knowledge_page(viewer: Viewer, RawQuery(query): RawQuery) -> Response {
    if let Err(error) = viewer.staff.require(Role::sees_knowledge) {
        return error.into_response();
    }
    let loaded = async {
        let municipalities = chosen_municipalities(&viewer, query.as_deref());
        let counts = viewer
            .state
            .db
            .selfcheck_counts(
                viewer.staff.organisation.as_str(),
                municipalities.selected.as_deref(),
            )
            .await?;
        let check = viewer.state.prevention.selfcheck.clone();
        let rows = least_known(&check, &counts);
        let (quarters, langs) = columns(&rows);
        let dutch = Language::default_language();
        let library = organisation_library(&viewer);
        let rows = rows
            .into_iter()
            .map(|row| {
                let text = check
                    .question(row.number)
                    .map(|q| q.situation.get(dutch).to_owned())
                    .unwrap_or_default();
                let title = library
                    .find(&row.page, dutch)
                    .map(|f| f.page().title.clone())
                    .unwrap_or_else(|| row.page.clone());
                (row, text, title)
            })
            .collect();
        Ok::<_, TeamError>(KnowledgeView {
            municipalities,
            rows,
            quarters,
            langs,
            baseline_source: check.baseline_source.clone(),
        })
    }
    .await;
    viewer
        .page(KNOWLEDGE_SEGMENT, loaded, |data| {
            view! { <KnowledgePage data /> }
        })
        .await
}

/// `GET /{lang}/team/reacties[?gemeente=…]`
async fn feedback_page(viewer: Viewer, RawQuery(query): RawQuery) -> Response {
    if let Err(error) = viewer.staff.require(Role::edits_content) {
        return error.into_response();
    }
    let loaded = async {
        let municipalities = chosen_municipalities(&viewer, query.as_deref());
        let org = viewer.staff.organisation.as_str();
        let selected = municipalities.selected.as_deref();
        let library = organisation_library(&viewer);
        let dutch = Language::default_language();
        let title = |slug: &str| {
            library
                .find(slug, dutch)
                .map(|f| f.page().title.clone())
                .unwrap_or_else(|| slug.to_owned())
        };
        let pages = viewer
            .state
            .db
            .page_feedback(org, selected)
            .await?
            .into_iter()
            .map(|p| (p.page.clone(), title(&p.page), p.clear, p.unclear))
            .collect();
        let comments = viewer
            .state
            .db
            .feedback_comments(org, selected)
            .await?
            .into_iter()
            .map(|c| {
                (
                    title(&c.page),
                    c.lang,
                    viewer.state.places.municipality_name(&c.municipality),
                    local_date(c.received_on),
                    c.body,
                )
            })
            .collect();
        let suggestions = viewer
            .state
            .db
            .faq_suggestions(org)
            .await?
            .into_iter()
            .map(|s| (s.id, s.lang, s.question, s.answer, local_date(s.created_at)))
            .collect();
        Ok::<_, TeamError>(FeedbackView {
            municipalities,
            pages,
            comments,
            suggestions,
            retain_days: viewer.state.prevention.feedback_days,
        })
    }
    .await;
    viewer
        .page(FEEDBACK_SEGMENT, loaded, |data| {
            view! { <ReaderFeedbackPage data /> }
        })
        .await
}

/// `POST /{lang}/team/reacties/voorstel/{id}/afgehandeld`
async fn suggestion_done(viewer: Viewer, Path((_, id)): Path<(String, String)>) -> Response {
    if let Err(error) = viewer.staff.require(Role::edits_content) {
        return error.into_response();
    }
    let Ok(id) = id.parse::<i64>() else {
        return TeamError::NotFound.into_response();
    };
    match viewer
        .state
        .db
        .handle_faq_suggestion(viewer.staff.organisation.as_str(), id, Utc::now())
        .await
    {
        Ok(true) => see_other(&team_href(viewer.lang, FEEDBACK_SEGMENT)),
        Ok(false) => TeamError::NotFound.into_response(),
        Err(error) => TeamError::Storage(error).into_response(),
    }
}
