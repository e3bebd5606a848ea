//! What the benchmarks share: the switch that measures only under `cargo bench`, Helder in
//! this process or as the real binary, a PostgreSQL database of their own (the API tests' own
//! helper), and one whole report through the form.

// Each benchmark uses only part of this module.
#![allow(dead_code)]

use helder_server::configuration::Settings;
use std::{
    future::Future,
    path::Path,
    process::{Child, Command, Stdio},
    time::Duration,
};

// The same throwaway database the API tests use, so both create and drop it one way.
#[path = "../../../tests/api/helpers/pg.rs"]
pub mod pg;

/// `cargo test --benches` runs the benchmarks without `--bench`; they measure only when benched.
pub fn measuring() -> bool {
    std::env::args().any(|a| a == "--bench")
}

/// Settings for a Helder in this process: a random port, its own data folder, quiet logs.
pub fn settings(data: &Path, database_url: Option<String>) -> Settings {
    let mut settings = Settings::defaults();
    settings.addr = "127.0.0.1:0".parse().expect("address");
    settings.data_dir = data.to_path_buf();
    settings.database_url = database_url;
    settings.log = "warn".into();
    settings
}

/// Runs `run` on SQLite, then on a fresh PostgreSQL database (`HELDER_TEST_POSTGRES_URL`),
/// which is dropped afterwards unless `keep`; returns both results.
pub async fn on_both_backends<T, F: Future<Output = T>>(
    keep: bool,
    mut run: impl FnMut(&'static str, Option<String>) -> F,
) -> (T, T) {
    let sqlite = run("sqlite", None).await;
    let db = pg::PgDatabase::create().await;
    let postgres = run("postgres", Some(db.url.clone())).await;
    if keep {
        // Skips the drop that removes the database.
        std::mem::forget(db);
    }
    (sqlite, postgres)
}

/// The `helder` binary with its own data folder, behind a trusted proxy on loopback.
pub fn helder(data: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_helder"));
    command
        .env("HELDER_DATA_DIR", data)
        .env("HELDER_TRUSTED_PROXIES", "127.0.0.1")
        .env("HELDER_LOG", "warn")
        .env(
            "HELDER_SITE_ROOT",
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/site"),
        );
    command
}

/// A running `helder` binary; dropping it stops the process.
pub struct Server {
    pub child: Child,
    pub base: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Server {
    /// Starts `command` on a free port and waits until it answers `/health`.
    pub async fn start(mut command: Command) -> Server {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .map(|a| a.port())
            .expect("a free port");
        let child = command
            .env("HELDER_ADDR", format!("127.0.0.1:{port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("start helder");
        // Owned at once: dropping it (also on a panic below) stops the server.
        let server = Server {
            child,
            base: format!("http://127.0.0.1:{port}"),
        };
        let client = reqwest::Client::new();
        for _ in 0..600 {
            if let Ok(r) = client.get(format!("{}/health", server.base)).send().await
                && r.status().is_success()
            {
                return server;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("helder did not start");
    }
}

/// A forwarded address of its own for client `n`.
pub fn forwarded(n: usize) -> String {
    format!("10.{}.{}.{}", (n >> 16) & 255, (n >> 8) & 255, n & 255)
}

/// One whole report through the form's steps, from the forwarded address `xff`, keeping the
/// session cookie; the first step whose answer is not the expected one is the error.
pub async fn report(
    client: &reqwest::Client,
    base: &str,
    xff: &str,
    steps: &[(&str, Vec<(&str, &str)>)],
) -> Result<(), String> {
    let mut cookie = String::new();
    for (step, form) in steps {
        let response = client
            .post(format!("{base}/nl/melden/{step}"))
            .header("x-forwarded-for", xff)
            .header("cookie", &cookie)
            .form(form)
            .send()
            .await
            .map_err(|e| e.to_string())?;
        if let Some(set) = response.headers().get("set-cookie") {
            cookie = set
                .to_str()
                .unwrap_or_default()
                .split(';')
                .next()
                .unwrap_or_default()
                .to_owned();
        }
        let expected = if *step == "versturen" { 200 } else { 303 };
        if response.status() != expected {
            return Err(format!("{step}: {}", response.status()));
        }
        response.bytes().await.map_err(|e| e.to_string())?;
    }
    Ok(())
}
