//! Every error answer becomes something a person can read. A request that accepts HTML gets
//! the translated error page (`/{lang}/fout`, rendered through the app) in the language of its
//! path, Dutch when the path has none; any other request gets a short plain text. Answers
//! that are pages already (the app's 404, the 429 page, the staff 403, a refused form) pass
//! unchanged. It sits inside `security_headers`, so the page gets the headers and its script
//! hashes, and outside everything that refuses requests, so it sees all of them.

use crate::pages::{Pages, Refusal};
use axum::{
    body::Body,
    extract::{Request, State},
    middleware::Next,
    response::Response,
};
use helder_app::{
    errors::{ERROR_SEGMENT, ErrorDetails, ErrorPage, STATUS_PARAM, error_key},
    i18n::t,
    page::RequestInfo,
    staff::{StaffSession, pages::Forbidden},
};
use helder_domain::languages::Language;
use http::{HeaderMap, HeaderValue, Method, StatusCode, header, response::Parts};
use leptos::prelude::*;

/// Headers of the refused answer that still matter on the page that replaces it.
const KEPT_HEADERS: &[header::HeaderName] = &[
    header::ALLOW,
    header::RETRY_AFTER,
    header::CONNECTION,
    header::SET_COOKIE,
    header::CONTENT_RANGE,
];

/// Seconds a visitor is asked to wait when Helder is unavailable (the page says a minute).
const UNAVAILABLE_RETRY_AFTER: &str = "60";

pub async fn error_pages(State(pages): State<Pages>, request: Request, next: Next) -> Response {
    let wants_page = accepts_html(request.headers());
    let path = request.uri().path().to_owned();
    let retry = matches!(*request.method(), Method::GET | Method::HEAD)
        .then(|| {
            request
                .uri()
                .path_and_query()
                .map(|pq| pq.as_str().to_owned())
        })
        .flatten();
    let response = next.run(request).await;
    let status = response.status();
    if status.as_u16() < 400 || super::is_html(response.headers()) {
        return response;
    }
    // The refused answer's body is never shown (except to the program it was written for);
    // its reason and signed-in person are.
    let (mut refused, body) = response.into_parts();
    let for_machines = refused
        .extensions
        .remove::<crate::health::ForMachines>()
        .is_some();
    let shown = Shown {
        refusal: refused.extensions.remove::<Refusal>(),
        staff: refused.extensions.remove::<StaffSession>(),
        retry,
    };
    let lang = Language::from_path(&path).unwrap_or_else(Language::default_language);
    // Files are fetched by the browser, not read: a short text is enough.
    let file = status == StatusCode::NOT_FOUND && is_file_path(&path);
    // A refusal is always shown as a page: it is the app's answer, not a protocol error.
    let mut answer = if (wants_page || shown.refusal.is_some()) && !file {
        page(&pages, &refused, lang, shown).await
    } else if for_machines {
        Response::from_parts(refused, body)
    } else {
        plain(&refused, lang)
    };
    if status == StatusCode::SERVICE_UNAVAILABLE
        && !answer.headers().contains_key(header::RETRY_AFTER)
    {
        answer.headers_mut().insert(
            header::RETRY_AFTER,
            HeaderValue::from_static(UNAVAILABLE_RETRY_AFTER),
        );
    }
    // An error says how things are now; nobody should keep it.
    answer
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    answer
}

/// Whether the client reads HTML: browsers say so for every page they open. `*/*` alone is
/// what scripts and the browser's own fetches send; they get the short text.
pub fn accepts_html(headers: &HeaderMap) -> bool {
    headers
        .get_all(header::ACCEPT)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|item| {
            let mut parts = item.split(';');
            let range = parts.next().unwrap_or_default().trim();
            let refused = parts.any(|p| {
                p.trim()
                    .strip_prefix("q=")
                    .and_then(|q| q.trim().parse::<f32>().ok())
                    .is_some_and(|q| q <= 0.0)
            });
            !refused
                && ["text/html", "application/xhtml+xml", "text/*"]
                    .iter()
                    .any(|html| range.eq_ignore_ascii_case(html))
        })
}

