//! The team's work on reports: the queue, a report's record and the team's workload. What the
//! team changes on a report is in [`work`], the audit log in [`audit`].

pub(super) mod audit;
mod work;

pub use audit::{Actor, AuditEntry, AuditQuery};

use crate::storage::database::{Database, StorageError};
use chrono::{DateTime, Utc};
use helder_domain::{
    outcomes::{OutcomeRecord, Outcomes},
    queue::{EarlierFine, Outcome, Status},
    report::channel::Channel,
    report::kinds::KindSet,
    tenants::TenantId,
};

fn status(text: &str, id: i64) -> Result<Status, StorageError> {
    Status::parse(text).ok_or_else(|| StorageError::Corrupt(format!("reports.status of {id}")))
}

/// The earlier fine as stored: a date, or only the old tick (migration 0017).
fn earlier_fine(id: i64, ticked: bool, on: Option<&str>) -> Result<EarlierFine, StorageError> {
    match on {
        Some(text) => chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d")
            .map(EarlierFine::On)
            .map_err(|_| StorageError::Corrupt(format!("reports.earlier_fine_on of {id}"))),
        None if ticked => Ok(EarlierFine::DateUnknown),
        None => Ok(EarlierFine::None),
    }
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
    /// The municipality it was sent to (its id in the tenants file).
    pub municipality: String,
}

/// Where a page of the queue starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageAt {
    First,
    /// The reports after this one (by date received, then number).
    After(i64),
    /// The reports just before this one.
    Before(i64),
    Last,
}

/// One page of the queue and where it lies in the whole.
#[derive(Debug, Clone, PartialEq)]
pub struct QueuePage {
    pub entries: Vec<QueueEntry>,
    /// Open reports in the list, in all.
    pub total: i64,
    /// How many come before this page, and after it.
    pub before: i64,
    pub after: i64,
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
    /// What closing recorded (none while open).
    pub outcomes: Option<Outcomes>,
    pub assignee_id: Option<i64>,
    pub assignee: Option<String>,
    pub first_action_at: Option<DateTime<Utc>>,
    pub estimated_amount: Option<i64>,
    pub earlier_fine: EarlierFine,
    /// How it came in (the web form, or a tip a team member entered).
    pub channel: Channel,
    pub has_contact: bool,
    pub contact_email: Option<String>,
    pub subject_name: Option<String>,
    pub subject_address: Option<String>,
    pub municipality: String,
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
    String,
);

/// Which of an organisation's reports a list shows: all its municipalities', or one's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Within<'a> {
    pub organisation: &'a TenantId,
    pub municipality: Option<&'a str>,
}

