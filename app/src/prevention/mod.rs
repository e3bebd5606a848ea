//! Prevention pages: the self-check ([`selfcheck`]), "was this clear?" under every information
//! page ([`feedback`]), the anonymous question box ([`questions`]) and the staff pages that
//! belong to them ([`staff`]). Plain HTML forms: everything works without JavaScript.

pub mod feedback;
pub mod questions;
pub mod selfcheck;
pub mod staff;

use crate::{
    i18n::{t, t_args},
    layout,
};
use helder_domain::languages::Language;
use leptos::prelude::*;

/// A field's problem: the field's id and the Fluent key of its message (`max` fills `{ $max }`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub field: String,
    pub key: &'static str,
    pub max: Option<usize>,
}

impl Problem {
    pub fn new(field: &str, key: &'static str) -> Problem {
        Problem {
            field: field.to_owned(),
            key,
            max: None,
        }
    }

    fn text(&self, lang: Language) -> String {
        match self.max {
            Some(max) => t_args(lang, self.key, &[("max", &max.to_string())]),
            None => t(lang, self.key),
        }
    }
}

/// The error summary of a public prevention form.
pub(crate) fn error_summary(lang: Language, problems: &[Problem]) -> impl IntoView + use<> {
    let problems = problems
        .iter()
        .map(|p| (p.field.clone(), p.text(lang)))
        .collect();
    view! { <layout::ErrorSummary title="prevention-error-summary" problems /> }
}

/// The message of `field`, if it has a problem.
pub(crate) fn field_error(lang: Language, problems: &[Problem], field: &str) -> Option<AnyView> {
    problems.iter().find(|p| p.field == field).map(|p| {
        view! { <p class="hl-error-message" id=format!("{field}-error")>{p.text(lang)}</p> }
            .into_any()
    })
}

/// The page's title, "Fout: …" when the form came back with problems.
pub(crate) fn title(lang: Language, heading: &str, problems: &[Problem]) -> String {
    if problems.is_empty() {
        heading.to_owned()
    } else {
        format!("{}: {heading}", t(lang, "report-error-prefix"))
    }
}
