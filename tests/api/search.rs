use crate::{
    both_backends,
    helpers::{Backend, spawn_app},
};

both_backends!(
    search_finds_pages_in_the_readers_language,
    empty_and_junk_queries_get_help,
    a_failing_search_says_so_with_503
);

async fn search_finds_pages_in_the_readers_language(backend: Backend) {
    let app = spawn_app(backend).await;
    let (status, nl) = app.page("/nl/zoeken?q=huisbezoek").await;
    assert_eq!(status, 200);
    assert!(
        nl.contains(r#"<ol class="hl-results">"#),
        "results are listed"
    );
    assert!(
        nl.contains("/nl/rechten-en-plichten/medewerking-huisbezoek"),
        "the home-visit page is found"
    );
    assert!(nl.contains("<mark>"), "matches are highlighted");
    // A word only in pages' text (no title has it) is highlighted in the text's snippet.
    let (_, rent) = app.page("/nl/zoeken?q=huur").await;
    assert!(
        rent.contains("<mark>huur"),
        "the text's snippet is highlighted: {rent}"
    );

    let (_, en) = app.page("/en/zoeken?q=savings").await;
    assert!(
        en.contains("/en/rechten-en-plichten/vermogen"),
        "English search finds the English page"
    );
    assert!(
        !en.contains("/nl/rechten-en-plichten/"),
        "only pages in the reader's language"
    );

    // Highlighting cannot smuggle markup in: the query is shown escaped.
    let xss = app
        .get("/nl/zoeken?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E")
        .await;
    assert_eq!(xss.status(), 200);
    let xss = xss.text().await.unwrap();
    assert!(!xss.contains("<script>alert(1)"), "query is escaped");
}

async fn empty_and_junk_queries_get_help(backend: Backend) {
    let app = spawn_app(backend).await;
    for query in [
        "",
        "%20%20",
        "%22%2A%29%28",
        "OR%20AND%20NOT",
        "%F0%9F%98%80",
        "NEAR(a%20b)",
        "a%22b",
        "%27%3B--",
    ] {
        let response = app.get(&format!("/nl/zoeken?q={query}")).await;
        assert_eq!(response.status(), 200, "q={query}");
        let body = response.text().await.unwrap();
        assert!(body.contains("<h1"), "q={query}");
        assert!(
            body.contains("Tips") || body.contains("hl-results"),
            "q={query}: a helpful page, not an error"
        );
    }
    let long = "a".repeat(5000);
    assert_eq!(app.get(&format!("/nl/zoeken?q={long}")).await.status(), 200);
    assert_eq!(app.get("/nl/zoeken").await.status(), 200, "no query at all");
}

async fn a_failing_search_says_so_with_503(backend: Backend) {
    let app = spawn_app(backend).await;
    assert_eq!(app.get("/nl/zoeken?q=huur").await.status(), 200);
    // The storage goes away: the page must say so, not claim that nothing was found.
    app.content.db.close().await;
    let response = app.get("/nl/zoeken?q=huur").await;
    assert_eq!(response.status(), 503);
    let body = response.text().await.unwrap();
    assert!(body.contains("Zoeken lukt nu niet"), "{body}");
    assert!(
        !body.contains("Geen resultaten"),
        "not presented as an empty result"
    );
}
