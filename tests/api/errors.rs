//! Every error a person can reach is a page: each status Helder or its layers send, caused by
//! a real request, answers a browser with the translated page (language of the path, Dutch
//! without one) and the security headers; scripts and files get a short text, never nothing.

use crate::{
    both_backends,
    helpers::{
        Backend, TestApp,
        raw::{self, ACCEPT_HTML},
        spawn_app_with_routes,
    },
};
use axum::routing::get;
use helder_app::{errors::error_key, i18n::t};
use helder_domain::languages::Language;
use reqwest::{Method, RequestBuilder};

both_backends!(
    every_error_status_is_a_translated_page,
    scripts_and_files_get_short_texts,
    a_database_outage_is_a_page
);

async fn spawn(backend: Backend) -> TestApp {
    // A panic is the only way to a 500; this route reaches it through every layer.
    let routes = axum::Router::new().route(
        "/{lang}/kapot",
        get(|| async {
            if std::hint::black_box(true) {
                panic!("a deliberate panic for the error page test");
            }
        }),
    );
    spawn_app_with_routes(
        backend,
        |settings| settings.body_timeout_seconds = 1,
        routes,
    )
    .await
}

/// What an answer must look like.
struct Expect {
    status: u16,
    lang: &'static str,
    /// Helder's error page (with its title); not for pages that were pages already (the
    /// app's 404, the 429 page, the staff 403, a refused form).
    own_page: bool,
}

fn lang(code: &str) -> Language {
    Language::from_code(code).expect("offered language")
}

fn title(code: &str, status: u16) -> String {
    t(lang(code), &format!("{}-title", error_key(status)))
}

struct Answer {
    status: u16,
    headers: Vec<(String, String)>,
    body: String,
}

impl Answer {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    async fn from(response: reqwest::Response) -> Answer {
        let status = response.status().as_u16();
        let headers = response
            .headers()
            .iter()
            .map(|(n, v)| (n.to_string(), v.to_str().unwrap_or_default().to_owned()))
            .collect();
        let body = response.text().await.expect("body");
        Answer {
            status,
            headers,
            body,
        }
    }

    fn from_raw(raw: raw::RawResponse) -> Answer {
        Answer {
            status: raw.status,
            body: raw.text(),
            headers: raw.headers,
        }
    }

