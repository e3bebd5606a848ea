//! Figures for the annual report, read in one transaction (so they add up): the count per
//! month, one grouped count by status (and whether an outcome had consequences), the count
//! per outcome with the amounts, the count per kind (a report counts under
//! each of its kinds in `report_kinds`), and the times to the first action (for the median).
//! They stay quick at 100,000 reports: the year is a range on `received_at`; each month is a
//! range count on its index; the grouped count reads only the covering index
//! `reports_statistics` on SQLite (migration 0009); the count per kind joins the year's reports
//! to their kinds by the primary key. Month boundaries are computed by the caller
//! in the server's time zone, so a report at 23:30 on 31 January local time counts in January,
//! with the same query text on SQLite (RFC 3339 text as sqlx writes it, compared as text) and
//! PostgreSQL (timestamptz).

use crate::storage::database::Database;
use crate::storage::database::StorageError;
use crate::storage::queue::Within;
use chrono::{DateTime, Datelike, Utc};
use helder_domain::{
    queue::{Outcome, Status},
    report::channel::Channel,
    statistics::{
        Durations, GroupCount, OutcomeCount, YearFigures, channel_counts, median, percentile, tally,
    },
};

/// Rows of the organisation `$a`, of the municipality `$b` if it is not NULL (reports here;
/// prevention's counts and questions too).
pub(super) fn within_sql(a: usize, b: usize) -> String {
    format!("organisation = ${a} AND (CAST(${b} AS TEXT) IS NULL OR municipality = ${b})")
}

/// Days from receipt to closing, per backend (NULL while open).
fn days_to_closing(db: &Database) -> &'static str {
    match db {
        Database::Sqlite(_) => "(julianday(closed_at) - julianday(received_at))",
        Database::Postgres(_) => "(date_part('epoch', closed_at - received_at) / 86400)",
    }
}

/// Days from receipt to first action, per backend (NULL without a first action).
fn days_to_first_action(db: &Database) -> &'static str {
    match db {
        // julianday reads both "2026-11-22T10:00:00.123+00:00" and "2026-11-22 10:00:00+00:00".
        Database::Sqlite(_) => "(julianday(first_action_at) - julianday(received_at))",
        // date_part gives double precision; EXTRACT would give slower numeric.
        Database::Postgres(_) => "(date_part('epoch', first_action_at - received_at) / 86400)",
    }
}

/// One row with twelve counts: reports from `$1` to `$2`, from `$2` to `$3`, … to `$13`, of
/// the organisation `$14` (and municipality `$15`).
fn months_sql() -> String {
    let within = within_sql(14, 15);
    let counts: Vec<String> = (1..=12)
        .map(|m| {
            format!(
                "(SELECT COUNT(*) FROM reports WHERE {within} AND received_at >= ${m} AND received_at < ${})",
                m + 1
            )
        })
        .collect();
    format!("SELECT {}", counts.join(", "))
}

type MonthRow = (i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64);
type GroupRow = (String, bool, i64, i64, Option<f64>);
type OutcomeRow = (String, i64, i64, i64);

/// Reports of the year per kind: a report with two kinds counts under both.
const KINDS_SQL: &str = "SELECT k.kind, COUNT(*) FROM reports r JOIN report_kinds k ON k.report_id = r.id \
     WHERE r.received_at >= $1 AND r.received_at < $2 AND r.organisation = $3 \
     AND (CAST($4 AS TEXT) IS NULL OR r.municipality = $4) GROUP BY k.kind";

/// Closed reports of the year per outcome (a report with two counts under both), with the
/// sum of their amounts and how many have one.
const OUTCOMES_SQL: &str = "SELECT o.outcome, COUNT(*), CAST(COALESCE(SUM(o.euros), 0) AS BIGINT), \
     COUNT(o.euros) FROM reports r JOIN report_outcomes o ON o.report_id = r.id \
     WHERE r.received_at >= $1 AND r.received_at < $2 AND r.organisation = $3 \
     AND (CAST($4 AS TEXT) IS NULL OR r.municipality = $4) GROUP BY o.outcome";

