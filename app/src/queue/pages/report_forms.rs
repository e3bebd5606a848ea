//! The report page's forms: workflow steps, taking and reassigning, the estimate, closing,
//! asking the reporter and adding a note. A refused form shows its message and what was typed.

use super::common::outcome_text;
use crate::layout::{FormGroup, field_aria};
use crate::{
    i18n::t,
    staff::{CsrfField, StaffSession, pages::Notice, team_href},
};
use helder_domain::{
    languages::Language,
    queue::{Outcome, Status},
};
use leptos::prelude::*;

/// What every form on the report page needs.
pub(super) struct Forms {
    pub lang: Language,
    pub id: i64,
    pub csrf: String,
    pub notice: Option<Notice>,
    pub typed: String,
}

impl Forms {
    /// Where a form posts: `meldingen/{id}/{rest}`.
    pub fn action(&self, rest: &str) -> String {
        team_href(self.lang, &format!("meldingen/{}/{rest}", self.id))
    }

    /// The message of a refused form, at its field.
    fn error_for(&self, field: &str) -> Option<AnyView> {
        match &self.notice {
            Some(Notice::Error { field: f, key }) if *f == field => {
                let text = t(self.lang, key);
                Some(
                    view! {
                        <p class="hl-error-message" id=format!("{field}-error")>{text}</p>
                    }
                    .into_any(),
                )
            }
            _ => None,
        }
    }

    /// What was typed into a refused field.
    fn typed_for(&self, field: &str) -> String {
        match &self.notice {
            Some(Notice::Error { field: f, .. }) if *f == field => self.typed.clone(),
            _ => String::new(),
        }
    }
}

/// Taking a new report and the next steps this status allows, each its own button.
pub(super) fn workflow_buttons(
    forms: &Forms,
    status: Status,
    session: &StaffSession,
) -> impl IntoView + use<> {
    let lang = forms.lang;
    let next_buttons = status
        .next()
        .iter()
        .map(|next| {
            view! {
                <form class="hl-inline-form" method="post" action=forms.action("status")>
                    <CsrfField token=forms.csrf.clone() />
                    <input type="hidden" name="to" value=next.as_str() />
                    <button class=format!("hl-button hl-button--secondary hl-button--track-{}", next.as_str()) type="submit">
                        {t(lang, &format!("team-move-{}", next.as_str()))}
                    </button>
                </form>
            }
        })
        .collect_view();
    let take = (status == Status::New && session.role.works_reports()).then(|| {
        view! {
            <form class="hl-inline-form" method="post" action=forms.action("toewijzen")>
                <CsrfField token=forms.csrf.clone() />
                <input type="hidden" name="member" value=session.user_id.to_string() />
                <button class="hl-button hl-button--secondary" type="submit">{t(lang, "team-take")}</button>
            </form>
        }
    });
    view! { <div class="hl-button-group">{take}{next_buttons}</div> }
}

/// The estimated amount and whether the subject was fined before.
pub(super) fn amount_form(
    forms: &Forms,
    estimated: Option<i64>,
    fined_before: bool,
) -> impl IntoView + use<> {
    let lang = forms.lang;
    let typed = forms.typed_for("amount");
    let amount_value = if typed.is_empty() {
        estimated.map(|a| a.to_string()).unwrap_or_default()
    } else {
        typed
    };
    let error = forms.error_for("amount");
    let (invalid, described) = field_aria("amount", true, error.is_some());
    view! {
        <form method="post" action=forms.action("bedrag") novalidate=true>
            <CsrfField token=forms.csrf.clone() />
            <FormGroup id="amount" label=t(lang, "team-amount") hint=t(lang, "team-amount-hint")>
                {error}
                <input class="hl-input hl-input--short" type="text" id="amount" name="amount" inputmode="numeric" value=amount_value
                    aria-invalid=invalid aria-describedby=described />
            </FormGroup>
            <div class="hl-checkbox">
                <input class="hl-checkbox__input" type="checkbox" id="fined_before" name="fined_before" value="yes" checked=fined_before />
                <label class="hl-checkbox__label" for="fined_before">{t(lang, "team-fined-before")}</label>
            </div>
            <button class="hl-button hl-button--secondary" type="submit">{t(lang, "team-save")}</button>
        </form>
    }
}

