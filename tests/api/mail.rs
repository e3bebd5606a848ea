//! Mail: through the outbox to a real SMTP listener on loopback, or to `.eml` files by
//! default; a mail server that is down loses nothing and is not hammered; the team's digest
//! and the reporter's question mail hold no report content, names or addresses.

use crate::{
    both_backends,
    helpers::{
        Backend, Deadline,
        db::{new_report, store_report},
        free_port,
        smtp::SmtpServer,
        spawn_app, spawn_binary, test_settings,
    },
    on_pool,
};
use chrono::{DateTime, Duration, SubsecRound, Utc};
use helder_server::{
    mail::{self, MailError, MailSettings, MailTransport},
    startup::open_database,
    storage::{Contact, Database, NewReport, OutboxState, StoredAnswer},
};
use std::{path::Path, time::Duration as StdDuration};

fn mail_settings(first_retry_seconds: u64) -> MailSettings {
    MailSettings {
        from: "Gemeente Testdorp <noreply@testdorp.example>"
            .parse()
            .unwrap(),
        first_retry: StdDuration::from_secs(first_retry_seconds),
        poll: StdDuration::from_secs(1),
        hello_name: "helder.testdorp.example".into(),
    }
}

fn smtp_to(port: u16) -> MailTransport {
    let url = format!("smtp://127.0.0.1:{port}").parse().unwrap();
    MailTransport::smtp(&url, "helder.testdorp.example").unwrap()
}

/// A mail as a reader sees it: decoded subject and body, the raw text for leak checks.
#[derive(Debug)]
struct ReadMail {
    to: Vec<String>,
    subject: String,
    body: String,
    raw: String,
    auto_submitted: Option<String>,
    message_id: Option<String>,
}

