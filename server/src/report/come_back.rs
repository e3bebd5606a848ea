//! A reporter comes back with the receipt code: reads the team's questions and answers them.

use super::{
    draft::unavailable_status,
    pages::{ReportPage, outage_page, render},
    steps::{error, first, values},
};
use crate::state::AppState;
use crate::tenancy::{Here, Place};
use axum::{
    extract::{Form, Path, State},
    response::{IntoResponse, Response},
};
use helder_app::report::form::{FieldError, FollowUp, FormState};
use helder_domain::{
    audit::AuditAction,
    languages::Language,
    report::{flow::REPORT_SEGMENT, receipt::ReceiptCode},
};
use http::StatusCode;
use std::collections::BTreeMap;

/// What a typed code turned out to be.
enum CodeLookup {
    Found(i64, ReceiptCode),
    Unknown,
    /// The database or the hashing pool could not answer: the code may well be right.
    Unavailable,
}

/// Finds the report a typed receipt code belongs to (argon2id on the hashing pool), if it was
/// sent to a municipality of the organisation `here` belongs to: on another organisation's
/// site a code opens nothing, as a wrong one.
async fn report_for_code(state: &AppState, here: &Place, typed: &str) -> CodeLookup {
    let Some(code) = ReceiptCode::parse(typed) else {
        return CodeLookup::Unknown;
    };
    let salt = state.receipt_salt;
    let for_hash = code.clone();
    let hash = match state
        .hashing
        .run(move |memory| super::receipt::hash_with(&for_hash, &salt, memory))
        .await
    {
        Ok(Ok(hash)) => hash,
        Ok(Err(error)) => {
            tracing::error!(%error, "could not hash a receipt code");
            return CodeLookup::Unavailable;
        }
        Err(error) => {
            tracing::warn!(%error, "receipt code not checked");
            return CodeLookup::Unavailable;
        }
    };
    let found = match state.db.report_by_receipt(&hash).await {
        Ok(Some(id)) => state.db.report_organisation(id).await.map(|o| (id, o)),
        Ok(None) => return CodeLookup::Unknown,
        Err(error) => Err(error),
    };
    match found {
        Ok((id, Some(organisation))) if organisation == here.organisation => {
            CodeLookup::Found(id, code)
        }
        Ok(_) => CodeLookup::Unknown,
        Err(error) => {
            tracing::error!(%error, "could not look up a receipt code");
            CodeLookup::Unavailable
        }
    }
}

fn come_back_path(lang: Language) -> String {
    format!("/{}/{REPORT_SEGMENT}/terugkomen", lang.code)
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
            let fields = vec![("code".to_owned(), code.grouped())];
            let action = come_back_path(lang);
            return outage_page(state, lang, ReportPage::Return, action, fields).await;
        }
    };
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let form = FormState {
        follow_up: Some(FollowUp {
            code: code.grouped(),
            messages,
            answered,
        }),
        errors,
        ..FormState::default()
    };
    render(state, lang, ReportPage::Return, form, status).await
}

/// The come-back page again, with the code as typed: one plain refusal for an unknown code
/// (422), or "we cannot check codes right now" (503) when the check itself failed.
async fn refuse_code(
    state: &AppState,
    lang: Language,
    values: BTreeMap<String, Vec<String>>,
    unavailable: bool,
) -> Response {
    let form = FormState {
        values,
        errors: vec![error(
            "code",
            if unavailable {
                "report-code-unavailable"
            } else {
                "report-error-code"
            },
        )],
        ..FormState::default()
    };
    if unavailable {
        let mut response = render(state, lang, ReportPage::Return, form, StatusCode::OK).await;
        unavailable_status(&mut response);
        response
    } else {
        render(
            state,
            lang,
            ReportPage::Return,
            form,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await
    }
}

/// `POST /{lang}/melden/terugkomen`: the receipt code opens the follow-up, nothing else.
/// Wrong codes get the same answer whatever was wrong, and count against the rate limit.
pub async fn come_back(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    Here(here): Here,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    let Some(lang) = Language::from_code(&lang) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let submitted = values(&fields);
    match report_for_code(&state, &here, first(&submitted, "code")).await {
        CodeLookup::Found(id, code) => {
            follow_up_page(&state, lang, id, &code, false, Vec::new()).await
        }
        CodeLookup::Unknown => refuse_code(&state, lang, submitted, false).await,
        CodeLookup::Unavailable => refuse_code(&state, lang, submitted, true).await,
    }
}

/// `POST /{lang}/melden/antwoorden`: the reporter answers the team's question.
pub async fn answer(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    Here(here): Here,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    let Some(lang) = Language::from_code(&lang) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let submitted = values(&fields);
    let answers_path = format!("/{}/{REPORT_SEGMENT}/antwoorden", lang.code);
    let (id, code) = match report_for_code(&state, &here, first(&submitted, "code")).await {
        CodeLookup::Found(id, code) => (id, code),
        CodeLookup::Unknown => return refuse_code(&state, lang, submitted, false).await,
        // The answer just typed goes along with "try again".
        CodeLookup::Unavailable => {
            return outage_page(&state, lang, ReportPage::Return, answers_path, fields).await;
        }
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
        return outage_page(&state, lang, ReportPage::Return, answers_path, fields).await;
    }
    // Follow-up is part of the report's record: who (the reporter, never named) and when.
    let reporter = crate::storage::Actor {
        id: None,
        name: "melder".into(),
        // The code was found for this organisation only (see `report_for_code`).
        organisation: here.organisation.clone(),
    };
    if let Err(error) = state
        .db
        .audit(&reporter, AuditAction::ReporterAnswered, Some(id), "")
        .await
    {
        tracing::error!(%error, "could not write the audit log");
    }
    follow_up_page(&state, lang, id, &code, true, Vec::new()).await
}
