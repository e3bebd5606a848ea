//! The promise "no IP address is stored": requests through a trusted proxy with distinctive
//! client addresses (IPv4 and IPv6), and from a distinctive loopback address, go through every
//! part that sees a client (pages, the report form, coming back with the code, staff log-in
//! that succeeds, fails and is throttled, the "please wait" page) and leave no trace of any
//! address, in any form, in answers, the database, the data folder or the logs.

use crate::{
    both_backends,
    helpers::{
        Backend,
        cookies::CookieJar,
        db::{last_report_id, report_by_code},
        html, reporter, spawn_binary,
        staff::{PASSWORD, add_account},
    },
};
use helder_domain::staff::Role;
use std::{
    net::{IpAddr, Ipv6Addr},
    path::Path,
    time::Duration,
};

both_backends!(client_addresses_are_not_retained);

const FORWARDED: &str = "203.0.113.77";
const FORWARDED_V6: &str = "2001:db8::77";
const LOOPBACK: &str = "127.0.0.77";

/// Every file below `dir`, recursively.
fn files(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    if let Ok(entries) = std::fs::read_dir(dir) {
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                out.extend(files(&path));
            } else {
                out.push(path);
            }
        }
    }
    out
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The ways an address could be written down: as text (short and long), as its raw bytes
/// (network and little-endian order, and IPv4 inside an IPv4-mapped IPv6 address), as hex
/// (what PostgreSQL shows for bytea, and a common way to log bytes), as a number, and as
/// base64.
fn needles() -> Vec<(String, Vec<u8>)> {
    use base64::Engine;
    let mut needles: Vec<(String, Vec<u8>)> = Vec::new();
    fn raw_forms(name: &str, bytes: Vec<u8>, out: &mut Vec<(String, Vec<u8>)>) {
        out.push((format!("{name} as hex"), hex(&bytes).into_bytes()));
        out.push((
            format!("{name} as HEX"),
            hex(&bytes).to_uppercase().into_bytes(),
        ));
        out.push((
            format!("{name} as base64"),
            base64::engine::general_purpose::STANDARD_NO_PAD
                .encode(&bytes)
                .into_bytes(),
        ));
        out.push((format!("{name} as bytes"), bytes));
    }
    for addr in [FORWARDED, LOOPBACK] {
        let IpAddr::V4(v4) = addr.parse::<IpAddr>().unwrap() else {
            unreachable!()
        };
        needles.push((format!("{addr} as text"), addr.as_bytes().to_vec()));
        needles.push((
            format!("{addr} as a number"),
            u32::from(v4).to_string().into_bytes(),
        ));
        raw_forms(addr, v4.octets().to_vec(), &mut needles);
        let mut reversed = v4.octets();
        reversed.reverse();
        needles.push((format!("{addr} as little-endian bytes"), reversed.to_vec()));
        raw_forms(
            &format!("{addr} mapped to IPv6"),
            v4.to_ipv6_mapped().octets().to_vec(),
            &mut needles,
        );
    }
    let v6: Ipv6Addr = FORWARDED_V6.parse().unwrap();
    needles.push((
        format!("{FORWARDED_V6} as text"),
        FORWARDED_V6.as_bytes().to_vec(),
    ));
    let long = v6
        .segments()
        .iter()
        .map(|s| format!("{s:04x}"))
        .collect::<Vec<_>>()
        .join(":");
    needles.push((format!("{FORWARDED_V6} written out"), long.into_bytes()));
    raw_forms(FORWARDED_V6, v6.octets().to_vec(), &mut needles);
    needles
}

fn find_needles(haystack: &[u8]) -> Vec<String> {
    needles()
        .into_iter()
        .filter(|(_, n)| haystack.windows(n.len()).any(|w| w == n.as_slice()))
        .map(|(name, _)| name)
        .collect()
}

/// A browser without JavaScript, from one client address: keeps its cookies, and searches
/// every answer it gets (status line, every header, the whole body) for an address.
struct Visitor {
    client: reqwest::Client,
    base: String,
    /// Sent as X-Forwarded-For (and its relatives) when the client is the trusted proxy.
    forwarded_for: Option<&'static str>,
    cookies: CookieJar,
    csrf: Option<String>,
    answers: usize,
}

struct Answer {
    status: u16,
    location: String,
    body: String,
}

impl Visitor {
    fn new(base: &str, local: &str, forwarded_for: Option<&'static str>) -> Visitor {
        let client = reqwest::Client::builder()
            .local_address(local.parse::<IpAddr>().unwrap())
            .redirect(reqwest::redirect::Policy::none())
            .timeout(Duration::from_secs(30))
            .build()
            .unwrap();
        Visitor {
            client,
            base: base.to_owned(),
            forwarded_for,
            cookies: CookieJar::default(),
            csrf: None,
            answers: 0,
        }
    }

