//! The daily distribution of new reports over the members present, and the daily jobs around it.

use crate::storage::{Actor, Database, StorageError};
use chrono::Utc;
use helder_domain::{
    audit::AuditAction,
    queue,
    tenants::{DEFAULT_ORGANISATION, TenantId},
};

pub const JOB: &str = "distribution";

/// Assigns every unassigned new report to the present member with the fewest open reports.
/// Returns how many were assigned (0 when nobody is present).
/// `run` names this run in `job_runs`: the local date for the scheduled run (so it runs once a
/// day), a timestamp for a lead's "distribute now".
/// Works for the actor's organisation: its reports, its members.
pub async fn distribute(db: &Database, actor: &Actor, run: &str) -> Result<usize, StorageError> {
    let organisation = &actor.organisation;
    let reports = db.unassigned_reports(organisation).await?;
    let loads = db.member_loads(organisation).await?;
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
    let job = job_name(JOB, organisation);
    db.claim_job_run(&job, run, now).await?;
    db.finish_job_run(&job, run, &format!("assigned {assigned}"))
        .await?;
    tracing::info!(assigned, members = members.len(), "reports distributed");
    Ok(assigned)
}

/// A job's name in `job_runs` for one organisation; the default organisation keeps the bare
/// name, so an installation from before several organisations does not run a day twice.
pub fn job_name(job: &str, organisation: &TenantId) -> String {
    if organisation.as_str() == DEFAULT_ORGANISATION {
        job.to_owned()
    } else {
        format!("{job}/{}", organisation.as_str())
    }
}

/// The scheduled part for one organisation: on a working day from the configured time on,
/// once per day, distribute and send each of its members the digest (linking to
/// `public_url`). True when it ran now.
pub async fn daily(
    db: &Database,
    organisation: &TenantId,
    at: chrono::NaiveTime,
    public_url: &str,
    now: chrono::DateTime<chrono::Local>,
) -> Result<bool, crate::mail::MailError> {
    let day = now.date_naive();
    if now.time() < at || !db.calendar(organisation).await?.is_working_day(day) {
        return Ok(false);
    }
    let key = day.to_string();
    let job = job_name("distribution-day", organisation);
    if !db
        .claim_job_run(&job, &key, now.with_timezone(&Utc))
        .await?
    {
        return Ok(false);
    }
    let assigned = distribute(db, &Actor::system(organisation), &key).await?;
    let digests =
        crate::mail::send_digests(db, organisation, public_url, now.with_timezone(&Utc)).await?;
    db.finish_job_run(
        &job,
        &key,
        &format!("assigned {assigned}, digests {digests}"),
    )
    .await?;
    Ok(true)
}
