//! Hold under abuse and faults: floods slow attackers without locking out real people (started
//! reporters keep their budget, new ones wait a moment, known staff devices keep logging in),
//! a report is only sent from a complete draft, echoed queries are bounded, and a database
//! outage is told honestly while the answers stay safe.

use crate::{
    both_backends,
    helpers::{
        Backend, PostsForms, TestApp,
        app::client_with_timeout,
        cluster::PgCluster,
        html,
        reporter::{Reporter, receipt},
        spawn_app_with,
        staff::{PASSWORD, StaffClient},
    },
};
use helder_domain::staff::Role;
use helder_server::report::admission::{TokenKey, solve};
use std::time::{Duration, Instant};

both_backends!(
    a_report_is_only_sent_from_a_draft_through_every_step,
    a_flood_of_starts_slows_new_reporters_and_spares_started_ones,
    a_known_device_logs_in_during_a_log_in_flood,
    refusals_are_answered_slowly_and_readers_are_not
);

fn client() -> reqwest::Client {
    client_with_timeout(Duration::from_secs(30))
}

/// Presses "start" with a waiting page's ticket and a proof of work for it.
async fn start_with_proof(r: &mut Reporter, ticket: &str, nonce: &str) -> reqwest::Response {
    r.post("/nl/melden/start", &[("ticket", ticket), ("nonce", nonce)])
        .await
}

async fn report_count(app: &TestApp) -> i64 {
    app.content.db.count_reports().await.expect("count reports")
}

async fn a_report_is_only_sent_from_a_draft_through_every_step(backend: Backend) {
    let app = spawn_app_with(backend, |_| {}).await;
    let mut r = Reporter::new(&app.address, client(), None);
    assert_eq!(r.post("/nl/melden/start", &[]).await.status(), 303);
    r.post_expect("/nl/melden/soort", &[("kind", "work")], 303)
        .await;
    r.post_expect("/nl/melden/persoon", &[("q_person_name", "A")], 303)
        .await;
    // Kinds and person only: sending goes back to the first step still to do.
    let early = r.post_expect("/nl/melden/versturen", &[], 303).await;
    assert_eq!(early.headers()["location"], "/nl/melden/situatie");
    let check = r.get("/nl/melden/controleren").await;
    assert_eq!(check.status(), 303, "the check page needs every step");
    assert_eq!(check.headers()["location"], "/nl/melden/situatie");
    assert_eq!(report_count(&app).await, 0, "nothing was stored");

    for (step, form) in [
        ("situatie", vec![("q_work_where", "Bakkerij")]),
        ("hoe-weet-u-het", vec![]),
    ] {
        r.post_expect(&format!("/nl/melden/{step}"), &form, 303)
            .await;
    }
    // Still no choice about contact.
    let early = r.post("/nl/melden/versturen", &[]).await;
    assert_eq!(early.headers()["location"], "/nl/melden/contact");
    assert_eq!(report_count(&app).await, 0);
    let contact = r.post("/nl/melden/contact", &[("contact", "no")]).await;
    assert_eq!(contact.headers()["location"], "/nl/melden/controleren");
    let sent = r.post_expect("/nl/melden/versturen", &[], 200).await;
    assert!(sent.text().await.unwrap().contains("hl-receipt"));
    assert_eq!(report_count(&app).await, 1);

    // A forged draft cookie is no started report.
    let mut forged = Reporter::new(&app.address, client(), None);
    forged.cookie = Some("helder_melding=1.AAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAA".into());
    let page = forged.get("/nl/melden/soort").await.text().await.unwrap();
    assert!(
        page.contains("hl-heading-xl") && !page.contains("name=\"kind\""),
        "the 'no longer kept' page, not the form"
    );
}

/// The waiting page's ticket, from its hidden field.
fn ticket_of(page: &str) -> String {
    html::hidden_field(page, "ticket").expect("a ticket on the waiting page")
}

