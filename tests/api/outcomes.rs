//! Issue 18, part 2: a report closes with one or more outcomes and their details, the earlier
//! fine is a date that counts for five years, and reports closed before keep their outcome.

use crate::{
    both_backends,
    helpers::{
        Backend, PostsForms,
        db::{count, database_before, execute_at, strings},
        reporter::submit,
        spawn_app,
        staff::StaffClient,
    },
};
use chrono::{Datelike, Months, Utc};
use helder_domain::{
    outcomes::OutcomeRecord,
    queue::{EarlierFine, Outcome},
    staff::Role,
};

both_backends!(
    a_report_closes_with_a_repayment_and_a_fine,
    the_red_track_counts_an_earlier_fine_for_five_years,
    reports_closed_before_keep_their_outcome
);

/// A closing form as sent, and the messages one of which must come back.
type Case = (
    &'static [(&'static str, &'static str)],
    &'static [&'static str],
);

/// A report on the orange track (where it may be closed), and its member.
async fn in_progress(app: &crate::helpers::TestApp, email: &str) -> (i64, StaffClient) {
    let (id, _) = submit(app, "198.51.100.31", "Karel Sluiter").await;
    let mut member = StaffClient::signed_in(app, email, Role::Intake).await;
    member.page(&format!("/nl/team/meldingen/{id}")).await;
    let me: i64 = crate::helpers::db::scalar(
        &app.content.db,
        &format!("SELECT id FROM staff_users WHERE email = '{email}'"),
    )
    .await;
    let path = format!("/nl/team/meldingen/{id}");
    member
        .post_expect(
            &format!("{path}/toewijzen"),
            &[("member", &me.to_string())],
            303,
        )
        .await;
    member
        .post_expect(&format!("{path}/status"), &[("to", "in_progress")], 303)
        .await;
    member
        .post_expect(&format!("{path}/status"), &[("to", "orange")], 303)
        .await;
    (id, member)
}

