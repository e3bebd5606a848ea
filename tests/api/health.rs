use crate::{
    both_backends,
    helpers::{Backend, db::count, spawn_app, spawn_binary, test_settings},
};
use helder_server::{startup::open_database, storage::Backend as StorageBackend};

both_backends!(
    health_reports_the_backend,
    migrations_run_at_start_and_by_command,
    first_start_is_recorded_once
);

async fn health_reports_the_backend(backend: Backend) {
    let app = spawn_app(backend).await;
    let response = app.get("/health").await;
    assert_eq!(response.status(), 200);
    let body = response.text().await.unwrap();
    let expected = match backend {
        Backend::Sqlite => "ok sqlite",
        Backend::Postgres => "ok postgres",
    };
    assert_eq!(body.trim(), expected);
    if backend == Backend::Sqlite {
        assert!(
            app.data_dir.path().join("helder.db").exists(),
            "SQLite file lives in the data folder"
        );
    }
}

async fn migrations_run_at_start_and_by_command(backend: Backend) {
    let (settings, data_dir, _pg) = test_settings(backend).await;
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_helder"))
        .arg("migrate")
        .env_clear()
        .env("HELDER_DATA_DIR", data_dir.path())
        .env("DATABASE_URL", settings.database_url())
        .status()
        .expect("run helder migrate");
    assert!(status.success(), "helder migrate exits 0");

    // The migrated schema is there, and running the migrations again is a no-op.
    let db = open_database(&settings).await.expect("database opens");
    let expected = match backend {
        Backend::Sqlite => StorageBackend::Sqlite,
        Backend::Postgres => StorageBackend::Postgres,
    };
    assert_eq!(db.backend(), expected);
    db.migrate().await.expect("migrations are idempotent");
    let applied = count(&db, "SELECT COUNT(*) FROM _sqlx_migrations WHERE success").await;
    let on_disk = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../migrations/sqlite"))
        .unwrap()
        .count() as i64;
    assert_eq!(applied, on_disk, "every migration applied exactly once");
    db.close().await;
}

async fn first_start_is_recorded_once(backend: Backend) {
    let mut first = spawn_binary(backend, &[]).await;
    first.stop().await;
    let db = helder_server::storage::Database::connect(&first.database_url)
        .await
        .unwrap();
    let recorded = db.record_instance("9.9.9").await.unwrap();
    assert_eq!(
        recorded.installed_version,
        env!("CARGO_PKG_VERSION"),
        "a later start keeps the first record"
    );
    assert!(recorded.installed_at <= chrono::Utc::now());
    db.close().await;
}

#[test]
fn a_broken_questionnaire_stops_start_up_with_every_problem_named() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("questions.toml");
    std::fs::write(
        &file,
        "version = \"x\"\n[[questions]]\nid = \"a\"\nstep = \"elsewhere\"\ntype = \"text\"\nlabel = { en = \"A\" }\n\n[[kinds]]\nid = \"k\"\nlabel = { nl = \"K\" }\nquestions = [\"missing\"]\n",
    )
    .unwrap();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_helder"))
        .arg("serve")
        .env_clear()
        .env("HELDER_DATA_DIR", dir.path())
        .env("HELDER_ADDR", "127.0.0.1:0")
        .env("HELDER_QUESTIONNAIRE", &file)
        .output()
        .expect("run helder");
    assert!(!output.status.success(), "helder refuses to start");
    let stderr = String::from_utf8_lossy(&output.stderr);
    for problem in ["elsewhere", "label.nl", "`missing`"] {
        assert!(stderr.contains(problem), "names {problem}:\n{stderr}");
    }
}
