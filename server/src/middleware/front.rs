//! The first thing a request meets. Readers are the load that matters: a hashed asset or a
//! public page already rendered is answered from memory here, before routing, with no layer
//! and no state cloned per request. Everything else goes to the router, whose answers for
//! cacheable pages are kept on the way out.

use super::{
    cache::{ForCache, PageCache, cacheable},
    encoding::Encoded,
    prepared::Prepared,
    trace,
};
use crate::{
    assets::Assets,
    health::Health,
    tenancy::{Here, Places, unknown_host},
};
use axum::{
    Router,
    body::{Body, Bytes},
    response::Response,
};
use http::{HeaderMap, HeaderValue, Method, Request, header};
use std::{sync::Arc, time::Instant};
use tower::ServiceExt;

#[derive(Clone)]
pub struct Front {
    router: Router,
    cache: Arc<PageCache>,
    assets: Arc<Assets>,
    health: Arc<Health>,
    /// The answer to `/health` while the database answers (security headers included).
    healthy: Arc<Prepared>,
    /// Which municipality a host is for.
    places: Arc<Places>,
}

impl Front {
    pub fn new(
        router: Router,
        cache: Arc<PageCache>,
        assets: Arc<Assets>,
        health: Arc<Health>,
        places: Arc<Places>,
    ) -> Front {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/plain; charset=utf-8"),
        );
        super::security::insert_headers(&mut headers, &[]);
        let body = Encoded::new(Bytes::from_static(health.ok_body().as_bytes()), false);
        Front {
            router,
            cache,
            assets,
            healthy: Arc::new(Prepared::new(headers, body, None)),
            health,
            places,
        }
    }

    pub async fn answer(&self, mut request: Request<Body>) -> Response {
        let started = Instant::now();
        // A byte range of an asset is rare (a media player's probe): the router serves it.
        if request.method() == Method::GET
            && !request.headers().contains_key(header::RANGE)
            && let Some(asset) = self.assets.prepared(request.uri().path())
        {
            return from_memory(&request, asset, started);
        }
        // A monitor asks often; while the database answers, so does the front. Otherwise the
        // router answers (a page for a browser, text for a monitor).
        if request.method() == Method::GET
            && request.uri().path() == "/health"
            && self.health.ready().await
        {
            return from_memory(&request, &self.healthy, started);
        }
        // Everything else is some municipality's: the host says which.
        let peer = Places::peer(request.extensions());
        let Some(here) = self.places.resolve(request.headers_mut(), peer).cloned() else {
            return unknown_host();
        };
        request.extensions_mut().insert(Here(here.clone()));
        Here::scope(here.clone(), self.answer_for(request, here.index, started)).await
    }

    /// The answer for one municipality (`place`): from its cached pages, or the router's.
    async fn answer_for(
        &self,
        mut request: Request<Body>,
        place: usize,
        started: Instant,
    ) -> Response {
        if !cacheable(&request) {
            return self.route(request).await;
        }
        if let Some(page) = self.cache.get(place, request.uri().path()) {
            return from_memory(&request, &page, started);
        }
        let path = request.uri().path().to_owned();
        let generation = self.cache.generation();
        let headers = request.headers().clone();
        // A keepable answer comes back uncompressed (the cache compresses it once, in every
        // encoding); any other answer is compressed by the router as usual.
        request.extensions_mut().insert(ForCache);
        let response = self.route(request).await;
        self.cache
            .keep(place, path, generation, &headers, response)
            .await
    }

    async fn route(&self, request: Request<Body>) -> Response {
        match self.router.clone().oneshot(request).await {
            Ok(response) => response,
            Err(never) => match never {},
        }
    }
}

/// A prepared answer to `request`, logged as the router's answers are.
fn from_memory(request: &Request<Body>, prepared: &Prepared, started: Instant) -> Response {
    let response = prepared.respond(request.headers());
    trace::answered_from_memory(request, response.status(), started);
    response
}