async fn a_flood_of_starts_slows_new_reporters_and_spares_started_ones(backend: Backend) {
    // A small global budget (10 starts a minute) and a one-second wait keep the test quick.
    let app = spawn_app_with(backend, |s| {
        s.post_limit_global = 10;
        s.start_wait_seconds = 1;
    })
    .await;
    let mut started = Reporter::new(&app.address, client(), Some("198.51.100.1"));
    assert_eq!(started.post("/nl/melden/start", &[]).await.status(), 303);
    started
        .post_expect("/nl/melden/soort", &[("kind", "work")], 303)
        .await;

    // The flood: 60 starts from 30 addresses (two each, within the per-client limit).
    let mut refused = 0;
    for n in 0..60 {
        let response = app
            .post_form(
                &format!("203.0.113.{}", n % 30),
                "/nl/melden/start",
                &[("a", "")],
            )
            .await;
        match response.status().as_u16() {
            303 => {}
            429 => refused += 1,
            other => panic!("a flooded start answers 303 or 429, not {other}"),
        }
    }
    assert!(refused >= 45, "the flood is slowed: {refused} of 60 waited");
    // And other public POSTs use up the global budget (10 a minute here) as well.
    let mut limited = false;
    for n in 0..20 {
        let response = app
            .post_form(
                &format!("203.0.113.{}", 100 + n),
                "/nl/melden/terugkomen",
                &[("code", "0000 0000 0000 0000")],
            )
            .await;
        limited |= response.status() == 429;
    }
    assert!(limited, "the global budget is spent");
    assert_eq!(
        app.content.db.count_drafts().await.unwrap(),
        1,
        "starts store nothing; only the started reporter's answers are kept"
    );

    // The started reporter goes on: own budget, not the exhausted global one.
    let steps: [(&str, Vec<(&str, &str)>); 4] = [
        ("persoon", vec![("q_person_name", "B")]),
        ("situatie", vec![]),
        ("hoe-weet-u-het", vec![]),
        ("contact", vec![("contact", "no")]),
    ];
    for (step, form) in steps {
        let response = started.post(&format!("/nl/melden/{step}"), &form).await;
        assert_eq!(response.status(), 303, "{step} during the flood");
    }
    started.post_expect("/nl/melden/versturen", &[], 200).await;

    // A new reporter with JavaScript: the waiting page, the browser's work, in.
    let mut with_js = Reporter::new(&app.address, client(), Some("198.51.100.2"));
    let waiting = with_js.post_expect("/nl/melden/start", &[], 429).await;
    assert!(waiting.headers().contains_key("retry-after"));
    let page = waiting.text().await.unwrap();
    assert!(page.contains("id=\"hl-start-ticket\"") && page.contains("data-bits=\"17\""));
    assert!(page.contains("Even geduld"), "a translated page");
    let ticket = ticket_of(&page);
    let key_challenge = ticket.split('.').nth(1).unwrap().to_owned();
    let nonce = solve(&key_challenge, 17);
    let admitted = start_with_proof(&mut with_js, &ticket, &nonce).await;
    assert_eq!(admitted.status(), 303, "proven work lets in at once");
    assert_eq!(admitted.headers()["location"], "/nl/melden/soort");
    // The same solved ticket does not open a second report.
    spend_the_global_budget(&app, 200).await;
    let mut replay = Reporter::new(&app.address, client(), Some("198.51.100.3"));
    let again = start_with_proof(&mut replay, &ticket, &nonce).await;
    assert_eq!(again.status(), 429, "a ticket lets in once");

    // A new reporter without JavaScript: waits, then presses the button.
    let mut no_js = Reporter::new(&app.address, client(), Some("198.51.100.4"));
    let page = no_js
        .post("/nl/melden/start", &[])
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("Wacht 1 seconden"), "the wait is told");
    let ticket = ticket_of(&page);
    let too_early = no_js.post("/nl/melden/start", &[("ticket", &ticket)]).await;
    assert_eq!(too_early.status(), 429, "not before the wait is over");
    tokio::time::sleep(Duration::from_millis(1100)).await;
    let admitted = no_js.post("/nl/melden/start", &[("ticket", &ticket)]).await;
    assert_eq!(admitted.status(), 303, "after the wait");
    no_js
        .post_expect("/nl/melden/soort", &[("kind", "work")], 303)
        .await;

    // A forged ticket with a valid-looking proof does not get in.
    let other =
        TokenKey::derive(b"another installation").new_ticket(chrono::Utc::now().timestamp());
    let nonce = solve(other.split('.').nth(1).unwrap(), 17);
    // (The budget refills one start every 6 s; the checks above take seconds.)
    spend_the_global_budget(&app, 220).await;
    let mut forger = Reporter::new(&app.address, client(), Some("198.51.100.5"));
    let forged = start_with_proof(&mut forger, &other, &nonce).await;
    assert_eq!(forged.status(), 429);
}

