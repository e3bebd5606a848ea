//! The team page (leads): workload, presence, distribute now, team settings.

use crate::{
    i18n::{t, t_args, use_language},
    layout::{ErrorSummary, PageTitle, field_aria},
    staff::{
        CsrfField, StaffTable,
        pages::{Notice, NoticeBox},
        staff_session, team_href,
    },
};
use leptos::prelude::*;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberLoad {
    pub id: i64,
    pub name: String,
    pub present: bool,
    pub open: i64,
    pub new: i64,
}

#[derive(Debug, Clone, Default)]
pub struct TeamView {
    pub members: Vec<MemberLoad>,
    pub unassigned: i64,
    pub overdue: i64,
    pub require_totp: bool,
    pub last_distribution: Option<String>,
    pub notice: Option<Notice>,
    /// The organisation's own closing days, earliest first.
    pub closing_days: Vec<ClosingDayRow>,
    /// The closing-day form as it was sent (date, reason) when it came back.
    pub closing_typed: (String, String),
    /// What is wrong with it: (field id, text).
    pub closing_problems: Vec<(String, String)>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClosingDayRow {
    /// `2026-05-15`, for the remove address.
    pub iso: String,
    /// `15-05-2026`.
    pub label: String,
    pub reason: String,
}

/// `/{lang}/team/verdeling` (leads): workload, presence, distribute now, team settings.
#[component]
pub fn TeamPage(data: TeamView) -> impl IntoView {
    let lang = use_language();
    let Some(session) = staff_session() else {
        return ().into_any();
    };
    let csrf = session.csrf.clone();
    let heading = t(lang, "team-team-title");
    let title = if data.closing_problems.is_empty() {
        heading.clone()
    } else {
        format!("{}: {heading}", t(lang, "team-error-prefix"))
    };
    let rows = data
        .members
        .iter()
        .map(|m| {
            let (value, button) = if m.present { ("false", "team-present-set-away") } else { ("true", "team-present-set-here") };
            view! {
                <tr>
                    <td>{m.name.clone()}</td>
                    <td>{t(lang, if m.present { "team-present-yes-short" } else { "team-present-no-short" })}</td>
                    <td class="hl-numeric">{m.open}</td>
                    <td class="hl-numeric">{m.new}</td>
                    <td>
                        <form method="post" action=team_href(lang, &format!("verdeling/{}/aanwezig", m.id))>
                            <CsrfField token=csrf.clone() />
                            <input type="hidden" name="present" value=value />
                            <button class="hl-button hl-button--secondary hl-button--small" type="submit">
                                {t(lang, button)}
                                <span class="hl-visually-hidden">{format!(" {}", m.name)}</span>
                            </button>
                        </form>
                    </td>
                </tr>
            }
        })
        .collect_view();
    let last = data
        .last_distribution
        .clone()
        .map(|at| t_args(lang, "team-last-distribution", &[("at", &at)]))
        .unwrap_or_else(|| t(lang, "team-no-distribution-yet"));
    let (totp_value, totp_button) = if data.require_totp {
        ("false", "team-require-totp-off")
    } else {
        ("true", "team-require-totp-on")
    };
    let closing = closing_days(lang, &csrf, &data);
    view! {
        <PageTitle text=title />
        <ErrorSummary problems=data.closing_problems.clone() />
        <h1 class="hl-heading-xl">{heading}</h1>
        <NoticeBox notice=data.notice.clone() />
        <p class="hl-body">{t_args(lang, "team-unassigned-count", &[("count", &data.unassigned.to_string())])}</p>
        <p class="hl-body">{t_args(lang, "team-overdue-count", &[("count", &data.overdue.to_string())])}</p>
        <p class="hl-body">{last}</p>
        <form method="post" action=team_href(lang, "verdelen")>
            <CsrfField token=csrf.clone() />
            <button class="hl-button" type="submit">{t(lang, "team-distribute-now")}</button>
        </form>
        <StaffTable
            caption="team-workload"
            headers=&["team-name", "team-present-title", "team-open", "team-new", "team-actions"]
            numeric=&["team-open", "team-new"]
            hidden_last=true
            visible_caption=true
        >
            {rows}
        </StaffTable>
        <h2 class="hl-heading-m">{t(lang, "team-totp-section")}</h2>
        <p class="hl-body">{t(lang, if data.require_totp { "team-require-totp-is-on" } else { "team-require-totp-is-off" })}</p>
        <form method="post" action=team_href(lang, "instellingen")>
            <CsrfField token=csrf.clone() />
            <input type="hidden" name="require_totp" value=totp_value />
            <button class="hl-button hl-button--secondary" type="submit">{t(lang, totp_button)}</button>
        </form>
        {closing}
    }
    .into_any()
}

/// The organisation's own closing days: the list, each with a remove button, and the form
/// that adds one.
fn closing_days(
    lang: helder_domain::languages::Language,
    csrf: &str,
    data: &TeamView,
) -> impl IntoView + use<> {
    let rows = data
        .closing_days
        .iter()
        .map(|d| {
            view! {
                <tr>
                    <td>{d.label.clone()}</td>
                    <td>{d.reason.clone()}</td>
                    <td>
                        <form method="post" action=team_href(lang, &format!("sluitingsdagen/{}/verwijderen", d.iso))>
                            <CsrfField token=csrf.to_owned() />
                            <button class="hl-button hl-button--secondary hl-button--small" type="submit">
                                {t(lang, "team-closing-day-remove")}
                                <span class="hl-visually-hidden">{format!(" {}", d.label)}</span>
                            </button>
                        </form>
                    </td>
                </tr>
            }
        })
        .collect_view();
    let problem = |field: &str| {
        data.closing_problems
            .iter()
            .find(|(f, _)| f == field)
            .map(|(_, m)| m.clone())
    };
    let day_error = problem("closing-day");
    let reason_error = problem("closing-reason");
    let (day_invalid, day_described) = field_aria("closing-day", true, day_error.is_some());
    let (reason_invalid, reason_described) =
        field_aria("closing-reason", true, reason_error.is_some());
    view! {
        <h2 class="hl-heading-m" id="sluitingsdagen">{t(lang, "team-closing-days-section")}</h2>
        <p class="hl-body">{t(lang, "team-closing-days-intro")}</p>
        {if data.closing_days.is_empty() {
            view! { <p class="hl-body">{t(lang, "team-closing-days-none")}</p> }.into_any()
        } else {
            view! {
                <StaffTable
                    caption="team-closing-days-section"
                    headers=&["team-closing-day-date", "team-closing-day-reason", "team-actions"]
                    hidden_last=true
                >
                    {rows}
                </StaffTable>
            }
            .into_any()
        }}
        <form method="post" action=team_href(lang, "sluitingsdagen") novalidate=true>
            <CsrfField token=csrf.to_owned() />
            <div class="hl-form-group">
                <label class="hl-label" for="closing-day">{t(lang, "team-closing-day-date")}</label>
                <p class="hl-hint" id="closing-day-hint">{t(lang, "team-closing-day-date-hint")}</p>
                {day_error.map(|m| view! { <p class="hl-error-message" id="closing-day-error">{m}</p> })}
                <input class="hl-input hl-input--short" type="date" id="closing-day" name="day"
                    value=data.closing_typed.0.clone() aria-invalid=day_invalid aria-describedby=day_described />
            </div>
            <div class="hl-form-group">
                <label class="hl-label" for="closing-reason">{t(lang, "team-closing-day-reason")}</label>
                <p class="hl-hint" id="closing-reason-hint">{t(lang, "team-closing-day-reason-hint")}</p>
                {reason_error.map(|m| view! { <p class="hl-error-message" id="closing-reason-error">{m}</p> })}
                <input class="hl-input" type="text" id="closing-reason" name="reason" maxlength="100"
                    value=data.closing_typed.1.clone() aria-invalid=reason_invalid aria-describedby=reason_described />
            </div>
            <button class="hl-button hl-button--secondary" type="submit">{t(lang, "team-closing-day-add")}</button>
        </form>
    }
}
