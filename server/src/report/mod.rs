//! The HTTP side of the report form: the draft cookie, checking the answers of each step,
//! and storing the report before the reporter sees "received". The pages themselves live in
//! `helder_app::report::pages`; this module puts a [`FormState`] in the request for them.
//!
//! When the database cannot be reached, every page says so honestly (503, `Retry-After`):
//! the answers already saved are safe, and what was just typed is offered to send again.

pub mod admission;
mod come_back;
mod form;
pub mod receipt;
mod steps;

pub use come_back::{answer, come_back};
pub use form::{start, step, submit};

use crate::{
    cookies::{self, token_hash},
    middleware::rate_limit::PostKind,
    startup::{AppState, PageRenderer},
};
use admission::TokenKey;
use axum::{
    body::Body,
    extract::{Request, State},
    middleware::Next,
    response::{IntoResponse, Redirect, Response},
};
use chrono::Utc;
use helder_app::report::form::{FormState, Outage};
use helder_domain::{
    languages::Language,
    report::flow::{Draft, FlowStep, REPORT_SEGMENT},
};
use http::{HeaderMap, HeaderValue, StatusCode, header};

pub const DRAFT_COOKIE: &str = "helder_melding";
const DRAFT_HOURS: i64 = 2;
/// Seconds a reporter is asked to wait when the database cannot be reached.
const RETRY_AFTER_SECONDS: &str = "60";

fn draft_token(headers: &HeaderMap) -> Option<String> {
    cookies::read(headers, DRAFT_COOKIE)
}

fn cookie(token: &str, max_age: i64, secure: bool) -> HeaderValue {
    cookies::set(DRAFT_COOKIE, token, Some(max_age), secure)
}

/// `/{lang}/melden/…`, and the step after it.
fn report_path(path: &str) -> Option<(Language, &str)> {
    let mut parts = path.trim_start_matches('/').split('/');
    let lang = Language::from_code(parts.next().unwrap_or_default())?;
    (parts.next() == Some(REPORT_SEGMENT)).then(|| (lang, parts.next().unwrap_or_default()))
}

/// The rate budget of a public POST: a start, a step of a report Helder started (signed
/// draft token), or anything else.
pub fn post_kind(path: &str, headers: &HeaderMap, key: &TokenKey) -> PostKind {
    match report_path(path) {
        Some((_, "start")) => PostKind::Start,
        Some((_, step)) if step == "versturen" || FlowStep::parse(step).is_some() => {
            match draft_token(headers).and_then(|t| key.draft_token(&t)) {
                Some(token) => PostKind::Step { draft: token.id },
                None => PostKind::Other,
            }
        }
        _ => PostKind::Other,
    }
}

/// The database could not be reached (or took too long).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Unavailable;

/// The visitor's draft: the saved one, or an empty one for a report Helder started (signed
/// token) that has no answers saved yet; `None` when there is none (expired, never started).
async fn load(
    state: &AppState,
    headers: &HeaderMap,
) -> Result<Option<(String, Draft)>, Unavailable> {
    let Some(token) = draft_token(headers) else {
        return Ok(None);
    };
    let hash = token_hash(&token);
    let now = Utc::now();
    match state.db.load_draft(&hash, now).await {
        Ok(Some((_, data))) => Ok(serde_json::from_str(&data).ok().map(|d| (hash, d))),
        Ok(None) => Ok(state
            .token_key
            .draft_token(&token)
            .filter(|t| t.fresh(now.timestamp()))
            .map(|_| (hash, Draft::default()))),
        Err(error) => {
            tracing::error!(%error, "could not load a report draft");
            Err(Unavailable)
        }
    }
}

