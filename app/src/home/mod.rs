//! The home page: what this portal is for and who it serves.

use crate::{
    Site,
    i18n::{t, t_args, use_language},
    layout::{PageHeading, PrintButton},
    rights::library::{TOPICS_SEGMENT, topic_href},
    search::SearchForm,
};
use leptos::prelude::*;

#[component]
pub fn HomePage() -> impl IntoView {
    let lang = use_language();
    let site = use_context::<Site>().unwrap_or_default();
    // What the portal offers: (address, link text key, summary key).
    let offer = [
        (
            topic_href(lang, "inlichtingenplicht"),
            "home-start-duty",
            "home-start-duty-text",
        ),
        (
            topic_href(lang, "levensgebeurtenissen"),
            "nav-life-events",
            "home-start-events-text",
        ),
        (
            format!("/{}/zelftest", lang.code),
            "selfcheck-title",
            "selfcheck-lead",
        ),
        (
            format!("/{}/{TOPICS_SEGMENT}", lang.code),
            "topics-title",
            "home-offer-rights",
        ),
        (
            format!("/{}/melden", lang.code),
            "report-title",
            "home-offer-report",
        ),
        (format!("/{}/films", lang.code), "films-title", "films-lead"),
    ]
    .into_iter()
    .map(|(href, link, summary)| {
        view! {
            <li class="hl-topic-list__item">
                <a class="hl-topic-list__link" href=href>{t(lang, link)}</a>
                <p class="hl-topic-list__summary">{t(lang, summary)}</p>
            </li>
        }
    })
    .collect_view();
    view! {
        <PageHeading text=t(lang, "home-title") />
        <p class="hl-lead">
            {t_args(lang, "home-lead", &[("municipality", &site.municipality)])}
        </p>
        <SearchForm />
        <h2 class="hl-heading-m">{t(lang, "home-offer-title")}</h2>
        <ul class="hl-topic-list">{offer}</ul>
        <div class="hl-inset">
            <h2 class="hl-heading-s">{t(lang, "home-doubt-title")}</h2>
            <p class="hl-body">{t(lang, "home-doubt-text")}</p>
            <p class="hl-body">
                <a href=crate::rights::library::topic_href(lang, "contact")>{t(lang, "home-doubt-contact")}</a>
            </p>
            <p class="hl-body">
                <a href=format!("/{}/vraag", lang.code)>{t(lang, "selfcheck-ask-link")}</a>
            </p>
        </div>
        <PrintButton label=t(lang, "print-page") />
    }
}
