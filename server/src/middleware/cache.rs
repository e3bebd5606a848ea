//! Public pages are rendered once and then answered from memory until the content changes
//! (the library's generation moves on), compressed once, with an ETag so browsers can
//! revalidate for free. [`super::front::Front`] reads and fills it before routing.

use super::{encoding::Encoded, prepared::Prepared};
use axum::{
    body::{Body, to_bytes},
    extract::Request,
    response::{IntoResponse, Response},
};
use helder_app::rights::library::SharedLibrary;
use helder_domain::languages::Language;
use http::{HeaderValue, Method, StatusCode, header};
use std::{
    collections::HashMap,
    sync::{Arc, RwLock},
};

const MAX_ENTRIES: usize = 2_000;
const MAX_PAGE_BYTES: usize = 4 * 1024 * 1024;

/// Kept pages of one municipality, by path.
type Pages = HashMap<String, Arc<Prepared>>;

pub struct PageCache {
    library: SharedLibrary,
    /// (generation the entries belong to, entries by municipality (its place) and path)
    entries: RwLock<(u64, HashMap<usize, Pages>)>,
}

impl PageCache {
    pub fn new(library: SharedLibrary) -> Arc<PageCache> {
        Arc::new(PageCache {
            library,
            entries: RwLock::new((0, HashMap::new())),
        })
    }

    pub fn get(&self, place: usize, path: &str) -> Option<Arc<Prepared>> {
        let generation = self.library.generation();
        {
            let guard = self.entries.read().unwrap_or_else(|e| e.into_inner());
            if guard.0 == generation {
                return guard.1.get(&place)?.get(path).cloned();
            }
        }
        let mut guard = self.entries.write().unwrap_or_else(|e| e.into_inner());
        if guard.0 != generation {
            *guard = (generation, HashMap::new());
        }
        None
    }

    fn put(&self, place: usize, path: String, generation: u64, page: Arc<Prepared>) {
        let mut guard = self.entries.write().unwrap_or_else(|e| e.into_inner());
        // A page rendered before the content changed must not be kept.
        if guard.0 != generation {
            return;
        }
        let pages = guard.1.entry(place).or_default();
        if pages.len() >= MAX_ENTRIES {
            // Full (there are far fewer real pages): start again rather than stop caching.
            pages.clear();
        }
        pages.insert(path, page);
    }

    pub fn len(&self) -> usize {
        self.entries
            .read()
            .map(|g| g.1.values().map(HashMap::len).sum())
            .unwrap_or_default()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn generation(&self) -> u64 {
        self.library.generation()
    }

    /// Keeps `response` (the router's answer to `path`, rendered at `generation`) if it is a
    /// page anyone may be shown, and answers the request whose headers are `request` with it.
    pub async fn keep(
        &self,
        place: usize,
        path: String,
        generation: u64,
        request: &http::HeaderMap,
        response: Response,
    ) -> Response {
        if !keepable(&response) {
            return response;
        }
        let (parts, body) = response.into_parts();
        let body = match to_bytes(body, MAX_PAGE_BYTES).await {
            Ok(body) => body,
            Err(error) => {
                tracing::error!(%error, "could not read a rendered page");
                return StatusCode::INTERNAL_SERVER_ERROR.into_response();
            }
        };
        let etag = format!("W/\"{}\"", &blake3::hash(&body).to_hex()[..20]);
        let mut headers = parts.headers;
        // Always ask again, cheaply: the ETag makes the answer a 304 while nothing changed.
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
        let etag = HeaderValue::from_str(&etag).ok();
        // Compressing at the best levels takes milliseconds: not on a request thread.
        let prepared = tokio::task::spawn_blocking(move || {
            Arc::new(Prepared::new(headers, Encoded::new(body, true), etag))
        })
        .await;
        let Ok(page) = prepared else {
            tracing::error!("compressing a rendered page failed");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        };
        self.put(place, path, generation, page.clone());
        page.respond(request)
    }
}

/// Set by the front on a request whose answer it may keep; `mark_for_cache` passes it on to
/// a keepable answer, and the compression layer leaves such an answer alone (the cache
/// compresses it once, in every encoding).
#[derive(Debug, Clone, Copy)]
pub struct ForCache;

/// A page anyone may be shown: 200, HTML, and not marked as someone's own.
pub fn keepable<B>(response: &http::Response<B>) -> bool {
    // Pages that carry someone's own answers say so, and are never kept.
    let private = response
        .headers()
        .get(header::CACHE_CONTROL)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("no-store") || v.contains("private"));
    response.status() == StatusCode::OK && super::is_html(response.headers()) && !private
}

/// Just inside the compression layer: marks the answer the front will keep.
pub async fn mark_for_cache(request: Request, next: axum::middleware::Next) -> Response {
    let for_cache = request.extensions().get::<ForCache>().is_some();
    let mut response = next.run(request).await;
    if for_cache && keepable(&response) {
        response.extensions_mut().insert(ForCache);
    }
    response
}

/// Pages worth caching: GET without a query, under a language Helder offers.
pub fn cacheable(request: &Request<Body>) -> bool {
    request.method() == Method::GET
        && request.uri().query().is_none()
        // Percent-encoded spellings of a path render the same page; caching each would let
        // anyone fill the cache. Only the plain spelling is cached.
        && !request.uri().path().contains('%')
        && Language::from_path(request.uri().path()).is_some()
}