/// For the report pages: the visitor's draft in the request, and never a cached answer.
/// The check page needs a draft that went through every step; otherwise it sends the
/// person to the first step still to do.
pub async fn draft_for_pages(
    State(state): State<AppState>,
    mut request: Request,
    next: Next,
) -> Response {
    let Some((lang, step)) = report_path(request.uri().path()) else {
        return next.run(request).await;
    };
    let step = FlowStep::parse(step);
    let mut outage = false;
    if request.method() == http::Method::GET || request.method() == http::Method::HEAD {
        let form = match load(&state, request.headers()).await {
            Ok(draft) => {
                if let (Some(FlowStep::Check), Some((_, draft))) = (step, &draft)
                    && let Err(missing) = draft.complete()
                {
                    return no_store(Redirect::to(&missing.href(lang)).into_response());
                }
                FormState {
                    has_draft: draft.is_some(),
                    draft: draft.map(|(_, d)| d).unwrap_or_default(),
                    ..FormState::default()
                }
            }
            Err(Unavailable) => {
                // Only the form's steps need the draft; other report pages show as usual.
                outage = step.is_some();
                FormState {
                    outage: step.is_some().then(Outage::default),
                    ..FormState::default()
                }
            }
        };
        request.extensions_mut().insert(form);
    }
    let mut response = next.run(request).await;
    if outage {
        unavailable_status(&mut response);
    }
    no_store(response)
}

fn no_store(mut response: Response) -> Response {
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// 503 with `Retry-After`: the database could not be reached.
fn unavailable_status(response: &mut Response) {
    *response.status_mut() = StatusCode::SERVICE_UNAVAILABLE;
    response.headers_mut().insert(
        header::RETRY_AFTER,
        HeaderValue::from_static(RETRY_AFTER_SECONDS),
    );
}

/// Renders a report page for `path` with `form` (after a refused POST, or the receipt).
async fn render(state: &AppState, path: String, form: FormState, status: StatusCode) -> Response {
    let mut request = Request::builder()
        .uri(path)
        .body(Body::empty())
        .unwrap_or_default();
    request.extensions_mut().insert(form);
    let mut response = PageRenderer::new(state).render(request).await;
    *response.status_mut() = status;
    response
}

/// The outage page instead of `path`: what was saved is safe, and "try again" sends
/// `fields` (what was just typed) to `retry_action` once more.
async fn outage_page(
    state: &AppState,
    path: String,
    retry_action: String,
    fields: Vec<(String, String)>,
) -> Response {
    let form = FormState {
        has_draft: true,
        outage: Some(Outage {
            retry_action: Some(retry_action),
            fields,
        }),
        ..FormState::default()
    };
    let mut response = render(state, path, form, StatusCode::SERVICE_UNAVAILABLE).await;
    unavailable_status(&mut response);
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn report_posts_are_told_apart() {
        let key = TokenKey::derive(b"test");
        let mut headers = HeaderMap::new();
        assert_eq!(
            post_kind("/nl/melden/start", &headers, &key),
            PostKind::Start
        );
        assert_eq!(
            post_kind("/nl/melden/soort", &headers, &key),
            PostKind::Other,
            "no draft: no budget of its own"
        );
        headers.insert(
            header::COOKIE,
            HeaderValue::from_str(&format!("{DRAFT_COOKIE}=forged.token.value")).unwrap(),
        );
        assert_eq!(
            post_kind("/nl/melden/soort", &headers, &key),
            PostKind::Other
        );
        let token = key.new_draft_token(Utc::now().timestamp());
        let id = key.draft_token(&token).unwrap().id;
        headers.insert(
            header::COOKIE,
            HeaderValue::from_str(&format!("{DRAFT_COOKIE}={token}")).unwrap(),
        );
        for path in ["/nl/melden/soort", "/ar/melden/versturen"] {
            assert_eq!(
                post_kind(path, &headers, &key),
                PostKind::Step { draft: id }
            );
        }
        assert_eq!(
            post_kind("/nl/melden/terugkomen", &headers, &key),
            PostKind::Other
        );
        assert_eq!(
            post_kind("/xx/melden/soort", &headers, &key),
            PostKind::Other
        );
    }
}