fn read_mail(raw: &[u8]) -> ReadMail {
    let parsed = mail_parser::MessageParser::default()
        .parse(raw)
        .expect("a parseable message");
    ReadMail {
        to: parsed
            .to()
            .map(|to| {
                to.iter()
                    .filter_map(|a| a.address.as_deref().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default(),
        subject: parsed.subject().unwrap_or_default().to_owned(),
        body: parsed
            .body_text(0)
            .map(|b| b.into_owned())
            .unwrap_or_default(),
        auto_submitted: parsed
            .header_raw("Auto-Submitted")
            .map(|v| v.trim().to_owned()),
        message_id: parsed.message_id().map(str::to_owned),
        raw: String::from_utf8_lossy(raw).into_owned(),
    }
}

/// The `.eml` files in a folder, oldest name first.
fn eml_files(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "eml"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

async fn state(db: &Database, id: i64) -> OutboxState {
    db.outbox_state(id)
        .await
        .unwrap()
        .expect("the outbox row exists")
}

both_backends!(
    smtp_delivery_hands_the_mail_to_the_server,
    a_failing_mail_waits_for_its_next_attempt,
    a_mail_server_that_was_down_loses_nothing,
    without_smtp_mail_becomes_eml_files,
    the_digest_holds_a_count_and_a_link_only,
    the_question_mail_only_says_a_question_waits,
);

async fn smtp_delivery_hands_the_mail_to_the_server(backend: Backend) {
    let (settings, _data, _pg) = test_settings(backend).await;
    let db = open_database(&settings).await.unwrap();
    let server = SmtpServer::start().await;
    let transport = smtp_to(server.port);
    let now = Utc::now();

    let id = mail::enqueue(
        &db,
        "melder@voorbeeld.nl",
        "Een vraag voor u – één",
        "Eerste regel met één accent.\n\n.Een regel die met een punt begint.\n",
        now,
    )
    .await
    .unwrap();
    let done = mail::deliver_due(&db, &transport, &mail_settings(30), now)
        .await
        .unwrap();
    assert_eq!((done.claimed, done.sent, done.failed), (1, 1, 0));

    let received = server.wait_for(1, StdDuration::from_secs(5)).await;
    assert_eq!(received.len(), 1);
    let envelope = &received[0];
    assert_eq!(envelope.rcpt_to, ["melder@voorbeeld.nl"]);
    assert_eq!(envelope.mail_from, "noreply@testdorp.example");
    assert_eq!(
        envelope.hello, "helder.testdorp.example",
        "Helder names itself, never by an address"
    );
    let mail = read_mail(&envelope.data);
    assert_eq!(mail.to, ["melder@voorbeeld.nl"]);
    assert_eq!(mail.subject, "Een vraag voor u – één");
    assert!(
        mail.body.contains("Eerste regel met één accent.")
            && mail.body.contains(".Een regel die met een punt begint."),
        "{mail:?}"
    );
    assert_eq!(mail.auto_submitted.as_deref(), Some("auto-generated"));
    assert!(
        mail.message_id.as_deref().is_some_and(
            |m| m.starts_with(&format!("outbox.{id}.")) && m.ends_with("@testdorp.example")
        ),
        "{:?}",
        mail.message_id
    );

    let sent = state(&db, id).await;
    assert_eq!(sent.attempts, 1);
    assert!(sent.sent_at.is_some() && sent.last_error.is_none());
    let again = mail::deliver_due(
        &db,
        &transport,
        &mail_settings(30),
        now + Duration::hours(2),
    )
    .await
    .unwrap();
    assert_eq!(again.claimed, 0, "sent mail is not sent again");
    // The round has returned, so any attempt it made has happened: no second connection, no
    // second message (no wait needed to see an absence).
    assert_eq!(server.connections(), 1, "no second delivery attempt");
    assert_eq!(server.received().len(), 1);

    assert!(matches!(
        mail::enqueue(&db, "geen adres", "x", "y", now).await,
        Err(MailError::InvalidRecipient)
    ));
}

/// Driven with a controlled clock: a mail that failed is not tried again before its next
/// attempt (no retry storm), the wait doubles, and once the server is back it arrives once.
async fn a_failing_mail_waits_for_its_next_attempt(backend: Backend) {
    let (settings, _data, _pg) = test_settings(backend).await;
    let db = open_database(&settings).await.unwrap();
    let port = free_port();
    let transport = smtp_to(port);
    let settings = mail_settings(30);
    // Whole seconds: PostgreSQL keeps microseconds, and times are compared exactly.
    let start: DateTime<Utc> = Utc::now().trunc_subsecs(0);
    let id = mail::enqueue(&db, "iemand@voorbeeld.nl", "Onderwerp", "Tekst", start)
        .await
        .unwrap();

    let first = mail::deliver_due(&db, &transport, &settings, start)
        .await
        .unwrap();
    assert_eq!((first.sent, first.failed), (0, 1), "nothing listens yet");
    let failed = state(&db, id).await;
    assert_eq!(failed.attempts, 1);
    assert!(failed.sent_at.is_none());
    assert_eq!(failed.next_attempt_at, start + Duration::seconds(30));
    let error = failed.last_error.expect("the failure is recorded");
    assert!(
        !error.is_empty() && !error.contains("iemand@voorbeeld.nl"),
        "{error}"
    );

    for second in [0, 1, 5, 15, 29] {
        let round = mail::deliver_due(
            &db,
            &transport,
            &settings,
            start + Duration::seconds(second),
        )
        .await
        .unwrap();
        assert_eq!(round.claimed, 0, "no attempt {second} s after a failure");
    }
    assert_eq!(state(&db, id).await.attempts, 1);

    let second = start + Duration::seconds(30);
    let round = mail::deliver_due(&db, &transport, &settings, second)
        .await
        .unwrap();
    assert_eq!(round.failed, 1);
    let failed = state(&db, id).await;
    assert_eq!(failed.attempts, 2);
    assert_eq!(
        failed.next_attempt_at,
        second + Duration::seconds(60),
        "the wait doubles"
    );

    // The server comes (back) on the same port; the mail still waits for its turn.
    let server = SmtpServer::start_on(port).await;
    let early = mail::deliver_due(&db, &transport, &settings, second + Duration::seconds(59))
        .await
        .unwrap();
    assert_eq!(early.claimed, 0);
    let on_time = second + Duration::seconds(60);
    let round = mail::deliver_due(&db, &transport, &settings, on_time)
        .await
        .unwrap();
    assert_eq!((round.sent, round.failed), (1, 0));
    let later = mail::deliver_due(&db, &transport, &settings, on_time + Duration::hours(1))
        .await
        .unwrap();
    assert_eq!(later.claimed, 0);
    let received = server.wait_for(1, StdDuration::from_secs(5)).await;
    assert_eq!(received.len(), 1, "exactly once");
    assert_eq!(server.connections(), 1, "one attempt since it came back");
    assert_eq!(received[0].rcpt_to, ["iemand@voorbeeld.nl"]);
    let sent = state(&db, id).await;
    assert_eq!((sent.attempts, sent.sent_at), (3, Some(on_time)));

    // Retention: sent mail goes after seven days, not before.
    let purged = mail::purge_outbox(&db, on_time + Duration::days(6))
        .await
        .unwrap();
    assert_eq!(purged.sent, 0);
    let purged = mail::purge_outbox(&db, on_time + Duration::days(8))
        .await
        .unwrap();
    assert_eq!((purged.sent, purged.given_up), (1, 0));
    assert!(db.outbox_state(id).await.unwrap().is_none());
    server.stop().await;
}

/// End to end through the real binary and its worker: the SMTP server is down when the mail
/// is queued, comes up later on the same port, and the mail arrives exactly once. The log
/// names the outbox id, never the address, the text or the SMTP password.
async fn a_mail_server_that_was_down_loses_nothing(backend: Backend) {
    let port = free_port();
    let url = format!("smtp://helder:geheim-wachtwoord-7@127.0.0.1:{port}");
    let mut app = spawn_binary(
        backend,
        &[
            ("HELDER_SMTP_URL", url.as_str()),
            (
                "HELDER_MAIL_FROM",
                "Gemeente Testdorp <noreply@testdorp.example>",
            ),
            ("HELDER_MAIL_RETRY_SECONDS", "1"),
            ("HELDER_MAIL_POLL_SECONDS", "1"),
            // The worker's passes, to wait for them (no text or address is in those lines).
            ("HELDER_LOG", "info,sqlx=warn,helder_server::mail=debug"),
        ],
    )
    .await;
    let db = Database::connect(&app.database_url).await.unwrap();
    let id = db
        .enqueue_mail(
            "melder-e2e@voorbeeld.nl",
            "Onderwerp-e2e",
            "Tekst-die-nooit-in-een-log-staat",
        )
        .await
        .unwrap();

    // Two failed attempts: the worker retries, with back-off.
    let deadline = Deadline::after(StdDuration::from_secs(30), StdDuration::from_millis(100));
    loop {
        let now = state(&db, id).await;
        assert!(now.sent_at.is_none(), "nothing listens yet");
        if now.attempts >= 2 {
            assert!(now.next_attempt_at > now.created_at);
            break;
        }
        deadline
            .next_poll(|| format!("the worker tried twice within 30 s:\n{}", app.logs()))
            .await;
    }

    let server = SmtpServer::start_on(port).await;
    let received = server.wait_for(1, StdDuration::from_secs(30)).await;
    let deadline = Deadline::after(StdDuration::from_secs(10), StdDuration::from_millis(100));
    while state(&db, id).await.sent_at.is_none() {
        deadline.next_poll(|| "marked sent".to_owned()).await;
    }
    // Two more whole passes of the worker after the one that sent it: still one. Waited for
    // in the worker's own log lines, not guessed with a sleep.
    let passes_after_sending = |logs: &str| {
        logs.split_once("mail sent")
            .map_or(0, |(_, after)| after.matches("outbox pass done").count())
    };
    let deadline = Deadline::after(StdDuration::from_secs(30), StdDuration::from_millis(100));
    // The pass that sent it ends with its own line; two more are whole passes after it.
    while passes_after_sending(&app.logs()) < 3 {
        deadline
            .next_poll(|| format!("the worker went on polling:\n{}", app.logs()))
            .await;
    }
    assert_eq!(server.received().len(), 1, "exactly once");
    assert_eq!(server.connections(), 1, "no attempt after it was sent");
    assert_eq!(received[0].rcpt_to, ["melder-e2e@voorbeeld.nl"]);
    assert_eq!(
        received[0].login,
        Some(("helder".to_owned(), "geheim-wachtwoord-7".to_owned())),
        "the URL's credentials were used"
    );
    assert_eq!(received[0].hello, "localhost", "no address literal in EHLO");
    let mail = read_mail(&received[0].data);
    assert_eq!(mail.subject, "Onderwerp-e2e");
    assert!(mail.body.contains("Tekst-die-nooit-in-een-log-staat"));

    app.stop().await;
    let logs = app.logs();
    assert!(logs.contains(&format!("outbox_id={id}")), "{logs}");
    assert!(logs.contains("mail not sent"), "{logs}");
    for secret in [
        "melder-e2e",
        "Tekst-die-nooit",
        "Onderwerp-e2e",
        "geheim-wachtwoord-7",
    ] {
        assert!(!logs.contains(secret), "the log holds {secret}:\n{logs}");
    }
}

/// The default: no SMTP URL, and the running server's worker writes the mail as an `.eml`
/// file in `<data dir>/mail/`.
async fn without_smtp_mail_becomes_eml_files(backend: Backend) {
    let app = spawn_app(backend).await;
    let db = &app.content.db;
    let dir = app.data_dir.path().join("mail");
    assert!(dir.is_dir(), "the mail folder is made at start");
    let id = mail::enqueue(
        db,
        "teamlid@testdorp.example",
        "Bestand-onderwerp",
        "Bestand-tekst één",
        Utc::now(),
    )
    .await
    .unwrap();

    let deadline = Deadline::after(StdDuration::from_secs(30), StdDuration::from_millis(100));
    let files = loop {
        let files = eml_files(&dir);
        if !files.is_empty() && state(db, id).await.sent_at.is_some() {
            break files;
        }
        deadline
            .next_poll(|| "an .eml file within 30 s".to_owned())
            .await;
    };
    assert_eq!(files.len(), 1);
    let mail = read_mail(&std::fs::read(&files[0]).unwrap());
    assert_eq!(mail.to, ["teamlid@testdorp.example"]);
    assert_eq!(mail.subject, "Bestand-onderwerp");
    assert!(mail.body.contains("Bestand-tekst één"), "{mail:?}");
    let leftovers: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_none_or(|x| x != "eml"))
        .collect();
    assert!(leftovers.is_empty(), "no partial files: {leftovers:?}");
}

async fn add_staff(
    db: &Database,
    email: &str,
    name: &str,
    role: &str,
    present: bool,
    active: bool,
) -> i64 {
    on_pool!(db, pool => sqlx::query_scalar::<_, i64>(
        "INSERT INTO staff_users (email, display_name, role, present, active, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(email)
    .bind(name)
    .bind(role)
    .bind(present)
    .bind(active)
    .bind(Utc::now())
    .fetch_one(pool)
    .await
    .unwrap())
}

/// Distinctive texts of the test reports; none may ever appear in a mail.
const ANSWER: &str = "Woont-samen-met-Çağlar-Voorbeeldzin-7319";
const REPORTER_NAME: &str = "Melder Jansen-Öztürk";
const REPORTER_EMAIL: &str = "melder.jansen@voorbeeld.nl";
const REPORTER_PHONE: &str = "0612345678";
const SUBJECT_NAME: &str = "Betrokkene Pietersen";
const SUBJECT_ADDRESS: &str = "Kerkstraat 12, 1234 AB Testdorp";

const FORBIDDEN: &[&str] = &[
    ANSWER,
    REPORTER_NAME,
    REPORTER_EMAIL,
    REPORTER_PHONE,
    SUBJECT_NAME,
    SUBJECT_ADDRESS,
    "Kerkstraat",
    "Pietersen",
    "Jansen",
    "Çağlar",
];

/// Every forbidden text found in a mail, as sent (raw) or as read (decoded).
fn leaks(mail: &ReadMail) -> Vec<&'static str> {
    FORBIDDEN
        .iter()
        .copied()
        .filter(|text| {
            [&mail.raw, &mail.subject, &mail.body]
                .iter()
                .any(|part| part.to_lowercase().contains(&text.to_lowercase()))
        })
        .collect()
}

/// A report with the distinctive texts, in `lang`, assigned to `assignee` when given.
async fn report(db: &Database, lang: &str, email: bool, assignee: Option<(i64, &str)>) -> i64 {
    let id = store_report(
        db,
        &NewReport {
            contact: Some(Contact {
                name: Some(REPORTER_NAME.into()),
                email: email.then(|| REPORTER_EMAIL.into()),
                phone: Some(REPORTER_PHONE.into()),
            }),
            answers: vec![
                StoredAnswer {
                    question_id: "what".into(),
                    question_asked: "Wat heeft u gezien?".into(),
                    question_nl: "Wat heeft u gezien?".into(),
                    answer: ANSWER.into(),
                },
                StoredAnswer {
                    question_id: "where".into(),
                    question_asked: "Waar?".into(),
                    question_nl: "Waar?".into(),
                    answer: SUBJECT_ADDRESS.into(),
                },
            ],
            // The subject is set below with the status, as the team's work would.
            ..new_report(lang, &["living"])
        },
    )
    .await;
    let (assignee, status) = assignee.map_or((None, "new"), |(a, s)| (Some(a), s));
    on_pool!(db, pool => sqlx::query(
        "UPDATE reports SET status = $1, assignee_id = $2, subject_name = $3, subject_address = $4 \
         WHERE id = $5",
    )
    .bind(status)
    .bind(assignee)
    .bind(SUBJECT_NAME)
    .bind(SUBJECT_ADDRESS)
    .bind(id)
    .execute(pool)
    .await
    .map(|_| ())
    .unwrap());
    id
}

/// Delivers everything due to `.eml` files in `dir` and reads them back.
async fn deliver_to_files(db: &Database, dir: &Path) -> Vec<ReadMail> {
    let transport = MailTransport::files(dir.to_path_buf()).unwrap();
    mail::deliver_due(db, &transport, &mail_settings(30), Utc::now())
        .await
        .unwrap();
    eml_files(dir)
        .iter()
        .map(|f| read_mail(&std::fs::read(f).unwrap()))
        .collect()
}

async fn the_digest_holds_a_count_and_a_link_only(backend: Backend) {
    let (settings, data, _pg) = test_settings(backend).await;
    let db = open_database(&settings).await.unwrap();
    // (email, name, role, present, active)
    let mut ids = Vec::new();
    for (email, name, role, present, active) in [
        (
            "anna@testdorp.example",
            "Anna de Vries",
            "intake",
            true,
            true,
        ),
        ("bram@testdorp.example", "Bram", "lead", true, true),
        ("carla@testdorp.example", "Carla", "intake", false, true),
        ("dirk@testdorp.example", "Dirk", "intake", true, false),
        ("eva@testdorp.example", "Eva", "editor", true, true),
    ] {
        ids.push(add_staff(&db, email, name, role, present, active).await);
    }
    let [anna, bram, away, gone, editor] = ids[..] else {
        panic!("five accounts");
    };
    report(&db, "nl", true, Some((anna, "assigned"))).await;
    report(&db, "ar", false, Some((anna, "assigned"))).await;
    report(&db, "nl", true, Some((anna, "in_progress"))).await;
    report(&db, "nl", true, Some((bram, "in_progress"))).await;
    report(&db, "nl", true, Some((away, "assigned"))).await;
    report(&db, "nl", true, Some((gone, "assigned"))).await;
    report(&db, "nl", true, Some((editor, "assigned"))).await;
    report(&db, "nl", true, None).await;

    let queued = mail::send_digests(
        &db,
        &helder_domain::tenants::TenantId::default_id(),
        "https://helder.testdorp.example/",
        Utc::now(),
    )
    .await
    .unwrap();
    assert_eq!(
        queued, 1,
        "only an active, present intake or lead member with new reports"
    );
    let dir = data.path().join("digest-mail");
    let mails = deliver_to_files(&db, &dir).await;
    assert_eq!(mails.len(), 1);
    let digest = &mails[0];
    assert_eq!(digest.to, ["anna@testdorp.example"]);
    assert!(digest.subject.contains("(2)"), "{digest:?}");
    assert!(digest.body.contains("Aantal: 2."), "{digest:?}");
    assert!(digest.body.contains("Anna de Vries"), "{digest:?}");
    assert!(
        digest
            .body
            .contains("https://helder.testdorp.example/nl/team/meldingen"),
        "{digest:?}"
    );
    assert_eq!(leaks(digest), Vec::<&str>::new(), "{digest:?}");

    // The check can fail: a mail that did carry the texts is caught, even though its
    // non-ASCII text travels encoded.
    db.enqueue_mail(
        "anna@testdorp.example",
        REPORTER_NAME,
        &format!("{ANSWER}\n{SUBJECT_ADDRESS}\n{REPORTER_EMAIL}"),
    )
    .await
    .unwrap();
    let bad_dir = data.path().join("bad-mail");
    let bad = deliver_to_files(&db, &bad_dir).await;
    assert_eq!(bad.len(), 1);
    let found = leaks(&bad[0]);
    for text in [ANSWER, REPORTER_NAME, SUBJECT_ADDRESS, REPORTER_EMAIL] {
        assert!(found.contains(&text), "{text} is caught: {found:?}");
    }
}

async fn the_question_mail_only_says_a_question_waits(backend: Backend) {
    let (settings, data, _pg) = test_settings(backend).await;
    let db = open_database(&settings).await.unwrap();
    let anonymous = report(&db, "tr", false, None).await;
    assert_eq!(
        mail::notify_question_waiting(
            &db,
            anonymous,
            "https://helder.testdorp.example",
            Utc::now()
        )
        .await
        .unwrap(),
        None,
        "no address, no mail"
    );
    let turkish = report(&db, "tr", true, None).await;
    let dutch = report(&db, "nl", true, None).await;
    for id in [turkish, dutch] {
        assert!(
            mail::notify_question_waiting(&db, id, "https://helder.testdorp.example", Utc::now())
                .await
                .unwrap()
                .is_some()
        );
    }
    let mails = deliver_to_files(&db, &data.path().join("question-mail")).await;
    assert_eq!(mails.len(), 2);
    let tr = mails
        .iter()
        .find(|m| m.body.contains("/tr/melden/terugkomen"))
        .expect("the Turkish mail links to the Turkish page");
    let nl = mails
        .iter()
        .find(|m| {
            m.body
                .contains("https://helder.testdorp.example/nl/melden/terugkomen")
        })
        .expect("the Dutch mail links to the Dutch page");
    assert_eq!(nl.subject, "Wij hebben een vraag voor u");
    assert_eq!(tr.subject, "Size bir sorumuz var");
    for mail in [tr, nl] {
        assert_eq!(mail.to, [REPORTER_EMAIL]);
        // The recipient is the reporter: their address is in To, and nowhere else.
        let without_to: String = mail
            .raw
            .lines()
            .filter(|l| !l.to_ascii_lowercase().starts_with("to:"))
            .collect::<Vec<_>>()
            .join("\n");
        let read = ReadMail {
            raw: without_to,
            to: vec![],
            subject: mail.subject.clone(),
            body: mail.body.clone(),
            auto_submitted: None,
            message_id: None,
        };
        assert_eq!(leaks(&read), Vec::<&str>::new(), "{mail:?}");
    }
}
