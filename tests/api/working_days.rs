//! Issue 18, part 5: an organisation's own closing days (working days leave them out besides
//! the public holidays), queue pages found by key, and a report's print view for the case
//! file with its audit line.

use crate::{
    both_backends,
    helpers::{
        Backend, TestApp,
        db::{count, default_org, execute_at, new_report, store_report, strings},
        reporter::submit,
        spawn_app,
        staff::{PUBLISHER, StaffClient, account},
    },
};
use chrono::{Datelike, Days, Local, NaiveDate, TimeZone};
use helder_domain::{calendar::Calendar, staff::Role};

both_backends!(
    a_lead_keeps_closing_days_that_working_days_leave_out,
    the_queue_pages_by_key,
    a_report_prints_for_the_case_file_with_an_audit_line
);

/// Noon of a local day, as the database keeps it.
fn noon(day: NaiveDate) -> chrono::DateTime<chrono::Utc> {
    Local
        .with_ymd_and_hms(day.year(), day.month(), day.day(), 12, 0, 0)
        .earliest()
        .expect("a local noon")
        .with_timezone(&chrono::Utc)
}

/// The ids of the reports in a queue page's table, in order.
fn listed(page: &str) -> Vec<i64> {
    page.split("<td><a href=\"/nl/team/meldingen/")
        .skip(1)
        .filter_map(|rest| rest.split('"').next()?.parse().ok())
        .collect()
}

/// The address of a pager link ("Volgende pagina", …), unescaped.
fn link(page: &str, text: &str) -> Option<String> {
    let end = page.find(&format!(">{text}</a>"))?;
    let start = page[..end].rfind("href=\"")? + 6;
    Some(page[start..end - 1].replace("&amp;", "&"))
}

