//! Prevention (issue 17): the self-check counts answers and keeps nothing about the person;
//! "was this clear?" counts per page and keeps comments for editors only; an anonymous
//! question reaches advisors and nobody else, is answered, read with its code and deleted.

use crate::{
    both_backends,
    helpers::{
        Backend,
        app::spawn_app_with,
        db::{count, scalar},
        reporter::{Reporter, receipt},
        staff::{PUBLISHER, StaffClient},
    },
};
use chrono::{Duration, Utc};
use helder_domain::staff::Role;
use helder_server::{
    configuration::Settings,
    retention::{self, RetentionSettings},
    storage::Database,
};

const CLIENT: &str = "203.0.113.77";

/// The text of every row of `table`, one line per row, columns joined by `|`.
async fn rows(db: &Database, table: &str, columns: &[&str]) -> Vec<String> {
    let select: Vec<String> = columns
        .iter()
        .map(|c| format!("COALESCE(CAST({c} AS TEXT), '')"))
        .collect();
    let sql = format!(
        "SELECT {} FROM {table} ORDER BY 1",
        select.join(" || '|' || ")
    );
    crate::helpers::db::strings(db, &sql).await
}

/// The columns `table` has, sorted.
async fn columns(db: &Database, table: &str) -> Vec<String> {
    let sql = match db {
        Database::Sqlite(_) => {
            format!("SELECT name FROM pragma_table_info('{table}') ORDER BY name")
        }
        Database::Postgres(_) => format!(
            "SELECT column_name::text FROM information_schema.columns \
             WHERE table_name = '{table}' ORDER BY column_name"
        ),
    };
    crate::helpers::db::strings(db, &sql).await
}

