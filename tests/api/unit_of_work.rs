//! A unit of work commits all of its writes or none: when one write in the middle fails, the
//! writes before it are gone too. The test database refuses certain audit lines (a trigger
//! that exists only in the test's own database), so a queue action or a content change fails
//! after its other writes were made; afterwards none of them is there. Then, with the trigger
//! gone, the same action succeeds: it was the refused audit line that stopped it.

use crate::{
    both_backends,
    editing::{act, expect_act, expect_save, people, save},
    helpers::staff::{StaffClient, account},
    helpers::{Backend, PostsForms, spawn_app},
};
use helder_server::storage::{Contact, Database, NewReport};

both_backends!(
    a_queue_action_that_fails_halfway_leaves_nothing,
    a_content_change_that_fails_halfway_leaves_nothing
);

/// Runs SQL (one or more statements) on the test's database.
async fn execute(db: &Database, sql: &str) {
    match db {
        Database::Sqlite(pool) => sqlx::raw_sql(sql).execute(pool).await.map(|_| ()),
        Database::Postgres(pool) => sqlx::raw_sql(sql).execute(pool).await.map(|_| ()),
    }
    .unwrap_or_else(|error| panic!("{sql}: {error}"));
}

async fn count(db: &Database, sql: &str) -> i64 {
    match db {
        Database::Sqlite(pool) => sqlx::query_scalar(sql).fetch_one(pool).await,
        Database::Postgres(pool) => sqlx::query_scalar(sql).fetch_one(pool).await,
    }
    .unwrap_or_else(|error| panic!("{sql}: {error}"))
}

/// Makes this test's database refuse audit lines whose action is listed in the table
/// `test_refused_actions` (filled by [`refuse_audit`]).
async fn install_refusal(db: &Database) {
    execute(
        db,
        "CREATE TABLE test_refused_actions (action TEXT NOT NULL)",
    )
    .await;
    match db {
        Database::Sqlite(_) => {
            execute(
                db,
                "CREATE TRIGGER test_refuse_audit BEFORE INSERT ON audit_log \
                 WHEN NEW.action IN (SELECT action FROM test_refused_actions) \
                 BEGIN SELECT RAISE(ABORT, 'refused by the test'); END",
            )
            .await
        }
        Database::Postgres(_) => {
            execute(
                db,
                "CREATE FUNCTION test_refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$ \
                 BEGIN \
                     IF NEW.action IN (SELECT action FROM test_refused_actions) THEN \
                         RAISE EXCEPTION 'refused by the test'; \
                     END IF; \
                     RETURN NEW; \
                 END; $$; \
                 CREATE TRIGGER test_refuse_audit BEFORE INSERT ON audit_log FOR EACH ROW \
                 EXECUTE FUNCTION test_refuse_audit()",
            )
            .await
        }
    }
}

/// From now on the database refuses audit lines with these actions (none: refuses nothing).
async fn refuse_audit(db: &Database, actions: &[&str]) {
    execute(db, "DELETE FROM test_refused_actions").await;
    for action in actions {
        execute(
            db,
            &format!("INSERT INTO test_refused_actions (action) VALUES ('{action}')"),
        )
        .await;
    }
}

/// A report whose reporter left an e-mail address (so a question would be mailed).
async fn report_with_address(db: &Database) -> i64 {
    db.submit_report(
        &NewReport {
            lang: "nl".into(),
            questionnaire_version: "test".into(),
            kinds: helder_domain::report::kinds::KindSet::try_from(vec!["work".to_owned()])
                .unwrap(),
            receipt_hash: uuid::Uuid::new_v4().simple().to_string(),
            contact: Some(Contact {
                name: None,
                email: Some("melder@voorbeeld.nl".into()),
                phone: None,
            }),
            answers: Vec::new(),
            organisation: helder_domain::tenants::TenantId::default_id(),
            municipality: helder_domain::tenants::TenantId::default_id(),
            entered: None,
            subject_name: None,
            subject_address: None,
        },
        None,
    )
    .await
    .expect("report stored")
}

