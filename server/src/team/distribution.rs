//! The daily distribution of new reports over the members present, and the daily jobs around it.

use crate::storage::{Actor, Database, StorageError};
use chrono::Utc;
use helder_domain::{audit::AuditAction, queue};

pub const JOB: &str = "distribution";

/// Assigns every unassigned new report to the present member with the fewest open reports.
/// Returns how many were assigned (0 when nobody is present).
/// `run` names this run in `job_runs`: the local date for the scheduled run (so it runs once a
/// day), a timestamp for a lead's "distribute now".
pub async fn distribute(db: &Database, actor: &Actor, run: &str) -> Result<usize, StorageError> {
    let reports = db.unassigned_reports().await?;
    let loads = db.member_loads().await?;
    let members: Vec<(i64, usize)> = loads
        .iter()
        .filter(|m| m.present)
        .map(|m| (m.id, m.open.max(0) as usize))
        .collect();
    let names: std::collections::HashMap<i64, String> =
        loads.into_iter().map(|m| (m.id, m.name)).collect();
    let plan = queue::distribute(&members, reports.len());
    let now = Utc::now();
    let mut assigned = 0;
    for (report, member) in reports.iter().zip(plan) {
        if db.assign_report(*report, member, now).await? {
            assigned += 1;
            let name = names.get(&member).cloned().unwrap_or_default();
            db.audit(actor, AuditAction::ReportAssigned, Some(*report), &name)
                .await?;
        }
    }
    db.claim_job_run(JOB, run, now).await?;
    db.finish_job_run(JOB, run, &format!("assigned {assigned}"))
        .await?;
    tracing::info!(assigned, members = members.len(), "reports distributed");
    Ok(assigned)
}

/// The scheduled part: on a working day from the configured time on, once per day, distribute
/// and send each member the digest. True when it ran now.
pub async fn daily(
    db: &Database,
    at: chrono::NaiveTime,
    public_url: &str,
    now: chrono::DateTime<chrono::Local>,
) -> Result<bool, crate::mail::MailError> {
    let day = now.date_naive();
    if !queue::is_working_day(day) || now.time() < at {
        return Ok(false);
    }
    let key = day.to_string();
    if !db
        .claim_job_run("distribution-day", &key, now.with_timezone(&Utc))
        .await?
    {
        return Ok(false);
    }
    let assigned = distribute(db, &Actor::system(), &key).await?;
    let digests = crate::mail::send_digests(db, public_url, now.with_timezone(&Utc)).await?;
    db.finish_job_run(
        "distribution-day",
        &key,
        &format!("assigned {assigned}, digests {digests}"),
    )
    .await?;
    Ok(true)
}
