//! Starts Helder for a test: in-process (`spawn_app`) or as the real binary (`spawn_binary`),
//! each on a random port with a fresh data folder and a fresh database on either backend.

pub mod cluster;
pub mod raw;
pub mod smtp;

use helder_server::{configuration::Settings, startup::Application};
use std::{
    path::{Path, PathBuf},
    process::Stdio,
    time::Duration,
};
use tempfile::TempDir;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// Runs one `async fn(Backend)` test once per backend, as `<name>::sqlite` and `<name>::postgres`.
#[macro_export]
macro_rules! both_backends {
    ($($name:ident),+ $(,)?) => {$(
        mod $name {
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                super::$name($crate::helpers::Backend::Sqlite).await
            }
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                super::$name($crate::helpers::Backend::Postgres).await
            }
        }
    )+};
}

/// The PostgreSQL server tests create their databases on (trust auth on these machines).
pub fn postgres_admin_url() -> String {
    std::env::var("HELDER_TEST_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".to_owned())
}

/// A PostgreSQL database that exists for one test and is dropped afterwards.
pub struct PgDatabase {
    pub name: String,
    pub url: String,
}

impl PgDatabase {
    pub async fn create() -> PgDatabase {
        use sqlx::{Connection, Executor};
        let admin = postgres_admin_url();
        let name = format!("helder_test_{}", uuid::Uuid::new_v4().simple());
        let mut conn = sqlx::PgConnection::connect(&admin)
            .await
            .expect("PostgreSQL must listen on 127.0.0.1:5432 (see README)");
        conn.execute(format!(r#"CREATE DATABASE "{name}""#).as_str())
            .await
            .expect("create test database");
        let base = admin
            .rsplit_once('/')
            .map_or(admin.as_str(), |(b, _)| b)
            .to_owned();
        PgDatabase {
            url: format!("{base}/{name}"),
            name,
        }
    }
}

impl Drop for PgDatabase {
    fn drop(&mut self) {
        let name = self.name.clone();
        // Drop runs outside async; use a short-lived runtime on its own thread.
        let _ = std::thread::spawn(move || {
            let Ok(rt) = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
            else {
                return;
            };
            rt.block_on(async move {
                use sqlx::{Connection, Executor};
                if let Ok(mut conn) = sqlx::PgConnection::connect(&postgres_admin_url()).await {
                    let _ = conn
                        .execute(
                            format!(r#"DROP DATABASE IF EXISTS "{name}" WITH (FORCE)"#).as_str(),
                        )
                        .await;
                }
            });
        })
        .join();
    }
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

fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(Duration::from_secs(20))
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

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(format!("{}{path}", self.address))
            .send()
            .await
            .expect("request succeeds")
    }

    pub async fn get_with(&self, path: &str, header: &str, value: &str) -> reqwest::Response {
        self.client
            .get(format!("{}{path}", self.address))
            .header(header, value)
            .send()
            .await
            .expect("request succeeds")
    }
}

/// The real `helder` binary, started with `serve`; stdout and stderr go to a log file.
pub struct BinaryApp {
    pub address: String,
    pub data_dir: TempDir,
    pub log_dir: TempDir,
    pub database_url: String,
    child: Option<tokio::process::Child>,
    port: u16,
    extra_env: Vec<(String, String)>,
    /// Kept so the test database lives as long as the server.
    _pg: Option<PgDatabase>,
}

/// A loopback port nothing listens on right now.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("free port")
}

pub async fn spawn_binary(backend: Backend, extra_env: &[(&str, &str)]) -> BinaryApp {
    let (settings, data_dir, pg) = test_settings(backend).await;
    let log_dir = tempfile::tempdir().expect("temp dir");
    let port = free_port();
    let database_url = settings.database_url();
    let mut app = BinaryApp {
        address: format!("http://127.0.0.1:{port}"),
        data_dir,
        log_dir,
        database_url,
        child: None,
        port,
        extra_env: extra_env
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect(),
        _pg: pg,
    };
    app.start().await;
    app
}

impl BinaryApp {
    /// Starts the binary (again) on the same port, data folder and database.
    pub async fn start(&mut self) {
        // A file, not a pipe: a chatty server must never block on a full pipe.
        let log = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(self.log_dir.path().join("helder.log"))
            .expect("log file");
        let mut command = tokio::process::Command::new(env!("CARGO_BIN_EXE_helder"));
        command
            .arg("serve")
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HELDER_ADDR", format!("127.0.0.1:{}", self.port))
            .env("HELDER_DATA_DIR", self.data_dir.path())
            .env("HELDER_SITE_ROOT", site_root())
            .env("HELDER_MUNICIPALITY", "Gemeente Testdorp")
            .env("DATABASE_URL", &self.database_url)
            .envs(self.extra_env.iter().map(|(k, v)| (k.as_str(), v.as_str())))
            .stdout(Stdio::from(log.try_clone().expect("log file handle")))
            .stderr(Stdio::from(log))
            .kill_on_drop(true);
        self.child = Some(command.spawn().expect("start helder binary"));
        let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
        loop {
            let healthy = client()
                .get(format!("{}/health", self.address))
                .send()
                .await;
            if healthy.is_ok_and(|r| r.status().is_success()) {
                break;
            }
            assert!(
                tokio::time::Instant::now() < deadline,
                "helder did not become healthy in 30 s:\n{}",
                self.logs()
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Kills the server at once (SIGKILL): no shutdown, no flushing, like a power cut to it.
    pub async fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill().await;
        }
    }

    pub fn logs(&self) -> String {
        std::fs::read_to_string(self.log_dir.path().join("helder.log")).unwrap_or_default()
    }

    /// Sends SIGTERM and returns at once (see [`BinaryApp::exit_status`]).
    pub fn send_stop(&self) {
        if let Some(pid) = self.child.as_ref().and_then(|c| c.id()) {
            let _ = std::process::Command::new("kill")
                .arg("-TERM")
                .arg(pid.to_string())
                .status();
        }
    }

    /// The exit status, once the server has exited within `limit`.
    pub async fn exit_status(&mut self, limit: Duration) -> Option<std::process::ExitStatus> {
        let child = self.child.as_mut()?;
        let status = tokio::time::timeout(limit, child.wait()).await.ok()?.ok()?;
        self.child = None;
        Some(status)
    }

    /// Stops the server with SIGTERM and waits for it to exit (closing the database).
    pub async fn stop(&mut self) {
        let Some(mut child) = self.child.take() else {
            return;
        };
        if let Some(pid) = child.id() {
            let _ = std::process::Command::new("kill")
                .arg("-TERM")
                .arg(pid.to_string())
                .status();
        }
        if tokio::time::timeout(Duration::from_secs(10), child.wait())
            .await
            .is_err()
        {
            let _ = child.kill().await;
        }
    }
}
