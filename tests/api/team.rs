//! The team's side over HTTP: who may see what, CSRF, log-in throttling, sessions, the second
//! factor, the workflow with its audit trail, follow-up questions and same-subject reports.

use crate::{
    both_backends,
    helpers::{
        Backend, PostsForms,
        db::{count, try_execute},
        html,
        reporter::{Reporter, submit},
        spawn_app, spawn_app_with,
        staff::{PASSWORD, PUBLISHER, StaffClient, account},
    },
};
use helder_domain::staff::Role;
use helder_server::team::secrets;

both_backends!(
    an_editor_never_reaches_a_report,
    staff_posts_without_the_csrf_token_are_refused,
    log_in_is_throttled_per_account_and_globally,
    failed_log_ins_say_nothing_about_the_account,
    sessions_end_by_logout_everywhere_and_idle_time,
    a_second_factor_is_asked_once_set_up,
    the_workflow_is_followed_and_audited,
    the_reporter_reads_and_answers_a_team_question,
    reports_about_the_same_subject_are_shown_together,
    the_daily_job_distributes_once_on_working_days
);

async fn an_editor_never_reaches_a_report(backend: Backend) {
    let app = spawn_app(backend).await;
    // Every role that is not intake or lead; a publisher is an editor with publishing rights.
    account(&app, "editor@gemeente.nl", Role::Editor).await;
    account(&app, "publisher@gemeente.nl", PUBLISHER).await;
    account(&app, "admin@gemeente.nl", Role::Admin).await;
    let (id, _) = submit(&app, "198.51.100.1", "Piet Geheimnaam").await;
    let paths = [
        "/nl/team/meldingen".to_owned(),
        "/nl/team/meldingen/alle".to_owned(),
        format!("/nl/team/meldingen/{id}"),
        "/nl/team/verdeling".to_owned(),
        "/nl/team/logboek".to_owned(),
        "/nl/team/statistiek".to_owned(),
        "/nl/team/statistiek.csv".to_owned(),
        "/en/team/meldingen".to_owned(),
    ];
    // The control: a lead reaches every one of them, so a 403 below is the role speaking,
    // not a path that does not exist.
    account(&app, "lead@gemeente.nl", Role::Lead).await;
    let mut lead = StaffClient::logged_in(&app, "lead@gemeente.nl").await;
    for path in &paths {
        assert_eq!(lead.get(path).await.status(), 200, "lead {path}");
    }
    let (_, page) = lead.page(&format!("/nl/team/meldingen/{id}")).await;
    assert!(page.contains("Geheimnaam") && page.contains("Bakkerij"));
    for email in [
        "editor@gemeente.nl",
        "publisher@gemeente.nl",
        "admin@gemeente.nl",
    ] {
        let mut staff = StaffClient::logged_in(&app, email).await;
        for path in &paths {
            let response = staff.get(path).await;
            assert_eq!(response.status(), 403, "{email} {path}");
            let body = response.text().await.unwrap();
            assert!(
                !body.contains("Geheimnaam") && !body.contains("Bakkerij"),
                "{email} {path} shows report content"
            );
        }
        // A report that does not exist answers the same: the role is refused before the id is
        // looked up, so nothing tells which reports exist.
        assert_eq!(
            staff
                .get(&format!("/nl/team/meldingen/{}", id + 1000))
                .await
                .status(),
            403,
            "{email}"
        );
        for (action, form) in [
            ("status", vec![("to", "in_progress")]),
            ("notitie", vec![("note", "x")]),
            ("vraag", vec![("question", "x")]),
            ("toewijzen", vec![("member", "1")]),
        ] {
            let response = staff
                .post_form(&format!("/nl/team/meldingen/{id}/{action}"), &form)
                .await;
            assert_eq!(response.status(), 403, "{email} may not {action}");
        }
        staff.post_expect("/nl/team/verdelen", &[], 403).await;
    }
    // Nobody signed in: to the log-in page, never the report.
    let response = app.get(&format!("/nl/team/meldingen/{id}")).await;
    assert_eq!(response.status(), 303);
    assert_eq!(response.headers()["location"], "/nl/team/inloggen");
    // Staff pages exist in Dutch and English only.
    assert_eq!(app.get("/ar/team/inloggen").await.status(), 404);
}

