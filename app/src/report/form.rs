//! What a page of the report form shows: the draft (see [`helder_domain::report::flow`]),
//! and after a refused POST the values as typed and the errors. The server hands each page a
//! [`FormState`].

use helder_domain::report::{evidence::EvidenceFile, flow::Draft};
use std::collections::BTreeMap;

/// Hidden field that people never see or fill in; a value means a robot.
pub const HONEYPOT_FIELD: &str = "website";
/// Prefix of the form field of a question: `q_<question id>`.
pub const QUESTION_FIELD_PREFIX: &str = "q_";

/// The database could not be reached: instead of the page, say that the answers are safe,
/// and offer to send what was just typed again.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Outage {
    /// Where "try again" posts the fields below; `None`: load the page again.
    pub retry_action: Option<String>,
    /// The fields as they were sent (answers just typed), sent again by "try again".
    pub fields: Vec<(String, String)>,
}

/// Too many reports are being started at once: the page that lets a person in after a
/// moment (the browser proves a little work; without JavaScript, the person waits).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StartTicket {
    pub ticket: String,
    /// Seconds to wait before pressing the button without JavaScript.
    pub wait: i64,
    /// Leading zero bits the page's script looks for.
    pub bits: u32,
}

/// A message next to a field, and in the error summary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    /// The form field (its `id` in the page).
    pub field: String,
    /// Fluent key of the message.
    pub message_key: &'static str,
    /// For "at most N characters".
    pub max: Option<usize>,
}

/// The follow-up of a report, shown to a reporter who came back with the receipt code.
#[derive(Debug, Clone, Default)]
pub struct FollowUp {
    /// The code as typed, to send along with an answer (nothing is kept between requests).
    pub code: String,
    /// (author: "team" or "reporter", text), oldest first.
    pub messages: Vec<(String, String)>,
    /// An answer was just stored.
    pub answered: bool,
}

/// What a report page shows: the draft, and after a refused POST the values as typed and the
/// errors; on the confirmation page the receipt code, shown once.
#[derive(Debug, Clone, Default)]
pub struct FormState {
    pub has_draft: bool,
    pub draft: Draft,
    pub values: BTreeMap<String, Vec<String>>,
    pub errors: Vec<FieldError>,
    pub receipt: Option<String>,
    pub follow_up: Option<FollowUp>,
    /// Set when the database could not be reached (the page says so; status 503).
    pub outage: Option<Outage>,
    /// Set on the waiting page of a busy start.
    pub start_ticket: Option<StartTicket>,
    /// The files added to the draft (the check page and the files page list them).
    pub evidence: Vec<EvidenceFile>,
}

impl FormState {
    /// The value to show in a field: as typed after an error, else from the draft.
    pub fn value(&self, field: &str, from_draft: Option<&String>) -> String {
        match self.values.get(field) {
            Some(values) => values.first().cloned().unwrap_or_default(),
            None => from_draft.cloned().unwrap_or_default(),
        }
    }

    pub fn error(&self, field: &str) -> Option<&FieldError> {
        self.errors.iter().find(|e| e.field == field)
    }
}
