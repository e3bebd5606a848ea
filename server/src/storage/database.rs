//! The connection pool on either backend, its errors, and opening and migrating it.

use chrono::{DateTime, Utc};
use sqlx::{
    PgPool, SqlitePool,
    postgres::PgPoolOptions,
    sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous},
};
use std::{str::FromStr, time::Duration};

#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    #[error("unsupported database URL (use sqlite://… or postgres://…): {0}")]
    UnsupportedUrl(String),
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    #[error("this report was already submitted")]
    AlreadySubmitted,
    #[error("stored data is damaged: {0}")]
    Corrupt(String),
    #[error("migration failed: {0}")]
    Migration(#[from] sqlx::migrate::MigrateError),
    #[error("cannot read the file to store: {0}")]
    Read(std::io::Error),
    #[error("{0} is kept in the database only on PostgreSQL")]
    NotOnThisBackend(&'static str),
}

/// How many migrations a SQLite database has applied (none before the first start).
async fn applied_migrations(conn: &mut sqlx::SqliteConnection) -> Result<i64, StorageError> {
    let exists: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '_sqlx_migrations'",
    )
    .fetch_one(&mut *conn)
    .await?;
    if exists == 0 {
        return Ok(0);
    }
    Ok(sqlx::query_scalar("SELECT COUNT(*) FROM _sqlx_migrations")
        .fetch_one(&mut *conn)
        .await?)
}

/// The advisory lock held while an instance starts ("helder-s" as a number).
const STARTUP_LOCK_KEY: i64 = 0x6865_6c64_6572_2d73;

/// Held while an instance does its first-start work (see [`Database::startup_lock`]).
#[derive(Debug)]
pub struct StartupLock(Option<sqlx::pool::PoolConnection<sqlx::Postgres>>);

impl StartupLock {
    pub async fn release(self) -> Result<(), StorageError> {
        if let Some(mut conn) = self.0 {
            sqlx::query("SELECT pg_advisory_unlock($1)")
                .bind(STARTUP_LOCK_KEY)
                .execute(&mut *conn)
                .await?;
        }
        Ok(())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub fn as_str(self) -> &'static str {
        match self {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgres",
        }
    }
}

/// How long a request waits for a database connection before it tells the person that
/// saving is not possible right now (rather than leaving them waiting).
const ACQUIRE_TIMEOUT: Duration = Duration::from_secs(3);

/// A connection pool on one of the two backends. Cloning is cheap (the pools are shared).
#[derive(Debug, Clone)]
pub enum Database {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

/// Facts about this installation, recorded at first start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Instance {
    pub installed_at: DateTime<Utc>,
    pub installed_version: String,
}

impl Database {
    /// Connects; a SQLite file is created when missing, with WAL and foreign keys on.
    pub async fn connect(url: &str) -> Result<Database, StorageError> {
        if url.starts_with("sqlite:") {
            let options = SqliteConnectOptions::from_str(url)?
                .create_if_missing(true)
                .journal_mode(SqliteJournalMode::Wal)
                // FULL: a committed report survives a power cut, not only a crash.
                .synchronous(SqliteSynchronous::Full)
                .foreign_keys(true)
                .busy_timeout(Duration::from_secs(5));
            let pool = SqlitePoolOptions::new()
                .max_connections(8)
                .acquire_timeout(ACQUIRE_TIMEOUT)
                .connect_with(options)
                .await?;
            Ok(Database::Sqlite(pool))
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            let pool = PgPoolOptions::new()
                .max_connections(16)
                .acquire_timeout(ACQUIRE_TIMEOUT)
                .connect(url)
                .await?;
            Ok(Database::Postgres(pool))
        } else {
            // Never echo the URL itself: it may hold a password.
            let scheme = url.split(':').next().unwrap_or_default().to_owned();
            Err(StorageError::UnsupportedUrl(format!("{scheme}:…")))
        }
    }

    pub fn backend(&self) -> Backend {
        match self {
            Database::Sqlite(_) => Backend::Sqlite,
            Database::Postgres(_) => Backend::Postgres,
        }
    }

    /// Applies the migrations of this backend (`migrations/<backend>/`), embedded at build time.
    pub async fn migrate(&self) -> Result<(), StorageError> {
        match self {
            Database::Sqlite(pool) => {
                // SQLite's way to change a table (a rebuild) needs foreign keys off outside the
                // migration's transaction: dropping the old table must not cascade. They are
                // checked afterwards, and the connection is not used again.
                let mut conn = pool.acquire().await?;
                conn.close_on_drop();
                sqlx::query("PRAGMA foreign_keys = OFF")
                    .execute(&mut *conn)
                    .await?;
                let before = applied_migrations(&mut conn).await?;
                sqlx::migrate!("../migrations/sqlite")
                    .run(&mut *conn)
                    .await?;
                // Only after a migration ran: a start with nothing to migrate reads nothing more.
                if applied_migrations(&mut conn).await? != before {
                    let broken: Vec<(String,)> =
                        sqlx::query_as("SELECT \"table\" FROM pragma_foreign_key_check")
                            .fetch_all(&mut *conn)
                            .await?;
                    if let Some((table,)) = broken.first() {
                        return Err(StorageError::Corrupt(format!(
                            "a foreign key of {table} points nowhere after migrating"
                        )));
                    }
                }
            }
            Database::Postgres(pool) => sqlx::migrate!("../migrations/postgres").run(pool).await?,
        }
        Ok(())
    }

    /// Whether the database answers.
    pub async fn ping(&self) -> Result<(), StorageError> {
        self.write("SELECT 1", &[]).await
    }

    /// Records the first start of this installation; later starts leave the row alone.
    pub async fn record_instance(&self, version: &str) -> Result<Instance, StorageError> {
        let now = Utc::now();
        let (installed_at, installed_version) = on_pool!(self, pool => {
            sqlx::query(
                "INSERT INTO instance (id, installed_at, installed_version) VALUES (1, $1, $2) \
                 ON CONFLICT (id) DO NOTHING",
            )
            .bind(now)
            .bind(version)
            .execute(pool)
            .await?;
            sqlx::query_as::<_, (DateTime<Utc>, String)>(
                "SELECT installed_at, installed_version FROM instance WHERE id = 1",
            )
            .fetch_one(pool)
            .await?
        });
        Ok(Instance {
            installed_at,
            installed_version,
        })
    }

    /// On PostgreSQL: waits until no other instance is starting, and keeps the others waiting
    /// until [`StartupLock::release`] (or until this process ends, which ends its connection):
    /// first-start work (secrets, seeding, importing films) happens once, not once per
    /// instance started at the same moment. On SQLite (one instance): nothing to wait for.
    pub async fn startup_lock(&self) -> Result<StartupLock, StorageError> {
        let Database::Postgres(pool) = self else {
            return Ok(StartupLock(None));
        };
        let mut conn = pool.acquire().await?;
        // Never back into the pool still holding the lock, released or not.
        conn.close_on_drop();
        // Asked again every 100 ms rather than waited for inside one statement, which the
        // driver would log as a slow statement.
        loop {
            let locked: bool = sqlx::query_scalar("SELECT pg_try_advisory_lock($1)")
                .bind(STARTUP_LOCK_KEY)
                .fetch_one(&mut *conn)
                .await?;
            if locked {
                return Ok(StartupLock(Some(conn)));
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Closes the pool, so a SQLite file is checkpointed and released.
    pub async fn close(&self) {
        on_pool!(self, pool => pool.close().await)
    }
}
