//! Benchmark (not a test): does a flood lock out real people?
//!
//! Against the release `helder` binary with default limits: 2,000 start-POSTs in 20 s from 500
//! forwarded addresses, and wrong log-ins to random accounts (72 in the first second, then three
//! a second). Meanwhile 10 reporters who had already started go on step by step, 10 new
//! reporters arrive spread over the flood (7 act like a browser with JavaScript and solve the
//! waiting page's proof of work, 3 like one without and wait), and the lead, who logged in on
//! this device before, logs in again. Prints how many finished and how fast, and checks: at
//! least 9 of 10 started reporters finish, at least 8 of 10 new ones finish within 60 s, the
//! lead logs in, and (to show the log-in flood bites) the same password on a new device waits.
//!
//! Run: `cargo bench -p helder-server --bench flood`.

use helder_server::report::admission::{PROOF_BITS, solve};
use std::{
    process::Stdio,
    sync::{
        Arc,
        atomic::{AtomicUsize, Ordering},
    },
    time::{Duration, Instant},
};
use support::{Server, helder};

mod support;

const PASSWORD: &str = "een lang wachtwoord voor de lead";

async fn start_server(data: &std::path::Path) -> Server {
    let mut add = helder(data)
        .args([
            "user",
            "add",
            "--email",
            "lead@gemeente.nl",
            "--role",
            "lead",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .expect("helder user add");
    if let Some(stdin) = add.stdin.as_mut() {
        use std::io::Write;
        stdin.write_all(PASSWORD.as_bytes()).expect("password");
    }
    drop(add.stdin.take());
    assert!(add.wait().expect("user add").success(), "lead account");
    Server::start(helder(data)).await
}

/// A browser: keeps its cookies, says where it comes from.
#[derive(Clone)]
struct Browser {
    client: reqwest::Client,
    base: String,
    xff: String,
    cookies: Vec<(String, String)>,
}

impl Browser {
    fn new(base: &str, xff: String) -> Browser {
        Browser {
            client: reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .timeout(Duration::from_secs(30))
                .build()
                .expect("client"),
            base: base.to_owned(),
            xff,
            cookies: Vec::new(),
        }
    }

    async fn send(
        &mut self,
        method: reqwest::Method,
        path: &str,
        form: &[(&str, &str)],
    ) -> (u16, String, String) {
        let cookie = self
            .cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ");
        let mut request = self
            .client
            .request(method.clone(), format!("{}{path}", self.base))
            .header("x-forwarded-for", &self.xff)
            .header("cookie", cookie);
        if method == reqwest::Method::POST {
            request = request.form(form);
        }
        let Ok(response) = request.send().await else {
            return (0, String::new(), String::new());
        };
        for set in response.headers().get_all("set-cookie") {
            if let Some((name, value)) = set
                .to_str()
                .unwrap_or_default()
                .split(';')
                .next()
                .and_then(|p| p.split_once('='))
            {
                self.cookies.retain(|(k, _)| k != name);
                if !value.is_empty() {
                    self.cookies.push((name.to_owned(), value.to_owned()));
                }
            }
        }
        let status = response.status().as_u16();
        let location = response
            .headers()
            .get("location")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned();
        (status, location, response.text().await.unwrap_or_default())
    }

    async fn post(&mut self, path: &str, form: &[(&str, &str)]) -> (u16, String, String) {
        self.send(reqwest::Method::POST, path, form).await
    }

    async fn get(&mut self, path: &str) -> (u16, String, String) {
        self.send(reqwest::Method::GET, path, &[]).await
    }

    /// Fills in the log-in form (with its token) and sends it; the answer's status.
    async fn log_in(&mut self, email: &str, password: &str) -> u16 {
        let (_, _, page) = self.get("/nl/team/inloggen").await;
        let csrf = field(&page, "csrf").unwrap_or_default();
        let form = [("email", email), ("password", password), ("csrf", &csrf)];
        self.post("/nl/team/inloggen", &form).await.0
    }

    /// Starts a report the way a browser does; `js`: solves the waiting page's proof of work,
    /// otherwise waits as the page says and presses the button.
    async fn start(&mut self, js: bool) -> bool {
        let (mut status, _, mut page) = self.post("/nl/melden/start", &[]).await;
        for _ in 0..10 {
            if status == 303 {
                return true;
            }
            if status != 429 {
                return false;
            }
            let Some(ticket) = field(&page, "ticket") else {
                // The plain "please wait" page (this address's own limit): wait as it says.
                tokio::time::sleep(Duration::from_secs(60)).await;
                (status, _, page) = self.post("/nl/melden/start", &[]).await;
                continue;
            };
            let answer = if js {
                let challenge = ticket.split('.').nth(1).unwrap_or_default().to_owned();
                let nonce = tokio::task::spawn_blocking(move || solve(&challenge, PROOF_BITS))
                    .await
                    .unwrap_or_default();
                self.post(
                    "/nl/melden/start",
                    &[("ticket", &ticket), ("nonce", &nonce)],
                )
                .await
            } else {
                let wait = page
                    .split("Wacht ")
                    .nth(1)
                    .and_then(|rest| rest.split(' ').next())
                    .and_then(|n| n.trim_matches(|c: char| !c.is_ascii_digit()).parse().ok())
                    .unwrap_or(10u64);
                tokio::time::sleep(Duration::from_secs(wait)).await;
                self.post("/nl/melden/start", &[("ticket", &ticket)]).await
            };
            (status, _, page) = answer;
        }
        false
    }

    /// The steps after the start, with a person's pace between pages.
    async fn finish(&mut self, pace: Duration) -> bool {
        let steps: [(&str, Vec<(&str, &str)>); 5] = [
            ("soort", vec![("kind", "work")]),
            ("persoon", vec![("q_person_name", "Iemand")]),
            ("situatie", vec![("q_work_where", "Bakkerij")]),
            ("hoe-weet-u-het", vec![]),
            ("contact", vec![("contact", "no")]),
        ];
        for (step, form) in steps {
            tokio::time::sleep(pace).await;
            let (status, _, _) = self.post(&format!("/nl/melden/{step}"), &form).await;
            if status != 303 {
                return false;
            }
        }
        tokio::time::sleep(pace).await;
        let (status, _, page) = self.post("/nl/melden/versturen", &[]).await;
        status == 200 && page.contains("hl-receipt")
    }
}

fn field(page: &str, name: &str) -> Option<String> {
    page.split(&format!("name=\"{name}\" value=\""))
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .map(str::to_owned)
}

#[tokio::main]
async fn main() {
    if !support::measuring() {
        return;
    }
    let data = tempfile::tempdir().expect("temp dir");
    let server = start_server(data.path()).await;
    let base = server.base.clone();

    // The lead logged in on this device before, and logged out.
    let mut lead = Browser::new(&base, "192.0.2.10".into());
    let status = lead.log_in("lead@gemeente.nl", PASSWORD).await;
    assert_eq!(status, 303, "the lead logs in before the flood");
    lead.cookies.retain(|(k, _)| k == "helder_team_device");

    // Ten reporters have started (and chosen a kind) before the flood.
    let mut started = Vec::new();
    for n in 0..10 {
        let mut browser = Browser::new(&base, format!("192.0.2.{}", 100 + n));
        assert!(browser.start(true).await, "a start before the flood");
        started.push(browser);
    }

    let flood_started = Instant::now();
    let refused = Arc::new(AtomicUsize::new(0));
    let flood = {
        let (base, refused) = (base.clone(), refused.clone());
        tokio::spawn(async move {
            let client = reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .expect("client");
            let mut tasks = Vec::new();
            for n in 0..2000u32 {
                // 100 a second for 20 seconds.
                let at = flood_started + Duration::from_millis(u64::from(n) * 10);
                tokio::time::sleep_until(at.into()).await;
                let (flooder, target, refused) = (client.clone(), base.clone(), refused.clone());
                tasks.push(tokio::spawn(async move {
                    let address = format!("203.0.{}.{}", n % 500 / 250, n % 250);
                    let response = flooder
                        .post(format!("{target}/nl/melden/start"))
                        .header("x-forwarded-for", address)
                        .form(&[("a", "")])
                        .send()
                        .await;
                    if response.is_ok_and(|r| r.status() != 303) {
                        refused.fetch_add(1, Ordering::Relaxed);
                    }
                }));
                if n < 72 || n % 33 == 0 {
                    // And wrong log-ins to some account (with the form's token): 72 in the
                    // first second, more than the 60 a minute for everyone together, then
                    // three a second to keep everyone without a known device out.
                    let base = base.clone();
                    tasks.push(tokio::spawn(async move {
                        let mut attacker =
                            Browser::new(&base, format!("203.0.{}.{}", 9 + n / 250, n % 250));
                        attacker.log_in(&format!("x{n}@example.org"), "fout").await;
                    }));
                }
            }
            for task in tasks {
                let _ = task.await;
            }
        })
    };

    // The started reporters go on during the flood, a page every two seconds.
    let started_tasks: Vec<_> = started
        .into_iter()
        .map(|mut b| tokio::spawn(async move { b.finish(Duration::from_secs(2)).await }))
        .collect();
    // New reporters arrive every two seconds during the flood.
    let new_tasks: Vec<_> = (0..10)
        .map(|n| {
            let base = base.clone();
            tokio::spawn(async move {
                tokio::time::sleep(Duration::from_millis(1500 + n * 1800)).await;
                let arrived = Instant::now();
                let mut browser = Browser::new(&base, format!("192.0.2.{}", 200 + n));
                let js = n % 10 < 7;
                let ok = browser.start(js).await && browser.finish(Duration::from_secs(1)).await;
                (ok, arrived.elapsed(), js)
            })
        })
        .collect();
    // The lead, ten seconds into the flood.
    tokio::time::sleep(Duration::from_secs(10)).await;
    let lead_status = lead.log_in("lead@gemeente.nl", PASSWORD).await;
    // And someone without that device at the same moment, for comparison.
    let mut stranger = Browser::new(&base, "192.0.2.11".into());
    let stranger_status = stranger.log_in("lead@gemeente.nl", PASSWORD).await;

    let mut started_ok = 0;
    for task in started_tasks {
        if task.await.unwrap_or(false) {
            started_ok += 1;
        }
    }
    let mut new_ok = 0;
    let mut times = Vec::new();
    for task in new_tasks {
        let (ok, took, js) = task.await.unwrap_or((false, Duration::MAX, false));
        times.push(format!(
            "{}{:.0} s",
            if js { "" } else { "no-JS " },
            took.as_secs_f64()
        ));
        if ok && took <= Duration::from_secs(60) {
            new_ok += 1;
        }
    }
    let _ = flood.await;
    let drafts = {
        let db = helder_server::storage::Database::connect(&format!(
            "sqlite://{}",
            data.path().join("helder.db").display()
        ))
        .await
        .expect("database");
        db.count_drafts().await.unwrap_or(-1)
    };
    println!(
        "flood: 2000 starts in 20 s from 500 addresses, {} slowed (waiting page or 429); {} wrong log-ins",
        refused.load(Ordering::Relaxed),
        (0..2000).filter(|n| *n < 72 || n % 33 == 0).count()
    );
    println!("  started reporters who finished: {started_ok}/10");
    println!(
        "  new reporters who finished within 60 s: {new_ok}/10 ({})",
        times.join(", ")
    );
    println!(
        "  lead on a known device: {lead_status}; same password on a new device: {stranger_status}"
    );
    println!("  report drafts kept after the flood: {drafts}");
    let pass = started_ok >= 9 && new_ok >= 8 && lead_status == 303 && stranger_status == 429;
    println!("flood: {}", if pass { "PASS" } else { "FAIL" });
    drop(server);
}
