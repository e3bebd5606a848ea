use crate::{
    both_backends,
    helpers::{Backend, spawn_app},
};

both_backends!(
    every_response_has_security_headers,
    bodies_over_the_limit_are_refused
);

async fn every_response_has_security_headers(backend: Backend) {
    let app = spawn_app(backend).await;
    for path in [
        "/nl/",
        "/en/privacy",
        "/nl/bestaat-niet",
        "/",
        "/health",
        "/nl/zoeken?q=huur",
    ] {
        let response = app.get(path).await;
        let headers = response.headers();
        let csp = headers["content-security-policy"]
            .to_str()
            .unwrap()
            .to_owned();
        assert!(csp.contains("default-src 'self'"), "{path}: {csp}");
        assert!(csp.contains("frame-ancestors 'none'"), "{path}");
        assert!(csp.contains("object-src 'none'"), "{path}");
        let script_src = csp
            .split(';')
            .find(|d| d.trim().starts_with("script-src"))
            .unwrap();
        // Token by token: 'wasm-unsafe-eval' (needed to run the wasm) is a source of its own
        // and must not hide an 'unsafe-eval' beside it.
        let sources: Vec<&str> = script_src.split_whitespace().skip(1).collect();
        assert!(
            !sources.contains(&"'unsafe-inline'"),
            "{path}: {script_src}"
        );
        assert!(!sources.contains(&"'unsafe-eval'"), "{path}: {script_src}");
        assert!(
            sources.contains(&"'self'"),
            "{path}: the check reads a real script-src: {script_src}"
        );
        assert_eq!(headers["x-content-type-options"], "nosniff", "{path}");
        assert_eq!(headers["referrer-policy"], "no-referrer", "{path}");
        let permissions = headers["permissions-policy"].to_str().unwrap();
        assert!(permissions.contains("camera=()") && permissions.contains("geolocation=()"));
    }

    // Every inline script in a page is allowed by its hash, and nothing else is.
    for path in [
        "/nl/",
        "/nl/zoeken?q=werk",
        "/en/rechten-en-plichten/kostendeler",
    ] {
        let response = app.get(path).await;
        let csp = response.headers()["content-security-policy"]
            .to_str()
            .unwrap()
            .to_owned();
        let body = response.text().await.unwrap();
        let hashes = helder_server::middleware::security::inline_script_hashes(&body);
        assert!(
            !hashes.is_empty(),
            "{path} has inline scripts (Leptos' loader or resources)"
        );
        for hash in &hashes {
            assert!(
                csp.contains(&format!("'{hash}'")),
                "{path}: {hash} missing from {csp}"
            );
        }
        let allowed = csp.matches("'sha256-").count();
        assert_eq!(
            allowed,
            hashes.len(),
            "{path}: only the page's own scripts are allowed"
        );
    }
}

async fn bodies_over_the_limit_are_refused(backend: Backend) {
    let app = spawn_app(backend).await;
    let response = app
        .client
        .post(format!("{}/nl/", app.address))
        .body(vec![b'a'; 200 * 1024])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 413);
    assert!(
        response.headers().contains_key("content-security-policy"),
        "refusals carry the headers too"
    );
}

both_backends!(posts_are_rate_limited_per_client_with_a_translated_page);

async fn posts_are_rate_limited_per_client_with_a_translated_page(backend: Backend) {
    let app = spawn_app(backend).await;
    let post = |xff: &'static str, path: &'static str| {
        app.client
            .post(format!("{}{path}", app.address))
            .header("x-forwarded-for", xff)
            .form(&[("a", "b")])
            .send()
    };
    let mut statuses = Vec::new();
    for _ in 0..15 {
        statuses.push(
            post("203.0.113.10", "/ar/")
                .await
                .unwrap()
                .status()
                .as_u16(),
        );
    }
    let limited = statuses.iter().filter(|s| **s == 429).count();
    assert!(
        statuses[..10].iter().all(|s| *s != 429),
        "a burst of 10 passes: {statuses:?}"
    );
    assert!(limited >= 4, "then the client is limited: {statuses:?}");

    let page = post("203.0.113.10", "/ar/").await.unwrap();
    assert_eq!(page.status(), 429);
    assert_eq!(page.headers()["retry-after"], "60");
    let body = page.text().await.unwrap();
    assert!(
        body.contains(r#"lang="ar""#) && body.contains(r#"dir="rtl""#),
        "translated page"
    );
    assert!(body.contains("يرجى الانتظار"), "the Arabic text");

    // Another client behind the same trusted proxy has its own limit.
    assert_ne!(post("203.0.113.11", "/ar/").await.unwrap().status(), 429);
    // Reading is never limited: the very client that is limited for posts still reads.
    assert_eq!(post("203.0.113.10", "/ar/").await.unwrap().status(), 429);
    for path in ["/nl/", "/ar/", "/nl/zoeken?q=huur"] {
        assert_eq!(
            app.get_with(path, "x-forwarded-for", "203.0.113.10")
                .await
                .status(),
            200,
            "GET {path} from the limited client"
        );
    }
}
