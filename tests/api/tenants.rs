//! Several municipalities on one install (`tenants.example.toml`): each host shows its own
//! municipality; a report goes to the organisation that serves the municipality it was sent
//! to, and is worked and counted there; each municipality's retention terms; a broken tenants
//! file stops the start. Every staff route is probed in `isolation.rs`.

use crate::{
    both_backends,
    helpers::{
        Backend, TestApp,
        db::last_report_id,
        hosts::{account_of, at_host, logged_in_at, spawn_tenants, tenants_file},
        html::text,
        reporter::{Reporter, receipt},
        staff::StaffClient,
    },
};
use helder_domain::{staff::Role, tenants::TenantId};

const HAARLEM: &str = "haarlem.localhost";
const ZANDVOORT: &str = "zandvoort.localhost";
const HELMOND: &str = "helmond.localhost";

/// An account of `organisation` with `role`, logged in on `host`.
async fn staff_at(
    app: &TestApp,
    organisation: &str,
    host: &str,
    email: &str,
    role: Role,
) -> StaffClient {
    account_of(app, organisation, email, role).await;
    logged_in_at(app, host, email).await
}

/// A report through the public form on `host`, and its receipt code.
async fn receipt_code_of_last(app: &TestApp, host: &str) -> String {
    let mut reporter = Reporter::new(&app.address, at_host(host), Some("198.51.100.6"));
    receipt(&reporter.report("nl", "Bakker").await)
}

/// A report through the public form on `host`; its id.
async fn report_at(app: &TestApp, host: &str, name: &str) -> i64 {
    let mut reporter = Reporter::new(&app.address, at_host(host), Some("198.51.100.7"));
    receipt(&reporter.report("nl", name).await);
    last_report_id(&app.content.db).await
}

async fn page(client: &reqwest::Client, app: &TestApp, path: &str) -> (u16, String) {
    let response = client
        .get(format!("{}{path}", app.address))
        .send()
        .await
        .expect("request");
    (
        response.status().as_u16(),
        response.text().await.expect("body"),
    )
}

async fn each_host_shows_its_own_municipality(backend: Backend) {
    let app = spawn_tenants(backend).await;
    let (status, zandvoort) = page(&at_host(ZANDVOORT), &app, "/nl/").await;
    assert_eq!(status, 200);
    assert!(zandvoort.contains("Gemeente Zandvoort"), "{zandvoort}");
    assert!(!zandvoort.contains("Gemeente Haarlem"));
    // Its own design tokens, as a content-hashed stylesheet from this host.
    let start = zandvoort
        .find("/assets/merk-zandvoort.")
        .expect("a brand stylesheet");
    let href: String = zandvoort[start..]
        .chars()
        .take_while(|c| *c != '"')
        .collect();
    assert!(
        href.starts_with("/assets/merk-zandvoort.") && href.ends_with(".css"),
        "{href}"
    );
    let (status, css) = page(&at_host(ZANDVOORT), &app, &href).await;
    assert_eq!(status, 200);
    assert!(css.contains("--hl-brand:#00587c"), "{css}");
    // Its snippets on a page written once for the organisation.
    let topic = "/nl/rechten-en-plichten/medewerking-huisbezoek";
    let (_, zandvoort_topic) = page(&at_host(ZANDVOORT), &app, topic).await;
    let (_, haarlem_topic) = page(&at_host(HAARLEM), &app, topic).await;
    assert!(
        text(&zandvoort_topic).contains("Swaluestraat 2"),
        "Zandvoort's address"
    );
    assert!(
        text(&haarlem_topic).contains("Grote Markt 2"),
        "Haarlem's address"
    );
    assert!(!text(&haarlem_topic).contains("Swaluestraat"));
    // A cached page is kept per municipality: asked again, each host still gets its own.
    let (_, again) = page(&at_host(HAARLEM), &app, "/nl/").await;
    assert!(again.contains("Gemeente Haarlem") && !again.contains("Gemeente Zandvoort"));
    // A host no municipality answers on: a plain 404 that names none of them.
    for host in ["elders.localhost", "127.0.0.1"] {
        let (status, body) = page(&at_host(host), &app, "/nl/").await;
        assert_eq!(status, 404, "{host}");
        for name in ["Haarlem", "Zandvoort", "Helmond", "Senzer"] {
            assert!(!body.contains(name), "{host}: {body}");
        }
    }
    // The Host header itself works too (no proxy in between).
    let response = app
        .client
        .get(format!("{}/nl/", app.address))
        .header("host", "helmond.localhost:3000")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert!(response.text().await.unwrap().contains("Gemeente Helmond"));
}