async fn a_lead_keeps_closing_days_that_working_days_leave_out(backend: Backend) {
    let app = spawn_app(backend).await;
    let mut lead = StaffClient::signed_in(&app, "lead@gemeente.nl", Role::Lead).await;
    let mut intake = StaffClient::signed_in(&app, "intake@gemeente.nl", Role::Intake).await;
    let db = &app.content.db;

    // A report received four working days ago (the default calendar), without a first
    // action: one working day over the limit of three.
    let today = Local::now().date_naive();
    let received = (1..30)
        .map(|back| today - Days::new(back))
        .find(|day| Calendar::default().working_days_between(*day, today) == 4)
        .expect("a day four working days back");
    let first_working = received
        .iter_days()
        .skip(1)
        .find(|day| Calendar::default().is_working_day(*day))
        .expect("a working day after it");
    let id = store_report(db, &new_report("nl", &["work"])).await;
    execute_at(
        db,
        &format!("UPDATE reports SET received_at = $1 WHERE id = {id}"),
        noon(received),
        &[],
    )
    .await
    .unwrap();
    let (_, queue) = lead.page("/nl/team/meldingen/alle").await;
    assert!(queue.contains("Te lang zonder actie"), "overdue before");

    let (status, team) = lead.page("/nl/team/verdeling").await;
    assert_eq!(status, 200);
    assert!(team.contains("Extra sluitingsdagen") && team.contains("geen extra sluitingsdagen"));

    // Mistakes come back with the form as sent, an error summary and 422.
    let saturday = (0..7)
        .map(|n| today + Days::new(n))
        .find(|d| d.weekday() == chrono::Weekday::Sat)
        .unwrap()
        .format("%Y-%m-%d")
        .to_string();
    let first = first_working.format("%Y-%m-%d").to_string();
    let cases = [
        ("", "Brugdag", "Vul een datum in", "closing-day"),
        ("31-02-2027", "Brugdag", "Vul een datum in", "closing-day"),
        (
            saturday.as_str(),
            "Brugdag",
            "al geen werkdag",
            "closing-day",
        ),
        (first.as_str(), " ", "Vul een reden in", "closing-reason"),
    ];
    for (day, reason, message, field) in cases {
        let response = lead
            .post_form(
                "/nl/team/sluitingsdagen",
                &[("day", day), ("reason", reason)],
            )
            .await;
        assert_eq!(response.status(), 422, "{day:?} {reason:?}");
        let page = response.text().await.unwrap();
        assert!(page.contains("<title>Fout: Team en verdeling"), "{day:?}");
        assert!(
            page.contains("hl-error-summary") && page.contains(message),
            "{day:?}"
        );
        assert!(page.contains(&format!("href=\"#{field}\"")), "{day:?}");
        assert!(
            page.contains(&format!("aria-describedby=\"{field}-hint {field}-error\"")),
            "{day:?}: the field names its message"
        );
        assert!(
            page.contains(&format!("value=\"{day}\"")),
            "the date is kept"
        );
    }
    assert_eq!(count(db, "SELECT COUNT(*) FROM closing_days").await, 0);

    // Intake may not.
    let refused = intake
        .post_form(
            "/nl/team/sluitingsdagen",
            &[("day", &first), ("reason", "Brugdag")],
        )
        .await;
    assert_eq!(refused.status(), 403);

    // The lead adds the first working day after the report came in; twice changes nothing.
    for _ in 0..2 {
        let added = lead
            .post_form(
                "/nl/team/sluitingsdagen",
                &[("day", &first), ("reason", "Brugdag")],
            )
            .await;
        assert_eq!(added.status(), 303);
        assert_eq!(
            added.headers()["location"],
            "/nl/team/verdeling#sluitingsdagen"
        );
    }
    assert_eq!(count(db, "SELECT COUNT(*) FROM closing_days").await, 1);
    let (_, team) = lead.page("/nl/team/verdeling").await;
    assert!(team.contains(&first_working.format("%d-%m-%Y").to_string()));
    assert!(team.contains("Brugdag"));
    let audit = strings(
        db,
        "SELECT detail FROM audit_log WHERE action = 'settings_changed' ORDER BY id",
    )
    .await;
    assert_eq!(audit, [format!("closing day {first} added: Brugdag")]);

    // Three working days now: no longer late, in the queue and on the team page.
    let (_, queue) = lead.page("/nl/team/meldingen/alle").await;
    assert!(
        !queue.contains("Te lang zonder actie"),
        "not overdue with the closing day"
    );
    assert!(team.contains("Te lang zonder actie: 0"));
    let (_, report) = lead.page(&format!("/nl/team/meldingen/{id}")).await;
    assert!(!report.contains("hl-tag--overdue"));

    // The daily distribution does not run on it, and does on the next working day.
    let org = default_org();
    let at = chrono::NaiveTime::from_hms_opt(8, 30, 0).unwrap();
    let local = |day: NaiveDate| {
        Local
            .with_ymd_and_hms(day.year(), day.month(), day.day(), 9, 0, 0)
            .earliest()
            .unwrap()
    };
    let daily = helder_server::team::distribution::daily;
    assert!(
        !daily(db, &org, at, &app.address, local(first_working))
            .await
            .unwrap(),
        "no distribution on a closing day"
    );
    let next = first_working
        .iter_days()
        .skip(1)
        .find(|day| Calendar::default().is_working_day(*day))
        .unwrap();
    assert!(
        daily(db, &org, at, &app.address, local(next))
            .await
            .unwrap()
    );

    // Removing: intake may not; a day that is not there is 404; then it is late again.
    let remove = format!("/nl/team/sluitingsdagen/{first}/verwijderen");
    assert_eq!(intake.post_form(&remove, &[]).await.status(), 403);
    assert_eq!(
        lead.post_form("/nl/team/sluitingsdagen/morgen/verwijderen", &[])
            .await
            .status(),
        404
    );
    assert_eq!(lead.post_form(&remove, &[]).await.status(), 303);
    assert_eq!(lead.post_form(&remove, &[]).await.status(), 404);
    assert_eq!(count(db, "SELECT COUNT(*) FROM closing_days").await, 0);
    let (_, queue) = lead.page("/nl/team/meldingen/alle").await;
    assert!(queue.contains("Te lang zonder actie"), "overdue again");
    assert_eq!(
        count(
            db,
            "SELECT COUNT(*) FROM audit_log WHERE action = 'settings_changed'"
        )
        .await,
        2
    );
}

