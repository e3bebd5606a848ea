//! Retiring a page, on its Dutch document page: the open request or the retirement, and the
//! steps the person may take (ask with a reason, confirm, take back, bring back).

use crate::{
    i18n::{t, t_args, use_language},
    staff::{CsrfField, team_href},
};
use helder_domain::{editing::retire::Step, languages::Language};
use leptos::prelude::*;

/// What the document page shows about retiring its page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RetireView {
    /// Retired on (local time).
    pub retired_on: Option<String>,
    /// The request: who, when, why.
    pub request: Option<(String, String, String)>,
    pub steps: Vec<Step>,
    /// A reason that came back with a problem (Fluent key), and what was typed.
    pub reason_error: Option<&'static str>,
    pub reason: String,
}

/// `…/inhoud/{slug}/buiten-gebruik/{step}`
pub fn retire_href(lang: Language, slug: &str, step: Step) -> String {
    team_href(
        lang,
        &format!("inhoud/{slug}/buiten-gebruik/{}", step.segment()),
    )
}

#[component]
pub fn Retirement(slug: String, data: RetireView, csrf: String) -> impl IntoView {
    let lang = use_language();
    let state = match (&data.retired_on, &data.request) {
        (Some(on), Some((name, _, reason))) => Some(t_args(
            lang,
            "edit-retire-retired-on",
            &[("date", on), ("name", name), ("reason", reason)],
        )),
        (Some(on), None) => Some(t_args(
            lang,
            "edit-retire-retired-on",
            &[("date", on), ("name", "-"), ("reason", "-")],
        )),
        (None, Some((name, at, reason))) => Some(t_args(
            lang,
            "edit-retire-requested",
            &[("name", name), ("date", at), ("reason", reason)],
        )),
        (None, None) => None,
    };
    if state.is_none() && data.steps.is_empty() {
        return ().into_any();
    }
    let forms = data
        .steps
        .iter()
        .map(|&step| step_form(lang, &slug, step, &csrf, &data))
        .collect_view();
    view! {
        <h2 class="hl-heading-m" id="buiten-gebruik">{t(lang, "edit-retire-title")}</h2>
        {state.map(|text| view! { <p class="hl-body">{text}</p> })}
        <div class="hl-action-forms">{forms}</div>
    }
    .into_any()
}

fn step_form(
    lang: Language,
    slug: &str,
    step: Step,
    csrf: &str,
    data: &RetireView,
) -> impl IntoView + use<> {
    let segment = step.segment();
    let reason = (step == Step::Request).then(|| {
        let error = data.reason_error.map(|key| {
            view! {
                <p class="hl-error-message" id="reden-error">
                    <span class="hl-visually-hidden">{t(lang, "team-error-prefix")} ": "</span>
                    {t(lang, key)}
                </p>
            }
        });
        view! {
            <div class="hl-form-group">
                <label class="hl-label" for="reden">{t(lang, "edit-retire-reason")}</label>
                <p class="hl-hint" id="reden-hint">{t(lang, "edit-retire-reason-hint")}</p>
                {error}
                <textarea class="hl-textarea" id="reden" name="reden" rows="3"
                    aria-invalid={data.reason_error.map(|_| "true")}
                    aria-describedby={if data.reason_error.is_some() { "reden-hint reden-error" } else { "reden-hint" }}
                >{crate::layout::textarea_text(&data.reason)}</textarea>
            </div>
        }
    });
    let class = match step {
        Step::Request | Step::Confirm => "hl-button hl-button--warning",
        _ => "hl-button hl-button--secondary",
    };
    view! {
        <form class="hl-action-form" method="post" action=retire_href(lang, slug, step) novalidate=true>
            <CsrfField token=csrf.to_owned() />
            <p class="hl-hint">{t(lang, &format!("edit-retire-{segment}-hint"))}</p>
            {reason}
            <button class=class type="submit">{t(lang, &format!("edit-retire-{segment}"))}</button>
        </form>
    }
}
