//! One vocabulary for the audit log: every action has a label in the team's languages, and the
//! migration that renamed the old mixed names maps each of them to a known action.

use crate::{
    both_backends,
    helpers::{Backend, db::execute_at, test_settings},
};
use fluent_syntax::{ast, parser};
use helder_domain::audit::AuditAction;
use helder_server::{
    startup::open_database,
    storage::{Actor, AuditQuery, Database},
};
use std::{collections::BTreeSet, path::Path};

both_backends!(stored_old_names_are_renamed_to_the_vocabulary);

/// Message ids of one staff language's `staff.ftl`.
fn staff_messages(lang: &str) -> BTreeSet<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("../locales/{lang}/staff.ftl"));
    let source = std::fs::read_to_string(&path).unwrap();
    let resource = parser::parse(source.as_str()).expect("staff.ftl parses");
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            ast::Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

#[test]
fn every_action_has_a_label_in_dutch_and_english_and_nothing_else_does() {
    for lang in ["nl", "en"] {
        let ids = staff_messages(lang);
        for action in AuditAction::ALL {
            assert!(
                ids.contains(&action.message_id()),
                "{lang}/staff.ftl has {}",
                action.message_id()
            );
        }
        let labels: Vec<&String> = ids.iter().filter(|id| id.starts_with("audit-")).collect();
        assert_eq!(labels.len(), AuditAction::ALL.len(), "{lang}: {labels:?}");
        assert!(
            !ids.iter().any(|id| id.starts_with("team-audit-action-")),
            "{lang}: the old labels are gone"
        );
    }
}

/// The rename statement of migration 0008 on this backend.
fn rename_migration(backend: Backend) -> &'static str {
    match backend {
        Backend::Sqlite => include_str!("../../migrations/sqlite/0008_audit_actions.sql"),
        Backend::Postgres => include_str!("../../migrations/postgres/0008_audit_actions.sql"),
    }
}

/// Actions added after migration 0008: no line was ever written under another name.
const NEWER_THAN_0008: &[AuditAction] = &[
    AuditAction::PageCreated,
    AuditAction::PageRetireRequested,
    AuditAction::PageRetired,
    AuditAction::PageRetireCancelled,
    AuditAction::PageRestored,
    AuditAction::ContentLawChanged,
    AuditAction::ContentNativeChecked,
    AuditAction::ReportPrinted,
    AuditAction::ReportEntered,
    AuditAction::EvidenceOpened,
];

/// Every name earlier versions wrote.
const OLD_NAMES: &[&str] = &[
    "view",
    "login",
    "logout_everywhere",
    "totp_enabled",
    "account_created",
    "account_disabled",
    "settings",
    "status",
    "closed",
    "estimate",
    "note",
    "question",
    "question_mail",
    "answer",
    "link",
    "assigned",
    "export",
    "retention",
    "deleted",
    "anonymised",
    "inhoud-opgeslagen",
    "inhoud-ingediend",
    "inhoud-gepubliceerd",
    "inhoud-gepubliceerd-zonder-beoordeling",
    "inhoud-gepubliceerd-gepland",
    "inhoud-gepland",
    "inhoud-planning-gestopt",
    "inhoud-beoordeeld",
    "inhoud-ingetrokken",
    "inhoud-verwijderd",
    "inhoud-teruggeplaatst",
    "inhoud-teruggezet",
    "vaste-tekst-gewijzigd",
    "film-geupload",
    "film-video-vervangen",
    "film-poster-vervangen",
    "film-ondertiteling-geupload",
    "film-tekst-bewaard",
    "film-onderwerpen-bewaard",
];

async fn insert_line(db: &Database, action: &str, detail: &str) {
    let sql = "INSERT INTO audit_log (at, actor_id, actor, action, report_id, detail) \
               VALUES ($1, NULL, 'oude versie', $2, 7, $3)";
    let now = chrono::Utc::now();
    execute_at(db, sql, now, &[action, detail])
        .await
        .expect("insert an old line");
}

