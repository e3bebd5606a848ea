//! A page's life: an editor makes a new page (a Dutch draft readers do not see until someone
//! else publishes it), and a page is retired with four eyes (off the site in every language,
//! out of the index and the search, and seeding does not bring a shipped page back).

use crate::{
    both_backends,
    editing::{act, expect_act, people, save},
    helpers::{
        Backend, PostsForms, TestApp,
        db::{count, default_org, scalar},
        spawn_app,
        staff::{PUBLISHER, StaffClient},
    },
};
use helder_domain::staff::Role;
use helder_server::content::seed::SeedPage;

both_backends!(
    a_new_page_with_bad_answers_comes_back_with_every_problem,
    a_new_page_is_a_draft_until_someone_else_publishes_it,
    retiring_takes_two_people_and_the_page_off_the_site
);

const NEW: &str = "/nl/team/inhoud/nieuw";

/// Posts the new-page form (with the session's token, taken from the form page).
async fn make(
    staff: &mut StaffClient,
    title: &str,
    slug: &str,
    kind: &str,
    order: &str,
    status: u16,
) -> String {
    let (shown, _) = staff.page(NEW).await;
    assert_eq!(shown, 200, "GET {NEW}");
    let form = [
        ("titel", title),
        ("adres", slug),
        ("soort", kind),
        ("volgorde", order),
    ];
    let response = staff.post_expect(NEW, &form, status).await;
    if status == 303 {
        response.headers()["location"].to_str().unwrap().to_owned()
    } else {
        response.text().await.unwrap()
    }
}

async fn a_new_page_with_bad_answers_comes_back_with_every_problem(backend: Backend) {
    let app = spawn_app(backend).await;
    let (mut anna, _) = people(&app).await;
    let (_, overview) = anna.page("/nl/team/inhoud").await;
    assert!(overview.contains("href=\"/nl/team/inhoud/nieuw\""), "link");
    // (title, slug, kind, order), the field in trouble, its message, a typed value kept.
    let cases = [
        (
            "",
            "goed-adres",
            "duty",
            "",
            "titel",
            "Vul een titel in.",
            "goed-adres",
        ),
        (
            "Hulp",
            "Met Spatie",
            "duty",
            "",
            "adres",
            "alleen kleine letters",
            "Met Spatie",
        ),
        (
            "Hulp",
            "ab",
            "duty",
            "",
            "adres",
            "minstens 3 tekens",
            "Hulp",
        ),
        (
            "Hulp",
            "-hulp",
            "duty",
            "",
            "adres",
            "niet beginnen of eindigen",
            "-hulp",
        ),
        (
            "Hulp",
            "nieuw",
            "duty",
            "",
            "adres",
            "al in gebruik voor iets anders",
            "nieuw",
        ),
        (
            "Hulp",
            "kostendeler",
            "duty",
            "",
            "adres",
            "al een pagina met dit webadres",
            "kostendeler",
        ),
        (
            "Kostendeler",
            "",
            "right",
            "",
            "adres",
            "al een pagina met dit webadres",
            "Kostendeler",
        ),
        ("!!", "", "right", "", "adres", "geen webadres maken", "!!"),
        (
            "Hulp",
            "hulp-nu",
            "",
            "",
            "soort",
            "Kies de soort pagina.",
            "hulp-nu",
        ),
        (
            "Hulp",
            "hulp-nu",
            "geheim",
            "",
            "soort",
            "Kies de soort pagina.",
            "hulp-nu",
        ),
        (
            "Hulp",
            "hulp-nu",
            "duty",
            "tien",
            "volgorde",
            "heel getal",
            "tien",
        ),
    ];
    for (title, slug, kind, order, field, message, kept) in cases {
        let page = make(&mut anna, title, slug, kind, order, 422).await;
        let what = format!("{title}/{slug}/{kind}/{order}");
        assert!(page.contains("hl-error-summary"), "{what}: summary");
        assert!(
            page.contains(&format!("href=\"#{field}\"")),
            "{what}: links to {field}"
        );
        assert!(
            page.contains(&format!("id=\"{field}-error\"")),
            "{what}: next to {field}"
        );
        assert!(page.contains(message), "{what}: {message}");
        assert!(
            page.contains(&format!("value=\"{kept}\"")),
            "{what}: keeps {kept}"
        );
        assert!(
            page.contains("Fout: Nieuwe pagina maken"),
            "{what}: the title says so"
        );
    }
    // The chosen kind stays chosen.
    let page = make(&mut anna, "", "", "mistake", "", 422).await;
    let radio = &page[page.find("value=\"mistake\"").expect("the radio")..];
    assert!(
        radio[..radio.find('>').unwrap()].contains("checked"),
        "kind kept"
    );
    assert_eq!(
        count(
            &app.content.db,
            "SELECT COUNT(*) FROM content_pages WHERE created_by IS NOT NULL"
        )
        .await,
        0
    );
    // Only editors make pages.
    let (mut intake, _) = StaffClient::with_role(&app, Role::Intake, "gemeente.nl").await;
    intake.get_expect(NEW, 403).await;
}

