//! The staff version of the report form (`/{lang}/team/meldingen/nieuw`): a tip that came in by
//! phone, letter, e-mail, at the counter or from a partner organisation, entered by a team
//! member through the same questions, all on one page, with the channel and the date it came
//! in. Checked by the same rules as the public steps.

use super::super::form::FormState;
use super::common::{ErrorSummary, error_title, field_error};
use super::fields::{all_question_fields, contact_fields, kinds_fields};
use crate::{
    i18n::{t, t_args, use_language},
    layout::{PageHeading, PageTitle, field_aria},
    staff::{CsrfField, MUNICIPALITY_PARAM, Municipalities, staff_session, team_href},
};
use helder_domain::report::{channel::Channel, flow::FlowStep, questionnaire::Questionnaire};
use leptos::prelude::*;
use std::sync::Arc;

/// The tip form, as sent when it came back.
#[derive(Debug, Clone)]
pub struct TipView {
    pub questionnaire: Arc<Questionnaire>,
    pub state: FormState,
    /// Today's date (`2026-12-07`), the date received unless another is typed.
    pub today: String,
    /// The organisation's municipalities: the one the tip is about is chosen when there are
    /// several.
    pub municipalities: Municipalities,
    /// Saving failed (the database could not be reached): the form is shown as it was sent.
    pub not_saved: bool,
}

/// `/{lang}/team/meldingen/nieuw`
#[component]
pub fn TipPage(data: TipView) -> impl IntoView {
    let lang = use_language();
    let Some(session) = staff_session() else {
        return ().into_any();
    };
    let state = &data.state;
    let heading = t(lang, "team-tip-title");
    let value = |field: &str, default: &str| {
        state
            .values
            .get(field)
            .and_then(|v| v.first().cloned())
            .unwrap_or_else(|| default.to_owned())
    };
    let channel = value("channel", "");
    let channel_error = field_error(lang, state, "channel");
    let (_, channel_described) = field_aria("channel", false, channel_error.is_some());
    let channel_invalid = channel_error.is_some().then_some("true");
    let channels = Channel::entered()
        .enumerate()
        .map(|(i, c)| {
            let id = if i == 0 { "channel".to_owned() } else { format!("channel-{}", c.as_str()) };
            view! {
                <div class="hl-radio">
                    <input class="hl-radio__input" type="radio" name="channel" id=id.clone() value=c.as_str()
                        checked=channel == c.as_str() aria-invalid=channel_invalid />
                    <label class="hl-radio__label" for=id>{t(lang, &format!("team-channel-{}", c.as_str()))}</label>
                </div>
            }
        })
        .collect_view();
    let received_error = field_error(lang, state, "received_on");
    let (received_invalid, received_described) =
        field_aria("received_on", true, received_error.is_some());
    let received = value("received_on", &data.today);
    let receipt = state.values.contains_key("receipt");
    let several = data.municipalities.several();
    let questions = [FlowStep::Person, FlowStep::Situation, FlowStep::Knowledge]
        .into_iter()
        .map(|step| all_question_fields(lang, &data.questionnaire, state, step).into_any())
        .collect_view();
    view! {
        <PageTitle text=error_title(lang, &heading, state) />
        <ErrorSummary state=state.clone() />
        <p class="hl-back"><a href=team_href(lang, "meldingen")>{t(lang, "team-back-to-queue")}</a></p>
        <h1 class="hl-heading-xl">{heading}</h1>
        {data.not_saved.then(|| view! {
            <div class="hl-notice hl-notice--warning" role="alert"><p class="hl-body">{t(lang, "team-tip-not-saved")}</p></div>
        })}
        <p class="hl-body">{t(lang, "team-tip-intro")}</p>
        <form method="post" action=team_href(lang, "meldingen/nieuw") novalidate=true>
            <CsrfField token=session.csrf.clone() />
            <fieldset class="hl-fieldset" aria-describedby=channel_described>
                <legend class="hl-fieldset__legend"><span class="hl-heading-m">{t(lang, "team-tip-channel")}</span></legend>
                {channel_error}
                {channels}
            </fieldset>
            <div class="hl-form-group">
                <label class="hl-label" for="received_on">{t(lang, "team-tip-received")}</label>
                <p class="hl-hint" id="received_on-hint">{t(lang, "team-tip-received-hint")}</p>
                {received_error}
                <input class="hl-input hl-input--short" type="date" id="received_on" name="received_on" value=received
                    aria-invalid=received_invalid aria-describedby=received_described />
            </div>
            {several.then(|| municipality_field(lang, state, &data.municipalities))}
            {kinds_fields(lang, &data.questionnaire, state, false).into_any()}
            {questions}
            {contact_fields(lang, state, false).into_any()}
            <div class="hl-checkbox">
                <input class="hl-checkbox__input" type="checkbox" id="receipt" name="receipt" value="yes" checked=receipt />
                <label class="hl-checkbox__label" for="receipt">{t(lang, "team-tip-receipt")}</label>
            </div>
            <p class="hl-body">
                <button class="hl-button" type="submit">{t(lang, "team-tip-save")}</button>
            </p>
        </form>
    }
    .into_any()
}

/// Which of the organisation's municipalities the tip is about (no "all" here).
fn municipality_field(
    lang: helder_domain::languages::Language,
    state: &FormState,
    municipalities: &Municipalities,
) -> impl IntoView + use<> {
    let chosen = state
        .values
        .get(MUNICIPALITY_PARAM)
        .and_then(|v| v.first().cloned())
        .unwrap_or_default();
    let error = field_error(lang, state, MUNICIPALITY_PARAM);
    let (invalid, described) = field_aria(MUNICIPALITY_PARAM, false, error.is_some());
    let options = municipalities
        .choices
        .iter()
        .map(|(id, name)| view! { <option value=id.clone() selected=chosen == *id>{name.clone()}</option> })
        .collect_view();
    view! {
        <div class="hl-form-group">
            <label class="hl-label" for=MUNICIPALITY_PARAM>{t(lang, "team-municipality")}</label>
            {error}
            <select class="hl-select" id=MUNICIPALITY_PARAM name=MUNICIPALITY_PARAM aria-invalid=invalid aria-describedby=described>
                <option value="" selected=chosen.is_empty()>{t(lang, "team-tip-choose-municipality")}</option>
                {options}
            </select>
        </div>
    }
}

/// After a tip was saved: its number and, when the reporter wanted one, the receipt code
/// (shown once, to pass on).
#[derive(Debug, Clone, Default)]
pub struct TipEntered {
    pub id: i64,
    pub receipt: Option<String>,
}

#[component]
pub fn TipSaved(data: TipEntered) -> impl IntoView {
    let lang = use_language();
    let heading = t_args(lang, "team-tip-saved", &[("id", &data.id.to_string())]);
    let code = data.receipt.clone().map(|code| {
        view! {
            <div class="hl-panel">
                <p class="hl-body">{t(lang, "team-tip-code-intro")}</p>
                <p class="hl-receipt" dir="ltr" lang="">{code}</p>
                <p class="hl-body">{t(lang, "team-tip-code-once")}</p>
            </div>
        }
    });
    view! {
        <PageHeading text=heading />
        {code}
        <ul class="hl-list">
            <li><a href=team_href(lang, &format!("meldingen/{}", data.id))>{t(lang, "team-tip-to-report")}</a></li>
            <li><a href=team_href(lang, "meldingen/nieuw")>{t(lang, "team-tip-another")}</a></li>
        </ul>
    }
}
