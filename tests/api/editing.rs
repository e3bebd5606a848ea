//! Content editing over HTTP: four eyes, publication that readers see on the next request,
//! outdated translations, versions with differences and restore, conflicts, scheduling,
//! withdrawal, snippets, and who may do what.

use crate::{
    both_backends,
    helpers::{
        Backend, Deadline, PostsForms, TestApp,
        db::{count, execute, scalar},
        html::hidden,
        spawn_app, spawn_app_with,
        staff::{PUBLISHER, StaffClient},
    },
};
use helder_domain::staff::Role;

both_backends!(
    a_second_person_publishes_and_readers_see_it_at_once,
    a_newer_dutch_text_makes_translations_outdated,
    the_second_of_two_concurrent_saves_gets_a_conflict,
    versions_are_kept_compared_and_restored,
    publish_now_review_later_is_flagged_until_someone_else_reviews,
    scheduled_versions_are_published_when_due,
    withdrawn_pages_keep_a_notice_and_removed_pages_are_gone,
    snippets_are_changed_once_for_every_page,
    only_communicatie_staff_edit_content,
    a_shipped_update_waits_while_a_draft_is_under_review,
    bad_editor_input_gets_a_4xx
);

/// Opens the editor for a page and saves a new text; returns the response to the save.
pub(crate) async fn save(
    staff: &mut StaffClient,
    slug: &str,
    doc: &str,
    title: &str,
    body: &str,
) -> reqwest::Response {
    let path = format!("/nl/team/inhoud/{slug}/{doc}/bewerken");
    let (status, page) = staff.page(&path).await;
    assert_eq!(status, 200, "{path}");
    let (base, source) = (hidden(&page, "basis"), hidden(&page, "bron"));
    staff
        .post_form(
            &path,
            &[
                ("basis", &base),
                ("bron", &source),
                ("titel", title),
                ("samenvatting", "Korte samenvatting."),
                ("tekst", body),
                ("toelichting", "Test"),
                ("actie", "opslaan"),
            ],
        )
        .await
}

/// Does an action on a page's current state, as its button would (with the draft number
/// shown on the page).
pub(crate) async fn act(
    staff: &mut StaffClient,
    slug: &str,
    doc: &str,
    action: &str,
    extra: &[(&str, &str)],
) -> reqwest::Response {
    let (_, page) = staff.page(&format!("/nl/team/inhoud/{slug}/{doc}")).await;
    let version = hidden(&page, "versie");
    let mut form = vec![("versie", version.as_str())];
    form.extend_from_slice(extra);
    staff
        .post_form(&format!("/nl/team/inhoud/{slug}/{doc}/{action}"), &form)
        .await
}

/// [`act`] without extra fields, asserting the response's status.
pub(crate) async fn expect_act(
    staff: &mut StaffClient,
    slug: &str,
    doc: &str,
    action: &str,
    status: u16,
) {
    let response = act(staff, slug, doc, action, &[]).await;
    assert_eq!(response.status(), status, "{action} on {slug}/{doc}");
}

/// [`save`], asserting the response's status.
pub(crate) async fn expect_save(
    staff: &mut StaffClient,
    slug: &str,
    doc: &str,
    title: &str,
    body: &str,
    status: u16,
) {
    let response = save(staff, slug, doc, title, body).await;
    assert_eq!(response.status(), status, "saving {slug}/{doc}");
}

/// Anna, an editor, and Piet, a publisher, logged in.
pub(crate) async fn people(app: &TestApp) -> (StaffClient, StaffClient) {
    let anna = StaffClient::signed_in(app, "anna@gemeente.nl", Role::Editor).await;
    let piet = StaffClient::signed_in(app, "piet@gemeente.nl", PUBLISHER).await;
    (anna, piet)
}

