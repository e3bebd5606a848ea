//! One's own account: who one is, presence, the second factor, logging out everywhere.

use super::common::{Notice, aria, field_error, heading_and_notice};
use crate::i18n::{t, t_args, use_language};
use crate::layout::FormGroup;
use crate::staff::{CsrfField, staff_session, team_href};
use helder_domain::languages::Language;
use leptos::prelude::*;

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
    let presence = session
        .role
        .works_reports()
        .then(|| presence_section(lang, &data, &csrf));
    let totp = totp_section(lang, &data, &csrf);
    view! {
        {heading_and_notice(lang, "team-account-title", &notice)}
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

/// Present or away (for the daily distribution), and the button to change it.
fn presence_section(lang: Language, data: &AccountView, csrf: &str) -> impl IntoView + use<> {
    let (text, value, button) = if data.present {
        ("team-present-yes", "false", "team-present-set-away")
    } else {
        ("team-present-no", "true", "team-present-set-here")
    };
    view! {
        <h2 class="hl-heading-m">{t(lang, "team-present-title")}</h2>
        <p class="hl-body">{t(lang, text)}</p>
        <form method="post" action=team_href(lang, "account/aanwezig")>
            <CsrfField token=csrf.to_owned() />
            <input type="hidden" name="present" value=value />
            <button class="hl-button hl-button--secondary" type="submit">{t(lang, button)}</button>
        </form>
    }
}

/// The second factor: on, off (with the button to set it up), or being set up.
fn totp_section(lang: Language, data: &AccountView, csrf: &str) -> AnyView {
    let csrf = csrf.to_owned();
    match (&data.totp_setup, data.totp_enabled) {
        (Some((secret, uri)), _) => totp_setup(lang, secret, uri, &data.notice, csrf).into_any(),
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
    }
}

/// A new secret to put in the authenticator app, and the code that confirms it.
fn totp_setup(
    lang: Language,
    secret: &str,
    uri: &str,
    notice: &Option<Notice>,
    csrf: String,
) -> impl IntoView + use<> {
    let (code_invalid, code_described) = aria(notice, "code", false);
    view! {
        <p class="hl-body">{t(lang, "team-totp-setup-text")}</p>
        <dl class="hl-summary">
            <div class="hl-summary__row">
                <dt class="hl-summary__key">{t(lang, "team-totp-secret")}</dt>
                <dd class="hl-summary__value"><code class="hl-code">{secret.to_owned()}</code></dd>
            </div>
            <div class="hl-summary__row">
                <dt class="hl-summary__key">{t(lang, "team-totp-uri")}</dt>
                <dd class="hl-summary__value"><code class="hl-code">{uri.to_owned()}</code></dd>
            </div>
        </dl>
        <form method="post" action=team_href(lang, "account/tweede-stap") novalidate=true>
            <CsrfField token=csrf />
            <input type="hidden" name="secret" value=secret.to_owned() />
            <FormGroup id="code" label=t(lang, "team-totp-code") error=field_error(lang, notice, "code")>
                <input class="hl-input hl-input--short" type="text" id="code" name="code"
                    inputmode="numeric" autocomplete="one-time-code" maxlength="6"
                    aria-invalid=code_invalid aria-describedby=code_described />
            </FormGroup>
            <button class="hl-button" type="submit">{t(lang, "team-totp-confirm")}</button>
        </form>
    }
}
