//! The pieces the film forms share: problems (the summary and each field's messages), the
//! page heading, the done message, file and text inputs and the topic checkboxes.

use super::common::FileForm;
use crate::layout::FormGroup;
use crate::{
    i18n::{t, t_args, use_language},
    layout::{ErrorSummary, PageTitle},
};
use helder_domain::languages::Language;
use leptos::prelude::*;

/// One thing wrong with a film form: the field's id, a Fluent key (media.ftl) and its arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormProblem {
    pub field: &'static str,
    pub key: &'static str,
    pub args: Vec<(&'static str, String)>,
}

impl FormProblem {
    pub fn new(field: &'static str, key: &'static str) -> FormProblem {
        FormProblem {
            field,
            key,
            args: Vec::new(),
        }
    }

    pub fn with(mut self, name: &'static str, value: impl Into<String>) -> FormProblem {
        self.args.push((name, value.into()));
        self
    }

    fn text(&self, lang: Language) -> String {
        let args: Vec<(&'static str, &str)> =
            self.args.iter().map(|(k, v)| (*k, v.as_str())).collect();
        t_args(lang, self.key, &args)
    }
}

/// GOV.UK error summary listing every problem, each linking to its field.
#[component]
pub(super) fn ProblemSummary(problems: Vec<FormProblem>) -> impl IntoView {
    let lang = use_language();
    let problems = problems
        .iter()
        .map(|p| (p.field.to_owned(), p.text(lang)))
        .collect();
    view! { <ErrorSummary problems /> }
}

pub(super) fn field_errors(
    lang: Language,
    problems: &[FormProblem],
    field: &str,
) -> Option<AnyView> {
    let mine: Vec<String> = problems
        .iter()
        .filter(|p| p.field == field)
        .map(|p| p.text(lang))
        .collect();
    (!mine.is_empty()).then(|| {
        let lines = mine
            .into_iter()
            .map(|text| view! { <span class="hl-film-editor__error-line">{text}</span> })
            .collect_view();
        view! { <p class="hl-error-message" id=format!("{field}-error")>{lines}</p> }.into_any()
    })
}

fn invalid(problems: &[FormProblem], field: &str) -> Option<&'static str> {
    problems.iter().any(|p| p.field == field).then_some("true")
}

fn described_by(problems: &[FormProblem], field: &str, hint: bool) -> Option<String> {
    let mut ids = Vec::new();
    if hint {
        ids.push(format!("{field}-hint"));
    }
    if problems.iter().any(|p| p.field == field) {
        ids.push(format!("{field}-error"));
    }
    (!ids.is_empty()).then(|| ids.join(" "))
}

pub(super) fn heading(
    lang: Language,
    text: String,
    problems: &[FormProblem],
) -> impl IntoView + use<> {
    let title = if problems.is_empty() {
        text.clone()
    } else {
        format!("{}: {text}", t(lang, "team-error-prefix"))
    };
    view! {
        <PageTitle text=title />
        <h1 class="hl-heading-xl">{text}</h1>
    }
}

pub(super) fn done_banner(
    lang: Language,
    done: Option<&'static str>,
) -> Option<impl IntoView + use<>> {
    done.map(|key| {
        view! {
            <div class="hl-notice hl-notice--success" role="status">
                <p class="hl-body">{t(lang, key)}</p>
            </div>
        }
    })
}

/// The file input of `form` with its label, hint and errors.
pub(super) fn file_input(
    lang: Language,
    problems: &[FormProblem],
    form: FileForm,
    label_key: &'static str,
    hint: String,
    required: bool,
) -> impl IntoView + use<> {
    let field = form.field;
    let errors = field_errors(lang, problems, field);
    let input = view! {
        <input class="hl-file-upload" type="file" id=field name=field accept=form.accept
            required=required aria-invalid=invalid(problems, field)
            aria-describedby=described_by(problems, field, true) />
    };
    view! {
        <FormGroup id=field label=t(lang, label_key)>
            <p class="hl-hint" id=format!("{field}-hint")>{hint}</p>
            {errors}
            {input}
        </FormGroup>
    }
}

/// A text input or text area with its label and errors.
pub(super) fn text_field(
    lang: Language,
    problems: &[FormProblem],
    field: &'static str,
    label_key: &'static str,
    hint_key: Option<&'static str>,
    value: String,
    rows: Option<u32>,
) -> impl IntoView + use<> {
    let hint = hint_key
        .map(|key| view! { <p class="hl-hint" id=format!("{field}-hint")>{t(lang, key)}</p> });
    let input = match rows {
        Some(rows) => view! {
            <textarea class="hl-textarea" id=field name=field rows=rows.to_string()
                aria-invalid=invalid(problems, field)
                aria-describedby=described_by(problems, field, hint_key.is_some())>{crate::layout::textarea_text(&value)}</textarea>
        }
        .into_any(),
        None => view! {
            <input class="hl-input hl-input--wide" type="text" id=field name=field value=value
                aria-invalid=invalid(problems, field)
                aria-describedby=described_by(problems, field, hint_key.is_some()) />
        }
        .into_any(),
    };
    let errors = field_errors(lang, problems, field);
    view! {
        <FormGroup id=field label=t(lang, label_key)>
            {hint}
            {errors}
            {input}
        </FormGroup>
    }
}

pub(super) fn topic_checkboxes(
    lang: Language,
    problems: &[FormProblem],
    topics: &[(String, String)],
    chosen: &[String],
) -> impl IntoView + use<> {
    let boxes = topics
        .iter()
        .enumerate()
        .map(|(i, (slug, title))| {
            // The first box carries the group's id, so the error summary can link to it.
            let id = if i == 0 {
                "topics".to_owned()
            } else {
                format!("topics-{slug}")
            };
            view! {
                <div class="hl-checkbox">
                    <input class="hl-checkbox__input" type="checkbox" id=id.clone() name="topic"
                        value=slug.clone() checked=chosen.contains(slug) />
                    <label class="hl-checkbox__label" for=id>{title.clone()} " (" {slug.clone()} ")"</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="hl-fieldset">
            <legend class="hl-fieldset__legend hl-label">{t(lang, "media-topics")}</legend>
            <p class="hl-hint">{t(lang, "media-topics-hint")}</p>
            {field_errors(lang, problems, "topics")}
            {boxes}
        </fieldset>
    }
}
