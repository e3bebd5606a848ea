//! What the team changes on a report: status, assignment, the estimate, notes and links.
//! Each change is compare-and-set where two people could act at once, and is a write on a
//! unit of work ([`Tx`]), so it commits together with its audit line (and a mail, if any).

use crate::storage::database::Database;
use crate::storage::database::StorageError;
use crate::storage::tx::Tx;
use chrono::{DateTime, Utc};
use helder_domain::{
    outcomes::Outcomes,
    queue::{EarlierFine, Status},
};

impl Tx {
    /// Moves a report on, if it is still where the member saw it; the first move beyond
    /// "assigned" counts as the first action. False when someone else changed it first.
    pub async fn set_report_status(
        &mut self,
        id: i64,
        from: Status,
        to: Status,
        now: DateTime<Utc>,
    ) -> Result<bool, StorageError> {
        let closed_at = (to == Status::Closed).then_some(now);
        let n = self
            .run(
                "UPDATE reports SET status = $1, closed_at = COALESCE($2, closed_at), \
             first_action_at = COALESCE(first_action_at, $3) WHERE id = $4 AND status = $5",
                &[
                    to.as_str().into(),
                    closed_at.into(),
                    now.into(),
                    id.into(),
                    from.as_str().into(),
                ],
            )
            .await?;
        Ok(n == 1)
    }

    /// Closes a report with its outcomes, if it is still where the member saw it. False when
    /// someone else changed it first (then nothing is written).
    pub async fn close_report(
        &mut self,
        id: i64,
        from: Status,
        outcomes: &Outcomes,
        now: DateTime<Utc>,
    ) -> Result<bool, StorageError> {
        if !self
            .set_report_status(id, from, Status::Closed, now)
            .await?
        {
            return Ok(false);
        }
        for record in outcomes.records() {
            self.write(
                "INSERT INTO report_outcomes (report_id, outcome, euros, percent, months, referred_to) \
                 VALUES ($1, $2, $3, $4, $5, $6)",
                &[
                    id.into(),
                    record.outcome.as_str().into(),
                    record.euros.into(),
                    record.percent.into(),
                    record.months.into(),
                    record.referred_to.as_deref().into(),
                ],
            )
            .await?;
        }
        Ok(true)
    }

    /// A note or a question counts as a first action too.
    pub async fn mark_first_action(
        &mut self,
        id: i64,
        now: DateTime<Utc>,
    ) -> Result<(), StorageError> {
        self.write(
            "UPDATE reports SET first_action_at = COALESCE(first_action_at, $1) WHERE id = $2",
            &[now.into(), id.into()],
        )
        .await
    }

    /// The estimate and the earlier fine. A fine whose date is not known (ticked before the
    /// date was asked) stays so when `earlier` says so.
    pub async fn set_estimate(
        &mut self,
        id: i64,
        amount: Option<i64>,
        earlier: EarlierFine,
    ) -> Result<(), StorageError> {
        let (ticked, on) = match earlier {
            EarlierFine::None => (false, None),
            EarlierFine::DateUnknown => (true, None),
            EarlierFine::On(day) => (true, Some(day.format("%Y-%m-%d").to_string())),
        };
        self.write(
            "UPDATE reports SET estimated_amount = $1, fined_before = $2, earlier_fine_on = $3 \
             WHERE id = $4",
            &[
                amount.into(),
                ticked.into(),
                on.as_deref().into(),
                id.into(),
            ],
        )
        .await
    }

    /// Assigns an open report to a member of its own organisation; a new one becomes
    /// "assigned".
    pub async fn assign_report(
        &mut self,
        id: i64,
        member: i64,
        now: DateTime<Utc>,
    ) -> Result<bool, StorageError> {
        let n = self
            .run(
                "UPDATE reports SET assignee_id = $1, assigned_at = $2, \
             status = CASE WHEN status = 'new' THEN 'assigned' ELSE status END \
             WHERE id = $3 AND status <> 'closed' AND EXISTS (SELECT 1 FROM staff_users u \
                 WHERE u.id = $1 AND u.organisation = reports.organisation)",
                &[member.into(), now.into(), id.into()],
            )
            .await?;
        Ok(n == 1)
    }

    pub async fn add_note(
        &mut self,
        id: i64,
        author: i64,
        body: &str,
        now: DateTime<Utc>,
    ) -> Result<(), StorageError> {
        self.write(
            "INSERT INTO report_notes (report_id, author_id, body, created_at) VALUES ($1, $2, $3, $4)",
            &[id.into(), author.into(), body.into(), now.into()],
        )
        .await
    }

    /// Links two reports (in either order) of one organisation; linking twice is harmless.
    pub async fn link_reports(
        &mut self,
        a: i64,
        b: i64,
        by: i64,
        now: DateTime<Utc>,
    ) -> Result<(), StorageError> {
        let (low, high) = if a < b { (a, b) } else { (b, a) };
        self.write(
            "INSERT INTO report_links (report_a, report_b, linked_by, linked_at) \
             SELECT a.id, b.id, $3, $4 FROM reports a JOIN reports b \
                 ON b.id = $2 AND b.organisation = a.organisation WHERE a.id = $1 \
             ON CONFLICT (report_a, report_b) DO NOTHING",
            &[low.into(), high.into(), by.into(), now.into()],
        )
        .await
    }
}

/// The same writes as a unit of work of their own, for callers with nothing to add to them
/// (the daily distribution audits each assignment separately; tests set up reports).
impl Database {
    /// [`Tx::assign_report`], committed at once.
    pub async fn assign_report(
        &self,
        id: i64,
        member: i64,
        now: DateTime<Utc>,
    ) -> Result<bool, StorageError> {
        let mut tx = self.begin().await?;
        let assigned = tx.assign_report(id, member, now).await?;
        tx.commit().await?;
        Ok(assigned)
    }

    /// [`Tx::add_note`], committed at once.
    pub async fn add_note(
        &self,
        id: i64,
        author: i64,
        body: &str,
        now: DateTime<Utc>,
    ) -> Result<(), StorageError> {
        let mut tx = self.begin().await?;
        tx.add_note(id, author, body, now).await?;
        tx.commit().await
    }

    /// [`Tx::link_reports`], committed at once.
    pub async fn link_reports(
        &self,
        a: i64,
        b: i64,
        by: i64,
        now: DateTime<Utc>,
    ) -> Result<(), StorageError> {
        let mut tx = self.begin().await?;
        tx.link_reports(a, b, by, now).await?;
        tx.commit().await
    }
}
