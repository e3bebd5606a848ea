//! Benchmark (not a test): the time to render the team's pages with 100,000 reports in the
//! database, on SQLite and on PostgreSQL. Each backend gets a fresh database filled with a
//! year of reports (realistic statuses, kinds, outcomes, same-subject keys and assignments
//! over eight members), then a lead fetches each page through HTTP, as a browser would, and
//! the median of the runs is printed. Run: `cargo bench -p helder-server --bench queue`.
//! PostgreSQL: `HELDER_TEST_POSTGRES_URL` (default postgres://postgres@127.0.0.1:5432/test).
//! `HELDER_BENCH_REPORTS` and `HELDER_BENCH_RUNS` change the size (default 100000 and 20);
//! with `HELDER_BENCH_KEEP=1` the SQLite file and the PostgreSQL database are kept (and named)
//! for a closer look at the queries.

use chrono::{DateTime, Datelike, Duration, Local, SecondsFormat, TimeZone, Utc};
use helder_server::{startup::Application, storage::Database, team::accounts::add_user};
use std::time::Instant;

mod support;

const PASSWORD: &str = "a long password 123";
const MEMBERS: usize = 8;
const ROWS_PER_INSERT: usize = 500;

/// A small deterministic generator (xorshift64*), so every run measures the same data.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in [0, 1).
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    /// Picks by weight.
    fn pick<'a>(&mut self, weighted: &[(&'a str, f64)]) -> &'a str {
        let total: f64 = weighted.iter().map(|(_, w)| w).sum();
        let mut x = self.unit() * total;
        for (item, weight) in weighted {
            if x < *weight {
                return item;
            }
            x -= weight;
        }
        weighted.last().map(|(i, _)| *i).unwrap_or_default()
    }
}

fn at(t: DateTime<Utc>) -> String {
    format!("'{}'", t.to_rfc3339_opts(SecondsFormat::AutoSi, false))
}

async fn execute(db: &Database, sql: &str) {
    match db {
        Database::Sqlite(pool) => sqlx::raw_sql(sql).execute(pool).await.map(|_| ()),
        Database::Postgres(pool) => sqlx::raw_sql(sql).execute(pool).await.map(|_| ()),
    }
    .expect("bench SQL");
}

async fn scalar(db: &Database, sql: &str) -> i64 {
    match db {
        Database::Sqlite(pool) => sqlx::query_scalar(sql).fetch_one(pool).await,
        Database::Postgres(pool) => sqlx::query_scalar(sql).fetch_one(pool).await,
    }
    .expect("bench query")
}

