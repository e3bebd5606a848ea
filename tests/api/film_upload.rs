//! Communicatie staff upload films: a real WebM with Dutch captions and a poster plays on the
//! public page with its captions, served with byte ranges under generated names; wrong types,
//! broken captions, too-large files, a missing or wrong CSRF token and the wrong role are
//! refused with a clear message and nothing is stored; replacing the video keeps the history.

use crate::{
    both_backends,
    helpers::{
        Backend, PostsForms, TestApp,
        db::count,
        html::attr_after,
        spawn_app, spawn_app_with,
        staff::{Grants, PUBLISHER, StaffClient},
    },
};
use helder_domain::staff::Role;
use reqwest::multipart::{Form, Part};

both_backends!(
    an_uploaded_film_plays_with_captions_and_keeps_its_history,
    wrong_files_are_refused_with_a_message,
    films_over_the_limit_are_refused_with_413,
    uploads_without_the_right_token_store_nothing,
    only_editors_manage_films,
    a_large_refused_upload_still_gets_its_page,
);

const WEBM: &[u8] = include_bytes!("../../app/src/films/media/wat-moet-ik-doorgeven.webm");
const MP4: &[u8] = include_bytes!("../../app/src/films/media/wat-moet-ik-doorgeven.mp4");
const JPG: &[u8] = include_bytes!("../../app/src/films/media/wat-moet-ik-doorgeven.jpg");
const VTT: &[u8] = include_bytes!("../../app/src/films/media/wat-moet-ik-doorgeven.nl.vtt");