async fn a_second_person_publishes_and_readers_see_it_at_once(backend: Backend) {
    let app = spawn_app(backend).await;
    let (mut anna, mut piet) = people(&app).await;
    // Readers' page, now in the page cache.
    let (_, before) = app.page("/nl/rechten-en-plichten/kostendeler").await;
    assert!(!before.contains("Nieuwe uitleg over de kostendelersnorm"));

    let saved = save(
        &mut anna,
        "kostendeler",
        "nl",
        "Iemand woont bij u",
        "## Wat verandert er\n\nNieuwe uitleg over de kostendelersnorm.",
    )
    .await;
    assert_eq!(saved.status(), 303);
    // Saved is not published.
    let (_, still) = app.page("/nl/rechten-en-plichten/kostendeler").await;
    assert!(!still.contains("Nieuwe uitleg over de kostendelersnorm"));

    // Anna has no publishing rights, and a draft must be submitted first.
    expect_act(&mut anna, "kostendeler", "nl", "publiceren", 403).await;
    expect_act(&mut piet, "kostendeler", "nl", "publiceren", 409).await;
    expect_act(&mut anna, "kostendeler", "nl", "indienen", 303).await;
    let (_, page) = piet.page("/nl/team/inhoud/kostendeler/nl").await;
    assert!(page.contains("Ter beoordeling"), "{page}");

    expect_act(&mut piet, "kostendeler", "nl", "publiceren", 303).await;
    let (status, after) = app.page("/nl/rechten-en-plichten/kostendeler").await;
    assert_eq!(status, 200);
    assert!(
        after.contains("Nieuwe uitleg over de kostendelersnorm"),
        "the next request shows the new text"
    );
    assert!(after.contains("Iemand woont bij u"));
    // And the search index follows.
    let (_, found) = app.page("/nl/zoeken?q=kostendelersnorm+uitleg").await;
    assert!(
        found.contains("/nl/rechten-en-plichten/kostendeler"),
        "{found}"
    );

    // Four eyes: the publisher cannot publish a text they wrote as reviewed.
    expect_save(
        &mut piet,
        "kostendeler",
        "nl",
        "Eigen titel",
        "Eigen tekst.",
        303,
    )
    .await;
    expect_act(&mut piet, "kostendeler", "nl", "indienen", 303).await;
    let refused = act(&mut piet, "kostendeler", "nl", "publiceren", &[]).await;
    assert_eq!(refused.status(), 403);
    let refused = refused.text().await.unwrap();
    assert!(refused.contains("Een collega moet hem beoordelen"));

    let db = &app.content.db;
    assert_eq!(
        count(
            db,
            "SELECT COUNT(*) FROM audit_log WHERE action = 'content_published' AND actor = 'piet'"
        )
        .await,
        1
    );
    assert_eq!(
        count(
            db,
            "SELECT COUNT(*) FROM audit_log WHERE action = 'content_submitted'"
        )
        .await,
        2
    );
}

async fn a_newer_dutch_text_makes_translations_outdated(backend: Backend) {
    let app = spawn_app(backend).await;
    let (mut anna, mut piet) = people(&app).await;
    let (_, english) = app.page("/en/rechten-en-plichten/kostendeler").await;
    assert!(!english.contains("The Dutch text has changed"));

    save(
        &mut anna,
        "kostendeler",
        "nl",
        "Iemand woont bij u",
        "Nieuwe Nederlandse tekst.",
    )
    .await;
    act(&mut anna, "kostendeler", "nl", "indienen", &[]).await;
    act(&mut piet, "kostendeler", "nl", "publiceren", &[]).await;

    let (_, english) = app.page("/en/rechten-en-plichten/kostendeler").await;
    assert!(
        english.contains("The Dutch text has changed"),
        "readers see the notice"
    );
    assert!(english.contains("href=\"/nl/rechten-en-plichten/kostendeler\""));
    let (_, overview) = anna.page("/nl/team/inhoud?verouderd=1").await;
    assert!(
        overview.contains("Verouderd"),
        "editors see it in the overview"
    );
    assert!(overview.contains("/nl/team/inhoud/kostendeler/en"));
    assert!(
        !overview.contains("/nl/team/inhoud/vermogen-buitenland/en"),
        "only outdated rows"
    );

    // The translator works beside the Dutch source, and the new translation is up to date.
    let (_, editor) = anna.page("/nl/team/inhoud/kostendeler/en/bewerken").await;
    assert!(editor.contains("hl-editor--side-by-side"));
    assert!(editor.contains("Nieuwe Nederlandse tekst."));
    save(
        &mut anna,
        "kostendeler",
        "en",
        "Someone lives with you",
        "New English text.",
    )
    .await;
    act(&mut anna, "kostendeler", "en", "indienen", &[]).await;
    expect_act(&mut piet, "kostendeler", "en", "publiceren", 303).await;
    let (_, english) = app.page("/en/rechten-en-plichten/kostendeler").await;
    assert!(english.contains("New English text."));
    assert!(!english.contains("The Dutch text has changed"));

    // A language without a translation yet can get one, offline until published.
    expect_save(
        &mut anna,
        "vermogen-buitenland",
        "tr",
        "Çalışma saatleri",
        "Yeni metin.",
        303,
    )
    .await;
    let (_, turkish) = app
        .page("/tr/rechten-en-plichten/vermogen-buitenland")
        .await;
    assert!(!turkish.contains("Yeni metin."));
}

