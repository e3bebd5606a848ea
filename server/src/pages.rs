//! Rendering: a handler extracts a [`Render`] and calls it with the page component and its
//! typed props, so a missing page or a wrong data type does not compile. [`Lang`] is the
//! language of a `/{lang}/…` path and answers 404 itself.

use crate::tenancy::{Here, Place, Places};
use axum::{
    body::Body,
    extract::{FromRef, FromRequestParts, Request},
    http::{StatusCode, header, request::Parts},
    response::{IntoResponse, Response},
};

use helder_app::{
    Site, errors::NotFound, page::RequestInfo, report::pages::QuestionnaireContext,
    staff::StaffSession,
};
use helder_domain::languages::Language;
use leptos::prelude::*;
use std::sync::Arc;

/// A page: the component with its props, called inside the document.
type PageFn = Arc<dyn Fn() -> AnyView + Send + Sync>;

/// Everything a page render needs from the installation. Cheap to clone.
#[derive(Clone)]
pub struct Pages {
    pub options: LeptosOptions,
    /// Every municipality's header, colours and pages (shared: state is cloned on every
    /// request, its values must not be).
    pub places: Arc<Places>,
    pub questionnaire: QuestionnaireContext,
}

impl Pages {
    /// Renders `page` inside the document for the request `info` describes, as the
    /// municipality the request is for looks ([`Here::current`]), with `status` (unless the
    /// page set one itself, like a 404 for an unknown slug).
    pub async fn render<F, V>(&self, info: RequestInfo, status: StatusCode, page: F) -> Response
    where
        F: Fn() -> V + Send + Sync + 'static,
        V: IntoView + 'static,
    {
        let here = Here::current().unwrap_or_else(|| self.places.first().clone());
        self.render_any(&here, info, status, Arc::new(move || page().into_any()))
            .await
    }

    /// The one place a page is rendered. Not generic, so the render pipeline is compiled
    /// once rather than once per page (which made the server binary gigabytes large).
    async fn render_any(
        &self,
        here: &Place,
        info: RequestInfo,
        status: StatusCode,
        page: PageFn,
    ) -> Response {
        let mut request = Request::new(Body::empty());
        let uri = if info.query.is_empty() {
            info.path.clone()
        } else {
            format!("{}?{}", info.path, info.query)
        };
        if let Ok(uri) = uri.parse() {
            *request.uri_mut() = uri;
        }
        let options = self.options.clone();
        let context = self.context(here);
        let render = leptos_axum::render_app_to_stream_with_context(context, move || {
            let page = page.clone();
            helder_app::page::document(options.clone(), info.clone(), move || page())
        });
        let mut response = render(request).await;
        if response.status() == StatusCode::OK {
            *response.status_mut() = status;
        }
        response
    }

    /// What every page may read: the installation's questionnaire, the municipality's header
    /// and pages, and its organisation's films.
    fn context(&self, here: &Place) -> impl Fn() + Clone + Send + Sync + 'static {
        let site = here.site.clone();
        let library = here.library.clone();
        let films = here.films.clone();
        let questionnaire = self.questionnaire.clone();
        move || {
            provide_context(questionnaire.clone());
            provide_context(Site::clone(&site));
            provide_context(library.clone());
            provide_context(films.snapshot());
        }
    }
}

/// What a page knows of its request: language, path and query, and the signed-in person (put
/// in the request by the staff side's middleware).
pub fn request_info(parts: &Parts) -> RequestInfo {
    let path = parts.uri.path().to_owned();
    // A path without a known language (a 404 like /xx/) speaks the visitor's language.
    let lang = Language::from_path(&path).unwrap_or_else(|| {
        Language::negotiate(
            parts
                .headers
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok()),
        )
    });
    RequestInfo {
        lang,
        path,
        query: parts.uri.query().unwrap_or_default().to_owned(),
        staff: parts.extensions.get::<StaffSession>().cloned(),
    }
}

/// A handler's way to answer with a page: the renderer and the request it answers.
pub struct Render {
    pub pages: Pages,
    pub info: RequestInfo,
}

impl Render {
    pub fn lang(&self) -> Language {
        self.info.lang
    }

    /// The page with `status`.
    pub async fn page<F, V>(self, status: StatusCode, page: F) -> Response
    where
        F: Fn() -> V + Send + Sync + 'static,
        V: IntoView + 'static,
    {
        self.pages.render(self.info, status, page).await
    }

    /// The page with 200.
    pub async fn ok<F, V>(self, page: F) -> Response
    where
        F: Fn() -> V + Send + Sync + 'static,
        V: IntoView + 'static,
    {
        self.page(StatusCode::OK, page).await
    }

    /// The same renderer for another address (the page a refused form shows again).
    pub fn at(mut self, path: String) -> Render {
        self.info.path = path;
        self.info.query = String::new();
        self
    }
}

impl<S> FromRequestParts<S> for Render
where
    Pages: FromRef<S>,
    S: Send + Sync,
{
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        Ok(Render {
            pages: Pages::from_ref(state),
            info: request_info(parts),
        })
    }
}

/// The language of a `/{lang}/…` path; any other first segment gets the 404 page, in the
/// visitor's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lang(pub Language);

impl<S> FromRequestParts<S> for Lang
where
    Pages: FromRef<S>,
    S: Send + Sync,
{
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let first = parts.uri.path().trim_start_matches('/').split('/').next();
        match first.and_then(Language::from_code) {
            Some(lang) => Ok(Lang(lang)),
            None => Err(Render::from_request_parts(parts, state)
                .await
                .unwrap_or_else(|never| match never {})
                .page(StatusCode::NOT_FOUND, || view! { <NotFound /> })
                .await),
        }
    }
}

/// Put in an error answer without a body: why it was refused (a Fluent key). The error-pages
/// middleware shows it on the page it renders for the status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Refusal {
    pub reason: &'static str,
}

impl Refusal {
    /// An empty answer with `status` that carries `reason`.
    pub fn answer(status: StatusCode, reason: &'static str) -> Response {
        let mut response = status.into_response();
        response.extensions_mut().insert(Refusal { reason });
        response
    }
}
