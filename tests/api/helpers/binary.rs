//! The real `helder` binary, started with `serve` for a test: on a port of its own, with a
//! fresh data folder and a fresh database on either backend; it can be stopped, killed and
//! started again on the same folder and database.

use super::Deadline;
use super::{
    app::{Backend, client, site_root, test_settings},
    pg::PgDatabase,
};
use std::{process::Stdio, time::Duration};
use tempfile::TempDir;

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
        let deadline = Deadline::after(Duration::from_secs(30), Duration::from_millis(50));
        loop {
            let healthy = client()
                .get(format!("{}/health", self.address))
                .send()
                .await;
            if healthy.is_ok_and(|r| r.status().is_success()) {
                break;
            }
            deadline
                .next_poll(|| format!("helder did not become healthy in 30 s:\n{}", self.logs()))
                .await;
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
