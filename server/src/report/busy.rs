//! The waiting page, shown in answer to a start while too many reports are being started.
//! It is answered after the tarpit's pause (`middleware::tarpit`), and for a fresh ticket from
//! the language's kept template ([`super::waiting_pages`]) instead of a render per refusal.

use super::{
    pages::{ReportPage, render},
    waiting_pages::{STAND_IN_TICKET, Template},
};
use crate::state::AppState;
use axum::{
    body::{Body, to_bytes},
    response::{IntoResponse, Response},
};
use helder_app::report::form::{FormState, StartTicket};
use helder_domain::languages::Language;
use http::{HeaderValue, StatusCode, header};
use std::sync::Arc;

/// Largest waiting page read back into the template.
const MAX_PAGE_BYTES: usize = 1024 * 1024;

/// The waiting page (429 with `Retry-After`: a script that floods should slow down), after
/// the tarpit's pause. Without a `ticket`, a new one is signed after the pause, so the wait
/// the page names counts from when it goes out.
pub(super) async fn waiting_page(
    state: &AppState,
    lang: Language,
    ticket: Option<String>,
    wait: i64,
) -> Response {
    state.rate_limits.tarpit.hold().await;
    let ticket =
        ticket.unwrap_or_else(|| state.token_key.new_ticket(chrono::Utc::now().timestamp()));
    let kept = if wait == state.admission.wait {
        from_template(state, lang, &ticket).await
    } else {
        None
    };
    let mut response = match kept {
        Some(response) => response,
        None => rendered(state, lang, ticket, wait).await,
    };
    if let Ok(value) = HeaderValue::from_str(&wait.to_string()) {
        response.headers_mut().insert(header::RETRY_AFTER, value);
    }
    response
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

/// The language's kept page around `ticket` (rendered and kept first if need be); `None` if
/// the ticket cannot go in as it is.
async fn from_template(state: &AppState, lang: Language, ticket: &str) -> Option<Response> {
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
                return Some(StatusCode::INTERNAL_SERVER_ERROR.into_response());
            };
            let template = Arc::new(Template {
                headers: parts.headers,
                html: String::from_utf8_lossy(&bytes).into_owned(),
            });
            state.waiting_pages.put(generation, lang, template.clone());
            template
        }
    };
    let html = template.with_ticket(ticket)?;
    let mut response = Response::new(Body::from(html));
    *response.status_mut() = StatusCode::TOO_MANY_REQUESTS;
    *response.headers_mut() = template.headers.clone();
    Some(response)
}
