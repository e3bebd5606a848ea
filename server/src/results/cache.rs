//! The public results last counted per municipality, with when: bounded (one entry per
//! municipality served), in memory, and apart from the handler so the state can hold it.

use helder_domain::statistics::public::PublicYear;
use std::{
    collections::HashMap,
    sync::Mutex,
    time::{Duration, Instant},
};

#[derive(Default)]
pub struct ResultsCache {
    kept: Mutex<HashMap<String, (Instant, Vec<PublicYear>)>>,
}

impl ResultsCache {
    /// The figures of `municipality` if counted less than `keep` ago.
    pub fn fresh(&self, municipality: &str, keep: Duration) -> Option<Vec<PublicYear>> {
        let kept = self.kept.lock().ok()?;
        kept.get(municipality)
            .filter(|(at, _)| at.elapsed() < keep)
            .map(|(_, years)| years.clone())
    }

    pub fn keep(&self, municipality: &str, years: Vec<PublicYear>) {
        if let Ok(mut kept) = self.kept.lock() {
            kept.insert(municipality.to_owned(), (Instant::now(), years));
        }
    }
}