async fn a_report_reaches_only_its_organisation(backend: Backend) {
    let app = spawn_tenants(backend).await;
    let mut haarlem = staff_at(
        &app,
        "sociale-recherche-haarlem",
        HAARLEM,
        "lead@haarlem.example",
        Role::Lead,
    )
    .await;
    let mut senzer = staff_at(&app, "senzer", HELMOND, "lead@senzer.example", Role::Lead).await;
    let zandvoort_report = report_at(&app, ZANDVOORT, "Jansen").await;
    let haarlem_report = report_at(&app, HAARLEM, "De Vries").await;
    let reference = format!("/nl/team/meldingen/{zandvoort_report}");

    // Haarlem's team: one queue for both municipalities, each report marked with its own.
    let (status, queue) = haarlem.page("/nl/team/meldingen/alle").await;
    assert_eq!(status, 200);
    assert!(
        queue.contains(&reference)
            && queue.contains(&format!("/nl/team/meldingen/{haarlem_report}"))
    );
    assert!(queue.contains("Gemeente Zandvoort") && queue.contains("Gemeente Haarlem"));
    let (_, only) = haarlem
        .page("/nl/team/meldingen/alle?gemeente=zandvoort")
        .await;
    assert!(only.contains(&reference));
    assert!(!only.contains(&format!("/nl/team/meldingen/{haarlem_report}")));
    let (status, report) = haarlem.page(&reference).await;
    assert_eq!(status, 200);
    assert!(text(&report).contains("Gemeente Zandvoort"));

    // Senzer's lead: 404 on the report, nothing of it in any list, count, export or log.
    let (status, _) = senzer.page(&reference).await;
    assert_eq!(status, 404);
    for path in [
        "/nl/team/meldingen/alle",
        "/nl/team/meldingen",
        "/nl/team/verdeling",
        "/nl/team/logboek",
        &format!("/nl/team/logboek?report={zandvoort_report}"),
        "/nl/team/statistiek",
    ] {
        let (status, body) = senzer.page(path).await;
        assert_eq!(status, 200, "{path}");
        assert!(!body.contains(&reference), "{path}");
        assert!(!body.contains("lead@haarlem.example"), "{path}");
        assert!(
            !body.contains("Zandvoort") && !body.contains("Haarlem"),
            "{path}"
        );
    }
    let (_, queue) = senzer.page("/nl/team/meldingen/alle").await;
    assert!(
        !queue.contains("href=\"/nl/team/meldingen/1")
            && !queue.contains("href=\"/nl/team/meldingen/2"),
        "Senzer's queue is empty"
    );
    // The CSV's line with the number of reports received.
    let csv = |body: String| {
        body.lines()
            .find(|l| l.starts_with("Meldingen ontvangen;"))
            .map(str::to_owned)
            .unwrap_or_default()
    };
    let senzer_csv = senzer
        .get_expect("/nl/team/statistiek.csv", 200)
        .await
        .text()
        .await
        .unwrap();
    let haarlem_csv = haarlem
        .get_expect("/nl/team/statistiek.csv", 200)
        .await
        .text()
        .await
        .unwrap();
    assert!(
        csv(senzer_csv.clone()).ends_with(";0"),
        "Senzer's total: {senzer_csv}"
    );
    assert!(
        csv(haarlem_csv.clone()).ends_with(";2"),
        "Haarlem's total: {haarlem_csv}"
    );

    // Statistics per municipality and in total: each council gets its own figures.
    let zandvoort_csv = haarlem
        .get_expect("/nl/team/statistiek.csv?gemeente=zandvoort", 200)
        .await
        .text()
        .await
        .unwrap();
    assert!(
        csv(zandvoort_csv.clone()).ends_with(";1"),
        "{zandvoort_csv}"
    );
    assert!(zandvoort_csv.contains("Gemeente Zandvoort"));
    let (_, stats) = haarlem.page("/nl/team/statistiek?gemeente=haarlem").await;
    assert!(text(&stats).contains("Cijfers van Gemeente Haarlem"));

    // The reporter's receipt code opens the follow-up on the sites of the organisation that
    // works the report, and nothing on another organisation's (the same answer as a wrong code).
    let code = receipt_code_of_last(&app, HAARLEM).await;
    for (host, status) in [(ZANDVOORT, 200), (HAARLEM, 200), (HELMOND, 422)] {
        let response = at_host(host)
            .post(format!("{}/nl/melden/terugkomen", app.address))
            .header("x-forwarded-for", "198.51.100.8")
            .form(&[("code", code.as_str())])
            .send()
            .await
            .unwrap();
        assert_eq!(response.status().as_u16(), status, "the code on {host}");
    }

    // A Senzer session does not count on Haarlem's hosts.
    let mut borrowed = senzer.clone_session_at(&app, HAARLEM);
    let response = borrowed.get("/nl/team/meldingen/alle").await;
    assert_eq!(response.status(), 303, "sent to log in");
}