async fn selfcheck_and_feedback_count_and_keep_nothing_about_the_visitor(backend: Backend) {
    // One client answers much faster than a person reads: room for all of it at once.
    let app = spawn_app_with(backend, |s| s.post_limit_client = 400).await;
    let db = &app.content.db;
    let total: i64 = 12;

    // The start page says what is kept, and starts with question 1.
    let (status, start) = app.page("/nl/zelftest").await;
    assert_eq!(status, 200);
    assert!(start.contains("Wij bewaren niets over u"), "{start}");
    let mut visitor = Reporter::at(&app, Some(CLIENT));
    let begun = visitor.post("/nl/zelftest", &[]).await;
    assert_eq!(begun.status(), 303);
    assert_eq!(begun.headers()["location"], "/nl/zelftest/1");
    let cookie = visitor.cookie.clone().expect("the flow's cookie");
    assert!(cookie.starts_with("helder_zelftest="), "{cookie}");

    // No choice: the question again with an error summary, nothing counted.
    let empty = visitor.post("/nl/zelftest/1", &[]).await;
    assert_eq!(empty.status(), 422);
    let page = empty.text().await.unwrap();
    assert!(
        page.contains("hl-error-summary") && page.contains("href=\"#answer\""),
        "{page}"
    );
    assert_eq!(count(db, "SELECT COUNT(*) FROM selfcheck_counts").await, 0);

    // Every question answered: the first "no" (wrong: a son of 27 at home counts), the rest
    // "I don't know".
    for n in 1..=total {
        let answer = if n == 1 { "no" } else { "unknown" };
        let answered = visitor
            .post(&format!("/nl/zelftest/{n}"), &[("answer", answer)])
            .await;
        assert_eq!(answered.status(), 303, "question {n}");
        let location = answered.headers()["location"].to_str().unwrap().to_owned();
        assert_eq!(
            location,
            format!("/nl/zelftest/{n}/uitleg?antwoord={answer}")
        );
        let explained = visitor.get(&location).await;
        assert_eq!(explained.status(), 200);
        let text = explained.text().await.unwrap();
        if n == 1 {
            assert!(text.contains("Dat klopt niet."), "{text}");
            assert!(
                text.contains("/nl/rechten-en-plichten/kostendeler"),
                "links its page"
            );
        } else {
            assert!(text.contains("Nu weet u het."), "{text}");
        }
    }
    // Answering question 1 again (back button) does not count twice.
    visitor.post("/nl/zelftest/1", &[("answer", "yes")]).await;
    let (status, result) = {
        let r = visitor.get("/nl/zelftest/uitslag").await;
        (r.status().as_u16(), r.text().await.unwrap())
    };
    assert_eq!(status, 200);
    assert!(result.contains("U wist 1 van de 12 antwoorden"), "{result}");
    assert!(result.contains("/nl/vraag"), "ask us: {result}");
    let counted: i64 = scalar(
        db,
        "SELECT CAST(SUM(count) AS BIGINT) FROM selfcheck_counts",
    )
    .await;
    assert_eq!(
        counted, total,
        "one count per question, the first answer only"
    );
    let month = chrono::Local::now().format("%Y-%m").to_string();
    assert_eq!(
        rows(
            db,
            "selfcheck_counts",
            &["question", "answer", "lang", "month", "count"]
        )
        .await[0],
        format!("giften-en-leningen|unknown|nl|{month}|1")
    );

    // Ten more visitors in Arabic answer question 1 right: now it has a share.
    for _ in 0..10 {
        let mut other = Reporter::at(&app, Some(CLIENT));
        other.post("/ar/zelftest", &[]).await;
        let r = other.post("/ar/zelftest/1", &[("answer", "yes")]).await;
        assert_eq!(r.status(), 303);
    }

    // "Was this clear?": a count per page; after "no" a comment, stripped of markup.
    let unknown = visitor
        .post(
            "/nl/rechten-en-plichten/bestaat-niet/duidelijk",
            &[("antwoord", "ja")],
        )
        .await;
    assert_eq!(unknown.status(), 404, "only real pages are counted");
    let (_, topic) = app.page("/nl/rechten-en-plichten/kostendeler").await;
    assert!(topic.contains("Was deze informatie duidelijk?"));
    assert!(topic.contains("action=\"/nl/rechten-en-plichten/kostendeler/duidelijk\""));
    let no = visitor
        .post(
            "/nl/rechten-en-plichten/kostendeler/duidelijk",
            &[("antwoord", "nee")],
        )
        .await;
    assert_eq!(no.status(), 303);
    let ask = visitor
        .get(no.headers()["location"].to_str().unwrap())
        .await;
    assert!(
        ask.text()
            .await
            .unwrap()
            .contains("Wat was niet duidelijk?")
    );
    let too_long = "x".repeat(501);
    let refused = visitor
        .post(
            "/nl/rechten-en-plichten/kostendeler/opmerking",
            &[("opmerking", too_long.as_str())],
        )
        .await;
    assert_eq!(refused.status(), 422);
    let bot = visitor
        .post(
            "/nl/rechten-en-plichten/kostendeler/opmerking",
            &[("opmerking", "spam"), ("website", "http://spam.example")],
        )
        .await;
    assert_eq!(bot.status(), 422, "the honeypot");
    let sent = visitor
        .post(
            "/nl/rechten-en-plichten/kostendeler/opmerking",
            &[("opmerking", "<b>Het woord</b> kostendeler ken ik niet")],
        )
        .await;
    assert_eq!(sent.status(), 303);
    let yes = visitor
        .post(
            "/en/rechten-en-plichten/kostendeler/duidelijk",
            &[("antwoord", "ja")],
        )
        .await;
    assert_eq!(yes.status(), 303);
    assert_eq!(
        rows(
            db,
            "page_feedback_counts",
            &["page", "lang", "month", "clear", "unclear"]
        )
        .await,
        vec![
            format!("kostendeler|en|{month}|1|0"),
            format!("kostendeler|nl|{month}|0|1")
        ]
    );
    let comments = rows(db, "page_feedback_comments", &["page", "lang", "body"]).await;
    assert_eq!(
        comments,
        vec!["kostendeler|nl|Het woord kostendeler ken ik niet"]
    );

    // Nothing identifies a visitor: these tables hold exactly these columns (no address,
    // cookie, agent, session or time of day), the comment only its day, and no value holds
    // the client's address or the flow's cookie.
    let expected: &[(&str, &[&str])] = &[
        (
            "selfcheck_counts",
            &[
                "answer",
                "count",
                "lang",
                "month",
                "municipality",
                "organisation",
                "question",
            ],
        ),
        (
            "page_feedback_counts",
            &[
                "clear",
                "lang",
                "month",
                "municipality",
                "organisation",
                "page",
                "unclear",
            ],
        ),
        (
            "page_feedback_comments",
            &[
                "body",
                "id",
                "lang",
                "municipality",
                "organisation",
                "page",
                "received_on",
            ],
        ),
    ];
    for (table, wanted) in expected {
        assert_eq!(&columns(db, table).await, wanted, "{table}");
        let all = rows(db, table, wanted).await.join("\n");
        assert!(!all.contains("203.0.113"), "{table} holds the address");
        assert!(!all.contains(&cookie), "{table} holds the cookie");
    }
    let day: String = scalar(
        db,
        "SELECT CAST(received_on AS TEXT) FROM page_feedback_comments",
    )
    .await;
    assert!(
        day.contains("00:00:00"),
        "a comment keeps its day, not its time: {day}"
    );

    // Editors and leads see which duties are least known; the counts of these runs show.
    let (mut lead, _) = StaffClient::with_role(&app, Role::Lead, "gemeente.nl").await;
    let (status, knowledge) = lead.page("/nl/team/kennis").await;
    assert_eq!(status, 200);
    let text = crate::helpers::html::text(&knowledge);
    assert!(text.contains("Haarlem 2017"), "{text}");
    assert!(text.contains("91%"), "10 of 11 right: {text}");
    assert!(
        text.contains("minder dan 10 (1)"),
        "one answer: no share: {text}"
    );
    assert!(knowledge.contains("role=\"img\""), "the chart");
    let mut editor = StaffClient::signed_in(&app, "redactie@gemeente.nl", PUBLISHER).await;
    assert_eq!(editor.page("/nl/team/kennis").await.0, 200);
    let (status, feedback) = editor.page("/nl/team/reacties").await;
    assert_eq!(status, 200);
    assert!(feedback.contains("Het woord kostendeler ken ik niet"));
    // Comments are for editors: not for the team, not for advisors.
    for role in [Role::Lead, Role::Intake, Role::Admin, Role::Advisor] {
        let (mut staff, _) = StaffClient::with_role(&app, role, "reacties.nl").await;
        let (status, page) = staff.page("/nl/team/reacties").await;
        assert_eq!(status, 403, "{role:?}");
        assert!(!page.contains("ken ik niet"));
        if role != Role::Lead {
            assert_eq!(staff.page("/nl/team/kennis").await.0, 403, "{role:?}");
        }
    }

    // Comments are deleted after their term (a year by default).
    let terms = RetentionSettings::from_settings(&Settings::defaults());
    retention::sweep(db, &terms, Utc::now() + Duration::days(364))
        .await
        .unwrap();
    assert_eq!(
        count(db, "SELECT COUNT(*) FROM page_feedback_comments").await,
        1
    );
    let report = retention::sweep(db, &terms, Utc::now() + Duration::days(366))
        .await
        .unwrap();
    assert_eq!(report.comments, 1);
    assert_eq!(
        count(db, "SELECT COUNT(*) FROM page_feedback_comments").await,
        0
    );
}

