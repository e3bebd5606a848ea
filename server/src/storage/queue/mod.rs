//! The team's work on reports: the queue, a report's record and the team's workload. What the
//! team changes on a report is in [`work`], the audit log in [`audit`].

pub(super) mod audit;
mod work;

pub use audit::{Actor, AuditEntry, AuditQuery};

use crate::storage::database::{Database, StorageError};
use chrono::{DateTime, Utc};
use helder_domain::{
    queue::{Outcome, Status},
    report::kinds::KindSet,
};

fn status(text: &str, id: i64) -> Result<Status, StorageError> {
    Status::parse(text).ok_or_else(|| StorageError::Corrupt(format!("reports.status of {id}")))
}

/// Every report has at least one kind.
fn no_kinds(id: i64) -> StorageError {
    StorageError::Corrupt(format!("report_kinds of {id}"))
}

/// A report as a line in the queue.
#[derive(Debug, Clone, PartialEq)]
pub struct QueueEntry {
    pub id: i64,
    pub received_at: DateTime<Utc>,
    pub kinds: KindSet,
    pub status: Status,
    pub assignee: Option<String>,
    pub first_action_at: Option<DateTime<Utc>>,
    pub has_contact: bool,
    /// Other reports about the same person or address.
    pub same_subject: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QueueScope {
    /// Open reports assigned to this person.
    Mine(i64),
    AllOpen,
}

/// Everything the team stores about one report, apart from answers and messages.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportWork {
    pub id: i64,
    pub received_at: DateTime<Utc>,
    pub lang: String,
    pub kinds: KindSet,
    pub status: Status,
    pub outcome: Option<Outcome>,
    pub assignee_id: Option<i64>,
    pub assignee: Option<String>,
    pub first_action_at: Option<DateTime<Utc>>,
    pub estimated_amount: Option<i64>,
    pub fined_before: bool,
    pub has_contact: bool,
    pub contact_email: Option<String>,
    pub subject_name: Option<String>,
    pub subject_address: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Related {
    pub id: i64,
    pub received_at: DateTime<Utc>,
    pub status: Status,
    pub same_name: bool,
    pub same_address: bool,
    pub linked: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Note {
    pub author: String,
    pub body: String,
    pub created_at: DateTime<Utc>,
}

/// A member's workload for the distribution and the team page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberLoad {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub present: bool,
    /// Open reports assigned to them.
    pub open: i64,
    /// Of those, still untouched (status assigned).
    pub new: i64,
}

/// Reports about the same subject: the same normalised name or postcode + house number.
const SAME_SUBJECT: &str = "((r.subject_name IS NOT NULL AND o.subject_name = r.subject_name) \
     OR (r.subject_address IS NOT NULL AND o.subject_address = r.subject_address))";

type QueueRow = (
    i64,
    DateTime<Utc>,
    String,
    Option<String>,
    Option<DateTime<Utc>>,
    bool,
    i64,
);

impl Database {
    /// One page of the queue, oldest first, and how many there are in all.
    pub async fn queue(
        &self,
        scope: QueueScope,
        offset: i64,
        limit: i64,
    ) -> Result<(Vec<QueueEntry>, i64), StorageError> {
        let (filter, member) = match scope {
            QueueScope::Mine(id) => ("r.status <> 'closed' AND r.assignee_id = $1", id),
            QueueScope::AllOpen => ("r.status <> 'closed' AND $1 = $1", 0),
        };
        let sql = format!(
            // The page's rows first, then the same-subject count for those 50 only: otherwise
            // PostgreSQL counts for every row that OFFSET skips.
            "SELECT r.id, r.received_at, r.status, u.display_name, r.first_action_at, \
             (r.contact_name IS NOT NULL OR r.contact_email IS NOT NULL OR r.contact_phone IS NOT NULL), \
             (SELECT COUNT(*) FROM reports o WHERE o.id <> r.id AND {SAME_SUBJECT}) \
             FROM (SELECT * FROM reports r WHERE {filter} ORDER BY r.received_at, r.id LIMIT $2 OFFSET $3) r \
             LEFT JOIN staff_users u ON u.id = r.assignee_id ORDER BY r.received_at, r.id"
        );
        let count_sql = format!("SELECT COUNT(*) FROM reports r WHERE {filter}");
        let (rows, total): (Vec<QueueRow>, i64) = on_pool!(self, pool => {
            let rows = sqlx::query_as(&sql).bind(member).bind(limit).bind(offset).fetch_all(pool).await?;
            let total = sqlx::query_scalar(&count_sql).bind(member).fetch_one(pool).await?;
            (rows, total)
        });
        let ids: Vec<i64> = rows.iter().map(|row| row.0).collect();
        let mut kinds = self.report_kinds(&ids).await?;
        let entries = rows
            .into_iter()
            .map(
                |(id, received_at, s, assignee, first_action_at, has_contact, same_subject)| {
                    Ok(QueueEntry {
                        id,
                        received_at,
                        kinds: kinds.remove(&id).ok_or_else(|| no_kinds(id))?,
                        status: status(&s, id)?,
                        assignee,
                        first_action_at,
                        has_contact,
                        same_subject,
                    })
                },
            )
            .collect::<Result<Vec<_>, StorageError>>()?;
        Ok((entries, total))
    }