    fn who(&self) -> &'static str {
        self.forwarded_for.unwrap_or(LOOPBACK)
    }

    async fn send(&mut self, mut request: reqwest::RequestBuilder, what: &str) -> Answer {
        if let Some(xff) = self.forwarded_for {
            request = request
                .header("x-forwarded-for", xff)
                .header("x-real-ip", xff)
                .header("forwarded", format!("for=\"{xff}\""));
        }
        if !self.cookies.is_empty() {
            request = request.header("cookie", self.cookies.header());
        }
        let response = request.send().await.expect("request");
        let status = response.status().as_u16();
        assert!(status < 500, "{what} from {}: {status}", self.who());
        let mut seen = Vec::new();
        for (name, value) in response.headers() {
            seen.extend_from_slice(name.as_str().as_bytes());
            seen.push(b':');
            seen.extend_from_slice(value.as_bytes());
            seen.push(b'\n');
        }
        self.cookies.keep(&response);
        let location = response
            .headers()
            .get("location")
            .map(|l| l.to_str().unwrap().to_owned())
            .unwrap_or_default();
        let bytes = response.bytes().await.expect("body");
        seen.extend_from_slice(&bytes);
        let hits = find_needles(&seen);
        assert!(
            hits.is_empty(),
            "{what} from {}: the answer holds {hits:?}",
            self.who()
        );
        self.answers += 1;
        let body = String::from_utf8_lossy(&bytes).into_owned();
        if let Some(token) = html::hidden_field(&body, "csrf") {
            self.csrf = Some(token);
        }
        Answer {
            status,
            location,
            body,
        }
    }

    async fn get(&mut self, path: &str) -> Answer {
        let request = self.client.get(format!("{}{path}", self.base));
        self.send(request, &format!("GET {path}")).await
    }

    async fn post(&mut self, path: &str, form: &[(&str, &str)]) -> Answer {
        let mut fields = form.to_vec();
        let csrf = self.csrf.clone().unwrap_or_default();
        if path.contains("/team/") {
            fields.push(("csrf", &csrf));
        }
        let request = self
            .client
            .post(format!("{}{path}", self.base))
            .form(&fields);
        self.send(request, &format!("POST {path}")).await
    }

    fn has_cookie(&self, name: &str) -> bool {
        self.cookies.has(name)
    }

    /// A whole report through the form; returns the receipt code.
    async fn report(&mut self, name: &str) -> String {
        for (step, form) in reporter::steps(name) {
            let answer = self.post(&format!("/nl/melden/{step}"), &form).await;
            assert_eq!(answer.status, 303, "{step} from {}", self.who());
        }
        let check = self.get("/nl/melden/controleren").await;
        assert!(
            check.body.contains(name),
            "the check page shows the answers"
        );
        let done = self.post("/nl/melden/versturen", &[]).await;
        assert_eq!(done.status, 200);
        reporter::receipt(&done.body)
    }

    /// Log-in with the form's token, as a browser would.
    async fn log_in(&mut self, email: &str, password: &str) -> Answer {
        let form = self.get("/nl/team/inloggen").await;
        assert_eq!(form.status, 200);
        self.post(
            "/nl/team/inloggen",
            &[("email", email), ("password", password)],
        )
        .await
    }

    /// POSTs until the per-client limit answers with its "please wait" page.
    async fn until_limited(&mut self) -> Answer {
        for _ in 0..60 {
            let answer = self.post("/nl/", &[("a", "b")]).await;
            if answer.status == 429 {
                return answer;
            }
        }
        panic!("{} was never limited", self.who());
    }
}

