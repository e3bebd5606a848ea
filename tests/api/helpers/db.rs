//! The test's own SQL on either backend: counts, single values and statements for setting
//! up data or checking what the server stored, and a report stored without the form.

use helder_server::storage::{Database, NewReport};
use sqlx::{Postgres, Sqlite};

/// Runs the same sqlx code on either pool, for the plain SQL tests set data up with.
#[macro_export]
macro_rules! on_pool {
    ($db:expr, $pool:ident => $body:expr) => {
        match $db {
            ::helder_server::storage::Database::Sqlite($pool) => $body,
            ::helder_server::storage::Database::Postgres($pool) => $body,
        }
    };
}

/// The one value `sql` selects (a count, a text).
pub async fn scalar<T>(db: &Database, sql: &str) -> T
where
    T: Send + Unpin,
    T: for<'r> sqlx::Decode<'r, Sqlite> + sqlx::Type<Sqlite>,
    T: for<'r> sqlx::Decode<'r, Postgres> + sqlx::Type<Postgres>,
{
    on_pool!(db, pool => sqlx::query_scalar(sql).fetch_one(pool).await)
        .unwrap_or_else(|e| panic!("{sql}: {e}"))
}

/// The number `sql` selects (`SELECT COUNT(*) …`).
pub async fn count(db: &Database, sql: &str) -> i64 {
    scalar(db, sql).await
}

/// Runs a statement that must succeed.
pub async fn execute(db: &Database, sql: &str) {
    try_execute(db, sql)
        .await
        .unwrap_or_else(|e| panic!("{sql}: {e}"));
}

/// Runs a statement the database may refuse (e.g. a trigger that protects a table).
pub async fn try_execute(db: &Database, sql: &str) -> Result<(), sqlx::Error> {
    on_pool!(db, pool => sqlx::query(sql).execute(pool).await.map(|_| ()))
}

/// Runs a statement with a moment as `$1` and texts as `$2`, `$3`, … (old rows set up by hand).
pub async fn execute_at(
    db: &Database,
    sql: &str,
    at: chrono::DateTime<chrono::Utc>,
    texts: &[&str],
) -> Result<(), sqlx::Error> {
    on_pool!(db, pool => {
        let mut query = sqlx::query(sql).bind(at);
        for text in texts {
            query = query.bind(*text);
        }
        query.execute(pool).await.map(|_| ())
    })
}

/// The id of the newest report.
pub async fn last_report_id(db: &Database) -> i64 {
    scalar(db, "SELECT MAX(id) FROM reports").await
}

/// The report a receipt code belongs to, looked up by the code's hash as the server does.
pub async fn report_by_code(db: &Database, code: &str) -> Option<i64> {
    let salt = db.receipt_salt().await.expect("receipt salt");
    let code = helder_domain::report::receipt::ReceiptCode::parse(code).expect("a receipt code");
    let hash = helder_server::report::receipt::hash(&code, &salt).expect("hash");
    db.report_by_receipt(&hash).await.expect("look-up by hash")
}

/// A report in `lang` about `kinds` with a fresh receipt hash and nothing else in it: no
/// contact, no answers. Fill in more with `NewReport { …, ..new_report(…) }`.
pub fn new_report(lang: &str, kinds: &[&str]) -> NewReport {
    NewReport {
        lang: lang.into(),
        questionnaire_version: "test".into(),
        kinds: helder_domain::report::kinds::KindSet::try_from(
            kinds.iter().map(|k| k.to_string()).collect::<Vec<_>>(),
        )
        .expect("kinds"),
        receipt_hash: uuid::Uuid::new_v4().simple().to_string(),
        contact: None,
        answers: Vec::new(),
        subject_name: None,
        subject_address: None,
        organisation: default_org(),
        municipality: default_org(),
        entered: None,
    }
}

/// The organisation (and municipality) of an installation without a tenants file.
pub fn default_org() -> helder_domain::tenants::TenantId {
    helder_domain::tenants::TenantId::default_id()
}

/// All of the default organisation's reports, for storage calls that take a [`Within`].
pub fn everything(org: &helder_domain::tenants::TenantId) -> helder_server::storage::Within<'_> {
    helder_server::storage::Within {
        organisation: org,
        municipality: None,
    }
}

/// Stores `report` as a sent report (no draft to claim); its id.
pub async fn store_report(db: &Database, report: &NewReport) -> i64 {
    db.submit_report(report, None).await.expect("report stored")
}

/// The migrations of `backend` before `version` (to set up a database as an earlier version
/// of Helder left it).
pub fn migrations_before(backend: super::Backend, version: i64) -> sqlx::migrate::Migrator {
    let all = match backend {
        super::Backend::Sqlite => sqlx::migrate!("../migrations/sqlite"),
        super::Backend::Postgres => sqlx::migrate!("../migrations/postgres"),
    };
    sqlx::migrate::Migrator {
        migrations: std::borrow::Cow::Owned(
            all.migrations
                .iter()
                .filter(|m| m.version < version)
                .cloned()
                .collect(),
        ),
        ..sqlx::migrate::Migrator::DEFAULT
    }
}

/// A database of `settings` as Helder left it before migration `version`.
pub async fn database_before(
    settings: &helder_server::configuration::Settings,
    backend: super::Backend,
    version: i64,
) -> Database {
    std::fs::create_dir_all(&settings.data_dir).unwrap();
    let db = Database::connect(&settings.database_url()).await.unwrap();
    let earlier = migrations_before(backend, version);
    match &db {
        Database::Sqlite(pool) => earlier.run(pool).await,
        Database::Postgres(pool) => earlier.run(pool).await,
    }
    .expect("the earlier migrations");
    db
}

/// Every text `sql` selects (one column).
pub async fn strings(db: &Database, sql: &str) -> Vec<String> {
    on_pool!(db, pool => sqlx::query_scalar(sql).fetch_all(pool).await)
        .unwrap_or_else(|e| panic!("{sql}: {e}"))
}
