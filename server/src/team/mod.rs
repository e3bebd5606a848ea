//! The staff side over HTTP: sessions and CSRF ([`session`]), log-in and accounts ([`auth`],
//! [`accounts`]), the intake queue ([`queue`]) and the daily distribution ([`distribution`]).
//! Pages live in `helder_app::staff` and `helder_app::queue`; handlers here check the role,
//! load the data, write the audit log and put the page's data in the request.

pub mod accounts;
pub mod auth;
pub mod content;
pub mod distribution;
pub mod films;
pub mod queue;
pub mod secrets;
pub mod session;
pub mod statistics;

use crate::{
    configuration::Settings,
    startup::{AppState, PageRenderer},
    storage::StorageError,
};
use axum::{
    Router,
    body::Body,
    extract::Request,
    http::{StatusCode, header},
    response::{IntoResponse, Redirect, Response},
    routing::{get, post},
};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use helder_app::staff::team_href;
use helder_domain::languages::Language;
use std::{num::NonZeroU32, time::Duration};

/// Settings and in-memory state of the staff side.
pub struct TeamState {
    pub idle: chrono::Duration,
    pub distribute_at: chrono::NaiveTime,
    pub first_action_days: i64,
    pub public_url: String,
    pub municipality: String,
    /// Attempts per account (keyed by a hash of the address) and for everyone together.
    pub login_per_account: DefaultKeyedRateLimiter<String>,
    pub login_global: governor::DefaultDirectRateLimiter,
    /// Attempts from a device that logged in to that account before (its own budget, so a
    /// flood cannot lock its owner out): as many as per account.
    pub login_per_device: DefaultKeyedRateLimiter<[u8; 16]>,
}

impl TeamState {
    pub fn new(settings: &Settings) -> TeamState {
        let per_account =
            NonZeroU32::new(settings.login_limit_account.max(1)).unwrap_or(NonZeroU32::MIN);
        let global = NonZeroU32::new(settings.login_limit_global.max(1)).unwrap_or(NonZeroU32::MIN);
        TeamState {
            idle: chrono::Duration::minutes(i64::from(settings.session_idle_minutes.max(1))),
            distribute_at: settings.distribute_at,
            first_action_days: i64::from(settings.first_action_days),
            public_url: settings.public_url(),
            municipality: settings.municipality.clone(),
            login_per_account: RateLimiter::keyed(
                Quota::with_period(Duration::from_secs(180))
                    .unwrap_or(Quota::per_minute(NonZeroU32::MIN))
                    .allow_burst(per_account),
            ),
            login_global: RateLimiter::direct(Quota::per_minute(global)),
            login_per_device: RateLimiter::keyed(
                Quota::with_period(Duration::from_secs(180))
                    .unwrap_or(Quota::per_minute(NonZeroU32::MIN))
                    .allow_burst(per_account),
            ),
        }
    }

    /// An attempt without a trusted device: within the global and the per-account budget.
    pub fn untrusted_attempt_allowed(&self, account_key: &String) -> bool {
        self.login_global.check().is_ok() && self.login_per_account.check_key(account_key).is_ok()
    }
}

