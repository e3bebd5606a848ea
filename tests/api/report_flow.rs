//! The report form, step by step, as a browser without JavaScript uses it: plain form posts,
//! a draft cookie, errors with answers kept, check your answers, a receipt code once.

use crate::{
    both_backends,
    helpers::{
        Backend, PostsForms,
        app::client,
        db::report_by_code,
        reporter::{Reporter, receipt},
        spawn_app,
    },
};

both_backends!(
    a_report_goes_from_start_to_receipt,
    bad_input_gets_clear_4xx_answers
);

async fn a_report_goes_from_start_to_receipt(backend: Backend) {
    let app = spawn_app(backend).await;
    let client = client();

    let start = app.get("/nl/melden").await;
    assert_eq!(start.status(), 200);
    assert!(
        start.text().await.unwrap().contains("signaal"),
        "the start page explains a report is a signal"
    );

    let mut reporter = Reporter::new(&app.address, client.clone(), None);
    let page = reporter.report("ar", "Jan Jansen").await;
    let code = receipt(&page);
    assert_eq!(code.len(), 19, "16 digits in groups of four: {code}");
    assert!(
        code.split(' ')
            .all(|g| g.len() == 4 && g.chars().all(|c| c.is_ascii_digit()))
    );

    // Stored with the questions as asked (Arabic) and in Dutch; found only by the code's hash.
    let db = &app.content.db;
    let id = report_by_code(db, &code)
        .await
        .expect("report stored under the code's hash");
    let answers = db.report_answers(id).await.unwrap();
    let name = answers
        .iter()
        .find(|a| a.question_id == "person_name")
        .unwrap();
    assert_eq!(name.answer, "Jan Jansen");
    assert_eq!(name.question_nl, "Wat is de naam van de persoon?");
    assert_ne!(
        name.question_asked, name.question_nl,
        "the question as the reporter read it, in Arabic"
    );
    assert!(
        answers.iter().all(|a| a.question_id != "household_who"),
        "only what the kinds need"
    );
    assert!(
        !page.contains("Jan Jansen"),
        "the receipt page repeats nothing"
    );

    // The draft is gone: the check page now says so, and sending again stores nothing, with
    // the cleared cookie (a back button) or the old one (a second click, a replay).
    assert_eq!(db.count_reports().await.unwrap(), 1);
    let after = reporter
        .get("/ar/melden/controleren")
        .await
        .text()
        .await
        .unwrap();
    assert!(!after.contains("Jan Jansen"));
    let again = reporter.post_expect("/ar/melden/versturen", &[], 303).await;
    assert_eq!(again.headers()["location"], "/ar/melden/controleren");
    let old = reporter
        .sent_with
        .clone()
        .expect("the draft cookie of the send");
    assert!(
        old.len() > "helder_melding=".len(),
        "a real draft cookie: {old}"
    );
    reporter.cookie = Some(old);
    let replay = reporter.post("/ar/melden/versturen", &[]).await;
    let status = replay.status();
    let body = replay.text().await.unwrap();
    assert!(
        !body.contains("hl-receipt"),
        "a replay gets no second receipt code ({status})"
    );
    assert_eq!(status, 303, "a replay goes back to the check page");
    assert_eq!(
        db.count_reports().await.unwrap(),
        1,
        "sending again stored nothing"
    );
}

