//! `/{lang}/melden/bijlagen`: photos or PDF files with the report (optional). A plain
//! multipart form to add one file at a time, each added file with a button to remove it, and
//! the way back to the check page. Works the same without JavaScript.

use super::super::form::FormState;
use super::common::{ErrorSummary, error_title, field_error, report_href};
use crate::{
    i18n::{t, t_args},
    layout::{PageTitle, field_aria},
};
use helder_domain::{
    languages::Language,
    report::{
        evidence::{EvidenceFile, MAX_FILES, size_text},
        flow::FlowStep,
    },
};
use leptos::prelude::*;

/// The file input's name and id (the server reads this field).
const FILE_FIELD: &str = "bestand";

/// "bijlage-1.jpg (foto, 1,2 MB)"
pub(super) fn describe(lang: Language, file: &EvidenceFile) -> String {
    let what = if file.kind.is_photo() {
        t(lang, "report-evidence-photo")
    } else {
        t(lang, "report-evidence-pdf")
    };
    format!("{} ({what}, {})", file.file_name(), size_text(file.size))
}

/// One added file of `count`, with its remove button (a form of its own).
fn listed(lang: Language, file: &EvidenceFile, count: usize) -> AnyView {
    let name = describe(lang, file);
    view! {
        <div class="hl-summary__row">
            <dt class="hl-summary__key">{t_args(lang, "report-evidence-numbered", &[("n", &file.position.to_string())])}</dt>
            <dd class="hl-summary__value" dir="ltr">{name.clone()}</dd>
            <dd class="hl-summary__action">
                <form method="post" action=report_href(lang, "bijlagen/verwijderen")>
                    <input type="hidden" name="bijlage" value=file.position.to_string() />
                    <input type="hidden" name="aantal" value=count.to_string() />
                    <button class="hl-link-button" type="submit">
                        {t(lang, "report-evidence-remove")}
                        <span class="hl-visually-hidden">{format!(" {name}")}</span>
                    </button>
                </form>
            </dd>
        </div>
    }
    .into_any()
}

/// The form that adds one file, while there is room.
fn add_form(lang: Language, state: &FormState) -> AnyView {
    if state.evidence.len() >= MAX_FILES {
        return view! { <p class="hl-body">{t(lang, "report-evidence-full")}</p> }.into_any();
    }
    let error = field_error(lang, state, FILE_FIELD);
    let (invalid, described) = field_aria(FILE_FIELD, true, error.is_some());
    let group = if error.is_some() {
        "hl-form-group hl-form-group--error"
    } else {
        "hl-form-group"
    };
    view! {
        <form method="post" action=report_href(lang, "bijlagen/toevoegen") enctype="multipart/form-data" novalidate=true>
            <div class=group>
                <label class="hl-label" for=FILE_FIELD>{t(lang, "report-evidence-choose")}</label>
                <p class="hl-hint" id=format!("{FILE_FIELD}-hint")>{t(lang, "report-evidence-hint")}</p>
                {error}
                <input
                    class="hl-file-upload"
                    type="file"
                    id=FILE_FIELD
                    name=FILE_FIELD
                    accept="image/jpeg,image/png,image/webp,application/pdf"
                    aria-invalid=invalid
                    aria-describedby=described
                />
            </div>
            <button class="hl-button hl-button--secondary" type="submit">{t(lang, "report-evidence-add")}</button>
        </form>
    }
    .into_any()
}

/// The page itself (the parent shows the outage and expired pages instead when needed).
pub(super) fn evidence_page(lang: Language, state: &FormState) -> impl IntoView + use<> {
    let heading = t(lang, "report-evidence-title");
    let count = state.evidence.len();
    let files = state
        .evidence
        .iter()
        .map(|f| listed(lang, f, count))
        .collect_view();
    let list = (!state.evidence.is_empty()).then(|| {
        view! {
            <h2 class="hl-heading-m">{t(lang, "report-evidence-added")}</h2>
            <dl class="hl-summary">{files}</dl>
        }
    });
    let check = FlowStep::Check.href(lang);
    view! {
        <PageTitle text=error_title(lang, &heading, state) />
        <ErrorSummary state=state.clone() />
        <p class="hl-back"><a href=check.clone()>{t(lang, "report-back")}</a></p>
        <h1 class="hl-heading-l">{heading}</h1>
        <p class="hl-body">{t(lang, "report-evidence-intro")}</p>
        <div class="hl-warning-text">
            <span class="hl-warning-text__icon" aria-hidden="true">"!"</span>
            <strong class="hl-warning-text__text">
                <span class="hl-visually-hidden">{t(lang, "report-evidence-warning-label")}</span>
                {t(lang, "report-evidence-people")}
            </strong>
        </div>
        <p class="hl-body">{t(lang, "report-evidence-cleaned")}</p>
        {list}
        {add_form(lang, state)}
        <p class="hl-body">
            <a class="hl-button" href=check role="button" draggable="false">{t(lang, "report-evidence-done")}</a>
        </p>
    }
}