async fn a_shipped_update_waits_while_a_draft_is_under_review(backend: Backend) {
    let app = spawn_app(backend).await;
    let (mut anna, _) = people(&app).await;
    save(
        &mut anna,
        "vermogen-buitenland",
        "nl",
        "Werkuren",
        "Anna's concept.",
    )
    .await;
    act(&mut anna, "vermogen-buitenland", "nl", "indienen", &[]).await;
    // A new Helder release ships another text for this page (nobody published an edit yet).
    execute(&app.content.db, "UPDATE content_translations SET seed_hash = 'older' WHERE slug = 'vermogen-buitenland' AND lang = 'nl'").await;
    let report = app
        .content
        .db
        .seed_content(
            &crate::helpers::db::default_org(),
            &helder_server::content::seed::Shipped::load(chrono::Utc::now())
                .unwrap()
                .current,
        )
        .await
        .unwrap();
    assert_eq!(
        report.updated, 0,
        "the shipped text does not replace the page under review"
    );
    assert_eq!(report.kept_edited, 1);
    let (_, page) = anna.page("/nl/team/inhoud/vermogen-buitenland/nl").await;
    assert!(
        page.contains("Ter beoordeling") && page.contains("Versie 2"),
        "the draft is still there"
    );
}

async fn bad_editor_input_gets_a_4xx(backend: Backend) {
    let app = spawn_app(backend).await;
    let (mut anna, _) = people(&app).await;
    let path = "/nl/team/inhoud/vermogen-buitenland/en/bewerken";
    let (_, page) = anna.page(path).await;
    let base = hidden(&page, "basis");
    let long_note = "x".repeat(301);
    let too_long = anna
        .post_expect(
            path,
            &[
                ("basis", &base),
                ("titel", "Working hours"),
                ("tekst", "Text."),
                ("toelichting", &long_note),
                ("actie", "opslaan"),
            ],
            422,
        )
        .await;
    let too_long = too_long.text().await.unwrap();
    assert!(too_long.contains("hoogstens 300 tekens"));
    // A forged Dutch source is ignored: the Dutch text shown is recorded instead.
    anna.post_expect(
        path,
        &[
            ("basis", &base),
            ("bron", "999999"),
            ("titel", "Working hours"),
            ("tekst", "Text."),
            ("actie", "opslaan"),
        ],
        303,
    )
    .await;
    assert_eq!(
        count(&app.content.db, "SELECT COUNT(*) FROM content_versions v JOIN content_translations nl ON nl.published_version_id = v.source_version_id \
              WHERE v.slug = 'vermogen-buitenland' AND v.lang = 'en' AND v.body = 'Text.' AND nl.slug = 'vermogen-buitenland' AND nl.lang = 'nl'").await,
        1
    );
    // A long translation is not refused for its size (a page in Tigrinya is large once encoded).
    let (_, page) = anna
        .page("/nl/team/inhoud/vermogen-buitenland/ti/bewerken")
        .await;
    let long = "ሰዓታት ስራሕኩም ምስ ዝቕየሩ ንገሩና። ".repeat(800);
    anna.post_expect(
        "/nl/team/inhoud/vermogen-buitenland/ti/bewerken",
        &[
            ("basis", &hidden(&page, "basis")),
            ("titel", "ሰዓታት ስራሕ"),
            ("tekst", &long),
            ("actie", "opslaan"),
        ],
        303,
    )
    .await;
}

async fn the_second_of_two_concurrent_saves_gets_a_conflict(backend: Backend) {
    let app = spawn_app(backend).await;
    let (mut anna, _) = people(&app).await;
    let mut karin = StaffClient::signed_in(&app, "karin@gemeente.nl", Role::Editor).await;
    let path = "/nl/team/inhoud/vermogen-buitenland/nl/bewerken";
    let (_, anna_page) = anna.page(path).await;
    let (_, karin_page) = karin.page(path).await;
    let base = hidden(&anna_page, "basis");
    assert_eq!(base, hidden(&karin_page, "basis"));
    let form = |body: &'static str| -> Vec<(&'static str, String)> {
        vec![
            ("basis", base.clone()),
            ("bron", String::new()),
            ("titel", "Werkuren".to_owned()),
            ("samenvatting", String::new()),
            ("tekst", body.to_owned()),
            ("actie", "opslaan".to_owned()),
        ]
    };
    let first = form("Tekst van Anna.");
    assert_eq!(anna.post_owned(path, &first).await.status(), 303);
    let conflict = karin.post_owned(path, &form("Tekst van Karin.")).await;
    assert_eq!(conflict.status(), 409);
    let page = conflict.text().await.unwrap();
    assert!(
        page.contains("Iemand anders heeft intussen versie"),
        "a clear message"
    );
    assert!(page.contains("Tekst van Karin."), "what she typed is kept");
    let db = &app.content.db;
    assert_eq!(
        count(db, "SELECT COUNT(*) FROM content_versions WHERE slug = 'vermogen-buitenland' AND lang = 'nl' AND body LIKE 'Tekst van%'").await,
        1,
        "nothing was overwritten"
    );
}

