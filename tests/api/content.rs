//! Information pages: seeded once, never overwriting edits, rendered per language, cached.

use crate::{
    both_backends,
    helpers::{
        Backend,
        db::{count, execute, scalar},
        spawn_app,
    },
};
use helder_server::content::seed::Shipped;

both_backends!(
    seeding_is_idempotent_and_keeps_edits,
    pages_render_with_translation_notices,
    pages_are_cached_with_etags_until_content_changes
);

async fn seeding_is_idempotent_and_keeps_edits(backend: Backend) {
    let app = spawn_app(backend).await;
    let db = &app.content.db;
    let shipped = Shipped::load(chrono::Utc::now()).unwrap().current;
    let rows = count(db, "SELECT COUNT(*) FROM content_translations").await;
    assert_eq!(
        rows as usize,
        shipped.len(),
        "start-up seeded every shipped page"
    );

    // A second run changes nothing.
    let again = db
        .seed_content(&crate::helpers::db::default_org(), &shipped)
        .await
        .unwrap();
    assert_eq!((again.inserted, again.updated), (0, 0));
    assert_eq!(again.unchanged, shipped.len());

    // Staff edit a page; a newer shipped text must not overwrite it.
    execute(
        db,
        "UPDATE content_translations SET body = 'Door de redactie aangepast.', origin = 'edited', \
         seed_hash = 'old' WHERE slug = 'kostendeler' AND lang = 'nl'",
    )
    .await;
    let report = db
        .seed_content(&crate::helpers::db::default_org(), &shipped)
        .await
        .unwrap();
    assert_eq!(report.kept_edited, 1);
    assert_eq!(report.updated, 0);
    let body: String = scalar(
        db,
        "SELECT body FROM content_translations WHERE slug = 'kostendeler' AND lang = 'nl'",
    )
    .await;
    assert_eq!(body, "Door de redactie aangepast.");

    // Shipped text nobody edited is refreshed when a newer version ships.
    execute(db, "UPDATE content_translations SET seed_hash = 'older' WHERE slug = 'vermogen' AND lang = 'en'").await;
    let report = db
        .seed_content(&crate::helpers::db::default_org(), &shipped)
        .await
        .unwrap();
    assert_eq!(report.updated, 1);
}

async fn pages_render_with_translation_notices(backend: Backend) {
    let app = spawn_app(backend).await;
    let (status, nl) = app.page("/nl/rechten-en-plichten/kostendeler").await;
    assert_eq!(status, 200);
    assert!(
        nl.contains("<h1 class=\"hl-heading-xl\">Iemand van 27 jaar of ouder woont bij u</h1>"),
        "snippet in the title"
    );
    assert!(!nl.contains("{{"), "every snippet is filled in");
    assert!(nl.contains("14 0000"), "phone number snippet");
    assert!(
        !nl.contains("hl-notice"),
        "the Dutch original has no translation notice"
    );
    assert!(
        nl.contains(r#"href="/nl/rechten-en-plichten/na-een-fout""#),
        "topic: links are resolved"
    );

    let (_, en) = app.page("/en/rechten-en-plichten/kostendeler").await;
    assert!(
        en.contains("This translation is an aid"),
        "a translation says it is an aid"
    );
    assert!(
        en.contains(r#"href="/nl/rechten-en-plichten/kostendeler""#),
        "and links the Dutch text"
    );
    assert!(en.contains(r#"<article lang="en" dir="ltr" class="hl-article">"#));

    let (status, index) = app.page("/en/rechten-en-plichten").await;
    assert_eq!(status, 200);
    for slug in [
        "inlichtingenplicht",
        "kostendeler",
        "levensgebeurtenissen",
        "hoe-wij-controleren",
        "partners",
        "schulden",
    ] {
        assert!(
            index.contains(&format!("/en/rechten-en-plichten/{slug}")),
            "index links {slug}"
        );
    }

    app.get_expect("/nl/rechten-en-plichten/bestaat-niet", 404)
        .await;
}

async fn pages_are_cached_with_etags_until_content_changes(backend: Backend) {
    let app = spawn_app(backend).await;
    let path = "/nl/rechten-en-plichten/vermogen";
    let first = app.get(path).await;
    assert_eq!(first.status(), 200);
    let etag = first.headers()["etag"].to_str().unwrap().to_owned();
    assert!(etag.starts_with("W/\""));
    let first_body = first.text().await.unwrap();

    let second = app.get(path).await;
    assert_eq!(
        second.headers()["etag"].to_str().unwrap(),
        etag,
        "served from the cache"
    );
    assert_eq!(second.text().await.unwrap(), first_body);

    let revalidated = app.get_with(path, "if-none-match", &etag).await;
    assert_eq!(revalidated.status(), 304);
    assert!(revalidated.text().await.unwrap().is_empty());

    // Content changes (as publishing will do): the next request shows the new text at once.
    execute(
        &app.content.db,
        "UPDATE content_translations SET title = 'Uw spaargeld verandert', origin = 'edited' \
         WHERE slug = 'vermogen' AND lang = 'nl'",
    )
    .await;
    app.content.reload().await.unwrap();
    let after = app.get_with(path, "if-none-match", &etag).await;
    assert_eq!(after.status(), 200, "the old ETag no longer matches");
    assert_ne!(after.headers()["etag"].to_str().unwrap(), etag);
    let after = after.text().await.unwrap();
    assert!(after.contains("Uw spaargeld verandert"));
}
