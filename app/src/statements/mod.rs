//! The accessibility statement and the privacy statement, required on every government site.

use crate::{
    Site,
    i18n::{t, t_args, use_language},
    layout::{PageHeading, PrintButton},
    rights::library::{Contact, SharedLibrary},
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
            view! {
                <h2 class="hl-heading-m">{t(lang, &format!("{prefix}-{section}-title"))}</h2>
                {paragraphs(&text(format!("{prefix}-{section}-text")))}
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

/// A Fluent text as paragraphs: a blank line starts a new one, and a paragraph whose lines
/// all start with "- " is a bulleted list.
fn paragraphs(text: &str) -> AnyView {
    text.split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|p| {
            let items: Option<Vec<String>> = p
                .lines()
                .map(|line| line.trim().strip_prefix("- ").map(str::to_owned))
                .collect();
            match items {
                Some(items) => {
                    let items = items
                        .into_iter()
                        .map(|i| view! { <li>{i}</li> })
                        .collect_view();
                    view! { <ul class="hl-list hl-list--bullet">{items}</ul> }.into_any()
                }
                None => view! { <p class="hl-body">{p.to_owned()}</p> }.into_any(),
            }
        })
        .collect_view()
        .into_any()
}

/// The day the accessibility statement was last drawn up and its tests last run in full
/// (CI runs them on every change; review the statement's text when they change).
pub const ACCESSIBILITY_STATEMENT_DATE: &str = "07-12-2026";

/// `/{lang}/toegankelijkheid`: the accessibility statement after the Digitoegankelijk model
/// (status, what was tested and how, known problems, direct contact, complaints, date), with
/// the municipality's own contact details from its snippets.
#[component]
pub fn AccessibilityPage() -> impl IntoView {
    let lang = use_language();
    let site = use_context::<Site>().unwrap_or_default();
    let contact = use_context::<SharedLibrary>()
        .unwrap_or_default()
        .snapshot()
        .contact(lang);
    let date = format!("\u{2068}{ACCESSIBILITY_STATEMENT_DATE}\u{2069}");
    let args: [(&'static str, &str); 3] = [
        ("municipality", &site.municipality),
        ("website", &contact.website),
        ("date", &date),
    ];
    let text = |key: &str| t_args(lang, key, &args);
    let section = |name: &str| {
        view! {
            <h2 class="hl-heading-m">{t(lang, &format!("accessibility-{name}-title"))}</h2>
            {paragraphs(&text(&format!("accessibility-{name}-text")))}
        }
    };
    view! {
        <PageHeading text=t(lang, "accessibility-title") />
        <p class="hl-lead">{text("accessibility-intro")}</p>
        {section("status")}
        {section("tested")}
        {section("problems")}
        {section("contact")}
        {contact_list(lang, &contact)}
        <p class="hl-body">{text("accessibility-contact-answer")}</p>
        {section("complaint")}
        <p class="hl-body">{text("accessibility-date")}</p>
        <p class="hl-body">{t(lang, "accessibility-model")}</p>
        <PrintButton label=t(lang, "print-page") />
    }
}

/// The municipality's phone (a link that dials), opening hours, address and website, each
/// only when its snippet has a value.
fn contact_list(lang: Language, contact: &Contact) -> impl IntoView + use<> {
    let dial: String = contact
        .phone
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect();
    let website = contact.website.trim();
    let href = if website.starts_with("https://") {
        website.to_owned()
    } else {
        format!("https://{website}")
    };
    let row = |label: &str, value: AnyView| {
        view! {
            <dt>{t(lang, label)}</dt>
            <dd>{value}</dd>
        }
    };
    let rows = [
        (!contact.phone.is_empty()).then(|| {
            row(
                "accessibility-contact-phone",
                // Non-breaking spaces: a phone number is never split over two lines.
                view! { <a href=format!("tel:{dial}") dir="ltr">{contact.phone.replace(' ', "\u{a0}")}</a> }
                    .into_any(),
            )
        }),
        (!contact.opening_hours.is_empty()).then(|| {
            row(
                "accessibility-contact-hours",
                view! { <bdi>{contact.opening_hours.clone()}</bdi> }.into_any(),
            )
        }),
        // Isolated: a Dutch address keeps its order inside a right-to-left page.
        (!contact.address.is_empty()).then(|| {
            row(
                "accessibility-contact-address",
                view! { <bdi>{contact.address.clone()}</bdi> }.into_any(),
            )
        }),
        (!website.is_empty()).then(|| {
            row(
                "accessibility-contact-website",
                view! { <a href=href dir="ltr">{website.to_owned()}</a> }.into_any(),
            )
        }),
    ];
    view! { <dl class="hl-contact-list">{rows.into_iter().flatten().collect_view()}</dl> }
}

#[component]
pub fn PrivacyPage() -> impl IntoView {
    statement(
        use_language(),
        "privacy",
        &[
            "who",
            "data",
            "prevention",
            "no-tracking",
            "rights",
            "contact",
        ],
    )
}