async fn bad_input_gets_clear_4xx_answers(backend: Backend) {
    let app = spawn_app(backend).await;
    let client = client();
    let mut r = Reporter::new(&app.address, client.clone(), None);
    assert_eq!(r.post("/nl/melden/start", &[]).await.status(), 303);

    let none = r.post_expect("/nl/melden/soort", &[], 422).await;
    let body = none.text().await.unwrap();
    assert!(
        body.contains("hl-error-summary") && body.contains("href=\"#kind\""),
        "error summary links the field"
    );

    r.post_expect(
        "/nl/melden/soort",
        &[("kind", "'; DROP TABLE reports; --")],
        422,
    )
    .await;
    r.post_expect("/nl/melden/soort", &[("kind", "work")], 303)
        .await;

    let long = "x".repeat(1000);
    let too_long = r
        .post_expect(
            "/nl/melden/persoon",
            &[
                ("q_person_name", &long),
                ("q_person_address", "Kerkstraat 2"),
            ],
            422,
        )
        .await;
    let body = too_long.text().await.unwrap();
    assert!(body.contains("Gebruik maximaal 200 tekens"));
    assert!(
        body.contains("value=\"Kerkstraat 2\""),
        "answers survive an error"
    );

    let script = r
        .post(
            "/nl/melden/persoon",
            &[("q_person_name", "<script>alert(1)</script>")],
        )
        .await;
    assert_eq!(script.status(), 303, "stored as inert text");
    // The check page needs every step done.
    for (step, form) in [
        ("situatie", vec![]),
        ("hoe-weet-u-het", vec![]),
        ("contact", vec![("contact", "no")]),
    ] {
        let response = r.post(&format!("/nl/melden/{step}"), &form).await;
        assert_eq!(response.status(), 303, "{step}");
    }
    let check = r.get("/nl/melden/controleren").await.text().await.unwrap();
    assert!(
        check.contains("&lt;script&gt;alert(1)&lt;/script&gt;")
            && !check.contains("<script>alert(1)")
    );

    r.post_expect(
        "/nl/melden/contact",
        &[("contact", "yes"), ("email", "a@b.nl\r\nBcc: x@y.nl")],
        422,
    )
    .await;
    let honeypot = r
        .post(
            "/nl/melden/contact",
            &[("contact", "no"), ("website", "spam")],
        )
        .await;
    assert_eq!(honeypot.status(), 422, "the honeypot is refused");

    let invalid_utf8 = client
        .post(format!("{}/nl/melden/persoon", app.address))
        .header("content-type", "application/x-www-form-urlencoded")
        .header("cookie", r.cookie.clone().unwrap())
        .body([b"q_person_name=".as_slice(), &[0xff, 0xfe]].concat())
        .send()
        .await
        .unwrap();
    // Decoded lossily (as U+FFFD) and kept as inert text, or refused: never a 500.
    let status = invalid_utf8.status();
    assert!(status == 303 || status.is_client_error(), "{status}");

    let huge = client
        .post(format!("{}/nl/melden/persoon", app.address))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(vec![b'a'; 200 * 1024])
        .send()
        .await
        .unwrap();
    assert_eq!(huge.status(), 413);
    // The unread body ends the connection, and the answer says so (no broken reuse).
    assert_eq!(huge.headers()["connection"], "close");

    // Report pages are personal: never cached.
    let page = r.get("/nl/melden/persoon").await;
    assert_eq!(page.headers()["cache-control"], "no-store");
}

both_backends!(a_reporter_comes_back_with_the_code_and_answers);

async fn a_reporter_comes_back_with_the_code_and_answers(backend: Backend) {
    let app = spawn_app(backend).await;
    let client = client();
    let mut reporter = Reporter::new(&app.address, client.clone(), None);
    let code = receipt(&reporter.report("nl", "Jan Jansen").await);

    // Coming back is another visit (another client behind the trusted proxy): its own limit.
    let back_from = "203.0.113.50";
    let db = &app.content.db;
    let id = report_by_code(db, &code).await.unwrap();

    // Before the team asks anything: the code works, there is no question yet.
    let page = app.get("/nl/melden/terugkomen").await;
    assert_eq!(page.status(), 200);
    let back = app
        .post_form(
            back_from,
            "/nl/melden/terugkomen",
            &[("code", code.replace(' ', "-").as_str())],
        )
        .await;
    assert_eq!(back.status(), 200);
    assert!(
        back.text().await.unwrap().contains("geen vraag"),
        "no question yet"
    );

    db.add_message(id, "team", "Op welke dagen werkt de persoon?")
        .await
        .unwrap();
    let back = app
        .post_form(
            back_from,
            "/nl/melden/terugkomen",
            &[("code", code.as_str())],
        )
        .await;
    let body = back.text().await.unwrap();
    assert!(
        body.contains("Op welke dagen werkt de persoon?"),
        "the team's question is shown"
    );
    assert!(
        !body.contains("Jan Jansen"),
        "the report itself is not shown to whoever has the code"
    );

    let answer = |text| [("code", code.as_str()), ("answer", text)];
    let empty = app
        .post_form(back_from, "/nl/melden/antwoorden", &answer("  "))
        .await;
    assert_eq!(empty.status(), 422);
    let answered = app
        .post_form(
            back_from,
            "/nl/melden/antwoorden",
            &answer("Maandag en dinsdag."),
        )
        .await;
    assert_eq!(answered.status(), 200);
    assert!(answered.text().await.unwrap().contains("Dank u wel"));
    let messages = db.messages(id).await.unwrap();
    assert_eq!(
        messages
            .last()
            .map(|m| (m.author.as_str(), m.body.as_str())),
        Some(("reporter", "Maandag en dinsdag."))
    );

    // A wrong code: one plain refusal, no hint which part was wrong.
    let wrong = app
        .post_form(
            back_from,
            "/nl/melden/terugkomen",
            &[("code", "0000 0000 0000 0000")],
        )
        .await;
    assert_eq!(wrong.status(), 422);
    let wrong = wrong.text().await.unwrap();
    assert!(wrong.contains("Deze code kennen wij niet"));
    let forged = app
        .post_form(
            back_from,
            "/nl/melden/antwoorden",
            &[("code", "1111 1111 1111 1111"), ("answer", "spam")],
        )
        .await;
    assert_eq!(forged.status(), 422);
    assert_eq!(
        db.messages(id).await.unwrap().len(),
        2,
        "nothing stored without a valid code"
    );
}
