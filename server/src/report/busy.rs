//! The waiting page, shown in answer to a start while too many reports are being started.
//! A flood meets it thousands of times a second, so it is rendered once per language (until
//! the content changes) around a stand-in ticket, and each answer only puts its own ticket
//! in. It is answered after the tarpit's pause (`middleware::tarpit`).

use super::pages::{ReportPage, render};
use crate::state::AppState;
use axum::{
    body::{Body, to_bytes},
    response::{IntoResponse, Response},
};
use helder_app::report::form::{FormState, StartTicket};
use helder_domain::languages::Language;
use http::{HeaderMap, HeaderValue, StatusCode, header};
use std::{
    collections::HashMap,
    sync::{Arc, RwLock},
};

/// A ticket's shape (`issued.id.mac`) that no real ticket has, and its challenge (the id).
const STAND_IN_TICKET: &str = "0.hlchallenge0standin.hlmac0standin";
const STAND_IN_CHALLENGE: &str = "hlchallenge0standin";
/// Largest waiting page read back into the template.
const MAX_PAGE_BYTES: usize = 1024 * 1024;

/// The waiting page per language, for fresh tickets (the whole wait ahead).
#[derive(Default)]
pub struct WaitingPages {
    /// (content generation, page by language code)
    entries: RwLock<(u64, HashMap<&'static str, Arc<Template>>)>,
}

struct Template {
    headers: HeaderMap,
    html: String,
}

impl WaitingPages {
    fn get(&self, generation: u64, lang: Language) -> Option<Arc<Template>> {
        let guard = self.entries.read().unwrap_or_else(|e| e.into_inner());
        (guard.0 == generation)
            .then(|| guard.1.get(lang.code).cloned())
            .flatten()
    }

    fn put(&self, generation: u64, lang: Language, template: Arc<Template>) {
        let mut guard = self.entries.write().unwrap_or_else(|e| e.into_inner());
        if guard.0 != generation {
            *guard = (generation, HashMap::new());
        }
        guard.1.insert(lang.code, template);
    }
}

/// The waiting page (429 with `Retry-After`: a script that floods should slow down), after
/// the tarpit's pause.
pub(super) async fn waiting_page(
    state: &AppState,
    lang: Language,
    ticket: String,
    wait: i64,
) -> Response {
    state.rate_limits.tarpit.hold().await;
    let fresh = wait == state.admission.wait && plain(&ticket);
    let mut response = if fresh {
        from_template(state, lang, &ticket).await
    } else {
        rendered(state, lang, ticket, wait).await
    };
    if let Ok(value) = HeaderValue::from_str(&wait.to_string()) {
        response.headers_mut().insert(header::RETRY_AFTER, value);
    }
    response
}

/// Whether a ticket is only what a signed ticket is made of (digits, base64url, dots), so it
/// can go into the page without escaping.
fn plain(ticket: &str) -> bool {
    ticket
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b))
}

async fn rendered(state: &AppState, lang: Language, ticket: String, wait: i64) -> Response {
    let form = FormState {
        start_ticket: Some(StartTicket {
            ticket,
            wait,
            bits: state.admission.bits,
        }),
        ..FormState::default()
    };
    render(
        state,
        lang,
        ReportPage::Waiting,
        form,
        StatusCode::TOO_MANY_REQUESTS,
    )
    .await
}

/// The language's page around `ticket`; rendered (and kept) first if need be.
async fn from_template(state: &AppState, lang: Language, ticket: &str) -> Response {
    let generation = state.page_cache.generation();
    let template = match state.waiting_pages.get(generation, lang) {
        Some(template) => template,
        None => {
            let page = rendered(
                state,
                lang,
                STAND_IN_TICKET.to_owned(),
                state.admission.wait,
            )
            .await;
            let (parts, body) = page.into_parts();
            let Ok(bytes) = to_bytes(body, MAX_PAGE_BYTES).await else {
                return StatusCode::INTERNAL_SERVER_ERROR.into_response();
            };
            let template = Arc::new(Template {
                headers: parts.headers,
                html: String::from_utf8_lossy(&bytes).into_owned(),
            });
            state.waiting_pages.put(generation, lang, template.clone());
            template
        }
    };
    let challenge = ticket.split('.').nth(1).unwrap_or_default();
    let html = template
        .html
        .replace(STAND_IN_TICKET, ticket)
        .replace(STAND_IN_CHALLENGE, challenge);
    let mut response = Response::new(Body::from(html));
    *response.status_mut() = StatusCode::TOO_MANY_REQUESTS;
    *response.headers_mut() = template.headers.clone();
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_signed_ticket_characters_are_put_in_as_they_are() {
        assert!(plain("1765000000.AbC-_9.xYz_-0"));
        assert!(plain(STAND_IN_TICKET));
        assert!(!plain("1.a\"><script>.b"));
        assert!(!plain("1.a&b.c"));
        assert_eq!(STAND_IN_TICKET.split('.').nth(1), Some(STAND_IN_CHALLENGE));
    }
}
