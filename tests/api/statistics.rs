//! Statistics for the annual report: the page and the CSV show exactly the figures of the
//! reports in the database (by month in local time, by kind, status and outcome, the share
//! that led to an investigation, the time to the first action); the export is audit-logged;
//! only leads get in.

use crate::{
    both_backends,
    helpers::{
        Backend,
        db::{new_report, store_report},
        html::text,
        spawn_app,
        staff::StaffClient,
    },
    on_pool,
};
use chrono::{DateTime, Duration, Local, TimeZone, Utc};
use helder_app::i18n::t;
use helder_domain::{
    languages::Language,
    queue::{Outcome, Status},
    report::questionnaire::Questionnaire,
    staff::Role,
};
use helder_server::storage::Database;

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
pub(crate) async fn report(
    db: &Database,
    received: DateTime<Utc>,
    kinds: &[&str],
    status: Status,
    outcome: Option<Outcome>,
    first_action_days: Option<f64>,
) -> i64 {
    let id = store_report(db, &new_report("nl", kinds)).await;
    let first =
        first_action_days.map(|d| received + Duration::milliseconds((d * 86_400_000.0) as i64));
    let sql = "UPDATE reports SET received_at = $1, status = $2, outcome = $3, first_action_at = $4 WHERE id = $5";
    on_pool!(db, pool => sqlx::query(sql)
        .bind(received)
        .bind(status.as_str())
        .bind(outcome.map(Outcome::as_str))
        .bind(first)
        .bind(id)
        .execute(pool)
        .await
        .map(|_| ()))
    .expect("report updated");
    if let Some(outcome) = outcome {
        crate::helpers::db::execute(
            db,
            &format!(
                "INSERT INTO report_outcomes (report_id, outcome) VALUES ({id}, '{}')",
                outcome.as_str()
            ),
        )
        .await;
    }
    id
}

/// Export lines in the audit log: (actor, detail).
async fn exports(db: &Database) -> Vec<(String, String)> {
    let sql =
        "SELECT actor, detail FROM audit_log WHERE action = 'statistics_exported' ORDER BY id";
    on_pool!(db, pool => sqlx::query_as(sql).fetch_all(pool).await).expect("audit log")
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
    use Outcome as O;
    use Status::*;
    // (received, kinds, status, outcome, days to the first action)
    let reports: [(_, &[&str], _, _, _); 10] = [
        (
            local(2025, 1, 31, 23, 30),
            &["work", "assets"],
            New,
            None,
            None,
        ),
        (local(2025, 1, 1, 0, 10), &["work"], Orange, None, Some(1.0)),
        (local(2025, 2, 1, 0, 0), &["other"], InProgress, None, None),
        (
            local(2025, 3, 15, 12, 0),
            &["living_together"],
            Closed,
            Some(O::Repayment),
            Some(2.0),
        ),
        (
            local(2025, 3, 16, 12, 0),
            &["address", "work"],
            Closed,
            Some(O::NoAction),
            Some(4.0),
        ),
        (local(2025, 3, 17, 12, 0), &["work"], Red, None, Some(0.5)),
        (local(2025, 6, 10, 12, 0), &["work"], Green, None, Some(7.0)),
        (
            local(2025, 12, 31, 23, 59),
            &["assets"],
            Green,
            None,
            Some(3.0),
        ),
        (
            local(2024, 12, 31, 23, 50),
            &["work"],
            Closed,
            Some(O::CriminalReport),
            Some(5.0),
        ),
        (local(2026, 1, 1, 0, 0), &["work"], New, None, None),
    ];
    for (received, kinds, status, outcome, days) in reports {
        report(db, received, kinds, status, outcome, days).await;
    }
}

async fn the_page_and_the_csv_show_the_figures_of_the_year(backend: Backend) {
    let app = spawn_app(backend).await;
    let db = app.content.db.clone();
    fill(&db).await;
    let mut lead = StaffClient::signed_in(&app, "lead@example.org", Role::Lead).await;

    let response = lead.get("/nl/team/statistiek?jaar=2025").await;
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
    // The row of a status or outcome, by its label's key.
    let figure = |caption: &str, key: String| row(&html, &t(lang, caption), &t(lang, &key));
    let status = |s: Status| {
        figure(
            "team-stats-by-status",
            format!("team-status-{}", s.as_str()),
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
    let outcome = |o: Outcome| {
        figure(
            "team-stats-by-outcome",
            format!("team-outcome-{}", o.as_str()),
        )
    };
    assert_eq!(Outcome::ALL.map(outcome), [1, 0, 1, 0, 0, 0, 0, 0]);

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
    // Twelve months, and the chart of the channels (one bar each).
    assert_eq!(
        html.matches("class=\"hl-chart__bar\"").count(),
        12 + helder_domain::report::channel::Channel::ALL.len()
    );
    assert!(html.contains("aria-labelledby=\"hl-stats-channels-title hl-stats-channels-desc\""));
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
    let html = lead
        .get("/nl/team/statistiek?jaar=2024")
        .await
        .text()
        .await
        .expect("2024");
    assert!(text(&html).contains("Meldingen ontvangen 1"));
    assert_eq!(row(&html, &by_month, &month(12)), 1);
    let html = lead
        .get("/en/team/statistiek?jaar=2025")
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
    let response = lead.get("/nl/team/statistiek.csv?jaar=2025").await;
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
    let outcome_line = |o: Outcome, n: i64| {
        let label = t(lang, &format!("team-outcome-{}", o.as_str()));
        format!("Uitkomst van afgesloten meldingen;{label};{n}")
    };
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
        outcome_line(Outcome::Repayment, 1),
        outcome_line(Outcome::NoAction, 1),
        outcome_line(Outcome::CriminalReport, 0),
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
    for role in [Role::Editor, Role::Intake, Role::Admin] {
        let (mut staff, role) = StaffClient::with_role(&app, role, "example.org").await;
        for path in [
            "/nl/team/statistiek?jaar=2025",
            "/nl/team/statistiek.csv?jaar=2025",
            "/en/team/statistiek",
        ] {
            let response = staff.get(path).await;
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
    let mut lead = StaffClient::signed_in(&app, "lead@example.org", Role::Lead).await;
    assert_eq!(lead.get("/nl/team/statistiek").await.status(), 200);
}

both_backends!(
    the_page_and_the_csv_show_the_figures_of_the_year,
    only_leads_see_the_figures
);