/// Plain starts from new addresses (`203.0.113.{first}…`) until one is refused, so that what
/// follows meets an empty global budget, whatever refilled while the test worked.
async fn spend_the_global_budget(app: &TestApp, first: u8) {
    for n in 0..20 {
        let address = format!("203.0.113.{}", first + n);
        let response = app
            .post_form(&address, "/nl/melden/start", &[("a", "")])
            .await;
        if response.status() == 429 {
            return;
        }
    }
    panic!("twenty starts and the global budget still admits more");
}

async fn a_known_device_logs_in_during_a_log_in_flood(backend: Backend) {
    let app = spawn_app_with(backend, |s| s.login_limit_global = 5).await;
    let mut lead = StaffClient::signed_in(&app, "lead@gemeente.nl", Role::Lead).await;
    assert!(
        lead.has_cookie("helder_team_device"),
        "a right password marks the device"
    );
    lead.log_out().await;

    // The flood: wrong passwords for many accounts use up the global budget.
    let statuses = StaffClient::wrong_log_ins(&app, "x", 12).await;
    assert!(statuses.ends_with(&[429, 429, 429]), "{statuses:?}");
    // Someone on a new device waits, even with the right password …
    let mut new_device = StaffClient::new(&app);
    let response = new_device.try_log_in("lead@gemeente.nl", PASSWORD).await;
    assert_eq!(response.status(), 429);
    // … but the lead's own device gets in.
    let response = lead.try_log_in("lead@gemeente.nl", PASSWORD).await;
    assert_eq!(response.status(), 303, "the known device is not locked out");
    lead.forget_session();
    // The device counts its own failures: it cannot be used to guess without end.
    let mut tries = Vec::new();
    for _ in 0..7 {
        tries.push(
            lead.try_log_in("lead@gemeente.nl", "fout wachtwoord 0000")
                .await
                .status()
                .as_u16(),
        );
    }
    assert!(tries.contains(&429), "{tries:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn echoed_search_queries_are_bounded() {
    let app = spawn_app_with(Backend::Sqlite, |_| {}).await;
    // Just under the 8 KiB limit of an address (longer ones get the 414 page).
    let long = "woord ".repeat(1_300);
    let page = app
        .get(&format!("/nl/zoeken?q={}", long.replace(' ', "+")))
        .await;
    assert_eq!(page.status(), 200);
    let body = page.text().await.unwrap();
    assert!(
        body.len() < 60_000,
        "the page stays small: {} bytes",
        body.len()
    );
    // Every language link carries the query cut to 200 characters.
    let links: Vec<&str> = body
        .split("<a ")
        .filter(|tag| tag.contains("hl-language-switcher__link"))
        .filter_map(|tag| tag.split("href=\"").nth(1))
        .map(|rest| rest.split('"').next().unwrap())
        .collect();
    assert_eq!(links.len(), 7);
    for link in links {
        assert!(link.len() < 300, "{link}");
        assert!(link.contains("q=woord+woord"), "{link}");
    }
}

/// The database goes away in the middle of a report and comes back: the reporter is told
/// the truth within seconds (503), the answers survive, and the report is sent afterwards.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_database_outage_keeps_the_answers_and_says_so() {
    let cluster = PgCluster::start_new();
    let url = cluster.url();
    let app = spawn_app_with(Backend::Sqlite, move |s| s.database_url = Some(url)).await;
    let mut first = Reporter::new(&app.address, client(), None);
    let page = first.report("nl", "Eerder Verstuurd").await;
    let code = receipt(&page);

    let mut r = Reporter::new(&app.address, client(), None);
    assert_eq!(r.post("/nl/melden/start", &[]).await.status(), 303);
    r.post_expect("/nl/melden/soort", &[("kind", "work")], 303)
        .await;
    cluster.stop();

    let asked = Instant::now();
    let refused = r
        .post(
            "/nl/melden/persoon",
            &[("q_person_name", "Storing Tijdens")],
        )
        .await;
    let waited = asked.elapsed();
    assert_eq!(refused.status(), 503);
    assert_eq!(refused.headers()["retry-after"], "60");
    assert!(
        waited < Duration::from_secs(6),
        "told within seconds: {waited:?}"
    );
    let body = refused.text().await.unwrap();
    assert!(body.contains("Uw antwoorden zijn niet verloren"), "{body}");
    assert!(!body.contains("Begin opnieuw"), "no false 'start again'");
    assert!(
        body.contains("value=\"Storing Tijdens\"")
            && body.contains("action=\"/nl/melden/persoon\""),
        "what was just typed can be sent again"
    );
    let step = r.get("/nl/melden/situatie").await;
    assert_eq!(step.status(), 503);
    let step = step.text().await.unwrap();
    assert!(step.contains("Probeer het over een minuut opnieuw"));
    let come_back = first
        .post_expect("/nl/melden/terugkomen", &[("code", &code)], 503)
        .await;
    let body = come_back.text().await.unwrap();
    assert!(body.contains("We kunnen codes nu even niet controleren"));
    assert!(!body.contains("Deze code kennen wij niet"));

    cluster.start();
    // "Try again" sends the same fields; the draft from before the outage is intact.
    let mut retried = None;
    for _ in 0..20 {
        let response = r
            .post(
                "/nl/melden/persoon",
                &[("q_person_name", "Storing Tijdens")],
            )
            .await;
        if response.status() == 303 {
            retried = Some(response);
            break;
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    assert!(
        retried.is_some(),
        "saving works again once the database is back"
    );
    for (step, form) in [
        ("situatie", vec![]),
        ("hoe-weet-u-het", vec![]),
        ("contact", vec![("contact", "no")]),
    ] {
        r.post_expect(&format!("/nl/melden/{step}"), &form, 303)
            .await;
    }
    let check = r.get("/nl/melden/controleren").await.text().await.unwrap();
    assert!(check.contains("Storing Tijdens"));
    assert_eq!(r.post("/nl/melden/versturen", &[]).await.status(), 200);
    assert_eq!(report_count(&app).await, 2);
}

/// Starts from `count` new addresses (`203.0.113.{first}…`) at once: each answer's status,
/// text and time.
async fn starts_at_once(app: &TestApp, first: u8, count: u8) -> Vec<(u16, String, Duration)> {
    let mut starts = tokio::task::JoinSet::new();
    for n in 0..count {
        let (client, address) = (app.client.clone(), app.address.clone());
        starts.spawn(async move {
            let sent = Instant::now();
            let response = client
                .post(format!("{address}/nl/melden/start"))
                .header("x-forwarded-for", format!("203.0.113.{}", first + n))
                .send()
                .await
                .expect("a start");
            let status = response.status().as_u16();
            (status, response.text().await.unwrap(), sent.elapsed())
        });
    }
    starts.join_all().await
}

async fn refusals_are_answered_slowly_and_readers_are_not(backend: Backend) {
    const PAUSE: Duration = Duration::from_millis(600);
    let app = spawn_app_with(backend, |s| {
        s.post_limit_global = 2;
        s.refusal_delay_ms = 600;
    })
    .await;
    // The free starts go in at once.
    for (status, _, took) in starts_at_once(&app, 1, 2).await {
        assert_eq!(status, 303);
        assert!(took < PAUSE, "a start let in does not wait: {took:?}");
    }

    // A flood: each refusal waits the pause, and each waiting page has its own ticket.
    app.page("/nl/rechten-en-plichten/kostendeler").await;
    let reader = async {
        tokio::time::sleep(PAUSE / 3).await;
        let asked = Instant::now();
        let (status, _) = app.page("/nl/rechten-en-plichten/kostendeler").await;
        (status, asked.elapsed())
    };
    let (flood, (reader_status, reader_took)) = tokio::join!(starts_at_once(&app, 10, 8), reader);
    assert_eq!(reader_status, 200);
    assert!(
        reader_took < PAUSE / 3,
        "a reader is answered while the flood waits: {reader_took:?}"
    );
    let mut tickets = Vec::new();
    for (status, page, took) in flood {
        assert_eq!(status, 429);
        assert!(took >= PAUSE, "a refusal waits the pause: {took:?}");
        let ticket = ticket_of(&page);
        let challenge = html::attr_after(&page, "id=\"hl-start-ticket\"", "data-challenge");
        assert_eq!(ticket.split('.').nth(1), Some(challenge.as_str()));
        assert!(page.contains("Even geduld") && !page.contains("standin"));
        tickets.push(ticket);
    }
    tickets.sort();
    tickets.dedup();
    assert_eq!(
        tickets.len(),
        8,
        "every waiting page has a ticket of its own"
    );

    // Another public POST over the budget waits the pause too.
    let mut statuses = Vec::new();
    for _ in 0..3 {
        let sent = Instant::now();
        let response = app
            .post_form("203.0.113.99", "/nl/melden/terugkomen", &[("code", "0")])
            .await;
        statuses.push((response.status().as_u16(), sent.elapsed() >= PAUSE));
    }
    assert!(statuses.contains(&(429, true)), "{statuses:?}");
}
