//! The report page's forms: workflow steps, taking and reassigning, the estimate, closing,
//! asking the reporter and adding a note. A refused form shows its message and what was typed.

use crate::layout::{FormGroup, field_aria};
use crate::{
    i18n::t,
    staff::{CsrfField, StaffSession, pages::Notice, team_href},
};
use helder_domain::{
    languages::Language,
    queue::{EarlierFine, Status},
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

/// The estimated amount and the date of an earlier fine or measure for fraud (for the
/// red-track suggestion's five-year window).
pub(super) fn amount_form(
    forms: &Forms,
    estimated: Option<i64>,
    earlier: EarlierFine,
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
    let typed_date = forms.typed_for("earlier_fine");
    let date_value = match (typed_date.is_empty(), earlier) {
        (false, _) => typed_date,
        (true, EarlierFine::On(day)) => day.format("%Y-%m-%d").to_string(),
        (true, _) => String::new(),
    };
    let date_error = forms.error_for("earlier_fine");
    let (date_invalid, date_described) = field_aria("earlier_fine", true, date_error.is_some());
    // Ticked before the date was asked: kept until someone fills in the date.
    let unknown = (earlier == EarlierFine::DateUnknown).then(|| {
        view! {
            <div class="hl-checkbox">
                <input class="hl-checkbox__input" type="checkbox" id="earlier_fine_unknown" name="earlier_fine_unknown" value="yes" checked=true />
                <label class="hl-checkbox__label" for="earlier_fine_unknown">{t(lang, "team-earlier-fine-unknown")}</label>
            </div>
        }
    });
    view! {
        <form method="post" action=forms.action("bedrag") novalidate=true>
            <CsrfField token=forms.csrf.clone() />
            <FormGroup id="amount" label=t(lang, "team-amount") hint=t(lang, "team-amount-hint")>
                {error}
                <input class="hl-input hl-input--short" type="text" id="amount" name="amount" inputmode="numeric" value=amount_value
                    aria-invalid=invalid aria-describedby=described />
            </FormGroup>
            <FormGroup id="earlier_fine" label=t(lang, "team-earlier-fine") hint=t(lang, "team-earlier-fine-hint")>
                {date_error}
                <input class="hl-input hl-input--short" type="date" id="earlier_fine" name="earlier_fine" value=date_value
                    aria-invalid=date_invalid aria-describedby=date_described />
            </FormGroup>
            {unknown}
            <button class="hl-button hl-button--secondary" type="submit">{t(lang, "team-save")}</button>
        </form>
    }
}

/// The way to the closing page, when the status allows closing.
pub(super) fn close_link(forms: &Forms, status: Status) -> Option<impl IntoView + use<>> {
    let lang = forms.lang;
    status.can_close().then(|| {
        view! {
            <p class="hl-body">
                <a class="hl-button" href=forms.action("afsluiten")>{t(lang, "team-close")}</a>
            </p>
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
