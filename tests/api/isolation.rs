//! Every staff route, asked by another organisation: a page about another organisation's
//! report, account or member answers 404 and changes nothing; a list, count, export or log
//! shows nothing of it. The table below has one line per staff route and the test checks it
//! against the router's own list (`helder_server::team::routes()`), both ways: a new route
//! fails this test until someone says how it keeps organisations apart.

use crate::{
    both_backends,
    helpers::{
        Backend,
        db::last_report_id,
        hosts::{account_of, at_host, logged_in_at, spawn_tenants},
        reporter::{Reporter, receipt},
        staff::{PUBLISHER, StaffClient},
    },
};
use helder_domain::staff::Role;
use std::collections::BTreeSet;

/// What a route is asked with by Senzer (another organisation), and what must hold.
#[derive(Debug, Clone, Copy)]
enum Probe {
    /// Names one of Haarlem's objects in its path (`{id}`): answers 404, and Haarlem's
    /// state is unchanged.
    OtherId(Role),
    /// A list, count, export or log: answers with the status given, and nothing of Haarlem
    /// is in it.
    Nothing(Role, u16),
    /// Changes the asker's own organisation only: afterwards Haarlem's state is unchanged.
    OwnOnly(Role),
    /// Works on the asker's own session or account (log-in, log-out, second factor,
    /// presence): nothing of another organisation is in reach.
    OwnSession,
    /// Information pages, versions, snippets and films under names every organisation has
    /// (each has its own copy of the shipped pages and films): Senzer's editor works on
    /// Senzer's own. A GET shows nothing of Haarlem's (its draft, snippet and film; Haarlem's
    /// editor does see them there); a POST changes nothing of Haarlem's.
    OwnContent,
    /// Names content only Haarlem has (its film, its page's third version): 404, and
    /// Haarlem's content is unchanged.
    OtherContent,
    /// Shows counts under names every organisation shares (the self-check's questions, with
    /// Haarlem's survey of 2017 as everyone's baseline): answers with the status given, and
    /// none of Haarlem's counts are in it (Haarlem's own lead does see them). Asked by a lead.
    OwnCounts(u16),
}

use Probe::*;