async fn versions_are_kept_compared_and_restored(backend: Backend) {
    let app = spawn_app(backend).await;
    let (mut anna, mut piet) = people(&app).await;
    save(
        &mut anna,
        "verhuizen",
        "nl",
        "Verhuizen",
        "Eerste regel.\nTweede regel.",
    )
    .await;
    act(&mut anna, "verhuizen", "nl", "indienen", &[]).await;
    act(&mut piet, "verhuizen", "nl", "publiceren", &[]).await;

    let (status, versions) = anna.page("/nl/team/inhoud/verhuizen/nl/versies").await;
    assert_eq!(status, 200);
    assert!(
        versions.contains("Tekst van Helder"),
        "the shipped text is version 1"
    );
    assert!(versions.contains("anna"));

    let (status, diff) = anna
        .page("/nl/team/inhoud/verhuizen/nl/vergelijken?van=1&naar=2")
        .await;
    assert_eq!(status, 200);
    assert!(diff.contains("hl-diff__added") && diff.contains("Tweede regel."));
    assert!(diff.contains("hl-diff__removed"));

    // Version 1 comes back as a new draft (version 3); the published text stays until published.
    anna.post_expect(
        "/nl/team/inhoud/verhuizen/nl/versies/1/terugzetten",
        &[("basis", "2")],
        303,
    )
    .await;
    let (_, page) = anna.page("/nl/team/inhoud/verhuizen/nl").await;
    assert!(
        page.contains("Concept") && page.contains("Versie 3"),
        "{page}"
    );
    let db = &app.content.db;
    let same = count(
        db,
        "SELECT COUNT(*) FROM content_versions a JOIN content_versions b ON a.body = b.body \
         WHERE a.slug = 'verhuizen' AND b.slug = 'verhuizen' AND a.lang = 'nl' AND b.lang = 'nl' \
         AND a.number = 1 AND b.number = 3",
    )
    .await;
    assert_eq!(same, 1, "version 3 is version 1's text");
    let (_, public_page) = app.page("/nl/rechten-en-plichten/verhuizen").await;
    assert!(public_page.contains("Tweede regel."));
    // A stale restore (someone saved meanwhile) changes nothing.
    anna.post_expect(
        "/nl/team/inhoud/verhuizen/nl/versies/1/terugzetten",
        &[("basis", "2")],
        409,
    )
    .await;
    assert_eq!(
        count(
            db,
            "SELECT COUNT(*) FROM content_versions WHERE slug = 'verhuizen' AND lang = 'nl'"
        )
        .await,
        3
    );
    // Unknown versions are a 404, not a 500.
    anna.get_expect("/nl/team/inhoud/verhuizen/nl/versies/99", 404)
        .await;
    anna.get_expect("/nl/team/inhoud/verhuizen/nl/vergelijken?van=x", 404)
        .await;
    anna.get_expect("/nl/team/inhoud/bestaat-niet/nl", 404)
        .await;
}

async fn publish_now_review_later_is_flagged_until_someone_else_reviews(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, mut piet) = people(&app).await;
    let mut karin = StaffClient::signed_in(&app, "karin@gemeente.nl", PUBLISHER).await;
    save(
        &mut piet,
        "schulden",
        "nl",
        "Schulden",
        "Dringend aangepast.",
    )
    .await;
    expect_act(&mut piet, "schulden", "nl", "nu-publiceren", 303).await;
    let (_, public_page) = app.page("/nl/rechten-en-plichten/schulden").await;
    assert!(public_page.contains("Dringend aangepast."));
    let (_, overview) = piet.page("/nl/team/inhoud").await;
    assert!(overview.contains("Nog niet beoordeeld"));
    expect_act(&mut piet, "schulden", "nl", "beoordeeld", 403).await;
    expect_act(&mut karin, "schulden", "nl", "beoordeeld", 303).await;
    let (_, overview) = piet.page("/nl/team/inhoud").await;
    assert!(!overview.contains("Nog niet beoordeeld"));
    // Someone who wrote any part of the text since the last publication cannot review it: Karin
    // writes, Piet changes a word and publishes at once, Karin may not mark it reviewed.
    save(&mut karin, "schulden", "nl", "Schulden", "Karins tekst.").await;
    save(
        &mut piet,
        "schulden",
        "nl",
        "Schulden",
        "Karins tekst, door Piet nagekeken.",
    )
    .await;
    expect_act(&mut piet, "schulden", "nl", "nu-publiceren", 303).await;
    expect_act(&mut karin, "schulden", "nl", "beoordeeld", 403).await;
}

