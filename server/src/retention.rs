//! Retention under the AVG (bewaartermijnen): once a day Helder deletes or anonymises closed
//! reports after their terms, stops receipt codes of closed reports from working, deletes
//! expired drafts and old mail, and records what it did — counts and report ids, never
//! content. The terms and why they were chosen are in the README ("Bewaartermijnen").

use crate::{
    configuration::Settings,
    mail::{self, MailError},
    storage::{Actor, Database, StorageError},
};
use chrono::{DateTime, Duration, Local, NaiveTime, Utc};
use helder_domain::{audit::AuditAction, prevention::questions::QuestionRetention};

/// The name of the job in `job_runs` (its summary line in the audit log is `retention_applied`).
pub const JOB: &str = "retention";

/// The daily run starts at the first tick at or after this local time (a quiet hour); a
/// server that was down then runs it at its first tick later that day.
pub const RUN_FROM: NaiveTime = match NaiveTime::from_hms_opt(2, 0, 0) {
    Some(time) => time,
    None => NaiveTime::MIN,
};

/// The terms in effect.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetentionSettings {
    /// From closing to deletion, for reports closed with outcome "no action".
    pub no_action: Duration,
    /// From closing to anonymisation, for reports closed with any other outcome.
    pub closed: Duration,
    /// From closing until the receipt code stops working.
    pub receipt: Duration,
    /// How long a reader's comment on a page is kept (installation-wide).
    pub feedback: Duration,
    /// How long an anonymous question is kept (installation-wide).
    pub questions: QuestionRetention,
}

impl RetentionSettings {
    pub fn from_settings(settings: &Settings) -> RetentionSettings {
        let days = |d: u32| Duration::days(i64::from(d.max(1)));
        RetentionSettings {
            no_action: days(settings.retain_no_action_days),
            closed: days(settings.retain_closed_days),
            receipt: days(settings.retain_receipt_days),
            feedback: days(settings.retain_feedback_days),
            questions: QuestionRetention {
                after_read_days: i64::from(settings.retain_question_read_days.max(1)),
                unread_days: i64::from(settings.retain_question_days.max(1)),
            },
        }
    }
}

/// The terms per municipality: its own (tenants file, `retention`), or the installation's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Terms {
    pub installation: RetentionSettings,
    /// By municipality id.
    pub own: std::collections::HashMap<String, RetentionSettings>,
}

impl Terms {
    pub fn new(
        installation: RetentionSettings,
        tenants: &helder_domain::tenants::Tenants,
    ) -> Terms {
        let own = tenants
            .organisations()
            .iter()
            .flat_map(|o| &o.municipalities)
            .filter_map(|m| {
                let r = m.retention?;
                let days = |d: u32| Duration::days(i64::from(d.max(1)));
                Some((
                    m.id.as_str().to_owned(),
                    RetentionSettings {
                        no_action: days(r.no_action_days),
                        closed: days(r.closed_days),
                        receipt: days(r.receipt_days),
                        ..installation
                    },
                ))
            })
            .collect();
        Terms { installation, own }
    }

    /// The terms in effect for reports sent to `municipality`.
    pub fn of(&self, municipality: &str) -> RetentionSettings {
        self.own
            .get(municipality)
            .copied()
            .unwrap_or(self.installation)
    }
}

