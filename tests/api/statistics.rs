//! Statistics for the annual report: the page and the CSV show exactly the figures of the
//! reports in the database (by month in local time, by kind, status and outcome, the share
//! that led to an investigation, the time to the first action); the export is audit-logged;
//! only leads get in.

use crate::{
    both_backends,
    helpers::{Backend, TestApp, spawn_app},
};
use chrono::{DateTime, Duration, Local, TimeZone, Utc};
use helder_app::i18n::t;
use helder_domain::{
    languages::Language,
    queue::{Outcome, Status},
    report::questionnaire::Questionnaire,
};
use helder_server::{
    storage::{Database, NewReport},
    team::accounts::add_user,
};

const PASSWORD: &str = "a long password 123";

fn nl() -> Language {
    Language::from_code("nl").expect("nl")
}

/// A moment in the server's local time (the page counts months in local time).
fn local(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
    Local
        .with_ymd_and_hms(y, m, d, h, min, 0)
        .earliest()
        .expect("local time exists")
        .with_timezone(&Utc)
}

/// Stores a report the way the form does, then gives it a date, status, outcome and first
/// action with plain SQL.
async fn report(
    db: &Database,
    received: DateTime<Utc>,
    kinds: &[&str],
    status: Status,
    outcome: Option<Outcome>,
    first_action_days: Option<f64>,
) -> i64 {
    let id = db
        .submit_report(
            &NewReport {
                lang: "nl".into(),
                questionnaire_version: "test".into(),
                kinds: helder_domain::report::kinds::KindSet::try_from(
                    kinds.iter().map(|k| k.to_string()).collect::<Vec<_>>(),
                )
                .expect("kinds"),
                receipt_hash: uuid::Uuid::new_v4().to_string(),
                contact: None,
                answers: Vec::new(),
                subject_name: None,
                subject_address: None,
            },
            None,
        )
        .await
        .expect("report stored");
    let first =
        first_action_days.map(|d| received + Duration::milliseconds((d * 86_400_000.0) as i64));
    let sql = "UPDATE reports SET received_at = $1, status = $2, outcome = $3, first_action_at = $4 WHERE id = $5";
    match db {
        Database::Sqlite(pool) => sqlx::query(sql)
            .bind(received)
            .bind(status.as_str())
            .bind(outcome.map(Outcome::as_str))
            .bind(first)
            .bind(id)
            .execute(pool)
            .await
            .map(|_| ()),
        Database::Postgres(pool) => sqlx::query(sql)
            .bind(received)
            .bind(status.as_str())
            .bind(outcome.map(Outcome::as_str))
            .bind(first)
            .bind(id)
            .execute(pool)
            .await
            .map(|_| ()),
    }
    .expect("report updated");
    id
}

/// Export lines in the audit log: (actor, detail).
async fn exports(db: &Database) -> Vec<(String, String)> {
    let sql =
        "SELECT actor, detail FROM audit_log WHERE action = 'statistics_exported' ORDER BY id";
    match db {
        Database::Sqlite(pool) => sqlx::query_as(sql).fetch_all(pool).await,
        Database::Postgres(pool) => sqlx::query_as(sql).fetch_all(pool).await,
    }
    .expect("audit log")
}

/// The value of the first `name=value` cookie in the response's Set-Cookie headers.
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

/// Logs in through the real form; returns the `Cookie` header of the session.
async fn log_in(app: &TestApp, email: &str, role: &str) -> String {
    let db = &app.content.db;
    add_user(db, &app.address, email, Some(role), role, Some(PASSWORD))
        .await
        .expect("user added");
    let page = app.get("/nl/team/inloggen").await;
    let csrf_cookie = cookie(&page, "helder_team_csrf").expect("log-in CSRF cookie");
    let html = page.text().await.expect("log-in page");
    let field = html.split("name=\"csrf\"").nth(1).expect("csrf field");
    let token = field
        .split("value=\"")
        .nth(1)
        .and_then(|v| v.split('"').next())
        .expect("csrf value");
    let response = app
        .client
        .post(format!("{}/nl/team/inloggen", app.address))
        .header("cookie", format!("helder_team_csrf={csrf_cookie}"))
        .form(&[("email", email), ("password", PASSWORD), ("csrf", token)])
        .send()
        .await
        .expect("log-in request");
    assert_eq!(response.status(), 303, "{role} logs in");
    let session = cookie(&response, "helder_team").expect("session cookie");
    format!("helder_team={session}")
}

