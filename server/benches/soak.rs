//! Benchmark (not a test): does memory stay flat under argon2 work and page reads?
//!
//! Starts the release `helder` binary; first floods it three times with 200 whole reports (8 at
//! a time) and prints the memory after each flood; then sends, 16 at a time and interleaved,
//! 10,000 come-back attempts with wrong receipt codes, 10,000 staff log-ins with wrong
//! passwords and 100,000 page reads (pages, topics, films, search, the stylesheet). Each POST comes from its own
//! forwarded address and log-ins name different accounts, so every request stays within the
//! per-client and per-account limits; the global POST and log-in limits are raised for the
//! run (at the defaults of 600 and 60 a minute, 20,000 argon2 checks would take hours).
//! Prints the server's resident memory (VmRSS) at the start, after every 10 % and 60 s after
//! the end, and checks: the end stays under 150 MB and within 20 % of the first 10 %.
//!
//! Run: `cargo bench -p helder-server --bench soak`. `SOAK_SCALE=0.1` for a quick look;
//! `DATABASE_URL=postgres://…` for PostgreSQL (default: SQLite in a temporary folder).

use std::{
    sync::{
        Arc,
        atomic::{AtomicUsize, Ordering},
    },
    time::{Duration, Instant},
};
use support::{Server, forwarded};

mod support;

const CONCURRENCY: usize = 16;
const PAGES: [&str; 8] = [
    "/nl/",
    "/en/rechten-en-plichten",
    "/nl/rechten-en-plichten/kostendeler",
    "/ar/rechten-en-plichten/samenwonen",
    "/nl/films",
    "/nl/zoeken?q=kostendeler",
    "/nl/melden",
    "/tr/privacy",
];

fn rss_kib(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|n| n.parse().ok())
        })
        .unwrap_or(0)
}

async fn start_server(data: &std::path::Path) -> Server {
    // Limits raised for the run (see above); the rest as every benchmark starts it.
    let mut command = support::helder(data);
    command
        .env("HELDER_POST_LIMIT_GLOBAL", "10000000")
        .env("HELDER_LOGIN_LIMIT_GLOBAL", "10000000");
    Server::start(command).await
}

