//! The team page (leads): workload, presence, distribute now, team settings.

use crate::{
    i18n::{t, t_args, use_language},
    layout::PageHeading,
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
    view! {
        <PageHeading text=heading />
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
    }
    .into_any()
}
