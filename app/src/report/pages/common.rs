//! What the report pages share: their address and the error summary and messages. A
//! sibling of the pages, so they need not import their parent.

use super::super::form::{FieldError, FormState};
use crate::{
    i18n::{t, t_args, use_language},
    layout,
};
use helder_domain::{languages::Language, report::flow::REPORT_SEGMENT};
use leptos::prelude::*;

pub(super) fn report_href(lang: Language, rest: &str) -> String {
    format!("/{}/{REPORT_SEGMENT}/{rest}", lang.code)
}

/// GOV.UK's error summary: what went wrong, each linking to its field.
#[component]
pub(super) fn ErrorSummary(state: FormState) -> impl IntoView {
    let lang = use_language();
    let problems = state
        .errors
        .iter()
        .map(|e| (e.field.clone(), error_text(lang, e)))
        .collect();
    view! { <layout::ErrorSummary title="report-error-summary" problems /> }
}

/// The page title: "Fout: …" when the form came back with errors (GOV.UK), so it is the first
/// thing a screen reader says on the new page.
pub(super) fn error_title(lang: Language, heading: &str, state: &FormState) -> String {
    if state.errors.is_empty() {
        heading.to_owned()
    } else {
        format!("{}: {heading}", t(lang, "report-error-prefix"))
    }
}

fn error_text(lang: Language, error: &FieldError) -> String {
    match error.max {
        Some(max) => t_args(lang, error.message_key, &[("max", &max.to_string())]),
        None => t(lang, error.message_key),
    }
}

pub(super) fn field_error(lang: Language, state: &FormState, field: &str) -> Option<AnyView> {
    state.error(field).map(|e| {
        let text = error_text(lang, e);
        view! { <p class="hl-error-message" id=format!("{field}-error")>{text}</p> }.into_any()
    })
}