async fn scheduled_versions_are_published_when_due(backend: Backend) {
    use chrono::{Duration, NaiveTime, TimeZone, Utc};
    use helder_server::content::scheduled::publish_scheduled_at;
    let app = spawn_app_with(backend, |s| s.publish_poll_seconds = 1).await;
    let (mut anna, mut piet) = people(&app).await;
    save(
        &mut anna,
        "vakantie-buitenland",
        "nl",
        "Op vakantie",
        "Geplande tekst.",
    )
    .await;
    act(&mut anna, "vakantie-buitenland", "nl", "indienen", &[]).await;
    let past = act(
        &mut piet,
        "vakantie-buitenland",
        "nl",
        "plannen",
        &[("datum", "2020-01-01"), ("tijd", "09:00")],
    )
    .await;
    assert_eq!(past.status(), 422);
    let junk = act(
        &mut piet,
        "vakantie-buitenland",
        "nl",
        "plannen",
        &[("datum", "morgen"), ("tijd", "")],
    )
    .await;
    assert_eq!(junk.status(), 422);
    let tomorrow = (chrono::Local::now() + Duration::days(1)).date_naive();
    let planned = act(
        &mut piet,
        "vakantie-buitenland",
        "nl",
        "plannen",
        &[("datum", &tomorrow.to_string()), ("tijd", "09:00")],
    )
    .await;
    assert_eq!(planned.status(), 303);
    let (_, page) = piet.page("/nl/team/inhoud/vakantie-buitenland/nl").await;
    assert!(page.contains("Wordt gepubliceerd op"), "{page}");
    let public_path = "/nl/rechten-en-plichten/vakantie-buitenland";
    assert!(!app.page(public_path).await.1.contains("Geplande tekst."));

    // The job's passes, driven with a clock of the test's choosing instead of waiting a day.
    // The moment Piet chose, in the server's local time.
    let due = chrono::Local
        .from_local_datetime(&tomorrow.and_time(NaiveTime::from_hms_opt(9, 0, 0).unwrap()))
        .earliest()
        .expect("09:00 exists tomorrow")
        .with_timezone(&Utc);
    for early in [Utc::now(), due - Duration::seconds(1)] {
        assert_eq!(
            publish_scheduled_at(&app.content, early).await.unwrap(),
            0,
            "nothing is published before {due} (at {early})"
        );
    }
    assert!(!app.page(public_path).await.1.contains("Geplande tekst."));
    assert_eq!(
        publish_scheduled_at(&app.content, due).await.unwrap(),
        1,
        "published when due"
    );
    // Readers see it on their next request: the pass re-rendered the pages itself.
    assert!(app.page(public_path).await.1.contains("Geplande tekst."));
    assert_eq!(
        publish_scheduled_at(&app.content, due + Duration::hours(1))
            .await
            .unwrap(),
        0,
        "published once"
    );
    let audited = "SELECT COUNT(*) FROM audit_log WHERE action = 'content_published_scheduled' AND actor = 'piet'";
    assert_eq!(count(&app.content.db, audited).await, 1);

    // The running server's own timer calls that pass: a second page, due by the real clock
    // (its time moved into the past in the database), is published without a trigger. A wait
    // for the job, with a deadline far beyond its one-second period, not a fixed sleep.
    save(
        &mut anna,
        "vermogen-buitenland",
        "nl",
        "Werkuren",
        "Ook gepland.",
    )
    .await;
    act(&mut anna, "vermogen-buitenland", "nl", "indienen", &[]).await;
    let planned = act(
        &mut piet,
        "vermogen-buitenland",
        "nl",
        "plannen",
        &[("datum", &tomorrow.to_string()), ("tijd", "09:00")],
    )
    .await;
    assert_eq!(planned.status(), 303);
    execute(
        &app.content.db,
        "UPDATE content_translations SET publish_at = '2020-01-01T00:00:00Z' WHERE slug = 'vermogen-buitenland' AND lang = 'nl'",
    )
    .await;
    let deadline = Deadline::after(
        std::time::Duration::from_secs(60),
        std::time::Duration::from_millis(100),
    );
    while !app
        .page("/nl/rechten-en-plichten/vermogen-buitenland")
        .await
        .1
        .contains("Ook gepland.")
    {
        deadline
            .next_poll(|| "the server's job did not publish the due page within 60 s".to_owned())
            .await;
    }
    assert_eq!(count(&app.content.db, audited).await, 2);
}

async fn withdrawn_pages_keep_a_notice_and_removed_pages_are_gone(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, mut piet) = people(&app).await;
    let empty = act(
        &mut piet,
        "partners",
        "nl",
        "intrekken",
        &[("toelichting", " ")],
    )
    .await;
    assert_eq!(empty.status(), 422);
    let withdrawn = act(
        &mut piet,
        "partners",
        "nl",
        "intrekken",
        &[("toelichting", "Deze regel geldt niet meer.")],
    )
    .await;
    assert_eq!(withdrawn.status(), 303);
    let (status, page) = app.page("/nl/rechten-en-plichten/partners").await;
    assert_eq!(status, 200);
    assert!(
        page.contains("Deze pagina is ingetrokken op")
            && page.contains("Deze regel geldt niet meer.")
    );
    expect_act(&mut piet, "partners", "nl", "verwijderen", 303).await;
    assert_eq!(app.page("/nl/rechten-en-plichten/partners").await.0, 404);
    expect_act(&mut piet, "partners", "nl", "terugplaatsen", 303).await;
    let (status, page) = app.page("/nl/rechten-en-plichten/partners").await;
    assert_eq!(status, 200);
    assert!(!page.contains("Deze pagina is ingetrokken op"));
    // Seeding again at the next start does not undo the editors' choice.
    expect_act(&mut piet, "partners", "nl", "verwijderen", 303).await;
    helder_server::content::seed(&app.content.db, &[crate::helpers::db::default_org()])
        .await
        .unwrap();
    app.content.reload().await.unwrap();
    assert_eq!(app.page("/nl/rechten-en-plichten/partners").await.0, 404);
}