/// A public page on `host`: status and visible text.
async fn public(app: &TestApp, host: &str, path: &str) -> (u16, String) {
    let response = at_host(host)
        .get(format!("{}{path}", app.address))
        .send()
        .await
        .expect("page");
    let status = response.status().as_u16();
    (status, text(&response.text().await.expect("body")))
}

/// Each organisation writes its own information pages and keeps its own films: what
/// Haarlem's editors publish shows on Haarlem's and Zandvoort's sites, each filled in with
/// the municipality's own snippets, and is found by their search; Senzer's sites keep the
/// shipped text and do not find it. Senzer's editors start from the shipped pages.
async fn each_organisation_writes_its_own_pages(backend: Backend) {
    let app = spawn_tenants(backend).await;
    let org = "sociale-recherche-haarlem";
    account_of(
        &app,
        org,
        "redactie@haarlem.example",
        crate::helpers::staff::PUBLISHER,
    )
    .await;
    let mut editor = logged_in_at(&app, HAARLEM, "redactie@haarlem.example").await;
    let body = "De Haarlemse regeling geldt hier. Bel {{phone}} of kom langs op {{address}}.";
    let saved = crate::editing::save(
        &mut editor,
        "kostendeler",
        "nl",
        "Kostendeler in Haarlem",
        body,
    )
    .await;
    assert_eq!(saved.status(), 303);
    crate::editing::expect_act(&mut editor, "kostendeler", "nl", "indienen", 303).await;
    // A second person publishes (four eyes).
    account_of(
        &app,
        org,
        "eindredactie@haarlem.example",
        crate::helpers::staff::PUBLISHER,
    )
    .await;
    let mut publisher = logged_in_at(&app, ZANDVOORT, "eindredactie@haarlem.example").await;
    crate::editing::expect_act(&mut publisher, "kostendeler", "nl", "publiceren", 303).await;
    editor.page("/nl/team/films/nieuw").await;
    let film = crate::film_upload::upload(
        &mut editor,
        "haarlem-film",
        crate::film_upload::webm(),
        crate::film_upload::vtt(),
    )
    .await;
    assert_eq!(film.status(), 303);

    let page = "/nl/rechten-en-plichten/kostendeler";
    let (status, haarlem) = public(&app, HAARLEM, page).await;
    assert_eq!(status, 200);
    assert!(
        haarlem.contains("De Haarlemse regeling geldt hier"),
        "{haarlem}"
    );
    assert!(
        haarlem.contains("Grote Markt 2, 2011 RD Haarlem"),
        "Haarlem's own address"
    );
    let (_, zandvoort) = public(&app, ZANDVOORT, page).await;
    assert!(zandvoort.contains("De Haarlemse regeling geldt hier"));
    assert!(
        zandvoort.contains("Swaluestraat 2, 2042 KA Zandvoort"),
        "Zandvoort's own address"
    );
    let (status, helmond) = public(&app, HELMOND, page).await;
    assert_eq!(status, 200, "Senzer has the shipped page");
    assert!(!helmond.contains("Haarlemse"), "{helmond}");

    let search = "/nl/zoeken?q=Haarlemse";
    let (_, found) = public(&app, ZANDVOORT, search).await;
    assert!(found.contains("Kostendeler in Haarlem"), "{found}");
    let (_, elsewhere) = public(&app, HELMOND, search).await;
    assert!(!elsewhere.contains("Kostendeler in Haarlem"), "{elsewhere}");

    assert_eq!(
        public(&app, ZANDVOORT, "/nl/films/haarlem-film").await.0,
        200
    );
    assert_eq!(public(&app, HELMOND, "/nl/films/haarlem-film").await.0, 404);
    assert_eq!(
        public(&app, HELMOND, "/nl/films/wat-moet-ik-doorgeven")
            .await
            .0,
        200,
        "every organisation has the shipped films"
    );

    // Senzer's editor sees Senzer's own pages: the shipped text, one version.
    account_of(&app, "senzer", "redactie@senzer.example", Role::Editor).await;
    let mut senzer = logged_in_at(&app, HELMOND, "redactie@senzer.example").await;
    let (status, versions) = senzer.page("/nl/team/inhoud/kostendeler/nl/versies").await;
    assert_eq!(status, 200);
    assert!(!versions.contains("Kostendeler in Haarlem"));
    let (status, _) = senzer
        .page("/nl/team/inhoud/kostendeler/nl/versies/2")
        .await;
    assert_eq!(status, 404, "Haarlem's second version is not Senzer's");
}

