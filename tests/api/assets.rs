use crate::{
    both_backends,
    helpers::{Backend, spawn_app},
};

both_backends!(stylesheet_is_hashed_cached_and_compressed);

async fn stylesheet_is_hashed_cached_and_compressed(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, body) = app.page("/nl/").await;
    let start = body.find("/assets/helder.").expect("stylesheet link");
    let href = &body[start..start + body[start..].find('"').unwrap()];
    assert!(href.ends_with(".css"));
    let hash = href
        .trim_start_matches("/assets/helder.")
        .trim_end_matches(".css");
    assert_eq!(hash.len(), 16, "content hash in the name: {href}");

    let css = app.get_with(href, "accept-encoding", "gzip").await;
    assert_eq!(css.status(), 200);
    assert_eq!(
        css.headers()["cache-control"],
        "public, max-age=31536000, immutable"
    );
    assert_eq!(css.headers()["content-encoding"], "gzip");
    assert!(
        css.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/css")
    );

    let page = app.get_with("/nl/", "accept-encoding", "br").await;
    assert_eq!(page.headers()["content-encoding"], "br");

    app.get_expect("/assets/helder.0000000000000000.css", 404)
        .await;
    assert_eq!(
        app.get("/pkg/helder.js").await.status(),
        404,
        "only hashed names are served"
    );
}

both_backends!(without_a_bundle_pages_are_served_without_hydration);

async fn without_a_bundle_pages_are_served_without_hydration(backend: Backend) {
    let empty = tempfile::tempdir().unwrap();
    let site_root = empty.path().to_str().unwrap();
    let mut app = crate::helpers::spawn_binary(backend, &[("HELDER_SITE_ROOT", site_root)]).await;
    let body = reqwest::get(format!("{}/nl/", app.address))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(body.contains("<h1"), "the SSR page is complete");
    assert!(
        !body.contains("/pkg/"),
        "no hydration script points at a missing bundle"
    );
    assert!(!body.contains("modulepreload"));
    app.stop().await;
    assert!(
        app.logs().contains("no wasm bundle found"),
        "a warning says why:\n{}",
        app.logs()
    );
}

#[test]
fn help_lists_every_setting() {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_helder"))
        .arg("--help")
        .output()
        .expect("run helder --help");
    assert!(output.status.success());
    let help = String::from_utf8_lossy(&output.stdout);
    for setting in [
        "HELDER_ADDR",
        "HELDER_DATA_DIR",
        "DATABASE_URL",
        "HELDER_SITE_ROOT",
        "HELDER_TRUSTED_PROXIES",
        "HELDER_MUNICIPALITY",
        "HELDER_LOG",
        "HELDER_LOG_FORMAT",
        "serve",
        "migrate",
    ] {
        assert!(help.contains(setting), "--help mentions {setting}:\n{help}");
    }
}
