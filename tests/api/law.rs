//! Content that is right under the law (issue 15): Helder's texts for the law of 1 January 2027
//! publish themselves at their time; pages record their legal basis and show readers when they
//! were checked; translations wait for a native speaker's check; a page without a translation
//! keeps its reader in their language; the results of the checks are public without small
//! counts.

use crate::{
    both_backends,
    helpers::{
        Backend,
        db::{count, default_org, execute, new_report, store_report},
        spawn_app,
        staff::{PUBLISHER, StaffClient},
    },
};
use chrono::{Datelike, Duration, Local, TimeZone, Utc};
use helder_app::i18n::t;
use helder_domain::{
    languages::Language,
    queue::{Outcome, Status},
    staff::Role,
};
use helder_server::content::{
    scheduled::publish_scheduled_at,
    seed::{SeedPage, Shipped},
};

both_backends!(
    the_2027_versions_publish_themselves_at_their_time,
    a_page_staff_made_their_own_gets_no_2027_text,
    pages_show_when_they_were_checked_and_editors_keep_the_law,
    translations_wait_for_a_native_speaker,
    a_page_without_translation_keeps_readers_in_their_language,
    the_results_of_the_checks_are_public_without_small_counts
);

const LATER: &str = "slug IN ('inkomen', 'werkuren', 'werk-aannemen')";

async fn the_2027_versions_publish_themselves_at_their_time(backend: Backend) {
    let app = spawn_app(backend).await;
    let db = &app.content.db;
    // Seeding scheduled Helder's texts for 1 January 2027 (00:00 in the Netherlands is
    // 23:00 UTC the day before), three pages in all eight languages.
    let scheduled = format!(
        "SELECT COUNT(*) FROM content_translations WHERE draft_state = 'scheduled' \
         AND scheduled_by = 'Helder' AND scheduled_by_id IS NULL AND {LATER}"
    );
    assert_eq!(count(db, &scheduled).await, 24);
    let (_, before) = app.page("/nl/rechten-en-plichten/inkomen").await;
    assert!(!before.contains("15 procent"), "today's law until then");
    let mut piet = StaffClient::signed_in(&app, "piet@gemeente.nl", PUBLISHER).await;
    let (_, doc) = piet.page("/nl/team/inhoud/inkomen/nl").await;
    assert!(
        doc.contains("Gepland") && doc.contains("Helder"),
        "editors see it planned, by Helder"
    );

    let new_year = Utc.with_ymd_and_hms(2026, 12, 31, 23, 0, 0).unwrap();
    let early = publish_scheduled_at(&app.content, new_year - Duration::seconds(1))
        .await
        .unwrap();
    assert_eq!(early, 0, "nothing goes live a second early");
    let published = publish_scheduled_at(&app.content, new_year).await.unwrap();
    assert_eq!(published, 24);
    let (_, dutch) = app.page("/nl/rechten-en-plichten/inkomen").await;
    assert!(dutch.contains("15 procent"), "the 2027 text is public");
    let (_, english) = app.page("/en/rechten-en-plichten/inkomen").await;
    assert!(english.contains("15 percent"));
    assert!(
        !english.contains(&t(
            Language::from_code("en").unwrap(),
            "translation-outdated"
        )),
        "the translation went live with its Dutch text, so it is not behind"
    );
    let audited = "SELECT COUNT(*) FROM audit_log WHERE action = 'content_published_scheduled' \
                   AND actor = 'Helder'";
    assert_eq!(count(db, audited).await, 24);
    assert_eq!(count(db, &scheduled).await, 0);

    // A restart on 1 January finds the 2027 files due: the published text is the shipped
    // text, so nothing is written again and nothing is scheduled.
    let shipped = Shipped::at(SeedPage::all().unwrap(), new_year + Duration::hours(1));
    let again = db
        .seed_content(&default_org(), &shipped.current)
        .await
        .unwrap();
    assert_eq!(
        (again.inserted, again.updated, again.kept_edited),
        (0, 0, 0)
    );
    assert!(shipped.scheduled.is_empty());
    let versions = "SELECT COUNT(*) FROM content_versions WHERE slug = 'inkomen' AND lang = 'nl'";
    assert_eq!(count(db, versions).await, 2);
}

async fn a_page_staff_made_their_own_gets_no_2027_text(backend: Backend) {
    let app = spawn_app(backend).await;
    let db = &app.content.db;
    // As if staff had published their own Dutch werkuren before Helder shipped its 2027 text.
    execute(
        db,
        "UPDATE content_translations SET draft_version_id = NULL, draft_state = NULL, \
         publish_at = NULL, scheduled_by = NULL, scheduled_seed_hash = NULL WHERE slug = 'werkuren'",
    )
    .await;
    execute(
        db,
        "UPDATE content_translations SET origin = 'edited' WHERE slug = 'werkuren' AND lang = 'nl'",
    )
    .await;
    let shipped = Shipped::load(Utc::now()).unwrap();
    let report = db
        .seed_scheduled(&default_org(), &shipped.scheduled)
        .await
        .unwrap();
    assert_eq!(
        report.scheduled, 0,
        "inkomen and werk-aannemen were scheduled already"
    );
    assert_eq!(
        report.kept_edited, 8,
        "werkuren in all 8 languages: staff keep the Dutch text, and the translations wait with it"
    );
    let scheduled = "SELECT COUNT(*) FROM content_translations WHERE slug = 'werkuren' \
                     AND draft_state = 'scheduled'";
    assert_eq!(count(db, scheduled).await, 0);
}