impl Database {
    /// One page of the queue, oldest first, found by key (not by offset, which reads every
    /// row it skips): the page after or before a report, or the first or last page.
    pub async fn queue(
        &self,
        within: Within<'_>,
        scope: QueueScope,
        at: PageAt,
        limit: i64,
    ) -> Result<QueuePage, StorageError> {
        let (mine, member) = match scope {
            QueueScope::Mine(id) => ("r.assignee_id = $1", id),
            QueueScope::AllOpen => ("$1 = $1", 0),
        };
        let filter = format!(
            "r.status <> 'closed' AND {mine} AND r.organisation = $2 \
             AND (CAST($3 AS TEXT) IS NULL OR r.municipality = $3)"
        );
        // The key of a report of this organisation: compared column to column, so both
        // backends compare times as they stored them.
        let key =
            "(SELECT k.received_at, k.id FROM reports k WHERE k.id = $5 AND k.organisation = $2)";
        let (condition, order, key_id) = match at {
            PageAt::First => ("$5 = $5".to_owned(), "ASC", 0),
            PageAt::After(id) => (format!("(r.received_at, r.id) > {key}"), "ASC", id),
            PageAt::Before(id) => (format!("(r.received_at, r.id) < {key}"), "DESC", id),
            PageAt::Last => ("$5 = $5".to_owned(), "DESC", 0),
        };
        let sql = format!(
            // The page's rows first (one more, to know whether there is more), then the
            // same-subject count for those rows only.
            "SELECT r.id, r.received_at, r.status, u.display_name, r.first_action_at, \
             (r.contact_name IS NOT NULL OR r.contact_email IS NOT NULL OR r.contact_phone IS NOT NULL), \
             (SELECT COUNT(*) FROM reports o WHERE o.id <> r.id AND o.organisation = r.organisation AND {SAME_SUBJECT}), \
             r.municipality \
             FROM (SELECT * FROM reports r WHERE {filter} AND {condition} \
                   ORDER BY r.received_at {order}, r.id {order} LIMIT $4) r \
             LEFT JOIN staff_users u ON u.id = r.assignee_id ORDER BY r.received_at, r.id"
        );
        let params: [crate::storage::statement::Param<'_>; 5] = [
            member.into(),
            within.organisation.as_str().into(),
            within.municipality.into(),
            (limit + 1).into(),
            key_id.into(),
        ];
        let mut rows: Vec<QueueRow> = self.fetch_all(&sql, &params).await?;
        let more = rows.len() as i64 > limit;
        if more {
            // The extra row is beyond the page: last for a forward page, first for a
            // backward one.
            match at {
                PageAt::Before(_) | PageAt::Last => {
                    rows.remove(0);
                }
                PageAt::First | PageAt::After(_) => {
                    rows.pop();
                }
            }
        }
        // How many in all, and how many come before this page (for "51–100 of 18,000").
        let first = rows.first().map_or(0, |row| row.0);
        // The first page has none before it; the last page's count follows from the total.
        let before_sql = match at {
            PageAt::First | PageAt::Last => "$4 - $4",
            PageAt::After(_) | PageAt::Before(_) => {
                "COUNT(CASE WHEN (r.received_at, r.id) < \
                 (SELECT k.received_at, k.id FROM reports k WHERE k.id = $4 AND k.organisation = $2) \
                 THEN 1 END)"
            }
        };
        let count_sql = format!("SELECT COUNT(*), {before_sql} FROM reports r WHERE {filter}");
        let (total, before): (i64, i64) = self
            .fetch_optional(
                &count_sql,
                &[
                    member.into(),
                    within.organisation.as_str().into(),
                    within.municipality.into(),
                    first.into(),
                ],
            )
            .await?
            .unwrap_or((0, 0));
        let ids: Vec<i64> = rows.iter().map(|row| row.0).collect();
        let mut kinds = self.report_kinds(&ids).await?;
        let entries = rows
            .into_iter()
            .map(
                |(
                    id,
                    received_at,
                    s,
                    assignee,
                    first_action_at,
                    has_contact,
                    same_subject,
                    municipality,
                )| {
                    Ok(QueueEntry {
                        id,
                        received_at,
                        kinds: kinds.remove(&id).ok_or_else(|| no_kinds(id))?,
                        status: status(&s, id)?,
                        assignee,
                        first_action_at,
                        has_contact,
                        same_subject,
                        municipality,
                    })
                },
            )
            .collect::<Result<Vec<_>, StorageError>>()?;
        let before = match at {
            PageAt::Last => (total - entries.len() as i64).max(0),
            _ => before,
        };
        let after = total - before - entries.len() as i64;
        Ok(QueuePage {
            entries,
            total,
            before,
            after: after.max(0),
        })
    }

