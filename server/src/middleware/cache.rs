//! Public pages are rendered once and then served from memory until the content changes
//! (the library's generation moves on), with an ETag so browsers can revalidate for free.
//! It sits outside the security-headers layer, so a cached page keeps its CSP (hashes of its
//! own scripts) without hashing again.

use axum::{
    body::{Body, Bytes, to_bytes},
    extract::{Request, State},
    middleware::Next,
    response::{IntoResponse, Response},
};
use helder_app::rights::library::SharedLibrary;
use helder_domain::languages::Language;
use http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use std::{
    collections::HashMap,
    sync::{Arc, Mutex},
};

const MAX_ENTRIES: usize = 2_000;
const MAX_PAGE_BYTES: usize = 4 * 1024 * 1024;

#[derive(Clone)]
struct CachedPage {
    /// The rendered response's headers (content type, CSP and the other security headers).
    headers: HeaderMap,
    etag: HeaderValue,
    body: Bytes,
}

pub struct PageCache {
    library: SharedLibrary,
    /// (generation the entries belong to, entries by path)
    entries: Mutex<(u64, HashMap<String, CachedPage>)>,
}

impl PageCache {
    pub fn new(library: SharedLibrary) -> Arc<PageCache> {
        Arc::new(PageCache {
            library,
            entries: Mutex::new((0, HashMap::new())),
        })
    }

    fn get(&self, path: &str) -> Option<CachedPage> {
        let generation = self.library.generation();
        let mut guard = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        if guard.0 != generation {
            *guard = (generation, HashMap::new());
            return None;
        }
        guard.1.get(path).cloned()
    }

    fn put(&self, path: String, generation: u64, page: CachedPage) {
        let mut guard = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        // A page rendered before the content changed must not be kept.
        if guard.0 != generation {
            return;
        }
        if guard.1.len() >= MAX_ENTRIES {
            // Full (there are far fewer real pages): start again rather than stop caching.
            guard.1.clear();
        }
        guard.1.insert(path, page);
    }

    pub fn len(&self) -> usize {
        self.entries.lock().map(|g| g.1.len()).unwrap_or_default()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Pages worth caching: GET without a query, under a language Helder offers.
fn cacheable(request: &Request) -> bool {
    request.method() == Method::GET
        && request.uri().query().is_none()
        // Percent-encoded spellings of a path render the same page; caching each would let
        // anyone fill the cache. Only the plain spelling is cached.
        && !request.uri().path().contains('%')
        && Language::from_path(request.uri().path()).is_some()
}

fn respond(page: &CachedPage, request_headers: &HeaderMap) -> Response {
    let not_modified = request_headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|tags| {
            tags.split(',')
                .any(|t| t.trim() == page.etag.to_str().unwrap_or_default() || t.trim() == "*")
        });
    let mut response = if not_modified {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        Response::new(Body::from(page.body.clone()))
    };
    let headers = response.headers_mut();
    for (name, value) in &page.headers {
        if !(not_modified && name == header::CONTENT_TYPE) {
            headers.append(name, value.clone());
        }
    }
    headers.insert(header::ETAG, page.etag.clone());
    // Always ask again, cheaply: the ETag makes the answer a 304 while nothing changed.
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    response
}

pub async fn cache_pages(
    State(cache): State<Arc<PageCache>>,
    request: Request,
    next: Next,
) -> Response {
    if !cacheable(&request) {
        return next.run(request).await;
    }
    let path = request.uri().path().to_owned();
    let request_headers = request.headers().clone();
    if let Some(page) = cache.get(&path) {
        return respond(&page, &request_headers);
    }
    let generation = cache.library.generation();
    let response = next.run(request).await;
    let is_html = super::is_html(response.headers());
    // Pages that carry someone's own answers say so, and are never kept.
    let private = response
        .headers()
        .get(header::CACHE_CONTROL)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("no-store") || v.contains("private"));
    if response.status() != StatusCode::OK || !is_html || private {
        return response;
    }
    let (parts, body) = response.into_parts();
    let mut headers = parts.headers;
    headers.remove(header::CONTENT_LENGTH);
    headers.remove(header::TRANSFER_ENCODING);
    let body = match to_bytes(body, MAX_PAGE_BYTES).await {
        Ok(body) => body,
        Err(error) => {
            tracing::error!(%error, "could not read a rendered page");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let etag = format!("W/\"{}\"", &blake3::hash(&body).to_hex()[..20]);
    let page = CachedPage {
        headers,
        etag: HeaderValue::from_str(&etag).unwrap_or(HeaderValue::from_static("W/\"0\"")),
        body,
    };
    cache.put(path, generation, page.clone());
    respond(&page, &request_headers)
}