/// Every staff route and how it is probed.
const TABLE: &[(&str, &str, Probe)] = &[
    ("GET", "/{lang}/team", Nothing(Role::Lead, 303)),
    ("GET", "/{lang}/team/inloggen", OwnSession),
    ("POST", "/{lang}/team/inloggen", OwnSession),
    ("GET", "/{lang}/team/tweede-stap", OwnSession),
    ("POST", "/{lang}/team/tweede-stap", OwnSession),
    ("POST", "/{lang}/team/uitloggen", OwnSession),
    ("POST", "/{lang}/team/uitloggen-overal", OwnSession),
    ("GET", "/{lang}/team/wachtwoord/{token}", OwnSession),
    ("POST", "/{lang}/team/wachtwoord/{token}", OwnSession),
    ("GET", "/{lang}/team/geen-toegang", Nothing(Role::Lead, 403)),
    ("GET", "/{lang}/team/account", Nothing(Role::Lead, 200)),
    ("POST", "/{lang}/team/account/aanwezig", OwnSession),
    ("POST", "/{lang}/team/account/tweede-stap/nieuw", OwnSession),
    ("POST", "/{lang}/team/account/tweede-stap", OwnSession),
    ("GET", "/{lang}/team/accounts", Nothing(Role::Admin, 200)),
    ("POST", "/{lang}/team/accounts", OwnOnly(Role::Admin)),
    (
        "POST",
        "/{lang}/team/accounts/{id}/uitzetten",
        OtherId(Role::Admin),
    ),
    ("GET", "/{lang}/team/meldingen", Nothing(Role::Lead, 200)),
    (
        "GET",
        "/{lang}/team/meldingen/alle",
        Nothing(Role::Lead, 200),
    ),
    (
        "GET",
        "/{lang}/team/meldingen/nieuw",
        Nothing(Role::Lead, 200),
    ),
    ("POST", "/{lang}/team/meldingen/nieuw", OwnOnly(Role::Lead)),
    ("GET", "/{lang}/team/meldingen/{id}", OtherId(Role::Lead)),
    (
        "GET",
        "/{lang}/team/meldingen/{id}/afdrukken",
        OtherId(Role::Lead),
    ),
    (
        "GET",
        "/{lang}/team/meldingen/{id}/bijlagen/{n}",
        OtherId(Role::Lead),
    ),
    (
        "GET",
        "/{lang}/team/meldingen/{id}/afsluiten",
        OtherId(Role::Lead),
    ),
    (
        "POST",
        "/{lang}/team/meldingen/{id}/afsluiten",
        OtherId(Role::Lead),
    ),
    (
        "POST",
        "/{lang}/team/meldingen/{id}/{action}",
        OtherId(Role::Lead),
    ),
    ("GET", "/{lang}/team/verdeling", Nothing(Role::Lead, 200)),
    (
        "POST",
        "/{lang}/team/verdeling/{id}/aanwezig",
        OtherId(Role::Lead),
    ),
    ("POST", "/{lang}/team/verdelen", OwnOnly(Role::Lead)),
    ("POST", "/{lang}/team/instellingen", OwnOnly(Role::Lead)),
    ("POST", "/{lang}/team/sluitingsdagen", OwnOnly(Role::Lead)),
    (
        "POST",
        "/{lang}/team/sluitingsdagen/{day}/verwijderen",
        OtherId(Role::Lead),
    ),
    ("GET", "/{lang}/team/logboek", Nothing(Role::Lead, 200)),
    ("GET", "/{lang}/team/statistiek", Nothing(Role::Lead, 200)),
    (
        "GET",
        "/{lang}/team/statistiek.csv",
        Nothing(Role::Lead, 200),
    ),
    ("GET", "/{lang}/team/inhoud", OwnContent),
    ("GET", "/{lang}/team/inhoud/nieuw", OwnContent),
    ("POST", "/{lang}/team/inhoud/nieuw", OwnContent),
    (
        "POST",
        "/{lang}/team/inhoud/{slug}/buiten-gebruik/{step}",
        OtherContent,
    ),
    ("GET", "/{lang}/team/inhoud/{slug}/{doc}", OwnContent),
    (
        "GET",
        "/{lang}/team/inhoud/{slug}/{doc}/bewerken",
        OwnContent,
    ),
    (
        "POST",
        "/{lang}/team/inhoud/{slug}/{doc}/bewerken",
        OwnContent,
    ),
    (
        "GET",
        "/{lang}/team/inhoud/{slug}/{doc}/versies",
        OwnContent,
    ),
    (
        "GET",
        "/{lang}/team/inhoud/{slug}/{doc}/versies/{number}",
        OtherContent,
    ),
    (
        "POST",
        "/{lang}/team/inhoud/{slug}/{doc}/versies/{number}/terugzetten",
        OtherContent,
    ),
    (
        "GET",
        "/{lang}/team/inhoud/{slug}/{doc}/vergelijken",
        OwnContent,
    ),
    (
        "POST",
        "/{lang}/team/inhoud/{slug}/{doc}/variant",
        OwnContent,
    ),
    (
        "POST",
        "/{lang}/team/inhoud/{slug}/{doc}/wettelijke-basis",
        OwnContent,
    ),
    (
        "POST",
        "/{lang}/team/inhoud/{slug}/{doc}/moedertaal",
        OwnContent,
    ),
    (
        "POST",
        "/{lang}/team/inhoud/{slug}/{doc}/{action}",
        OwnContent,
    ),
    ("GET", "/{lang}/team/vaste-teksten", OwnContent),
    ("GET", "/{lang}/team/vaste-teksten/{key}", OwnContent),
    ("POST", "/{lang}/team/vaste-teksten/{key}", OwnContent),
    ("GET", "/{lang}/team/films", OwnContent),
    ("GET", "/{lang}/team/films/nieuw", OwnContent),
    ("GET", "/{lang}/team/films/{slug}", OtherContent),
    ("POST", "/{lang}/team/films/{slug}/tekst", OtherContent),
    (
        "POST",
        "/{lang}/team/films/{slug}/onderwerpen",
        OtherContent,
    ),
    ("POST", "/{lang}/team/films/nieuw", OwnContent),
    ("POST", "/{lang}/team/films/{slug}/video", OtherContent),
    ("POST", "/{lang}/team/films/{slug}/poster", OtherContent),
    (
        "POST",
        "/{lang}/team/films/{slug}/ondertiteling",
        OtherContent,
    ),
    ("GET", "/{lang}/team/vragen", Nothing(Role::Advisor, 200)),
    ("GET", "/{lang}/team/vragen/{id}", OtherId(Role::Advisor)),
    (
        "POST",
        "/{lang}/team/vragen/{id}/antwoord",
        OtherId(Role::Advisor),
    ),
    (
        "POST",
        "/{lang}/team/vragen/{id}/veelgestelde-vraag",
        OtherId(Role::Advisor),
    ),
    ("GET", "/{lang}/team/kennis", OwnCounts(200)),
    ("GET", "/{lang}/team/reacties", OwnContent),
    (
        "POST",
        "/{lang}/team/reacties/voorstel/{id}/afgehandeld",
        OtherId(Role::Editor),
    ),
];