/// What the team's work left on a report: status, first action marked, notes, messages,
/// mail in the outbox, audit lines other than views.
async fn traces(db: &Database, id: i64) -> (String, i64, i64, i64, i64, i64) {
    let status: String = match db {
        Database::Sqlite(pool) => sqlx::query_scalar("SELECT status FROM reports WHERE id = $1")
            .bind(id)
            .fetch_one(pool)
            .await
            .unwrap(),
        Database::Postgres(pool) => sqlx::query_scalar("SELECT status FROM reports WHERE id = $1")
            .bind(id)
            .fetch_one(pool)
            .await
            .unwrap(),
    };
    (
        status,
        count(
            db,
            &format!(
                "SELECT COUNT(*) FROM reports WHERE id = {id} AND first_action_at IS NOT NULL"
            ),
        )
        .await,
        count(
            db,
            &format!("SELECT COUNT(*) FROM report_notes WHERE report_id = {id}"),
        )
        .await,
        count(
            db,
            &format!("SELECT COUNT(*) FROM report_messages WHERE report_id = {id}"),
        )
        .await,
        count(db, "SELECT COUNT(*) FROM outbox").await,
        count(
            db,
            &format!(
                "SELECT COUNT(*) FROM audit_log WHERE report_id = {id} \
                 AND action NOT IN ('report_viewed', 'report_assigned')"
            ),
        )
        .await,
    )
}

async fn a_queue_action_that_fails_halfway_leaves_nothing(backend: Backend) {
    let app = spawn_app(backend).await;
    let db = &app.content.db;
    install_refusal(db).await;
    let member = account(&app, "lid@gemeente.nl", helder_domain::staff::Role::Intake).await;
    let id = report_with_address(db).await;
    assert!(
        db.assign_report(id, member, chrono::Utc::now())
            .await
            .unwrap()
    );
    let mut staff = StaffClient::logged_in(&app, "lid@gemeente.nl").await;
    let (status, _) = staff.page(&format!("/nl/team/meldingen/{id}")).await;
    assert_eq!(status, 200);
    let path = |a: &str| format!("/nl/team/meldingen/{id}/{a}");
    let untouched = ("assigned".to_owned(), 0, 0, 0, 0, 0);
    assert_eq!(traces(db, id).await, untouched);

    // The status change is written, then its audit line is refused: the change is undone,
    // with its first-action mark.
    refuse_audit(db, &["status_changed"]).await;
    staff
        .post_expect(&path("status"), &[("to", "in_progress")], 503)
        .await;
    assert_eq!(traces(db, id).await, untouched, "no status change, no mark");

    // A note, its first-action mark and its audit line: none of them stays.
    refuse_audit(db, &["note_added"]).await;
    staff
        .post_expect(&path("notitie"), &[("note", "Gebeld.")], 503)
        .await;
    assert_eq!(traces(db, id).await, untouched, "no note, no mark");

    // A question: the message, the mark, its audit line and the mail to the reporter are all
    // written before the last audit line ("mail queued") is refused. None of them stays: no
    // mail goes out about a question that is not there.
    refuse_audit(db, &["question_mail_queued"]).await;
    staff
        .post_expect(&path("vraag"), &[("question", "Sinds wanneer?")], 503)
        .await;
    assert_eq!(
        traces(db, id).await,
        untouched,
        "no message, no mark, no mail, no audit line"
    );

    // The control: without the refusal each action goes through, with all of its writes.
    refuse_audit(db, &[]).await;
    staff
        .post_expect(&path("vraag"), &[("question", "Sinds wanneer?")], 303)
        .await;
    assert_eq!(
        traces(db, id).await,
        ("assigned".to_owned(), 1, 0, 1, 1, 2),
        "the message, the mark, the mail, and the lines question_asked and question_mail_queued"
    );
    // The status change and the note, without the refusal: (action, field, value).
    for (action, field, value) in [
        ("status", "to", "in_progress"),
        ("notitie", "note", "Gebeld."),
    ] {
        staff
            .post_expect(&path(action), &[(field, value)], 303)
            .await;
    }
    assert_eq!(
        traces(db, id).await,
        ("in_progress".to_owned(), 1, 1, 1, 1, 4)
    );
}

