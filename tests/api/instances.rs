//! Several instances of one installation on one PostgreSQL database: a change made on one
//! reaches the others within a second, periodic jobs run on one instance at a time, daily
//! runs once, and film files an earlier version kept in a data folder move into the database.
//! (nginx in front of two real processes: end2end/tests/instances.test.mjs.)

use crate::helpers::{
    Backend,
    db::{count, execute},
    spawn_app, spawn_app_with,
};
use chrono::{Duration as Span, Utc};
use helder_server::{jobs::Worker, storage::CLAIM_SECONDS};
use std::time::{Duration, Instant};

/// Two instances on one fresh PostgreSQL database, each with its own data folder.
async fn two_instances() -> (crate::helpers::TestApp, crate::helpers::TestApp) {
    let a = spawn_app(Backend::Postgres).await;
    let url = a.postgres_url().expect("a PostgreSQL database");
    let b = spawn_app_with(Backend::Postgres, |s| s.database_url = Some(url)).await;
    (a, b)
}

#[tokio::test]
async fn a_change_on_one_instance_reaches_the_other_within_a_second() {
    let (a, b) = two_instances().await;
    let path = "/nl/rechten-en-plichten/vermogen";
    let mut delays = Vec::new();
    for round in 0..20 {
        let title = format!("Uw spaargeld, versie {round}");
        execute(
            &a.content.db,
            &format!(
                "UPDATE content_translations SET title = '{title}', origin = 'edited' \
                 WHERE slug = 'vermogen' AND lang = 'nl'"
            ),
        )
        .await;
        // What a publication on instance A does: re-render there, and announce.
        a.content.reload().await.unwrap();
        let changed = Instant::now();
        assert!(a.page(path).await.1.contains(&title), "A at once");
        loop {
            if b.page(path).await.1.contains(&title) {
                break;
            }
            assert!(
                changed.elapsed() < Duration::from_secs(5),
                "round {round}: B still shows the old title"
            );
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        delays.push(changed.elapsed());
    }
    delays.sort();
    let (median, worst) = (delays[delays.len() / 2], delays[delays.len() - 1]);
    println!(
        "a change reached the other instance: median {} ms, worst {} ms (20 changes)",
        median.as_millis(),
        worst.as_millis()
    );
    assert!(worst < Duration::from_secs(1), "worst {worst:?}");
}

#[tokio::test]
async fn a_lost_announcement_is_caught_by_the_periodic_look() {
    let a = spawn_app(Backend::Postgres).await;
    let url = a.postgres_url().expect("a PostgreSQL database");
    let b = spawn_app_with(Backend::Postgres, |s| {
        s.database_url = Some(url);
        s.change_check_seconds = 1;
    })
    .await;
    let path = "/nl/rechten-en-plichten/vermogen";
    // The change and the generation move on without a NOTIFY, as if the listener had been
    // disconnected when it was sent.
    execute(
        &a.content.db,
        "UPDATE content_translations SET title = 'Zonder bericht', origin = 'edited' \
         WHERE slug = 'vermogen' AND lang = 'nl'",
    )
    .await;
    execute(
        &a.content.db,
        "UPDATE content_generation SET generation = generation + 1 WHERE id = 1",
    )
    .await;
    let started = Instant::now();
    while !b.page(path).await.1.contains("Zonder bericht") {
        assert!(
            started.elapsed() < Duration::from_secs(5),
            "never caught up"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test]
async fn periodic_jobs_run_on_one_instance_at_a_time() {
    let (a, _b) = two_instances().await;
    let db = a.content.db.clone();
    let (one, two) = (Worker::new(db.clone()), Worker::new(db.clone()));
    assert!(one.holds("test-job").await, "free: taken");
    assert!(one.holds("test-job").await, "renewed by its holder");
    assert!(!two.holds("test-job").await, "held by the other");
    one.release().await;
    assert!(
        two.holds("test-job").await,
        "let go at a graceful stop: taken at once"
    );
    // A holder that stopped without letting go: its lease runs out within a minute.
    let later = Utc::now() + Span::seconds(CLAIM_SECONDS + 1);
    assert!(
        !db.hold_lease("test-job", &one.holder, Utc::now())
            .await
            .unwrap()
    );
    assert!(db.hold_lease("test-job", &one.holder, later).await.unwrap());
}

#[tokio::test]
async fn a_daily_run_is_claimed_once_and_taken_over_if_it_never_finished() {
    let (a, _b) = two_instances().await;
    let db = &a.content.db;
    let now = Utc::now();
    assert!(
        db.claim_job_run("test-daily", "2026-12-07", now)
            .await
            .unwrap()
    );
    assert!(
        !db.claim_job_run("test-daily", "2026-12-07", now + Span::seconds(30))
            .await
            .unwrap(),
        "being run elsewhere"
    );
    let after = now + Span::seconds(CLAIM_SECONDS + 1);
    assert!(
        db.claim_job_run("test-daily", "2026-12-07", after)
            .await
            .unwrap(),
        "its instance stopped mid-run: taken over"
    );
    db.finish_job_run("test-daily", "2026-12-07", "done")
        .await
        .unwrap();
    assert!(
        !db.claim_job_run("test-daily", "2026-12-07", after + Span::days(1))
            .await
            .unwrap(),
        "done is done"
    );
}

#[tokio::test]
async fn film_files_in_a_data_folder_move_into_the_database_once() {
    let (mut settings, data, pg) = crate::helpers::test_settings(Backend::Postgres).await;
    let _pg = pg;
    settings.data_dir = data.path().to_path_buf();
    let media = data.path().join("media");
    std::fs::create_dir_all(&media).unwrap();
    let name = "0123456789abcdef0123456789abcdef.vtt";
    let captions = "WEBVTT\n\n00:00.000 --> 00:01.000\nHallo\n";
    std::fs::write(media.join(name), captions).unwrap();
    let app = helder_server::startup::Application::build(settings)
        .await
        .expect("application builds");
    let address = format!("http://127.0.0.1:{}", app.port());
    tokio::spawn(app.run_until_stopped());
    assert!(!media.join(name).exists(), "moved out of the folder");
    let served = crate::helpers::app::client()
        .get(format!("{address}/media/{name}"))
        .send()
        .await
        .unwrap();
    assert_eq!(served.status(), 200);
    assert_eq!(served.text().await.unwrap(), captions);
}

#[tokio::test]
async fn a_listener_that_lost_its_connection_catches_up_when_it_is_back() {
    let a = spawn_app(Backend::Postgres).await;
    let url = a.postgres_url().expect("a PostgreSQL database");
    // No periodic look within this test: only the reconnection can bring the change.
    let b = spawn_app_with(Backend::Postgres, |s| {
        s.database_url = Some(url);
        s.change_check_seconds = 3600;
    })
    .await;
    let path = "/nl/rechten-en-plichten/vermogen";
    let db = &a.content.db;
    // Both instances listen: two LISTEN connections.
    let listeners = "SELECT COUNT(*) FROM pg_stat_activity \
                     WHERE datname = current_database() AND query LIKE 'LISTEN%'";
    let deadline = Instant::now() + Duration::from_secs(5);
    while count(db, listeners).await < 2 {
        assert!(Instant::now() < deadline, "both instances listen");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    // Cut every listening connection and wait until they are gone; then change content while
    // nobody listens (a listener reconnects a second later): the NOTIFY reaches no one.
    let list: String = crate::helpers::db::scalar(
        db,
        "SELECT COALESCE(string_agg(pid::text, ','), '') FROM pg_stat_activity \
         WHERE datname = current_database() AND query LIKE 'LISTEN%'",
    )
    .await;
    assert!(!list.is_empty());
    execute(
        db,
        &format!("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid IN ({list})"),
    )
    .await;
    while count(
        db,
        &format!("SELECT COUNT(*) FROM pg_stat_activity WHERE pid IN ({list})"),
    )
    .await
        > 0
    {
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    execute(
        db,
        "UPDATE content_translations SET title = 'Na de onderbreking', origin = 'edited' \
         WHERE slug = 'vermogen' AND lang = 'nl'",
    )
    .await;
    execute(
        db,
        "WITH moved AS (UPDATE content_generation SET generation = generation + 1 \
         WHERE id = 1 RETURNING generation) \
         SELECT pg_notify('helder_content', generation::text) FROM moved",
    )
    .await;
    let started = Instant::now();
    while !b.page(path).await.1.contains("Na de onderbreking") {
        assert!(
            started.elapsed() < Duration::from_secs(5),
            "B reloads when it listens again"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}
