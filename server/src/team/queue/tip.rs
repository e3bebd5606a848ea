//! Tips from every channel: `GET` and `POST /{lang}/team/meldingen/nieuw`. A team member enters
//! a tip that came in by phone, letter, e-mail, at the counter or from a partner organisation,
//! through the same questions and rules as the web form (all on one page), with the channel
//! and the date it came in. It gets a receipt code only when the reporter wants one (shown
//! once, to pass on); otherwise its code column holds a value no code hashes to.

use crate::hashing::HashError;
use crate::report::steps::{check_step, first, to_report, values};
use crate::storage::EnteredTip;
use crate::team::{
    shared::{self, TeamError},
    viewer::Viewer,
};
use axum::{
    Form,
    http::StatusCode,
    response::{IntoResponse, Response},
};
use chrono::{Local, TimeZone, Utc};
use helder_app::{
    report::{
        form::{FieldError, FormState},
        pages::{TipEntered, TipPage, TipSaved, TipView},
    },
    staff::{MUNICIPALITY_PARAM, team_href},
};
use helder_domain::{
    report::{
        channel::{Channel, parse_received_on},
        flow::{Draft, FlowStep},
    },
    staff::Role,
};
use leptos::prelude::*;
use rand::RngCore;
use std::collections::BTreeMap;

/// What a code column holds for a tip without a receipt code: never a hash of a code.
const NO_CODE_PREFIX: &str = "entered:";

fn tip_view(viewer: &Viewer, state: FormState) -> TipView {
    TipView {
        questionnaire: viewer.state.questionnaire.clone(),
        state,
        today: Local::now().date_naive().format("%Y-%m-%d").to_string(),
        municipalities: viewer
            .state
            .places
            .municipalities_of(&viewer.staff.organisation, None),
        not_saved: false,
    }
}

async fn render(viewer: &Viewer, data: TipView, status: StatusCode) -> Response {
    shared::page(
        &viewer.state,
        viewer.lang,
        team_href(viewer.lang, "meldingen/nieuw"),
        Some(viewer.staff.session.clone()),
        status,
        move || view! { <TipPage data=data.clone() /> },
    )
    .await
}

/// `GET …/meldingen/nieuw`
pub async fn tip_page(viewer: Viewer) -> Response {
    if let Err(error) = viewer.staff.require(Role::works_reports) {
        return error.into_response();
    }
    let state = FormState {
        has_draft: true,
        ..FormState::default()
    };
    let data = tip_view(&viewer, state);
    render(&viewer, data, StatusCode::OK).await
}

fn problem(field: &str, message_key: &'static str) -> FieldError {
    FieldError {
        field: field.to_owned(),
        message_key,
        max: None,
    }
}

/// `POST …/meldingen/nieuw`
pub async fn enter_tip(viewer: Viewer, Form(fields): Form<Vec<(String, String)>>) -> Response {
    if let Err(error) = viewer.staff.require(Role::works_reports) {
        return error.into_response();
    }
    let v: BTreeMap<String, Vec<String>> = values(&fields);
    let questionnaire = viewer.state.questionnaire.clone();
    // The same checks as the web form's steps, on one page.
    let mut draft = Draft::default();
    let mut errors = Vec::new();
    for step in [
        FlowStep::Kinds,
        FlowStep::Person,
        FlowStep::Situation,
        FlowStep::Knowledge,
        FlowStep::Contact,
    ] {
        errors.extend(check_step(&questionnaire, step, &mut draft, &v));
    }
    let channel = Channel::parse_entered(first(&v, "channel"));
    if channel.is_none() {
        errors.insert(0, problem("channel", "team-tip-error-channel"));
    }
    let today = Local::now().date_naive();
    let received_on = parse_received_on(first(&v, "received_on"), today);
    if received_on.is_none() {
        errors.insert(
            1.min(errors.len()),
            problem("received_on", "team-tip-error-received"),
        );
    }
    let choices = viewer
        .state
        .places
        .municipalities_of(&viewer.staff.organisation, None)
        .choices;
    let municipality = match choices.as_slice() {
        [(only, _)] => Some(only.clone()),
        _ => {
            let asked = first(&v, MUNICIPALITY_PARAM);
            choices
                .iter()
                .find(|(id, _)| id == asked)
                .map(|(id, _)| id.clone())
        }
    };
    if municipality.is_none() {
        errors.push(problem(MUNICIPALITY_PARAM, "team-tip-error-municipality"));
    }
    let complete = draft.complete();
    let (Some(channel), Some(received_on), Some(municipality), Ok(complete), true) = (
        channel,
        received_on,
        municipality,
        complete,
        errors.is_empty(),
    ) else {
        let state = FormState {
            has_draft: true,
            draft,
            values: v,
            errors,
            ..FormState::default()
        };
        let data = tip_view(&viewer, state);
        return render(&viewer, data, StatusCode::UNPROCESSABLE_ENTITY).await;
    };
    let Some(place) = viewer.state.places.by_municipality(&municipality) else {
        return TeamError::NotFound.into_response();
    };
    // Nothing could be stored: the form again, as typed, saying so (nothing is lost).
    let failed = |v: BTreeMap<String, Vec<String>>| {
        let state = FormState {
            has_draft: true,
            values: v,
            ..FormState::default()
        };
        let mut data = tip_view(&viewer, state);
        data.not_saved = true;
        data
    };

    let wants_code = first(&v, "receipt") == "yes";
    let (code, receipt_hash) = if wants_code {
        let code = crate::report::receipt::generate();
        let salt = viewer.state.receipt_salt;
        let to_hash = code.clone();
        match viewer
            .state
            .hashing
            .run(move |memory| crate::report::receipt::hash_with(&to_hash, &salt, memory))
            .await
        {
            Ok(Ok(hash)) => (Some(code.grouped()), hash),
            Ok(Err(_)) | Err(HashError::Busy | HashError::Stopped) => {
                let data = failed(v);
                return render(&viewer, data, StatusCode::SERVICE_UNAVAILABLE).await;
            }
        }
    } else {
        let mut random = [0u8; 16];
        rand::rng().fill_bytes(&mut random);
        let hex: String = random.iter().map(|b| format!("{b:02x}")).collect();
        (None, format!("{NO_CODE_PREFIX}{hex}"))
    };
    // The day it came in: now when that is today, else noon of that day.
    let received_at = if received_on == today {
        Utc::now()
    } else {
        received_on
            .and_hms_opt(12, 0, 0)
            .and_then(|noon| Local.from_local_datetime(&noon).earliest())
            .map(|at| at.with_timezone(&Utc))
            .unwrap_or_else(Utc::now)
    };
    let mut report = to_report(&questionnaire, viewer.lang, &complete, receipt_hash, place);
    report.entered = Some(EnteredTip {
        channel,
        received_at,
        by: viewer.staff.actor(),
    });
    let id = match viewer.state.db.submit_report(&report, None).await {
        Ok(id) => id,
        Err(error) => {
            tracing::error!(%error, "could not store an entered tip");
            let data = failed(v);
            return render(&viewer, data, StatusCode::SERVICE_UNAVAILABLE).await;
        }
    };
    let data = TipEntered { id, receipt: code };
    shared::page(
        &viewer.state,
        viewer.lang,
        team_href(viewer.lang, "meldingen/nieuw"),
        Some(viewer.staff.session.clone()),
        StatusCode::OK,
        move || view! { <TipSaved data=data.clone() /> },
    )
    .await
}