/// A variant of a page for one municipality: Haarlem's editor makes one for Zandvoort (its
/// draft starts as the organisation's text), changes and publishes it; Zandvoort's readers get
/// it at the page's own address, and its search finds it; Haarlem's readers keep the
/// organisation's page, and an English reader in Zandvoort is told the translation may not
/// match. The overview marks the page and the variant. Nobody makes a variant for another
/// organisation's municipality.
async fn a_variant_is_shown_in_its_municipality_only(backend: Backend) {
    let app = spawn_tenants(backend).await;
    let org = "sociale-recherche-haarlem";
    let publisher = crate::helpers::staff::PUBLISHER;
    account_of(&app, org, "redactie@haarlem.example", publisher).await;
    account_of(&app, org, "eindredactie@haarlem.example", publisher).await;
    let mut editor = logged_in_at(&app, HAARLEM, "redactie@haarlem.example").await;
    let (status, page) = editor.page("/nl/team/inhoud/kostendeler/nl").await;
    assert_eq!(status, 200);
    assert!(page.contains("Varianten per gemeente") && page.contains("Gemeente Zandvoort"));
    let path = "/nl/team/inhoud/kostendeler/nl/variant";
    let elsewhere = editor.post_form(path, &[("gemeente", "helmond")]).await;
    assert_eq!(elsewhere.status(), 404, "Helmond is not Haarlem's");
    let made = editor.post_form(path, &[("gemeente", "zandvoort")]).await;
    assert_eq!(made.status(), 303);
    let variant = "/nl/team/inhoud/kostendeler--zandvoort/nl";
    assert_eq!(
        made.headers()["location"].to_str().unwrap(),
        format!("{variant}?gedaan=variant")
    );
    let (status, draft) = editor.page(variant).await;
    assert_eq!(status, 200);
    assert!(draft.contains("Dit is een variant van"), "{draft}");
    let again = editor.post_form(path, &[("gemeente", "zandvoort")]).await;
    assert_eq!(
        again.headers()["location"].to_str().unwrap(),
        variant,
        "opened, not made twice"
    );
    let body = "In Zandvoort geldt een eigen termijn: geef het door binnen twee weken.";
    let slug = "kostendeler--zandvoort";
    let saved =
        crate::editing::save(&mut editor, slug, "nl", "Kostendeler in Zandvoort", body).await;
    assert_eq!(saved.status(), 303);
    crate::editing::expect_act(&mut editor, slug, "nl", "indienen", 303).await;
    let mut second = logged_in_at(&app, ZANDVOORT, "eindredactie@haarlem.example").await;
    crate::editing::expect_act(&mut second, slug, "nl", "publiceren", 303).await;

    let page = "/nl/rechten-en-plichten/kostendeler";
    let (status, zandvoort) = public(&app, ZANDVOORT, page).await;
    assert_eq!(status, 200);
    assert!(
        zandvoort.contains("In Zandvoort geldt een eigen termijn"),
        "{zandvoort}"
    );
    let (_, haarlem) = public(&app, HAARLEM, page).await;
    assert!(
        !haarlem.contains("eigen termijn"),
        "Haarlem keeps the organisation's page"
    );
    assert_eq!(
        public(
            &app,
            ZANDVOORT,
            "/nl/rechten-en-plichten/kostendeler--zandvoort"
        )
        .await
        .0,
        404,
        "a variant has no address of its own"
    );
    let (_, english) = public(&app, ZANDVOORT, "/en/rechten-en-plichten/kostendeler").await;
    let (_, english_haarlem) = public(&app, HAARLEM, "/en/rechten-en-plichten/kostendeler").await;
    let outdated = "This translation has not been updated yet";
    assert!(
        english.contains(outdated),
        "Zandvoort's English page: {english}"
    );
    assert!(!english_haarlem.contains(outdated));
    let (_, found) = public(&app, ZANDVOORT, "/nl/zoeken?q=eigen+termijn").await;
    assert!(found.contains("Kostendeler in Zandvoort"), "{found}");
    let (_, not_here) = public(&app, HAARLEM, "/nl/zoeken?q=eigen+termijn").await;
    assert!(!not_here.contains("Kostendeler in Zandvoort"));

    let (_, overview) = editor.page("/nl/team/inhoud").await;
    assert!(
        overview.contains("Varianten: Gemeente Zandvoort"),
        "the page is marked"
    );
    assert!(
        overview.contains("Variant voor Gemeente Zandvoort"),
        "so is the variant"
    );
    // Senzer's editors have no such variant, and cannot make one for Zandvoort.
    account_of(&app, "senzer", "redactie@senzer.example", Role::Editor).await;
    let mut senzer = logged_in_at(&app, HELMOND, "redactie@senzer.example").await;
    assert_eq!(senzer.get(variant).await.status(), 404);
    let refused = senzer.post_form(path, &[("gemeente", "zandvoort")]).await;
    assert_eq!(refused.status(), 404);
}