async fn pages_show_when_they_were_checked_and_editors_keep_the_law(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, page) = app.page("/nl/rechten-en-plichten/kostendeler").await;
    assert!(
        page.contains("Gecontroleerd op \u{2068}06-12-2026\u{2069}."),
        "readers see the check date"
    );
    let (_, english) = app.page("/en/rechten-en-plichten/kostendeler").await;
    assert!(english.contains("Checked against the law on \u{2068}06-12-2026\u{2069}."));

    let mut anna = StaffClient::signed_in(&app, "anna@gemeente.nl", Role::Editor).await;
    let (_, doc) = anna.page("/nl/team/inhoud/kostendeler/nl").await;
    assert!(
        doc.contains("Participatiewet art. 17 lid 1, 19a, 22a"),
        "the legal basis"
    );
    assert!(
        doc.contains("schriftelijke overeenkomst"),
        "the page's sources from sources.md, for editors"
    );

    let path = "/nl/team/inhoud/kostendeler/nl/wettelijke-basis";
    let tomorrow = (Local::now().date_naive() + Duration::days(1)).to_string();
    let refused = anna
        .post_form(
            path,
            &[
                ("basis", "Pw"),
                ("gecontroleerd", &tomorrow),
                ("bronnen", ""),
            ],
        )
        .await;
    assert_eq!(refused.status(), 422, "a check date in the future");
    assert!(
        refused
            .text()
            .await
            .unwrap()
            .contains("niet later dan vandaag")
    );

    let yesterday = Local::now().date_naive() - Duration::days(1);
    let saved = anna
        .post_form(
            path,
            &[
                ("basis", "Participatiewet art. 19a (getest)"),
                ("gecontroleerd", &yesterday.to_string()),
                ("bronnen", "Nagelezen op wetten.overheid.nl."),
            ],
        )
        .await;
    assert_eq!(saved.status(), 303);
    let (_, page) = app.page("/nl/rechten-en-plichten/kostendeler").await;
    let shown = yesterday.format("%d-%m-%Y").to_string();
    assert!(page.contains(&shown), "readers see the new date at once");
    let db = &app.content.db;
    let audited = "SELECT COUNT(*) FROM audit_log WHERE action = 'content_law_changed'";
    assert_eq!(count(db, audited).await, 1);
    // A restart keeps staff's own notes.
    helder_server::content::seed(db, &[default_org()])
        .await
        .unwrap();
    let law = db
        .page_law(&default_org(), "kostendeler")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(law.legal_basis, "Participatiewet art. 19a (getest)");
    // Only on the Dutch page.
    let other = anna
        .post_form(
            "/nl/team/inhoud/kostendeler/en/wettelijke-basis",
            &[("basis", "x")],
        )
        .await;
    assert_eq!(other.status(), 404);
}

async fn translations_wait_for_a_native_speaker(backend: Backend) {
    let app = spawn_app(backend).await;
    let db = &app.content.db;
    let mut anna = StaffClient::signed_in(&app, "anna@gemeente.nl", Role::Editor).await;
    let unchecked = count(
        db,
        "SELECT COUNT(*) FROM content_translations WHERE lang <> 'nl' AND published = TRUE",
    )
    .await;
    assert!(
        unchecked > 200,
        "{unchecked}: every shipped translation waits for a check"
    );
    let (_, overview) = anna.page("/nl/team/inhoud?moedertaal=nee").await;
    assert!(overview.contains(&format!(
        "Niet nagekeken door een moedertaalspreker: {unchecked}."
    )));
    assert!(overview.contains("/nl/team/inhoud/kostendeler/ar"));
    assert!(cell(&overview, "kostendeler/ar").contains("Niet nagekeken door moedertaalspreker"));

    let path = "/nl/team/inhoud/kostendeler/ar/moedertaal";
    let no_name = anna
        .post_form(path, &[("gepubliceerd", "1"), ("naam", " ")])
        .await;
    assert_eq!(no_name.status(), 422);
    let stale = anna
        .post_form(path, &[("gepubliceerd", "7"), ("naam", "Samira")])
        .await;
    assert_eq!(
        stale.status(),
        409,
        "only the published version can be checked"
    );
    let done = anna
        .post_form(path, &[("gepubliceerd", "1"), ("naam", "Samira")])
        .await;
    assert_eq!(done.status(), 303);
    let (_, doc) = anna.page("/nl/team/inhoud/kostendeler/ar").await;
    assert!(doc.contains("nagekeken door Samira"), "who checked it");
    let (_, overview) = anna.page("/nl/team/inhoud").await;
    assert!(!cell(&overview, "kostendeler/ar").contains("Niet nagekeken"));
    assert!(cell(&overview, "kostendeler/fa").contains("Niet nagekeken"));
    let audited = "SELECT COUNT(*) FROM audit_log WHERE action = 'content_native_checked'";
    assert_eq!(count(db, audited).await, 1);
    let dutch = anna
        .post_form(
            "/nl/team/inhoud/kostendeler/nl/moedertaal",
            &[("gepubliceerd", "1"), ("naam", "X")],
        )
        .await;
    assert_eq!(dutch.status(), 404, "the Dutch text is the original");

    // A new published version of the translation needs a new check.
    execute(
        db,
        "UPDATE content_versions SET native_checked_by = NULL WHERE slug = 'kostendeler' AND lang = 'ar'",
    )
    .await;
    let (_, overview) = anna.page("/nl/team/inhoud").await;
    assert!(cell(&overview, "kostendeler/ar").contains("Niet nagekeken"));
}

