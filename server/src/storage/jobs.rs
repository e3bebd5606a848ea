//! Background work across instances: the record of daily jobs (`job_runs`: each job runs once
//! per day, on one instance) and leases on periodic work (`job_leases`: one instance at a
//! time). A claim lasts [`CLAIM_SECONDS`]; one whose instance stopped runs out and is taken
//! over, so a stopped instance blocks the others for at most that long.

use crate::storage::database::Database;
use crate::storage::database::StorageError;
use chrono::{DateTime, Duration, Utc};

/// How long a claim on a run or a lease holds without being renewed or finished.
pub const CLAIM_SECONDS: i64 = 60;

impl Database {
    /// Claims a daily job's run for `day`: true if this caller should do it (nobody did, or a
    /// run that never finished was claimed more than [`CLAIM_SECONDS`] ago).
    pub async fn claim_job_run(
        &self,
        job: &str,
        day: &str,
        now: DateTime<Utc>,
    ) -> Result<bool, StorageError> {
        let until = now + Duration::seconds(CLAIM_SECONDS);
        let n = self
            .run(
                "INSERT INTO job_runs (job, day, ran_at, claimed_until) VALUES ($1, $2, $3, $4) \
                 ON CONFLICT (job, day) DO UPDATE \
                 SET ran_at = excluded.ran_at, claimed_until = excluded.claimed_until \
                 WHERE job_runs.claimed_until IS NOT NULL AND job_runs.claimed_until < $3",
                &[job.into(), day.into(), now.into(), until.into()],
            )
            .await?;
        Ok(n == 1)
    }

    /// Marks a claimed run done, with its counts.
    pub async fn finish_job_run(
        &self,
        job: &str,
        day: &str,
        summary: &str,
    ) -> Result<(), StorageError> {
        self.write(
            "UPDATE job_runs SET summary = $1, claimed_until = NULL WHERE job = $2 AND day = $3",
            &[summary.into(), job.into(), day.into()],
        )
        .await
    }

    /// When the last run of a job was.
    pub async fn last_job_run(&self, job: &str) -> Result<Option<DateTime<Utc>>, StorageError> {
        let at = on_pool!(self, pool => sqlx::query_scalar("SELECT MAX(ran_at) FROM job_runs WHERE job = $1")
            .bind(job)
            .fetch_one(pool)
            .await?);
        Ok(at)
    }

    /// Takes or renews the lease on periodic `job` for `holder` (an instance): true while it
    /// holds it. Free, run out, or already `holder`'s: taken for [`CLAIM_SECONDS`].
    pub async fn hold_lease(
        &self,
        job: &str,
        holder: &str,
        now: DateTime<Utc>,
    ) -> Result<bool, StorageError> {
        let until = now + Duration::seconds(CLAIM_SECONDS);
        let n = self
            .run(
                "INSERT INTO job_leases (job, holder, until) VALUES ($1, $2, $3) \
                 ON CONFLICT (job) DO UPDATE SET holder = excluded.holder, until = excluded.until \
                 WHERE job_leases.holder = excluded.holder OR job_leases.until < $4",
                &[job.into(), holder.into(), until.into(), now.into()],
            )
            .await?;
        Ok(n == 1)
    }

    /// Lets go of every lease `holder` has (a graceful stop): the others take over at once.
    pub async fn release_leases(&self, holder: &str) -> Result<(), StorageError> {
        self.write("DELETE FROM job_leases WHERE holder = $1", &[holder.into()])
            .await
    }

    /// The generation of what readers see; moves on with every change.
    pub async fn content_generation(&self) -> Result<i64, StorageError> {
        let generation = on_pool!(self, pool => sqlx::query_scalar(
            "SELECT generation FROM content_generation WHERE id = 1"
        )
        .fetch_one(pool)
        .await?);
        Ok(generation)
    }

    /// Moves the generation on after a change and, on PostgreSQL, tells every instance
    /// listening on [`CHANGES_CHANNEL`] (delivered when this statement commits).
    pub async fn announce_content_change(&self) -> Result<i64, StorageError> {
        let generation = match self {
            Database::Sqlite(pool) => {
                sqlx::query_scalar(
                    "UPDATE content_generation SET generation = generation + 1 WHERE id = 1 \
                     RETURNING generation",
                )
                .fetch_one(pool)
                .await?
            }
            Database::Postgres(pool) => {
                let (generation, _): (i64, ()) = sqlx::query_as(
                    "WITH moved AS (UPDATE content_generation SET generation = generation + 1 \
                     WHERE id = 1 RETURNING generation) \
                     SELECT generation, pg_notify($1, generation::text) FROM moved",
                )
                .bind(CHANGES_CHANNEL)
                .fetch_one(pool)
                .await?;
                generation
            }
        };
        Ok(generation)
    }
}

/// The PostgreSQL channel on which instances announce content changes.
pub const CHANGES_CHANNEL: &str = "helder_content";
