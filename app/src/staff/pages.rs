//! Account pages: log in, second factor, set a password, one's own account, and accounts
//! (admins). Each reads what the server prepared from the request; forms post to the server.

use super::{CsrfField, staff_session, team_href};
use crate::{
    i18n::{t, t_args, use_language},
    layout::PageTitle,
};
use helder_domain::{languages::Language, staff::Capabilities};
use leptos::prelude::*;

/// A message on a staff page: a Fluent key, shown as an error summary or a success banner.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    Error {
        field: &'static str,
        key: &'static str,
    },
    Done(&'static str),
}

/// GOV.UK error summary or notification banner for a staff form.
#[component]
pub fn NoticeBox(notice: Option<Notice>) -> impl IntoView {
    let lang = use_language();
    notice.map(|notice| match notice {
        Notice::Error { field, key } => view! {
            <div class="hl-error-summary" role="alert" tabindex="-1">
                <h2 class="hl-heading-m">{t(lang, "team-error-summary")}</h2>
                <ul class="hl-list">
                    <li><a href=format!("#{field}")>{t(lang, key)}</a></li>
                </ul>
            </div>
        }
        .into_any(),
        Notice::Done(key) => view! {
            <div class="hl-notice hl-notice--success" role="status">
                <p class="hl-body">{t(lang, key)}</p>
            </div>
        }
        .into_any(),
    })
}

fn field_error(lang: Language, notice: &Option<Notice>, field: &str) -> Option<AnyView> {
    match notice {
        Some(Notice::Error { field: f, key }) if *f == field => Some(
            view! { <p class="hl-error-message" id=format!("{field}-error")>{t(lang, key)}</p> }
                .into_any(),
        ),
        _ => None,
    }
}

/// Page heading with the `<title>`; an error puts "Fout:" in the title (GOV.UK).
fn heading(lang: Language, key: &str, notice: &Option<Notice>) -> impl IntoView + use<> {
    let text = t(lang, key);
    let title = match notice {
        Some(Notice::Error { .. }) => format!("{}: {text}", t(lang, "team-error-prefix")),
        _ => text.clone(),
    };
    view! {
        <PageTitle text=title />
        <h1 class="hl-heading-xl">{text}</h1>
    }
}

/// What the log-in page needs: the pre-session CSRF token and what was typed.
#[derive(Debug, Clone, Default)]
pub struct LoginForm {
    pub csrf: String,
    pub email: String,
    pub notice: Option<Notice>,
}

/// `/{lang}/team/inloggen`
#[component]
pub fn LoginPage(form: LoginForm) -> impl IntoView {
    let lang = use_language();
    let notice = form.notice.clone();
    view! {
        {heading(lang, "team-login-title", &notice)}
        <NoticeBox notice=notice.clone() />
        <form method="post" action=team_href(lang, "inloggen") novalidate=true>
            <CsrfField token=form.csrf.clone() />
            <div class="hl-form-group">
                <label class="hl-label" for="email">{t(lang, "team-email")}</label>
                {field_error(lang, &notice, "email")}
                <input class="hl-input" type="email" id="email" name="email" value=form.email.clone()
                    autocomplete="username" spellcheck="false" required=true />
            </div>
            <div class="hl-form-group">
                <label class="hl-label" for="password">{t(lang, "team-password")}</label>
                <input class="hl-input" type="password" id="password" name="password"
                    autocomplete="current-password" required=true />
            </div>
            <button class="hl-button" type="submit">{t(lang, "team-login-button")}</button>
        </form>
    }
}

#[derive(Debug, Clone, Default)]
pub struct SecondFactorForm {
    pub csrf: String,
    pub notice: Option<Notice>,
}

/// `/{lang}/team/tweede-stap`: the code from the authenticator app.
#[component]
pub fn SecondFactorPage(form: SecondFactorForm) -> impl IntoView {
    let lang = use_language();
    let notice = form.notice.clone();
    view! {
        {heading(lang, "team-totp-title", &notice)}
        <NoticeBox notice=notice.clone() />
        <form method="post" action=team_href(lang, "tweede-stap") novalidate=true>
            <CsrfField token=form.csrf.clone() />
            <div class="hl-form-group">
                <label class="hl-label" for="code">{t(lang, "team-totp-code")}</label>
                <p class="hl-hint">{t(lang, "team-totp-hint")}</p>
                {field_error(lang, &notice, "code")}
                <input class="hl-input hl-input--short" type="text" id="code" name="code"
                    inputmode="numeric" autocomplete="one-time-code" maxlength="6" required=true />
            </div>
            <button class="hl-button" type="submit">{t(lang, "team-continue")}</button>
        </form>
    }
}