async fn run_script(db: &Database, sql: &str) -> Result<(), sqlx::Error> {
    match db {
        Database::Sqlite(pool) => {
            let mut tx = pool.begin().await?;
            sqlx::raw_sql(sql).execute(&mut *tx).await?;
            tx.commit().await
        }
        Database::Postgres(pool) => {
            let mut tx = pool.begin().await?;
            sqlx::raw_sql(sql).execute(&mut *tx).await?;
            tx.commit().await
        }
    }
}

/// Lines as earlier versions wrote them (inserted after the migrations, then the rename run
/// again as the migration runs it): each becomes a known action, detail and all else kept,
/// and the log is append-only again afterwards.
async fn stored_old_names_are_renamed_to_the_vocabulary(backend: Backend) {
    let (settings, _data, _pg) = test_settings(backend).await;
    let db = open_database(&settings).await.expect("database");
    for (i, old) in OLD_NAMES.iter().enumerate() {
        insert_line(&db, old, &format!("regel {i}")).await;
    }
    // A name from somewhere else is left alone (and shown as it is).
    insert_line(&db, "iets-anders", "vreemd").await;
    db.audit(
        &Actor::system(&helder_domain::tenants::TenantId::default_id()),
        AuditAction::NoteAdded,
        Some(7),
        "nieuw",
    )
    .await
    .unwrap();
    run_script(&db, rename_migration(backend))
        .await
        .expect("the rename runs");
    let (lines, total) = db
        .audit_log(
            &helder_domain::tenants::TenantId::default_id(),
            &AuditQuery::default(),
            0,
            1000,
        )
        .await
        .unwrap();
    assert_eq!(total as usize, OLD_NAMES.len() + 2);
    // Newest first: the line written with the vocabulary, the stranger, then the old lines.
    assert_eq!(lines[0].action, "note_added");
    assert_eq!(lines[1].action, "iets-anders");
    assert_eq!(lines[1].known_action(), None);
    let renamed: Vec<AuditAction> = lines[2..]
        .iter()
        .rev()
        .enumerate()
        .map(|(i, line)| {
            assert_eq!(line.detail, format!("regel {i}"), "the detail stays");
            assert_eq!(line.actor, "oude versie");
            assert_eq!(line.report_id, Some(7));
            line.known_action()
                .unwrap_or_else(|| panic!("{} is renamed to a known action", OLD_NAMES[i]))
        })
        .collect();
    let distinct: BTreeSet<AuditAction> = renamed.iter().copied().collect();
    // Every action that existed at migration 0008 had exactly one old name; the ones added
    // since never had one.
    let older: BTreeSet<AuditAction> = AuditAction::ALL
        .into_iter()
        .filter(|a| !NEWER_THAN_0008.contains(a))
        .collect();
    assert_eq!(distinct, older, "every action had exactly one old name");
    assert_eq!(renamed.len(), older.len());
    assert_eq!(renamed[0], AuditAction::ReportViewed);
    assert_eq!(renamed[8], AuditAction::ReportClosed);
    assert_eq!(renamed[24], AuditAction::ContentPublishedScheduled);
    // The filter finds the renamed lines under their new name.
    let query = AuditQuery {
        action: Some(AuditAction::StatusChanged),
        ..AuditQuery::default()
    };
    let (status_lines, _) = db
        .audit_log(
            &helder_domain::tenants::TenantId::default_id(),
            &query,
            0,
            10,
        )
        .await
        .unwrap();
    assert_eq!(status_lines.len(), 1);
    assert_eq!(status_lines[0].detail, "regel 7");
    // Still append-only.
    let refused = run_script(&db, "UPDATE audit_log SET action = 'x'").await;
    let message = match refused {
        Err(sqlx::Error::Database(e)) => e.message().to_owned(),
        other => panic!("the update is refused: {other:?}"),
    };
    assert!(message.contains("audit_log is append-only"), "{message}");
}
