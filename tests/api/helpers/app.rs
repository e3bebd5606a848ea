//! Helder built in this process for a test: on a random port, with a fresh data folder and a
//! fresh database on either backend.

use super::pg::PgDatabase;
use helder_server::{configuration::Settings, startup::Application};
use reqwest::Response;
use std::{
    path::{Path, PathBuf},
    time::Duration,
};
use tempfile::TempDir;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// Files of the two shipped films: webm, mp4, poster, and captions in each of the 8 languages.
pub const SHIPPED_FILM_FILES: usize = 2 * (3 + 8);

/// Settings for a test: a fresh data folder and a fresh database on `backend`.
pub async fn test_settings(backend: Backend) -> (Settings, TempDir, Option<PgDatabase>) {
    let data = tempfile::tempdir().expect("temp dir");
    let pg = match backend {
        Backend::Sqlite => None,
        Backend::Postgres => Some(PgDatabase::create().await),
    };
    let mut settings = Settings::defaults();
    settings.addr = "127.0.0.1:0".parse().expect("address");
    settings.data_dir = data.path().to_path_buf();
    settings.database_url = pg.as_ref().map(|db| db.url.clone());
    settings.site_root = site_root();
    settings.trusted_proxies = vec!["127.0.0.1".parse().expect("range")];
    settings.municipality = "Gemeente Testdorp".into();
    // Refusals are answered at once here; the pause has its own test (abuse.rs).
    settings.refusal_delay_ms = 0;
    (settings, data, pg)
}

/// The built front end, if `.ci/build-wasm` has run; tests pass with or without it.
pub fn site_root() -> PathBuf {
    std::env::var_os("HELDER_SITE_ROOT")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/site"))
}

pub struct TestApp {
    pub address: String,
    /// Re-renders the pages after a test changed content in the database.
    pub content: helder_server::content::ContentReloader,
    pub client: reqwest::Client,
    pub data_dir: TempDir,
    _pg: Option<PgDatabase>,
}

/// An HTTP client that shows redirects instead of following them, and gives up after 20 s.
pub fn client() -> reqwest::Client {
    client_with_timeout(Duration::from_secs(20))
}

/// [`client`] with another limit on a request.
pub fn client_with_timeout(timeout: Duration) -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(timeout)
        .build()
        .expect("http client")
}

/// Builds the application in this process and serves it on a random port.
pub async fn spawn_app(backend: Backend) -> TestApp {
    spawn_app_with(backend, |_| {}).await
}

/// [`spawn_app`] with settings changed first (e.g. a lower log-in limit).
pub async fn spawn_app_with(backend: Backend, tweak: impl FnOnce(&mut Settings)) -> TestApp {
    spawn_app_with_routes(backend, tweak, axum::Router::new()).await
}

/// [`spawn_app_with`] plus `routes` behind all of Helder's middleware (e.g. one that panics).
pub async fn spawn_app_with_routes(
    backend: Backend,
    tweak: impl FnOnce(&mut Settings),
    routes: axum::Router<helder_server::state::AppState>,
) -> TestApp {
    let (mut settings, data_dir, pg) = test_settings(backend).await;
    tweak(&mut settings);
    let app = Application::build_with_routes(settings, routes)
        .await
        .expect("application builds");
    let address = format!("http://127.0.0.1:{}", app.port());
    let content = app.content_reloader();
    tokio::spawn(app.run_until_stopped());
    TestApp {
        address,
        content,
        client: client(),
        data_dir,
        _pg: pg,
    }
}

impl TestApp {
    /// The name of this test's PostgreSQL database, on that backend.
    pub fn postgres_database(&self) -> Option<&str> {
        self._pg.as_ref().map(|db| db.name.as_str())
    }

    /// The URL of this test's PostgreSQL database, on that backend (a second instance of
    /// the same installation connects to it).
    pub fn postgres_url(&self) -> Option<String> {
        self._pg.as_ref().map(|db| db.url.clone())
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(format!("{}{path}", self.address))
            .send()
            .await
            .expect("request succeeds")
    }

    /// [`Self::get`], asserting the answer's status.
    pub async fn get_expect(&self, path: &str, status: u16) -> Response {
        super::expect(self.get(path).await, status, &format!("GET {path}"))
    }

    pub async fn get_with(&self, path: &str, header: &str, value: &str) -> reqwest::Response {
        self.client
            .get(format!("{}{path}", self.address))
            .header(header, value)
            .send()
            .await
            .expect("request succeeds")
    }

    /// POSTs a form as a reader without a session, from the forwarded address `xff`.
    pub async fn post_form(
        &self,
        xff: &str,
        path: &str,
        form: &[(&str, &str)],
    ) -> reqwest::Response {
        self.client
            .post(format!("{}{path}", self.address))
            .header("x-forwarded-for", xff)
            .form(form)
            .send()
            .await
            .expect("request succeeds")
    }

    /// A page as a reader without a session gets it: its status and text.
    pub async fn page(&self, path: &str) -> (u16, String) {
        let response = self.get(path).await;
        let status = response.status().as_u16();
        (status, response.text().await.expect("page text"))
    }
}