both_backends!(
    a_variant_is_shown_in_its_municipality_only,
    each_host_shows_its_own_municipality,
    a_report_reaches_only_its_organisation,
    each_organisation_writes_its_own_pages,
);

/// A broken tenants file stops the start, naming every problem.
#[tokio::test]
async fn a_broken_tenants_file_is_refused_with_every_problem() {
    let (mut settings, data, _pg) = crate::helpers::test_settings(Backend::Sqlite).await;
    let file = data.path().join("tenants.toml");
    std::fs::write(
        &file,
        r##"
[[organisations]]
id = "team"
name = "Team"
colour = "red"

[[organisations.municipalities]]
id = "a"
name = "Gemeente A"
hosts = ["a.localhost"]
brand = { primary = "#ffff00", on_primary = "#ffffff", focus = "#ffdd00" }
[organisations.municipalities.snippets.nl]
fax = "1"

[[organisations.municipalities]]
id = "b"
name = "Gemeente B"
hosts = ["a.localhost"]
brand = { primary = "#154273", on_primary = "#ffffff", focus = "#ffdd00" }
"##,
    )
    .unwrap();
    settings.tenants = Some(file);
    let error = match helder_server::startup::Application::build(settings).await {
        Ok(_) => panic!("Helder started with a broken tenants file"),
        Err(error) => error.to_string(),
    };
    for problem in ["unknown key `colour`", "a.localhost", "contrast"] {
        assert!(error.contains(problem), "{problem}: {error}");
    }
}