async fn get(app: &TestApp, path: &str, session: &str) -> reqwest::Response {
    app.get_with(path, "cookie", session).await
}

/// Text without tags or comments, whitespace collapsed.
fn text(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        out.push_str(&rest[..start]);
        let end = if rest[start..].starts_with("<!--") {
            rest[start..].find("-->").map(|e| start + e + 3)
        } else {
            rest[start..].find('>').map(|e| start + e + 1)
        };
        out.push(' ');
        rest = &rest[end.unwrap_or(rest.len())..];
    }
    out.push_str(rest);
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The number in the table row headed `label` in the table captioned `caption`.
fn row(html: &str, caption: &str, label: &str) -> i64 {
    let table = html
        .split("<caption")
        .find(|t| {
            text(&format!(
                "<caption{}",
                t.split("</caption>").next().unwrap_or_default()
            ))
            .trim()
                == caption
        })
        .unwrap_or_else(|| panic!("table {caption:?}"));
    let table = table.split("</table>").next().unwrap_or_default();
    let cells = table
        .split("<tr>")
        .map(|r| text(r.split("</tr>").next().unwrap_or_default()))
        .find(|r| r.starts_with(label) && r[label.len()..].trim().parse::<i64>().is_ok())
        .unwrap_or_else(|| panic!("row {label:?} in {caption:?}"));
    cells[label.len()..].trim().parse().expect("number")
}

/// The label of a kind in the shipped questionnaire.
fn kind_label(id: &str) -> String {
    let questionnaire = Questionnaire::parse(include_str!("../../locales/questionnaire.toml"))
        .expect("shipped questionnaire");
    questionnaire
        .kind(id)
        .expect("kind")
        .label
        .get(nl())
        .to_owned()
}

/// The reports of the tests: eight in 2025 (around month and year boundaries in local time),
/// one on 31 December 2024 and one on 1 January 2026.
async fn fill(db: &Database) {
    use Status::*;
    report(
        db,
        local(2025, 1, 31, 23, 30),
        &["work", "assets"],
        New,
        None,
        None,
    )
    .await;
    report(
        db,
        local(2025, 1, 1, 0, 10),
        &["work"],
        Orange,
        None,
        Some(1.0),
    )
    .await;
    report(
        db,
        local(2025, 2, 1, 0, 0),
        &["other"],
        InProgress,
        None,
        None,
    )
    .await;
    report(
        db,
        local(2025, 3, 15, 12, 0),
        &["living_together"],
        Closed,
        Some(Outcome::Repayment),
        Some(2.0),
    )
    .await;
    report(
        db,
        local(2025, 3, 16, 12, 0),
        &["address", "work"],
        Closed,
        Some(Outcome::NoAction),
        Some(4.0),
    )
    .await;
    report(
        db,
        local(2025, 3, 17, 12, 0),
        &["work"],
        Red,
        None,
        Some(0.5),
    )
    .await;
    report(
        db,
        local(2025, 6, 10, 12, 0),
        &["work"],
        Green,
        None,
        Some(7.0),
    )
    .await;
    report(
        db,
        local(2025, 12, 31, 23, 59),
        &["assets"],
        Green,
        None,
        Some(3.0),
    )
    .await;
    report(
        db,
        local(2024, 12, 31, 23, 50),
        &["work"],
        Closed,
        Some(Outcome::CriminalReport),
        Some(5.0),
    )
    .await;
    report(db, local(2026, 1, 1, 0, 0), &["work"], New, None, None).await;
}

