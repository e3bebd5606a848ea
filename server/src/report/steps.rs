//! A step's answers checked into the draft, and a complete draft turned into the report as
//! stored: plain functions over the questionnaire, no HTTP.

use crate::storage::{Contact, NewReport, StoredAnswer};
use helder_app::report::form::{FieldError, HONEYPOT_FIELD, QUESTION_FIELD_PREFIX};
use helder_domain::{
    languages::Language,
    queue::{address_key, name_key},
    report::{
        answers::{AnswerError, EmailAddress, PhoneNumber, parse_answer},
        flow::{CompleteDraft, ContactDraft, Draft, FlowStep},
        kinds::{KindsError, parse_kinds},
        questionnaire::{AnswerType, Questionnaire, Step},
    },
};
use std::collections::BTreeMap;

pub(crate) fn values(fields: &[(String, String)]) -> BTreeMap<String, Vec<String>> {
    let mut map: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (k, v) in fields {
        map.entry(k.clone()).or_default().push(v.clone());
    }
    map
}

pub(crate) fn first<'a>(values: &'a BTreeMap<String, Vec<String>>, key: &str) -> &'a str {
    values
        .get(key)
        .and_then(|v| v.first())
        .map(String::as_str)
        .unwrap_or_default()
}

pub(super) fn error(field: &str, message_key: &'static str) -> FieldError {
    FieldError {
        field: field.to_owned(),
        message_key,
        max: None,
    }
}

/// Checks one step's answers into `draft`; the errors, if any.
pub(crate) fn check_step(
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
        FlowStep::Kinds => check_kinds(questionnaire, draft, v, &mut errors),
        FlowStep::Person | FlowStep::Situation | FlowStep::Knowledge => {
            let Some(qstep) = step.questions() else {
                return errors;
            };
            check_answers(questionnaire, qstep, draft, v, &mut errors);
        }
        FlowStep::Contact => check_contact(draft, v, &mut errors),
        FlowStep::Check => {}
    }
    if errors.is_empty() {
        draft.pass(step);
    }
    errors
}

/// The kinds of report chosen.
fn check_kinds(
    questionnaire: &Questionnaire,
    draft: &mut Draft,
    v: &BTreeMap<String, Vec<String>>,
    errors: &mut Vec<FieldError>,
) {
    match parse_kinds(
        questionnaire,
        v.get("kind").map(Vec::as_slice).unwrap_or_default(),
    ) {
        Ok(kinds) => draft.kinds = Some(kinds),
        Err(KindsError::NoneChosen) => errors.push(error("kind", "report-error-no-kind")),
        Err(KindsError::Unknown | KindsError::Repeated) => {
            errors.push(error("kind", "report-error-not-a-choice"))
        }
    }
}

/// The answers to a question step: each valid one kept, an empty one removed.
fn check_answers(
    questionnaire: &Questionnaire,
    qstep: Step,
    draft: &mut Draft,
    v: &BTreeMap<String, Vec<String>>,
    errors: &mut Vec<FieldError>,
) {
    for q in questionnaire.questions_for(draft.kind_ids(), qstep) {
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
                    AnswerError::TooLong { max } => Some(max),
                    _ => None,
                },
            }),
        }
    }
}

/// Whether the reporter wants contact, and the details; kept only when the step has no errors.
fn check_contact(
    draft: &mut Draft,
    v: &BTreeMap<String, Vec<String>>,
    errors: &mut Vec<FieldError>,
) {
    let mut contact = ContactDraft::default();
    match first(v, "contact") {
        "no" => {}
        "yes" => read_contact_details(&mut contact, v, errors),
        _ => errors.push(error("contact", "report-error-contact-choice")),
    }
    if errors.is_empty() {
        draft.contact = Some(contact);
    }
}

/// Name, e-mail address and phone number of a reporter who wants contact: at least one of them.
fn read_contact_details(
    contact: &mut ContactDraft,
    v: &BTreeMap<String, Vec<String>>,
    errors: &mut Vec<FieldError>,
) {
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

/// `POST /{lang}/melden/{step}`: check, save, and on to the next step; or the same page
/// again with an error summary and the answers as typed (422).
/// The stored form of a draft: answers with the question as asked and in Dutch.
pub(crate) fn to_report(
    questionnaire: &Questionnaire,
    lang: Language,
    draft: &CompleteDraft,
    receipt_hash: String,
    sent_to: &crate::tenancy::Place,
) -> NewReport {
    let dutch = Language::default_language();
    let mut answers = Vec::new();
    for step in [FlowStep::Person, FlowStep::Situation, FlowStep::Knowledge] {
        let Some(qstep) = step.questions() else {
            continue;
        };
        for q in questionnaire.questions_for(draft.kinds().ids(), qstep) {
            let Some(answer) = draft.answer(&q.id) else {
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
    let contact = draft.contact().map(|c| {
        let some = |s: &str| (!s.is_empty()).then(|| s.to_owned());
        Contact {
            name: some(&c.name),
            email: some(&c.email),
            phone: some(&c.phone),
        }
    });
    // Keys that bring reports about the same person or address together for the team.
    let answer = |id: &str| draft.answer(id).map(String::as_str).unwrap_or_default();
    let subject_address =
        address_key(answer("person_address")).or_else(|| address_key(answer("real_address")));
    NewReport {
        subject_name: name_key(answer("person_name")),
        subject_address,
        lang: lang.code.to_owned(),
        questionnaire_version: questionnaire.version.clone(),
        kinds: draft.kinds().clone(),
        receipt_hash,
        contact,
        answers,
        organisation: sent_to.organisation.clone(),
        municipality: sent_to.municipality.id.clone(),
        entered: None,
    }
}