impl From<&RetentionSettings> for Terms {
    /// The installation's terms for every municipality.
    fn from(terms: &RetentionSettings) -> Terms {
        Terms {
            installation: *terms,
            own: std::collections::HashMap::new(),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum RetentionError {
    #[error(transparent)]
    Storage(#[from] StorageError),
    #[error(transparent)]
    Mail(#[from] MailError),
}

/// What one run did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RetentionReport {
    /// Reports deleted entirely (closed without action), lowest id first.
    pub deleted: Vec<i64>,
    /// Reports anonymised, lowest id first.
    pub anonymised: Vec<i64>,
    /// Receipt codes that stopped working (apart from those of anonymised reports).
    pub codes: u64,
    /// Expired report drafts deleted.
    pub drafts: u64,
    /// Mail deleted from the outbox: sent, or given up.
    pub mail: u64,
    /// Readers' comments on pages deleted.
    pub comments: u64,
    /// Anonymous questions (with their answers) deleted.
    pub questions: u64,
}

impl RetentionReport {
    /// One organisation's counts, e.g. `deleted 3, anonymised 5, codes 2`.
    pub fn organisation_summary(&self) -> String {
        format!(
            "deleted {}, anonymised {}, codes {}",
            self.deleted.len(),
            self.anonymised.len(),
            self.codes
        )
    }

    /// Counts only, e.g. `deleted 3, anonymised 5, codes 2, drafts 1, mail 4, comments 0,
    /// questions 1`.
    pub fn summary(&self) -> String {
        format!(
            "deleted {}, anonymised {}, codes {}, drafts {}, mail {}, comments {}, questions {}",
            self.deleted.len(),
            self.anonymised.len(),
            self.codes,
            self.drafts,
            self.mail,
            self.comments,
            self.questions
        )
    }
}

/// Applies every term as of `now`, whether or not it ran today already: deletes, then
/// anonymises, then removes codes, so each report is counted once. Writes one audit line per
/// deleted or anonymised report (in the same transaction as the change) and one line with the
/// counts. Running it twice at the same `now` changes nothing the second time.
pub async fn sweep(
    db: &Database,
    terms: impl Into<Terms>,
    now: DateTime<Utc>,
) -> Result<RetentionReport, RetentionError> {
    let terms = terms.into();
    // Every organisation that has reports, also one no longer in the tenants file; each
    // municipality's reports under its own terms. Deletion and anonymisation first, so the
    // codes counted next are only those of the others.
    let mut whole = RetentionReport::default();
    for organisation in &db.report_organisations().await? {
        let actor = Actor::system(organisation);
        let mut own = RetentionReport::default();
        for municipality in db.report_municipalities(organisation).await? {
            let t = terms.of(&municipality);
            own.deleted.extend(
                db.delete_closed_no_action(&municipality, now - t.no_action, &actor)
                    .await?,
            );
            own.anonymised.extend(
                db.anonymise_closed(&municipality, now - t.closed, now, &actor)
                    .await?,
            );
            own.codes += db
                .expire_receipt_codes(organisation, &municipality, now - t.receipt)
                .await?;
        }
        // Each organisation's log holds its own counts only (drafts and mail belong to no
        // organisation: they are in the run's summary).
        db.audit(
            &actor,
            AuditAction::RetentionApplied,
            None,
            &own.organisation_summary(),
        )
        .await?;
        whole.deleted.extend(own.deleted);
        whole.anonymised.extend(own.anonymised);
        whole.codes += own.codes;
    }
    whole.drafts = db.delete_expired_drafts(now).await?;
    // Comments and questions belong to no report; their terms are the installation's.
    whole.comments = db
        .delete_feedback_comments_before(now - terms.installation.feedback)
        .await?;
    let (read_before, unread_before) = terms.installation.questions.cutoffs(now);
    whole.questions = db.delete_old_questions(read_before, unread_before).await?;
    let purged = mail::purge_outbox(db, now).await?;
    whole.mail = purged.sent + purged.given_up;
    whole.deleted.sort_unstable();
    whole.anonymised.sort_unstable();
    Ok(whole)
}

/// The daily run: once per local day (recorded in `job_runs` under `retention` and the local
/// date of `now`), with the counts as the run's summary. `None` when it already ran that day.
/// After a failure the day is released, so the next tick tries again; what was done before
/// the failure stays done and is not counted twice.
pub async fn run_retention(
    db: &Database,
    terms: impl Into<Terms>,
    now: DateTime<Utc>,
) -> Result<Option<RetentionReport>, RetentionError> {
    let day = now.with_timezone(&Local).date_naive().to_string();
    if !db.claim_job_run(JOB, &day, now).await? {
        return Ok(None);
    }
    let report = match sweep(db, terms, now).await {
        Ok(report) => report,
        Err(error) => {
            if let Err(release) = db.release_job_run(JOB, &day).await {
                tracing::warn!(error = %release, "could not release today's retention run");
            }
            return Err(error);
        }
    };
    db.finish_job_run(JOB, &day, &report.summary()).await?;
    Ok(Some(report))
}

/// For the scheduler (`crate::jobs::spawn_daily`): runs from [`RUN_FROM`] local time on.
pub async fn daily(
    db: &Database,
    terms: impl Into<Terms>,
    now: DateTime<Local>,
) -> Result<Option<RetentionReport>, RetentionError> {
    if now.time() < RUN_FROM {
        return Ok(None);
    }
    run_retention(db, terms, now.with_timezone(&Utc)).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_summary_holds_counts_only() {
        let report = RetentionReport {
            deleted: vec![7, 9, 12],
            anonymised: vec![3],
            codes: 2,
            drafts: 1,
            mail: 4,
            comments: 5,
            questions: 6,
        };
        assert_eq!(
            report.summary(),
            "deleted 3, anonymised 1, codes 2, drafts 1, mail 4, comments 5, questions 6"
        );
    }

    #[test]
    fn terms_come_from_the_settings_in_days() {
        let mut settings = Settings::defaults();
        settings.retain_no_action_days = 10;
        settings.retain_closed_days = 20;
        settings.retain_receipt_days = 3;
        assert_eq!(
            RetentionSettings::from_settings(&settings),
            RetentionSettings {
                no_action: Duration::days(10),
                closed: Duration::days(20),
                receipt: Duration::days(3),
                feedback: Duration::days(365),
                questions: QuestionRetention {
                    after_read_days: 14,
                    unread_days: 60,
                },
            }
        );
        assert_eq!(RUN_FROM, NaiveTime::from_hms_opt(2, 0, 0).unwrap());
    }
}