async fn a_new_page_is_a_draft_until_someone_else_publishes_it(backend: Backend) {
    let app = spawn_app(backend).await;
    let (mut anna, mut piet) = people(&app).await;
    let db = &app.content.db;
    let location = make(
        &mut anna,
        "Hulp bij schulden à la carte",
        "",
        "right",
        "",
        303,
    )
    .await;
    let slug = "hulp-bij-schulden-a-la-carte";
    assert_eq!(
        location,
        format!("/nl/team/inhoud/{slug}/nl?gedaan=aangemaakt")
    );
    let (status, page) = anna.page(&location).await;
    assert_eq!(status, 200);
    assert!(page.contains("Hulp bij schulden à la carte"), "{page}");
    assert!(page.contains("De pagina is gemaakt"), "done banner");
    // The row, its maker, its place after the last page of its kind, its draft, the audit line.
    let by: String = scalar(
        db,
        &format!("SELECT created_by FROM content_pages WHERE slug = '{slug}'"),
    )
    .await;
    assert_eq!(by, "anna");
    let last_other = count(db, &format!("SELECT CAST(MAX(sort_order) AS BIGINT) FROM content_pages WHERE kind = 'right' AND slug <> '{slug}'")).await;
    let order = count(
        db,
        &format!("SELECT CAST(sort_order AS BIGINT) FROM content_pages WHERE slug = '{slug}'"),
    )
    .await;
    assert!(order > last_other, "{order} after {last_other}");
    assert_eq!(count(db, &format!("SELECT COUNT(*) FROM content_versions WHERE slug = '{slug}' AND lang = 'nl' AND number = 1 AND published_at IS NULL")).await, 1);
    assert_eq!(
        count(
            db,
            "SELECT COUNT(*) FROM audit_log WHERE action = 'page_created' AND actor = 'anna'"
        )
        .await,
        1
    );
    // Readers do not see it, and its name is taken now.
    let public = format!("/nl/rechten-en-plichten/{slug}");
    app.get_expect(&public, 404).await;
    let again = make(&mut anna, "Nog een", slug, "right", "", 422).await;
    assert!(again.contains("al een pagina met dit webadres"));
    let (_, overview) = piet.page("/nl/team/inhoud").await;
    assert!(
        overview.contains("Hulp bij schulden à la carte"),
        "editors see it"
    );

    // The stand-in line goes nowhere.
    let refused = act(&mut anna, slug, "nl", "indienen", &[]).await;
    assert_eq!(refused.status(), 422);
    assert!(
        refused
            .text()
            .await
            .unwrap()
            .contains("Schrijf eerst de tekst van de pagina.")
    );

    // The usual four eyes: Anna writes and submits, Piet publishes.
    let body = "## Wat kunt u doen\n\nBel de schuldhulpverlening. Zij helpen u met een plan voor uw schulden.";
    assert_eq!(
        save(&mut anna, slug, "nl", "Hulp bij schulden", body)
            .await
            .status(),
        303
    );
    expect_act(&mut anna, slug, "nl", "indienen", 303).await;
    expect_act(&mut anna, slug, "nl", "publiceren", 403).await;
    expect_act(&mut piet, slug, "nl", "publiceren", 303).await;
    let (status, read) = app.page(&public).await;
    assert_eq!(status, 200);
    assert!(read.contains("schuldhulpverlening"));
    let (_, list) = app.page("/nl/rechten-en-plichten").await;
    assert!(list.contains(&format!("href=\"{public}\"")), "in the index");
    let (_, found) = app.page("/nl/zoeken?q=schuldhulpverlening").await;
    assert!(found.contains(&public), "found by search");
}

/// Asks for, or confirms, retiring a page as its button would.
async fn retire(
    staff: &mut StaffClient,
    slug: &str,
    step: &str,
    reason: &str,
) -> reqwest::Response {
    staff.page(&format!("/nl/team/inhoud/{slug}/nl")).await;
    staff
        .post_form(
            &format!("/nl/team/inhoud/{slug}/buiten-gebruik/{step}"),
            &[("reden", reason)],
        )
        .await
}

/// Whether readers in `lang` get the page, find it in the index and in search.
async fn readers_see(app: &TestApp, lang: &str) -> (u16, bool, bool) {
    let public = format!("/{lang}/rechten-en-plichten/kostendeler");
    let (status, _) = app.page(&public).await;
    let (_, list) = app.page(&format!("/{lang}/rechten-en-plichten")).await;
    let (_, found) = app
        .page(&format!("/{lang}/zoeken?q=kostendelersnorm"))
        .await;
    let linked = |html: &str| html.contains(&format!("\"{public}\""));
    (status, linked(&list), linked(&found))
}