async fn client_addresses_are_not_retained(backend: Backend) {
    // Trace level: even the most verbose logging must not print an address.
    let mut app = spawn_binary(
        backend,
        &[
            ("HELDER_TRUSTED_PROXIES", "127.0.0.1"),
            ("HELDER_LOG", "trace"),
        ],
    )
    .await;
    let db = helder_server::storage::Database::connect(&app.database_url)
        .await
        .unwrap();
    // One lead per client (each account has its own throttle), and one account to throttle.
    for i in 0..3 {
        add_account(
            &db,
            &app.address,
            &format!("lead{i}@gemeente.nl"),
            Role::Lead,
        )
        .await;
    }
    add_account(&db, &app.address, "lid@gemeente.nl", Role::Intake).await;

    let mut visitors = [
        Visitor::new(&app.address, "127.0.0.1", Some(FORWARDED)),
        Visitor::new(&app.address, "127.0.0.1", Some(FORWARDED_V6)),
        Visitor::new(&app.address, LOOPBACK, None),
    ];
    let names = ["Piet Proxy", "Zeger Zes", "Klaas Direct"];

    // Pages, and a whole report from each client.
    let mut codes = Vec::new();
    for (visitor, name) in visitors.iter_mut().zip(names) {
        for path in [
            "/",
            "/nl/",
            "/en/privacy",
            "/nl/bestaat-niet",
            "/health",
            "/nl/melden",
            "/nl/zoeken?q=huur",
            "/nl/melden/terugkomen",
        ] {
            visitor.get(path).await;
        }
        codes.push(visitor.report(name).await);
    }

    // The team asks a question; each reporter comes back with the code and answers it, and
    // one wrong code is refused.
    for code in &codes {
        let id = report_by_code(&db, code).await.unwrap();
        db.add_message(id, "team", "Op welke dagen?").await.unwrap();
    }
    for (visitor, code) in visitors.iter_mut().zip(&codes) {
        let back = visitor
            .post("/nl/melden/terugkomen", &[("code", code)])
            .await;
        assert_eq!(back.status, 200);
        assert!(
            back.body.contains("Op welke dagen?"),
            "the question is shown"
        );
        let answered = visitor
            .post(
                "/nl/melden/antwoorden",
                &[("code", code), ("answer", "Op maandag.")],
            )
            .await;
        assert_eq!(answered.status, 200);
        let wrong = visitor
            .post("/nl/melden/terugkomen", &[("code", "0000 0000 0000 0000")])
            .await;
        assert_eq!(wrong.status, 422);
    }

    // Prevention: the self-check, "was this clear?" with a comment, an anonymous question.
    for (visitor, name) in visitors.iter_mut().zip(names) {
        assert_eq!(visitor.post("/nl/zelftest", &[]).await.status, 303);
        let answered = visitor.post("/nl/zelftest/1", &[("answer", "yes")]).await;
        assert_eq!(answered.status, 303);
        let page = "/nl/rechten-en-plichten/kostendeler";
        let unclear = visitor
            .post(&format!("{page}/duidelijk"), &[("antwoord", "nee")])
            .await;
        assert_eq!(unclear.status, 303);
        let comment = format!("Onduidelijk voor {name}");
        let commented = visitor
            .post(
                &format!("{page}/opmerking"),
                &[("opmerking", comment.as_str())],
            )
            .await;
        assert_eq!(commented.status, 303);
        let question = format!("Vraag van {name}");
        let asked = visitor
            .post("/nl/vraag/versturen", &[("question", question.as_str())])
            .await;
        assert_eq!(asked.status, 200);
    }

    // Staff: a log-in that succeeds (with its device cookie and a report opened, which the
    // audit log records), one that fails, and an account throttled after too many.
    for (i, visitor) in visitors.iter_mut().enumerate() {
        let lead = format!("lead{i}@gemeente.nl");
        let wrong = visitor.log_in(&lead, "fout wachtwoord 0000").await;
        assert_eq!(wrong.status, 401);
        let right = visitor.log_in(&lead, PASSWORD).await;
        assert_eq!(right.status, 303, "log-in from {}", visitor.who());
        assert!(!right.location.contains("inloggen"), "{}", right.location);
        assert!(visitor.has_cookie("helder_team_device"), "a device cookie");
        let queue = visitor.get("/nl/team/meldingen/alle").await;
        assert_eq!(queue.status, 200);
        let report = visitor
            .get(&format!("/nl/team/meldingen/{}", last_report_id(&db).await))
            .await;
        assert_eq!(report.status, 200);
        let logbook = visitor.get("/nl/team/logboek").await;
        assert_eq!(logbook.status, 200);
        let out = visitor.post("/nl/team/uitloggen", &[]).await;
        assert_eq!(out.status, 303);
    }
    let throttled = {
        let visitor = &mut visitors[0];
        let mut last = 0;
        for _ in 0..8 {
            last = visitor
                .log_in("lid@gemeente.nl", "fout wachtwoord 0000")
                .await
                .status;
            if last == 429 {
                break;
            }
        }
        last
    };
    assert_eq!(throttled, 429, "the account was throttled");
    for visitor in &mut visitors[1..] {
        let answer = visitor.log_in("lid@gemeente.nl", PASSWORD).await;
        assert_eq!(
            answer.status, 429,
            "throttled for everyone without a device"
        );
    }

    // The "please wait" page, for every client.
    for visitor in visitors.iter_mut() {
        let limited = visitor.until_limited().await;
        assert!(limited.body.contains("lang=\"nl\""), "the translated page");
    }
    let answers: usize = visitors.iter().map(|v| v.answers).sum();
    assert!(answers >= 110, "every answer was searched: {answers}");

    // The database, read while the server runs (PostgreSQL keeps its files elsewhere).
    let dump = dump_database(&db).await;
    db.close().await;
    let text = String::from_utf8_lossy(&dump);
    for name in names {
        assert!(text.contains(name), "the dump holds the report of {name}");
        assert!(
            text.contains(&format!("Onduidelijk voor {name}"))
                && text.contains(&format!("Vraag van {name}")),
            "the dump holds the comment and the question of {name}"
        );
    }
    assert!(
        text.contains("lead0@gemeente.nl") && text.contains("Op maandag."),
        "the dump holds the audit log and the answers"
    );
    let hits = find_needles(&dump);
    assert!(hits.is_empty(), "the database holds {hits:?}");

    app.stop().await;
    let logs = app.logs();
    assert!(
        logs.contains("/en/privacy") && logs.contains("/nl/team/inloggen"),
        "the log really recorded requests:\n{logs}"
    );
    assert!(logs.lines().count() > 100, "trace logging was on");

    let mut searched = 0;
    for dir in [app.data_dir.path(), app.log_dir.path()] {
        for file in files(dir) {
            let bytes = std::fs::read(&file).unwrap();
            let hits = find_needles(&bytes);
            assert!(hits.is_empty(), "{} contains {hits:?}", file.display());
            searched += 1;
        }
    }
    let minimum = if backend == Backend::Sqlite { 2 } else { 1 };
    assert!(searched >= minimum, "searched {searched} files");
}