async fn snippets_are_changed_once_for_every_page(backend: Backend) {
    let app = spawn_app(backend).await;
    let (mut anna, mut piet) = people(&app).await;
    let (status, list) = anna.page("/nl/team/vaste-teksten").await;
    assert_eq!(status, 200);
    assert!(list.contains("{{phone}}"));
    // Editors without publishing rights read, publishers change.
    let (status, form) = anna.page("/nl/team/vaste-teksten/phone").await;
    assert_eq!(status, 200, "an editor reads a snippet");
    assert!(form.contains("waarde-nl"), "the snippet's form: {form}");
    anna.post_expect(
        "/nl/team/vaste-teksten/phone",
        &[("waarde-nl", "14 9999")],
        403,
    )
    .await;
    let (status, _) = piet.page("/nl/team/vaste-teksten/phone").await;
    assert_eq!(status, 200, "a publisher reads a snippet");
    piet.post_expect("/nl/team/vaste-teksten/phone", &[("waarde-nl", "")], 422)
        .await;
    piet.post_expect(
        "/nl/team/vaste-teksten/phone",
        &[("waarde-nl", "14 9999")],
        303,
    )
    .await;
    for path in [
        "/nl/rechten-en-plichten/inlichtingenplicht",
        "/en/rechten-en-plichten/inlichtingenplicht",
        "/ar/rechten-en-plichten/inlichtingenplicht",
    ] {
        let (_, page) = app.page(path).await;
        assert!(page.contains("14 9999"), "{path} shows the new number");
    }
    piet.get_expect("/nl/team/vaste-teksten/bestaat-niet", 404)
        .await;
}

async fn only_communicatie_staff_edit_content(backend: Backend) {
    let app = spawn_app(backend).await;
    for role in [Role::Intake, Role::Lead, Role::Admin] {
        let (mut staff, role) = StaffClient::with_role(&app, role, "gemeente.nl").await;
        for path in [
            "/nl/team/inhoud",
            "/nl/team/inhoud/kostendeler/nl/bewerken",
            "/nl/team/vaste-teksten",
        ] {
            assert_eq!(staff.get(path).await.status(), 403, "{role} on {path}");
        }
        let post = staff
            .post_form(
                "/nl/team/inhoud/kostendeler/nl/bewerken",
                &[("basis", "1"), ("titel", "x"), ("tekst", "y")],
            )
            .await;
        assert_eq!(post.status(), 403, "{role} saving");
    }
    // Without a session: to the log-in page.
    let anonymous = app.get("/nl/team/inhoud").await;
    assert_eq!(anonymous.status(), 303);
    let (mut anna, _) = people(&app).await;
    let (status, overview) = anna.page("/nl/team/inhoud").await;
    assert_eq!(status, 200);
    assert!(
        overview.contains("/nl/team/inhoud/kostendeler/tr"),
        "every language has a column"
    );
    assert!(
        !overview.contains("meldingen"),
        "editors are not shown the reports"
    );
    // The admin sees who may publish.
    let mut admin = StaffClient::logged_in(&app, "admin@gemeente.nl").await;
    let (_, accounts) = admin.page("/nl/team/accounts").await;
    assert!(
        accounts.contains("Redacteur met publicatierecht"),
        "piet is a publisher"
    );
    assert!(
        accounts.contains("Redacteur (communicatie)"),
        "anna is an editor"
    );
}

both_backends!(stored_xss_payloads_come_out_inert);

/// A tag's attributes as (name, value), values unquoted.
fn attributes(tag: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut chars = tag.chars().skip_while(|c| !c.is_whitespace()).peekable();
    loop {
        while chars.peek().is_some_and(|c| c.is_whitespace() || *c == '/') {
            chars.next();
        }
        let name: String =
            std::iter::from_fn(|| chars.next_if(|c| !c.is_whitespace() && *c != '=' && *c != '/'))
                .collect();
        if name.is_empty() {
            break;
        }
        let mut value = String::new();
        if chars.next_if_eq(&'=').is_some() {
            match chars.next_if(|c| *c == '"' || *c == '\'') {
                Some(quote) => value.extend(std::iter::from_fn(|| chars.next_if(|c| *c != quote))),
                None => value.extend(std::iter::from_fn(|| chars.next_if(|c| !c.is_whitespace()))),
            }
            chars.next();
        }
        out.push((name, value));
    }
    out
}