/// Every action on a report (`/meldingen/{id}/{action}`), with a form that would succeed on
/// Senzer's own report.
const REPORT_ACTIONS: &[(&str, &[(&str, &str)])] = &[
    ("status", &[("from", "new"), ("to", "in_progress")]),
    ("afsluiten", &[("outcome", "no_action")]),
    ("bedrag", &[("amount", "100")]),
    ("notitie", &[("body", "Senzer was hier")]),
    ("vraag", &[("question", "Senzer vraagt iets")]),
    ("koppelen", &[("other", "1")]),
    ("toewijzen", &[("member", "1")]),
];

#[test]
fn the_table_names_every_staff_route_and_nothing_else() {
    let routes: BTreeSet<(String, String)> = helder_server::team::routes()
        .into_iter()
        .map(|r| (r.method.to_string(), r.path.to_owned()))
        .collect();
    let table: BTreeSet<(String, String)> = TABLE
        .iter()
        .map(|(m, p, _)| ((*m).to_owned(), (*p).to_owned()))
        .collect();
    let missing: Vec<_> = routes.difference(&table).collect();
    let gone: Vec<_> = table.difference(&routes).collect();
    assert!(
        missing.is_empty(),
        "staff routes without a probe: {missing:?}"
    );
    assert!(
        gone.is_empty(),
        "probes of routes that no longer exist: {gone:?}"
    );
    assert_eq!(routes.len(), TABLE.len(), "one line per route");
}

/// Haarlem's own closing day (a Friday after Ascension), on its team page.
const HAARLEM_CLOSING_DAY: &str = "2030-05-31";

/// What Haarlem has, as its own lead sees it: must be the same before and after Senzer
/// tried everything.
async fn haarlem_state(lead: &mut StaffClient, report: i64) -> String {
    let (status, page) = lead.page(&format!("/nl/team/meldingen/{report}")).await;
    assert_eq!(status, 200);
    let (_, team) = lead.page("/nl/team/verdeling").await;
    let (_, accounts) = lead.page("/nl/team/account").await;
    // The parts that change only through work on the report, its members and settings.
    let keep = |html: &str, from: &str| {
        let start = html.find(from).unwrap_or(0);
        crate::helpers::html::text(&html[start..])
    };
    format!(
        "{}\n{}\n{}",
        keep(&page, "<main"),
        keep(&team, "<main"),
        keep(&accounts, "<main")
    )
    // The report page logs the lead's own view in the history: leave it out.
    .lines()
    .filter(|l| !l.contains("bekeken") && !l.contains("viewed"))
    .collect::<Vec<_>>()
    .join("\n")
}

/// What Haarlem's editors wrote, which Senzer's must never see: a draft title, a snippet
/// value and a film's title.
const CONTENT_MARKERS: &[&str] = &["HaarlemConcept", "HAARLEMFORMULIER", "haarlem-film"];

/// A content route with Haarlem's names filled in: its draft's third version, its own film,
/// its own page (to retire).
fn content_path(pattern: &str) -> String {
    pattern
        .replace("{lang}", "nl")
        .replace(
            "/inhoud/{slug}/buiten-gebruik/{step}",
            "/inhoud/haarlem-pagina/buiten-gebruik/aanvragen",
        )
        .replace("/inhoud/{slug}", "/inhoud/kostendeler")
        .replace("/films/{slug}", "/films/haarlem-film")
        .replace("{doc}", "nl")
        .replace("{number}", "3")
        .replace("{key}", "change_form")
        .replace("{action}", "indienen")
}