/// The overview's cell for `slug/lang`: from its link to the end of the cell.
fn cell<'a>(overview: &'a str, slug_lang: &str) -> &'a str {
    let start = overview
        .find(&format!("href=\"/nl/team/inhoud/{slug_lang}\""))
        .unwrap_or_else(|| panic!("no cell for {slug_lang}"));
    let rest = &overview[start..];
    &rest[..rest.find("</td>").unwrap_or(rest.len())]
}

async fn a_page_without_translation_keeps_readers_in_their_language(backend: Backend) {
    let app = spawn_app(backend).await;
    execute(
        &app.content.db,
        "UPDATE content_translations SET published = FALSE WHERE slug = 'vakantie-buitenland' AND lang = 'so'",
    )
    .await;
    app.content.reload().await.unwrap();
    let somali = Language::from_code("so").unwrap();
    let (status, page) = app
        .page("/so/rechten-en-plichten/vakantie-buitenland")
        .await;
    assert_eq!(status, 200);
    assert!(
        page.contains(&t(somali, "translation-missing")),
        "the notice in Somali"
    );
    let article = &page[page.find("<article").unwrap()..page.find("</article>").unwrap()];
    assert!(
        article.contains("lang=\"nl\""),
        "the text is marked as Dutch"
    );
    assert!(
        article.contains("href=\"/so/rechten-en-plichten/"),
        "its links lead to the Somali pages"
    );
    assert!(
        !article.contains("href=\"/nl/"),
        "no link inside leads to Dutch pages"
    );

    let (status, found) = app.page("/so/zoeken?q=vakantie").await;
    assert_eq!(status, 200);
    assert!(
        found.contains("/so/rechten-en-plichten/vakantie-buitenland"),
        "the Somali search finds the page shown in Dutch"
    );
}

async fn the_results_of_the_checks_are_public_without_small_counts(backend: Backend) {
    let app = spawn_app(backend).await;
    let db = &app.content.db;
    let last_year = Local::now().year() - 1;
    let day = Local
        .with_ymd_and_hms(last_year, 6, 1, 12, 0, 0)
        .earliest()
        .unwrap()
        .with_timezone(&Utc);
    // Seven reports last year: five repaid after an investigation, two without consequences.
    for n in 0..7 {
        let outcome = if n < 5 {
            Outcome::Repayment
        } else {
            Outcome::NoAction
        };
        crate::statistics::report(db, day, &["work"], Status::Closed, Some(outcome), Some(1.0))
            .await;
    }
    store_report(db, &new_report("nl", &["work"])).await;
    let response = app
        .get("/nl/rechten-en-plichten/resultaten-controles")
        .await;
    assert_eq!(response.status(), 200);
    assert_eq!(
        response
            .headers()
            .get("cache-control")
            .and_then(|v| v.to_str().ok()),
        Some("no-store"),
        "counted figures are never kept in the page cache"
    );
    let html = response.text().await.unwrap();
    // A table row's text by its first cell.
    let row = |label: &str| -> String {
        html.split("<tr>")
            .map(|r| crate::helpers::html::text(r.split("</tr>").next().unwrap_or_default()))
            .find(|r| r.starts_with(label))
            .unwrap_or_else(|| panic!("no row {label}"))
    };
    let page = crate::helpers::html::text(&html);
    assert_eq!(row(&last_year.to_string()), format!("{last_year} 7 5 71%"));
    // Columns: this year so far, last year, the year before.
    assert_eq!(
        row("Geld terugbetalen"),
        "Geld terugbetalen minder dan 5 5 minder dan 5"
    );
    assert_eq!(
        row("Geen gevolgen"),
        "Geen gevolgen minder dan 5 minder dan 5 minder dan 5",
        "two is shown as fewer than five"
    );
    assert!(page.contains(&format!("{} (tot nu toe)", Local::now().year())));
    assert!(!page.to_lowercase().contains("fraude"));
    // Every language has the page.
    for lang in ["en", "ar", "so"] {
        let (status, _) = app
            .page(&format!("/{lang}/rechten-en-plichten/resultaten-controles"))
            .await;
        assert_eq!(status, 200, "{lang}");
    }
}
