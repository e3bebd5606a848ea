//! Retention (bewaartermijnen): with a fixed clock, the daily job deletes exactly the closed
//! no-action reports past their term, anonymises exactly the other closed reports past theirs,
//! stops exactly the receipt codes past theirs, leaves open reports alone, runs once a day,
//! and records counts and report ids in the audit log, never a report's text.

use crate::{
    both_backends,
    helpers::{Backend, db::store_report, test_settings},
    on_pool,
};
use chrono::{DateTime, Duration, Local, TimeZone, Utc};
use helder_domain::staff::Role;
use helder_server::{
    configuration::Settings,
    mail,
    retention::{self, RetentionReport, RetentionSettings},
    startup::open_database,
    storage::{AuditEntry, AuditQuery, Contact, Database, NewReport, ReportWork, StoredAnswer},
};

both_backends!(
    retention_deletes_anonymises_and_stops_codes_exactly,
    retention_runs_once_a_day_from_two_at_night,
);

/// One report of the test set.
#[derive(Debug, Clone)]
struct Case {
    label: &'static str,
    id: i64,
    hash: String,
}

/// How a report is set up: its state, and when it was received and closed.
struct Shape {
    status: &'static str,
    outcome: Option<&'static str>,
    received_at: DateTime<Utc>,
    closed_at: Option<DateTime<Utc>>,
    /// Already anonymised at this time (then it has no content left either).
    anonymised_at: Option<DateTime<Utc>>,
}

/// Every text a report holds: none of these may appear in the audit log.
fn texts(label: &str) -> Vec<String> {
    vec![
        format!("Naam-{label}-melder"),
        format!("melder-{label}@voorbeeld.example"),
        format!("06-1234-{label}"),
        format!("antwoord-{label}-een"),
        format!("antwoord-{label}-twee"),
        format!("vraag-{label}-team"),
        format!("reactie-{label}-melder"),
        format!("notitie-{label}-team"),
        format!("persoon {label} jansen"),
        format!("1234AB {label}"),
    ]
}

/// What a run reports: one report deleted, one anonymised, and the counts of codes, drafts
/// and mails removed.
fn ran(deleted: i64, anonymised: i64, [codes, drafts, mail]: [u64; 3]) -> Option<RetentionReport> {
    Some(RetentionReport {
        deleted: vec![deleted],
        anonymised: vec![anonymised],
        codes,
        drafts,
        mail,
        comments: 0,
        questions: 0,
    })
}

async fn add_report(db: &Database, staff: i64, label: &'static str, n: u32, shape: Shape) -> Case {
    let hash = format!("{n:064x}");
    let [
        name,
        email,
        phone,
        answer_1,
        answer_2,
        question,
        reaction,
        note,
        subject,
        address,
    ] = <[String; 10]>::try_from(texts(label)).unwrap();
    let with_content = shape.anonymised_at.is_none();
    let report = NewReport {
        lang: "nl".into(),
        questionnaire_version: "2026-11-22".into(),
        kinds: helder_domain::report::kinds::KindSet::try_from(vec![
            "cohabitation".to_owned(),
            "work".to_owned(),
        ])
        .unwrap(),
        receipt_hash: hash.clone(),
        organisation: helder_domain::tenants::TenantId::default_id(),
        municipality: helder_domain::tenants::TenantId::default_id(),
        entered: None,
        contact: with_content.then_some(Contact {
            name: Some(name),
            email: Some(email),
            phone: Some(phone),
        }),
        answers: if with_content {
            vec![
                StoredAnswer {
                    question_id: "who".into(),
                    question_asked: "Over wie gaat het?".into(),
                    question_nl: "Over wie gaat het?".into(),
                    answer: answer_1,
                },
                StoredAnswer {
                    question_id: "how_known".into(),
                    question_asked: "Hoe weet u dit?".into(),
                    question_nl: "Hoe weet u dit?".into(),
                    answer: answer_2,
                },
            ]
        } else {
            Vec::new()
        },
        subject_name: with_content.then_some(subject),
        subject_address: with_content.then_some(address),
    };
    let id = store_report(db, &report).await;
    if with_content {
        db.add_message(id, "team", &question).await.unwrap();
        db.add_message(id, "reporter", &reaction).await.unwrap();
        db.add_note(id, staff, &note, shape.received_at)
            .await
            .unwrap();
    }
    let receipt_hash = match shape.anonymised_at {
        Some(_) => format!("removed:{id}"),
        None => hash.clone(),
    };
    on_pool!(db, pool => sqlx::query(
        "UPDATE reports SET received_at = $1, status = $2, outcome = $3, closed_at = $4, \
         first_action_at = $5, estimated_amount = $6, anonymised_at = $7, receipt_hash = $8, \
         assignee_id = $9, assigned_at = $1 WHERE id = $10",
    )
    .bind(shape.received_at)
    .bind(shape.status)
    .bind(shape.outcome)
    .bind(shape.closed_at)
    .bind(shape.received_at + Duration::days(1))
    .bind(1_000 + i64::from(n))
    .bind(shape.anonymised_at)
    .bind(&receipt_hash)
    .bind(staff)
    .bind(id)
    .execute(pool)
    .await
    .map(|_| ())
    .unwrap());
    if let Some(outcome) = shape.outcome {
        crate::helpers::db::execute(
            db,
            &format!("INSERT INTO report_outcomes (report_id, outcome) VALUES ({id}, '{outcome}')"),
        )
        .await;
    }
    Case { label, id, hash }
}

