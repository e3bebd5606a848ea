//! Helder's Leptos application. One folder per capability; server-only code sits behind
//! `#[cfg(feature = "ssr")]`, and only `#[island]` components are shipped to the browser.

pub mod editing;
pub mod errors;
pub mod films;
pub mod home;
pub mod i18n;
pub mod layout;
pub mod queue;
pub mod report;
pub mod rights;
pub mod search;
pub mod staff;
pub mod statements;
pub mod statistics;

use helder_domain::report::flow::REPORT_SEGMENT;
use leptos::prelude::*;
use leptos_meta::provide_meta_context;
use leptos_router::{
    ParamSegment, StaticSegment,
    components::{ParentRoute, Route, Router, Routes},
};

/// What the server tells the pages about this installation and its built assets.
#[derive(Debug, Clone)]
pub struct Site {
    /// Name of the municipality, shown in the header, titles and footer.
    pub municipality: String,
    /// URL of the content-hashed stylesheet.
    pub stylesheet: String,
    /// URL of the content-hashed icon.
    pub icon: String,
    /// Whether the wasm bundle exists; without it pages are served without hydration.
    pub hydrate: bool,
    /// Public address of the site, printed on leaflets (no trailing slash).
    pub public_url: String,
}

impl Default for Site {
    fn default() -> Self {
        Site {
            municipality: "Gemeente Voorbeeld".into(),
            stylesheet: String::new(),
            icon: String::new(),
            hydrate: false,
            public_url: String::new(),
        }
    }
}

