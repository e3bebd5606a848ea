//! Prevention over HTTP: the self-check ([`selfcheck`]), "was this clear?" under every
//! information page ([`feedback`]) and the anonymous question box ([`questions`]). What is
//! kept identifies nobody: counts per question or page, answer, language and month; a
//! question by the hash of its code. No handler here reads the client's address (the rate
//! limiter's keyed hash, in memory, is the only use of it, as on the report form).

pub mod feedback;
pub mod questions;
pub mod selfcheck;

use crate::{
    configuration::Settings,
    middleware::rate_limit::{Budget, limit_posts},
    state::AppState,
    storage::Site,
    tenancy::Place,
};
use axum::{
    Router,
    middleware::{from_fn_with_state, map_response},
    response::Response,
};
use helder_domain::prevention::selfcheck::SelfCheck;
use http::{HeaderValue, header};
use std::{collections::BTreeSet, sync::Arc};

/// What prevention needs from the settings, and the checked self-check.
#[derive(Debug, Clone)]
pub struct Prevention {
    pub selfcheck: Arc<SelfCheck>,
    /// Working days an anonymous question may wait for its answer.
    pub answer_days: i64,
    /// Days a reader's comment is kept (shown to editors).
    pub feedback_days: i64,
    /// Days a question is kept after its answer was first read (told to the person).
    pub keep_days: i64,
}

const DEFAULT_SELFCHECK: &str = include_str!("../../../locales/selfcheck.toml");

/// Why the self-check file cannot be used; Helder does not start with it.
#[derive(Debug, thiserror::Error)]
pub enum SelfCheckError {
    #[error("cannot read the self-check {path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("the self-check {path} has problems:\n  - {}", problems.join("\n  - "))]
    Problems { path: String, problems: Vec<String> },
}

impl Prevention {
    /// Reads and checks the self-check (`HELDER_SELFCHECK`, or the built-in one); every
    /// question must name one of `pages`.
    pub fn load(
        settings: &Settings,
        pages: &BTreeSet<String>,
    ) -> Result<Prevention, SelfCheckError> {
        let (path, source) = match &settings.selfcheck {
            Some(p) => (
                p.display().to_string(),
                std::fs::read_to_string(p).map_err(|source| SelfCheckError::Read {
                    path: p.display().to_string(),
                    source,
                })?,
            ),
            None => (
                "locales/selfcheck.toml (built in)".to_owned(),
                DEFAULT_SELFCHECK.to_owned(),
            ),
        };
        let selfcheck = SelfCheck::parse(&source, pages)
            .map_err(|problems| SelfCheckError::Problems { path, problems })?;
        Ok(Prevention {
            selfcheck: Arc::new(selfcheck),
            answer_days: i64::from(settings.question_answer_days),
            feedback_days: i64::from(settings.retain_feedback_days),
            keep_days: i64::from(settings.retain_question_read_days),
        })
    }
}

/// Every public prevention page and form. Nothing here is cached (answers differ per person),
/// and each POST spends the general budget.
pub fn router(state: &AppState) -> Router<AppState> {
    let budget = from_fn_with_state((state.post_limits(), Budget::Other), limit_posts);
    Router::new()
        .merge(selfcheck::router())
        .merge(feedback::router())
        .merge(questions::router())
        .layer(budget)
        .layer(map_response(no_store))
}

async fn no_store(mut response: Response) -> Response {
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// The organisation and municipality of a place, as counts and questions are kept.
pub(crate) fn site(place: &Place) -> Site<'_> {
    Site {
        organisation: place.organisation.as_str(),
        municipality: place.municipality.id.as_str(),
    }
}

/// This month (`YYYY-MM`) in the server's time zone.
pub(crate) fn this_month() -> String {
    helder_domain::prevention::month_key(chrono::Local::now().date_naive())
}