async fn retiring_takes_two_people_and_the_page_off_the_site(backend: Backend) {
    let app = spawn_app(backend).await;
    let (mut anna, mut piet) = people(&app).await;
    let mut karin = StaffClient::signed_in(&app, "karin@gemeente.nl", PUBLISHER).await;
    let db = &app.content.db;
    assert_eq!(readers_see(&app, "nl").await, (200, true, true));

    // Anna asks, with a reason; without one the form comes back.
    let empty = retire(&mut anna, "kostendeler", "aanvragen", "  ").await;
    assert_eq!(empty.status(), 422);
    let empty = empty.text().await.unwrap();
    assert!(
        empty.contains("Schrijf waarom de pagina buiten gebruik moet."),
        "{empty}"
    );
    assert!(empty.contains("id=\"reden-error\""));
    assert_eq!(
        retire(&mut anna, "kostendeler", "aanvragen", "Regel vervalt")
            .await
            .status(),
        303
    );
    assert_eq!(
        retire(&mut piet, "kostendeler", "aanvragen", "Nog eens")
            .await
            .status(),
        409
    );
    let (_, page) = piet.page("/nl/team/inhoud/kostendeler/nl").await;
    assert!(page.contains("Regel vervalt"), "the reason is shown");
    // Anna may not confirm (no publishing rights); Piet asked nothing, but first his own request:
    assert_eq!(
        retire(&mut anna, "kostendeler", "bevestigen", "")
            .await
            .status(),
        403
    );
    assert_eq!(
        retire(&mut anna, "kostendeler", "annuleren", "")
            .await
            .status(),
        303
    );
    assert_eq!(
        retire(&mut piet, "kostendeler", "aanvragen", "Regel vervalt")
            .await
            .status(),
        303
    );
    let own = retire(&mut piet, "kostendeler", "bevestigen", "").await;
    assert_eq!(own.status(), 403, "the asker cannot confirm");
    assert!(
        own.text()
            .await
            .unwrap()
            .contains("U heeft dit zelf gevraagd")
    );
    assert_eq!(
        readers_see(&app, "nl").await,
        (200, true, true),
        "still there"
    );
    assert_eq!(
        retire(&mut karin, "kostendeler", "bevestigen", "")
            .await
            .status(),
        303
    );

    for lang in ["nl", "en"] {
        assert_eq!(readers_see(&app, lang).await, (404, false, false), "{lang}");
    }
    assert_eq!(
        count(
            db,
            "SELECT COUNT(*) FROM audit_log WHERE action = 'page_retire_requested'"
        )
        .await,
        2
    );
    assert_eq!(
        count(
            db,
            "SELECT COUNT(*) FROM audit_log WHERE action = 'page_retire_cancelled'"
        )
        .await,
        1
    );
    assert_eq!(
        count(
            db,
            "SELECT COUNT(*) FROM audit_log WHERE action = 'page_retired' AND actor = 'karin'"
        )
        .await,
        1
    );
    assert!(
        count(
            db,
            "SELECT COUNT(*) FROM content_versions WHERE slug = 'kostendeler'"
        )
        .await
            > 0,
        "versions kept"
    );
    let (_, overview) = piet.page("/nl/team/inhoud").await;
    let apart = &overview[overview.find("id=\"buiten-gebruik\"").expect("section")..];
    assert!(
        apart.contains("/nl/team/inhoud/kostendeler/nl"),
        "listed apart"
    );
    // Nothing of it is published while it is retired.
    let refused = act(&mut piet, "kostendeler", "nl", "terugplaatsen", &[]).await;
    assert_eq!(refused.status(), 409);

    // Seeding (a restart, a newer release) does not bring the shipped page back.
    let shipped = SeedPage::all().unwrap();
    db.seed_content(&default_org(), &shipped).await.unwrap();
    app.content.reload().await.unwrap();
    assert_eq!(
        readers_see(&app, "nl").await,
        (404, false, false),
        "after seeding"
    );
    assert_eq!(count(db, "SELECT COUNT(*) FROM content_translations WHERE slug = 'kostendeler' AND published = TRUE").await, 0);

    // A publisher brings it back (offline), then publishes it again.
    assert_eq!(
        retire(&mut anna, "kostendeler", "terughalen", "")
            .await
            .status(),
        403
    );
    assert_eq!(
        retire(&mut piet, "kostendeler", "terughalen", "")
            .await
            .status(),
        303
    );
    assert_eq!(
        count(
            db,
            "SELECT COUNT(*) FROM audit_log WHERE action = 'page_restored'"
        )
        .await,
        1
    );
    expect_act(&mut piet, "kostendeler", "nl", "terugplaatsen", 303).await;
    assert_eq!(readers_see(&app, "nl").await.0, 200, "published again");
}
