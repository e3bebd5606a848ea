//! Benchmark (not a test): how many whole reports per second the server accepts, through
//! HTTP, on SQLite and on PostgreSQL. Each report is the real flow: start, six steps, send
//! (eight POSTs and the argon2id receipt hash). Run: `cargo bench -p helder-server`.
//! PostgreSQL: `HELDER_TEST_POSTGRES_URL` (default postgres://postgres@127.0.0.1:5432/test).

use helder_server::startup::Application;
use std::{
    sync::{
        Arc,
        atomic::{AtomicUsize, Ordering},
    },
    time::{Duration, Instant},
};

mod support;

const SECONDS: u64 = 10;
const CONCURRENCY: usize = 8;

async fn one_report(client: &reqwest::Client, base: &str, n: usize) -> Result<(), String> {
    let steps: [(&str, Vec<(&str, &str)>); 7] = [
        ("start", vec![]),
        ("soort", vec![("kind", "work")]),
        (
            "persoon",
            vec![
                ("q_person_name", "Benchmark"),
                ("q_person_address", "Dorpsstraat 1"),
            ],
        ),
        (
            "situatie",
            vec![("q_work_where", "Bakkerij"), ("q_work_paid", "cash")],
        ),
        (
            "hoe-weet-u-het",
            vec![
                ("q_how_known", "neighbour"),
                ("q_extra", "Elke ochtend om zes uur."),
            ],
        ),
        ("contact", vec![("contact", "no")]),
        ("versturen", vec![("send", "1")]),
    ];
    support::report(client, base, &support::forwarded(n), &steps).await
}

async fn run(name: &str, database_url: Option<String>) -> f64 {
    let data = tempfile::tempdir().expect("temp dir");
    let mut settings = support::settings(data.path(), database_url);
    settings.trusted_proxies = vec!["127.0.0.1".parse().expect("range")];
    settings.post_limit_client = 1_000;
    settings.post_limit_global = 10_000_000;
    let app = Application::build(settings)
        .await
        .expect("application builds");
    let base = format!("http://127.0.0.1:{}", app.port());
    tokio::spawn(app.run_until_stopped());

    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client");
    let done = Arc::new(AtomicUsize::new(0));
    let failed = Arc::new(AtomicUsize::new(0));
    let started = Instant::now();
    let deadline = started + Duration::from_secs(SECONDS);
    let tasks: Vec<_> = (0..CONCURRENCY)
        .map(|worker| {
            let (client, base, done, failed) =
                (client.clone(), base.clone(), done.clone(), failed.clone());
            tokio::spawn(async move {
                let mut n = worker;
                while Instant::now() < deadline {
                    match one_report(&client, &base, n).await {
                        Ok(()) => done.fetch_add(1, Ordering::Relaxed),
                        Err(_) => failed.fetch_add(1, Ordering::Relaxed),
                    };
                    n += CONCURRENCY;
                }
            })
        })
        .collect();
    for task in tasks {
        let _ = task.await;
    }
    let elapsed = started.elapsed().as_secs_f64();
    let (done, failed) = (done.load(Ordering::Relaxed), failed.load(Ordering::Relaxed));
    let rate = done as f64 / elapsed;
    println!(
        "{name:<10} {done:>6} reports in {elapsed:.1} s = {rate:>7.1} reports/s ({failed} failed), {CONCURRENCY} at once"
    );
    rate
}

#[tokio::main]
async fn main() {
    if !support::measuring() {
        return;
    }
    let (sqlite, postgres) = support::on_both_backends(false, run).await;
    println!("ratio postgres/sqlite: {:.2}", postgres / sqlite);
}
