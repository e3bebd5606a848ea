//! A report's kinds are rows of `report_kinds`, not a comma-joined column: migration 0009
//! moves the kinds stored by earlier versions there, and the queue, a report's page and the
//! statistics read the same kinds and figures as before.

use crate::{
    both_backends,
    helpers::{Backend, db::execute_at, test_settings},
};
use chrono::{Local, TimeZone, Utc};
use helder_domain::statistics::month_starts;
use helder_server::storage::{Database, PageAt, QueueScope};

both_backends!(kinds_stored_comma_joined_move_to_their_own_rows);

/// As earlier versions stored kinds: comma-joined (with a stray blank, an empty part and a
/// repeat, which the form never wrote, to show they do no harm).
const STORED: &[&str] = &[
    "work,assets",
    "living_together",
    "address, work,",
    "work,work",
    "assets",
];

async fn execute(db: &Database, sql: &str, receipt: &str, kinds: &str) {
    let at = Local
        .with_ymd_and_hms(2026, 3, 4, 10, 0, 0)
        .unwrap()
        .with_timezone(&Utc);
    execute_at(db, sql, at, &[kinds, receipt])
        .await
        .expect("an old report");
}

async fn kinds_stored_comma_joined_move_to_their_own_rows(backend: Backend) {
    let (settings, _data, _pg) = test_settings(backend).await;
    let db = crate::helpers::db::database_before(&settings, backend, 9).await;
    for (i, kinds) in STORED.iter().enumerate() {
        execute(
            &db,
            "INSERT INTO reports (received_at, lang, questionnaire_version, kinds, receipt_hash) \
             VALUES ($1, 'nl', 'oud', $2, $3)",
            &format!("oud-{i}"),
            kinds,
        )
        .await;
    }

    db.migrate().await.expect("migration 0009");

    let page = db
        .queue(
            crate::helpers::db::everything(&helder_domain::tenants::TenantId::default_id()),
            QueueScope::AllOpen,
            PageAt::First,
            50,
        )
        .await
        .unwrap();
    let (queue, total) = (page.entries, page.total);
    assert_eq!(total, STORED.len() as i64);
    let read: Vec<Vec<String>> = queue.iter().map(|e| e.kinds.ids().to_vec()).collect();
    assert_eq!(
        read,
        [
            vec!["work", "assets"],
            vec!["living_together"],
            vec!["address", "work"],
            vec!["work"],
            vec!["assets"],
        ],
        "each report keeps its kinds, in their order"
    );
    let first = db
        .report_work(&helder_domain::tenants::TenantId::default_id(), queue[0].id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(first.kinds.ids(), ["work", "assets"]);

    // The same figures per kind as the comma-joined column gave.
    let months = month_starts(2026, &Local).unwrap();
    let figures = db
        .year_statistics(
            crate::helpers::db::everything(&helder_domain::tenants::TenantId::default_id()),
            2026,
            &months,
        )
        .await
        .unwrap();
    assert_eq!(figures.total, 5);
    assert_eq!(figures.by_month[2], 5, "all in March");
    assert_eq!(
        figures.by_kind,
        [
            ("address".to_owned(), 1),
            ("assets".to_owned(), 2),
            ("living_together".to_owned(), 1),
            ("work".to_owned(), 3),
        ]
    );

    // The column is gone: kinds live in one place only.
    let old_column = match &db {
        Database::Sqlite(pool) => sqlx::query("SELECT kinds FROM reports")
            .fetch_all(pool)
            .await
            .map(|_| ()),
        Database::Postgres(pool) => sqlx::query("SELECT kinds FROM reports")
            .fetch_all(pool)
            .await
            .map(|_| ()),
    };
    assert!(old_column.is_err(), "reports.kinds is dropped");
}