    /// A report of `organisation`; another organisation's is not found.
    pub async fn report_work(
        &self,
        organisation: &TenantId,
        id: i64,
    ) -> Result<Option<ReportWork>, StorageError> {
        type Row = (
            i64,
            DateTime<Utc>,
            String,
            String,
            Option<i64>,
            Option<String>,
            Option<DateTime<Utc>>,
            Option<i64>,
            bool,
            Option<String>,
            bool,
            Option<String>,
            Option<String>,
            Option<String>,
            String,
            String,
        );
        let row: Option<Row> = self.fetch_optional(
            "SELECT r.id, r.received_at, r.lang, r.status, r.assignee_id, u.display_name, \
             r.first_action_at, r.estimated_amount, r.fined_before, r.earlier_fine_on, \
             (r.contact_name IS NOT NULL OR r.contact_email IS NOT NULL OR r.contact_phone IS NOT NULL), \
             r.contact_email, r.subject_name, r.subject_address, r.municipality, r.channel \
             FROM reports r LEFT JOIN staff_users u ON u.id = r.assignee_id \
             WHERE r.id = $1 AND r.organisation = $2",
            &[id.into(), organisation.as_str().into()],
        )
        .await?;
        let Some((
            id,
            received_at,
            lang,
            s,
            assignee_id,
            assignee,
            first_action_at,
            estimated_amount,
            fined_before,
            earlier_fine_on,
            has_contact,
            contact_email,
            subject_name,
            subject_address,
            municipality,
            channel,
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
            outcomes: self.report_outcomes(id).await?,
            assignee_id,
            assignee,
            first_action_at,
            estimated_amount,
            earlier_fine: earlier_fine(id, fined_before, earlier_fine_on.as_deref())?,
            channel: Channel::parse(&channel)
                .ok_or_else(|| StorageError::Corrupt(format!("reports.channel of {id}")))?,
            has_contact,
            contact_email,
            subject_name,
            subject_address,
            municipality,
        }))
    }

    /// What closing report `id` recorded; `None` while it is open.
    pub async fn report_outcomes(&self, id: i64) -> Result<Option<Outcomes>, StorageError> {
        type Row = (
            String,
            Option<i64>,
            Option<i64>,
            Option<i64>,
            Option<String>,
        );
        let rows: Vec<Row> = self
            .fetch_all(
                "SELECT outcome, euros, percent, months, referred_to FROM report_outcomes \
                 WHERE report_id = $1",
                &[id.into()],
            )
            .await?;
        let records = rows
            .into_iter()
            .map(|(outcome, euros, percent, months, referred_to)| {
                Ok(OutcomeRecord {
                    outcome: Outcome::parse(&outcome).ok_or_else(|| {
                        StorageError::Corrupt(format!("report_outcomes.outcome of {id}"))
                    })?,
                    euros,
                    percent,
                    months,
                    referred_to,
                })
            })
            .collect::<Result<Vec<_>, StorageError>>()?;
        Ok(Outcomes::from_stored(records))
    }

    /// Reports about the same subject, and reports linked by hand, newest first.
    pub async fn related_reports(&self, id: i64) -> Result<Vec<Related>, StorageError> {
        let sql = format!(
            "SELECT o.id, o.received_at, o.status, \
             (r.subject_name IS NOT NULL AND o.subject_name = r.subject_name), \
             (r.subject_address IS NOT NULL AND o.subject_address = r.subject_address), \
             EXISTS (SELECT 1 FROM report_links l WHERE (l.report_a = r.id AND l.report_b = o.id) \
                     OR (l.report_b = r.id AND l.report_a = o.id)) \
             FROM reports r JOIN reports o ON o.id <> r.id AND o.organisation = r.organisation \
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

    /// `organisation`'s active intake members and leads with their open workload.
    pub async fn member_loads(
        &self,
        organisation: &TenantId,
    ) -> Result<Vec<MemberLoad>, StorageError> {
        let rows: Vec<(i64, String, String, bool, i64, i64)> = self.fetch_all(
            "SELECT u.id, u.display_name, u.email, u.present, \
             (SELECT COUNT(*) FROM reports r WHERE r.assignee_id = u.id AND r.status <> 'closed'), \
             (SELECT COUNT(*) FROM reports r WHERE r.assignee_id = u.id AND r.status = 'assigned') \
             FROM staff_users u WHERE u.active AND u.role IN ('intake', 'lead') AND u.organisation = $1 \
             ORDER BY u.display_name, u.id",
            &[organisation.as_str().into()],
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

    /// Every organisation that has reports or accounts (retention runs for each).
    pub async fn report_organisations(&self) -> Result<Vec<TenantId>, StorageError> {
        let rows: Vec<(String,)> = self
            .fetch_all(
                "SELECT organisation FROM reports UNION SELECT organisation FROM staff_users \
                 ORDER BY organisation",
                &[],
            )
            .await?;
        rows.iter()
            .map(|(id,)| {
                TenantId::parse(id)
                    .ok_or_else(|| StorageError::Corrupt(format!("reports.organisation {id:?}")))
            })
            .collect()
    }

    /// The municipalities `organisation`'s reports were sent to.
    pub async fn report_municipalities(
        &self,
        organisation: &TenantId,
    ) -> Result<Vec<String>, StorageError> {
        let rows: Vec<(String,)> = self
            .fetch_all(
                "SELECT DISTINCT municipality FROM reports WHERE organisation = $1 \
                 ORDER BY municipality",
                &[organisation.as_str().into()],
            )
            .await?;
        Ok(rows.into_iter().map(|(m,)| m).collect())
    }

    /// `organisation`'s new reports nobody has yet, oldest first.
    pub async fn unassigned_reports(
        &self,
        organisation: &TenantId,
    ) -> Result<Vec<i64>, StorageError> {
        let ids: Vec<(i64,)> = self
            .fetch_all(
                "SELECT id FROM reports WHERE status = 'new' AND assignee_id IS NULL \
                 AND organisation = $1 ORDER BY received_at, id",
                &[organisation.as_str().into()],
            )
            .await?;
        Ok(ids.into_iter().map(|(id,)| id).collect())
    }

    /// `organisation`'s open reports without a first action.
    pub async fn untouched_reports(
        &self,
        organisation: &TenantId,
    ) -> Result<Vec<(i64, DateTime<Utc>)>, StorageError> {
        let rows = self
            .fetch_all(
                "SELECT id, received_at FROM reports WHERE status IN ('new', 'assigned') \
                 AND first_action_at IS NULL AND organisation = $1",
                &[organisation.as_str().into()],
            )
            .await?;
        Ok(rows)
    }
}