async fn staff_posts_without_the_csrf_token_are_refused(backend: Backend) {
    let app = spawn_app(backend).await;
    account(&app, "lead@gemeente.nl", Role::Lead).await;
    // The log-in form itself needs the token from its cookie.
    let mut stranger = StaffClient::new(&app);
    let response = stranger
        .post_raw(
            "/nl/team/inloggen",
            &[("email", "lead@gemeente.nl"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(response.status(), 403, "log-in without the form's token");
    let mut lead = StaffClient::logged_in(&app, "lead@gemeente.nl").await;
    let missing = lead.post_raw("/nl/team/verdelen", &[]).await;
    assert_eq!(missing.status(), 403);
    let body = missing.text().await.unwrap();
    assert!(
        body.contains("Dit formulier is verlopen"),
        "a translated explanation"
    );
    let wrong = lead
        .post_raw("/nl/team/verdelen", &[("csrf", "AAAA")])
        .await;
    assert_eq!(wrong.status(), 403);
    // Another session's token does not work either.
    let other = StaffClient::logged_in(&app, "lead@gemeente.nl").await;
    let foreign = other.csrf().to_owned();
    let crossed = lead
        .post_raw("/nl/team/verdelen", &[("csrf", &foreign)])
        .await;
    assert_eq!(crossed.status(), 403);
    assert_eq!(
        lead.post_form("/nl/team/verdelen", &[]).await.status(),
        303,
        "with its own token it works"
    );
    // Logging out is a POST too.
    assert_eq!(lead.post_raw("/nl/team/uitloggen", &[]).await.status(), 403);
}

async fn log_in_is_throttled_per_account_and_globally(backend: Backend) {
    let app = spawn_app_with(backend, |s| s.login_limit_global = 12).await;
    account(&app, "lid@gemeente.nl", Role::Intake).await;
    account(&app, "ander@gemeente.nl", Role::Intake).await;
    let mut client = StaffClient::new(&app);
    for attempt in 1..=5 {
        let response = client
            .try_log_in("lid@gemeente.nl", "fout wachtwoord 0000")
            .await;
        assert_eq!(response.status(), 401, "attempt {attempt}");
    }
    // Even the right password waits now.
    let response = client.try_log_in("lid@gemeente.nl", PASSWORD).await;
    assert_eq!(response.status(), 429);
    assert!(response.text().await.unwrap().contains("Te veel pogingen"));
    // Someone else is not held up by that account's limit …
    let response = client.try_log_in("ander@gemeente.nl", PASSWORD).await;
    assert_eq!(response.status(), 303);
    // … until everyone together passes the global limit (12 a minute here; 7 used).
    let statuses = StaffClient::wrong_log_ins(&app, "niemand", 8).await;
    let first_refused = statuses.iter().position(|s| *s == 429);
    assert!(
        first_refused.is_some_and(|i| i >= 1 && statuses[i..].iter().all(|s| *s == 429)),
        "some attempts are answered, then all wait: {statuses:?}"
    );
    assert!(
        statuses.iter().all(|s| *s == 401 || *s == 429),
        "{statuses:?}"
    );
}

async fn failed_log_ins_say_nothing_about_the_account(backend: Backend) {
    let app = spawn_app(backend).await;
    account(&app, "lid@gemeente.nl", Role::Intake).await;
    let mut client = StaffClient::new(&app);
    let wrong_password = client
        .try_log_in("lid@gemeente.nl", "fout wachtwoord 0000")
        .await;
    assert_eq!(wrong_password.status(), 401);
    let wrong_password = wrong_password.text().await.unwrap();
    let no_account = client
        .try_log_in("niemand@gemeente.nl", "fout wachtwoord 0000")
        .await;
    assert_eq!(no_account.status(), 401);
    let no_account = no_account.text().await.unwrap();
    let message = "Het e-mailadres of het wachtwoord klopt niet.";
    assert!(wrong_password.contains(message) && no_account.contains(message));
    // The typed address is kept, the password never.
    assert!(no_account.contains("value=\"niemand@gemeente.nl\""));
    assert!(!no_account.contains("fout wachtwoord"));
}

async fn sessions_end_by_logout_everywhere_and_idle_time(backend: Backend) {
    let app = spawn_app(backend).await;
    account(&app, "lid@gemeente.nl", Role::Intake).await;
    let mut laptop = StaffClient::logged_in(&app, "lid@gemeente.nl").await;
    let mut phone = StaffClient::logged_in(&app, "lid@gemeente.nl").await;
    assert_eq!(phone.get("/nl/team/meldingen").await.status(), 200);
    laptop
        .post_expect("/nl/team/uitloggen-overal", &[], 303)
        .await;
    assert_eq!(
        phone.get("/nl/team/meldingen").await.status(),
        303,
        "the other session ended too"
    );
    assert_eq!(laptop.get("/nl/team/meldingen").await.status(), 303);
    // Idle for longer than the timeout (30 minutes by default): the session is gone.
    laptop.log_in("lid@gemeente.nl").await;
    let past = (chrono::Utc::now() - chrono::Duration::minutes(31)).to_rfc3339();
    let sql = match backend {
        Backend::Sqlite => format!(
            "UPDATE staff_sessions SET last_seen_at = '{}'",
            past.replace('T', " ")
        ),
        Backend::Postgres => format!("UPDATE staff_sessions SET last_seen_at = '{past}'"),
    };
    try_execute(&app.content.db, &sql).await.unwrap();
    assert_eq!(laptop.get("/nl/team/meldingen").await.status(), 303);
}

async fn a_second_factor_is_asked_once_set_up(backend: Backend) {
    let app = spawn_app(backend).await;
    account(&app, "lead@gemeente.nl", Role::Lead).await;
    account(&app, "lid@gemeente.nl", Role::Intake).await;
    let mut lead = StaffClient::logged_in(&app, "lead@gemeente.nl").await;
    // The lead requires a second factor: the member can only reach the account page.
    lead.page("/nl/team/verdeling").await;
    lead.post_expect("/nl/team/instellingen", &[("require_totp", "true")], 303)
        .await;
    let mut member = StaffClient::new(&app);
    member.try_log_in("lid@gemeente.nl", PASSWORD).await;
    let response = member.get("/nl/team/meldingen").await;
    assert_eq!(response.status(), 303);
    assert_eq!(
        response.headers()["location"],
        "/nl/team/account?tweede-stap=nodig"
    );
    let (_, page) = member.page("/nl/team/account?tweede-stap=nodig").await;
    assert!(page.contains("Uw teamleider vraagt om een tweede stap"));
    let response = member
        .post_form("/nl/team/account/tweede-stap/nieuw", &[])
        .await;
    let page = response.text().await.unwrap();
    let secret = html::hidden_field(&page, "secret").expect("the new secret on the page");
    member
        .post_expect(
            "/nl/team/account/tweede-stap",
            &[("secret", &secret), ("code", "000000")],
            422,
        )
        .await;
    let now = chrono::Utc::now().timestamp() as u64;
    let code = secrets::totp_code(&secret, now / 30).unwrap();
    member
        .post_expect(
            "/nl/team/account/tweede-stap",
            &[("secret", &secret), ("code", &code)],
            303,
        )
        .await;
    assert_eq!(member.get("/nl/team/meldingen").await.status(), 200);
    // Next log-in: password, then the code.
    let mut again = StaffClient::new(&app);
    let response = again.try_log_in("lid@gemeente.nl", PASSWORD).await;
    assert_eq!(response.headers()["location"], "/nl/team/tweede-stap");
    assert_eq!(
        again.get("/nl/team/meldingen").await.status(),
        303,
        "not in before the code"
    );
    again.page("/nl/team/tweede-stap").await;
    let code = secrets::totp_code(&secret, chrono::Utc::now().timestamp() as u64 / 30).unwrap();
    let wrong_code = if code == "123456" { "654321" } else { "123456" };
    again
        .post_expect("/nl/team/tweede-stap", &[("code", wrong_code)], 422)
        .await;
    again
        .post_expect("/nl/team/tweede-stap", &[("code", &code)], 303)
        .await;
    assert_eq!(again.get("/nl/team/meldingen").await.status(), 200);
}

async fn the_workflow_is_followed_and_audited(backend: Backend) {
    let app = spawn_app(backend).await;
    let lead_id = account(&app, "lead@gemeente.nl", Role::Lead).await;
    account(&app, "lid@gemeente.nl", Role::Intake).await;
    let (id, _) = submit(&app, "198.51.100.2", "Jan Janssen").await;
    let mut lead = StaffClient::logged_in(&app, "lead@gemeente.nl").await;
    // The lead is away today: the member gets it.
    lead.page("/nl/team/verdeling").await;
    lead.post_expect(
        &format!("/nl/team/verdeling/{lead_id}/aanwezig"),
        &[("present", "false")],
        303,
    )
    .await;
    assert_eq!(lead.post_form("/nl/team/verdelen", &[]).await.status(), 303);
    let mut member = StaffClient::logged_in(&app, "lid@gemeente.nl").await;
    let (_, queue) = member.page("/nl/team/meldingen").await;
    assert!(
        queue.contains(&format!("/nl/team/meldingen/{id}\"")),
        "in the member's queue"
    );
    let (status, page) = member.page(&format!("/nl/team/meldingen/{id}")).await;
    assert_eq!(status, 200);
    assert!(
        page.contains("Jan Janssen") && page.contains("Bakkerij"),
        "the answers are shown"
    );
    let path = |a: &str| format!("/nl/team/meldingen/{id}/{a}");
    // Closing before a track is chosen is refused, with the page and a message.
    member
        .post_expect(
            &path("afsluiten"),
            &[("outcome", "repayment"), ("repayment", "100")],
            422,
        )
        .await;
    let refused = member.post_form(&path("status"), &[("to", "red")]).await;
    assert_eq!(refused.status(), 422, "first in progress");
    member
        .post_expect(&path("status"), &[("to", "in_progress")], 303)
        .await;
    // €3,000 after an earlier fine suggests red.
    member
        .post_expect(
            &path("bedrag"),
            &[("amount", "3.000"), ("earlier_fine", "2024-06-03")],
            303,
        )
        .await;
    let (_, page) = member.page(&format!("/nl/team/meldingen/{id}")).await;
    assert!(page.contains("Overweeg de Sociale Recherche"));
    let bad = member
        .post_expect(&path("bedrag"), &[("amount", "veel geld")], 422)
        .await;
    assert!(
        bad.text().await.unwrap().contains("veel geld"),
        "what was typed is kept"
    );
    // Each step of the workflow as its form sends it: (action, field, value).
    for (action, field, value) in [
        ("status", "to", "orange"),
        ("notitie", "note", "Gebeld met de klant."),
    ] {
        member
            .post_expect(&path(action), &[(field, value)], 303)
            .await;
    }
    member
        .post_expect(
            &path("afsluiten"),
            &[("outcome", "measure"), ("percent", "20"), ("months", "3")],
            303,
        )
        .await;
    let (_, page) = member.page(&format!("/nl/team/meldingen/{id}")).await;
    assert!(
        page.contains("Afgesloten")
            && page.contains("Maatregel")
            && page.contains("Gebeld met de klant.")
    );
    // A member cannot hand a report to someone else; a lead can.
    member
        .post_expect(&path("toewijzen"), &[("member", &lead_id.to_string())], 403)
        .await;
    // The lead reads the audit log: every view and change, no content.
    let (status, log) = lead.page(&format!("/nl/team/logboek?report={id}")).await;
    assert_eq!(status, 200);
    for action in [
        "Bekeken",
        "Toegewezen",
        "Status veranderd",
        "Bedrag ingevuld",
        "Notitie",
        "Afgesloten",
    ] {
        assert!(log.contains(action), "audit log has {action}");
    }
    assert!(
        !log.contains("Gebeld met de klant") && !log.contains("Janssen"),
        "no content in the audit log"
    );
    let (_, views) = lead
        .page(&format!(
            "/nl/team/logboek?report={id}&action=report_viewed"
        ))
        .await;
    assert!(views.contains("lid@gemeente.nl"));
    // The date filter: today holds these lines, tomorrow none (server-local dates).
    let today = chrono::Local::now().date_naive();
    let tomorrow = today + chrono::Duration::days(1);
    let (_, dated) = lead
        .page(&format!(
            "/nl/team/logboek?report={id}&van={today}&tot={today}"
        ))
        .await;
    assert!(dated.contains("Afgesloten"), "today's lines are found");
    let (_, later) = lead
        .page(&format!("/nl/team/logboek?report={id}&van={tomorrow}"))
        .await;
    assert!(later.contains("0 regels"), "nothing from tomorrow on");
    let (_, by_actor) = lead.page("/nl/team/logboek?actor=LID@").await;
    assert!(
        by_actor.contains("lid@gemeente.nl") && !by_actor.contains("<td>lead@gemeente.nl</td>")
    );
    // The log cannot be changed: the database's own trigger refuses it (not just any error,
    // such as a renamed table or a typo in the statement).
    let lines = count(&app.content.db, "SELECT COUNT(*) FROM audit_log").await;
    assert!(lines >= 6, "the log has lines to protect: {lines}");
    for sql in ["DELETE FROM audit_log", "UPDATE audit_log SET actor = 'x'"] {
        let error = try_execute(&app.content.db, sql)
            .await
            .expect_err("the audit log is append-only");
        let message = match &error {
            sqlx::Error::Database(db_error) => db_error.message().to_owned(),
            other => panic!("{sql}: not refused by the database: {other}"),
        };
        assert!(
            message.contains("audit_log is append-only"),
            "{sql}: refused by the trigger, not by something else: {message}"
        );
    }
    assert_eq!(
        count(&app.content.db, "SELECT COUNT(*) FROM audit_log").await,
        lines,
        "no line was deleted"
    );
    assert_eq!(
        count(
            &app.content.db,
            "SELECT COUNT(*) FROM audit_log WHERE actor = 'x'"
        )
        .await,
        0,
        "no line was changed"
    );
}

async fn the_reporter_reads_and_answers_a_team_question(backend: Backend) {
    let app = spawn_app(backend).await;
    account(&app, "lid@gemeente.nl", Role::Intake).await;
    let (id, code) = submit(&app, "198.51.100.3", "Kees Kaas").await;
    let mut member = StaffClient::logged_in(&app, "lid@gemeente.nl").await;
    member.page(&format!("/nl/team/meldingen/{id}")).await;
    // An empty question is refused, a real one is asked.
    let ask = format!("/nl/team/meldingen/{id}/vraag");
    for (question, status) in [("  ", 422), ("Op welke dagen werkt hij?", 303)] {
        member
            .post_expect(&ask, &[("question", question)], status)
            .await;
    }
    // The reporter comes back with the code and sees the question.
    let mut reporter = Reporter::at(&app, Some("198.51.100.4"));
    let response = reporter
        .post("/nl/melden/terugkomen", &[("code", &code)])
        .await;
    let page = response.text().await.unwrap();
    assert!(page.contains("Op welke dagen werkt hij?"), "{page}");
    let response = reporter
        .post(
            "/nl/melden/antwoorden",
            &[("code", &code), ("answer", "Op maandag en dinsdag.")],
        )
        .await;
    assert!(
        response.status().is_success() || response.status().is_redirection(),
        "{}",
        response.status()
    );
    let (_, page) = member.page(&format!("/nl/team/meldingen/{id}")).await;
    assert!(
        page.contains("Op maandag en dinsdag."),
        "the member reads the answer"
    );
    assert!(page.contains("Antwoord van de melder"));
}

async fn reports_about_the_same_subject_are_shown_together(backend: Backend) {
    let app = spawn_app(backend).await;
    account(&app, "lid@gemeente.nl", Role::Intake).await;
    // The reporter's flow always gives "Dorpsstraat 1, 1234 AB Voorbeeld" as the address.
    let (first, _) = submit(&app, "198.51.100.5", "A. de Boer").await;
    let (second, _) = submit(&app, "198.51.100.6", "Bram Anders").await;
    let mut member = StaffClient::logged_in(&app, "lid@gemeente.nl").await;
    let (_, all) = member.page("/nl/team/meldingen/alle").await;
    assert!(
        all.contains("1 andere melding"),
        "the queue shows the other report"
    );
    let (_, page) = member.page(&format!("/nl/team/meldingen/{second}")).await;
    assert!(
        page.contains(&format!("/nl/team/meldingen/{first}\"")) && page.contains("zelfde adres")
    );
    // Linking a report to `first`: once from the second, and (refused) from itself.
    let link = |from: i64| format!("/nl/team/meldingen/{from}/koppelen");
    let first_id = first.to_string();
    let to_first = [("other", first_id.as_str())];
    member.post_expect(&link(second), &to_first, 303).await;
    let (_, page) = member.page(&format!("/nl/team/meldingen/{first}")).await;
    assert!(
        page.contains("Gekoppeld"),
        "linked, seen from the other side too"
    );
    member.post_expect(&link(first), &to_first, 422).await;
}

async fn the_daily_job_distributes_once_on_working_days(backend: Backend) {
    use chrono::TimeZone;
    use helder_server::team::distribution::daily;
    let app = spawn_app(backend).await;
    let a = account(&app, "a@gemeente.nl", Role::Intake).await;
    let b = account(&app, "b@gemeente.nl", Role::Intake).await;
    for i in 0..5 {
        submit(&app, &format!("198.51.100.{}", 20 + i), "Iemand").await;
    }
    let db = &app.content.db;
    let at = chrono::NaiveTime::from_hms_opt(8, 30, 0).unwrap();
    let local = |d: u32, h: u32, m: u32| {
        chrono::Local
            .with_ymd_and_hms(2026, 11, d, h, m, 0)
            .unwrap()
    };
    // Saturday, and Monday before the configured time: nothing happens.
    assert!(
        !daily(
            db,
            &helder_domain::tenants::TenantId::default_id(),
            at,
            &app.address,
            local(21, 9, 0)
        )
        .await
        .unwrap()
    );
    assert!(
        !daily(
            db,
            &helder_domain::tenants::TenantId::default_id(),
            at,
            &app.address,
            local(23, 8, 29)
        )
        .await
        .unwrap()
    );
    assert_eq!(
        db.unassigned_reports(&helder_domain::tenants::TenantId::default_id())
            .await
            .unwrap()
            .len(),
        5
    );
    // Monday from 08:30: once.
    assert!(
        daily(
            db,
            &helder_domain::tenants::TenantId::default_id(),
            at,
            &app.address,
            local(23, 8, 31)
        )
        .await
        .unwrap()
    );
    assert!(
        !daily(
            db,
            &helder_domain::tenants::TenantId::default_id(),
            at,
            &app.address,
            local(23, 15, 0)
        )
        .await
        .unwrap(),
        "once a day"
    );
    assert!(
        db.unassigned_reports(&helder_domain::tenants::TenantId::default_id())
            .await
            .unwrap()
            .is_empty()
    );
    let loads: Vec<(i64, i64)> = db
        .member_loads(&helder_domain::tenants::TenantId::default_id())
        .await
        .unwrap()
        .into_iter()
        .map(|m| (m.id, m.open))
        .collect();
    let of = |id| loads.iter().find(|(m, _)| *m == id).unwrap().1;
    assert_eq!(of(a) + of(b), 5);
    assert!((of(a) - of(b)).abs() <= 1, "balanced: {loads:?}");
    // Each member got a digest in the outbox: a count and a link, no report content.
    let digests = count(
        db,
        "SELECT COUNT(*) FROM outbox WHERE body LIKE '%/nl/team/meldingen%'",
    )
    .await;
    assert_eq!(digests, 2);
}
