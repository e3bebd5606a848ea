//! Issue 18, part 1: tips from every channel. A team member enters a tip through the web
//! form's questions on one page; it is distributed, worked and counted like every report, and
//! has a receipt code only when the reporter wants one.

use crate::{
    both_backends,
    helpers::{
        Backend,
        db::{count, report_by_code, strings},
        reporter::{Reporter, receipt_code},
        spawn_app,
        staff::StaffClient,
    },
};
use chrono::{Datelike, Days, Local};
use helder_domain::staff::Role;

both_backends!(
    a_phone_tip_lands_in_the_queue_and_the_figures,
    a_letter_tip_gets_a_receipt_code_when_wanted
);

const TIP: &str = "/nl/team/meldingen/nieuw";

async fn a_phone_tip_lands_in_the_queue_and_the_figures(backend: Backend) {
    let app = spawn_app(backend).await;
    let db = &app.content.db;
    let mut member = StaffClient::signed_in(&app, "lid@gemeente.nl", Role::Intake).await;
    let (status, form) = member.page(TIP).await;
    assert_eq!(status, 200);
    for part in [
        "value=\"phone\"",
        "value=\"letter\"",
        "value=\"partner\"",
        "name=\"kind\"",
        "name=\"q_person_name\"",
        "name=\"q_work_where\"",
        "Alleen bij: ",
        "name=\"receipt\"",
    ] {
        assert!(form.contains(part), "the tip form has {part}");
    }
    assert!(
        !form.contains("value=\"web\""),
        "the web form files its own"
    );
    let (_, queue) = member.page("/nl/team/meldingen/alle").await;
    assert!(
        queue.contains(&format!("href=\"{TIP}\"")),
        "the queue links to it"
    );

    // Nothing filled in: every problem at once, on the same page, 422.
    let today = Local::now().date_naive();
    let tomorrow = (today + Days::new(1)).format("%Y-%m-%d").to_string();
    let response = member
        .post_form(
            TIP,
            &[("received_on", &tomorrow), ("q_person_name", "Bewaard")],
        )
        .await;
    assert_eq!(response.status(), 422);
    let body = response.text().await.unwrap();
    assert!(body.contains("<title>Fout: Tip invoeren"));
    for field in ["channel", "received_on", "kind", "contact"] {
        assert!(
            body.contains(&format!("href=\"#{field}\"")),
            "{field} in the summary"
        );
    }
    assert!(body.contains("value=\"Bewaard\""), "what was typed is kept");
    assert_eq!(count(db, "SELECT COUNT(*) FROM reports").await, 0);

    // A phone tip from three days ago, about work; an answer for a kind not chosen is dropped.
    let received = today - Days::new(3);
    let received_text = received.format("%d-%m-%Y").to_string();
    let response = member
        .post_form(
            TIP,
            &[
                ("channel", "phone"),
                ("received_on", &received_text),
                ("kind", "work"),
                ("q_person_name", "Tim Telefoon"),
                ("q_work_where", "Garage"),
                ("q_assets_what", "Een boot"),
                ("contact", "no"),
            ],
        )
        .await;
    assert_eq!(response.status(), 200);
    let body = response.text().await.unwrap();
    let id: i64 = crate::helpers::db::scalar(db, "SELECT MAX(id) FROM reports").await;
    assert!(body.contains(&format!("Tip {id} is opgeslagen")));
    assert_eq!(receipt_code(&body), None, "no code unless wanted");
    let stored = strings(
        db,
        &format!(
            "SELECT channel || ' ' || CAST(entered_by IS NOT NULL AS TEXT) || ' ' || \
             CAST(receipt_hash LIKE 'entered:%' AS TEXT) FROM reports WHERE id = {id}"
        ),
    )
    .await;
    assert!(
        stored == ["phone 1 1"] || stored == ["phone true true"],
        "{stored:?}"
    );
    let work = db
        .report_work(&crate::helpers::db::default_org(), id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        work.received_at.with_timezone(&Local).date_naive(),
        received,
        "received on the day it came in"
    );
    let answers: Vec<String> = db
        .report_answers(id)
        .await
        .unwrap()
        .into_iter()
        .map(|a| a.answer)
        .collect();
    assert!(answers.contains(&"Garage".to_owned()));
    assert!(
        !answers.contains(&"Een boot".to_owned()),
        "assets was not chosen"
    );
    assert_eq!(
        strings(
            db,
            &format!("SELECT actor || ' ' || detail FROM audit_log WHERE action = 'report_entered' AND report_id = {id}")
        )
        .await,
        ["lid@gemeente.nl phone"]
    );

    // Worked like every report: in the queue, its page says how it came in, distributed.
    let (_, queue) = member.page("/nl/team/meldingen/alle").await;
    assert!(queue.contains(&format!("/nl/team/meldingen/{id}\"")));
    let (_, page) = member.page(&format!("/nl/team/meldingen/{id}")).await;
    assert!(page.contains("Kanaal") && page.contains("Telefoon") && page.contains("Tim Telefoon"));
    let mut lead = StaffClient::signed_in(&app, "lead@gemeente.nl", Role::Lead).await;
    lead.page("/nl/team/verdeling").await;
    assert_eq!(lead.post_form("/nl/team/verdelen", &[]).await.status(), 303);
    assert_eq!(
        count(
            db,
            &format!("SELECT COUNT(*) FROM reports WHERE id = {id} AND assignee_id IS NOT NULL")
        )
        .await,
        1,
        "distributed"
    );

    // The figures split by channel.
    let year = received.year();
    let (_, csv) = lead
        .page(&format!("/nl/team/statistiek.csv?jaar={year}"))
        .await;
    assert!(csv.contains("Meldingen per kanaal;Telefoon;1"), "{csv}");
    assert!(csv.contains("Meldingen per kanaal;Website;0"), "{csv}");
    let (_, figures) = lead.page(&format!("/nl/team/statistiek?jaar={year}")).await;
    assert!(figures.contains("Meldingen per kanaal"));

    // Editors and advisors cannot enter tips.
    for (email, role) in [
        ("red@gemeente.nl", Role::Editor),
        ("adv@gemeente.nl", Role::Advisor),
    ] {
        let mut other = StaffClient::signed_in(&app, email, role).await;
        assert_eq!(other.get(TIP).await.status(), 403, "{email}");
        let refused = other
            .post_form(
                TIP,
                &[("channel", "phone"), ("kind", "work"), ("contact", "no")],
            )
            .await;
        assert_eq!(refused.status(), 403, "{email}");
    }
    assert_eq!(count(db, "SELECT COUNT(*) FROM reports").await, 1);
}