/// Every real tag of a page is checked: text is escaped, so a raw `<` starts a tag. None may be
/// a script that alerts, a frame or object, or carry an event handler or a script URL.
fn inert(page: &str, where_: &str) {
    inert_tags(page, where_, false);
}

/// [`inert`] for stored Markdown, read as a Markdown renderer reads it: block by block (a tag
/// cannot span a blank line), and a `<…` left open at the end of a block is text, which is
/// escaped when rendered. Elements that would run over blank lines must not be there at all.
fn inert_markdown(source: &str, where_: &str) {
    for block in source.split("\n\n") {
        inert_tags(block, where_, true);
    }
    let lower = source.to_lowercase();
    for bad in [
        "<script", "<iframe", "<svg", "<object", "<embed", "<style", "<meta",
    ] {
        assert!(!lower.contains(bad), "{where_} holds {bad}");
    }
}

fn inert_tags(page: &str, where_: &str, open_end_is_text: bool) {
    let lower = page.to_lowercase();
    let mut rest = lower.as_str();
    while let Some(open) = rest.find('<') {
        let after = &rest[open + 1..];
        let Some(close) = after
            .find('>')
            .or((!open_end_is_text).then_some(after.len()))
        else {
            break;
        };
        let tag = &after[..close];
        let name: String = tag
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        let attrs = attributes(tag);
        let script_url = |v: &str| {
            let v: String = v.chars().filter(|c| !c.is_whitespace()).collect();
            v.starts_with("javascript:")
                || v.starts_with("vbscript:")
                || v.starts_with("data:text/html")
        };
        let bad = ["iframe", "object", "embed", "math", "base", "frame"].contains(&name.as_str())
            || (name == "script"
                && after[tag.len()..]
                    .split("</script")
                    .next()
                    .unwrap_or_default()
                    .contains("alert"))
            || (name == "meta" && tag.contains("refresh"))
            || attrs.iter().any(|(n, v)| {
                n.starts_with("on")
                    || ([
                        "href",
                        "src",
                        "action",
                        "formaction",
                        "data",
                        "xlink:href",
                        "poster",
                    ]
                    .contains(&n.as_str())
                        && script_url(v))
            });
        assert!(
            !bad,
            "{where_} has a dangerous tag: <{}>",
            tag.chars().take(200).collect::<String>()
        );
        rest = &after[tag.len().min(after.len())..];
    }
}

#[test]
fn the_tag_check_finds_injections() {
    // Each planted text must make the check fail.
    let caught = |check: fn(&str, &str), planted: &[&str]| {
        for planted in planted {
            assert!(
                std::panic::catch_unwind(|| check(planted, "planted")).is_err(),
                "{planted}"
            );
        }
    };
    caught(
        inert,
        &[
            "<p>x</p><img src=x onerror=alert(1)>",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<iframe src=x></iframe>",
            "<script>alert(1)</script>",
            "<div ONLOAD='x'>",
        ],
    );
    inert(
        "<input value=\"&lt;img src=x onerror=alert(1)&gt; javascript:\"><p>&lt;script&gt;</p>",
        "escaped",
    );
    // Stored Markdown: a complete tag in a block is caught, so is a script anywhere; an open
    // `<img …` at the end of a block is text to a Markdown renderer.
    caught(
        inert_markdown,
        &[
            "Tekst.\n\n<img src=x onerror=alert(1)>",
            "<a href=\"javascript:alert(1)\">x</a>",
            "Tekst.\n\n<script>\n\nx\n\n</script>",
        ],
    );
    inert_markdown(
        "<img src=\"x\" onerror=\"alert(1)\"\n\nTekst <b>vet</b>.",
        "text",
    );
}

