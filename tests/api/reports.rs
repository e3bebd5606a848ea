//! The report store (the form itself comes later): drafts expire, a submission is one
//! transaction that removes the draft, receipt codes are found only by their hash.

use crate::{
    both_backends,
    helpers::{Backend, spawn_app},
};
use chrono::{Duration, Utc};
use helder_server::{
    report::receipt,
    storage::{Contact, NewReport, StoredAnswer},
};

both_backends!(drafts_expire_and_reports_are_stored_whole);

async fn drafts_expire_and_reports_are_stored_whole(backend: Backend) {
    let app = spawn_app(backend).await;
    let db = &app.content.db;
    let now = Utc::now();

    db.save_draft(
        "token-a",
        "ar",
        r#"{"kinds":["work"]}"#,
        now + Duration::hours(2),
    )
    .await
    .unwrap();
    db.save_draft("token-old", "nl", "{}", now - Duration::minutes(1))
        .await
        .unwrap();
    assert_eq!(
        db.load_draft("token-a", now).await.unwrap(),
        Some(("ar".to_owned(), r#"{"kinds":["work"]}"#.to_owned()))
    );
    assert_eq!(
        db.load_draft("token-old", now).await.unwrap(),
        None,
        "an expired draft is gone"
    );
    // (The server's own housekeeping may have been first; either way the expired draft is gone.)
    assert!(db.delete_expired_drafts(now).await.unwrap() <= 1);
    assert_eq!(
        db.load_draft("token-old", now - Duration::hours(1))
            .await
            .unwrap(),
        None
    );

    let salt = db.receipt_salt().await.unwrap();
    assert_eq!(
        salt,
        db.receipt_salt().await.unwrap(),
        "the salt survives: codes stay findable"
    );
    let code = receipt::generate();
    let hash = receipt::hash(&code, &salt).unwrap();
    let report = NewReport {
        lang: "ar".into(),
        questionnaire_version: "2026-11-22".into(),
        kinds: helder_domain::report::kinds::KindSet::try_from(vec!["work".to_owned()]).unwrap(),
        receipt_hash: hash.clone(),
        subject_name: None,
        subject_address: None,
        organisation: helder_domain::tenants::TenantId::default_id(),
        municipality: helder_domain::tenants::TenantId::default_id(),
        entered: None,
        contact: Some(Contact {
            email: Some("iemand@voorbeeld.nl".into()),
            ..Contact::default()
        }),
        answers: vec![
            StoredAnswer {
                question_id: "work_where".into(),
                question_asked: "أين يعمل الشخص؟".into(),
                question_nl: "Waar werkt de persoon?".into(),
                answer: "<script>alert(1)</script>'; DROP TABLE reports; --".into(),
            },
            StoredAnswer {
                question_id: "how_known".into(),
                question_asked: "كيف تعرف ذلك؟".into(),
                question_nl: "Hoe weet u dit?".into(),
                answer: "neighbour".into(),
            },
        ],
    };
    let id = db.submit_report(&report, Some("token-a")).await.unwrap();
    // A double click: the second submission finds the draft claimed and stores nothing.
    let twice = NewReport {
        receipt_hash: "other".into(),
        ..report.clone()
    };
    assert!(matches!(
        db.submit_report(&twice, Some("token-a")).await,
        Err(helder_server::storage::StorageError::AlreadySubmitted)
    ));
    assert_eq!(db.report_by_receipt("other").await.unwrap(), None);
    assert_eq!(
        db.load_draft("token-a", now).await.unwrap(),
        None,
        "the draft is deleted on submission"
    );
    let answers = db.report_answers(id).await.unwrap();
    assert_eq!(
        answers, report.answers,
        "answers are stored as inert text, in order"
    );

    assert_eq!(db.report_by_receipt(&hash).await.unwrap(), Some(id));
    let wrong = receipt::hash(&receipt::generate(), &salt).unwrap();
    assert_eq!(db.report_by_receipt(&wrong).await.unwrap(), None);
    assert!(
        db.submit_report(&report, None).await.is_err(),
        "a receipt hash is unique"
    );

    db.add_message(id, "team", "Sinds wanneer werkt de persoon daar?")
        .await
        .unwrap();
    db.add_message(id, "reporter", "Sinds maart.")
        .await
        .unwrap();
    let messages = db.messages(id).await.unwrap();
    assert_eq!(
        messages
            .iter()
            .map(|m| m.author.as_str())
            .collect::<Vec<_>>(),
        ["team", "reporter"]
    );
}
