//! The accessibility statement and the privacy statement, required on every government site.

use crate::{
    Site,
    i18n::{t, t_args, use_language},
    layout::{PageHeading, PrintButton},
};
use helder_domain::languages::Language;
use leptos::prelude::*;

/// A statement is a title, an introduction and sections of a heading with paragraphs, all
/// from Fluent keys `<prefix>-title`, `<prefix>-intro`, `<prefix>-<section>-title` and
/// `<prefix>-<section>-text`.
fn statement(
    lang: Language,
    prefix: &'static str,
    sections: &'static [&'static str],
) -> impl IntoView {
    let site = use_context::<Site>().unwrap_or_default();
    // The texts name the municipality.
    let text = |key: String| t_args(lang, &key, &[("municipality", &site.municipality)]);
    let title = t(lang, &format!("{prefix}-title"));
    let intro = text(format!("{prefix}-intro"));
    let body = sections
        .iter()
        .map(|section| {
            let heading = t(lang, &format!("{prefix}-{section}-title"));
            // A blank line in the Fluent text starts a new paragraph.
            let paragraphs = text(format!("{prefix}-{section}-text"))
                .split("\n\n")
                .map(|p| view! { <p class="hl-body">{p.trim().to_owned()}</p> })
                .collect_view();
            view! {
                <h2 class="hl-heading-m">{heading}</h2>
                {paragraphs}
            }
        })
        .collect_view();
    view! {
        <PageHeading text=title />
        <p class="hl-lead">{intro}</p>
        {body}
        <PrintButton label=t(lang, "print-page") />
    }
}

#[component]
pub fn AccessibilityPage() -> impl IntoView {
    statement(
        use_language(),
        "accessibility",
        &["standard", "status", "problems", "contact"],
    )
}

#[component]
pub fn PrivacyPage() -> impl IntoView {
    statement(
        use_language(),
        "privacy",
        &["who", "data", "no-tracking", "rights", "contact"],
    )
}