/// Static files and uploaded media, which are never pages.
fn is_file_path(path: &str) -> bool {
    ["/assets/", "/pkg/", "/media/"]
        .iter()
        .any(|prefix| path.starts_with(prefix))
}

/// The refused answer's status and headers with a short text body.
fn plain(refused: &Parts, lang: Language) -> Response {
    let status = refused.status;
    let text = format!(
        "{} {}\n{}\n",
        status.as_u16(),
        status.canonical_reason().unwrap_or("Error"),
        t(lang, &format!("{}-title", error_key(status.as_u16())))
    );
    let mut answer = Response::new(Body::from(text));
    *answer.status_mut() = status;
    let headers = answer.headers_mut();
    for (name, value) in &refused.headers {
        if !is_about_the_body(name) {
            headers.append(name, value.clone());
        }
    }
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    answer
}

fn is_about_the_body(name: &header::HeaderName) -> bool {
    [
        header::CONTENT_TYPE,
        header::CONTENT_LENGTH,
        header::CONTENT_ENCODING,
        header::TRANSFER_ENCODING,
    ]
    .contains(name)
}

/// What the error page shows besides the status.
struct Shown {
    /// Why a staff request was refused (403).
    refusal: Option<Refusal>,
    /// The signed-in person, for the staff navigation.
    staff: Option<StaffSession>,
    /// Path and query to try again.
    retry: Option<String>,
}

/// The translated error page, with the refused answer's status and the headers that matter.
/// A refusal of the staff side (403) shows its reason on the staff's "no access" page.
async fn page(pages: &Pages, refused: &Parts, lang: Language, shown: Shown) -> Response {
    let status = refused.status;
    let info = RequestInfo {
        lang,
        path: format!("/{}/{ERROR_SEGMENT}", lang.code),
        query: format!("{STATUS_PARAM}={}", status.as_u16()),
        staff: shown.staff,
    };
    let details = ErrorDetails { retry: shown.retry };
    let mut page = match shown.refusal {
        Some(Refusal { reason }) if status == StatusCode::FORBIDDEN => {
            let info = RequestInfo {
                path: helder_app::staff::team_href(lang, "geen-toegang"),
                query: String::new(),
                ..info
            };
            pages
                .render(info, status, move || view! { <Forbidden reason /> })
                .await
        }
        _ => {
            let code = Some(status.as_u16());
            pages
                .render(info, status, move || {
                    view! { <ErrorPage status=code details=details.clone() /> }
                })
                .await
        }
    };
    *page.status_mut() = status;
    for name in KEPT_HEADERS {
        for value in refused.headers.get_all(name) {
            page.headers_mut().append(name, value.clone());
        }
    }
    page
}

#[cfg(test)]
mod tests {
    use super::*;

    fn accept(value: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(header::ACCEPT, HeaderValue::from_str(value).unwrap());
        headers
    }

    #[test]
    fn browsers_get_pages_and_scripts_get_text() {
        let firefox = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
        assert!(accepts_html(&accept(firefox)));
        assert!(accepts_html(&accept("TEXT/HTML")));
        assert!(accepts_html(&accept("text/*;q=0.5")));
        assert!(!accepts_html(&accept("*/*")));
        assert!(!accepts_html(&accept("application/json")));
        assert!(!accepts_html(&accept("text/html;q=0, text/plain")));
        assert!(!accepts_html(&HeaderMap::new()));
    }

    #[test]
    fn only_files_are_file_paths() {
        assert!(is_file_path("/assets/helder-1234.css"));
        assert!(is_file_path("/pkg/helder.js"));
        assert!(is_file_path("/media/00.mp4"));
        assert!(!is_file_path("/nl/assets/"));
        assert!(!is_file_path("/nl/"));
    }
}
