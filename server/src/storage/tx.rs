//! A unit of work: writes that commit together or not at all, on either backend.

use crate::storage::database::Database;
use crate::storage::database::StorageError;
use sqlx::{Postgres, Sqlite, Transaction};

/// A unit of work, begun with [`Database::begin`]: several writes that commit together with
/// [`Tx::commit`], or not at all.
///
/// The writes that take part are methods on `Tx`: the audit line ([`Tx::audit`]), a mail in
/// the outbox ([`Tx::enqueue_mail_at`]), the team's work on a report ([`Tx::set_report_status`],
/// [`Tx::assign_report`], [`Tx::mark_first_action`], [`Tx::set_estimate`], [`Tx::add_note`],
/// [`Tx::add_message`], [`Tx::link_reports`]) and content editing ([`Tx::save_version`],
/// [`Tx::transition`], [`Tx::set_snippet`]). Nobody else sees them before the commit.
///
/// A `Tx` that is dropped without [`Tx::commit`] rolls back: an early `return` (a refusal) or a
/// `?` on an error in the middle leaves nothing behind. [`Tx::rollback`] does the same
/// explicitly and reports whether it worked.
///
/// ```text
/// let mut tx = db.begin().await?;
/// if !tx.set_report_status(id, from, to, None, now).await? {
///     return Ok(refused); // dropped: rolled back
/// }
/// tx.audit(&actor, AuditAction::StatusChanged, Some(id), &detail).await?;
/// tx.commit().await?;
/// ```
///
/// Why a value and not a closure (`db.transaction(|tx| async { … })`): handlers return early
/// with a refusal, call helpers that take the unit of work, and their futures must stay `Send`
/// for axum, which a closure that borrows the transaction cannot promise on stable Rust. A
/// value passed as `&mut Tx` gives all of that, and dropping it is the rollback.
///
/// Keep a unit short: the writes of one request, no network calls while it is open. On SQLite
/// it starts with `BEGIN IMMEDIATE`, which takes the database's write lock at once (waiting up
/// to the busy timeout): a read followed by a write inside it never fails on a stale snapshot,
/// and two units queue instead of failing. So while a `Tx` is open, write only through it: a
/// write through the [`Database`] would wait for this very lock. Reading through the
/// `Database` meanwhile is fine (it does not see the unit's writes yet). On PostgreSQL a unit
/// is a READ COMMITTED transaction; each write's compare-and-set condition keeps two people's
/// changes apart, as it does outside a unit.
pub struct Tx {
    pub(super) inner: TxInner,
}

pub(super) enum TxInner {
    Sqlite(Transaction<'static, Sqlite>),
    Postgres(Transaction<'static, Postgres>),
}

impl std::fmt::Debug for Tx {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let backend = match self.inner {
            TxInner::Sqlite(_) => "sqlite",
            TxInner::Postgres(_) => "postgres",
        };
        f.debug_struct("Tx").field("backend", &backend).finish()
    }
}

impl Database {
    /// Begins a unit of work (see [`Tx`]).
    pub async fn begin(&self) -> Result<Tx, StorageError> {
        let inner = match self {
            Database::Sqlite(pool) => TxInner::Sqlite(pool.begin_with("BEGIN IMMEDIATE").await?),
            Database::Postgres(pool) => TxInner::Postgres(pool.begin().await?),
        };
        Ok(Tx { inner })
    }
}

impl Tx {
    /// Makes every write of this unit durable and visible, all at once.
    pub async fn commit(self) -> Result<(), StorageError> {
        match self.inner {
            TxInner::Sqlite(t) => t.commit().await?,
            TxInner::Postgres(t) => t.commit().await?,
        }
        Ok(())
    }

    /// Runs a statement without parameters or results (a savepoint) inside this unit.
    pub(super) async fn execute(&mut self, sql: &'static str) -> Result<(), StorageError> {
        on_tx!(self, conn => sqlx::query(sql)
            .persistent(false)
            .execute(&mut *conn)
            .await
            .map(|_| ())?);
        Ok(())
    }

    /// Undoes every write of this unit (as dropping it does).
    pub async fn rollback(self) -> Result<(), StorageError> {
        match self.inner {
            TxInner::Sqlite(t) => t.rollback().await?,
            TxInner::Postgres(t) => t.rollback().await?,
        }
        Ok(())
    }
}
