//! The record of daily jobs (`job_runs`): each job runs once per day, on one instance.

use crate::storage::database::Database;
use crate::storage::database::StorageError;
use chrono::{DateTime, Utc};

impl Database {
    /// Records that a daily job ran for `day`; false if it had already run that day.
    pub async fn claim_job_run(
        &self,
        job: &str,
        day: &str,
        now: DateTime<Utc>,
    ) -> Result<bool, StorageError> {
        let n = self.run(
            "INSERT INTO job_runs (job, day, ran_at) VALUES ($1, $2, $3) ON CONFLICT (job, day) DO NOTHING",
            &[job.into(), day.into(), now.into()],
        )
        .await?;
        Ok(n == 1)
    }

    pub async fn finish_job_run(
        &self,
        job: &str,
        day: &str,
        summary: &str,
    ) -> Result<(), StorageError> {
        self.write(
            "UPDATE job_runs SET summary = $1 WHERE job = $2 AND day = $3",
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
}