fn media_files(app: &TestApp) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(app.data_dir.path().join("media"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn file(bytes: &[u8], name: &str, mime: &str) -> Part {
    Part::bytes(bytes.to_vec())
        .file_name(name.to_owned())
        .mime_str(mime)
        .unwrap()
}

/// A form that starts with the staff member's token, as every film form does.
fn with_token(staff: &StaffClient) -> Form {
    Form::new().text("csrf", staff.csrf().to_owned())
}

/// The new-film form as a browser sends it: the CSRF token first, then the texts, then files.
fn new_film(csrf: &str, slug: &str, video: Part, captions: Part) -> Form {
    Form::new()
        .text("csrf", csrf.to_owned())
        .text("slug", slug.to_owned())
        .text("title", "Uw geld en uw rechten")
        .text("summary", "Een korte film over wat u moet doorgeven.")
        .text("topic", "inlichtingenplicht")
        .text("transcript", "Eerste alinea.\r\n\r\nTweede alinea.")
        .part("video", video)
        .part("poster", file(JPG, "plaatje.jpg", "image/jpeg"))
        .part("captions", captions)
}

/// A small video and Dutch captions, as most uploads send them.
pub(crate) fn webm() -> Part {
    file(WEBM, "film.webm", "video/webm")
}

pub(crate) fn vtt() -> Part {
    file(VTT, "nl.vtt", "text/vtt")
}

/// Sends the new-film form with the staff member's own token.
pub(crate) async fn upload(
    staff: &mut StaffClient,
    slug: &str,
    video: Part,
    captions: Part,
) -> reqwest::Response {
    let csrf = staff.csrf().to_owned();
    staff
        .post_multipart(
            "/nl/team/films/nieuw",
            new_film(&csrf, slug, video, captions),
        )
        .await
}

/// An editor on the new-film form (which sets the token), and the media files before any
/// upload.
async fn editor_on_the_form(app: &TestApp) -> (StaffClient, Vec<String>) {
    let mut editor = StaffClient::signed_in(app, "redactie@gemeente.nl", Role::Editor).await;
    let before = media_files(app);
    editor.page("/nl/team/films/nieuw").await;
    (editor, before)
}

/// Asserts a refusal: its status, and the message on the page; the page.
async fn refused(response: reqwest::Response, status: u16, message: &str) -> String {
    assert_eq!(response.status(), status);
    let body = response.text().await.unwrap();
    assert!(body.contains(message), "{body}");
    body
}

fn generated(name: &str) -> bool {
    let (stem, ext) = name.split_once('.').unwrap_or_default();
    stem.len() == 32
        && stem
            .bytes()
            .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
        && ["webm", "mp4", "jpg", "png", "webp", "vtt"].contains(&ext)
}

async fn an_uploaded_film_plays_with_captions_and_keeps_its_history(backend: Backend) {
    let app = spawn_app(backend).await;
    // The topic page is cached before the film exists; the upload must make it stale.
    let topic = app.get("/nl/rechten-en-plichten/inlichtingenplicht").await;
    assert!(
        !topic
            .text()
            .await
            .unwrap()
            .contains("/nl/films/geld-en-rechten")
    );

    let mut editor = StaffClient::signed_in(&app, "redactie@gemeente.nl", Role::Editor).await;
    let (status, form) = editor.page("/nl/team/films/nieuw").await;
    assert_eq!(status, 200);
    assert!(form.contains(r#"enctype="multipart/form-data""#));
    for name in [
        "slug",
        "title",
        "summary",
        "transcript",
        "video",
        "poster",
        "captions",
    ] {
        assert!(form.contains(&format!(r#"name="{name}""#)), "{name}");
        assert!(
            form.contains(&format!(r#"for="{name}""#)),
            "label for {name}"
        );
    }
    let csrf_at = form.find(r#"name="csrf""#).unwrap();
    assert!(
        csrf_at < form.find(r#"name="video""#).unwrap(),
        "token before the files"
    );

    let response = upload(
        &mut editor,
        "geld-en-rechten",
        file(WEBM, "Mijn film (definitief).webm", "video/webm"),
        file(VTT, "ondertiteling.vtt", "text/vtt"),
    )
    .await;
    assert_eq!(response.status(), 303, "{}", response.text().await.unwrap());
    assert_eq!(
        response.headers()["location"],
        "/nl/team/films/geld-en-rechten?klaar=aangemaakt"
    );

    // Stored under generated names only.
    for name in media_files(&app) {
        assert!(generated(&name), "{name}");
    }
    let db = &app.content.db;
    assert_eq!(
        count(
            db,
            "SELECT COUNT(*) FROM film_files WHERE slug = 'geld-en-rechten' AND replaced_at IS NULL"
        )
        .await,
        3
    );
    assert_eq!(
        count(
            db,
            "SELECT COUNT(*) FROM audit_log WHERE action = 'film_uploaded'"
        )
        .await,
        1
    );

    let page = app.get("/nl/films/geld-en-rechten").await;
    assert_eq!(page.status(), 200);
    let html = page.text().await.unwrap();
    assert!(html.contains("<video"), "a player");
    assert!(html.contains("Uw geld en uw rechten"));
    assert!(html.contains("Tweede alinea."), "the transcript");
    let track = attr_after(&html, "<track", "src");
    assert!(
        track.starts_with("/media/") && track.ends_with(".vtt"),
        "{track}"
    );
    assert!(html.contains(r#"srclang="nl""#));
    let poster = attr_after(&html, "<video", "poster");
    assert!(
        poster.starts_with("/media/") && poster.ends_with(".jpg"),
        "{poster}"
    );
    let webm = attr_after(&html, "<source", "src");
    assert!(webm.ends_with(".webm"), "{webm}");

    let captions = app.get(&track).await;
    assert_eq!(captions.status(), 200);
    assert!(
        captions.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/vtt")
    );
    assert!(captions.text().await.unwrap().starts_with("WEBVTT"));

    let part = app.get_with(&webm, "range", "bytes=0-99").await;
    assert_eq!(part.status(), 206);
    assert_eq!(part.headers()["content-type"], "video/webm");
    assert_eq!(part.headers()["x-content-type-options"], "nosniff");
    assert_eq!(
        part.headers()["content-range"],
        format!("bytes 0-99/{}", WEBM.len())
    );
    assert!(
        part.headers()["cache-control"]
            .to_str()
            .unwrap()
            .contains("max-age")
    );
    assert_eq!(part.bytes().await.unwrap().as_ref(), &WEBM[..100]);

    // Nothing outside the folder, nothing not generated.
    for path in [
        "/media/..%2Fhelder.db",
        "/media/helder.db",
        "/media/00000000000000000000000000000000.webm",
    ] {
        assert_eq!(app.get(path).await.status(), 404, "{path}");
    }

    // The topic page now links to the film (the page cache dropped the old page).
    let topic = app.get("/nl/rechten-en-plichten/inlichtingenplicht").await;
    let topic = topic.text().await.unwrap();
    assert!(topic.contains("/nl/films/geld-en-rechten"));

    // Replacing the video keeps the old file as history.
    editor.page("/nl/team/films/geld-en-rechten").await;
    let response = editor
        .post_multipart(
            "/nl/team/films/geld-en-rechten/video",
            with_token(&editor).part("video", file(MP4, "nieuw.mp4", "video/mp4")),
        )
        .await;
    assert_eq!(response.status(), 303);
    let done = response.headers()["location"].to_str().unwrap().to_owned();
    assert_eq!(
        count(
            db,
            "SELECT COUNT(*) FROM film_files WHERE slug = 'geld-en-rechten' AND kind = 'video'"
        )
        .await,
        2
    );
    assert_eq!(
        count(
            db,
            "SELECT COUNT(*) FROM film_files WHERE slug = 'geld-en-rechten' AND kind = 'video' \
             AND replaced_at IS NOT NULL"
        )
        .await,
        1
    );
    let (_, html) = app.page("/nl/films/geld-en-rechten").await;
    let source = attr_after(&html, "<source", "src");
    assert!(source.ends_with(".mp4"), "{source}");
    assert!(!html.contains(&webm), "the old video is no longer played");
    assert_eq!(app.get(&webm).await.status(), 200, "but kept");
    let (status, details) = editor.page(&done).await;
    assert_eq!(status, 200);
    assert!(
        details.contains("Vervangen op"),
        "the history shows the old video"
    );
    assert!(details.contains("De film is vervangen."));

    // English captions and text.
    let en_vtt: &[u8] = include_bytes!("../../app/src/films/media/wat-moet-ik-doorgeven.en.vtt");
    let response = editor
        .post_multipart(
            "/nl/team/films/geld-en-rechten/ondertiteling",
            with_token(&editor)
                .text("captions_lang", "en")
                .part("captions", file(en_vtt, "en.vtt", "text/vtt")),
        )
        .await;
    assert_eq!(response.status(), 303);
    editor
        .post_expect(
            "/nl/team/films/geld-en-rechten/tekst",
            &[
                ("text_lang", "en"),
                ("title", "Your money and your rights"),
                ("summary", "A short film."),
                ("transcript", "First paragraph."),
            ],
            303,
        )
        .await;
    let (_, html) = app.page("/en/films/geld-en-rechten").await;
    assert!(html.contains("Your money and your rights"));
    assert!(html.contains(r#"srclang="en""#));
    assert!(
        count(
            db,
            "SELECT COUNT(*) FROM audit_log WHERE action LIKE 'film\\_%' ESCAPE '\\'"
        )
        .await
            >= 4,
        "every change is in the audit log"
    );
}

async fn wrong_files_are_refused_with_a_message(backend: Backend) {
    let app = spawn_app(backend).await;
    let (mut editor, before) = editor_on_the_form(&app).await;
    let response = upload(
        &mut editor,
        "nep-film",
        file(
            b"Dit is gewoon tekst, geen film.\n",
            "film.webm",
            "video/webm",
        ),
        vtt(),
    )
    .await;
    let body = refused(response, 415, "Dit bestand is geen film").await;
    assert!(body.contains("hl-error-summary"));
    assert!(
        body.contains(r#"value="nep-film""#),
        "what was typed is kept"
    );

    let broken = "WEBVTT\n\n1\n00:00:05.000 --> 00:00:02.000\nTerug in de tijd\n";
    let response = upload(
        &mut editor,
        "nep-film",
        webm(),
        file(broken.as_bytes(), "nl.vtt", "text/vtt"),
    )
    .await;
    assert_eq!(response.status(), 422);
    let body = response.text().await.unwrap();
    assert!(body.contains("Regel 4"), "the problem names its line");

    assert_eq!(media_files(&app), before, "nothing stored");
    assert_eq!(
        count(
            &app.content.db,
            "SELECT COUNT(*) FROM films WHERE slug = 'nep-film'"
        )
        .await,
        0
    );
}

async fn films_over_the_limit_are_refused_with_413(backend: Backend) {
    let app = spawn_app_with(backend, |s| s.film_max_mb = 1).await;
    let (mut editor, before) = editor_on_the_form(&app).await;
    let mut big = WEBM[..64].to_vec();
    big.resize(1024 * 1024 + 512 * 1024, 0);
    let response = upload(
        &mut editor,
        "te-grote-film",
        file(&big, "groot.webm", "video/webm"),
        vtt(),
    )
    .await;
    let body = refused(response, 413, "Het bestand is te groot").await;
    assert!(body.contains("1.0 MB"));
    assert_eq!(
        media_files(&app),
        before,
        "nothing stored, no half file left"
    );
}

async fn uploads_without_the_right_token_store_nothing(backend: Backend) {
    let app = spawn_app(backend).await;
    let (mut editor, before) = editor_on_the_form(&app).await;
    let csrf = editor.csrf().to_owned();
    let forms = [
        // No token at all.
        Form::new()
            .text("slug", "zonder-token")
            .part("video", webm())
            .part("captions", vtt()),
        // A wrong token.
        new_film("verkeerd", "verkeerd-token", webm(), vtt()),
        // The right token, but after the file.
        Form::new()
            .part("video", webm())
            .text("csrf", csrf.clone())
            .text("slug", "token-te-laat"),
    ];
    for form in forms {
        let response = editor.post_multipart("/nl/team/films/nieuw", form).await;
        assert_eq!(response.status(), 403);
    }
    let response = editor
        .post_multipart(
            "/nl/team/films/wat-moet-ik-doorgeven/video",
            Form::new().text("csrf", "verkeerd").part("video", webm()),
        )
        .await;
    assert_eq!(response.status(), 403);
    assert_eq!(media_files(&app), before, "nothing stored");
    assert_eq!(
        count(&app.content.db, "SELECT COUNT(*) FROM films").await,
        2
    );
    assert_eq!(
        count(&app.content.db, "SELECT COUNT(*) FROM film_files").await,
        crate::helpers::SHIPPED_FILM_FILES as i64,
        "only the shipped films' files"
    );
}

async fn only_editors_manage_films(backend: Backend) {
    let app = spawn_app(backend).await;
    let before = media_files(&app);
    // Every role that is not communicatie staff.
    for (email, role) in [
        ("team@gemeente.nl", Role::Intake),
        ("leider@gemeente.nl", Role::Lead),
        ("beheer@gemeente.nl", Role::Admin),
    ] {
        let mut outsider = StaffClient::signed_in(&app, email, role).await;
        let role = role.as_str();
        for path in [
            "/nl/team/films",
            "/nl/team/films/nieuw",
            "/nl/team/films/wat-moet-ik-doorgeven",
        ] {
            let (status, _) = outsider.page(path).await;
            assert_eq!(status, 403, "{role} {path}");
        }
        let csrf = outsider.csrf().to_owned();
        assert!(!csrf.is_empty(), "{role} posts with a valid token");
        let response = upload(&mut outsider, &format!("van-{role}"), webm(), vtt()).await;
        assert_eq!(response.status(), 403, "{role} uploading");
        assert_eq!(media_files(&app), before, "{role}: nothing stored");
    }
    assert_eq!(
        count(&app.content.db, "SELECT COUNT(*) FROM films").await,
        2,
        "only the shipped films"
    );

    // Both kinds of communicatie staff manage films: an editor and a publisher (an editor
    // with publishing rights).
    for (email, who) in [
        ("redactie@gemeente.nl", Role::Editor.capabilities()),
        ("publicatie@gemeente.nl", PUBLISHER),
    ] {
        let mut editor = StaffClient::signed_in(&app, email, who).await;
        let role = who.as_str();
        let (status, list) = editor.page("/nl/team/films").await;
        assert_eq!(status, 200, "{role}");
        assert!(
            list.contains("/nl/team/films/wat-moet-ik-doorgeven"),
            "shipped films are listed for {role}"
        );
        let (status, _) = editor.page("/nl/team/films/wat-moet-ik-doorgeven").await;
        assert_eq!(status, 200, "{role}");
        let (status, _) = editor.page("/nl/team/films/bestaat-niet").await;
        assert_eq!(status, 404, "{role}");
        let (status, _) = editor.page("/nl/team/films/nieuw").await;
        assert_eq!(status, 200, "{role}");
        let response = upload(&mut editor, &format!("van-{role}"), webm(), vtt()).await;
        assert_eq!(response.status(), 303, "{role} uploads a film");
    }
    assert_eq!(
        count(&app.content.db, "SELECT COUNT(*) FROM films").await,
        4,
        "the shipped films and the two uploads"
    );
}

/// A refusal that comes before the body has arrived (another role, or a file far over the
/// limit) still reaches the sender as a page: the server reads the rest of the body away
/// instead of cutting the connection while the browser is still sending.
async fn a_large_refused_upload_still_gets_its_page(backend: Backend) {
    let app = spawn_app_with(backend, |s| s.film_max_mb = 1).await;
    let mut huge = WEBM[..64].to_vec();
    huge.resize(24 * 1024 * 1024, 0);
    let huge = || file(&huge, "groot.webm", "video/webm");

    let mut intake = StaffClient::signed_in(&app, "team@gemeente.nl", Role::Intake).await;
    intake.page("/nl/team").await;
    let response = upload(&mut intake, "van-intake", huge(), vtt()).await;
    refused(response, 403, "Geen toegang").await;

    let (mut editor, before) = editor_on_the_form(&app).await;
    let response = upload(&mut editor, "veel-te-groot", huge(), vtt()).await;
    refused(response, 413, "Het bestand is te groot").await;
    assert_eq!(media_files(&app), before, "nothing stored");
}
