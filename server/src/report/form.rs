//! The report form's POSTs: start, each step, and sending.

use super::{
    admission::StartDecision,
    busy::waiting_page,
    draft::{DRAFT_HOURS, Unavailable, cookie, load},
    pages::{ReportPage, outage_page, render},
    steps::{check_step, first, to_report, values},
};
use crate::tenancy::Here;
use crate::{hashing::HashError, state::AppState};
use axum::{
    extract::{Form, Path, State},
    response::{IntoResponse, Redirect, Response},
};
use chrono::{Duration, Utc};
use helder_app::report::form::FormState;
use helder_domain::{
    languages::Language,
    report::flow::{FlowStep, REPORT_SEGMENT},
};
use http::{HeaderMap, StatusCode, header};

/// `POST /{lang}/melden/start`: a new report under a signed cookie token. Nothing is stored
/// until the first answers are (a flood of starts writes nothing). While too many reports
/// are being started at once, a person is let in after a little work by the browser, or a
/// short wait without JavaScript, instead of being refused.
pub async fn start(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    body: axum::body::Bytes,
) -> Response {
    let Some(lang) = Language::from_code(&lang) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let now = Utc::now().timestamp();
    if !state.rate_limits.start_free() {
        // The start button's form is empty; the waiting page's carries the ticket. Read
        // leniently: any body (or none) is a start.
        let fields: Vec<(String, String)> = form_urlencoded::parse(&body).into_owned().collect();
        let submitted = values(&fields);
        let decision = state.admission.decide(
            &state.token_key,
            first(&submitted, "ticket"),
            first(&submitted, "nonce"),
            now,
        );
        match decision {
            StartDecision::Admit { ticket_id } => {
                if !state.rate_limits.admit_ticket(ticket_id, now) {
                    // Used already, or even the let-in budget is spent: wait again.
                    return waiting_page(&state, lang, None, state.admission.wait).await;
                }
            }
            StartDecision::Wait { ticket, wait } => {
                return waiting_page(&state, lang, Some(ticket), wait).await;
            }
            StartDecision::NewTicket => {
                return waiting_page(&state, lang, None, state.admission.wait).await;
            }
        }
    }
    let token = state.token_key.new_draft_token(now);
    let mut response = Redirect::to(&FlowStep::Kinds.href(lang)).into_response();
    response.headers_mut().insert(
        header::SET_COOKIE,
        cookie(&token, DRAFT_HOURS * 3600, state.secure_cookies),
    );
    response
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
    // Storage out of reach: this step again, saying so, with the answers as typed.
    let outage = |fields| {
        outage_page(
            &state,
            lang,
            ReportPage::Step(step),
            step.href(lang),
            fields,
        )
    };
    let (hash, mut draft) = match load(&state, &headers).await {
        Ok(Some(found)) => found,
        Ok(None) => return Redirect::to(&step.href(lang)).into_response(),
        Err(Unavailable) => return outage(fields).await,
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
            lang,
            ReportPage::Step(step),
            form,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    }
    let data = serde_json::to_string(&draft).unwrap_or_default();
    let expires = Utc::now() + Duration::hours(DRAFT_HOURS);
    if let Err(error) = state.db.save_draft(&hash, lang.code, &data, expires).await {
        tracing::error!(%error, "could not save a report draft");
        return outage(fields).await;
    }
    let next = match step {
        // From the last question on, the check page (or what is still to do).
        FlowStep::Contact | FlowStep::Check => match draft.complete() {
            Ok(_) => FlowStep::Check,
            Err(missing) => missing,
        },
        other => other.next().unwrap_or(FlowStep::Check),
    };
    Redirect::to(&next.href(lang)).into_response()
}

/// `POST /{lang}/melden/versturen`: store the report (durable on return), forget the draft,
/// and show the receipt code once. Only a draft that went through every step is sent.
pub async fn submit(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    Here(here): Here,
    headers: HeaderMap,
) -> Response {
    let Some(lang) = Language::from_code(&lang) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let check = FlowStep::Check.href(lang);
    let (hash, draft) = match load(&state, &headers).await {
        Ok(Some(found)) => found,
        Ok(None) => return Redirect::to(&check).into_response(),
        Err(Unavailable) => return send_again(&state, lang).await,
    };
    let draft = match draft.complete() {
        Ok(complete) => complete,
        Err(missing) => return Redirect::to(&missing.href(lang)).into_response(),
    };
    let code = super::receipt::generate();
    let salt = state.receipt_salt;
    let receipt_code = code.clone();
    // argon2id takes a moment on purpose: on the hashing pool, never the async threads.
    let receipt_hash = match state
        .hashing
        .run(move |memory| super::receipt::hash_with(&receipt_code, &salt, memory))
        .await
    {
        Ok(Ok(h)) => h,
        Ok(Err(error)) => {
            tracing::error!(%error, "could not hash a receipt code");
            return send_again(&state, lang).await;
        }
        Err(HashError::Busy | HashError::Stopped) => return send_again(&state, lang).await,
    };
    let report = to_report(&state.questionnaire, lang, &draft, receipt_hash, &here);
    match state.db.submit_report(&report, Some(&hash)).await {
        Ok(_) => {}
        // A second click on "send": the first one stored it and showed the code.
        Err(crate::storage::StorageError::AlreadySubmitted) => {
            return Redirect::to(&check).into_response();
        }
        Err(error) => {
            tracing::error!(%error, "could not store a report");
            return send_again(&state, lang).await;
        }
    }
    let form = FormState {
        receipt: Some(code.grouped()),
        ..FormState::default()
    };
    let mut response = render(&state, lang, ReportPage::Received, form, StatusCode::OK).await;
    response
        .headers_mut()
        .insert(header::SET_COOKIE, cookie("", 0, state.secure_cookies));
    response
}

/// The outage page for sending: the answers are saved; "try again" sends once more.
async fn send_again(state: &AppState, lang: Language) -> Response {
    let action = format!("/{}/{REPORT_SEGMENT}/versturen", lang.code);
    outage_page(
        state,
        lang,
        ReportPage::Step(FlowStep::Check),
        action,
        Vec::new(),
    )
    .await
}