async fn a_report_closes_with_a_repayment_and_a_fine(backend: Backend) {
    let app = spawn_app(backend).await;
    let db = &app.content.db;
    let (id, mut member) = in_progress(&app, "lid@gemeente.nl").await;
    let close = format!("/nl/team/meldingen/{id}/afsluiten");

    let (_, report) = member.page(&format!("/nl/team/meldingen/{id}")).await;
    assert!(
        report.contains(&format!("href=\"{close}\"")),
        "a way to close"
    );
    let (status, page) = member.page(&close).await;
    assert_eq!(status, 200);
    for outcome in Outcome::ALL {
        assert!(
            page.contains(&format!("value=\"{}\"", outcome.as_str())),
            "{outcome:?} can be chosen"
        );
    }

    // Every mistake at once, with what was typed.
    let cases: [Case; 3] = [
        (&[], &["Kies een uitkomst"]),
        (
            &[("outcome", "no_action"), ("outcome", "warning")],
            &[
                "Geen actie&quot; kan niet samen",
                "Geen actie\" kan niet samen",
            ],
        ),
        (
            &[
                ("outcome", "repayment"),
                ("outcome", "fine"),
                ("outcome", "measure"),
                ("repayment", ""),
                ("fine", "veel"),
                ("percent", "120"),
                ("months", "3"),
            ],
            &[
                "bedrag van de terugvordering",
                "bedrag van de boete",
                "percentage",
            ],
        ),
    ];
    for (form, messages) in cases {
        let response = member.post_form(&close, form).await;
        assert_eq!(response.status(), 422, "{form:?}");
        let body = response.text().await.unwrap();
        assert!(body.contains("<title>Fout: Melding"), "{form:?}");
        assert!(body.contains("hl-error-summary"));
        assert!(
            messages.iter().any(|m| body.contains(m)),
            "{form:?}: one of {messages:?}"
        );
        if form.len() > 3 {
            for m in messages {
                assert!(body.contains(m), "{m}");
            }
            assert!(body.contains("value=\"veel\"") && body.contains("value=\"120\""));
            assert!(body.contains("href=\"#repayment-amount\""));
        }
    }
    assert_eq!(count(db, "SELECT COUNT(*) FROM report_outcomes").await, 0);

    // A repayment and a fine together.
    member
        .post_expect(
            &close,
            &[
                ("outcome", "repayment"),
                ("outcome", "fine"),
                ("repayment", "4.250"),
                ("fine", "€ 600"),
                ("percent", "ignored"),
            ],
            303,
        )
        .await;
    let work = db
        .report_work(&crate::helpers::db::default_org(), id)
        .await
        .unwrap()
        .unwrap();
    let records = work.outcomes.unwrap().records().to_vec();
    assert_eq!(
        records,
        [
            OutcomeRecord {
                euros: Some(4250),
                ..OutcomeRecord::plain(Outcome::Repayment)
            },
            OutcomeRecord {
                euros: Some(600),
                ..OutcomeRecord::plain(Outcome::Fine)
            },
        ]
    );
    assert_eq!(
        strings(
            db,
            &format!(
                "SELECT detail FROM audit_log WHERE action = 'report_closed' AND report_id = {id}"
            )
        )
        .await,
        ["repayment:4250,fine:600"]
    );
    let (_, report) = member.page(&format!("/nl/team/meldingen/{id}")).await;
    assert!(report.contains("Afgesloten"));
    assert!(report.contains("Terugvordering: € 4.250") && report.contains("Boete: € 600"));
    // The history says it in words too.
    assert!(report.contains("Terugvordering: € 4.250, Boete: € 600"));
    assert!(
        !report.contains(&format!("href=\"{close}\"")),
        "closed: no way to close"
    );

    // Closed: the page sends back, a second close is refused and changes nothing.
    let again = member.get(&close).await;
    assert_eq!(again.status(), 303);
    member
        .post_expect(&close, &[("outcome", "warning")], 422)
        .await;
    assert_eq!(count(db, "SELECT COUNT(*) FROM report_outcomes").await, 2);

    // A measure and a referral, on another report.
    let (other, mut member) = in_progress(&app, "tweede@gemeente.nl").await;
    member
        .post_expect(
            &format!("/nl/team/meldingen/{other}/afsluiten"),
            &[
                ("outcome", "measure"),
                ("outcome", "referred"),
                ("percent", "20"),
                ("months", "3"),
                ("referred_to", "UWV"),
            ],
            303,
        )
        .await;
    let (_, page) = member.page(&format!("/nl/team/meldingen/{other}")).await;
    assert!(page.contains("Maatregel: 20% minder gedurende 3 maanden"));
    assert!(page.contains("Doorgestuurd: UWV"));

    // The year's figures count each outcome and add up the money.
    let mut lead = StaffClient::signed_in(&app, "lead@gemeente.nl", Role::Lead).await;
    let year = chrono::Local::now().year();
    let (_, csv) = lead
        .page(&format!("/nl/team/statistiek.csv?jaar={year}"))
        .await;
    assert!(csv.contains("Boete;1"), "{csv}");
    assert!(csv.contains("Terugvordering;1"), "{csv}");
}