/// Answers, messages, notes and links of a report.
async fn children(db: &Database, id: i64) -> (i64, i64, i64, i64) {
    on_pool!(db, pool => sqlx::query_as(
        "SELECT (SELECT COUNT(*) FROM report_answers WHERE report_id = $1), \
         (SELECT COUNT(*) FROM report_messages WHERE report_id = $1), \
         (SELECT COUNT(*) FROM report_notes WHERE report_id = $1), \
         (SELECT COUNT(*) FROM report_links WHERE report_a = $1 OR report_b = $1)",
    )
    .bind(id)
    .fetch_one(pool)
    .await
    .unwrap())
}

/// Rows in `report_kinds` of a report.
async fn kind_rows(db: &Database, id: i64) -> i64 {
    on_pool!(db, pool => sqlx::query_scalar("SELECT COUNT(*) FROM report_kinds WHERE report_id = $1")
        .bind(id)
        .fetch_one(pool)
        .await
        .unwrap())
}

/// The columns `ReportWork` leaves out.
async fn retention_columns(
    db: &Database,
    id: i64,
) -> (
    Option<DateTime<Utc>>,
    Option<DateTime<Utc>>,
    Option<String>,
    String,
) {
    on_pool!(db, pool => sqlx::query_as(
        "SELECT closed_at, anonymised_at, contact_name, receipt_hash FROM reports WHERE id = $1",
    )
    .bind(id)
    .fetch_one(pool)
    .await
    .unwrap())
}

/// Id, receipt hash, contact e-mail address, subject name, anonymised.
type SnapshotRow = (i64, String, Option<String>, Option<String>, bool);

/// Everything retention could change, to compare before and after a run.
async fn snapshot(db: &Database) -> String {
    let reports: Vec<SnapshotRow> = on_pool!(db, pool => sqlx::query_as(
        "SELECT id, receipt_hash, contact_email, subject_name, anonymised_at IS NOT NULL \
         FROM reports ORDER BY id",
    )
    .fetch_all(pool)
    .await
    .unwrap());
    let counts: (i64, i64, i64, i64, i64, i64, i64, i64) = on_pool!(db, pool => sqlx::query_as(
        "SELECT (SELECT COUNT(*) FROM report_answers), (SELECT COUNT(*) FROM report_messages), \
         (SELECT COUNT(*) FROM report_notes), (SELECT COUNT(*) FROM report_links), \
         (SELECT COUNT(*) FROM report_drafts), (SELECT COUNT(*) FROM outbox), \
         (SELECT COUNT(*) FROM audit_log), (SELECT COUNT(*) FROM job_runs)",
    )
    .fetch_one(pool)
    .await
    .unwrap());
    format!("{reports:?} {counts:?}")
}

