//! Retention (bewaartermijnen): the storage side of the daily job in `crate::retention`.
//! Closed reports without action are deleted, other closed reports are anonymised, and the
//! receipt codes of closed reports stop working. Each step that touches a report writes its
//! audit line in the same transaction, so a report never disappears without a trace and a
//! trace is never written for something that did not happen. Audit lines hold ids, never
//! content.

use super::{Actor, Database, StorageError};
use chrono::{DateTime, Utc};
use helder_domain::audit::AuditAction;

/// What a removed receipt code is overwritten with: `removed:` and the report id. A receipt
/// hash is 64 hexadecimal digits, so no code a reporter types can ever hash to this, and the
/// value stays unique (the column is `NOT NULL UNIQUE`).
pub const REMOVED_RECEIPT_PREFIX: &str = "removed:";

/// SQL for the value above, computed per row.
const REMOVED_RECEIPT_SQL: &str = "'removed:' || CAST(id AS TEXT)";

/// Closed with outcome "no action" at or before the cutoff.
const CLOSED_NO_ACTION: &str = "status = 'closed' AND outcome = 'no_action' \
     AND closed_at IS NOT NULL AND closed_at <= $1";

/// Closed with any other outcome at or before the cutoff, not yet anonymised.
const CLOSED_OTHER: &str = "status = 'closed' AND (outcome IS NULL OR outcome <> 'no_action') \
     AND closed_at IS NOT NULL AND closed_at <= $1 AND anonymised_at IS NULL";

impl Database {
    /// Deletes every report closed with outcome "no action" at or before `closed_before`, with
    /// its answers, messages, notes and links (by cascade), and writes an audit line `report_deleted`
    /// per report. One transaction. Returns the ids, lowest first.
    pub async fn delete_closed_no_action(
        &self,
        closed_before: DateTime<Utc>,
        actor: &Actor,
    ) -> Result<Vec<i64>, StorageError> {
        // Writing first (not reading, then writing) keeps SQLite from having to upgrade a
        // read transaction, which fails at once when another connection wrote in between.
        let delete = format!("DELETE FROM reports WHERE {CLOSED_NO_ACTION} RETURNING id");
        let deleted = on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            let mut ids: Vec<i64> = sqlx::query_scalar(&delete)
                .bind(closed_before)
                .fetch_all(&mut *tx)
                .await?;
            ids.sort_unstable();
            for id in &ids {
                audit_in_tx(&mut tx, actor, AuditAction::ReportDeleted, *id).await?;
            }
            tx.commit().await?;
            ids
        });
        Ok(deleted)
    }

    /// Anonymises every report closed with another outcome (or none) at or before
    /// `closed_before` that is not anonymised yet: deletes its answers, messages, notes and
    /// links to other reports, empties the contact details and the same-subject keys, removes
    /// the receipt code and sets `anonymised_at`. What the statistics need stays: received_at,
    /// lang, kinds, status, outcome, first_action_at, closed_at, estimated_amount. Writes an
    /// audit line `report_anonymised` per report. One transaction. Returns the ids, lowest first.
    pub async fn anonymise_closed(
        &self,
        closed_before: DateTime<Utc>,
        now: DateTime<Utc>,
        actor: &Actor,
    ) -> Result<Vec<i64>, StorageError> {
        let update = format!(
            "UPDATE reports SET contact_name = NULL, contact_email = NULL, contact_phone = NULL, \
             subject_name = NULL, subject_address = NULL, receipt_hash = {REMOVED_RECEIPT_SQL}, \
             anonymised_at = $2 WHERE {CLOSED_OTHER} RETURNING id"
        );
        let anonymised = on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            let mut ids: Vec<i64> = sqlx::query_scalar(&update)
                .bind(closed_before)
                .bind(now)
                .fetch_all(&mut *tx)
                .await?;
            ids.sort_unstable();
            for id in &ids {
                for sql in [
                    "DELETE FROM report_answers WHERE report_id = $1",
                    "DELETE FROM report_messages WHERE report_id = $1",
                    "DELETE FROM report_notes WHERE report_id = $1",
                    "DELETE FROM report_links WHERE report_a = $1 OR report_b = $1",
                ] {
                    sqlx::query(sql).bind(*id).execute(&mut *tx).await?;
                }
                audit_in_tx(&mut tx, actor, AuditAction::ReportAnonymised, *id).await?;
            }
            tx.commit().await?;
            ids
        });
        Ok(anonymised)
    }

    /// Removes the receipt code of every report closed at or before `closed_before` whose code
    /// still works: the hash is overwritten with `removed:<id>`. Returns how many.
    pub async fn expire_receipt_codes(
        &self,
        closed_before: DateTime<Utc>,
    ) -> Result<u64, StorageError> {
        let sql = format!(
            "UPDATE reports SET receipt_hash = {REMOVED_RECEIPT_SQL} \
             WHERE status = 'closed' AND closed_at IS NOT NULL AND closed_at <= $1 \
             AND receipt_hash NOT LIKE 'removed:%'"
        );
        let n = on_pool!(self, pool => sqlx::query(&sql)
            .bind(closed_before)
            .execute(pool)
            .await?
            .rows_affected());
        Ok(n)
    }

    /// Forgets that a daily job ran on `day`, so the next tick tries again (after a failure).
    pub async fn release_job_run(&self, job: &str, day: &str) -> Result<(), StorageError> {
        on_pool!(self, pool => sqlx::query("DELETE FROM job_runs WHERE job = $1 AND day = $2")
            .bind(job)
            .bind(day)
            .execute(pool)
            .await
            .map(|_| ())?);
        Ok(())
    }
}

/// An audit line for one report, without detail, inside a transaction (see `Database::audit`).
async fn audit_in_tx<DB>(
    tx: &mut sqlx::Transaction<'_, DB>,
    actor: &Actor,
    action: AuditAction,
    report_id: i64,
) -> Result<(), StorageError>
where
    DB: sqlx::Database,
    for<'c> &'c mut DB::Connection: sqlx::Executor<'c, Database = DB>,
    for<'q> DateTime<Utc>: sqlx::Encode<'q, DB> + sqlx::Type<DB>,
    for<'q> Option<i64>: sqlx::Encode<'q, DB> + sqlx::Type<DB>,
    for<'q> i64: sqlx::Encode<'q, DB> + sqlx::Type<DB>,
    for<'q> &'q str: sqlx::Encode<'q, DB> + sqlx::Type<DB>,
    for<'q> <DB as sqlx::Database>::Arguments<'q>: sqlx::IntoArguments<'q, DB>,
{
    sqlx::query(
        "INSERT INTO audit_log (at, actor_id, actor, action, report_id, detail) \
         VALUES ($1, $2, $3, $4, $5, '')",
    )
    .bind(Utc::now())
    .bind(actor.id)
    .bind(actor.name.as_str())
    .bind(action.as_str())
    .bind(report_id)
    .execute(&mut **tx)
    .await?;
    Ok(())
}
