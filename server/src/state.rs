//! The application's state: what handlers and middleware share. Built once by
//! [`crate::startup`]; every module below it reads what it needs through `FromRef`.

use crate::{
    assets::Assets,
    content::ContentReloader,
    middleware::{cache::PageCache, client::ClientKeyer, rate_limit::RateLimits},
    pages::Pages,
    storage::Database,
};
use axum::extract::FromRef;
use helder_app::rights::library::SharedLibrary;
use helder_domain::report::questionnaire::Questionnaire;
use leptos::prelude::LeptosOptions;
use std::sync::Arc;

#[derive(Clone, FromRef)]
pub struct AppState {
    /// Renders pages (see [`crate::pages::Render`]).
    pub pages: Pages,
    pub leptos_options: LeptosOptions,
    pub db: Database,
    /// The database's last answer to `/health`.
    pub health: Arc<crate::health::Health>,
    pub assets: Arc<Assets>,
    pub keyer: Arc<ClientKeyer>,
    /// The municipalities served, and how a request's host finds its own.
    pub places: Arc<crate::tenancy::Places>,
    /// The first place's library: touching it drops every cached page (the places share
    /// its generation).
    pub library: SharedLibrary,
    /// Uploaded film files (`<data dir>/media/`) and the largest video.
    pub media: Arc<crate::media::Media>,
    pub page_cache: Arc<PageCache>,
    pub rate_limits: Arc<RateLimits>,
    pub questionnaire: Arc<Questionnaire>,
    /// The self-check and the question box's settings.
    pub prevention: crate::prevention::shared::Prevention,
    pub receipt_salt: [u8; 16],
    /// Cookies get `Secure` when the public address is https.
    pub secure_cookies: bool,
    /// The staff side's settings and log-in throttles.
    pub team: Arc<crate::team::throttle::TeamState>,
    /// Re-renders the public pages after editors changed content.
    pub content: ContentReloader,
    /// Signs report-form tokens and start tickets (derived from the installation's secret).
    pub token_key: crate::tokens::TokenKey,
    /// How a start is let in while too many reports are being started.
    pub admission: crate::report::admission::Admission,
    /// The waiting page per language, for answering a flood of starts cheaply.
    pub waiting_pages: Arc<crate::report::waiting_pages::WaitingPages>,
    /// argon2id (receipt codes, passwords) on a bounded pool with reused memory.
    pub hashing: Arc<crate::hashing::HashPool>,
    /// The public results of the checks, counted a few minutes ago per municipality.
    pub results: Arc<crate::results::cache::ResultsCache>,
}

impl AppState {
    /// What the POST rate limits of a route group share.
    pub fn post_limits(&self) -> crate::middleware::rate_limit::PostLimits {
        crate::middleware::rate_limit::PostLimits {
            limits: self.rate_limits.clone(),
            pages: self.pages.clone(),
            token_key: self.token_key.clone(),
        }
    }
}