    pub async fn report_work(&self, id: i64) -> Result<Option<ReportWork>, StorageError> {
        type Row = (
            i64,
            DateTime<Utc>,
            String,
            String,
            Option<String>,
            Option<i64>,
            Option<String>,
            Option<DateTime<Utc>>,
            Option<i64>,
            bool,
            bool,
            Option<String>,
            Option<String>,
            Option<String>,
        );
        let row: Option<Row> = self.fetch_optional(
            "SELECT r.id, r.received_at, r.lang, r.status, r.outcome, r.assignee_id, u.display_name, \
             r.first_action_at, r.estimated_amount, r.fined_before, \
             (r.contact_name IS NOT NULL OR r.contact_email IS NOT NULL OR r.contact_phone IS NOT NULL), \
             r.contact_email, r.subject_name, r.subject_address \
             FROM reports r LEFT JOIN staff_users u ON u.id = r.assignee_id WHERE r.id = $1",
            &[id.into()],
        )
        .await?;
        let Some((
            id,
            received_at,
            lang,
            s,
            outcome,
            assignee_id,
            assignee,
            first_action_at,
            estimated_amount,
            fined_before,
            has_contact,
            contact_email,
            subject_name,
            subject_address,
        )) = row
        else {
            return Ok(None);
        };
        Ok(Some(ReportWork {
            id,
            received_at,
            lang,
            kinds: self
                .report_kinds(&[id])
                .await?
                .remove(&id)
                .ok_or_else(|| no_kinds(id))?,
            status: status(&s, id)?,
            outcome: outcome.as_deref().and_then(Outcome::parse),
            assignee_id,
            assignee,
            first_action_at,
            estimated_amount,
            fined_before,
            has_contact,
            contact_email,
            subject_name,
            subject_address,
        }))
    }

    /// Reports about the same subject, and reports linked by hand, newest first.
    pub async fn related_reports(&self, id: i64) -> Result<Vec<Related>, StorageError> {
        let sql = format!(
            "SELECT o.id, o.received_at, o.status, \
             (r.subject_name IS NOT NULL AND o.subject_name = r.subject_name), \
             (r.subject_address IS NOT NULL AND o.subject_address = r.subject_address), \
             EXISTS (SELECT 1 FROM report_links l WHERE (l.report_a = r.id AND l.report_b = o.id) \
                     OR (l.report_b = r.id AND l.report_a = o.id)) \
             FROM reports r JOIN reports o ON o.id <> r.id \
             WHERE r.id = $1 AND ({SAME_SUBJECT} OR EXISTS (SELECT 1 FROM report_links l \
                 WHERE (l.report_a = r.id AND l.report_b = o.id) OR (l.report_b = r.id AND l.report_a = o.id))) \
             ORDER BY o.received_at DESC, o.id DESC LIMIT 50"
        );
        let rows: Vec<(i64, DateTime<Utc>, String, bool, bool, bool)> =
            self.fetch_all(&sql, &[id.into()]).await?;
        rows.into_iter()
            .map(|(id, received_at, s, same_name, same_address, linked)| {
                Ok(Related {
                    id,
                    received_at,
                    status: status(&s, id)?,
                    same_name,
                    same_address,
                    linked,
                })
            })
            .collect()
    }

    pub async fn notes(&self, id: i64) -> Result<Vec<Note>, StorageError> {
        let rows: Vec<(Option<String>, String, DateTime<Utc>)> = self
            .fetch_all(
                "SELECT u.display_name, n.body, n.created_at FROM report_notes n \
             LEFT JOIN staff_users u ON u.id = n.author_id WHERE n.report_id = $1 ORDER BY n.id",
                &[id.into()],
            )
            .await?;
        Ok(rows
            .into_iter()
            .map(|(author, body, created_at)| Note {
                author: author.unwrap_or_default(),
                body,
                created_at,
            })
            .collect())
    }

    /// Active intake members and leads with their open workload.
    pub async fn member_loads(&self) -> Result<Vec<MemberLoad>, StorageError> {
        let rows: Vec<(i64, String, String, bool, i64, i64)> = self.fetch_all(
            "SELECT u.id, u.display_name, u.email, u.present, \
             (SELECT COUNT(*) FROM reports r WHERE r.assignee_id = u.id AND r.status <> 'closed'), \
             (SELECT COUNT(*) FROM reports r WHERE r.assignee_id = u.id AND r.status = 'assigned') \
             FROM staff_users u WHERE u.active AND u.role IN ('intake', 'lead') ORDER BY u.display_name, u.id",
            &[],
        )
        .await?;
        Ok(rows
            .into_iter()
            .map(|(id, name, email, present, open, new)| MemberLoad {
                id,
                name,
                email,
                present,
                open,
                new,
            })
            .collect())
    }

    /// New reports nobody has yet, oldest first.
    pub async fn unassigned_reports(&self) -> Result<Vec<i64>, StorageError> {
        let ids = on_pool!(self, pool => sqlx::query_scalar(
            "SELECT id FROM reports WHERE status = 'new' AND assignee_id IS NULL ORDER BY received_at, id",
        )
        .fetch_all(pool)
        .await?);
        Ok(ids)
    }

    /// Open reports without a first action, received on or before `received_before`.
    pub async fn untouched_reports(&self) -> Result<Vec<(i64, DateTime<Utc>)>, StorageError> {
        let rows = self.fetch_all(
            "SELECT id, received_at FROM reports WHERE status IN ('new', 'assigned') AND first_action_at IS NULL",
            &[],
        )
        .await?;
        Ok(rows)
    }
}