async fn the_page_and_the_csv_show_the_figures_of_the_year(backend: Backend) {
    let app = spawn_app(backend).await;
    let db = app.content.db.clone();
    fill(&db).await;
    let lead = log_in(&app, "lead@example.org", "lead").await;

    let response = get(&app, "/nl/team/statistiek?jaar=2025", &lead).await;
    assert_eq!(response.status(), 200);
    let html = response.text().await.expect("page");
    let lang = nl();
    let month = |m: usize| t(lang, &format!("team-month-{m}"));
    let by_month = t(lang, "team-stats-by-month");
    let months: Vec<i64> = (1..=12).map(|m| row(&html, &by_month, &month(m))).collect();
    assert_eq!(months, [2, 1, 3, 0, 0, 1, 0, 0, 0, 0, 0, 1]);

    let by_kind = t(lang, "team-stats-by-kind");
    for (kind, count) in [
        ("living_together", 1),
        ("address", 1),
        ("work", 5),
        ("assets", 2),
        ("other", 1),
    ] {
        assert_eq!(row(&html, &by_kind, &kind_label(kind)), count, "{kind}");
    }
    let by_status = t(lang, "team-stats-by-status");
    let status = |s: Status| {
        row(
            &html,
            &by_status,
            &t(lang, &format!("team-status-{}", s.as_str())),
        )
    };
    use Status::*;
    assert_eq!(
        [
            New, Assigned, InProgress, Green, Orange, Red, NoAction, Closed
        ]
        .map(status),
        [1, 0, 1, 2, 1, 1, 0, 2]
    );
    let by_outcome = t(lang, "team-stats-by-outcome");
    let outcome = |o: Outcome| {
        row(
            &html,
            &by_outcome,
            &t(lang, &format!("team-outcome-{}", o.as_str())),
        )
    };
    assert_eq!(Outcome::ALL.map(outcome), [1, 1, 0, 0, 0]);

    let page = text(&html);
    assert!(page.contains("Meldingen ontvangen 8"), "{page}");
    // Orange, red, and closed with a repayment: 3 of 8.
    assert!(page.contains("3 van de 8 meldingen (37,5%)"), "{page}");
    // First actions after 0.5, 1, 2, 3, 4 and 7 days: median 2.5, average 17.5 / 6.
    assert!(
        page.contains(
            "De helft binnen 2,5 dagen (mediaan). Gemiddeld 2,9 dagen. Gemeten over 6 meldingen"
        ),
        "{page}"
    );
    // The chart: an image with a name, a bar per month with its number.
    assert!(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"hl-chart\""));
    assert!(
        html.contains(
            "role=\"img\" aria-labelledby=\"hl-stats-months-title hl-stats-months-desc\""
        )
    );
    assert_eq!(html.matches("class=\"hl-chart__bar\"").count(), 12);
    assert!(html.contains("De meeste meldingen kwamen in maart: 3."));
    assert!(!html.contains(" style="), "no inline styles (CSP)");
    // The year selector offers the years with reports, as a plain GET form.
    assert!(html.contains("method=\"get\""));
    for year in ["2024", "2025"] {
        assert!(
            html.contains(&format!("<option value=\"{year}\"")),
            "{year}"
        );
    }
    assert!(html.contains("href=\"/nl/team/statistiek.csv?jaar=2025\""));
    assert!(
        exports(&db).await.is_empty(),
        "reading the page is no export"
    );

    // Another year, and English with a decimal point.
    let html = get(&app, "/nl/team/statistiek?jaar=2024", &lead)
        .await
        .text()
        .await
        .expect("2024");
    assert!(text(&html).contains("Meldingen ontvangen 1"));
    assert_eq!(row(&html, &by_month, &month(12)), 1);
    let html = get(&app, "/en/team/statistiek?jaar=2025", &lead)
        .await
        .text()
        .await
        .expect("en");
    assert!(
        text(&html).contains("3 of the 8 reports (37.5%)"),
        "{}",
        text(&html)
    );

    // The CSV: the same figures, as a download, and one line in the audit log.
    let response = get(&app, "/nl/team/statistiek.csv?jaar=2025", &lead).await;
    assert_eq!(response.status(), 200);
    let headers = response.headers().clone();
    assert_eq!(
        headers.get("content-type").and_then(|v| v.to_str().ok()),
        Some("text/csv; charset=utf-8")
    );
    assert_eq!(
        headers
            .get("content-disposition")
            .and_then(|v| v.to_str().ok()),
        Some("attachment; filename=\"helder-cijfers-2025.csv\"")
    );
    let bytes = response.bytes().await.expect("csv");
    assert!(bytes.starts_with(&[0xEF, 0xBB, 0xBF]), "UTF-8 with BOM");
    let csv = String::from_utf8(bytes[3..].to_vec()).expect("UTF-8");
    let lines: Vec<&str> = csv.split("\r\n").collect();
    let expected = [
        "Onderdeel;Omschrijving;Waarde".to_owned(),
        "Jaar;;2025".to_owned(),
        "Meldingen ontvangen;;8".to_owned(),
        "Per maand;januari;2".to_owned(),
        "Per maand;februari;1".to_owned(),
        "Per maand;maart;3".to_owned(),
        "Per maand;april;0".to_owned(),
        "Per maand;juni;1".to_owned(),
        "Per maand;december;1".to_owned(),
        format!("Soort melding;{};5", kind_label("work")),
        format!("Soort melding;{};2", kind_label("assets")),
        format!("Soort melding;{};1", kind_label("living_together")),
        format!("Status nu;{};2", t(lang, "team-status-green")),
        format!("Status nu;{};0", t(lang, "team-status-assigned")),
        format!("Status nu;{};2", t(lang, "team-status-closed")),
        format!(
            "Uitkomst van afgesloten meldingen;{};1",
            t(lang, "team-outcome-repayment")
        ),
        format!(
            "Uitkomst van afgesloten meldingen;{};1",
            t(lang, "team-outcome-no_action")
        ),
        format!(
            "Uitkomst van afgesloten meldingen;{};0",
            t(lang, "team-outcome-criminal_report")
        ),
        "Leidde tot een onderzoek;Aantal meldingen;3".to_owned(),
        "Leidde tot een onderzoek;Percentage van alle meldingen;37,5".to_owned(),
        "Tijd tot de eerste actie;Aantal meldingen;6".to_owned(),
        "Tijd tot de eerste actie;Mediaan in dagen;2,5".to_owned(),
        "Tijd tot de eerste actie;Gemiddelde in dagen;2,9".to_owned(),
    ];
    for line in &expected {
        assert!(lines.contains(&line.as_str()), "{line:?} in {lines:#?}");
    }
    assert_eq!(lines.last(), Some(&""), "every record ends in CRLF");
    assert_eq!(
        exports(&db).await,
        vec![(
            "lead@example.org".to_owned(),
            "statistics 2025 csv".to_owned()
        )],
        "the export is in the audit log"
    );
}

