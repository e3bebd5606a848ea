//! The HTTP side of the report form: the draft cookie, checking the answers of each step,
//! and storing the report before the reporter sees "received". The pages themselves live in
//! `helder_app::report::pages`; this module puts a [`FormState`] in the request for them.

use crate::{
    cookies::{self, token_hash},
    startup::{AppState, PageRenderer},
    storage::{Contact, NewReport, StoredAnswer},
};
use axum::{
    body::Body,
    extract::{Form, Path, Request, State},
    middleware::Next,
    response::{IntoResponse, Redirect, Response},
};
use chrono::{Duration, Utc};
use helder_app::{
    i18n::Language,
    queue::rules::{address_key, name_key},
    report::{
        answers::{EmailAddress, KindsError, PhoneNumber, parse_answer, parse_kinds},
        flow::{
            Draft, FieldError, FlowStep, FormState, HONEYPOT_FIELD, QUESTION_FIELD_PREFIX,
            REPORT_SEGMENT,
        },
        questionnaire::{AnswerType, Questionnaire},
        receipt::ReceiptCode,
    },
};
use http::{HeaderMap, HeaderValue, StatusCode, header};
use std::collections::BTreeMap;

pub const DRAFT_COOKIE: &str = "helder_melding";
const DRAFT_HOURS: i64 = 2;

fn draft_token(headers: &HeaderMap) -> Option<String> {
    cookies::read(headers, DRAFT_COOKIE)
}

fn cookie(token: &str, max_age: i64, secure: bool) -> HeaderValue {
    cookies::set(DRAFT_COOKIE, token, Some(max_age), secure)
}

fn report_path(path: &str) -> bool {
    let mut parts = path.trim_start_matches('/').split('/');
    Language::from_code(parts.next().unwrap_or_default()).is_some()
        && parts.next() == Some(REPORT_SEGMENT)
}

async fn load(state: &AppState, headers: &HeaderMap) -> Option<(String, Draft)> {
    let hash = token_hash(&draft_token(headers)?);
    match state.db.load_draft(&hash, Utc::now()).await {
        Ok(Some((_, data))) => serde_json::from_str(&data).ok().map(|d| (hash, d)),
        Ok(None) => None,
        Err(error) => {
            tracing::error!(%error, "could not load a report draft");
            None
        }
    }
}

/// For the report pages: the visitor's draft in the request, and never a cached answer.
pub async fn draft_for_pages(
    State(state): State<AppState>,
    mut request: Request,
    next: Next,
) -> Response {
    if !report_path(request.uri().path()) {
        return next.run(request).await;
    }
    if request.method() == http::Method::GET || request.method() == http::Method::HEAD {
        let draft = load(&state, request.headers()).await;
        request.extensions_mut().insert(FormState {
            has_draft: draft.is_some(),
            draft: draft.map(|(_, d)| d).unwrap_or_default(),
            ..FormState::default()
        });
    }
    let mut response = next.run(request).await;
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// Renders a report page for `path` with `form` (after a refused POST, or the receipt).
async fn render(state: &AppState, path: String, form: FormState, status: StatusCode) -> Response {
    let mut request = Request::builder()
        .uri(path)
        .body(Body::empty())
        .unwrap_or_default();
    request.extensions_mut().insert(form);
    let mut response = PageRenderer::new(state).render(request).await;
    *response.status_mut() = status;
    response
}

/// `POST /{lang}/melden/start`: a new draft under a random cookie token.
pub async fn start(State(state): State<AppState>, Path(lang): Path<String>) -> Response {
    let Some(lang) = Language::from_code(&lang) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let token = cookies::new_token();
    let data = serde_json::to_string(&Draft::default()).unwrap_or_default();
    let expires = Utc::now() + Duration::hours(DRAFT_HOURS);
    if let Err(error) = state
        .db
        .save_draft(&token_hash(&token), lang.code, &data, expires)
        .await
    {
        tracing::error!(%error, "could not start a report draft");
        return StatusCode::SERVICE_UNAVAILABLE.into_response();
    }
    let mut response = Redirect::to(&FlowStep::Kinds.href(lang)).into_response();
    response.headers_mut().insert(
        header::SET_COOKIE,
        cookie(&token, DRAFT_HOURS * 3600, state.secure_cookies),
    );
    response
}

fn values(fields: &[(String, String)]) -> BTreeMap<String, Vec<String>> {
    let mut map: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (k, v) in fields {
        map.entry(k.clone()).or_default().push(v.clone());
    }
    map
}

fn first<'a>(values: &'a BTreeMap<String, Vec<String>>, key: &str) -> &'a str {
    values
        .get(key)
        .and_then(|v| v.first())
        .map(String::as_str)
        .unwrap_or_default()
}