/// 130 open reports, three at a time received at the same moment (so the key's tie-break by
/// number counts), in the order the queue must show them.
async fn open_reports(app: &TestApp) -> Vec<i64> {
    let db = &app.content.db;
    let start = noon(NaiveDate::from_ymd_opt(2026, 3, 2).unwrap());
    for i in 0..130 {
        let id = store_report(db, &new_report("nl", &["work"])).await;
        // Received in reverse order of number, so the order is not simply by number.
        let at = start + chrono::Duration::hours(((130 - i) / 3) as i64);
        execute_at(
            db,
            &format!("UPDATE reports SET received_at = $1 WHERE id = {id}"),
            at,
            &[],
        )
        .await
        .unwrap();
    }
    strings(
        db,
        // `reports.id`: PostgreSQL would sort by the text column named `id`.
        "SELECT CAST(id AS TEXT) FROM reports WHERE status <> 'closed' \
         ORDER BY received_at, reports.id",
    )
    .await
    .iter()
    .map(|id| id.parse().unwrap())
    .collect()
}

async fn the_queue_pages_by_key(backend: Backend) {
    let app = spawn_app(backend).await;
    let order = open_reports(&app).await;
    assert_eq!(order.len(), 130);
    let mut lead = StaffClient::signed_in(&app, "lead@gemeente.nl", Role::Lead).await;

    let (status, first) = lead.page("/nl/team/meldingen/alle").await;
    assert_eq!(status, 200);
    assert_eq!(listed(&first), order[..50]);
    assert!(first.contains("Melding 1 tot en met 50 van 130"));
    assert!(link(&first, "Vorige pagina").is_none() && link(&first, "Eerste pagina").is_none());
    let next = link(&first, "Volgende pagina").expect("next");
    assert_eq!(next, format!("/nl/team/meldingen/alle?na={}", order[49]));

    let (_, second) = lead.page(&next).await;
    assert_eq!(listed(&second), order[50..100]);
    assert!(second.contains("Melding 51 tot en met 100 van 130"));
    let (_, third) = lead.page(&link(&second, "Volgende pagina").unwrap()).await;
    assert_eq!(listed(&third), order[100..]);
    assert!(third.contains("Melding 101 tot en met 130 van 130"));
    assert!(link(&third, "Volgende pagina").is_none() && link(&third, "Laatste pagina").is_none());

    // Back from the third page: the 50 before it.
    let previous = link(&third, "Vorige pagina").unwrap();
    assert_eq!(
        previous,
        format!("/nl/team/meldingen/alle?voor={}", order[100])
    );
    let (_, back) = lead.page(&previous).await;
    assert_eq!(listed(&back), order[50..100]);
    // The last page is the last 50.
    let (_, last) = lead.page(&link(&first, "Laatste pagina").unwrap()).await;
    assert_eq!(listed(&last), order[80..]);
    assert!(last.contains("Melding 81 tot en met 130 van 130"));
    let (_, again) = lead.page(&link(&last, "Eerste pagina").unwrap()).await;
    assert_eq!(listed(&again), order[..50]);

    // The report a link names is closed meanwhile: the link still leads on from it.
    let db = &app.content.db;
    crate::helpers::db::execute(
        db,
        &format!(
            "UPDATE reports SET status = 'closed' WHERE id = {}",
            order[49]
        ),
    )
    .await;
    let (_, after_closed) = lead.page(&next).await;
    assert_eq!(listed(&after_closed), order[50..100]);
    assert!(after_closed.contains("Melding 50 tot en met 99 van 129"));
    // A key that names nothing, or is not a number: the first page.
    for odd in ["na=99999999", "voor=99999999", "na=abc", "pagina=3"] {
        let (status, page) = lead.page(&format!("/nl/team/meldingen/alle?{odd}")).await;
        assert_eq!(status, 200, "{odd}");
        assert_eq!(listed(&page)[..3], order[..3], "{odd}");
    }

    // My own queue pages the same way: 60 of them assigned to the lead.
    let lead_id: i64 = crate::helpers::db::scalar(
        db,
        "SELECT id FROM staff_users WHERE email = 'lead@gemeente.nl'",
    )
    .await;
    let mine: Vec<String> = order[60..].iter().map(i64::to_string).collect();
    crate::helpers::db::execute(
        db,
        &format!(
            "UPDATE reports SET assignee_id = {lead_id}, status = 'assigned' WHERE id IN ({})",
            mine.join(",")
        ),
    )
    .await;
    let (_, own) = lead.page("/nl/team/meldingen").await;
    assert_eq!(listed(&own), order[60..110]);
    assert!(own.contains("Melding 1 tot en met 50 van 70"));
    let (_, own_next) = lead.page(&link(&own, "Volgende pagina").unwrap()).await;
    assert_eq!(listed(&own_next), order[110..]);
}