/// The log-in form's CSRF cookie and token.
async fn login_form(client: &reqwest::Client, base: &str) -> (String, String) {
    let response = client
        .get(format!("{base}/nl/team/inloggen"))
        .send()
        .await
        .expect("log-in page");
    let cookie = response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .map(|v| v.split(';').next().unwrap_or_default().to_owned())
        .collect::<Vec<_>>()
        .join("; ");
    let body = response.text().await.unwrap_or_default();
    let token = body
        .split(r#"name="csrf" value=""#)
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap_or_default()
        .to_owned();
    (cookie, token)
}

/// One whole report through the form; whether the receipt came back.
async fn one_report(client: &reqwest::Client, base: &str, n: usize) -> bool {
    let steps: [(&str, Vec<(&str, &str)>); 7] = [
        ("start", vec![]),
        ("soort", vec![("kind", "work")]),
        ("persoon", vec![("q_person_name", "Soak")]),
        ("situatie", vec![("q_work_where", "Bakkerij")]),
        ("hoe-weet-u-het", vec![("q_how_known", "neighbour")]),
        ("contact", vec![("contact", "no")]),
        ("versturen", vec![]),
    ];
    support::report(client, base, &forwarded(1 << 20 | n), &steps)
        .await
        .is_ok()
}

#[tokio::main]
async fn main() {
    if !support::measuring() {
        return;
    }
    let scale: f64 = std::env::var("SOAK_SCALE")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1.0);
    let total = ((120_000.0 * scale) as usize).max(120);
    let data = tempfile::tempdir().expect("temp dir");
    let server = start_server(data.path()).await;
    let pid = server.child.id();
    let base = server.base.clone();
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client");

    // First, repeated floods of whole reports (eight POSTs and a receipt hash each), as the
    // campaign that found memory growing from one flood to the next did.
    let rounds = ((200.0 * scale) as usize).max(8);
    let mut after_rounds = Vec::new();
    for round in 0..3 {
        let tasks: Vec<_> = (0..8)
            .map(|worker| {
                let (client, base) = (client.clone(), base.clone());
                tokio::spawn(async move {
                    let mut ok = 0;
                    for n in (worker..rounds).step_by(8) {
                        ok += usize::from(one_report(&client, &base, round * rounds + n).await);
                    }
                    ok
                })
            })
            .collect();
        let mut sent = 0;
        for task in tasks {
            sent += task.await.unwrap_or(0);
        }
        let rss = rss_kib(pid);
        after_rounds.push(rss);
        println!(
            "report flood {}: {sent}/{rounds} reports sent, RSS {:.1} MB",
            round + 1,
            rss as f64 / 1024.0
        );
    }
    let floods_flat = after_rounds[2] as f64 <= after_rounds[0] as f64 * 1.2;
    println!(
        "report floods: {} (third within 20 % of the first)",
        if floods_flat { "PASS" } else { "FAIL" }
    );

    let start_rss = rss_kib(pid);
    println!(
        "soak: {total} requests (1 in 12 a come-back code, 1 in 12 a log-in, the rest reads), {CONCURRENCY} at once"
    );
    println!("  start        RSS {:>7.1} MB", start_rss as f64 / 1024.0);
    let next = Arc::new(AtomicUsize::new(0));
    let done = Arc::new(AtomicUsize::new(0));
    let unexpected = Arc::new(AtomicUsize::new(0));
    let started = Instant::now();
    let workers: Vec<_> = (0..CONCURRENCY)
        .map(|_| {
            let (client, base, next, done, unexpected) = (
                client.clone(),
                base.clone(),
                next.clone(),
                done.clone(),
                unexpected.clone(),
            );
            tokio::spawn(async move {
                let (cookie, csrf) = login_form(&client, &base).await;
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    if i >= total {
                        break;
                    }
                    let (response, want) = match i % 12 {
                        0 => (
                            client
                                .post(format!("{base}/nl/melden/terugkomen"))
                                .header("x-forwarded-for", forwarded(i))
                                .form(&[("code", format!("{:016}", i * 7919))])
                                .send()
                                .await,
                            422,
                        ),
                        1 => (
                            client
                                .post(format!("{base}/nl/team/inloggen"))
                                .header("x-forwarded-for", forwarded(i))
                                .header("cookie", &cookie)
                                .form(&[
                                    ("email", format!("nobody{i}@example.org")),
                                    ("password", "not the right password".to_owned()),
                                    ("csrf", csrf.clone()),
                                ])
                                .send()
                                .await,
                            401,
                        ),
                        n => {
                            let path = if n == 2 {
                                "/nl/rechten-en-plichten/werk-zoeken".to_owned()
                            } else {
                                PAGES[n % PAGES.len()].to_owned()
                            };
                            (client.get(format!("{base}{path}")).send().await, 200)
                        }
                    };
                    match response {
                        Ok(r) => {
                            if r.status().as_u16() != want {
                                unexpected.fetch_add(1, Ordering::Relaxed);
                            }
                            let _ = r.bytes().await;
                        }
                        Err(_) => {
                            unexpected.fetch_add(1, Ordering::Relaxed);
                        }
                    }
                    done.fetch_add(1, Ordering::Relaxed);
                }
            })
        })
        .collect();

    let mut samples = Vec::new();
    let mut reported = 0;
    while reported < 10 {
        tokio::time::sleep(Duration::from_millis(50)).await;
        let d = done.load(Ordering::Relaxed);
        while reported < 10 && d >= total * (reported + 1) / 10 {
            reported += 1;
            let rss = rss_kib(pid);
            samples.push(rss);
            println!(
                "  {:>3} %  {:>6} s  RSS {:>7.1} MB",
                reported * 10,
                started.elapsed().as_secs(),
                rss as f64 / 1024.0
            );
        }
    }
    for worker in workers {
        worker.await.expect("worker");
    }
    let elapsed = started.elapsed().as_secs_f64();
    println!(
        "  {total} requests in {elapsed:.0} s ({:.0}/s), {} with an unexpected status",
        total as f64 / elapsed,
        unexpected.load(Ordering::Relaxed)
    );
    tokio::time::sleep(Duration::from_secs(60)).await;
    let end = rss_kib(pid);
    println!("  60 s later   RSS {:>7.1} MB", end as f64 / 1024.0);
    let first = samples.first().copied().unwrap_or(start_rss).max(1);
    let growth = end as f64 / first as f64 - 1.0;
    let under = end < 150 * 1024;
    let flat = growth <= 0.20;
    println!(
        "soak: end {:.1} MB ({} 150 MB), {:+.0} % against the first 10 % ({} 20 %): {}",
        end as f64 / 1024.0,
        if under { "under" } else { "OVER" },
        growth * 100.0,
        if flat { "within" } else { "NOT within" },
        if under && flat { "PASS" } else { "FAIL" }
    );
}