fn error(field: &str, message_key: &'static str) -> FieldError {
    FieldError {
        field: field.to_owned(),
        message_key,
        max: None,
    }
}

/// Checks one step's answers into `draft`; the errors, if any.
fn check_step(
    questionnaire: &Questionnaire,
    step: FlowStep,
    draft: &mut Draft,
    v: &BTreeMap<String, Vec<String>>,
) -> Vec<FieldError> {
    let mut errors = Vec::new();
    if !first(v, HONEYPOT_FIELD).is_empty() {
        errors.push(error(HONEYPOT_FIELD, "report-honeypot"));
    }
    match step {
        FlowStep::Kinds => match parse_kinds(
            questionnaire,
            v.get("kind").map(Vec::as_slice).unwrap_or_default(),
        ) {
            Ok(kinds) => draft.kinds = kinds,
            Err(KindsError::NoneChosen) => errors.push(error("kind", "report-error-no-kind")),
            Err(KindsError::Unknown) => errors.push(error("kind", "report-error-not-a-choice")),
        },
        FlowStep::Person | FlowStep::Situation | FlowStep::Knowledge => {
            let Some(qstep) = step.questions() else {
                return errors;
            };
            for q in questionnaire.questions_for(&draft.kinds, qstep) {
                let field = format!("{QUESTION_FIELD_PREFIX}{}", q.id);
                match parse_answer(q, first(v, &field)) {
                    Ok(Some(answer)) => {
                        draft
                            .answers
                            .insert(q.id.clone(), answer.as_str().to_owned());
                    }
                    Ok(None) => {
                        draft.answers.remove(&q.id);
                    }
                    Err(e) => errors.push(FieldError {
                        field,
                        message_key: e.message_key(),
                        max: match e {
                            helder_app::report::answers::AnswerError::TooLong { max } => Some(max),
                            _ => None,
                        },
                    }),
                }
            }
        }
        FlowStep::Contact => {
            let mut contact = helder_app::report::flow::ContactDraft::default();
            match first(v, "contact") {
                "no" => {}
                "yes" => {
                    contact.wants_contact = true;
                    // One line only: nothing typed can start a new line in a mail header or log.
                    contact.name = first(v, "name")
                        .replace(['\r', '\n', '\t'], " ")
                        .trim()
                        .to_owned();
                    if contact.name.chars().count() > 200 {
                        errors.push(FieldError {
                            field: "name".into(),
                            message_key: "report-error-too-long",
                            max: Some(200),
                        });
                    }
                    let email = first(v, "email").trim();
                    if !email.is_empty() {
                        match EmailAddress::parse(email) {
                            Some(e) => contact.email = e.as_str().to_owned(),
                            None => errors.push(error("email", "report-error-email")),
                        }
                    }
                    let phone = first(v, "phone").trim();
                    if !phone.is_empty() {
                        match PhoneNumber::parse(phone) {
                            Some(p) => contact.phone = p.as_str().to_owned(),
                            None => errors.push(error("phone", "report-error-phone")),
                        }
                    }
                    if errors.is_empty()
                        && contact.name.is_empty()
                        && contact.email.is_empty()
                        && contact.phone.is_empty()
                    {
                        errors.push(error("name", "report-error-contact-missing"));
                    }
                }
                _ => errors.push(error("contact", "report-error-contact-choice")),
            }
            if errors.is_empty() {
                draft.contact = Some(contact);
            }
        }
        FlowStep::Check => {}
    }
    errors
}

