//! What the staff pages share: notices, field errors, the heading and the 403 page. A
//! sibling of the pages, so they need not import their parent.

use crate::staff::session::team_href;
use crate::{
    i18n::{t, use_language},
    layout::{ErrorSummary, PageHeading, PageTitle},
};
use helder_domain::languages::Language;
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
        Notice::Error { field, key } => {
            view! { <ErrorSummary problems=vec![(field.to_owned(), t(lang, key))] /> }.into_any()
        }
        Notice::Done(key) => view! {
            <div class="hl-notice hl-notice--success" role="status">
                <p class="hl-body">{t(lang, key)}</p>
            </div>
        }
        .into_any(),
    })
}

pub(crate) fn field_error(lang: Language, notice: &Option<Notice>, field: &str) -> Option<AnyView> {
    match notice {
        Some(Notice::Error { field: f, key }) if *f == field => Some(
            view! { <p class="hl-error-message" id=format!("{field}-error")>{t(lang, key)}</p> }
                .into_any(),
        ),
        _ => None,
    }
}

/// `aria-invalid` and `aria-describedby` for `field`, whose hint (if `hint`) and error
/// message are `{field}-hint` and `{field}-error`.
pub(crate) fn aria(
    notice: &Option<Notice>,
    field: &str,
    hint: bool,
) -> (Option<&'static str>, Option<String>) {
    let invalid = matches!(notice, Some(Notice::Error { field: f, .. }) if *f == field);
    crate::layout::field_aria(field, hint, invalid)
}

/// Page heading with the `<title>`; an error puts "Fout:" in the title (GOV.UK).
pub(crate) fn heading(lang: Language, key: &str, notice: &Option<Notice>) -> impl IntoView + use<> {
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

/// The heading of an account page with the notice above it.
pub(crate) fn heading_and_notice(
    lang: Language,
    key: &str,
    notice: &Option<Notice>,
) -> impl IntoView + use<> {
    // The summary first, as GOV.UK does: after the title it is the first thing heard.
    view! {
        <NoticeBox notice=notice.clone() />
        {heading(lang, key, notice)}
    }
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
        <PageHeading text=text />
        <p class="hl-body">{reason}</p>
        <p class="hl-body"><a href=team_href(lang, "account")>{t(lang, "team-nav-account")}</a></p>
    }
}
