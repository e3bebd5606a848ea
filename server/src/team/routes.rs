//! The staff routes as a list the router is built from. Axum cannot list a router's routes,
//! so each capability adds its routes here with their methods; the router and
//! [`super::routes`] come from the same calls, and the isolation test walks the list (a new
//! staff route cannot be left out of it).

use crate::state::AppState;
use axum::{
    Router,
    handler::Handler,
    http::Method,
    routing::{MethodRouter, get, post},
};

/// A staff route: its method and path pattern (`/{lang}/team/…`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffRoute {
    pub method: Method,
    pub path: &'static str,
}

/// Routes being added, and the router they make.
#[derive(Default)]
pub struct StaffRoutes {
    router: Router<AppState>,
    list: Vec<StaffRoute>,
}

impl StaffRoutes {
    pub fn new() -> StaffRoutes {
        StaffRoutes::default()
    }

    /// `GET path`.
    pub fn get<H, T>(self, path: &'static str, handler: H) -> StaffRoutes
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        self.with(path, &[Method::GET], get(handler))
    }

    /// `POST path`.
    pub fn post<H, T>(self, path: &'static str, handler: H) -> StaffRoutes
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        self.with(path, &[Method::POST], post(handler))
    }

    /// A method router made elsewhere, answering `methods` (axum merges routers of one path).
    pub fn with(
        mut self,
        path: &'static str,
        methods: &[Method],
        routes: MethodRouter<AppState>,
    ) -> StaffRoutes {
        self.router = self.router.route(path, routes);
        self.list.extend(methods.iter().map(|method| StaffRoute {
            method: method.clone(),
            path,
        }));
        self
    }

    pub fn merge(mut self, other: StaffRoutes) -> StaffRoutes {
        self.router = self.router.merge(other.router);
        self.list.extend(other.list);
        self
    }

    pub fn list(&self) -> &[StaffRoute] {
        &self.list
    }

    pub fn into_router(self) -> Router<AppState> {
        self.router
    }
}