#[derive(Debug, Clone, Default)]
pub struct SetPasswordForm {
    pub csrf: String,
    /// False when the link is unknown, used or expired.
    pub valid: bool,
    pub notice: Option<Notice>,
}

/// `/{lang}/team/wachtwoord/{token}`: choose a password with a one-time link.
#[component]
pub fn SetPasswordPage(form: SetPasswordForm) -> impl IntoView {
    let lang = use_language();
    let notice = form.notice.clone();
    if !form.valid {
        return view! {
            {heading(lang, "team-password-link-invalid", &None)}
            <p class="hl-body">{t(lang, "team-password-link-invalid-text")}</p>
        }
        .into_any();
    }
    view! {
        {heading(lang, "team-password-title", &notice)}
        <NoticeBox notice=notice.clone() />
        <form method="post" novalidate=true>
            <CsrfField token=form.csrf.clone() />
            <div class="hl-form-group">
                <label class="hl-label" for="password">{t(lang, "team-password-new")}</label>
                <p class="hl-hint">{t(lang, "team-password-hint")}</p>
                {field_error(lang, &notice, "password")}
                <input class="hl-input" type="password" id="password" name="password"
                    autocomplete="new-password" required=true />
            </div>
            <div class="hl-form-group">
                <label class="hl-label" for="repeat">{t(lang, "team-password-repeat")}</label>
                {field_error(lang, &notice, "repeat")}
                <input class="hl-input" type="password" id="repeat" name="repeat"
                    autocomplete="new-password" required=true />
            </div>
            <button class="hl-button" type="submit">{t(lang, "team-password-save")}</button>
        </form>
    }
    .into_any()
}

/// One's own account: second factor, presence, log out everywhere.
#[derive(Debug, Clone, Default)]
pub struct AccountView {
    pub totp_enabled: bool,
    /// A new secret being set up: (base32 secret, otpauth URI).
    pub totp_setup: Option<(String, String)>,
    pub require_totp: bool,
    pub present: bool,
    pub notice: Option<Notice>,
}