/// `count` reports spread from 1 January of this year (local time) until now, oldest first,
/// in multi-row INSERTs inside one transaction. Returns the ids of the members.
async fn fill(db: &Database, base: &str, count: usize) -> Vec<i64> {
    let mut members = Vec::new();
    for n in 0..MEMBERS {
        let (email, role) = if n == 0 {
            ("lead@example.org".to_owned(), "lead")
        } else {
            (format!("member{n}@example.org"), "intake")
        };
        let user = add_user(
            db,
            &helder_domain::tenants::TenantId::default_id(),
            base,
            &email,
            Some(&format!("Member {n}")),
            role,
            Some(PASSWORD),
        )
        .await
        .expect("member");
        members.push(user.id);
    }
    let now = Utc::now();
    let start = Local
        .with_ymd_and_hms(Local::now().year(), 1, 1, 0, 0, 0)
        .earliest()
        .expect("new year")
        .with_timezone(&Utc);
    let span = (now - start - Duration::hours(1)).num_seconds().max(1) as f64;
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut statements = vec!["BEGIN".to_owned()];
    let mut values = Vec::with_capacity(ROWS_PER_INSERT);
    // Each report's kinds, by its receipt hash: (hash, position, kind).
    let mut kind_values = Vec::with_capacity(ROWS_PER_INSERT * 2);
    for i in 0..count {
        let received = start
            + Duration::milliseconds(
                (span * 1000.0 * (i as f64 + rng.unit()) / count as f64) as i64,
            );
        let age_days = (now - received).num_hours() as f64 / 24.0;
        let kinds_weights = [
            ("living_together", 30.0),
            ("address", 15.0),
            ("work", 35.0),
            ("assets", 10.0),
            ("other", 10.0),
        ];
        let first = rng.pick(&kinds_weights);
        let mut kinds = vec![first];
        if rng.unit() < 0.15 {
            let second = rng.pick(&kinds_weights);
            if second != first {
                kinds.push(second);
            }
        }
        for (position, kind) in kinds.iter().enumerate() {
            kind_values.push(format!("('bench-{i}', {position}, '{kind}')"));
        }
        let status = if age_days < 2.0 {
            rng.pick(&[("new", 1.0), ("assigned", 1.0)])
        } else if age_days < 60.0 {
            rng.pick(&[
                ("new", 3.0),
                ("assigned", 10.0),
                ("in_progress", 20.0),
                ("green", 20.0),
                ("orange", 10.0),
                ("red", 5.0),
                ("no_action", 7.0),
                ("closed", 25.0),
            ])
        } else {
            rng.pick(&[
                ("in_progress", 1.0),
                ("green", 1.0),
                ("orange", 1.5),
                ("red", 1.5),
                ("closed", 95.0),
            ])
        };
        let assignee = (status != "new").then(|| members[rng.below(MEMBERS as u64) as usize]);
        let first_action = (!matches!(status, "new" | "assigned"))
            .then(|| {
                received + Duration::minutes((rng.unit().powi(2) * 10.0 * 24.0 * 60.0) as i64 + 10)
            })
            .map(|t| t.min(now));
        let (outcome, closed) = if status == "closed" {
            let outcome = rng.pick(&[
                ("no_action", 55.0),
                ("repayment", 25.0),
                ("measure", 10.0),
                ("benefit_ended", 7.0),
                ("criminal_report", 3.0),
            ]);
            let closed = first_action.map(|t| (t + Duration::days(rng.below(40) as i64)).min(now));
            (Some(outcome), closed)
        } else {
            (None, None)
        };
        let email = (rng.unit() < 0.3).then(|| format!("'melder{i}@example.org'"));
        let name = (rng.unit() < 0.7).then(|| format!("'naam {}'", rng.below(60_000)));
        let address = (rng.unit() < 0.8)
            .then(|| format!("'{}AB {}'", 1000 + rng.below(9000), rng.below(50) + 1));
        let or_null = |v: Option<String>| v.unwrap_or_else(|| "NULL".into());
        values.push(format!(
            "({}, 'nl', 'bench', 'bench-{i}', {}, '{status}', {}, {}, {}, {}, {}, {}, {})",
            at(received),
            or_null(email),
            or_null(assignee.map(|a| a.to_string())),
            or_null(assignee.map(|_| at(received + Duration::hours(8)))),
            or_null(first_action.map(at)),
            or_null(closed.map(at)),
            or_null(outcome.map(|o| format!("'{o}'"))),
            or_null(name),
            or_null(address),
        ));
        if values.len() == ROWS_PER_INSERT || i + 1 == count {
            statements.push(format!(
                "INSERT INTO reports (received_at, lang, questionnaire_version, receipt_hash, contact_email, \
                 status, assignee_id, assigned_at, first_action_at, closed_at, outcome, subject_name, subject_address) \
                 VALUES {}",
                values.join(", ")
            ));
            values.clear();
            statements.push(format!(
                "WITH k (receipt, position, kind) AS (VALUES {}) \
                 INSERT INTO report_kinds (report_id, position, kind) \
                 SELECT r.id, k.position, k.kind FROM k JOIN reports r ON r.receipt_hash = k.receipt",
                kind_values.join(", ")
            ));
            kind_values.clear();
        }
    }
    // Outcomes live in their own table (migration 0017); a repayment gets an amount.
    statements.push(
        "INSERT INTO report_outcomes (report_id, outcome, euros) \
         SELECT id, outcome, CASE WHEN outcome = 'repayment' THEN 1000 + id % 9000 END \
         FROM reports WHERE outcome IS NOT NULL"
            .into(),
    );
    statements.push("UPDATE reports SET outcome = NULL".into());
    statements.push("COMMIT".into());
    // One connection for the whole transaction.
    match db {
        Database::Sqlite(pool) => execute_all(pool, &statements).await,
        Database::Postgres(pool) => execute_all(pool, &statements).await,
    }
    match db {
        Database::Sqlite(_) => execute(db, "ANALYZE").await,
        Database::Postgres(_) => execute(db, "VACUUM ANALYZE reports, report_kinds").await,
    }
    members
}

fn cookie(response: &reqwest::Response, name: &str) -> Option<String> {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .filter_map(|v| v.split(';').next())
        .filter_map(|pair| pair.split_once('='))
        .find(|(n, v)| *n == name && !v.is_empty())
        .map(|(_, v)| v.to_owned())
}

/// Logs the lead in through the form; returns the session's Cookie header.
async fn log_in(client: &reqwest::Client, base: &str) -> String {
    let page = client
        .get(format!("{base}/nl/team/inloggen"))
        .send()
        .await
        .expect("log-in page");
    let csrf_cookie = cookie(&page, "helder_team_csrf").expect("CSRF cookie");
    let html = page.text().await.expect("log-in page");
    let token = html
        .split("name=\"csrf\"")
        .nth(1)
        .and_then(|f| f.split("value=\"").nth(1))
        .and_then(|v| v.split('"').next())
        .expect("csrf field")
        .to_owned();
    let response = client
        .post(format!("{base}/nl/team/inloggen"))
        .header("cookie", format!("helder_team_csrf={csrf_cookie}"))
        .form(&[
            ("email", "lead@example.org"),
            ("password", PASSWORD),
            ("csrf", token.as_str()),
        ])
        .send()
        .await
        .expect("log in");
    assert_eq!(response.status(), 303, "the lead logs in");
    format!(
        "helder_team={}",
        cookie(&response, "helder_team").expect("session")
    )
}