#[test]
fn the_search_finds_every_form_of_an_address() {
    // Planted: each form the search claims to find, in the middle of other bytes.
    let v4: std::net::Ipv4Addr = FORWARDED.parse().unwrap();
    let v6: Ipv6Addr = FORWARDED_V6.parse().unwrap();
    let planted: Vec<Vec<u8>> = vec![
        b"x 203.0.113.77 y".to_vec(),
        [b"x".as_slice(), &v4.octets(), b"y"].concat(),
        [b"x".as_slice(), &v4.to_ipv6_mapped().octets(), b"y"].concat(),
        b"\\x00000000000000000000ffffcb00714d".to_vec(),
        b"id=CB00714D".to_vec(),
        b"3405803853".to_vec(),
        [0x4d, 0x71, 0x00, 0xcb].to_vec(),
        [b"x".as_slice(), &v6.octets(), b"y"].concat(),
        b"for=2001:0db8:0000:0000:0000:0000:0000:0077".to_vec(),
        b"127.0.0.77".to_vec(),
    ];
    for haystack in planted {
        assert!(
            !find_needles(&haystack).is_empty(),
            "{}",
            String::from_utf8_lossy(&haystack)
        );
    }
    assert!(find_needles(b"203.0.113.78 and 10.0.0.1").is_empty());
}

/// Every row of every table, for searching: SQLite values as their own bytes (blobs raw),
/// PostgreSQL rows as JSON (bytea shows as hex, inet as text).
async fn dump_database(db: &helder_server::storage::Database) -> Vec<u8> {
    use helder_server::storage::Database;
    use sqlx::Row;
    let mut out = Vec::new();
    match db {
        Database::Sqlite(pool) => {
            let tables: Vec<String> =
                sqlx::query_scalar("SELECT name FROM sqlite_master WHERE type = 'table'")
                    .fetch_all(pool)
                    .await
                    .unwrap();
            for table in tables {
                let rows = sqlx::query(&format!(r#"SELECT * FROM "{table}""#))
                    .fetch_all(pool)
                    .await
                    .unwrap();
                for row in rows {
                    for i in 0..row.len() {
                        if let Ok(Some(v)) = row.try_get::<Option<String>, _>(i) {
                            out.extend_from_slice(v.as_bytes());
                        } else if let Ok(Some(v)) = row.try_get::<Option<Vec<u8>>, _>(i) {
                            out.extend_from_slice(&v);
                        } else if let Ok(Some(v)) = row.try_get::<Option<i64>, _>(i) {
                            out.extend_from_slice(v.to_string().as_bytes());
                        } else if let Ok(Some(v)) = row.try_get::<Option<f64>, _>(i) {
                            out.extend_from_slice(v.to_string().as_bytes());
                        }
                        out.push(b'|');
                    }
                }
            }
        }
        Database::Postgres(pool) => {
            let tables: Vec<String> = sqlx::query_scalar(
                "SELECT table_name::text FROM information_schema.tables WHERE table_schema = 'public'",
            )
            .fetch_all(pool)
            .await
            .unwrap();
            for table in tables {
                let rows: Vec<String> =
                    sqlx::query_scalar(&format!(r#"SELECT row_to_json(t)::text FROM "{table}" t"#))
                        .fetch_all(pool)
                        .await
                        .unwrap();
                out.extend_from_slice(rows.join("\n").as_bytes());
            }
        }
    }
    out
}