/// `/{lang}/team/account`
#[component]
pub fn AccountPage(data: AccountView) -> impl IntoView {
    let lang = use_language();
    let Some(session) = staff_session() else {
        return ().into_any();
    };
    let notice = data.notice.clone();
    let csrf = session.csrf.clone();
    let role_name = t(lang, &format!("team-role-{}", session.role.as_str()));
    let presence = session.role.works_reports().then(|| {
        let (text, value, button) = if data.present {
            ("team-present-yes", "false", "team-present-set-away")
        } else {
            ("team-present-no", "true", "team-present-set-here")
        };
        view! {
            <h2 class="hl-heading-m">{t(lang, "team-present-title")}</h2>
            <p class="hl-body">{t(lang, text)}</p>
            <form method="post" action=team_href(lang, "account/aanwezig")>
                <CsrfField token=csrf.clone() />
                <input type="hidden" name="present" value=value />
                <button class="hl-button hl-button--secondary" type="submit">{t(lang, button)}</button>
            </form>
        }
    });
    let totp = match (&data.totp_setup, data.totp_enabled) {
        (Some((secret, uri)), _) => view! {
            <p class="hl-body">{t(lang, "team-totp-setup-text")}</p>
            <dl class="hl-summary">
                <div class="hl-summary__row">
                    <dt class="hl-summary__key">{t(lang, "team-totp-secret")}</dt>
                    <dd class="hl-summary__value"><code class="hl-code">{secret.clone()}</code></dd>
                </div>
                <div class="hl-summary__row">
                    <dt class="hl-summary__key">{t(lang, "team-totp-uri")}</dt>
                    <dd class="hl-summary__value"><code class="hl-code">{uri.clone()}</code></dd>
                </div>
            </dl>
            <form method="post" action=team_href(lang, "account/tweede-stap") novalidate=true>
                <CsrfField token=csrf.clone() />
                <input type="hidden" name="secret" value=secret.clone() />
                <div class="hl-form-group">
                    <label class="hl-label" for="code">{t(lang, "team-totp-code")}</label>
                    {field_error(lang, &notice, "code")}
                    <input class="hl-input hl-input--short" type="text" id="code" name="code"
                        inputmode="numeric" autocomplete="one-time-code" maxlength="6" />
                </div>
                <button class="hl-button" type="submit">{t(lang, "team-totp-confirm")}</button>
            </form>
        }
        .into_any(),
        (None, true) => view! { <p class="hl-body">{t(lang, "team-totp-on")}</p> }.into_any(),
        (None, false) => view! {
            <p class="hl-body">
                {t(lang, if data.require_totp { "team-totp-required" } else { "team-totp-off" })}
            </p>
            <form method="post" action=team_href(lang, "account/tweede-stap/nieuw")>
                <CsrfField token=csrf.clone() />
                <button class="hl-button hl-button--secondary" type="submit">{t(lang, "team-totp-start")}</button>
            </form>
        }
        .into_any(),
    };
    view! {
        {heading(lang, "team-account-title", &notice)}
        <NoticeBox notice=notice.clone() />
        <p class="hl-body">
            {t_args(lang, "team-account-who", &[("name", &session.name), ("email", &session.email), ("role", &role_name)])}
        </p>
        {presence}
        <h2 class="hl-heading-m">{t(lang, "team-totp-section")}</h2>
        {totp}
        <h2 class="hl-heading-m">{t(lang, "team-logout-everywhere-title")}</h2>
        <p class="hl-body">{t(lang, "team-logout-everywhere-text")}</p>
        <form method="post" action=team_href(lang, "uitloggen-overal")>
            <CsrfField token=csrf.clone() />
            <button class="hl-button hl-button--warning" type="submit">{t(lang, "team-logout-everywhere")}</button>
        </form>
    }
    .into_any()
}

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
        .map(|a| {
            let state = if a.active { t(lang, "team-account-active") } else { t(lang, "team-account-disabled") };
            let action = a.active.then(|| {
                view! {
                    <form method="post" action=team_href(lang, &format!("accounts/{}/uitzetten", a.id))>
                        <CsrfField token=csrf.clone() />
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
        })
        .collect_view();
    // An editor with publishing rights is offered as a role of its own.
    let role_options = Capabilities::OFFERED
        .iter()
        .map(|c| c.as_str())
        .map(|r| view! { <option value=r>{t(lang, &format!("team-role-{r}"))}</option> })
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
        {heading(lang, "team-accounts-title", &notice)}
        <NoticeBox notice=notice.clone() />
        {link}
        <div class="hl-table-wrap">
        <table class="hl-table">
            <caption class="hl-visually-hidden">{t(lang, "team-accounts-title")}</caption>
            <thead>
                <tr>
                    <th scope="col">{t(lang, "team-name")}</th>
                    <th scope="col">{t(lang, "team-email")}</th>
                    <th scope="col">{t(lang, "team-role")}</th>
                    <th scope="col">{t(lang, "team-account-state")}</th>
                    <th scope="col">{t(lang, "team-totp-section")}</th>
                    <th scope="col">{t(lang, "team-password")}</th>
                    <th scope="col"><span class="hl-visually-hidden">{t(lang, "team-actions")}</span></th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
        </div>
        <h2 class="hl-heading-m">{t(lang, "team-account-add")}</h2>
        <form method="post" action=team_href(lang, "accounts") novalidate=true>
            <CsrfField token=csrf.clone() />
            <div class="hl-form-group">
                <label class="hl-label" for="name">{t(lang, "team-name")}</label>
                {field_error(lang, &notice, "name")}
                <input class="hl-input" type="text" id="name" name="name" value=data.name.clone() autocomplete="off" />
            </div>
            <div class="hl-form-group">
                <label class="hl-label" for="email">{t(lang, "team-email")}</label>
                {field_error(lang, &notice, "email")}
                <input class="hl-input" type="email" id="email" name="email" value=data.email.clone() autocomplete="off" spellcheck="false" />
            </div>
            <div class="hl-form-group">
                <label class="hl-label" for="role">{t(lang, "team-role")}</label>
                <select class="hl-select" id="role" name="role">{role_options}</select>
            </div>
            <button class="hl-button" type="submit">{t(lang, "team-account-add-button")}</button>
        </form>
    }
    .into_any()
}

/// 403 for a signed-in person whose role does not allow this page.
#[component]
pub fn Forbidden(
    /// Why, when it is not the role (a refused form); a Fluent key.
    #[prop(optional)]
    reason: Option<&'static str>,
) -> impl IntoView {
    let lang = use_language();
    let text = t(lang, "team-forbidden-title");
    // A refused form (CSRF) says why; otherwise the role does not allow the page.
    let reason = t(lang, reason.unwrap_or("team-forbidden-text"));
    view! {
        <PageTitle text=text.clone() />
        <h1 class="hl-heading-xl">{text}</h1>
        <p class="hl-body">{reason}</p>
        <p class="hl-body"><a href=team_href(lang, "account")>{t(lang, "team-nav-account")}</a></p>
    }
}
