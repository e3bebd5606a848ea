//! `/{lang}/team/inhoud/nieuw`: the form for a new information page (Dutch title, web
//! address, kind, place in the list). GOV.UK pattern: an error summary linking to the fields,
//! each error next to its field, the answers kept; a plain form, so no JavaScript is needed.

use super::common::error_title;
use crate::{
    i18n::{t, use_language},
    layout::{Breadcrumbs, ErrorSummary, FormGroup, PageTitle, field_aria},
    staff::{CsrfField, staff_session, team_href},
};
use helder_domain::languages::Language;
use leptos::prelude::*;

/// What was typed, shown again after a problem.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NewPageTyped {
    pub title: String,
    pub slug: String,
    pub kind: String,
    pub order: String,
}

#[derive(Debug, Clone, Default)]
pub struct NewPageView {
    pub typed: NewPageTyped,
    /// The kinds a page may have (`PageKind::as_str`), in list order.
    pub kinds: Vec<&'static str>,
    /// (field, Fluent key) of every problem, in form order.
    pub problems: Vec<(&'static str, &'static str)>,
}

/// `/{lang}/team/inhoud/nieuw`
#[component]
pub fn NewPagePage(data: NewPageView) -> impl IntoView {
    let lang = use_language();
    let csrf = staff_session().map(|s| s.csrf).unwrap_or_default();
    let heading = t(lang, "edit-new-title");
    let p = data.problems.clone();
    let summary: Vec<(String, String)> = p
        .iter()
        .map(|(field, key)| ((*field).to_owned(), t(lang, key)))
        .collect();
    let typed = data.typed.clone();
    view! {
        <PageTitle text=error_title(lang, &heading, !p.is_empty()) />
        <Breadcrumbs links=vec![(team_href(lang, "inhoud"), t(lang, "edit-overview-title"))] />
        <ErrorSummary problems=summary />
        <h1 class="hl-heading-xl">{heading}</h1>
        <p class="hl-body">{t(lang, "edit-new-lead")}</p>
        <form method="post" action=team_href(lang, "inhoud/nieuw") novalidate=true>
            <CsrfField token=csrf />
            {text_input(lang, &p, "titel", "edit-new-field-title", None, typed.title)}
            {text_input(lang, &p, "adres", "edit-new-field-slug", Some("edit-new-field-slug-hint"), typed.slug)}
            {kind_radios(lang, &p, &data.kinds, &typed.kind)}
            {text_input(lang, &p, "volgorde", "edit-new-field-order", Some("edit-new-field-order-hint"), typed.order)}
            <button class="hl-button" type="submit">{t(lang, "edit-new-button")}</button>
        </form>
    }
}

/// The error messages of one field, or nothing.
fn field_error(
    lang: Language,
    problems: &[(&'static str, &'static str)],
    field: &str,
) -> Option<AnyView> {
    let lines: Vec<String> = problems
        .iter()
        .filter(|(f, _)| *f == field)
        .map(|(_, key)| t(lang, key))
        .collect();
    (!lines.is_empty()).then(|| {
        view! {
            <p class="hl-error-message" id=format!("{field}-error")>
                <span class="hl-visually-hidden">{t(lang, "team-error-prefix")} ": "</span>
                {lines.join(" ")}
            </p>
        }
        .into_any()
    })
}

fn text_input(
    lang: Language,
    problems: &[(&'static str, &'static str)],
    field: &'static str,
    label: &'static str,
    hint: Option<&'static str>,
    value: String,
) -> impl IntoView + use<> {
    let error = field_error(lang, problems, field);
    let (invalid, described) = field_aria(field, hint.is_some(), error.is_some());
    let hint_view =
        hint.map(|key| view! { <p class="hl-hint" id=format!("{field}-hint")>{t(lang, key)}</p> });
    view! {
        <FormGroup id=field label=t(lang, label)>
            {hint_view}
            {error}
            <input class="hl-input hl-input--wide" type="text" id=field name=field value=value
                aria-invalid=invalid aria-describedby=described />
        </FormGroup>
    }
}

/// One radio button per kind, labelled with its Dutch group name; the first carries the
/// group's id, so the error summary can link to it.
fn kind_radios(
    lang: Language,
    problems: &[(&'static str, &'static str)],
    kinds: &[&'static str],
    chosen: &str,
) -> impl IntoView + use<> {
    let error = field_error(lang, problems, "soort");
    let (invalid, described) = field_aria("soort", false, error.is_some());
    let radios = kinds
        .iter()
        .enumerate()
        .map(|(i, kind)| {
            let id = if i == 0 {
                "soort".to_owned()
            } else {
                format!("soort-{kind}")
            };
            view! {
                <div class="hl-radio">
                    <input class="hl-radio__input" type="radio" id=id.clone() name="soort"
                        value=*kind checked={*kind == chosen} aria-invalid=invalid />
                    <label class="hl-radio__label" for=id>{t(lang, &format!("edit-kind-{kind}"))}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <div class="hl-form-group">
            <fieldset class="hl-fieldset" aria-describedby=described>
                <legend class="hl-fieldset__legend hl-label">{t(lang, "edit-new-field-kind")}</legend>
                {error}
                {radios}
            </fieldset>
        </div>
    }
}
