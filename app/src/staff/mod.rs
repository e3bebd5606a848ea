//! The staff side's shared parts: the signed-in person, the staff header, and the account
//! pages (log in, second factor, set password, own account, accounts for admins). Roles and
//! what they may do are in [`helder_domain::staff`].
//! The server authenticates and puts a [`StaffSession`] and each page's data in the request.

pub mod pages;
mod parts;
pub mod session;
pub use parts::{MUNICIPALITY_PARAM, Municipalities, MunicipalitySelect, StaffTable};
pub use session::{CSRF_FIELD, StaffSession, TEAM_SEGMENT, staff_language, team_href};

use helder_domain::languages::Language;
use leptos::prelude::*;

/// The signed-in person, when the server found one for this request.
pub fn staff_session() -> Option<StaffSession> {
    crate::request::use_request().staff
}

/// The hidden CSRF field for a staff form.
#[component]
pub fn CsrfField(token: String) -> impl IntoView {
    view! { <input type="hidden" name=CSRF_FIELD value=token /> }
}

/// Navigation for the signed-in person: only the parts their role may open.
#[component]
pub fn StaffNav(session: StaffSession, lang: Language) -> impl IntoView {
    use crate::i18n::t;
    let role = session.role;
    let mut links: Vec<(String, String)> = Vec::new();
    if role.works_reports() {
        links.push((team_href(lang, "meldingen"), t(lang, "team-nav-mine")));
        links.push((team_href(lang, "meldingen/alle"), t(lang, "team-nav-all")));
    }
    if role.leads() {
        links.push((team_href(lang, "verdeling"), t(lang, "team-nav-team")));
        links.push((
            team_href(lang, "statistiek"),
            t(lang, "team-nav-statistics"),
        ));
        links.push((team_href(lang, "logboek"), t(lang, "team-nav-audit")));
    }
    if role.edits_content() {
        links.push((team_href(lang, "inhoud"), t(lang, "team-nav-content")));
        links.push((team_href(lang, "films"), t(lang, "team-nav-films")));
        links.push((team_href(lang, "reacties"), t(lang, "team-nav-feedback")));
    }
    if role.sees_knowledge() {
        links.push((team_href(lang, "kennis"), t(lang, "team-nav-knowledge")));
    }
    if role.answers_questions() {
        links.push((team_href(lang, "vragen"), t(lang, "team-nav-questions")));
    }
    if role.administers() {
        links.push((team_href(lang, "accounts"), t(lang, "team-nav-accounts")));
    }
    links.push((team_href(lang, "account"), t(lang, "team-nav-account")));
    let items = crate::layout::link_items(links);
    view! {
        <nav class="hl-service-nav hl-staff-nav" aria-label=t(lang, "team-nav-label")>
            <div class="hl-width-container hl-staff-nav__inner">
                <ul class="hl-service-nav__list">{items}</ul>
                <form class="hl-staff-nav__logout" method="post" action=team_href(lang, "uitloggen")>
                    <CsrfField token=session.csrf.clone() />
                    <span class="hl-staff-nav__who">{session.name.clone()}</span>
                    <button class="hl-button hl-button--secondary hl-button--small" type="submit">
                        {t(lang, "team-logout")}
                    </button>
                </form>
            </div>
        </nav>
    }
}