async fn a_report_prints_for_the_case_file_with_an_audit_line(backend: Backend) {
    let app = spawn_app(backend).await;
    let (id, _) = submit(&app, "198.51.100.7", "Piet Geheimnaam").await;
    let db = &app.content.db;
    let mut lead = StaffClient::signed_in(&app, "lead@gemeente.nl", Role::Lead).await;
    lead.post_form(
        &format!("/nl/team/meldingen/{id}/notitie"),
        &[("note", "Notitie voor het dossier")],
    )
    .await;

    let (_, report) = lead.page(&format!("/nl/team/meldingen/{id}")).await;
    let print = format!("/nl/team/meldingen/{id}/afdrukken");
    assert!(report.contains(&format!("href=\"{print}\"")));
    let (status, printed) = lead.page(&print).await;
    assert_eq!(status, 200);
    for part in [
        "Vertrouwelijk",
        "Afgedrukt door lead op ",
        "Geheimnaam",
        "Bakkerij",
        "Notitie voor het dossier",
        "Geschat bedrag in euro",
    ] {
        assert!(printed.contains(part), "the print view has {part:?}");
    }
    assert!(
        !printed.contains(&format!("action=\"/nl/team/meldingen/{id}/")),
        "no work forms in the print view"
    );
    // The audit line names who printed; the report's history shows it.
    let actors = strings(
        db,
        &format!(
            "SELECT actor FROM audit_log WHERE action = 'report_printed' AND report_id = {id}"
        ),
    )
    .await;
    assert_eq!(actors, ["lead@gemeente.nl"]);
    let (_, report) = lead.page(&format!("/nl/team/meldingen/{id}")).await;
    assert!(report.contains("Afgedrukt"), "history shows the print");

    // Editors, admins and advisors never see it; unknown and odd ids are 404.
    account(&app, "publisher@gemeente.nl", PUBLISHER).await;
    for (email, role) in [
        ("editor@gemeente.nl", Some(Role::Editor)),
        ("admin@gemeente.nl", Some(Role::Admin)),
        ("advisor@gemeente.nl", Some(Role::Advisor)),
        ("publisher@gemeente.nl", None),
    ] {
        let mut staff = match role {
            Some(role) => StaffClient::signed_in(&app, email, role).await,
            None => StaffClient::logged_in(&app, email).await,
        };
        let response = staff.get(&print).await;
        assert_eq!(response.status(), 403, "{email}");
        assert!(!response.text().await.unwrap().contains("Geheimnaam"));
    }
    for odd in [format!("{}", id + 1000), "abc".into()] {
        let status = lead
            .get(&format!("/nl/team/meldingen/{odd}/afdrukken"))
            .await
            .status();
        assert_eq!(status, 404, "{odd}");
    }
    assert_eq!(
        count(
            db,
            "SELECT COUNT(*) FROM audit_log WHERE action = 'report_printed'"
        )
        .await,
        1
    );
}
