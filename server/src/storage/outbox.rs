//! The mail outbox: mail waits here until a transport accepted it, and is retried with
//! back-off when that failed. A row holds a recipient's address, so sent mail is deleted
//! soon (see `crate::mail::purge_outbox`).

use crate::storage::database::Database;
use crate::storage::database::StorageError;
use crate::storage::tx::Tx;
use chrono::{DateTime, Utc};

/// A mail waiting to be sent.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct OutgoingMail {
    pub id: i64,
    pub recipient: String,
    pub subject: String,
    pub body: String,
    pub attempts: i64,
    pub created_at: DateTime<Utc>,
}

/// A team member who gets today's digest, with the number of new reports in their queue.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct DigestRecipient {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub new_reports: i64,
}

/// The delivery state of one outbox row (for tests and the team's overview).
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct OutboxState {
    pub id: i64,
    pub created_at: DateTime<Utc>,
    pub attempts: i64,
    pub next_attempt_at: DateTime<Utc>,
    pub sent_at: Option<DateTime<Utc>>,
    pub last_error: Option<String>,
}

impl Database {
    /// Puts a mail in the outbox, due at once; returns its id.
    pub async fn enqueue_mail(
        &self,
        to: &str,
        subject: &str,
        body: &str,
    ) -> Result<i64, StorageError> {
        self.enqueue_mail_at(to, subject, body, Utc::now()).await
    }

    /// [`Tx::enqueue_mail_at`], committed at once.
    pub async fn enqueue_mail_at(
        &self,
        to: &str,
        subject: &str,
        body: &str,
        now: DateTime<Utc>,
    ) -> Result<i64, StorageError> {
        let mut tx = self.begin().await?;
        let id = tx.enqueue_mail_at(to, subject, body, now).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Unsent mail whose next attempt is due at `now`, oldest first, at most `limit`.
    pub async fn due_mail(
        &self,
        now: DateTime<Utc>,
        limit: u32,
    ) -> Result<Vec<OutgoingMail>, StorageError> {
        let rows = self
            .fetch_all::<OutgoingMail>(
                "SELECT id, recipient, subject, body, attempts, created_at FROM outbox \
             WHERE sent_at IS NULL AND next_attempt_at <= $1 ORDER BY next_attempt_at, id LIMIT $2",
                &[now.into(), i64::from(limit).into()],
            )
            .await?;
        Ok(rows)
    }

    /// Claims a due mail for one sending attempt by moving its next attempt to `until`; false
    /// when another worker claimed it first or it is no longer due. A worker that dies while
    /// sending leaves the mail to be tried again after `until`.
    pub async fn claim_mail(
        &self,
        id: i64,
        now: DateTime<Utc>,
        until: DateTime<Utc>,
    ) -> Result<bool, StorageError> {
        let claimed = self
            .run(
                "UPDATE outbox SET next_attempt_at = $3 \
             WHERE id = $1 AND sent_at IS NULL AND next_attempt_at <= $2",
                &[id.into(), now.into(), until.into()],
            )
            .await?;
        Ok(claimed == 1)
    }

    /// Records that the transport accepted the mail.
    pub async fn mark_sent(&self, id: i64, now: DateTime<Utc>) -> Result<(), StorageError> {
        self.write(
            "UPDATE outbox SET sent_at = $2, attempts = attempts + 1, last_error = NULL WHERE id = $1",
            &[id.into(), now.into()],
        )
        .await
    }

    /// Records a failed attempt: the attempts so far (this one included), when to try again
    /// and why it failed.
    pub async fn mark_failed(
        &self,
        id: i64,
        attempts: i64,
        next_attempt_at: DateTime<Utc>,
        error_text: &str,
    ) -> Result<(), StorageError> {
        self.write(
            "UPDATE outbox SET attempts = $2, next_attempt_at = $3, last_error = $4 \
             WHERE id = $1 AND sent_at IS NULL",
            &[
                id.into(),
                attempts.into(),
                next_attempt_at.into(),
                error_text.into(),
            ],
        )
        .await
    }

    /// Deletes mail that was sent before `t`; returns how many.
    pub async fn delete_sent_mail_before(&self, t: DateTime<Utc>) -> Result<u64, StorageError> {
        let deleted = self
            .run(
                "DELETE FROM outbox WHERE sent_at IS NOT NULL AND sent_at < $1",
                &[t.into()],
            )
            .await?;
        Ok(deleted)
    }

    /// Deletes mail that was never sent and was put in the outbox before `t`; returns how many.
    pub async fn delete_unsent_mail_created_before(
        &self,
        t: DateTime<Utc>,
    ) -> Result<u64, StorageError> {
        let deleted = self
            .run(
                "DELETE FROM outbox WHERE sent_at IS NULL AND created_at < $1",
                &[t.into()],
            )
            .await?;
        Ok(deleted)
    }

    /// The delivery state of one mail, without its address or content.
    pub async fn outbox_state(&self, id: i64) -> Result<Option<OutboxState>, StorageError> {
        let row = self.fetch_optional::<OutboxState>("SELECT id, created_at, attempts, next_attempt_at, sent_at, last_error FROM outbox WHERE id = $1", &[id.into()]).await?;
        Ok(row)
    }

    /// `organisation`'s active, present members of the intake team (roles intake and lead)
    /// with at least one report assigned to them and not yet started, and how many such
    /// reports each has.
    pub async fn digest_recipients(
        &self,
        organisation: &helder_domain::tenants::TenantId,
    ) -> Result<Vec<DigestRecipient>, StorageError> {
        let rows = self
            .fetch_all::<DigestRecipient>(
                "SELECT s.id, s.email, s.display_name, COUNT(r.id) AS new_reports \
             FROM staff_users s JOIN reports r ON r.assignee_id = s.id AND r.status = 'assigned' \
             WHERE s.role IN ('intake', 'lead') AND s.active = TRUE AND s.present = TRUE \
             AND s.organisation = $1 \
             GROUP BY s.id, s.email, s.display_name ORDER BY s.id",
                &[organisation.as_str().into()],
            )
            .await?;
        Ok(rows)
    }
}

impl Tx {
    /// Puts a mail in the outbox as part of this unit of work, created and first due at `now`;
    /// returns its id. The worker sees it only once the unit is committed.
    pub async fn enqueue_mail_at(
        &mut self,
        to: &str,
        subject: &str,
        body: &str,
        now: DateTime<Utc>,
    ) -> Result<i64, StorageError> {
        let id = on_tx!(self, conn => sqlx::query_scalar(
            "INSERT INTO outbox (created_at, recipient, subject, body, attempts, next_attempt_at) \
             VALUES ($1, $2, $3, $4, 0, $5) RETURNING id",
        )
        .bind(now)
        .bind(to)
        .bind(subject)
        .bind(body)
        .bind(now)
        .fetch_one(&mut *conn)
        .await?);
        Ok(id)
    }

    /// The language and e-mail address of a report whose reporter left an address.
    pub async fn report_mail_contact(
        &mut self,
        report_id: i64,
    ) -> Result<Option<(String, String)>, StorageError> {
        let row = on_tx!(self, conn => sqlx::query_as::<_, (String, String)>(
            "SELECT lang, contact_email FROM reports \
             WHERE id = $1 AND contact_email IS NOT NULL AND contact_email <> ''",
        )
        .bind(report_id)
        .fetch_optional(&mut *conn)
        .await?);
        Ok(row)
    }
}