    fn check(&self, what: &str, expect: &Expect) {
        assert_eq!(self.status, expect.status, "{what}: {}", self.body);
        let content_type = self.header("content-type").unwrap_or_default();
        assert!(
            content_type.starts_with("text/html"),
            "{what}: {content_type}"
        );
        let csp = self.header("content-security-policy").unwrap_or_default();
        assert!(csp.contains("default-src 'self'"), "{what}: CSP {csp:?}");
        assert_eq!(
            self.header("x-content-type-options"),
            Some("nosniff"),
            "{what}"
        );
        assert_eq!(self.header("x-frame-options"), Some("DENY"), "{what}");
        let html_lang = format!(r#"<html lang="{}""#, expect.lang);
        assert!(
            self.body.contains(&html_lang),
            "{what}: not in {}",
            expect.lang
        );
        assert!(self.body.contains("<h1"), "{what}: a page with a heading");
        let inline = helder_server::middleware::security::inline_script_hashes(&self.body);
        for hash in inline {
            assert!(
                csp.contains(&hash),
                "{what}: script {hash} allowed by the CSP"
            );
        }
        if expect.own_page {
            let title = title(expect.lang, expect.status);
            assert!(
                !title.starts_with("error-"),
                "{what}: {title} is translated"
            );
            assert!(
                self.body
                    .contains(&format!("{title} – Gemeente Testdorp</title>")),
                "{what}: title {title:?} in {}",
                self.body
            );
            assert!(
                self.body.contains(&format!("/{}/\"", expect.lang)),
                "{what}: a link home"
            );
        }
    }
}

/// A browser's request, each from another client so the post limit stays out of the way.
fn request(app: &TestApp, method: Method, path: &str) -> RequestBuilder {
    static CLIENT: std::sync::atomic::AtomicU8 = std::sync::atomic::AtomicU8::new(1);
    let client = CLIENT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    app.client
        .request(method, format!("{}{path}", app.address))
        .header("accept", ACCEPT_HTML)
        .header("x-forwarded-for", format!("203.0.113.{client}"))
}

async fn send(builder: RequestBuilder) -> Answer {
    Answer::from(builder.send().await.expect("request")).await
}

async fn every_error_status_is_a_translated_page(backend: Backend) {
    let app = spawn(backend).await;
    let own = |status, lang| Expect {
        status,
        lang,
        own_page: true,
    };
    let theirs = |status, lang| Expect {
        status,
        lang,
        own_page: false,
    };

    // 400: a path that is not UTF-8 once decoded.
    let answer = send(request(&app, Method::POST, "/ar/melden/%FF%FE").form(&[("a", "b")])).await;
    answer.check("400 /ar", &own(400, "ar"));

    // 403: the staff side refuses a form without its token (a page already).
    let answer = send(request(&app, Method::POST, "/en/team/inloggen").form(&[("a", "b")])).await;
    answer.check("403 /en", &theirs(403, "en"));

    // 404: the app's page, a handler's bare 404 and the error page without a status.
    let answer = send(request(&app, Method::GET, "/en/bestaat-niet")).await;
    answer.check("404 app /en", &theirs(404, "en"));
    let answer = send(request(&app, Method::POST, "/xx/melden/start")).await;
    answer.check("404 unknown language", &own(404, "nl"));
    let answer = send(request(&app, Method::GET, "/ar/fout")).await;
    answer.check("404 /ar/fout", &theirs(404, "ar"));

    // 405 keeps its Allow header.
    for (method, path, lang) in [
        (Method::PUT, "/en/privacy", "en"),
        (Method::DELETE, "/ar/", "ar"),
        (Method::TRACE, "/health", "nl"),
    ] {
        let answer = send(request(&app, method.clone(), path)).await;
        answer.check(&format!("405 {method} {path}"), &own(405, lang));
        assert!(answer.header("allow").is_some(), "405 says what is allowed");
    }

    // 408: a body announced and never sent.
    let mut stream = raw::missing_body(&app.address, "/en/melden/terugkomen").await;
    let answer = Answer::from_raw(raw::read_response(&mut stream).await.expect("an answer"));
    answer.check("408 /en", &own(408, "en"));
    assert_eq!(answer.header("connection"), Some("close"));

    // 413: a form over the limit; the unread body means the connection closes.
    let big = "a".repeat(100 * 1024);
    let answer =
        send(request(&app, Method::POST, "/ar/melden/terugkomen").form(&[("code", big)])).await;
    answer.check("413 /ar", &own(413, "ar"));
    assert_eq!(answer.header("connection"), Some("close"));

    // 414 and 431: Helder's own limits, below hyper's (a query keeps the page cache out).
    let long = format!("/en/zoeken?q={}", "a".repeat(9 * 1024));
    send(request(&app, Method::GET, &long))
        .await
        .check("414 /en", &own(414, "en"));
    let cookie = format!("c={}", "b".repeat(20 * 1024));
    send(request(&app, Method::GET, "/ar/privacy?uncached").header("cookie", cookie))
        .await
        .check("431 /ar", &own(431, "ar"));

    // 415: JSON to a form.
    let answer = send(
        request(&app, Method::POST, "/en/melden/terugkomen")
            .header("content-type", "application/json")
            .body(r#"{"code":"1"}"#),
    )
    .await;
    answer.check("415 /en", &own(415, "en"));
    assert!(
        !answer.body.contains("Content-Type"),
        "not axum's English text"
    );

    // 422: a wrong receipt code (the form's own page).
    send(request(&app, Method::POST, "/ar/melden/terugkomen").form(&[("code", "1")]))
        .await
        .check("422 /ar", &theirs(422, "ar"));

    // 429: too many posts from one client (the translated page, with Retry-After).
    let mut limited = None;
    for _ in 0..30 {
        let answer = send(
            app.client
                .post(format!("{}/en/melden/terugkomen", app.address))
                .header("accept", ACCEPT_HTML)
                .header("x-forwarded-for", "198.51.100.9")
                .form(&[("code", "1")]),
        )
        .await;
        if answer.status == 429 {
            limited = Some(answer);
            break;
        }
    }
    let answer = limited.expect("the limit is reached");
    answer.check("429 /en", &theirs(429, "en"));
    assert_eq!(answer.header("retry-after"), Some("60"));

    // 500: a panic, with a link to try again.
    for lang in ["en", "ar"] {
        let answer = send(request(&app, Method::GET, &format!("/{lang}/kapot"))).await;
        answer.check(&format!("500 /{lang}"), &own(500, lang));
        assert!(
            answer.body.contains(&format!(r#"href="/{lang}/kapot""#)),
            "retry link"
        );
    }

    // Switching language on an error page keeps the error.
    let answer = send(request(&app, Method::GET, "/ar/fout?status=413")).await;
    answer.check("/ar/fout?status=413", &own(413, "ar"));
    assert!(
        answer.body.contains(r#"href="/en/fout?status=413""#),
        "language switcher"
    );
}

async fn scripts_and_files_get_short_texts(backend: Backend) {
    let app = spawn(backend).await;
    let plain = |what: &str, answer: &Answer, status: u16| {
        assert_eq!(answer.status, status, "{what}");
        let content_type = answer.header("content-type").unwrap_or_default();
        assert!(
            content_type.starts_with("text/plain"),
            "{what}: {content_type}"
        );
        assert!(
            answer.body.starts_with(&status.to_string()) && answer.body.len() < 200,
            "{what}: a short text, not {:?}",
            answer.body
        );
        assert!(answer.header("content-security-policy").is_some(), "{what}");
    };
    for (accept, method, path, status) in [
        ("application/json", Method::PUT, "/en/privacy", 405),
        ("*/*", Method::POST, "/xx/melden/start", 404),
        ("*/*", Method::GET, "/ar/kapot", 500),
        // Files answer with text even to a browser.
        (ACCEPT_HTML, Method::GET, "/assets/nope.css", 404),
        (ACCEPT_HTML, Method::GET, "/pkg/nope.js", 404),
        (ACCEPT_HTML, Method::GET, "/media/nope.mp4", 404),
        (
            ACCEPT_HTML,
            Method::GET,
            "/media/0123456789abcdef0123456789abcdef.mp4",
            404,
        ),
    ] {
        let answer = send(
            app.client
                .request(method.clone(), format!("{}{path}", app.address))
                .header("accept", accept),
        )
        .await;
        plain(&format!("{method} {path} ({accept})"), &answer, status);
    }
    // Without any Accept header (curl, monitors) too.
    let answer = send(
        app.client
            .post(format!("{}/en/melden/terugkomen", app.address))
            .header("content-type", "application/json")
            .body("{}"),
    )
    .await;
    plain("415 without Accept", &answer, 415);
    assert!(answer.body.contains(&title("en", 415)), "{}", answer.body);
}

/// The database goes away: PostgreSQL refuses this test's database and its connections are
/// ended; SQLite's pool is closed (a file cannot be taken away from open connections).
async fn a_database_outage_is_a_page(backend: Backend) {
    let app = spawn(backend).await;
    assert_eq!(app.get("/health").await.status(), 200);
    match app.postgres_database() {
        Some(name) => {
            use sqlx::{Connection, Executor};
            let mut admin = sqlx::PgConnection::connect(&crate::helpers::postgres_admin_url())
                .await
                .expect("admin connection");
            admin
                .execute(format!(r#"ALTER DATABASE "{name}" ALLOW_CONNECTIONS false"#).as_str())
                .await
                .expect("refuse new connections");
            // A connection the pool was opening as the database closed may appear a moment
            // later: end connections until none is left.
            let deadline = crate::helpers::Deadline::after(
                std::time::Duration::from_secs(10),
                std::time::Duration::from_millis(50),
            );
            loop {
                let ended: Vec<bool> = sqlx::query_scalar(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity \
                     WHERE datname = $1 AND pid <> pg_backend_pid()",
                )
                .bind(name)
                .fetch_all(&mut admin)
                .await
                .expect("end the app's connections");
                if ended.is_empty() {
                    break;
                }
                deadline
                    .next_poll(|| format!("connections to {name} kept coming back"))
                    .await;
            }
        }
        None => app.content.db.close().await,
    }

    // The report form says so itself (starting one needs no database; checking a code does).
    let answer = send(
        request(&app, Method::POST, "/nl/melden/terugkomen")
            .form(&[("code", "1234 5678 9012 3456")]),
    )
    .await;
    let form_page = Expect {
        status: 503,
        lang: "nl",
        own_page: false,
    };
    answer.check("503 POST /nl/melden/terugkomen", &form_page);
    assert_eq!(answer.header("retry-after"), Some("60"));
    assert!(
        answer
            .body
            .contains(&t(lang("nl"), "report-code-unavailable")),
        "cannot check codes right now"
    );

    let expect = Expect {
        status: 503,
        lang: "nl",
        own_page: true,
    };
    // /health asks the database at most once per FRESH_FOR: its last "ok" stands until then.
    tokio::time::sleep(helder_server::health::FRESH_FOR).await;
    let answer = send(request(&app, Method::GET, "/health")).await;
    answer.check("503 /health for a browser", &expect);
    assert_eq!(answer.header("retry-after"), Some("60"));
    assert!(
        answer.body.contains(&t(lang("nl"), "error-503-next")),
        "try again in a minute"
    );
    assert!(
        answer.body.contains(r#"href="/health""#),
        "a link to try again"
    );
    // A load balancer or monitor reads /health's own text (503 "draining" means something
    // else: tests/api/instances.rs).
    let monitor = Answer::from(app.get("/health").await).await;
    assert_eq!(monitor.status, 503);
    assert_eq!(monitor.body, "database unavailable\n");
    assert_eq!(monitor.header("retry-after"), Some("60"));
}
