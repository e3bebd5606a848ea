//! Figures for the annual report: one grouped count over the reports of a year, and the
//! median time to the first action. Both stay quick at 100,000 reports: the year is a range
//! on `received_at` (indexed), and the months are found by comparing with the twelve month
//! boundaries, which the caller computes in the server's time zone. That needs no date
//! function, so the same query text serves SQLite (RFC 3339 text, as sqlx writes it: the
//! comparison is on text) and PostgreSQL (timestamptz), and a report at 23:30 on 31 January
//! local time counts in January on both.

use super::{Database, StorageError};
use chrono::{DateTime, Datelike, Utc};
use helder_app::{
    queue::rules::{Outcome, Status},
    statistics::{GroupCount, YearFigures, tally},
};

/// Days from receipt to first action, per backend (NULL without a first action).
fn days_to_first_action(db: &Database) -> &'static str {
    match db {
        // julianday reads both "2026-11-22T10:00:00.123+00:00" and "2026-11-22 10:00:00+00:00".
        Database::Sqlite(_) => "(julianday(first_action_at) - julianday(received_at))",
        // date_part gives double precision; EXTRACT would give slower numeric.
        Database::Postgres(_) => "(date_part('epoch', first_action_at - received_at) / 86400)",
    }
}

/// `CASE WHEN received_at < $2 THEN 1 … ELSE 12 END`: the month of a report of the year, with
/// `$1`…`$13` the starts of the months and of the next year.
fn month_case() -> String {
    let whens: String = (1..12)
        .map(|m| format!("WHEN received_at < ${} THEN {m} ", m + 1))
        .collect();
    format!("CASE {whens}ELSE 12 END")
}

type GroupRow = (i32, String, String, Option<String>, i64, i64, Option<f64>);

impl Database {
    /// The figures of the reports received from `months[0]` up to (not including)
    /// `months[12]`, with `months[i]` the start of month i + 1 (see
    /// `helder_app::statistics::month_starts`).
    pub async fn year_statistics(
        &self,
        year: i32,
        months: &[DateTime<Utc>; 13],
    ) -> Result<YearFigures, StorageError> {
        let days = days_to_first_action(self);
        let sql = format!(
            "SELECT {month} AS month, kinds, status, outcome, COUNT(*), COUNT(first_action_at), SUM({days}) \
             FROM reports WHERE received_at >= $1 AND received_at < $13 GROUP BY 1, 2, 3, 4",
            month = month_case(),
        );
        let rows: Vec<GroupRow> = on_pool!(self, pool => {
            let mut query = sqlx::query_as(&sql);
            for start in months {
                query = query.bind(*start);
            }
            query.fetch_all(pool).await?
        });
        let groups = rows
            .into_iter()
            .map(
                |(month, kinds, status, outcome, reports, with_first_action, days)| {
                    let status = Status::parse(&status).ok_or_else(|| {
                        StorageError::Corrupt(format!("reports.status {status:?}"))
                    })?;
                    let outcome = match outcome {
                        Some(text) => Some(Outcome::parse(&text).ok_or_else(|| {
                            StorageError::Corrupt(format!("reports.outcome {text:?}"))
                        })?),
                        None => None,
                    };
                    Ok(GroupCount {
                        month: u32::try_from(month).unwrap_or(12),
                        kinds,
                        status,
                        outcome,
                        reports,
                        with_first_action,
                        first_action_days: days.unwrap_or(0.0),
                    })
                },
            )
            .collect::<Result<Vec<_>, StorageError>>()?;
        let with_first_action = groups.iter().map(|g| g.with_first_action).sum();
        let median = self
            .median_days_to_first_action(months[0], months[12], with_first_action)
            .await?;
        Ok(tally(year, &groups, median))
    }

    /// The median of the days to the first action over the `count` reports of the range that
    /// have one: the middle value, or the mean of the two middle values.
    async fn median_days_to_first_action(
        &self,
        from: DateTime<Utc>,
        until: DateTime<Utc>,
        count: i64,
    ) -> Result<Option<f64>, StorageError> {
        if count <= 0 {
            return Ok(None);
        }
        let sql = format!(
            "SELECT AVG(d) FROM (SELECT {days} AS d FROM reports \
             WHERE received_at >= $1 AND received_at < $2 AND first_action_at IS NOT NULL \
             ORDER BY d LIMIT $3 OFFSET $4) AS middle",
            days = days_to_first_action(self),
        );
        let (limit, offset) = (2 - count % 2, (count - 1) / 2);
        let median: Option<f64> = on_pool!(self, pool => sqlx::query_scalar(&sql)
            .bind(from)
            .bind(until)
            .bind(limit)
            .bind(offset)
            .fetch_one(pool)
            .await?);
        Ok(median)
    }

    /// The year of the first report, if there is one (for the year selector).
    pub async fn first_report_year(&self) -> Result<Option<i32>, StorageError> {
        let first: Option<DateTime<Utc>> = on_pool!(self, pool => sqlx::query_scalar("SELECT MIN(received_at) FROM reports").fetch_one(pool).await?);
        Ok(first.map(|at| at.with_timezone(&chrono::Local).year()))
    }
}

#[cfg(test)]
mod tests {
    use super::month_case;

    #[test]
    fn the_month_case_uses_the_twelve_boundaries_in_order() {
        let case = month_case();
        assert!(
            case.starts_with("CASE WHEN received_at < $2 THEN 1 WHEN received_at < $3 THEN 2 ")
        );
        assert!(case.ends_with("WHEN received_at < $12 THEN 11 ELSE 12 END"));
        assert!(!case.contains("$13"));
    }
}
