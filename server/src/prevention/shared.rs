//! What prevention's pages and the rest of the server share: the checked self-check with the
//! settings of the question box ([`Prevention`], kept in the app state), and where counts and
//! questions belong. A leaf: it imports neither the state nor the routers.

use crate::{configuration::Settings, storage::Site, tenancy::Place};
use helder_domain::prevention::selfcheck::SelfCheck;
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
