//! Budgets put on route groups by the router, not chosen by parsing the path: a film upload
//! has its own time budget (longer than a page's), and a POST to a path that does not exist
//! still spends the general POST budget. No database work differs per backend, so SQLite.

use crate::helpers::{Backend, TestApp, spawn_app_with, staff::StaffClient};
use helder_domain::staff::Role;
use reqwest::multipart::{Form, Part};
use std::time::{Duration, Instant};

const GAP: Duration = Duration::from_secs(2);
/// A page request's budget in the first test: long enough for a log-in on a busy machine,
/// shorter than the slow upload.
const PAGE_BUDGET_SECONDS: u64 = 4;
const WEBM: &[u8] = include_bytes!("../../app/src/films/media/wat-moet-ik-doorgeven.webm");
const JPG: &[u8] = include_bytes!("../../app/src/films/media/wat-moet-ik-doorgeven.jpg");
const VTT: &[u8] = include_bytes!("../../app/src/films/media/wat-moet-ik-doorgeven.nl.vtt");

/// The video in four parts, one every `GAP`: the whole upload takes about six seconds.
fn slow_video() -> Part {
    let parts: Vec<Vec<u8>> = WEBM
        .chunks(WEBM.len().div_ceil(4))
        .map(<[u8]>::to_vec)
        .collect();
    let stream =
        futures_util::stream::unfold((parts.into_iter(), true), |(mut parts, first)| async move {
            if !first {
                tokio::time::sleep(GAP).await;
            }
            let part = parts.next()?;
            Some((Ok::<_, std::io::Error>(part), (parts, false)))
        });
    Part::stream(reqwest::Body::wrap_stream(stream))
        .file_name("film.webm")
        .mime_str("video/webm")
        .expect("mime")
}

fn file(bytes: &[u8], name: &str, mime: &str) -> Part {
    Part::bytes(bytes.to_vec())
        .file_name(name.to_owned())
        .mime_str(mime)
        .expect("mime")
}

/// An editor uploads a new film whose video arrives slowly; the answer and how long it took.
async fn slow_upload(app: &TestApp, slug: &str) -> (u16, Duration) {
    let mut editor = StaffClient::signed_in(app, "redactie@gemeente.nl", Role::Editor).await;
    editor.page("/nl/team/films/nieuw").await;
    let form = Form::new()
        .text("csrf", editor.csrf().to_owned())
        .text("slug", slug.to_owned())
        .text("title", "Uw geld en uw rechten")
        .text("summary", "Een korte film over wat u moet doorgeven.")
        .text("topic", "inlichtingenplicht")
        .text("transcript", "Eerste alinea.")
        .part("video", slow_video())
        .part("poster", file(JPG, "plaatje.jpg", "image/jpeg"))
        .part("captions", file(VTT, "nl.vtt", "text/vtt"));
    let started = Instant::now();
    let response = editor.post_multipart("/nl/team/films/nieuw", form).await;
    (response.status().as_u16(), started.elapsed())
}

async fn stored_films(app: &TestApp, slug: &str) -> i64 {
    crate::helpers::db::count(
        &app.content.db,
        &format!("SELECT COUNT(*) FROM film_files WHERE slug = '{slug}'"),
    )
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_upload_may_take_longer_than_a_page_request() {
    let app = spawn_app_with(Backend::Sqlite, |s| {
        s.request_timeout_seconds = PAGE_BUDGET_SECONDS;
        s.upload_timeout_seconds = 60;
    })
    .await;
    let (status, took) = slow_upload(&app, "langzame-film").await;
    assert!(
        took > Duration::from_secs(PAGE_BUDGET_SECONDS),
        "the upload took longer than a page may: {took:?}"
    );
    assert_eq!(status, 303, "an upload has its own budget ({took:?})");
    assert!(
        stored_films(&app, "langzame-film").await >= 3,
        "video, poster, captions"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_upload_over_its_own_budget_is_cut_and_leaves_nothing() {
    let app = spawn_app_with(Backend::Sqlite, |s| {
        s.request_timeout_seconds = 30;
        s.upload_timeout_seconds = 2;
    })
    .await;
    let (status, took) = slow_upload(&app, "te-trage-film").await;
    assert_eq!(status, 408, "the upload budget applies ({took:?})");
    assert!(took < Duration::from_secs(4), "cut at its budget: {took:?}");
    assert_eq!(stored_films(&app, "te-trage-film").await, 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn posts_to_unknown_paths_spend_the_general_budget() {
    let app = spawn_app_with(Backend::Sqlite, |s| s.post_limit_client = 3).await;
    let url = format!("{}/nl/bestaat-niet", app.address);
    let mut statuses = Vec::new();
    for _ in 0..8 {
        let response = app
            .client
            .post(&url)
            .form(&[("a", "b")])
            .send()
            .await
            .expect("post");
        statuses.push(response.status().as_u16());
    }
    assert_eq!(statuses[0], 404, "{statuses:?}");
    assert!(
        statuses.ends_with(&[429, 429]),
        "a flood is slowed: {statuses:?}"
    );

    // Reading spends nothing: the page that does not exist is still a translated 404.
    let response = app.client.get(&url).send().await.expect("get");
    assert_eq!(response.status(), 404);
    let body = response.text().await.expect("body");
    assert!(body.contains("lang=\"nl\""), "a page, in Dutch");
}