/// Each municipality's reports under its own retention terms: Zandvoort (92 days for a report
/// closed without action, in the example file) and Haarlem (the installation's 183).
async fn each_municipality_keeps_reports_for_its_own_terms(backend: Backend) {
    use helder_server::retention::{RetentionSettings, Terms, sweep};
    // No server: no background job runs retention with the real clock behind the test's back.
    let (settings, _data, _pg) = crate::helpers::test_settings(backend).await;
    let db = &helder_server::startup::open_database(&settings)
        .await
        .unwrap();
    let tenants =
        helder_domain::tenants::Tenants::parse(&std::fs::read_to_string(tenants_file()).unwrap())
            .unwrap();
    let terms = Terms::new(
        RetentionSettings::from_settings(&helder_server::configuration::Settings::defaults()),
        &tenants,
    );
    let org = TenantId::parse("sociale-recherche-haarlem").unwrap();
    let mut ids = Vec::new();
    for municipality in ["zandvoort", "haarlem"] {
        let report = helder_server::storage::NewReport {
            organisation: org.clone(),
            municipality: TenantId::parse(municipality).unwrap(),
            ..crate::helpers::db::new_report("nl", &["work"])
        };
        ids.push(crate::helpers::db::store_report(db, &report).await);
    }
    // Both closed without action 100 days ago.
    let closed = chrono::Utc::now() - chrono::Duration::days(100);
    for id in &ids {
        crate::helpers::db::execute_at(
            db,
            "UPDATE reports SET status = 'closed', outcome = 'no_action', closed_at = $1 \
             WHERE id = CAST($2 AS BIGINT)",
            closed,
            &[&id.to_string()],
        )
        .await
        .expect("closed");
        crate::helpers::db::execute(
            db,
            &format!("INSERT INTO report_outcomes (report_id, outcome) VALUES ({id}, 'no_action')"),
        )
        .await;
    }
    let report = sweep(db, terms, chrono::Utc::now()).await.unwrap();
    assert_eq!(report.deleted, vec![ids[0]], "Zandvoort's report only");
    assert!(db.report_work(&org, ids[1]).await.unwrap().is_some());
}

both_backends!(each_municipality_keeps_reports_for_its_own_terms);