/// Median, fastest and slowest time of `runs` GETs of a page, in milliseconds.
async fn time_page(
    client: &reqwest::Client,
    url: &str,
    session: &str,
    runs: usize,
) -> (f64, f64, f64, usize) {
    let mut times = Vec::with_capacity(runs);
    let mut bytes = 0;
    // One unmeasured request warms caches and connections.
    for run in 0..=runs {
        let started = Instant::now();
        let response = client
            .get(url)
            .header("cookie", session)
            .send()
            .await
            .expect("request");
        assert_eq!(response.status(), 200, "{url}");
        bytes = response.bytes().await.expect("body").len();
        if run > 0 {
            times.push(started.elapsed().as_secs_f64() * 1000.0);
        }
    }
    times.sort_by(f64::total_cmp);
    let median = if runs % 2 == 1 {
        times[runs / 2]
    } else {
        (times[runs / 2 - 1] + times[runs / 2]) / 2.0
    };
    (median, times[0], times[runs - 1], bytes)
}

async fn run(name: &str, database_url: Option<String>, reports: usize, runs: usize) {
    let data = tempfile::tempdir().expect("temp dir");
    if keep() {
        println!(
            "{name}: keeping {}",
            database_url.clone().unwrap_or_else(|| data
                .path()
                .join("helder.db")
                .display()
                .to_string())
        );
    }
    let app = Application::build(support::settings(data.path(), database_url))
        .await
        .expect("application builds");
    let base = format!("http://127.0.0.1:{}", app.port());
    let db = app.content_reloader().db;
    tokio::spawn(app.run_until_stopped());

    let started = Instant::now();
    fill(&db, &base, reports).await;
    let filled = started.elapsed().as_secs_f64();
    let open = scalar(&db, "SELECT COUNT(*) FROM reports WHERE status <> 'closed'").await;
    let mine = scalar(
        &db,
        "SELECT COUNT(*) FROM reports r JOIN staff_users u ON u.id = r.assignee_id \
         WHERE u.email = 'lead@example.org' AND r.status <> 'closed'",
    )
    .await;
    let last_page = (open + 49) / 50;
    println!(
        "\n{name}: {reports} reports inserted in {filled:.1} s; {open} open ({last_page} pages of 50), {mine} open for the lead"
    );

    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client");
    let session = log_in(&client, &base).await;
    let year = Local::now().year();
    // Pages are found by key: the report in the middle of the open ones names the page after
    // it and the one before it (looked up here, not timed).
    let middle = scalar(
        &db,
        &format!(
            "SELECT id FROM reports WHERE status <> 'closed' ORDER BY received_at, id \
             LIMIT 1 OFFSET {}",
            open / 2
        ),
    )
    .await;
    let pages = [
        "/nl/team/meldingen/alle".to_owned(),
        format!("/nl/team/meldingen/alle?na={middle}"),
        format!("/nl/team/meldingen/alle?voor={middle}"),
        "/nl/team/meldingen/alle?laatste=1".to_owned(),
        "/nl/team/meldingen".to_owned(),
        format!("/nl/team/statistiek?jaar={year}"),
    ];
    println!(
        "{:<44} {:>10} {:>10} {:>10} {:>9}",
        "page", "median ms", "min ms", "max ms", "bytes"
    );
    for page in pages {
        let (median, min, max, bytes) =
            time_page(&client, &format!("{base}{page}"), &session, runs).await;
        println!("{page:<44} {median:>10.1} {min:>10.1} {max:>10.1} {bytes:>9}");
    }
    db.close().await;
    if keep() {
        let _ = data.keep();
    }
}

/// Runs the statements in order on one connection of the pool (either backend).
async fn execute_all<DB: sqlx::Database>(pool: &sqlx::Pool<DB>, statements: &[String])
where
    for<'c> &'c mut DB::Connection: sqlx::Executor<'c, Database = DB>,
{
    let mut conn = pool.acquire().await.expect("connection");
    for sql in statements {
        sqlx::raw_sql(sql)
            .execute(&mut *conn)
            .await
            .expect("insert");
    }
}

fn keep() -> bool {
    std::env::var_os("HELDER_BENCH_KEEP").is_some()
}

#[tokio::main]
async fn main() {
    if !support::measuring() {
        return;
    }
    let number = |var: &str, default: usize| {
        std::env::var(var)
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(default)
    };
    let reports = number("HELDER_BENCH_REPORTS", 100_000);
    let runs = number("HELDER_BENCH_RUNS", 20).max(1);
    println!(
        "{reports} reports, median of {runs} runs per page (full HTTP GET as a signed-in lead)"
    );
    support::on_both_backends(keep(), |name, url| run(name, url, reports, runs)).await;
}
