use crate::{
    both_backends,
    helpers::{Backend, spawn_app},
};

both_backends!(films_play_from_helder_with_ranges_and_captions);

async fn films_play_from_helder_with_ranges_and_captions(backend: Backend) {
    let app = spawn_app(backend).await;
    let page = app.get("/nl/films/wat-moet-ik-doorgeven").await;
    assert_eq!(page.status(), 200);
    let body = page.text().await.unwrap();
    assert!(body.contains(r#"preload="none""#));
    // The Dutch narration's own track is captions; the seven translated tracks are subtitles.
    let tracks: Vec<&str> = body.split("<track").skip(1).collect();
    assert_eq!(tracks.len(), 8, "a track per language");
    for track in tracks {
        let dutch = track.contains(r#"srclang="nl""#);
        let kind = if dutch { "captions" } else { "subtitles" };
        assert!(track.contains(&format!(r#"kind="{kind}""#)), "{track}");
    }
    assert!(
        body.contains("Tekst van de film"),
        "a transcript under the player"
    );

    let src = |ext: &str| {
        let end = body.find(&format!(".{ext}\"")).expect(ext);
        let start = body[..end].rfind('"').unwrap() + 1;
        format!("{}.{ext}", &body[start..end])
    };
    let mp4 = src("mp4");
    assert!(
        mp4.starts_with("/media/"),
        "shipped films are served like uploaded ones: {mp4}"
    );

    let whole = app.get(&mp4).await;
    assert_eq!(whole.status(), 200);
    assert_eq!(whole.headers()["accept-ranges"], "bytes");
    assert!(
        whole.headers().get("content-encoding").is_none(),
        "video is not compressed again"
    );
    let len = whole.bytes().await.unwrap().len();
    assert!(len > 100_000 && len <= 3 * 1024 * 1024, "{len} bytes");

    let part = app.get_with(&mp4, "range", "bytes=100-199").await;
    assert_eq!(part.status(), 206);
    assert_eq!(
        part.headers()["content-range"],
        format!("bytes 100-199/{len}")
    );
    assert_eq!(part.bytes().await.unwrap().len(), 100);

    let beyond = app.get_with(&mp4, "range", &format!("bytes={len}-")).await;
    assert_eq!(beyond.status(), 416);

    let vtt = src("vtt");
    let captions = app.get(&vtt).await;
    assert_eq!(captions.status(), 200);
    assert!(captions.text().await.unwrap().starts_with("WEBVTT"));
    // Captions are text, so they may be compressed: the whole file, once.
    let compressed = app.get_with(&vtt, "accept-encoding", "gzip").await;
    assert_eq!(compressed.status(), 200);
    assert_eq!(compressed.headers()["content-encoding"], "gzip");
    let bytes = compressed.bytes().await.unwrap();
    let mut text = String::new();
    std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(&bytes[..]), &mut text)
        .unwrap();
    assert!(text.starts_with("WEBVTT"), "{text}");
}

both_backends!(shipped_films_are_imported_once_and_linked_from_their_topics);

async fn shipped_films_are_imported_once_and_linked_from_their_topics(backend: Backend) {
    let app = spawn_app(backend).await;
    let db = &app.content.db;
    let media = helder_server::media::Media::open(app.data_dir.path(), 200, db).unwrap();
    // On PostgreSQL the files live in the database (every instance serves them), on SQLite in
    // the data folder.
    let files = || async {
        match db {
            helder_server::storage::Database::Postgres(pool) => {
                let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM media_files")
                    .fetch_one(pool)
                    .await
                    .unwrap();
                assert_eq!(std::fs::read_dir(&media.dir).unwrap().count(), 0);
                usize::try_from(n).unwrap()
            }
            helder_server::storage::Database::Sqlite(_) => {
                std::fs::read_dir(&media.dir).unwrap().count()
            }
        }
    };
    let before = files().await;
    assert_eq!(
        before,
        crate::helpers::SHIPPED_FILM_FILES,
        "two films: webm, mp4, poster and captions in every language each"
    );
    let again = helder_server::films::import_builtin(
        &app.content.db,
        &media,
        &[crate::helpers::db::default_org()],
    )
    .await
    .unwrap();
    assert_eq!(again, 0, "a second start imports nothing");
    assert_eq!(files().await, before);

    for (topic, film) in [
        ("inlichtingenplicht", "wat-moet-ik-doorgeven"),
        ("kostendeler", "iemand-komt-bij-u-wonen"),
        ("samenwonen", "iemand-komt-bij-u-wonen"),
    ] {
        let (_, page) = app.page(&format!("/nl/rechten-en-plichten/{topic}")).await;
        assert!(
            page.contains(&format!("/nl/films/{film}")),
            "{topic} → {film}"
        );
    }
    let page = app.get("/nl/films/iemand-komt-bij-u-wonen").await;
    let body = page.text().await.unwrap();
    assert!(
        body.contains(r#"poster="/media/"#),
        "the poster is a media file"
    );
    assert!(body.contains(r#"type="video/webm""#) && body.contains(r#"type="video/mp4""#));
    let (_, index) = app.page("/nl/films").await;
    assert!(index.contains("/nl/films/wat-moet-ik-doorgeven") && index.contains("(1:05)"));
}