/// `POST /{lang}/melden/{step}`: check, save, and on to the next step; or the same page
/// again with an error summary and the answers as typed (422).
pub async fn step(
    State(state): State<AppState>,
    Path((lang, slug)): Path<(String, String)>,
    headers: HeaderMap,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    let (Some(lang), Some(step)) = (Language::from_code(&lang), FlowStep::parse(&slug)) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let Some((hash, mut draft)) = load(&state, &headers).await else {
        return Redirect::to(&step.href(lang)).into_response();
    };
    let submitted = values(&fields);
    let before = draft.clone();
    let errors = check_step(&state.questionnaire, step, &mut draft, &submitted);
    if !errors.is_empty() {
        let form = FormState {
            has_draft: true,
            draft: before,
            values: submitted,
            errors,
            ..FormState::default()
        };
        return render(
            &state,
            step.href(lang),
            form,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    }
    let data = serde_json::to_string(&draft).unwrap_or_default();
    let expires = Utc::now() + Duration::hours(DRAFT_HOURS);
    if let Err(error) = state.db.save_draft(&hash, lang.code, &data, expires).await {
        tracing::error!(%error, "could not save a report draft");
        return StatusCode::SERVICE_UNAVAILABLE.into_response();
    }
    Redirect::to(&step.next().unwrap_or(FlowStep::Check).href(lang)).into_response()
}

/// The stored form of a draft: answers with the question as asked and in Dutch.
fn to_report(
    questionnaire: &Questionnaire,
    lang: Language,
    draft: &Draft,
    receipt_hash: String,
) -> NewReport {
    let dutch = Language::default_language();
    let mut answers = Vec::new();
    for step in [FlowStep::Person, FlowStep::Situation, FlowStep::Knowledge] {
        let Some(qstep) = step.questions() else {
            continue;
        };
        for q in questionnaire.questions_for(&draft.kinds, qstep) {
            let Some(answer) = draft.answers.get(&q.id) else {
                continue;
            };
            let answer = match &q.answer {
                AnswerType::Choice(choices) => choices
                    .iter()
                    .find(|c| &c.id == answer)
                    .map(|c| c.label.get(dutch).to_owned())
                    .unwrap_or_else(|| answer.clone()),
                _ => answer.clone(),
            };
            answers.push(StoredAnswer {
                question_id: q.id.clone(),
                question_asked: q.label.get(lang).to_owned(),
                question_nl: q.label.get(dutch).to_owned(),
                answer,
            });
        }
    }
    let contact = draft.contact.as_ref().filter(|c| c.wants_contact).map(|c| {
        let some = |s: &str| (!s.is_empty()).then(|| s.to_owned());
        Contact {
            name: some(&c.name),
            email: some(&c.email),
            phone: some(&c.phone),
        }
    });
    // Keys that bring reports about the same person or address together for the team.
    let answer = |id: &str| {
        draft
            .answers
            .get(id)
            .map(String::as_str)
            .unwrap_or_default()
    };
    let subject_address =
        address_key(answer("person_address")).or_else(|| address_key(answer("real_address")));
    NewReport {
        subject_name: name_key(answer("person_name")),
        subject_address,
        lang: lang.code.to_owned(),
        questionnaire_version: questionnaire.version.clone(),
        kinds: draft.kinds.clone(),
        receipt_hash,
        contact,
        answers,
    }
}

/// `POST /{lang}/melden/versturen`: store the report (durable on return), forget the draft,
/// and show the receipt code once.
pub async fn submit(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    headers: HeaderMap,
) -> Response {
    let Some(lang) = Language::from_code(&lang) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let Some((hash, draft)) = load(&state, &headers).await else {
        return Redirect::to(&FlowStep::Check.href(lang)).into_response();
    };
    if draft.kinds.is_empty() {
        return Redirect::to(&FlowStep::Kinds.href(lang)).into_response();
    }
    let code = ReceiptCode::generate();
    let salt = state.receipt_salt;
    let receipt_code = code.clone();
    // argon2id takes a moment on purpose; keep it off the async threads.
    let receipt_hash = match tokio::task::spawn_blocking(move || receipt_code.hash(&salt)).await {
        Ok(Ok(h)) => h,
        _ => return StatusCode::SERVICE_UNAVAILABLE.into_response(),
    };
    let report = to_report(&state.questionnaire, lang, &draft, receipt_hash);
    match state.db.submit_report(&report, Some(&hash)).await {
        Ok(_) => {}
        // A second click on "send": the first one stored it and showed the code.
        Err(crate::storage::StorageError::AlreadySubmitted) => {
            return Redirect::to(&FlowStep::Check.href(lang)).into_response();
        }
        Err(error) => {
            tracing::error!(%error, "could not store a report");
            return StatusCode::SERVICE_UNAVAILABLE.into_response();
        }
    }
    let form = FormState {
        receipt: Some(code.grouped()),
        ..FormState::default()
    };
    let mut response = render(
        &state,
        format!("/{}/{REPORT_SEGMENT}/ontvangen", lang.code),
        form,
        StatusCode::OK,
    )
    .await;
    response
        .headers_mut()
        .insert(header::SET_COOKIE, cookie("", 0, state.secure_cookies));
    response
}

/// Finds the report a typed receipt code belongs to (argon2id off the async threads).
async fn report_for_code(state: &AppState, typed: &str) -> Option<(i64, ReceiptCode)> {
    let code = ReceiptCode::parse(typed)?;
    let salt = state.receipt_salt;
    let for_hash = code.clone();
    let hash = tokio::task::spawn_blocking(move || for_hash.hash(&salt))
        .await
        .ok()?
        .ok()?;
    match state.db.report_by_receipt(&hash).await {
        Ok(Some(id)) => Some((id, code)),
        Ok(None) => None,
        Err(error) => {
            tracing::error!(%error, "could not look up a receipt code");
            None
        }
    }
}

async fn follow_up_page(
    state: &AppState,
    lang: Language,
    id: i64,
    code: &ReceiptCode,
    answered: bool,
    errors: Vec<FieldError>,
) -> Response {
    let messages = match state.db.messages(id).await {
        Ok(messages) => messages.into_iter().map(|m| (m.author, m.body)).collect(),
        Err(error) => {
            tracing::error!(%error, "could not read follow-up messages");
            return StatusCode::SERVICE_UNAVAILABLE.into_response();
        }
    };
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let form = FormState {
        follow_up: Some(helder_app::report::flow::FollowUp {
            code: code.grouped(),
            messages,
            answered,
        }),
        errors,
        ..FormState::default()
    };
    render(
        state,
        format!("/{}/{REPORT_SEGMENT}/terugkomen", lang.code),
        form,
        status,
    )
    .await
}

/// The come-back page again, with the code as typed and one plain refusal (422).
async fn refuse_code(
    state: &AppState,
    lang: Language,
    values: BTreeMap<String, Vec<String>>,
) -> Response {
    let form = FormState {
        values,
        errors: vec![error("code", "report-error-code")],
        ..FormState::default()
    };
    let path = format!("/{}/{REPORT_SEGMENT}/terugkomen", lang.code);
    render(state, path, form, StatusCode::UNPROCESSABLE_ENTITY).await
}

/// `POST /{lang}/melden/terugkomen`: the receipt code opens the follow-up, nothing else.
/// Wrong codes get the same answer whatever was wrong, and count against the rate limit.
pub async fn come_back(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    let Some(lang) = Language::from_code(&lang) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let submitted = values(&fields);
    match report_for_code(&state, first(&submitted, "code")).await {
        Some((id, code)) => follow_up_page(&state, lang, id, &code, false, Vec::new()).await,
        None => refuse_code(&state, lang, submitted).await,
    }
}

/// `POST /{lang}/melden/antwoorden`: the reporter answers the team's question.
pub async fn answer(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    let Some(lang) = Language::from_code(&lang) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let submitted = values(&fields);
    let Some((id, code)) = report_for_code(&state, first(&submitted, "code")).await else {
        return refuse_code(&state, lang, submitted).await;
    };
    let text = first(&submitted, "answer").replace("\r\n", "\n");
    let text = text.trim();
    let problem = if text.is_empty() {
        Some(error("answer", "report-error-answer-empty"))
    } else if text.chars().count() > 3000
        || text
            .chars()
            .any(|c| c.is_control() && c != '\n' && c != '\t')
    {
        Some(FieldError {
            field: "answer".into(),
            message_key: "report-error-too-long",
            max: Some(3000),
        })
    } else {
        None
    };
    if let Some(problem) = problem {
        return follow_up_page(&state, lang, id, &code, false, vec![problem]).await;
    }
    if let Err(error) = state.db.add_message(id, "reporter", text).await {
        tracing::error!(%error, "could not store a reporter's answer");
        return StatusCode::SERVICE_UNAVAILABLE.into_response();
    }
    // Follow-up is part of the report's record: who (the reporter, never named) and when.
    let reporter = crate::storage::Actor {
        id: None,
        name: "melder".into(),
    };
    if let Err(error) = state.db.audit(&reporter, "answer", Some(id), "").await {
        tracing::error!(%error, "could not write the audit log");
    }
    follow_up_page(&state, lang, id, &code, true, Vec::new()).await
}