/// Haarlem's editor writes: two drafts of a page (versions 2 and 3), a snippet, a film.
async fn haarlem_content(editor: &mut StaffClient) {
    for title in ["HaarlemConcept een", "HaarlemConcept"] {
        let saved =
            crate::editing::save(editor, "kostendeler", "nl", title, "Tekst van Haarlem.").await;
        assert_eq!(saved.status(), 303);
    }
    editor.page("/nl/team/inhoud/nieuw").await;
    let page = editor
        .post_form(
            "/nl/team/inhoud/nieuw",
            &[
                ("titel", "HaarlemConcept pagina"),
                ("adres", "haarlem-pagina"),
                ("soort", "duty"),
            ],
        )
        .await;
    assert_eq!(page.status(), 303);
    let snippet = editor
        .post_form(
            "/nl/team/vaste-teksten/change_form",
            &[("waarde-nl", "het HAARLEMFORMULIER")],
        )
        .await;
    assert_eq!(snippet.status(), 303);
    editor.page("/nl/team/films/nieuw").await;
    let film = crate::film_upload::upload(
        editor,
        "haarlem-film",
        crate::film_upload::webm(),
        crate::film_upload::vtt(),
    )
    .await;
    assert_eq!(film.status(), 303);
}

/// Senzer's editor does the same kind of work on Senzer's own copy.
async fn senzer_content_post(senzer: &mut StaffClient, path: &str) -> u16 {
    let response = if path.ends_with("/bewerken") {
        crate::editing::save(senzer, "kostendeler", "nl", "Senzer", "Tekst van Senzer.").await
    } else if path.contains("/vaste-teksten/") {
        senzer
            .post_form(path, &[("waarde-nl", "het Senzer-formulier")])
            .await
    } else if path.ends_with("/wettelijke-basis") {
        senzer
            .post_form(
                path,
                &[("basis", "Senzer-basis"), ("bronnen", "Senzer-bron")],
            )
            .await
    } else if path.ends_with("/variant") {
        senzer.post_form(path, &[("gemeente", "helmond")]).await
    } else if path.ends_with("/inhoud/nieuw") {
        senzer.page(path).await;
        let form = [
            ("titel", "Senzer pagina"),
            ("adres", "senzer-pagina"),
            ("soort", "duty"),
        ];
        senzer.post_form(path, &form).await
    } else if path.ends_with("/indienen") {
        crate::editing::act(senzer, "kostendeler", "nl", "indienen", &[]).await
    } else {
        senzer.post_form(path, &[]).await
    };
    response.status().as_u16()
}

/// Haarlem's content as its editor sees it: the page's versions, the snippets, the films.
async fn haarlem_content_state(editor: &mut StaffClient) -> String {
    let mut state = String::new();
    for path in [
        "/nl/team/inhoud/kostendeler/nl/versies",
        "/nl/team/inhoud/kostendeler/nl",
        "/nl/team/inhoud/haarlem-pagina/nl",
        "/nl/team/vaste-teksten",
        "/nl/team/films",
        "/nl/team/films/haarlem-film",
    ] {
        let (status, page) = editor.page(path).await;
        assert_eq!(status, 200, "{path}");
        let start = page.find("<main").unwrap_or(0);
        state.push_str(&crate::helpers::html::text(&page[start..]));
    }
    state
}