both_backends!(selfcheck_and_feedback_count_and_keep_nothing_about_the_visitor);

async fn a_question_reaches_advisors_only(backend: Backend) {
    let app = spawn_app_with(backend, |s| s.post_limit_client = 400).await;
    let db = &app.content.db;
    let question = "Mag ik geld sparen voor een nieuwe wasmachine?";
    let mut person = Reporter::at(&app, Some(CLIENT));

    // The page says plainly that the team never sees a question.
    let (status, form) = app.page("/nl/vraag").await;
    assert_eq!(status, 200);
    assert!(form.contains("kan uw vraag niet zien"), "{form}");
    let empty = person
        .post("/nl/vraag/controleren", &[("question", " ")])
        .await;
    assert_eq!(empty.status(), 422);
    let bad_mail = person
        .post(
            "/nl/vraag/controleren",
            &[("question", question), ("email", "geen adres")],
        )
        .await;
    assert_eq!(bad_mail.status(), 422);
    let check = person
        .post(
            "/nl/vraag/controleren",
            &[("question", question), ("email", "vrager@example.org")],
        )
        .await;
    assert_eq!(check.status(), 200);
    let check = check.text().await.unwrap();
    assert!(check.contains("/nl/vraag/versturen") && check.contains(question));
    assert_eq!(
        count(db, "SELECT COUNT(*) FROM advice_questions").await,
        0,
        "nothing kept yet"
    );
    let bot = person
        .post(
            "/nl/vraag/versturen",
            &[("question", question), ("website", "x")],
        )
        .await;
    assert_eq!(bot.status(), 422, "the honeypot");
    let sent = person
        .post(
            "/nl/vraag/versturen",
            &[("question", question), ("email", "vrager@example.org")],
        )
        .await;
    assert_eq!(sent.status(), 200);
    let code = receipt(&sent.text().await.unwrap());
    assert_eq!(
        code.chars().filter(char::is_ascii_digit).count(),
        16,
        "{code}"
    );
    let id: i64 = scalar(db, "SELECT MAX(id) FROM advice_questions").await;
    let digits: String = code.chars().filter(char::is_ascii_digit).collect();
    let stored = rows(db, "advice_questions", &["code_hash", "body", "email"])
        .await
        .join("\n");
    assert!(!stored.contains(&digits), "the code itself is not kept");

    // Not yet answered.
    let early = person
        .post("/nl/vraag/antwoord", &[("code", code.as_str())])
        .await;
    assert_eq!(early.status(), 200);
    assert!(early.text().await.unwrap().contains("nog niet beantwoord"));

    // A question never reaches the team, its editors or its administrators: 403 on every
    // question address, and nothing of the question in the answer.
    let question_routes: Vec<_> = helder_server::team::routes()
        .into_iter()
        .filter(|r| r.path.starts_with("/{lang}/team/vragen"))
        .collect();
    assert_eq!(question_routes.len(), 4, "{question_routes:?}");
    let mut refused = 0;
    let others = [
        StaffClient::with_role(&app, Role::Intake, "team.nl")
            .await
            .0,
        StaffClient::with_role(&app, Role::Lead, "team.nl").await.0,
        StaffClient::signed_in(&app, "redacteur@team.nl", Role::Editor).await,
        StaffClient::signed_in(&app, "publicist@team.nl", PUBLISHER).await,
        StaffClient::with_role(&app, Role::Admin, "team.nl").await.0,
    ];
    for mut staff in others {
        for route in &question_routes {
            let path = route
                .path
                .replace("{lang}", "nl")
                .replace("{id}", &id.to_string());
            let response = if route.method == "GET" {
                staff.get(&path).await
            } else {
                staff
                    .post_form(
                        &path,
                        &[
                            ("answer", "Ja."),
                            ("faq-question", "x"),
                            ("faq-answer", "y"),
                        ],
                    )
                    .await
            };
            assert_eq!(response.status(), 403, "{} {path}", route.method);
            assert!(!response.text().await.unwrap().contains("wasmachine"));
            refused += 1;
        }
        // Nor does the navigation offer it, and the report queue does not hold it.
        let (_, home) = staff.page("/nl/team/account").await;
        assert!(!home.contains("/nl/team/vragen"));
    }
    assert_eq!(refused, 20);
    assert_eq!(
        count(db, "SELECT COUNT(*) FROM reports").await,
        0,
        "a question is no report"
    );

    // The advisor sees it, oldest first, and answers in Dutch.
    let mut advisor = StaffClient::signed_in(&app, "klantcontact@gemeente.nl", Role::Advisor).await;
    let (status, queue) = advisor.page("/nl/team/vragen").await;
    assert_eq!(status, 200);
    assert!(queue.contains("Mag ik geld sparen"), "{queue}");
    let (status, _) = advisor.page("/nl/team/meldingen").await;
    assert_eq!(status, 403, "advisors see no reports");
    let path = format!("/nl/team/vragen/{id}");
    let (status, page) = advisor.page(&path).await;
    assert_eq!(status, 200);
    assert!(page.contains(question));
    let no_text = advisor
        .post_form(&format!("{path}/antwoord"), &[("answer", "")])
        .await;
    assert_eq!(no_text.status(), 422);
    let answer = "Ja, dat mag. Sparen mag tot de vermogensgrens.";
    let answered = advisor
        .post_form(
            &format!("{path}/antwoord"),
            &[("answer", answer), ("answer-lang", "nl")],
        )
        .await;
    assert_eq!(answered.status(), 303);
    let again = advisor
        .post_form(
            &format!("{path}/antwoord"),
            &[("answer", "Nog eens"), ("answer-lang", "nl")],
        )
        .await;
    assert_eq!(again.status(), 404, "answered once");
    // "Your answer is ready", to the address left, which is then forgotten; nothing else.
    let mail = rows(db, "outbox", &["recipient", "subject", "body"]).await;
    assert_eq!(mail.len(), 1, "{mail:?}");
    assert!(mail[0].starts_with("vrager@example.org|Het antwoord op uw vraag staat klaar|"));
    assert!(mail[0].contains("/nl/vraag/antwoord"));
    for secret in [question, answer, digits.as_str(), code.as_str()] {
        assert!(!mail[0].contains(secret), "the mail holds {secret}");
    }
    assert_eq!(
        count(
            db,
            "SELECT COUNT(*) FROM advice_questions WHERE email IS NOT NULL"
        )
        .await,
        0
    );

    // The person reads the answer with the code; a wrong code opens nothing.
    let wrong = person
        .post("/nl/vraag/antwoord", &[("code", "1234 5678 9012 3456")])
        .await;
    assert_eq!(wrong.status(), 422);
    let read = person
        .post("/nl/vraag/antwoord", &[("code", code.as_str())])
        .await;
    assert_eq!(read.status(), 200);
    let read = read.text().await.unwrap();
    assert!(read.contains(answer) && read.contains(question), "{read}");
    assert_eq!(
        count(
            db,
            "SELECT COUNT(*) FROM advice_questions WHERE answer_read_at IS NOT NULL"
        )
        .await,
        1
    );

    // An anonymous FAQ entry for the editors.
    let suggested = advisor
        .post_form(
            &format!("{path}/veelgestelde-vraag"),
            &[
                ("faq-question", "Mag ik sparen?"),
                ("faq-answer", answer),
                ("faq-lang", "nl"),
            ],
        )
        .await;
    assert_eq!(suggested.status(), 303);
    let mut editor = StaffClient::signed_in(&app, "redactie@gemeente.nl", PUBLISHER).await;
    let (_, feedback) = editor.page("/nl/team/reacties").await;
    assert!(feedback.contains("Mag ik sparen?"), "{feedback}");
    let suggestion: i64 = scalar(db, "SELECT MAX(id) FROM faq_suggestions").await;
    let done = editor
        .post_form(
            &format!("/nl/team/reacties/voorstel/{suggestion}/afgehandeld"),
            &[],
        )
        .await;
    assert_eq!(done.status(), 303);
    let (_, feedback) = editor.page("/nl/team/reacties").await;
    assert!(!feedback.contains("Mag ik sparen?"));

    // Deleted 14 days after the answer was read (not before).
    let terms = RetentionSettings::from_settings(&Settings::defaults());
    retention::sweep(db, &terms, Utc::now() + Duration::days(13))
        .await
        .unwrap();
    assert_eq!(count(db, "SELECT COUNT(*) FROM advice_questions").await, 1);
    let swept = retention::sweep(db, &terms, Utc::now() + Duration::days(15))
        .await
        .unwrap();
    assert_eq!(swept.questions, 1);
    assert_eq!(count(db, "SELECT COUNT(*) FROM advice_questions").await, 0);
    let gone = person
        .post("/nl/vraag/antwoord", &[("code", code.as_str())])
        .await;
    assert_eq!(gone.status(), 422);
}

