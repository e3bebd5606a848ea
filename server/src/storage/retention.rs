//! Retention (bewaartermijnen): the storage side of the daily job in `crate::retention`.
//! Closed reports without action are deleted, other closed reports are anonymised, and the
//! receipt codes of closed reports stop working. Each step that touches a report writes its
//! audit line in the same transaction, so a report never disappears without a trace and a
//! trace is never written for something that did not happen. Audit lines hold ids, never
//! content.

use crate::storage::database::Database;
use crate::storage::database::StorageError;
use crate::storage::queue::audit::Actor;
use crate::storage::statement::{Param, query_scalar};
use crate::storage::tx::Tx;
use chrono::{DateTime, Utc};
use helder_domain::audit::AuditAction;

/// What a removed receipt code is overwritten with: `removed:` and the report id. A receipt
/// hash is 64 hexadecimal digits, so no code a reporter types can ever hash to this, and the
/// value stays unique (the column is `NOT NULL UNIQUE`).
pub const REMOVED_RECEIPT_PREFIX: &str = "removed:";

/// SQL for the value above, computed per row.
const REMOVED_RECEIPT_SQL: &str = "'removed:' || CAST(id AS TEXT)";

/// The actor's organisation's, sent to municipality `$3`, closed with outcome "no action" (which
/// stands alone) at or before the cutoff.
const CLOSED_NO_ACTION: &str = "organisation = $2 AND municipality = $3 AND status = 'closed' \
     AND EXISTS (SELECT 1 FROM report_outcomes o WHERE o.report_id = reports.id \
     AND o.outcome = 'no_action') AND closed_at IS NOT NULL AND closed_at <= $1";

/// The actor's organisation's, sent to municipality `$4`, closed with any other outcome at or
/// before the cutoff, not yet anonymised.
const CLOSED_OTHER: &str = "organisation = $3 AND municipality = $4 AND status = 'closed' \
     AND NOT EXISTS (SELECT 1 FROM report_outcomes o WHERE o.report_id = reports.id \
     AND o.outcome = 'no_action') \
     AND closed_at IS NOT NULL AND closed_at <= $1 AND anonymised_at IS NULL";

impl Database {
    /// Deletes every report of the actor's organisation sent to `municipality` closed with
    /// outcome "no action" at or before `closed_before`, with
    /// its answers, messages, notes and links (by cascade), and writes an audit line `report_deleted`
    /// per report. One transaction. Returns the ids, lowest first.
    pub async fn delete_closed_no_action(
        &self,
        municipality: &str,
        closed_before: DateTime<Utc>,
        actor: &Actor,
    ) -> Result<Vec<i64>, StorageError> {
        // Writing first (not reading, then writing) keeps SQLite from having to upgrade a
        // read transaction, which fails at once when another connection wrote in between.
        let delete = format!("DELETE FROM reports WHERE {CLOSED_NO_ACTION} RETURNING id");
        let mut tx = self.begin().await?;
        let organisation = actor.organisation.as_str();
        let deleted = tx
            .touched_ids(
                &delete,
                &[
                    closed_before.into(),
                    organisation.into(),
                    municipality.into(),
                ],
            )
            .await?;
        for id in &deleted {
            tx.audit(actor, AuditAction::ReportDeleted, Some(*id), "")
                .await?;
        }
        tx.commit().await?;
        Ok(deleted)
    }

    /// Anonymises every report of the actor's organisation sent to `municipality` closed with
    /// another outcome (or none) at or before
    /// `closed_before` that is not anonymised yet: deletes its answers, messages, notes,
    /// evidence files and links to other reports, empties the contact details and the same-subject keys, removes
    /// the receipt code and sets `anonymised_at`. What the statistics need stays: received_at,
    /// lang, kinds, status, outcomes, first_action_at, closed_at, estimated_amount (the earlier
    /// fine is about the person and goes). Writes an
    /// audit line `report_anonymised` per report. One transaction. Returns the ids, lowest first.
    pub async fn anonymise_closed(
        &self,
        municipality: &str,
        closed_before: DateTime<Utc>,
        now: DateTime<Utc>,
        actor: &Actor,
    ) -> Result<Vec<i64>, StorageError> {
        let update = format!(
            "UPDATE reports SET contact_name = NULL, contact_email = NULL, contact_phone = NULL, \
             subject_name = NULL, subject_address = NULL, fined_before = FALSE, \
             earlier_fine_on = NULL, receipt_hash = {REMOVED_RECEIPT_SQL}, \
             anonymised_at = $2 WHERE {CLOSED_OTHER} RETURNING id"
        );
        let mut tx = self.begin().await?;
        let anonymised = tx
            .touched_ids(
                &update,
                &[
                    closed_before.into(),
                    now.into(),
                    actor.organisation.as_str().into(),
                    municipality.into(),
                ],
            )
            .await?;
        for id in &anonymised {
            for sql in [
                "DELETE FROM report_answers WHERE report_id = $1",
                "DELETE FROM report_messages WHERE report_id = $1",
                "DELETE FROM report_notes WHERE report_id = $1",
                "DELETE FROM report_links WHERE report_a = $1 OR report_b = $1",
                "DELETE FROM report_evidence WHERE report_id = $1",
            ] {
                tx.run(sql, &[(*id).into()]).await?;
            }
            tx.audit(actor, AuditAction::ReportAnonymised, Some(*id), "")
                .await?;
        }
        tx.commit().await?;
        Ok(anonymised)
    }

    /// Removes the receipt code of every report of `organisation` sent to `municipality` closed at or before `closed_before` whose code
    /// still works: the hash is overwritten with `removed:<id>`. Returns how many.
    pub async fn expire_receipt_codes(
        &self,
        organisation: &helder_domain::tenants::TenantId,
        municipality: &str,
        closed_before: DateTime<Utc>,
    ) -> Result<u64, StorageError> {
        let sql = format!(
            "UPDATE reports SET receipt_hash = {REMOVED_RECEIPT_SQL} \
             WHERE status = 'closed' AND closed_at IS NOT NULL AND closed_at <= $1 \
             AND receipt_hash NOT LIKE 'removed:%' AND organisation = $2 AND municipality = $3"
        );
        self.run(
            &sql,
            &[
                closed_before.into(),
                organisation.as_str().into(),
                municipality.into(),
            ],
        )
        .await
    }

    /// Forgets that a daily job ran on `day`, so the next tick tries again (after a failure).
    pub async fn release_job_run(&self, job: &str, day: &str) -> Result<(), StorageError> {
        self.write(
            "DELETE FROM job_runs WHERE job = $1 AND day = $2",
            &[job.into(), day.into()],
        )
        .await
    }
}

impl Tx {
    /// Runs a write that returns the ids it touched (`RETURNING id`), lowest first.
    async fn touched_ids(
        &mut self,
        sql: &str,
        params: &[Param<'_>],
    ) -> Result<Vec<i64>, StorageError> {
        let mut ids: Vec<i64> =
            on_tx!(self, conn => query_scalar(sql, params).fetch_all(&mut *conn).await?);
        ids.sort_unstable();
        Ok(ids)
    }
}