async fn stored_xss_payloads_come_out_inert(backend: Backend) {
    use helder_app::rights::markdown::{XSS_PAYLOADS, sanitize_source};
    let app = spawn_app(backend).await;
    let (mut anna, mut piet) = people(&app).await;
    // A marker paragraph before every payload: a page that shows none of the text (an error
    // page, an empty preview) passes no inertness check below.
    let marker = |i: usize| format!("Merkteken-{i:02}.");
    // A few payloads make the stored text lose everything after them (sanitizing until
    // nothing changes turns them into one script element that runs to the end; the preview
    // keeps the text). Those go last, so every other payload is checked on every page.
    let swallows = |p: &str| !sanitize_source(&format!("{p}\n\nDaarna.")).contains("Daarna.");
    let swallowing: Vec<usize> = (0..XSS_PAYLOADS.len())
        .filter(|&i| swallows(XSS_PAYLOADS[i]))
        .collect();
    assert!(
        swallowing.len() <= 3,
        "few payloads drop the text after them: {swallowing:?}"
    );
    let order: Vec<usize> = (0..XSS_PAYLOADS.len())
        .filter(|i| !swallowing.contains(i))
        .chain(swallowing.iter().copied())
        .collect();
    let body = order
        .iter()
        .map(|&i| format!("{}\n\n{}", marker(i), XSS_PAYLOADS[i]))
        .collect::<Vec<_>>()
        .join("\n\n");
    // The text before the first payload that drops the rest, and that one's own marker.
    let kept: Vec<String> = order[..order.len() - swallowing.len().saturating_sub(1)]
        .iter()
        .map(|&i| marker(i))
        .collect();
    let shows = |page: &str, markers: &[String], where_: &str| {
        let missing: Vec<&String> = markers
            .iter()
            .filter(|m| !page.contains(m.as_str()))
            .collect();
        assert!(missing.is_empty(), "{where_} lacks the text: {missing:?}");
        assert!(page.contains("Titel-merk"), "{where_} lacks the title");
    };
    // Only the rendered part of a page counts: the editor's form repeats the typed text.
    let section = |page: &str, open: &str, close: &str| -> String {
        let start = page
            .find(open)
            .unwrap_or_else(|| panic!("{open} on the page"));
        let end = page[start..].find(close).map_or(page.len(), |e| start + e);
        page[start..end].to_owned()
    };
    let title = format!("Titel-merk {}", XSS_PAYLOADS[..3].join(" "));
    let path = "/nl/team/inhoud/afspraken/nl/bewerken";
    let (_, page) = anna.page(path).await;
    let base = hidden(&page, "basis");
    // The preview renders the text as readers would see it.
    // The fields the preview and the save share; each adds its own after them.
    let fields = |body: String, more: &[(&'static str, &'static str)]| {
        let mut form = vec![
            ("basis", base.clone()),
            ("titel", title.clone()),
            ("samenvatting", XSS_PAYLOADS[4].to_owned()),
            ("tekst", body),
        ];
        form.extend(more.iter().map(|&(k, v)| (k, v.to_owned())));
        form
    };
    let preview_of = |body: String| {
        let form = fields(body, &[("actie", "voorbeeld")]);
        let mut anna = anna.clone_session();
        async move {
            let response = anna.post_owned(path, &form).await;
            assert_eq!(response.status(), 200);
            let page = response.text().await.unwrap();
            inert(&page, "the preview");
            page
        }
    };
    let preview = preview_of(body.clone()).await;
    shows(
        &section(&preview, "class=\"hl-editor__preview\"", "</section>"),
        &kept,
        "the preview",
    );
    // The payloads after the first that drops the rest, each in a preview of its own.
    for &i in swallowing.iter().skip(1) {
        let alone = preview_of(format!("{}\n\n{}", marker(i), XSS_PAYLOADS[i])).await;
        shows(
            &section(&alone, "class=\"hl-editor__preview\"", "</section>"),
            &[marker(i)],
            "the preview of one payload",
        );
    }
    let form = fields(
        body,
        &[("toelichting", XSS_PAYLOADS[5]), ("actie", "opslaan")],
    );
    let saved = anna.post_owned(path, &form).await;
    assert_eq!(saved.status(), 303);
    // What is stored has passed the allowlist already.
    let stored: String = scalar(&app.content.db, "SELECT title || summary || body || change_note FROM content_versions WHERE slug = 'afspraken' AND lang = 'nl' AND number = 2").await;
    shows(&stored, &kept, "the stored version");
    inert_markdown(&stored, "the stored version");
    act(&mut anna, "afspraken", "nl", "indienen", &[]).await;
    expect_act(&mut piet, "afspraken", "nl", "publiceren", 303).await;
    let (status, public_page) = app.page("/nl/rechten-en-plichten/afspraken").await;
    assert_eq!(status, 200);
    shows(
        &section(&public_page, "<article", "</article>"),
        &kept,
        "the public page",
    );
    inert(&public_page, "the public page");
    for path in [
        "/nl/team/inhoud",
        "/nl/team/inhoud/afspraken/nl",
        "/nl/team/inhoud/afspraken/nl/bewerken",
        "/nl/team/inhoud/afspraken/nl/versies",
        "/nl/team/inhoud/afspraken/nl/versies/2",
        "/nl/team/inhoud/afspraken/nl/vergelijken?van=1&naar=2",
    ] {
        let (status, page) = anna.page(path).await;
        assert_eq!(status, 200, "{path}");
        if path.contains("afspraken") {
            // Every page about the text shows (part of) it; the overview shows only the title.
            assert!(page.contains("Titel-merk"), "{path} shows the stored text");
        }
        inert(&page, path);
    }
}