async fn a_letter_tip_gets_a_receipt_code_when_wanted(backend: Backend) {
    let app = spawn_app(backend).await;
    let db = &app.content.db;
    let mut member = StaffClient::signed_in(&app, "lid@gemeente.nl", Role::Intake).await;
    member.page(TIP).await;
    let today = Local::now().date_naive().format("%Y-%m-%d").to_string();
    let response = member
        .post_form(
            TIP,
            &[
                ("channel", "letter"),
                ("received_on", &today),
                ("kind", "address"),
                ("q_person_name", "Bert Brief"),
                ("contact", "yes"),
                ("email", "schrijver@example.org"),
                ("receipt", "yes"),
            ],
        )
        .await;
    assert_eq!(response.status(), 200);
    let body = response.text().await.unwrap();
    let code = receipt_code(&body).expect("the code, shown once");
    let id = report_by_code(db, &code)
        .await
        .expect("the code finds the tip");
    assert!(body.contains(&format!("Tip {id} is opgeslagen")));
    let (_, page) = member.page(&format!("/nl/team/meldingen/{id}")).await;
    assert!(page.contains("Brief") && page.contains("Bert Brief"));
    // The reporter reads the team's questions with it, as with a web report.
    let mut reporter = Reporter::at(&app, Some("198.51.100.77"));
    let back = reporter
        .post("/nl/melden/terugkomen", &[("code", &code)])
        .await;
    assert_eq!(back.status(), 200);
}