/// Why a staff request is not answered with its page.
#[derive(Debug, thiserror::Error)]
pub enum TeamError {
    #[error("not signed in")]
    SignIn,
    #[error("the role does not allow this")]
    Forbidden,
    #[error("no such page or report")]
    NotFound,
    #[error(transparent)]
    Storage(#[from] StorageError),
}

impl TeamError {
    /// The one place staff errors become responses.
    pub async fn respond(self, state: &AppState, lang: Language) -> Response {
        match self {
            TeamError::SignIn => Redirect::to(&team_href(lang, "inloggen")).into_response(),
            TeamError::Forbidden => {
                render(
                    state,
                    &team_href(lang, "geen-toegang"),
                    StatusCode::FORBIDDEN,
                    |_| {},
                )
                .await
            }
            TeamError::NotFound => {
                render(
                    state,
                    &format!("/{}/{}", lang.code, "bestaat-niet"),
                    StatusCode::NOT_FOUND,
                    |_| {},
                )
                .await
            }
            TeamError::Storage(error) => {
                tracing::error!(%error, "staff request failed");
                (
                    StatusCode::SERVICE_UNAVAILABLE,
                    "De database is nu niet bereikbaar. / The database is unavailable.\n",
                )
                    .into_response()
            }
        }
    }
}

/// Renders the app page at `path`, with `fill` adding the page's data to the request.
pub async fn render(
    state: &AppState,
    path: &str,
    status: StatusCode,
    fill: impl FnOnce(&mut http::Extensions),
) -> Response {
    render_with(state, path, status, None, fill).await
}

/// [`render`] for a signed-in person: the staff navigation needs their session.
pub async fn render_with(
    state: &AppState,
    path: &str,
    status: StatusCode,
    session: Option<helder_app::staff::StaffSession>,
    fill: impl FnOnce(&mut http::Extensions),
) -> Response {
    let mut request = Request::builder()
        .uri(path)
        .body(Body::empty())
        .unwrap_or_default();
    if let Some(session) = session {
        request.extensions_mut().insert(session);
    }
    fill(request.extensions_mut());
    let mut response = PageRenderer::new(state).render(request).await;
    if response.status() == StatusCode::OK {
        *response.status_mut() = status;
    }
    response
}

/// The language of a staff URL's first segment (the session middleware already refused the
/// others).
pub(crate) fn lang_of(code: &str) -> Language {
    Language::from_code(code).unwrap_or_else(Language::default_language)
}

/// A query string as a map; repeated keys keep the last value.
pub(crate) fn query_map(query: Option<&str>) -> std::collections::HashMap<String, String> {
    form_urlencoded::parse(query.unwrap_or_default().as_bytes())
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

/// The `fill` for [`render_with`] that puts one page's data in the request.
pub(crate) fn put<T: Clone + Send + Sync + 'static>(data: T) -> impl FnOnce(&mut http::Extensions) {
    move |ext| {
        ext.insert(data);
    }
}

/// A handler's result as the response: the page, or the error's one mapping.
pub(crate) async fn or_error(
    state: &AppState,
    lang: Language,
    result: Result<Response, TeamError>,
) -> Response {
    match result {
        Ok(response) => response,
        Err(error) => error.respond(state, lang).await,
    }
}

/// After a successful POST: back to a page with GET (so a reload does not post again).
pub fn see_other(path: &str) -> Response {
    (StatusCode::SEE_OTHER, [(header::LOCATION, path.to_owned())]).into_response()
}

/// Every staff route. Paths are `/{lang}/team/…`; [`session::staff_requests`] runs first.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/team", get(auth::team_home))
        .route(
            "/{lang}/team/inloggen",
            get(auth::login_page).post(auth::login),
        )
        .route(
            "/{lang}/team/tweede-stap",
            get(auth::second_factor_page).post(auth::second_factor),
        )
        .route("/{lang}/team/uitloggen", post(auth::logout))
        .route(
            "/{lang}/team/uitloggen-overal",
            post(auth::logout_everywhere),
        )
        .route(
            "/{lang}/team/wachtwoord/{token}",
            get(auth::set_password_page).post(auth::set_password),
        )
        .route("/{lang}/team/geen-toegang", get(auth::forbidden_page))
        .route("/{lang}/team/account", get(accounts::account_page))
        .route(
            "/{lang}/team/account/aanwezig",
            post(accounts::set_own_presence),
        )
        .route(
            "/{lang}/team/account/tweede-stap/nieuw",
            post(accounts::start_totp),
        )
        .route(
            "/{lang}/team/account/tweede-stap",
            post(accounts::confirm_totp),
        )
        .route(
            "/{lang}/team/accounts",
            get(accounts::accounts_page).post(accounts::add_account),
        )
        .route(
            "/{lang}/team/accounts/{id}/uitzetten",
            post(accounts::disable_account),
        )
        .route("/{lang}/team/meldingen", get(queue::my_queue))
        .route("/{lang}/team/meldingen/alle", get(queue::all_open))
        .route("/{lang}/team/meldingen/{id}", get(queue::report_page))
        .route(
            "/{lang}/team/meldingen/{id}/{action}",
            post(queue::report_action),
        )
        .route("/{lang}/team/verdeling", get(queue::team_page))
        .route(
            "/{lang}/team/verdeling/{id}/aanwezig",
            post(queue::set_member_presence),
        )
        .route("/{lang}/team/verdelen", post(queue::distribute_now))
        .route("/{lang}/team/instellingen", post(queue::team_settings))
        .route("/{lang}/team/logboek", get(queue::audit_page))
        .route("/{lang}/team/inhoud", get(content::overview))
        .route(
            "/{lang}/team/inhoud/{slug}/{doc}",
            get(content::document_page),
        )
        .route(
            "/{lang}/team/inhoud/{slug}/{doc}/bewerken",
            get(content::edit_page).post(content::edit_save),
        )
        .route(
            "/{lang}/team/inhoud/{slug}/{doc}/versies",
            get(content::versions_page),
        )
        .route(
            "/{lang}/team/inhoud/{slug}/{doc}/versies/{number}",
            get(content::version_page),
        )
        .route(
            "/{lang}/team/inhoud/{slug}/{doc}/versies/{number}/terugzetten",
            post(content::restore),
        )
        .route(
            "/{lang}/team/inhoud/{slug}/{doc}/vergelijken",
            get(content::diff_page),
        )
        .route(
            "/{lang}/team/inhoud/{slug}/{doc}/{action}",
            post(content::document_action),
        )
        .route("/{lang}/team/vaste-teksten", get(content::snippets_page))
        .route(
            "/{lang}/team/vaste-teksten/{key}",
            get(content::snippet_page).post(content::snippet_save),
        )
        .route("/{lang}/team/statistiek", get(statistics::statistics_page))
        .route(
            "/{lang}/team/statistiek.csv",
            get(statistics::statistics_csv),
        )
        .merge(films::routes())
}

/// Whether a path belongs to the staff side.
pub fn is_team_path(path: &str) -> bool {
    let mut parts = path.trim_start_matches('/').split('/');
    Language::from_code(parts.next().unwrap_or_default()).is_some()
        && parts.next() == Some(helder_app::staff::TEAM_SEGMENT)
}

/// Formats a moment for staff pages in the server's local time.
pub fn local_time(at: chrono::DateTime<chrono::Utc>) -> String {
    at.with_timezone(&chrono::Local)
        .format("%d-%m-%Y %H:%M")
        .to_string()
}

pub fn local_date(at: chrono::DateTime<chrono::Utc>) -> String {
    at.with_timezone(&chrono::Local)
        .format("%d-%m-%Y")
        .to_string()
}
