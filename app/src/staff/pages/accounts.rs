//! Everyone's accounts, for admins: the list and the form to add one.

use super::common::{Notice, aria, field_error, heading_and_notice};
use crate::i18n::{t, use_language};
use crate::layout::FormGroup;
use crate::staff::{CsrfField, StaffTable, staff_session, team_href};
use helder_domain::{languages::Language, staff::Capabilities};
use leptos::prelude::*;

/// The table's column headings (Fluent keys); the last is over the buttons.
const ACCOUNT_COLUMNS: &[&str] = &[
    "team-name",
    "team-email",
    "team-role",
    "team-account-state",
    "team-totp-section",
    "team-password",
    "team-actions",
];

/// A staff account as an admin sees it.
#[derive(Debug, Clone)]
pub struct AccountRow {
    pub id: i64,
    pub email: String,
    pub name: String,
    /// The role, and for an editor the publishing right.
    pub capabilities: Capabilities,
    pub active: bool,
    pub totp: bool,
    pub password_set: bool,
}

#[derive(Debug, Clone, Default)]
pub struct AccountsView {
    pub accounts: Vec<AccountRow>,
    /// The one-time link for an account just made; shown once.
    pub new_link: Option<String>,
    pub notice: Option<Notice>,
    pub email: String,
    pub name: String,
}
/// `/{lang}/team/accounts` (admins)
#[component]
pub fn AccountsPage(data: AccountsView) -> impl IntoView {
    let lang = use_language();
    let Some(session) = staff_session() else {
        return ().into_any();
    };
    let notice = data.notice.clone();
    let csrf = session.csrf.clone();
    let rows = data
        .accounts
        .iter()
        .map(|a| account_row(lang, a, &csrf))
        .collect_view();
    let link = data.new_link.clone().map(|link| {
        view! {
            <div class="hl-panel">
                <p class="hl-body">{t(lang, "team-account-link")}</p>
                <p class="hl-body"><code class="hl-code">{link}</code></p>
            </div>
        }
    });
    view! {
        {heading_and_notice(lang, "team-accounts-title", &notice)}
        {link}
        <StaffTable caption="team-accounts-title" headers=ACCOUNT_COLUMNS hidden_last=true>
            {rows}
        </StaffTable>
        {add_account_form(lang, &data, csrf)}
    }
    .into_any()
}

/// One account in the table, with the button that disables it.
fn account_row(lang: Language, a: &AccountRow, csrf: &str) -> impl IntoView + use<> {
    let state = if a.active {
        t(lang, "team-account-active")
    } else {
        t(lang, "team-account-disabled")
    };
    let action = a.active.then(|| {
        view! {
            <form method="post" action=team_href(lang, &format!("accounts/{}/uitzetten", a.id))>
                <CsrfField token=csrf.to_owned() />
                <button class="hl-button hl-button--secondary hl-button--small" type="submit">
                    {t(lang, "team-account-disable")}
                    <span class="hl-visually-hidden">{format!(" {}", a.email)}</span>
                </button>
            </form>
        }
    });
    view! {
        <tr>
            <td>{a.name.clone()}</td>
            <td>{a.email.clone()}</td>
            <td>{t(lang, &format!("team-role-{}", a.capabilities.as_str()))}</td>
            <td>{state}</td>
            <td>{t(lang, if a.totp { "team-yes" } else { "team-no" })}</td>
            <td>{t(lang, if a.password_set { "team-yes" } else { "team-no" })}</td>
            <td>{action}</td>
        </tr>
    }
}

/// The form to add an account, holding what was typed when it was refused.
fn add_account_form(lang: Language, data: &AccountsView, csrf: String) -> impl IntoView + use<> {
    // An editor with publishing rights is offered as a role of its own.
    let role_options = Capabilities::OFFERED
        .iter()
        .map(|c| c.as_str())
        .map(|r| view! { <option value=r>{t(lang, &format!("team-role-{r}"))}</option> })
        .collect_view();
    let notice = &data.notice;
    let (name, email) = (data.name.clone(), data.email.clone());
    let (name_invalid, name_described) = aria(notice, "name", false);
    let (email_invalid, email_described) = aria(notice, "email", false);
    view! {
        <h2 class="hl-heading-m">{t(lang, "team-account-add")}</h2>
        <form method="post" action=team_href(lang, "accounts") novalidate=true>
            <CsrfField token=csrf />
            <FormGroup id="name" label=t(lang, "team-name") error=field_error(lang, notice, "name")>
                <input class="hl-input" type="text" id="name" name="name" value=name autocomplete="off"
                    aria-invalid=name_invalid aria-describedby=name_described />
            </FormGroup>
            <FormGroup id="email" label=t(lang, "team-email") error=field_error(lang, notice, "email")>
                <input class="hl-input" type="email" id="email" name="email" value=email autocomplete="off" spellcheck="false"
                    aria-invalid=email_invalid aria-describedby=email_described />
            </FormGroup>
            <FormGroup id="role" label=t(lang, "team-role")>
                <select class="hl-select" id="role" name="role">{role_options}</select>
            </FormGroup>
            <button class="hl-button" type="submit">{t(lang, "team-account-add-button")}</button>
        </form>
    }
}
