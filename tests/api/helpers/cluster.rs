//! A PostgreSQL cluster of the test's own (`tests/pg-cluster`), for tests that stop and start
//! the database. The shared server on 127.0.0.1:5432 is never stopped.

use std::{path::PathBuf, process::Command};
use tempfile::TempDir;

pub struct PgCluster {
    dir: TempDir,
    pub port: u16,
}

fn script() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/pg-cluster")
}

fn run(args: &[&str]) {
    let output = Command::new(script())
        .args(args)
        .output()
        .expect("run tests/pg-cluster");
    assert!(
        output.status.success(),
        "pg-cluster {args:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}

impl PgCluster {
    /// A new cluster, started on a free port.
    pub fn start_new() -> PgCluster {
        let dir = tempfile::tempdir().expect("temp dir");
        let cluster = PgCluster {
            port: super::free_port(),
            dir,
        };
        run(&["init", &cluster.path()]);
        cluster.start();
        cluster
    }

    fn path(&self) -> String {
        self.dir.path().display().to_string()
    }

    pub fn url(&self) -> String {
        format!("postgres://postgres@127.0.0.1:{}/postgres", self.port)
    }

    /// Stops the server at once, as a crash or a cut network would.
    pub fn stop(&self) {
        run(&["stop", &self.path()]);
    }

    pub fn start(&self) {
        run(&["start", &self.path(), &self.port.to_string()]);
    }
}

impl Drop for PgCluster {
    fn drop(&mut self) {
        let _ = Command::new(script()).args(["stop", &self.path()]).output();
    }
}