async fn work(db: &Database, id: i64) -> Option<ReportWork> {
    db.report_work(&helder_domain::tenants::TenantId::default_id(), id)
        .await
        .unwrap()
}

async fn all_audit(db: &Database) -> Vec<AuditEntry> {
    let (mut lines, total) = db
        .audit_log(
            &helder_domain::tenants::TenantId::default_id(),
            &AuditQuery::default(),
            0,
            1_000,
        )
        .await
        .unwrap();
    assert_eq!(lines.len() as i64, total);
    lines.reverse();
    lines
}

async fn job_runs(db: &Database) -> Vec<(String, String, String)> {
    on_pool!(db, pool => sqlx::query_as("SELECT job, day, summary FROM job_runs ORDER BY job, day")
        .fetch_all(pool)
        .await
        .unwrap())
}

/// The whole set, each case on either side of its term, with the default terms (183 days to
/// deletion, 730 to anonymisation, 30 for the receipt code), run at a fixed `now`.
async fn retention_deletes_anonymises_and_stops_codes_exactly(backend: Backend) {
    let (settings, _data, _pg) = test_settings(backend).await;
    // No server: no background job runs retention with the real clock behind the test's back.
    let db = open_database(&settings).await.unwrap();
    let terms = RetentionSettings::from_settings(&Settings::defaults());
    assert_eq!(
        (terms.no_action, terms.closed, terms.receipt),
        (Duration::days(183), Duration::days(730), Duration::days(30))
    );
    // Whole seconds: PostgreSQL keeps microseconds, and times are compared exactly.
    let now = Utc.with_ymd_and_hms(2026, 6, 15, 9, 0, 0).unwrap();
    let second = Duration::seconds(1);
    let staff = db
        .create_staff_user(
            &helder_domain::tenants::TenantId::default_id(),
            "lid@testdorp.example",
            "Teamlid",
            Role::Intake,
            None,
        )
        .await
        .unwrap();
    let closed = |outcome: &'static str, closed_at: DateTime<Utc>| Shape {
        status: "closed",
        outcome: Some(outcome),
        received_at: closed_at - Duration::days(40),
        closed_at: Some(closed_at),
        anonymised_at: None,
    };
    let open = |status: &'static str, received_at: DateTime<Utc>| Shape {
        status,
        outcome: None,
        received_at,
        closed_at: None,
        anonymised_at: None,
    };

    // Eleven reports, numbered from 1 in this order (the number makes the receipt hash).
    let earlier_anonymised_at = now - Duration::days(200);
    let shapes = [
        ("A", closed("no_action", now - terms.no_action)),
        ("B", closed("no_action", now - terms.no_action + second)),
        ("C", closed("repayment", now - terms.closed)),
        ("D", closed("repayment", now - terms.closed + second)),
        (
            "E",
            Shape {
                anonymised_at: Some(earlier_anonymised_at),
                ..closed("measure", now - Duration::days(1_000))
            },
        ),
        ("F", open("in_progress", now - Duration::days(5 * 365))),
        ("G", open("no_action", now - Duration::days(3 * 365))),
        ("H", open("red", now - Duration::days(4 * 365))),
        ("I", closed("benefit_ended", now - terms.receipt)),
        ("J", closed("criminal_report", now - terms.receipt + second)),
        ("K", closed("no_action", now - Duration::days(10))),
    ];
    let mut made = Vec::new();
    for (n, (label, shape)) in (1..).zip(shapes) {
        made.push(add_report(&db, staff, label, n, shape).await);
    }
    let Ok(
        [
            no_action_at_term,
            no_action_within,
            repayment_at_term,
            repayment_within,
            already_anonymised,
            open_in_progress,
            open_no_action,
            open_red,
            code_at_term,
            code_within,
            recent_no_action,
        ],
    ) = <[Case; 11]>::try_from(made)
    else {
        panic!("eleven cases");
    };
    // Links from a report that goes, and from one that is anonymised, to open reports; and
    // one between two open reports, which stays.
    db.link_reports(no_action_at_term.id, open_in_progress.id, staff, now)
        .await
        .unwrap();
    db.link_reports(repayment_at_term.id, open_red.id, staff, now)
        .await
        .unwrap();
    db.link_reports(open_in_progress.id, open_no_action.id, staff, now)
        .await
        .unwrap();
    // Drafts: one expired a second ago, one still running (also tomorrow, for the next run).
    db.save_draft("draft-old", "nl", r#"{"note":"concept-oud"}"#, now - second)
        .await
        .unwrap();
    db.save_draft(
        "draft-new",
        "nl",
        r#"{"note":"concept-nieuw"}"#,
        now + Duration::days(2),
    )
    .await
    .unwrap();
    // Mail: one sent eight days ago (goes), one sent yesterday (stays).
    let mut sent = Vec::new();
    for (to, days) in [("A", 8), ("B", 1)] {
        let at = now - Duration::days(days);
        let to = format!("melder-{to}@voorbeeld.example");
        let id = mail::enqueue(&db, &to, "Vraag", "Er is een vraag", at)
            .await
            .unwrap();
        db.mark_sent(id, at).await.unwrap();
        sent.push(id);
    }
    let [old_mail, new_mail] = sent[..] else {
        panic!("two mails");
    };

    let cases = [
        &no_action_at_term,
        &no_action_within,
        &repayment_at_term,
        &repayment_within,
        &already_anonymised,
        &open_in_progress,
        &open_no_action,
        &open_red,
        &code_at_term,
        &code_within,
        &recent_no_action,
    ];
    let mut before = std::collections::HashMap::new();
    for case in cases {
        let found = db.report_by_receipt(&case.hash).await.unwrap();
        let expected = (case.label != "E").then_some(case.id);
        assert_eq!(found, expected, "report {} before the run", case.label);
        before.insert(
            case.label,
            (
                work(&db, case.id).await.unwrap(),
                children(&db, case.id).await,
            ),
        );
    }
    assert_eq!(children(&db, no_action_at_term.id).await, (2, 2, 1, 1));
    assert_eq!(kind_rows(&db, no_action_at_term.id).await, 2);
    assert_eq!(children(&db, open_in_progress.id).await, (2, 2, 1, 2));
    assert_eq!(children(&db, open_red.id).await, (2, 2, 1, 1));
    assert_eq!(children(&db, open_no_action.id).await, (2, 2, 1, 1));
    assert_eq!(children(&db, repayment_at_term.id).await, (2, 2, 1, 1));
    assert!(all_audit(&db).await.is_empty());

    // The run.
    let report = retention::run_retention(&db, &terms, now).await.unwrap();
    // Codes: B, D and I; A and C are counted as deleted and anonymised, E had none.
    let expected = ran(no_action_at_term.id, repayment_at_term.id, [3, 1, 1]);
    assert_eq!(report, expected);

    // Deleted: the report and everything under it.
    assert_eq!(work(&db, no_action_at_term.id).await, None);
    assert_eq!(children(&db, no_action_at_term.id).await, (0, 0, 0, 0));
    assert_eq!(
        kind_rows(&db, no_action_at_term.id).await,
        0,
        "its kinds go with it"
    );
    assert_eq!(
        db.report_by_receipt(&no_action_at_term.hash).await.unwrap(),
        None
    );

    // Anonymised: content, contact, names and the code gone; the figures stay.
    let (anon_before, _) = before["C"].clone();
    let anon_after = work(&db, repayment_at_term.id)
        .await
        .expect("an anonymised report stays");
    assert_eq!(
        anon_after,
        ReportWork {
            has_contact: false,
            contact_email: None,
            subject_name: None,
            subject_address: None,
            ..anon_before.clone()
        }
    );
    assert!(anon_before.has_contact && anon_before.subject_name.is_some());
    assert_eq!(anon_after.kinds.ids(), ["cohabitation", "work"]);
    assert_eq!(
        kind_rows(&db, repayment_at_term.id).await,
        2,
        "statistics keep the kinds"
    );
    assert_eq!(
        anon_after.outcomes.as_ref().map(|o| o
            .records()
            .iter()
            .map(|r| r.outcome.as_str())
            .collect::<Vec<_>>()),
        Some(vec!["repayment"])
    );
    assert_eq!(anon_after.estimated_amount, Some(1_003));
    assert_eq!(children(&db, repayment_at_term.id).await, (0, 0, 0, 0));
    assert!(db.messages(repayment_at_term.id).await.unwrap().is_empty());
    assert!(
        db.report_answers(repayment_at_term.id)
            .await
            .unwrap()
            .is_empty()
    );
    assert!(db.notes(repayment_at_term.id).await.unwrap().is_empty());
    assert_eq!(
        retention_columns(&db, repayment_at_term.id).await,
        (
            Some(now - terms.closed),
            Some(now),
            None,
            format!("removed:{}", repayment_at_term.id)
        )
    );
    assert_eq!(
        db.report_by_receipt(&repayment_at_term.hash).await.unwrap(),
        None
    );

    // Anonymised before: not again.
    assert_eq!(
        retention_columns(&db, already_anonymised.id).await.1,
        Some(earlier_anonymised_at)
    );

    // Everything else keeps all it had; only the codes past their term stop working.
    for case in cases {
        if matches!(case.label, "A" | "C") {
            continue;
        }
        let (work_before, children_before) = before[case.label].clone();
        assert_eq!(
            work(&db, case.id).await,
            Some(work_before),
            "report {}",
            case.label
        );
        // Answers, messages and notes; links are checked below.
        let (answers, messages, notes, _) = children(&db, case.id).await;
        assert_eq!(
            (answers, messages, notes),
            (children_before.0, children_before.1, children_before.2),
            "children of {}",
            case.label
        );
        let code_works = matches!(case.label, "F" | "G" | "H" | "J" | "K");
        assert_eq!(
            db.report_by_receipt(&case.hash).await.unwrap(),
            code_works.then_some(case.id),
            "receipt code of {}",
            case.label
        );
        let stored = retention_columns(&db, case.id).await;
        if !code_works {
            assert_eq!(
                stored.3,
                format!("removed:{}", case.id),
                "code of {}",
                case.label
            );
        }
        if case.label != "E" {
            assert_eq!(stored.1, None, "{} is not anonymised", case.label);
            assert_eq!(stored.2, Some(format!("Naam-{}-melder", case.label)));
        }
    }
    // The link between two open reports stays; the links to A and C went with them.
    assert_eq!(children(&db, open_in_progress.id).await.3, 1);
    assert_eq!(children(&db, open_red.id).await.3, 0);
    assert_eq!(children(&db, open_no_action.id).await.3, 1);
    assert_eq!(
        db.load_draft("draft-new", now).await.unwrap().map(|d| d.0),
        Some("nl".to_owned())
    );
    assert!(db.outbox_state(old_mail).await.unwrap().is_none());
    assert!(db.outbox_state(new_mail).await.unwrap().is_some());

    // The audit log: one line with counts, one per deleted and anonymised report, no text.
    let lines = all_audit(&db).await;
    let summary: Vec<(&str, &str, Option<i64>, &str)> = lines
        .iter()
        .map(|l| {
            (
                l.actor.as_str(),
                l.action.as_str(),
                l.report_id,
                l.detail.as_str(),
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            ("Helder", "report_deleted", Some(no_action_at_term.id), ""),
            (
                "Helder",
                "report_anonymised",
                Some(repayment_at_term.id),
                ""
            ),
            (
                "Helder",
                "retention_applied",
                None,
                "deleted 1, anonymised 1, codes 3"
            ),
        ]
    );
    let day = now.with_timezone(&Local).date_naive().to_string();
    let runs = job_runs(&db).await;
    assert_eq!(
        runs,
        [(
            "retention".to_owned(),
            day.clone(),
            "deleted 1, anonymised 1, codes 3, drafts 1, mail 1, comments 0, questions 0"
                .to_owned()
        )]
    );
    let recorded = format!("{lines:?} {runs:?}");
    for case in cases {
        for text in texts(case.label) {
            assert!(
                !recorded.contains(&text),
                "{text:?} leaked into the audit log"
            );
        }
        assert!(
            !recorded.contains(&case.hash),
            "a receipt hash leaked into the audit log"
        );
    }
    assert!(!recorded.contains("concept-") && !recorded.contains("voorbeeld.example"));

    // A second run the same day does nothing at all.
    let state = snapshot(&db).await;
    assert_eq!(
        retention::run_retention(&db, &terms, now).await.unwrap(),
        None
    );
    assert_eq!(snapshot(&db).await, state);

    // The next day the terms have moved on by a day: B goes, D is anonymised, J's code stops.
    let tomorrow = now + Duration::days(1);
    let next = retention::run_retention(&db, &terms, tomorrow)
        .await
        .unwrap();
    let expected = ran(no_action_within.id, repayment_within.id, [1, 0, 0]);
    assert_eq!(next, expected);
    assert_eq!(db.report_by_receipt(&code_within.hash).await.unwrap(), None);
    assert_eq!(
        db.report_by_receipt(&recent_no_action.hash).await.unwrap(),
        Some(recent_no_action.id)
    );
    assert_eq!(
        retention_columns(&db, repayment_at_term.id).await.1,
        Some(now),
        "anonymised once, not again"
    );
    for case in [&open_in_progress, &open_no_action, &open_red] {
        assert_eq!(work(&db, case.id).await, Some(before[case.label].0.clone()));
    }
    assert_eq!(job_runs(&db).await.len(), 2);
}

/// The scheduler's entry point: nothing before 02:00 local time, then once that day.
async fn retention_runs_once_a_day_from_two_at_night(backend: Backend) {
    let (settings, _data, _pg) = test_settings(backend).await;
    let db = open_database(&settings).await.unwrap();
    let terms = RetentionSettings::from_settings(&settings);
    let at = |day: u32, hour: u32, minute: u32| {
        Local
            .with_ymd_and_hms(2026, 3, day, hour, minute, 0)
            .earliest()
            .expect("a local time")
    };
    let closed_at = at(10, 1, 0).with_timezone(&Utc) - terms.no_action;
    let staff = db
        .create_staff_user(
            &helder_domain::tenants::TenantId::default_id(),
            "lid@testdorp.example",
            "Teamlid",
            Role::Intake,
            None,
        )
        .await
        .unwrap();
    let old = add_report(
        &db,
        staff,
        "A",
        1,
        Shape {
            status: "closed",
            outcome: Some("no_action"),
            received_at: closed_at - Duration::days(30),
            closed_at: Some(closed_at),
            anonymised_at: None,
        },
    )
    .await;

    assert_eq!(
        retention::daily(&db, &terms, at(10, 1, 59)).await.unwrap(),
        None
    );
    assert!(job_runs(&db).await.is_empty(), "nothing before 02:00");
    assert!(work(&db, old.id).await.is_some());

    let done = retention::daily(&db, &terms, at(10, 2, 0)).await.unwrap();
    assert_eq!(done.map(|r| r.deleted), Some(vec![old.id]));
    assert_eq!(
        job_runs(&db).await,
        [(
            "retention".to_owned(),
            "2026-03-10".to_owned(),
            "deleted 1, anonymised 0, codes 0, drafts 0, mail 0, comments 0, questions 0"
                .to_owned()
        )]
    );
    assert_eq!(
        retention::daily(&db, &terms, at(10, 23, 59)).await.unwrap(),
        None
    );
    let next = retention::daily(&db, &terms, at(11, 2, 30)).await.unwrap();
    assert_eq!(next, Some(RetentionReport::default()));
    let retention_lines = all_audit(&db)
        .await
        .into_iter()
        .filter(|l| l.action == "retention_applied")
        .count();
    assert_eq!(retention_lines, 2, "one line per run");
    assert_eq!(job_runs(&db).await.len(), 2);
}
