//! Issue 18, part 3: the annual figures. Two years of reports through every channel, with
//! combined outcomes and amounts: the page shows the key figures with the year before beside
//! them (share investigated, warnings, measures, total and average repayment and fines, days
//! to the first action and to closing as median and 90th percentile, open at the year's end),
//! the chart of the channels, and the CSV holds the same.

use crate::{
    both_backends,
    helpers::{
        Backend,
        db::{execute, execute_at},
        html::text,
        spawn_app_with,
        staff::StaffClient,
    },
};
use chrono::{Duration, Local, TimeZone, Utc};
use helder_domain::{queue::Status, staff::Role};

both_backends!(the_year_is_summed_up_beside_the_year_before);

/// A report received on `day` (local noon) through `channel`, with its first action and
/// closing `first` and `closed` days later, and its outcomes `(outcome, euros)`.
#[allow(clippy::too_many_arguments)]
async fn report(
    app: &crate::helpers::TestApp,
    (y, m, d): (i32, u32, u32),
    channel: &str,
    status: Status,
    first: i64,
    closed: Option<i64>,
    outcomes: &[(&str, Option<i64>)],
) {
    let db = &app.content.db;
    let received = Local
        .with_ymd_and_hms(y, m, d, 12, 0, 0)
        .earliest()
        .unwrap()
        .with_timezone(&Utc);
    let id = crate::statistics::report(db, received, &["work"], status, None, None).await;
    execute_at(
        db,
        &format!("UPDATE reports SET channel = '{channel}', first_action_at = $1 WHERE id = {id}"),
        received + Duration::days(first),
        &[],
    )
    .await
    .unwrap();
    if let Some(days) = closed {
        execute_at(
            db,
            &format!("UPDATE reports SET closed_at = $1 WHERE id = {id}"),
            received + Duration::days(days),
            &[],
        )
        .await
        .unwrap();
    }
    for (outcome, euros) in outcomes {
        let euros = euros.map_or("NULL".to_owned(), |e| e.to_string());
        execute(
            db,
            &format!(
                "INSERT INTO report_outcomes (report_id, outcome, euros) VALUES ({id}, '{outcome}', {euros})"
            ),
        )
        .await;
    }
}

/// The cells of the key-figures row labelled `label`: (this year, the year before).
fn row(page: &str, label: &str) -> (String, String) {
    let start = page
        .find(&format!("<th scope=\"row\">{label}</th>"))
        .unwrap_or_else(|| panic!("a row {label}"));
    let cells: Vec<String> = page[start..]
        .split("<td class=\"hl-numeric\">")
        .skip(1)
        .take(2)
        .map(|c| text(c.split("</td>").next().unwrap_or_default()))
        .collect();
    (cells[0].clone(), cells[1].clone())
}

async fn the_year_is_summed_up_beside_the_year_before(backend: Backend) {
    // Retention would delete the old "no action" report and anonymise the others while the
    // test reads them: terms longer than the test's years.
    let app = spawn_app_with(backend, |s| {
        s.retain_no_action_days = 5000;
        s.retain_closed_days = 5000;
    })
    .await;
    // 2024: a warning closed after 10 days, and one still open at the end of the year.
    let closed = Status::Closed;
    report(
        &app,
        (2024, 3, 1),
        "web",
        closed,
        1,
        Some(10),
        &[("warning", None)],
    )
    .await;
    report(
        &app,
        (2024, 12, 1),
        "letter",
        Status::InProgress,
        3,
        None,
        &[],
    )
    .await;
    // 2025: repayment and fine together, a repayment, no action, and a phone tip on orange.
    report(
        &app,
        (2025, 2, 1),
        "web",
        closed,
        1,
        Some(5),
        &[("repayment", Some(4000)), ("fine", Some(600))],
    )
    .await;
    report(
        &app,
        (2025, 3, 1),
        "web",
        closed,
        2,
        Some(15),
        &[("repayment", Some(2000))],
    )
    .await;
    report(
        &app,
        (2025, 4, 1),
        "email",
        closed,
        3,
        Some(40),
        &[("no_action", None)],
    )
    .await;
    report(&app, (2025, 5, 1), "phone", Status::Orange, 10, None, &[]).await;

    let mut lead = StaffClient::signed_in(&app, "lead@gemeente.nl", Role::Lead).await;
    let (status, page) = lead.page("/nl/team/statistiek?jaar=2025").await;
    assert_eq!(status, 200);
    assert!(page.contains("Kerncijfers 2025, met het jaar ervoor"));
    let expected = [
        ("Meldingen ontvangen", ("4", "2")),
        ("Deel dat tot onderzoek leidde", ("75,0%", "50,0%")),
        ("Waarschuwingen", ("0", "1")),
        ("Maatregelen", ("0", "0")),
        ("Teruggevorderd, totaal", ("€ 6.000", "€ 0")),
        ("Teruggevorderd, gemiddeld per melding", ("€ 3.000", "–")),
        ("Boetes, totaal", ("€ 600", "€ 0")),
        ("Boetes, gemiddeld per melding", ("€ 600", "–")),
        ("Dagen tot de eerste actie (mediaan)", ("2,5", "2,0")),
        (
            "Dagen tot de eerste actie (9 van de 10 binnen)",
            ("10,0", "3,0"),
        ),
        ("Dagen tot afsluiten (mediaan)", ("15,0", "10,0")),
        ("Dagen tot afsluiten (9 van de 10 binnen)", ("40,0", "10,0")),
        // 2025: the phone tip and the 2024 report still open; 2024: its own open one.
        ("Nog open aan het eind van het jaar", ("2", "1")),
    ];
    for (label, (now, before)) in expected {
        assert_eq!(
            row(&page, label),
            (now.to_owned(), before.to_owned()),
            "{label}"
        );
    }
    // The channels as a chart with its text, and as a table.
    assert!(page.contains("In 2025 kwamen 4 meldingen binnen: Website 2, Telefoon 1, E-mail 1."));
    // Printable: a print button (placed by a few bytes of script) and print styles.
    assert!(page.contains("Afdrukken voor het jaarverslag"));

    let (_, csv) = lead.page("/nl/team/statistiek.csv?jaar=2025").await;
    for line in [
        "Kerncijfers 2025;Teruggevorderd, totaal;€ 6.000",
        "Kerncijfers 2024;Teruggevorderd, totaal;€ 0",
        "Kerncijfers 2025;Nog open aan het eind van het jaar;2",
        "Meldingen per kanaal;Telefoon;1",
        "Terugvordering;Totaal;6000",
        "Terugvordering;Gemiddeld;3000",
        "Boete;Totaal;600",
    ] {
        assert!(csv.contains(line), "{line} in\n{csv}");
    }
}