/// Closing with an outcome, when the status allows it.
pub(super) fn close_form(forms: &Forms, status: Status) -> Option<impl IntoView + use<>> {
    let lang = forms.lang;
    status.can_close().then(|| {
        let options = Outcome::ALL
            .into_iter()
            .enumerate()
            .map(|(i, o)| {
                let field_id = if i == 0 { "outcome".to_owned() } else { format!("outcome-{}", o.as_str()) };
                view! {
                    <div class="hl-radio">
                        <input class="hl-radio__input" type="radio" name="outcome" id=field_id.clone() value=o.as_str() />
                        <label class="hl-radio__label" for=field_id>{outcome_text(lang, o)}</label>
                    </div>
                }
            })
            .collect_view();
        view! {
            <form method="post" action=forms.action("afsluiten") novalidate=true>
                <CsrfField token=forms.csrf.clone() />
                <fieldset class="hl-fieldset">
                    <legend class="hl-heading-s">{t(lang, "team-close-legend")}</legend>
                    {options}
                </fieldset>
                <button class="hl-button" type="submit">{t(lang, "team-close")}</button>
            </form>
        }
    })
}

/// For a lead: assigning an open report to another member.
pub(super) fn reassign_form(
    forms: &Forms,
    status: Status,
    members: &[(i64, String)],
) -> Option<impl IntoView + use<>> {
    let lang = forms.lang;
    (!members.is_empty() && status.is_open()).then(|| {
        let options = members
            .iter()
            .map(|(mid, name)| view! { <option value=mid.to_string()>{name.clone()}</option> })
            .collect_view();
        view! {
            <form method="post" action=forms.action("toewijzen")>
                <CsrfField token=forms.csrf.clone() />
                <FormGroup id="member" label=t(lang, "team-reassign")>
                    <select class="hl-select" id="member" name="member">{options}</select>
                </FormGroup>
                <button class="hl-button hl-button--secondary" type="submit">{t(lang, "team-reassign-button")}</button>
            </form>
        }
    })
}

/// A question to the reporter, who reads it with the receipt code, with or without contact
/// details.
pub(super) fn question_form(forms: &Forms, has_email: bool) -> impl IntoView + use<> {
    let lang = forms.lang;
    let (error, typed) = (forms.error_for("question"), forms.typed_for("question"));
    let (invalid, described) = field_aria("question", true, error.is_some());
    view! {
            <form method="post" action=forms.action("vraag") novalidate=true>
                <CsrfField token=forms.csrf.clone() />
                <FormGroup id="question" label=t(lang, "team-ask") hint=t(lang, if has_email { "team-ask-hint-mail" } else { "team-ask-hint-code" })>
                    {error}
                    <textarea class="hl-textarea" id="question" name="question" rows="4" maxlength="2000"
                        aria-invalid=invalid aria-describedby=described>{crate::layout::textarea_text(&typed)}</textarea>
                </FormGroup>
                <button class="hl-button hl-button--secondary" type="submit">{t(lang, "team-ask-button")}</button>
            </form>
    }
}

/// A note for the team.
pub(super) fn note_form(forms: &Forms) -> impl IntoView + use<> {
    let lang = forms.lang;
    let (error, typed) = (forms.error_for("note"), forms.typed_for("note"));
    let (invalid, described) = field_aria("note", false, error.is_some());
    view! {
        <form method="post" action=forms.action("notitie") novalidate=true>
            <CsrfField token=forms.csrf.clone() />
            <FormGroup id="note" label=t(lang, "team-note-add")>
                {error}
                <textarea class="hl-textarea" id="note" name="note" rows="3" maxlength="4000"
                    aria-invalid=invalid aria-describedby=described>{crate::layout::textarea_text(&typed)}</textarea>
            </FormGroup>
            <button class="hl-button hl-button--secondary" type="submit">{t(lang, "team-note-button")}</button>
        </form>
    }
}