async fn a_content_change_that_fails_halfway_leaves_nothing(backend: Backend) {
    let app = spawn_app(backend).await;
    let db = &app.content.db;
    install_refusal(db).await;
    let (mut anna, mut piet) = people(&app).await;
    let versions =
        "SELECT COUNT(*) FROM content_versions WHERE slug = 'kostendeler' AND lang = 'nl'";
    let drafts = "SELECT COUNT(*) FROM content_translations \
                  WHERE slug = 'kostendeler' AND lang = 'nl' AND draft_version_id IS NOT NULL";
    let published = "SELECT COUNT(*) FROM content_versions \
                     WHERE slug = 'kostendeler' AND lang = 'nl' AND published_at IS NOT NULL";
    let (before_versions, before_published) =
        (count(db, versions).await, count(db, published).await);
    let text = "## Wat verandert er\n\nEen uitleg die nog niemand mag lezen.";

    // A save writes the version and points the page's draft at it, then its audit line is
    // refused: neither the version nor the draft stays.
    refuse_audit(db, &["content_saved"]).await;
    let failed = save(&mut anna, "kostendeler", "nl", "Iemand woont bij u", text).await;
    assert_eq!(failed.status(), 503);
    assert_eq!(count(db, versions).await, before_versions, "no new version");
    assert_eq!(count(db, drafts).await, 0, "no draft");

    // Saving and submitting work; publishing copies the text to readers' page and marks the
    // version published, then its audit line is refused: the page stays as it was.
    refuse_audit(db, &["content_published"]).await;
    expect_save(
        &mut anna,
        "kostendeler",
        "nl",
        "Iemand woont bij u",
        text,
        303,
    )
    .await;
    expect_act(&mut anna, "kostendeler", "nl", "indienen", 303).await;
    let failed = act(&mut piet, "kostendeler", "nl", "publiceren", &[]).await;
    assert_eq!(failed.status(), 503);
    assert_eq!(
        count(db, published).await,
        before_published,
        "not published"
    );
    let submitted = "SELECT COUNT(*) FROM content_translations WHERE slug = 'kostendeler' \
                     AND lang = 'nl' AND draft_state = 'submitted' AND draft_version_id IS NOT NULL";
    assert_eq!(count(db, submitted).await, 1, "still waiting for review");
    let (_, page) = app.page("/nl/rechten-en-plichten/kostendeler").await;
    assert!(!page.contains("nog niemand mag lezen"));
    app.content
        .reload()
        .await
        .expect("re-render from the database");
    let (_, page) = app.page("/nl/rechten-en-plichten/kostendeler").await;
    assert!(
        !page.contains("nog niemand mag lezen"),
        "not even after re-rendering from the database"
    );
    assert_eq!(
        count(
            db,
            "SELECT COUNT(*) FROM audit_log WHERE action = 'content_published'"
        )
        .await,
        0
    );

    // The control: without the refusal the same click publishes, with its audit line.
    refuse_audit(db, &[]).await;
    expect_act(&mut piet, "kostendeler", "nl", "publiceren", 303).await;
    assert_eq!(count(db, published).await, before_published + 1);
    let (_, page) = app.page("/nl/rechten-en-plichten/kostendeler").await;
    assert!(page.contains("nog niemand mag lezen"));
    assert_eq!(
        count(
            db,
            "SELECT COUNT(*) FROM audit_log WHERE action = 'content_published'"
        )
        .await,
        1
    );
}