/// An installation from before several municipalities keeps everything: its reports, accounts,
/// audit log and team settings become the default organisation's and municipality's.
async fn an_existing_installation_keeps_its_data(backend: Backend) {
    let (settings, _data, _pg) = crate::helpers::test_settings(backend).await;
    let db = crate::helpers::db::database_before(&settings, backend, 11).await;
    let at = chrono::Utc::now();
    for sql in [
        "INSERT INTO reports (received_at, lang, questionnaire_version, receipt_hash) \
         VALUES ($1, 'nl', 'oud', 'oude-bon')",
        "INSERT INTO report_kinds (report_id, position, kind) \
         SELECT id, 0, 'work' FROM reports WHERE CAST($1 AS TEXT) IS NOT NULL",
        "INSERT INTO staff_users (email, display_name, role, created_at) \
         VALUES ('lea@voorbeeld.nl', 'Lea', 'lead', $1)",
        "INSERT INTO audit_log (at, actor, action, detail) VALUES ($1, 'Helder', 'retention_applied', '')",
        "UPDATE team_settings SET require_totp = TRUE WHERE CAST($1 AS TEXT) IS NOT NULL",
        // Content: a page with a published version (they refer to each other), a staff
        // snippet, and a film with a file and a topic.
        "INSERT INTO content_pages (slug, kind, sort_order)          SELECT 'eigen-pagina', 'rights', 99 WHERE CAST($1 AS TEXT) IS NOT NULL",
        "INSERT INTO content_translations (slug, lang, title, summary, body, origin, updated_at)          VALUES ('eigen-pagina', 'nl', 'Eigen pagina', 'Kort.', 'Tekst van de redactie.', 'edited', $1)",
        "INSERT INTO content_versions (slug, lang, number, title, summary, body, author, created_at, published_at)          VALUES ('eigen-pagina', 'nl', 1, 'Eigen pagina', 'Kort.', 'Tekst van de redactie.', 'Lea', $1, $1)",
        "UPDATE content_translations SET published_version_id = (SELECT MAX(id) FROM content_versions)          WHERE slug = 'eigen-pagina' AND CAST($1 AS TEXT) IS NOT NULL",
        "INSERT INTO content_snippets (key, lang, value, updated_at, updated_by)          VALUES ('phone', 'nl', '14 099', $1, 'Lea')",
        "INSERT INTO films (slug, duration_secs, origin, created_at) VALUES ('eigen-film', 30, 'uploaded', $1)",
        "INSERT INTO film_texts (slug, lang, title, summary, transcript, updated_at)          VALUES ('eigen-film', 'nl', 'Eigen film', 'Kort.', 'Tekst.', $1)",
        "INSERT INTO film_files (slug, kind, stored_name, content_type, bytes, uploaded_at, uploader)          VALUES ('eigen-film', 'video', 'abc123.webm', 'video/webm', 3, $1, 'Lea')",
        "INSERT INTO film_topics (film_slug, topic_slug)          SELECT 'eigen-film', 'eigen-pagina' WHERE CAST($1 AS TEXT) IS NOT NULL",
    ] {
        crate::helpers::db::execute_at(&db, sql, at, &[])
            .await
            .expect(sql);
    }
    db.migrate().await.expect("migrations 0011 and 0012");
    let default = TenantId::default_id();
    let report = crate::helpers::db::last_report_id(&db).await;
    let work = db
        .report_work(&default, report)
        .await
        .unwrap()
        .expect("the old report");
    assert_eq!(work.municipality, "standaard");
    let users = db.staff_users(&default).await.unwrap();
    assert_eq!(users.len(), 1);
    assert_eq!(users[0].organisation, default);
    assert!(
        db.require_totp(&default).await.unwrap(),
        "the lead's setting is kept"
    );
    let (lines, total) = db
        .audit_log(
            &default,
            &helder_server::storage::AuditQuery::default(),
            0,
            10,
        )
        .await
        .unwrap();
    assert_eq!((total, lines[0].action.as_str()), (1, "retention_applied"));
    // The content is the default organisation's, its page still published at version 1.
    let page = db
        .document(&default, "eigen-pagina", "nl")
        .await
        .unwrap()
        .expect("the old page");
    assert!(page.published && page.published_version_id.is_some());
    assert_eq!(
        db.versions(&default, "eigen-pagina", "nl")
            .await
            .unwrap()
            .len(),
        1
    );
    assert_eq!(
        db.snippet_overrides(&default).await.unwrap(),
        [("phone".to_owned(), "nl".to_owned(), "14 099".to_owned())]
    );
    let films = db.films(&default).await.unwrap();
    assert_eq!(films.len(), 1);
    assert_eq!(
        (films[0].files.len(), films[0].topics.as_slice()),
        (1, ["eigen-pagina".to_owned()].as_slice())
    );
    let other = TenantId::parse("senzer").unwrap();
    assert!(db.films(&other).await.unwrap().is_empty());
    assert!(
        db.document(&other, "eigen-pagina", "nl")
            .await
            .unwrap()
            .is_none()
    );
}

both_backends!(an_existing_installation_keeps_its_data);