/// The HTML document around every page. Server-only: the browser hydrates islands, not this.
#[cfg(feature = "ssr")]
pub fn shell(options: LeptosOptions) -> impl IntoView {
    use helder_domain::languages::Language;
    use leptos_meta::MetaTags;

    let parts = use_context::<http::request::Parts>();
    let path = parts
        .as_ref()
        .map(|p| p.uri.path().to_owned())
        .unwrap_or_default();
    // Pages outside a known language (a 404 like /xx/) speak the visitor's language.
    let lang = Language::from_path(&path).unwrap_or_else(|| {
        let header = parts
            .as_ref()
            .and_then(|p| p.headers.get(http::header::ACCEPT_LANGUAGE))
            .and_then(|v| v.to_str().ok());
        Language::negotiate(header)
    });
    provide_context(lang);
    let site = use_context::<Site>().unwrap_or_default();
    let hydration = site
        .hydrate
        .then(|| view! { <HydrationScripts options islands=true /> });

    view! {
        <!DOCTYPE html>
        <html lang=lang.code dir=lang.dir().as_str()>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="color-scheme" content="light" />
                <link rel="stylesheet" href=site.stylesheet />
                <link rel="icon" href=site.icon type="image/svg+xml" />
                {hydration}
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

/// Routes. Every public URL starts with the language; the Dutch slug names the page in all
/// languages, so the switcher only swaps the first segment.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    view! {
        <Router>
            <layout::Layout>
                <Routes fallback=errors::NotFound>
                    <ParentRoute path=ParamSegment("lang") view=errors::KnownLanguage>
                        <Route path=StaticSegment("") view=home::HomePage />
                        <Route
                            path=StaticSegment("toegankelijkheid")
                            view=statements::AccessibilityPage
                        />
                        <Route path=StaticSegment("privacy") view=statements::PrivacyPage />
                        <Route
                            path=StaticSegment(errors::TOO_MANY_REQUESTS_SEGMENT)
                            view=errors::TooManyRequests
                        />
                        <Route
                            path=StaticSegment(errors::ERROR_SEGMENT)
                            view=errors::ErrorPage
                        />
                        <Route
                            path=StaticSegment(rights::library::TOPICS_SEGMENT)
                            view=rights::TopicIndex
                        />
                        <Route
                            path=(
                                StaticSegment(rights::library::TOPICS_SEGMENT),
                                ParamSegment("slug"),
                            )
                            view=rights::TopicPage
                        />
                        <Route path=StaticSegment("films") view=films::FilmIndex />
                        <Route
                            path=(StaticSegment("films"), ParamSegment("slug"))
                            view=films::FilmPage
                        />
                        <Route
                            path=StaticSegment(REPORT_SEGMENT)
                            view=report::pages::ReportStart
                        />
                        <Route
                            path=(
                                StaticSegment(REPORT_SEGMENT),
                                StaticSegment("ontvangen"),
                            )
                            view=report::pages::ReportReceived
                        />
                        <Route
                            path=(
                                StaticSegment(REPORT_SEGMENT),
                                StaticSegment("terugkomen"),
                            )
                            view=report::pages::ReportReturn
                        />
                        <Route
                            path=(
                                StaticSegment(REPORT_SEGMENT),
                                StaticSegment("wachten"),
                            )
                            view=report::busy::ReportWaiting
                        />
                        <Route
                            path=(
                                StaticSegment(REPORT_SEGMENT),
                                ParamSegment("step"),
                            )
                            view=report::pages::ReportStep
                        />
                        // Staff pages: the server authenticates, checks the role and loads the
                        // data before rendering (server/src/team/).
                        <Route path=(StaticSegment(staff::TEAM_SEGMENT), StaticSegment("inloggen")) view=staff::pages::LoginPage />
                        <Route path=(StaticSegment(staff::TEAM_SEGMENT), StaticSegment("tweede-stap")) view=staff::pages::SecondFactorPage />
                        <Route path=(StaticSegment(staff::TEAM_SEGMENT), StaticSegment("wachtwoord"), ParamSegment("token")) view=staff::pages::SetPasswordPage />
                        <Route path=(StaticSegment(staff::TEAM_SEGMENT), StaticSegment("account")) view=staff::pages::AccountPage />
                        <Route path=(StaticSegment(staff::TEAM_SEGMENT), StaticSegment("accounts")) view=staff::pages::AccountsPage />
                        <Route path=(StaticSegment(staff::TEAM_SEGMENT), StaticSegment("geen-toegang")) view=staff::pages::Forbidden />
                        <Route path=(StaticSegment(staff::TEAM_SEGMENT), StaticSegment("meldingen")) view=queue::pages::QueuePage />
                        <Route path=(StaticSegment(staff::TEAM_SEGMENT), StaticSegment("meldingen"), StaticSegment("alle")) view=queue::pages::QueuePage />
                        <Route path=(StaticSegment(staff::TEAM_SEGMENT), StaticSegment("meldingen"), ParamSegment("id")) view=queue::pages::ReportPage />
                        <Route path=(StaticSegment(staff::TEAM_SEGMENT), StaticSegment("verdeling")) view=queue::pages::TeamPage />
                        <Route path=(StaticSegment(staff::TEAM_SEGMENT), StaticSegment("logboek")) view=queue::pages::AuditPage />
                        <Route path=(StaticSegment(staff::TEAM_SEGMENT), StaticSegment(statistics::STATISTICS_SEGMENT)) view=statistics::pages::StatisticsPage />
                        <Route path=(StaticSegment(staff::TEAM_SEGMENT), StaticSegment("inhoud")) view=editing::pages::OverviewPage />
                        <Route path=(StaticSegment(staff::TEAM_SEGMENT), StaticSegment("inhoud"), ParamSegment("slug"), ParamSegment("doc")) view=editing::pages::DocumentPage />
                        <Route path=(StaticSegment(staff::TEAM_SEGMENT), StaticSegment("inhoud"), ParamSegment("slug"), ParamSegment("doc"), StaticSegment("bewerken")) view=editing::pages::EditPage />
                        <Route path=(StaticSegment(staff::TEAM_SEGMENT), StaticSegment("inhoud"), ParamSegment("slug"), ParamSegment("doc"), StaticSegment("versies")) view=editing::pages::VersionsPage />
                        <Route path=(StaticSegment(staff::TEAM_SEGMENT), StaticSegment("inhoud"), ParamSegment("slug"), ParamSegment("doc"), StaticSegment("versies"), ParamSegment("number")) view=editing::pages::VersionPage />
                        <Route path=(StaticSegment(staff::TEAM_SEGMENT), StaticSegment("inhoud"), ParamSegment("slug"), ParamSegment("doc"), StaticSegment("vergelijken")) view=editing::pages::DiffPage />
                        <Route path=(StaticSegment(staff::TEAM_SEGMENT), StaticSegment("vaste-teksten")) view=editing::pages::SnippetsPage />
                        <Route path=(StaticSegment(staff::TEAM_SEGMENT), StaticSegment("vaste-teksten"), ParamSegment("key")) view=editing::pages::SnippetPage />
                        <Route path=(StaticSegment(staff::TEAM_SEGMENT), StaticSegment("films")) view=films::editor::FilmListPage />
                        <Route path=(StaticSegment(staff::TEAM_SEGMENT), StaticSegment("films"), StaticSegment("nieuw")) view=films::editor::NewFilmPage />
                        <Route path=(StaticSegment(staff::TEAM_SEGMENT), StaticSegment("films"), ParamSegment("slug")) view=films::editor::FilmDetailPage />
                        // The server searches first (server/src/search.rs), so results are in the HTML.
                        <Route path=StaticSegment(search::SEARCH_SEGMENT) view=search::SearchPage />
                    </ParentRoute>
                </Routes>
            </layout::Layout>
        </Router>
    }
}

/// The wasm entry point: hydrates the islands of a server-rendered page.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
