//! The waiting page per language, kept around a stand-in ticket: a flood of starts meets it
//! thousands of times a second, so it is rendered once per language (until the content
//! changes) and each answer only puts its own ticket in ([`Template::with_ticket`]).

use helder_domain::languages::Language;
use http::HeaderMap;
use std::{
    collections::HashMap,
    sync::{Arc, RwLock},
};

/// A ticket's shape (`issued.id.mac`) that no real ticket has, and its challenge (the id).
pub const STAND_IN_TICKET: &str = "0.hlchallenge0standin.hlmac0standin";
const STAND_IN_CHALLENGE: &str = "hlchallenge0standin";

/// The waiting page per language, for fresh tickets (the whole wait ahead).
#[derive(Default)]
pub struct WaitingPages {
    /// (content generation, page by language code)
    entries: RwLock<(u64, HashMap<&'static str, Arc<Template>>)>,
}

/// A waiting page rendered around [`STAND_IN_TICKET`]: its headers and its HTML.
pub struct Template {
    pub headers: HeaderMap,
    pub html: String,
}

impl Template {
    /// The page's HTML with `ticket` (and its challenge) in place of the stand-in; `None`
    /// for a ticket with characters a signed ticket never has (it would need escaping).
    pub fn with_ticket(&self, ticket: &str) -> Option<String> {
        if !plain(ticket) {
            return None;
        }
        let challenge = ticket.split('.').nth(1).unwrap_or_default();
        Some(
            self.html
                .replace(STAND_IN_TICKET, ticket)
                .replace(STAND_IN_CHALLENGE, challenge),
        )
    }
}

impl WaitingPages {
    pub fn get(&self, generation: u64, lang: Language) -> Option<Arc<Template>> {
        let guard = self.entries.read().unwrap_or_else(|e| e.into_inner());
        (guard.0 == generation)
            .then(|| guard.1.get(lang.code).cloned())
            .flatten()
    }

    pub fn put(&self, generation: u64, lang: Language, template: Arc<Template>) {
        let mut guard = self.entries.write().unwrap_or_else(|e| e.into_inner());
        if guard.0 != generation {
            *guard = (generation, HashMap::new());
        }
        guard.1.insert(lang.code, template);
    }
}

/// Whether a ticket is only what a signed ticket is made of (digits, base64url, dots).
fn plain(ticket: &str) -> bool {
    ticket
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_ticket_and_its_challenge_replace_the_stand_in() {
        let template = Template {
            headers: HeaderMap::new(),
            html: format!(
                r#"<form data-challenge="{STAND_IN_CHALLENGE}"><input value="{STAND_IN_TICKET}">"#
            ),
        };
        assert_eq!(
            template.with_ticket("1765000000.AbC-_9.xYz_-0").as_deref(),
            Some(r#"<form data-challenge="AbC-_9"><input value="1765000000.AbC-_9.xYz_-0">"#)
        );
        assert_eq!(template.with_ticket("1.a\"><script>.b"), None);
        assert_eq!(template.with_ticket("1.a&b.c"), None);
        assert_eq!(STAND_IN_TICKET.split('.').nth(1), Some(STAND_IN_CHALLENGE));
    }
}