async fn only_leads_see_the_figures(backend: Backend) {
    let app = spawn_app(backend).await;
    let db = app.content.db.clone();
    fill(&db).await;
    for path in ["/nl/team/statistiek", "/nl/team/statistiek.csv?jaar=2025"] {
        let response = app.get(path).await;
        assert_eq!(response.status(), 303, "anonymous {path}");
        assert_eq!(
            response
                .headers()
                .get("location")
                .and_then(|v| v.to_str().ok()),
            Some("/nl/team/inloggen")
        );
    }
    for role in ["editor", "intake", "admin"] {
        let session = log_in(&app, &format!("{role}@example.org"), role).await;
        for path in [
            "/nl/team/statistiek?jaar=2025",
            "/nl/team/statistiek.csv?jaar=2025",
            "/en/team/statistiek",
        ] {
            let response = get(&app, path, &session).await;
            assert_eq!(response.status(), 403, "{role} {path}");
            let body = response.text().await.expect("body");
            assert!(!body.contains("Onderdeel;"), "{role} gets no CSV");
            assert!(!body.contains("hl-chart"), "{role} gets no figures");
        }
    }
    assert!(
        exports(&db).await.is_empty(),
        "a refused export is no export"
    );
    let lead = log_in(&app, "lead@example.org", "lead").await;
    assert_eq!(get(&app, "/nl/team/statistiek", &lead).await.status(), 200);
}

both_backends!(
    the_page_and_the_csv_show_the_figures_of_the_year,
    only_leads_see_the_figures
);
