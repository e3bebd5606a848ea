//! Closing a report (`/{lang}/team/meldingen/{id}/afsluiten`): one or more outcomes, each with
//! its details right under it. The details are always shown (no script needed to reveal them);
//! those of an outcome that is not ticked are ignored.

use super::common::outcome_text;
use crate::{
    i18n::{t, t_args, use_language},
    layout::{ErrorSummary, PageTitle, field_aria},
    staff::{CsrfField, staff_session, team_href},
};
use helder_domain::{outcomes::ClosingForm, queue::Outcome};
use leptos::prelude::*;

#[derive(Debug, Clone, Default)]
pub struct ClosingView {
    pub id: i64,
    /// The form as it was sent, when it came back.
    pub form: ClosingForm,
    /// What is wrong: (field id, text).
    pub problems: Vec<(String, String)>,
}

/// A text field for one outcome's detail: (field id, name, label key, hint key, short).
type Detail = (
    &'static str,
    &'static str,
    &'static str,
    Option<&'static str>,
);

fn details(outcome: Outcome) -> &'static [Detail] {
    match outcome {
        Outcome::Repayment => &[(
            "repayment-amount",
            "repayment",
            "team-outcome-repayment-amount",
            Some("team-outcome-amount-hint"),
        )],
        Outcome::Fine => &[(
            "fine-amount",
            "fine",
            "team-outcome-fine-amount",
            Some("team-outcome-amount-hint"),
        )],
        Outcome::Measure => &[
            (
                "measure-percent",
                "percent",
                "team-outcome-measure-percent",
                None,
            ),
            (
                "measure-months",
                "months",
                "team-outcome-measure-months",
                None,
            ),
        ],
        Outcome::Referred => &[(
            "referred-to",
            "referred_to",
            "team-outcome-referred-to",
            Some("team-outcome-referred-hint"),
        )],
        _ => &[],
    }
}

fn typed<'a>(form: &'a ClosingForm, name: &str) -> &'a str {
    match name {
        "repayment" => &form.repayment,
        "fine" => &form.fine,
        "percent" => &form.percent,
        "months" => &form.months,
        _ => &form.referred_to,
    }
}

/// `/{lang}/team/meldingen/{id}/afsluiten`
#[component]
pub fn ClosePage(data: ClosingView) -> impl IntoView {
    let lang = use_language();
    let Some(session) = staff_session() else {
        return ().into_any();
    };
    let heading = t_args(lang, "team-close-title", &[("id", &data.id.to_string())]);
    let title = if data.problems.is_empty() {
        heading.clone()
    } else {
        format!("{}: {heading}", t(lang, "team-error-prefix"))
    };
    let problem = |field: &str| {
        data.problems
            .iter()
            .find(|(f, _)| f == field)
            .map(|(_, m)| m.clone())
    };
    let outcome_error = problem("outcome");
    let (_, group_described) = field_aria("outcome", true, outcome_error.is_some());
    let options = Outcome::ALL
        .into_iter()
        .enumerate()
        .map(|(i, outcome)| {
            let id = if i == 0 {
                "outcome".to_owned()
            } else {
                format!("outcome-{}", outcome.as_str())
            };
            let checked = data.form.chosen.iter().any(|c| c == outcome.as_str());
            let fields = details(outcome)
                .iter()
                .map(|(field, name, label, hint)| {
                    let error = problem(field);
                    let (invalid, described) = field_aria(field, hint.is_some(), error.is_some());
                    let class = if *name == "referred_to" {
                        "hl-input"
                    } else {
                        "hl-input hl-input--short"
                    };
                    view! {
                        <div class="hl-form-group">
                            <label class="hl-label" for=*field>{t(lang, label)}</label>
                            {hint.map(|h| view! { <p class="hl-hint" id=format!("{field}-hint")>{t(lang, h)}</p> })}
                            {error.map(|m| view! { <p class="hl-error-message" id=format!("{field}-error")>{m}</p> })}
                            <input class=class type="text" id=*field name=*name value=typed(&data.form, name).to_owned()
                                inputmode=(*name != "referred_to").then_some("numeric")
                                aria-invalid=invalid aria-describedby=described />
                        </div>
                    }
                })
                .collect_view();
            let conditional = (!details(outcome).is_empty())
                .then(|| view! { <div class="hl-checkboxes__conditional">{fields}</div> });
            // The group's hint and message are on the fieldset; every box is marked.
            let invalid = outcome_error.is_some().then_some("true");
            view! {
                <div class="hl-checkbox">
                    <input class="hl-checkbox__input" type="checkbox" name="outcome" id=id.clone() value=outcome.as_str()
                        checked=checked aria-invalid=invalid />
                    <label class="hl-checkbox__label" for=id>{outcome_text(lang, outcome)}</label>
                </div>
                {conditional}
            }
        })
        .collect_view();
    let back = team_href(lang, &format!("meldingen/{}", data.id));
    view! {
        <PageTitle text=title />
        <p class="hl-back"><a href=back>{t(lang, "team-print-back")}</a></p>
        <ErrorSummary problems=data.problems.clone() />
        <h1 class="hl-heading-xl">{heading}</h1>
        <form method="post" action=team_href(lang, &format!("meldingen/{}/afsluiten", data.id)) novalidate=true>
            <CsrfField token=session.csrf.clone() />
            <fieldset class="hl-fieldset" aria-describedby=group_described>
                <legend class="hl-fieldset__legend hl-heading-m">{t(lang, "team-close-legend")}</legend>
                <p class="hl-hint" id="outcome-hint">{t(lang, "team-close-hint")}</p>
                {outcome_error.map(|m| view! { <p class="hl-error-message" id="outcome-error">{m}</p> })}
                {options}
            </fieldset>
            <button class="hl-button" type="submit">{t(lang, "team-close")}</button>
        </form>
    }
    .into_any()
}
