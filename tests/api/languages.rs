use crate::{
    both_backends,
    helpers::{Backend, spawn_app},
};

both_backends!(
    root_redirects_by_accept_language,
    pages_render_in_their_language,
    unknown_paths_get_a_translated_404,
    switcher_keeps_the_page
);

fn html_lang(body: &str) -> Option<&str> {
    let start = body.find("<html")?;
    let tag = &body[start..start + body[start..].find('>')?];
    let lang = tag.find("lang=\"")? + 6;
    Some(&tag[lang..lang + tag[lang..].find('"')?])
}

fn h1(body: &str) -> String {
    let start = body
        .find("<h1")
        .and_then(|s| body[s..].find('>').map(|e| s + e + 1))
        .unwrap_or(0);
    let end = body[start..].find("</h1>").map_or(start, |e| start + e);
    body[start..end].trim().to_owned()
}

async fn root_redirects_by_accept_language(backend: Backend) {
    let app = spawn_app(backend).await;
    for (accept, target) in [
        (None, "/nl/"),
        (Some("nl-NL,nl;q=0.9,en;q=0.8"), "/nl/"),
        (Some("en-GB,en;q=0.9"), "/en/"),
        (Some("de-DE,de;q=0.9"), "/nl/"),
        (Some("fr;q=0.9, en;q=0.5"), "/en/"),
        (Some("%%garbage;;q=x"), "/nl/"),
    ] {
        let response = match accept {
            Some(value) => app.get_with("/", "accept-language", value).await,
            None => app.get("/").await,
        };
        assert_eq!(response.status(), 302, "{accept:?}");
        assert_eq!(response.headers()["location"], target, "{accept:?}");
        assert_eq!(response.headers()["vary"], "accept-language");
    }
}

async fn pages_render_in_their_language(backend: Backend) {
    let app = spawn_app(backend).await;
    let mut titles = Vec::new();
    for lang in ["nl", "en"] {
        for page in ["", "toegankelijkheid", "privacy"] {
            let response = app.get(&format!("/{lang}/{page}")).await;
            assert_eq!(response.status(), 200, "/{lang}/{page}");
            let body = response.text().await.unwrap();
            assert_eq!(html_lang(&body), Some(lang), "/{lang}/{page}");
            assert!(body.contains(r#"dir="ltr""#), "/{lang}/{page}");
            assert!(
                body.contains("Gemeente Testdorp"),
                "municipality name is shown"
            );
            assert!(body.contains(r##"<a href="#main" class="hl-skip-link">"##));
            assert!(body.contains(r#"id="main""#));
            assert!(
                body.contains(&format!(r#"href="/{lang}/toegankelijkheid""#)),
                "footer link"
            );
            assert!(
                body.contains(&format!(r#"href="/{lang}/privacy""#)),
                "footer link"
            );
            let heading = h1(&body);
            assert!(!heading.is_empty(), "/{lang}/{page} has an h1");
            titles.push(heading);
        }
    }
    // Dutch and English pages really differ.
    assert_ne!(titles[0], titles[3]);
    assert_eq!(titles[0], "Uw rechten en plichten bij een uitkering");
    assert_eq!(titles[3], "Your rights and duties with a benefit");
}

async fn unknown_paths_get_a_translated_404(backend: Backend) {
    let app = spawn_app(backend).await;
    let (status, nl) = app.page("/nl/bestaat-niet").await;
    assert_eq!(status, 404);
    assert_eq!(html_lang(&nl), Some("nl"));
    assert_eq!(h1(&nl), "Pagina niet gevonden");

    let (status, en) = app.page("/en/does-not-exist/deeper").await;
    assert_eq!(status, 404);
    assert_eq!(html_lang(&en), Some("en"));
    assert_eq!(h1(&en), "Page not found");

    // An unknown language: the 404 speaks the browser's language, Dutch by default.
    let xx = app.get("/xx/").await;
    assert_eq!(xx.status(), 404);
    assert_eq!(h1(&xx.text().await.unwrap()), "Pagina niet gevonden");
    let xx_en = app.get_with("/xx/privacy", "accept-language", "en").await;
    assert_eq!(xx_en.status(), 404);
    let xx_en = xx_en.text().await.unwrap();
    assert_eq!(html_lang(&xx_en), Some("en"));
    assert_eq!(h1(&xx_en), "Page not found");

    let odd = app.get("/nl/%FF%FE/..%2F..%2Fetc%2Fpasswd").await;
    assert_eq!(odd.status(), 404);
}

async fn switcher_keeps_the_page(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, body) = app.page("/nl/privacy").await;
    assert!(
        body.contains(r#"href="/en/privacy""#),
        "switcher links to the same page in English"
    );
    assert!(body.contains(r#"aria-current="true""#));
    let (_, body) = app.page("/en/toegankelijkheid").await;
    assert!(body.contains(r#"href="/nl/toegankelijkheid""#));
}
