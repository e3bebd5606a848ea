//! Signing in: log in, the second factor, and choosing a password with a one-time link.

use super::common::{Notice, aria, field_error, heading, heading_and_notice};
use crate::i18n::{t, use_language};
use crate::layout::FormGroup;
use crate::staff::{CsrfField, team_href};
use leptos::prelude::*;

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
    let (email_invalid, email_described) = aria(&notice, "email", false);
    view! {
        {heading_and_notice(lang, "team-login-title", &notice)}
        <form method="post" action=team_href(lang, "inloggen") novalidate=true>
            <CsrfField token=form.csrf.clone() />
            <FormGroup id="email" label=t(lang, "team-email") error=field_error(lang, &notice, "email")>
                <input class="hl-input" type="email" id="email" name="email" value=form.email.clone()
                    autocomplete="username" spellcheck="false" required=true
                    aria-invalid=email_invalid aria-describedby=email_described />
            </FormGroup>
            <FormGroup id="password" label=t(lang, "team-password")>
                <input class="hl-input" type="password" id="password" name="password"
                    autocomplete="current-password" required=true />
            </FormGroup>
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
    let (code_invalid, code_described) = aria(&notice, "code", true);
    view! {
        {heading_and_notice(lang, "team-totp-title", &notice)}
        <form method="post" action=team_href(lang, "tweede-stap") novalidate=true>
            <CsrfField token=form.csrf.clone() />
            <FormGroup id="code" label=t(lang, "team-totp-code") hint=t(lang, "team-totp-hint") error=field_error(lang, &notice, "code")>
                <input class="hl-input hl-input--short" type="text" id="code" name="code"
                    inputmode="numeric" autocomplete="one-time-code" maxlength="6" required=true
                    aria-invalid=code_invalid aria-describedby=code_described />
            </FormGroup>
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
    let (password_invalid, password_described) = aria(&notice, "password", true);
    let (repeat_invalid, repeat_described) = aria(&notice, "repeat", false);
    view! {
        {heading_and_notice(lang, "team-password-title", &notice)}
        <form method="post" novalidate=true>
            <CsrfField token=form.csrf.clone() />
            <FormGroup id="password" label=t(lang, "team-password-new") hint=t(lang, "team-password-hint") error=field_error(lang, &notice, "password")>
                <input class="hl-input" type="password" id="password" name="password"
                    autocomplete="new-password" required=true
                    aria-invalid=password_invalid aria-describedby=password_described />
            </FormGroup>
            <FormGroup id="repeat" label=t(lang, "team-password-repeat") error=field_error(lang, &notice, "repeat")>
                <input class="hl-input" type="password" id="repeat" name="repeat"
                    autocomplete="new-password" required=true
                    aria-invalid=repeat_invalid aria-describedby=repeat_described />
            </FormGroup>
            <button class="hl-button" type="submit">{t(lang, "team-password-save")}</button>
        </form>
    }
    .into_any()
}