fn outcome_count(row: OutcomeRow) -> Result<OutcomeCount, StorageError> {
    let (outcome, reports, euros, with_euros) = row;
    Ok(OutcomeCount {
        outcome: Outcome::parse(&outcome)
            .ok_or_else(|| StorageError::Corrupt(format!("report_outcomes.outcome {outcome:?}")))?,
        reports,
        euros,
        with_euros,
    })
}

fn group(row: GroupRow) -> Result<GroupCount, StorageError> {
    let (status, acted, reports, with_first_action, days) = row;
    let status = Status::parse(&status)
        .ok_or_else(|| StorageError::Corrupt(format!("reports.status {status:?}")))?;
    Ok(GroupCount {
        status,
        acted,
        reports,
        with_first_action,
        first_action_days: days.unwrap_or(0.0),
    })
}

/// Reports of the year per channel.
const CHANNELS_SQL: &str = "SELECT channel, COUNT(*) FROM reports r \
     WHERE r.received_at >= $1 AND r.received_at < $2 AND r.organisation = $3 \
     AND (CAST($4 AS TEXT) IS NULL OR r.municipality = $4) GROUP BY channel";

impl Database {
    /// The figures of the reports received from `months[0]` up to (not including)
    /// `months[12]`, with `months[i]` the start of month i + 1 (see
    /// `helder_domain::statistics::month_starts`).
    pub async fn year_statistics(
        &self,
        within: Within<'_>,
        year: i32,
        months: &[DateTime<Utc>; 13],
    ) -> Result<YearFigures, StorageError> {
        let days = days_to_first_action(self);
        let months_sql = months_sql();
        let within_sql = within_sql(3, 4);
        let groups_sql = format!(
            "SELECT status, EXISTS (SELECT 1 FROM report_outcomes o WHERE o.report_id = reports.id \
             AND o.outcome <> 'no_action') AS acted, COUNT(*), COUNT(first_action_at), SUM({days}) \
             FROM reports WHERE {within_sql} AND received_at >= $1 AND received_at < $2 \
             GROUP BY status, acted"
        );
        // For the median: every time to a first action, unsorted. Selecting the middle in Rust
        // is several times quicker than a sort in SQLite (about 100 ms for 100,000 values).
        let days_sql = format!(
            "SELECT {days} FROM reports WHERE {within_sql} \
             AND received_at >= $1 AND received_at < $2 AND first_action_at IS NOT NULL"
        );
        let closing = days_to_closing(self);
        let closing_sql = format!(
            "SELECT {closing} FROM reports WHERE {within_sql} \
             AND received_at >= $1 AND received_at < $2 AND closed_at IS NOT NULL"
        );
        // Open at the end of the year: received before it ended and not closed before then.
        let open_sql = format!(
            "SELECT COUNT(*) FROM reports WHERE {within_sql} AND $1 = $1 AND received_at < $2 \
             AND NOT (status = 'closed' AND (closed_at IS NULL OR closed_at < $2))"
        );
        let (from, until) = (months[0], months[12]);
        let (organisation, municipality) = (within.organisation.as_str(), within.municipality);
        // Every query of the year takes its range, organisation and municipality as $1 to $4.
        macro_rules! for_the_year {
            ($query:expr) => {
                $query
                    .bind(from)
                    .bind(until)
                    .bind(organisation)
                    .bind(municipality)
            };
        }
        // The same queries on either backend, inside the transaction `$tx`.
        macro_rules! read_year {
            ($tx:ident) => {{
                let mut query = sqlx::query_as::<_, MonthRow>(&months_sql);
                for start in months {
                    query = query.bind(*start);
                }
                query = query.bind(organisation).bind(municipality);
                let m = query.fetch_one(&mut *$tx).await?;
                let rows: Vec<GroupRow> = for_the_year!(sqlx::query_as(&groups_sql))
                    .fetch_all(&mut *$tx)
                    .await?;
                let kinds: Vec<(String, i64)> = for_the_year!(sqlx::query_as(KINDS_SQL))
                    .fetch_all(&mut *$tx)
                    .await?;
                let channels: Vec<(String, i64)> = for_the_year!(sqlx::query_as(CHANNELS_SQL))
                    .fetch_all(&mut *$tx)
                    .await?;
                let outcomes: Vec<OutcomeRow> = for_the_year!(sqlx::query_as(OUTCOMES_SQL))
                    .fetch_all(&mut *$tx)
                    .await?;
                let mut days: Vec<f64> = for_the_year!(sqlx::query_scalar(&days_sql))
                    .fetch_all(&mut *$tx)
                    .await?;
                let median = median(&mut days);
                let first_p90 = percentile(&mut days, 90);
                let mut closing_days: Vec<f64> = for_the_year!(sqlx::query_scalar(&closing_sql))
                    .fetch_all(&mut *$tx)
                    .await?;
                let open: i64 = for_the_year!(sqlx::query_scalar(&open_sql))
                    .fetch_one(&mut *$tx)
                    .await?;
                $tx.commit().await?;
                (
                    [m.0, m.1, m.2, m.3, m.4, m.5, m.6, m.7, m.8, m.9, m.10, m.11],
                    rows,
                    kinds,
                    outcomes,
                    channels,
                    median,
                    (first_p90, Durations::of(&mut closing_days), open),
                )
            }};
        }
        let (by_month, rows, kinds, outcomes, channels, median, (first_p90, closing, open)) =
            match self {
                Database::Sqlite(pool) => {
                    // A read transaction in WAL mode sees one snapshot.
                    let mut tx = pool.begin().await?;
                    read_year!(tx)
                }
                Database::Postgres(pool) => {
                    let mut tx = pool.begin().await?;
                    sqlx::query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                        .execute(&mut *tx)
                        .await?;
                    read_year!(tx)
                }
            };
        let groups = rows
            .into_iter()
            .map(group)
            .collect::<Result<Vec<_>, StorageError>>()?;
        let outcomes = outcomes
            .into_iter()
            .map(outcome_count)
            .collect::<Result<Vec<_>, StorageError>>()?;
        let channels = channels
            .into_iter()
            .map(|(channel, n)| {
                Channel::parse(&channel)
                    .map(|c| (c, n))
                    .ok_or_else(|| StorageError::Corrupt(format!("reports.channel {channel:?}")))
            })
            .collect::<Result<Vec<_>, StorageError>>()?;
        let mut figures = tally(year, by_month, &groups, &kinds, &outcomes, median);
        figures.by_channel = channel_counts(&channels);
        if figures.first_action.reports > 0 {
            figures.first_action.p90_days = first_p90;
        }
        figures.closing = closing;
        figures.open_at_year_end = open;
        Ok(figures)
    }

    /// The year of the organisation's first report, if there is one (for the year selector).
    pub async fn first_report_year(
        &self,
        organisation: &helder_domain::tenants::TenantId,
    ) -> Result<Option<i32>, StorageError> {
        let first: Option<(Option<DateTime<Utc>>,)> = self
            .fetch_optional(
                "SELECT MIN(received_at) FROM reports WHERE organisation = $1",
                &[organisation.as_str().into()],
            )
            .await?;
        Ok(first
            .and_then(|(at,)| at)
            .map(|at| at.with_timezone(&chrono::Local).year()))
    }
}

#[cfg(test)]
mod tests {
    use super::months_sql;

    #[test]
    fn each_month_counts_from_its_start_to_the_next() {
        let sql = months_sql();
        assert!(sql.starts_with(
            "SELECT (SELECT COUNT(*) FROM reports WHERE organisation = $14 AND (CAST($15 AS TEXT) IS NULL \
             OR municipality = $15) AND received_at >= $1 AND received_at < $2), "
        ));
        assert!(sql.ends_with("received_at >= $12 AND received_at < $13)"));
        assert_eq!(sql.matches("COUNT(*)").count(), 12);
    }
}
