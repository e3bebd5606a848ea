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
    view! {
        <PageHeading text=t(lang, "home-title") />
        <p class="hl-lead">
            {t_args(lang, "home-lead", &[("municipality", &site.municipality)])}
        </p>
        <SearchForm />
        <h2 class="hl-heading-m">{t(lang, "home-offer-title")}</h2>
        <ul class="hl-topic-list">
            <li class="hl-topic-list__item">
                <a class="hl-topic-list__link" href=topic_href(lang, "inlichtingenplicht")>
                    {t(lang, "home-start-duty")}
                </a>
                <p class="hl-topic-list__summary">{t(lang, "home-start-duty-text")}</p>
            </li>
            <li class="hl-topic-list__item">
                <a class="hl-topic-list__link" href=topic_href(lang, "levensgebeurtenissen")>
                    {t(lang, "nav-life-events")}
                </a>
                <p class="hl-topic-list__summary">{t(lang, "home-start-events-text")}</p>
            </li>
            <li class="hl-topic-list__item">
                <a class="hl-topic-list__link" href=format!("/{}/{TOPICS_SEGMENT}", lang.code)>
                    {t(lang, "topics-title")}
                </a>
                <p class="hl-topic-list__summary">{t(lang, "home-offer-rights")}</p>
            </li>
            <li class="hl-topic-list__item">
                <a class="hl-topic-list__link" href=format!("/{}/melden", lang.code)>
                    {t(lang, "report-title")}
                </a>
                <p class="hl-topic-list__summary">{t(lang, "home-offer-report")}</p>
            </li>
            <li class="hl-topic-list__item">
                <a class="hl-topic-list__link" href=format!("/{}/films", lang.code)>
                    {t(lang, "films-title")}
                </a>
                <p class="hl-topic-list__summary">{t(lang, "films-lead")}</p>
            </li>
        </ul>
        <div class="hl-inset">
            <h2 class="hl-heading-s">{t(lang, "home-doubt-title")}</h2>
            <p class="hl-body">{t(lang, "home-doubt-text")}</p>
        </div>
        <PrintButton label=t(lang, "print-page") />
    }
}