both_backends!(a_question_reaches_advisors_only);

/// Migration 0015 adds the advisor role; on SQLite it rebuilds the accounts table. Accounts,
/// their sessions, one-time links and what refers to them all stay.
async fn the_advisor_role_keeps_every_account_and_session(backend: Backend) {
    let (settings, _data, _pg) = crate::helpers::test_settings(backend).await;
    let db = crate::helpers::db::database_before(&settings, backend, 15).await;
    let at = Utc::now();
    for sql in [
        "INSERT INTO staff_users (email, display_name, role, created_at, can_publish) \
         VALUES ('lea@voorbeeld.nl', 'Lea', 'editor', $1, TRUE)",
        "INSERT INTO staff_sessions (token_hash, user_id, csrf_token, verified, created_at, last_seen_at) \
         SELECT 'sessie', id, 'csrf', TRUE, $1, $1 FROM staff_users",
        "INSERT INTO staff_password_tokens (token_hash, user_id, expires_at) \
         SELECT 'link', id, $1 FROM staff_users",
    ] {
        crate::helpers::db::execute_at(&db, sql, at, &[])
            .await
            .expect(sql);
    }
    db.migrate().await.expect("migration 0015");
    assert_eq!(count(&db, "SELECT COUNT(*) FROM staff_sessions").await, 1);
    assert_eq!(
        count(&db, "SELECT COUNT(*) FROM staff_password_tokens").await,
        1
    );
    assert_eq!(
        count(
            &db,
            "SELECT COUNT(*) FROM staff_users WHERE role = 'editor' AND can_publish"
        )
        .await,
        1
    );
    // The new role is allowed, an unknown one still is not; sessions still cascade.
    crate::helpers::db::execute_at(
        &db,
        "INSERT INTO staff_users (email, display_name, role, created_at) \
         VALUES ('ad@voorbeeld.nl', 'Ad', 'advisor', $1)",
        at,
        &[],
    )
    .await
    .expect("an advisor");
    assert!(
        crate::helpers::db::try_execute(
            &db,
            "INSERT INTO staff_users (email, display_name, role, created_at) \
             VALUES ('x@voorbeeld.nl', 'X', 'root', '2026-01-01')"
        )
        .await
        .is_err()
    );
    crate::helpers::db::execute(
        &db,
        "DELETE FROM staff_users WHERE email = 'lea@voorbeeld.nl'",
    )
    .await;
    assert_eq!(count(&db, "SELECT COUNT(*) FROM staff_sessions").await, 0);
    // Migrating again changes nothing.
    db.migrate().await.expect("nothing to do");
}

both_backends!(the_advisor_role_keeps_every_account_and_session);