async fn every_staff_route_keeps_organisations_apart(backend: Backend) {
    let app = spawn_tenants(backend).await;
    let haarlem_org = "sociale-recherche-haarlem";
    account_of(&app, haarlem_org, "lead@haarlem.example", Role::Lead).await;
    let member = account_of(&app, haarlem_org, "lid@haarlem.example", Role::Intake).await;
    let haarlem_admin = account_of(&app, haarlem_org, "beheer@haarlem.example", Role::Admin).await;
    account_of(&app, "senzer", "lead@senzer.example", Role::Lead).await;
    account_of(&app, "senzer", "beheer@senzer.example", Role::Admin).await;
    account_of(&app, "senzer", "redactie@senzer.example", PUBLISHER).await;
    account_of(&app, haarlem_org, "redactie@haarlem.example", PUBLISHER).await;
    account_of(&app, "senzer", "advies@senzer.example", Role::Advisor).await;
    let mut reporter = Reporter::new(
        &app.address,
        at_host("zandvoort.localhost"),
        Some("198.51.100.9"),
    );
    // With a file, so the probe of the file's address asks for one that exists.
    reporter.fill_in("nl", "Jansen").await;
    let pdf = b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n".to_vec();
    let added = reporter.upload("nl", "a.pdf", "application/pdf", pdf).await;
    assert_eq!(added.status(), 303, "Haarlem's file is added");
    receipt(&reporter.send("nl").await);
    let report = last_report_id(&app.content.db).await;
    // Haarlem's anonymous question, a reader's comment and an FAQ suggestion.
    let asked = reporter
        .post(
            "/nl/vraag/versturen",
            &[
                ("question", "Vraag uit Zandvoort over Haarlem"),
                ("email", ""),
            ],
        )
        .await;
    assert_eq!(asked.status(), 200);
    let counted = reporter.post("/nl/zelftest/1", &[("answer", "yes")]).await;
    assert_eq!(counted.status(), 303, "a self-check answer in Zandvoort");
    let haarlem_question: i64 =
        crate::helpers::db::scalar(&app.content.db, "SELECT MAX(id) FROM advice_questions").await;
    let commented = reporter
        .post(
            "/nl/rechten-en-plichten/kostendeler/opmerking",
            &[("opmerking", "HaarlemConcept is onduidelijk")],
        )
        .await;
    assert_eq!(commented.status(), 303);
    app.content
        .db
        .add_faq_suggestion(
            haarlem_org,
            "nl",
            "HaarlemConcept vraag",
            "Antwoord",
            chrono::Utc::now(),
        )
        .await
        .expect("suggestion");
    let haarlem_suggestion: i64 =
        crate::helpers::db::scalar(&app.content.db, "SELECT MAX(id) FROM faq_suggestions").await;

    let mut haarlem = logged_in_at(&app, "haarlem.localhost", "lead@haarlem.example").await;
    haarlem.page("/nl/team/verdeling").await;
    let closed = haarlem
        .post_form(
            "/nl/team/sluitingsdagen",
            &[("day", HAARLEM_CLOSING_DAY), ("reason", "HaarlemSluiting")],
        )
        .await;
    assert_eq!(closed.status(), 303, "Haarlem's closing day");
    let before = haarlem_state(&mut haarlem, report).await;
    let mut senzer_lead = logged_in_at(&app, "helmond.localhost", "lead@senzer.example").await;
    let mut senzer_admin = logged_in_at(&app, "helmond.localhost", "beheer@senzer.example").await;
    let mut senzer_editor =
        logged_in_at(&app, "helmond.localhost", "redactie@senzer.example").await;
    let mut senzer_advisor = logged_in_at(&app, "helmond.localhost", "advies@senzer.example").await;
    let mut haarlem_editor =
        logged_in_at(&app, "haarlem.localhost", "redactie@haarlem.example").await;
    haarlem_content(&mut haarlem_editor).await;
    let content_before = haarlem_content_state(&mut haarlem_editor).await;
    let mut seen_by_haarlem = 0;
    let markers = [
        format!("/nl/team/meldingen/{report}\""),
        "haarlem.example".to_owned(),
        "Zandvoort".to_owned(),
        "Haarlem".to_owned(),
    ];

    let mut probed = 0;
    for (method, pattern, probe) in TABLE {
        let senzer = match probe {
            OwnContent | OtherContent | OtherId(Role::Editor) => &mut senzer_editor,
            OtherId(Role::Advisor) | Nothing(Role::Advisor, _) => &mut senzer_advisor,
            OtherId(Role::Admin) | Nothing(Role::Admin, 200) | OwnOnly(Role::Admin) => {
                &mut senzer_admin
            }
            _ => &mut senzer_lead,
        };
        match probe {
            OtherId(_) => {
                let id = if pattern.contains("/vragen/") {
                    haarlem_question
                } else if pattern.contains("/voorstel/") {
                    haarlem_suggestion
                } else if pattern.contains("/accounts/") {
                    haarlem_admin
                } else if pattern.contains("/verdeling/") {
                    member
                } else {
                    report
                };
                let path = pattern
                    .replace("{lang}", "nl")
                    .replace("{id}", &id.to_string())
                    .replace("{day}", HAARLEM_CLOSING_DAY)
                    .replace("{n}", "1");
                if path.contains("{action}") {
                    for (action, form) in REPORT_ACTIONS {
                        let path = path.replace("{action}", action);
                        let status = senzer.post_form(&path, form).await.status().as_u16();
                        assert_eq!(status, 404, "POST {path}");
                        probed += 1;
                    }
                    continue;
                }
                let status = if *method == "GET" {
                    senzer.get(&path).await.status().as_u16()
                } else {
                    senzer
                        .post_form(&path, &[("present", "false")])
                        .await
                        .status()
                        .as_u16()
                };
                assert_eq!(status, 404, "{method} {path}");
            }
            Nothing(_, expected) => {
                let path = pattern.replace("{lang}", "nl");
                let response = senzer.get(&path).await;
                let status = response.status().as_u16();
                assert_eq!(status, *expected, "{method} {path}");
                let body = response.text().await.unwrap();
                for marker in &markers {
                    assert!(!body.contains(marker.as_str()), "{path} shows {marker}");
                }
                if path.ends_with(".csv") {
                    // Senzer's own reports only (the tip its lead entered above), never
                    // Haarlem's.
                    let own = crate::helpers::db::count(
                        &app.content.db,
                        "SELECT COUNT(*) FROM reports WHERE organisation = 'senzer'",
                    )
                    .await;
                    assert!(
                        body.contains(&format!("Meldingen ontvangen;;{own}")),
                        "Senzer's count: {body}"
                    );
                }
            }
            OwnOnly(_) => {
                let path = pattern.replace("{lang}", "nl");
                let today = chrono::Local::now().date_naive().to_string();
                let form: &[(&str, &str)] = match *pattern {
                    "/{lang}/team/accounts" => &[
                        ("email", "nieuw@senzer.example"),
                        ("name", "Nieuw"),
                        ("role", "intake"),
                    ],
                    // Off: on, it would send Senzer's lead to set up a second factor first.
                    "/{lang}/team/instellingen" => &[("require_totp", "false")],
                    // Another day than Haarlem's, which Senzer then tries to remove.
                    // A tip by phone about Senzer's own municipality.
                    "/{lang}/team/meldingen/nieuw" => &[
                        ("channel", "phone"),
                        ("received_on", today.as_str()),
                        ("kind", "work"),
                        ("contact", "no"),
                        ("gemeente", "helmond"),
                    ],
                    "/{lang}/team/sluitingsdagen" => {
                        &[("day", "2030-06-14"), ("reason", "Senzer dicht")]
                    }
                    _ => &[],
                };
                let status = senzer.post_form(&path, form).await.status().as_u16();
                assert!(status < 400, "{method} {path}: {status}");
            }
            OwnContent => {
                let path = content_path(pattern);
                if *method == "GET" {
                    let (own, mine) = haarlem_editor.page(&path).await;
                    assert_eq!(own, 200, "Haarlem's editor: GET {path}");
                    if CONTENT_MARKERS.iter().any(|m| mine.contains(m)) {
                        seen_by_haarlem += 1;
                    }
                    let (status, body) = senzer.page(&path).await;
                    assert_eq!(status, 200, "Senzer's editor: GET {path}");
                    for marker in markers
                        .iter()
                        .map(String::as_str)
                        .chain(CONTENT_MARKERS.iter().copied())
                    {
                        assert!(!body.contains(marker), "{path} shows {marker} to Senzer");
                    }
                } else {
                    // Senzer's own work under the same names: it succeeds, on Senzer's copy.
                    let status = senzer_content_post(senzer, &path).await;
                    assert!(status < 500, "{method} {path}: {status}");
                }
            }
            OtherContent => {
                let path = content_path(pattern);
                let status = if *method == "GET" {
                    senzer.get(&path).await.status().as_u16()
                } else {
                    senzer
                        .post_form(&path, &[("titel", "Senzer")])
                        .await
                        .status()
                        .as_u16()
                };
                assert_eq!(status, 404, "Senzer's editor: {method} {path}");
            }
            OwnCounts(expected) => {
                let path = pattern.replace("{lang}", "nl");
                let one_answer = "minder dan 10 (1)";
                let (status, body) = senzer.page(&path).await;
                assert_eq!(status, *expected, "{method} {path}");
                assert!(!body.contains(one_answer), "{path} shows Haarlem's count");
                let (_, own) = haarlem.page(&path).await;
                assert!(
                    own.contains(one_answer),
                    "Haarlem's lead sees its count: {}",
                    crate::helpers::html::text(&own)
                );
            }
            OwnSession => continue,
        }
        probed += 1;
    }
    assert!(probed >= 40, "{probed} probes");
    assert!(
        seen_by_haarlem >= 3,
        "Haarlem's own pages show its markers ({seen_by_haarlem}): the check can see them"
    );
    assert_eq!(
        content_before,
        haarlem_content_state(&mut haarlem_editor).await,
        "Senzer's editing changed nothing of Haarlem's content"
    );
    // Nothing Senzer did reached Haarlem: its report, members, settings and accounts.
    let after = haarlem_state(&mut haarlem, report).await;
    assert_eq!(before, after);
    let (_, accounts) = logged_in_at(&app, "haarlem.localhost", "beheer@haarlem.example")
        .await
        .page("/nl/team/accounts")
        .await;
    assert!(
        !accounts.contains("senzer.example"),
        "Senzer's accounts stay Senzer's"
    );
    assert!(accounts.contains("lid@haarlem.example"));
}

both_backends!(every_staff_route_keeps_organisations_apart);