async fn the_red_track_counts_an_earlier_fine_for_five_years(backend: Backend) {
    let app = spawn_app(backend).await;
    let (id, mut member) = in_progress(&app, "lid@gemeente.nl").await;
    let amount = format!("/nl/team/meldingen/{id}/bedrag");
    let today = chrono::Local::now().date_naive();
    let years_ago = |n: u32| (today - Months::new(12 * n)).format("%Y-%m-%d").to_string();
    let suggested = |page: &str| page.contains("Overweeg de Sociale Recherche");
    let page_of =
        async |member: &mut StaffClient| member.page(&format!("/nl/team/meldingen/{id}")).await.1;

    // €3,000: red after a fine four years ago, not after one six years ago or none.
    for (date, red) in [
        (years_ago(4), true),
        (years_ago(6), false),
        (String::new(), false),
    ] {
        member
            .post_expect(
                &amount,
                &[("amount", "3.000"), ("earlier_fine", &date)],
                303,
            )
            .await;
        let page = page_of(&mut member).await;
        assert_eq!(suggested(&page), red, "fine on {date:?}");
        if !date.is_empty() {
            assert!(
                page.contains(&format!("value=\"{date}\"")),
                "the date is shown"
            );
        }
    }
    // €7,000 is red without an earlier fine.
    member
        .post_expect(&amount, &[("amount", "7000"), ("earlier_fine", "")], 303)
        .await;
    assert!(suggested(&page_of(&mut member).await));

    // A date to come or no date at all is refused, with what was typed.
    let tomorrow = (today + chrono::Days::new(1))
        .format("%Y-%m-%d")
        .to_string();
    for bad in [tomorrow.as_str(), "vorig jaar"] {
        let response = member
            .post_expect(&amount, &[("amount", "3000"), ("earlier_fine", bad)], 422)
            .await;
        let body = response.text().await.unwrap();
        assert!(body.contains("Vul een datum in die al geweest is"), "{bad}");
        assert!(body.contains(&format!("value=\"{bad}\"")), "{bad} kept");
    }
    let stored = app
        .content
        .db
        .report_work(&crate::helpers::db::default_org(), id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.earlier_fine, EarlierFine::None);
    assert_eq!(stored.estimated_amount, Some(7000));
}

/// Migration 0017: every report closed before keeps its one outcome (without amounts), and a
/// ticked "fined before" becomes an earlier fine whose date is not known.
async fn reports_closed_before_keep_their_outcome(backend: Backend) {
    let (settings, _data, _pg) = crate::helpers::test_settings(backend).await;
    let db = database_before(&settings, backend, 17).await;
    let old = [
        "no_action",
        "repayment",
        "measure",
        "benefit_ended",
        "criminal_report",
    ];
    let at = Utc::now();
    for (n, outcome) in old.iter().enumerate() {
        // The second was ticked "fined before" (no date was asked then).
        let ticked = if n == 1 { "TRUE" } else { "FALSE" };
        execute_at(
            &db,
            &format!(
                "INSERT INTO reports (received_at, lang, questionnaire_version, receipt_hash, \
                 status, outcome, closed_at, fined_before) \
                 VALUES ($1, 'nl', 'oud', $2, 'closed', $3, $1, {ticked})"
            ),
            at,
            &[&format!("oud-{n}"), outcome],
        )
        .await
        .expect("an old closed report");
    }
    execute_at(
        &db,
        "INSERT INTO reports (received_at, lang, questionnaire_version, receipt_hash, status) \
         VALUES ($1, 'nl', 'oud', 'open', 'in_progress')",
        at,
        &[],
    )
    .await
    .unwrap();
    execute_at(
        &db,
        "INSERT INTO report_kinds (report_id, position, kind) SELECT id, 0, 'work' FROM reports",
        at,
        &[],
    )
    .await
    .unwrap();

    db.migrate().await.expect("migration 0017");
    let org = crate::helpers::db::default_org();
    let ids: Vec<i64> = strings(
        &db,
        "SELECT CAST(id AS TEXT) FROM reports ORDER BY reports.id",
    )
    .await
    .iter()
    .map(|id| id.parse().unwrap())
    .collect();
    for (n, outcome) in old.iter().enumerate() {
        let work = db.report_work(&org, ids[n]).await.unwrap().unwrap();
        let records = work.outcomes.expect("kept").records().to_vec();
        assert_eq!(
            records,
            [OutcomeRecord::plain(Outcome::parse(outcome).unwrap())],
            "{outcome}"
        );
        let earlier = if n == 1 {
            EarlierFine::DateUnknown
        } else {
            EarlierFine::None
        };
        assert_eq!(work.earlier_fine, earlier, "{outcome}");
    }
    let open = db.report_work(&org, ids[5]).await.unwrap().unwrap();
    assert!(open.outcomes.is_none(), "an open report has none");
    assert_eq!(count(&db, "SELECT COUNT(*) FROM report_outcomes").await, 5);
    // A second run changes nothing.
    db.migrate().await.expect("again");
    assert_eq!(count(&db, "SELECT COUNT(*) FROM report_outcomes").await, 5);
}
