//! Issue 18, part 4: evidence with a report. A reporter adds up to three photos or PDF files
//! through a plain multipart form; the type is read from the content; a photo is written anew
//! (no EXIF, no GPS); the files go with the report, only the team opens them (a PDF file only
//! as a download), and they go when the report is anonymised.

use crate::{
    both_backends,
    helpers::{
        Backend,
        db::{count, default_org, last_report_id},
        reporter::Reporter,
        spawn_app, spawn_app_with,
        staff::StaffClient,
    },
};
use chrono::{Duration, Utc};
use helder_domain::staff::Role;
use helder_server::storage::{Actor, Database};
use image::{DynamicImage, Rgb, RgbImage, codecs::jpeg::JpegEncoder};
use std::io::Cursor;

both_backends!(
    a_photo_loses_its_exif_and_only_the_team_opens_the_files,
    files_are_refused_by_content_size_and_number
);

const PAGE: &str = "/nl/melden/bijlagen";

/// A TIFF structure for an APP1 "Exif" segment (little-endian): IFD0 with the orientation
/// `orientation` and a pointer to a GPS IFD with latitude N 52° 22' 12.34".
fn exif_with_gps(orientation: u16) -> Vec<u8> {
    let mut t = Vec::new();
    t.extend_from_slice(b"II*\0");
    t.extend_from_slice(&8u32.to_le_bytes());
    // IFD0 at 8: two entries, then no next IFD. The GPS IFD follows at 8 + 2 + 24 + 4 = 38.
    t.extend_from_slice(&2u16.to_le_bytes());
    let entry = |t: &mut Vec<u8>, tag: u16, kind: u16, n: u32, value: [u8; 4]| {
        t.extend_from_slice(&tag.to_le_bytes());
        t.extend_from_slice(&kind.to_le_bytes());
        t.extend_from_slice(&n.to_le_bytes());
        t.extend_from_slice(&value);
    };
    let o = orientation.to_le_bytes();
    entry(&mut t, 0x0112, 3, 1, [o[0], o[1], 0, 0]);
    entry(&mut t, 0x8825, 4, 1, 38u32.to_le_bytes());
    t.extend_from_slice(&0u32.to_le_bytes());
    // GPS IFD at 38: latitude ref "N" and the latitude (three rationals at 38 + 30 = 68).
    t.extend_from_slice(&2u16.to_le_bytes());
    entry(&mut t, 0x0001, 2, 2, [b'N', 0, 0, 0]);
    entry(&mut t, 0x0002, 5, 3, 68u32.to_le_bytes());
    t.extend_from_slice(&0u32.to_le_bytes());
    for (numerator, denominator) in [(52u32, 1u32), (22, 1), (1234, 100)] {
        t.extend_from_slice(&numerator.to_le_bytes());
        t.extend_from_slice(&denominator.to_le_bytes());
    }
    t
}

/// A 40 × 20 JPEG photo whose EXIF says: turn 90° clockwise, taken at N 52° 22'.
fn photo_with_gps() -> Vec<u8> {
    let pixels = RgbImage::from_fn(40, 20, |x, y| Rgb([(x * 6) as u8, (y * 12) as u8, 90]));
    let mut plain = Vec::new();
    DynamicImage::ImageRgb8(pixels)
        .write_with_encoder(JpegEncoder::new_with_quality(&mut plain, 90))
        .unwrap();
    let mut app1 = b"Exif\0\0".to_vec();
    app1.extend_from_slice(&exif_with_gps(6));
    let length = u16::try_from(app1.len() + 2).unwrap();
    let mut photo = plain[..2].to_vec(); // SOI
    photo.extend_from_slice(&[0xFF, 0xE1]);
    photo.extend_from_slice(&length.to_be_bytes());
    photo.extend_from_slice(&app1);
    photo.extend_from_slice(&plain[2..]);
    photo
}

/// The JPEG segments' markers before the image data (APP0, APP1 = EXIF, DQT, …).
fn jpeg_markers(bytes: &[u8]) -> Vec<u8> {
    let mut markers = Vec::new();
    let mut at = 2;
    while at + 4 <= bytes.len() && bytes[at] == 0xFF {
        let marker = bytes[at + 1];
        markers.push(marker);
        if marker == 0xDA {
            break; // start of scan: the image data follows
        }
        let length = usize::from(u16::from_be_bytes([bytes[at + 2], bytes[at + 3]]));
        at += 2 + length;
    }
    markers
}

const PDF: &[u8] =
    b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n";

async fn stored(db: &Database, id: i64, position: usize) -> Vec<u8> {
    db.report_evidence_file(id, position)
        .await
        .unwrap()
        .expect("a stored file")
        .1
}

async fn a_photo_loses_its_exif_and_only_the_team_opens_the_files(backend: Backend) {
    let app = spawn_app(backend).await;
    let db = &app.content.db;
    let sent = photo_with_gps();
    // The photo as sent really carries GPS and the orientation.
    let exif = exif::Reader::new()
        .read_from_container(&mut Cursor::new(&sent))
        .expect("the sent photo has EXIF");
    assert!(
        exif.get_field(exif::Tag::GPSLatitude, exif::In::PRIMARY)
            .is_some()
    );
    assert!(jpeg_markers(&sent).contains(&0xE1));

    let mut reporter = Reporter::at(&app, Some("203.0.113.40"));
    reporter.fill_in("nl", "Jan Foto").await;
    let check = reporter
        .get("/nl/melden/controleren")
        .await
        .text()
        .await
        .unwrap();
    assert!(check.contains("Foto&#x27;s of bestanden") || check.contains("Foto's of bestanden"));
    assert!(
        check.contains(&format!("href=\"{PAGE}\"")),
        "the check page links to the files page"
    );

    let page = reporter.get(PAGE).await;
    assert_eq!(page.status(), 200);
    let page = page.text().await.unwrap();
    for part in [
        "enctype=\"multipart/form-data\"",
        "action=\"/nl/melden/bijlagen/toevoegen\"",
        "type=\"file\"",
        "name=\"bestand\"",
        "persoonsgegevens",
    ] {
        assert!(page.contains(part), "the files page has {part}");
    }

    let response = reporter
        .upload("nl", "vakantie.jpg", "image/jpeg", sent.clone())
        .await;
    assert_eq!(response.status(), 303);
    assert_eq!(response.headers()["location"], PAGE);
    let response = reporter
        .upload("nl", "loonstrook.pdf", "application/pdf", PDF.to_vec())
        .await;
    assert_eq!(response.status(), 303);
    let page = reporter.get(PAGE).await.text().await.unwrap();
    assert!(page.contains("bijlage-1.jpg (foto, "), "{page}");
    assert!(page.contains("bijlage-2.pdf (pdf-bestand, 1 kB)"));
    assert!(
        !page.contains("vakantie"),
        "the sender's file name is not kept"
    );
    let check = reporter
        .get("/nl/melden/controleren")
        .await
        .text()
        .await
        .unwrap();
    assert!(check.contains("bijlage-1.jpg") && check.contains("bijlage-2.pdf"));

    let receipt = reporter.send("nl").await;
    assert!(receipt.contains("hl-receipt"));
    let id = last_report_id(db).await;
    assert_eq!(
        count(db, "SELECT COUNT(*) FROM draft_evidence").await,
        0,
        "the draft's files went with it"
    );
    assert_eq!(
        count(
            db,
            &format!("SELECT COUNT(*) FROM report_evidence WHERE report_id = {id}")
        )
        .await,
        2
    );

    // The stored photo: no EXIF at all, no APP1 segment, turned upright (20 × 40).
    let kept = stored(db, id, 1).await;
    assert!(kept.starts_with(&[0xFF, 0xD8, 0xFF]));
    assert!(
        matches!(
            exif::Reader::new().read_from_container(&mut Cursor::new(&kept)),
            Err(exif::Error::NotFound(_))
        ),
        "no EXIF in the stored photo"
    );
    assert!(!jpeg_markers(&kept).contains(&0xE1), "no APP1 segment");
    let upright = image::load_from_memory(&kept).unwrap();
    assert_eq!((upright.width(), upright.height()), (20, 40));
    // The PDF file is kept as sent.
    assert_eq!(stored(db, id, 2).await, PDF);

    // The team: the report lists the files; a photo opens, a PDF file downloads; both sandboxed.
    let mut intake = StaffClient::signed_in(&app, "lid@gemeente.nl", Role::Intake).await;
    let (_, report) = intake.page(&format!("/nl/team/meldingen/{id}")).await;
    assert!(report.contains(&format!("href=\"/nl/team/meldingen/{id}/bijlagen/1\"")));
    assert!(report.contains("bijlage-2.pdf (pdf-bestand, downloaden, 1 kB)"));
    let photo = intake
        .get(&format!("/nl/team/meldingen/{id}/bijlagen/1"))
        .await;
    assert_eq!(photo.status(), 200);
    let headers = photo.headers().clone();
    assert_eq!(headers["content-type"], "image/jpeg");
    assert_eq!(
        headers["content-disposition"],
        format!("inline; filename=\"melding-{id}-bijlage-1.jpg\"")
    );
    assert_eq!(headers["x-content-type-options"], "nosniff");
    assert_eq!(headers["cache-control"], "no-store");
    assert!(
        headers["content-security-policy"]
            .to_str()
            .unwrap()
            .contains("sandbox")
    );
    assert_eq!(photo.bytes().await.unwrap().as_ref(), kept.as_slice());
    let pdf = intake
        .get(&format!("/nl/team/meldingen/{id}/bijlagen/2"))
        .await;
    assert_eq!(pdf.status(), 200);
    assert_eq!(pdf.headers()["content-type"], "application/pdf");
    assert_eq!(
        pdf.headers()["content-disposition"],
        format!("attachment; filename=\"melding-{id}-bijlage-2.pdf\"")
    );
    let policy = pdf.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_owned();
    assert_eq!(
        policy, "default-src 'none'; sandbox",
        "nothing in a PDF file may run or load"
    );
    assert_eq!(
        count(db, &format!("SELECT COUNT(*) FROM audit_log WHERE action = 'evidence_opened' AND report_id = {id}")).await,
        2,
        "each opening is in the audit log"
    );
    intake
        .get_expect(&format!("/nl/team/meldingen/{id}/bijlagen/3"), 404)
        .await;
    intake
        .get_expect(&format!("/nl/team/meldingen/{id}/bijlagen/x"), 404)
        .await;
    // Editors, admins and advisors never see them.
    for role in [Role::Editor, Role::Admin, Role::Advisor] {
        let (mut other, _) = StaffClient::with_role(&app, role, "gemeente.nl").await;
        other
            .get_expect(&format!("/nl/team/meldingen/{id}/bijlagen/1"), 403)
            .await;
    }

    // Anonymising the report deletes its files.
    crate::helpers::db::execute(
        db,
        &format!("UPDATE reports SET status = 'closed', closed_at = received_at WHERE id = {id}"),
    )
    .await;
    crate::helpers::db::execute(
        db,
        &format!("INSERT INTO report_outcomes (report_id, outcome) VALUES ({id}, 'warning')"),
    )
    .await;
    let org = default_org();
    let done = db
        .anonymise_closed(
            org.as_str(),
            Utc::now() + Duration::days(1),
            Utc::now(),
            &Actor::system(&org),
        )
        .await
        .unwrap();
    assert_eq!(done, vec![id]);
    assert_eq!(count(db, "SELECT COUNT(*) FROM report_evidence").await, 0);
}

async fn files_are_refused_by_content_size_and_number(backend: Backend) {
    // More tries in a second than a person makes in a minute: a larger budget of posts.
    let app = spawn_app_with(backend, |s| s.post_limit_client = 200).await;
    let db = &app.content.db;
    let mut reporter = Reporter::at(&app, Some("203.0.113.41"));
    // Without a draft: the page says the report is not kept, and nothing is stored.
    let response = reporter
        .upload("nl", "a.pdf", "application/pdf", PDF.to_vec())
        .await;
    assert_eq!(response.status(), 200);
    assert!(response.text().await.unwrap().contains("niet meer bewaard"));
    reporter.fill_in("nl", "Piet Bestand").await;

    // A text file named like a photo, and a web page sent as a PNG: refused by their content.
    for (name, mime, bytes) in [
        ("foto.jpg", "image/jpeg", b"dit is geen foto".to_vec()),
        (
            "foto.png",
            "image/png",
            b"<!doctype html><script>alert(1)</script>".to_vec(),
        ),
    ] {
        let response = reporter.upload("nl", name, mime, bytes).await;
        assert_eq!(response.status(), 422, "{name}");
        let page = response.text().await.unwrap();
        assert!(page.contains("<title>Fout: Foto"), "{name}");
        assert!(
            page.contains("href=\"#bestand\""),
            "the summary links to the field"
        );
        assert!(page.contains("Dit soort bestand kunnen wij niet bewaren"));
    }
    // A damaged photo and a PDF cut short: they look right but cannot be read.
    let photo = photo_with_gps();
    let response = reporter
        .upload(
            "nl",
            "half.jpg",
            "image/jpeg",
            photo[..photo.len() / 2].to_vec(),
        )
        .await;
    assert_eq!(response.status(), 422);
    assert!(
        response
            .text()
            .await
            .unwrap()
            .contains("Wij kunnen dit bestand niet openen")
    );
    let response = reporter
        .upload("nl", "kort.pdf", "application/pdf", PDF[..20].to_vec())
        .await;
    assert_eq!(response.status(), 422);
    // No file chosen (an empty file input).
    let response = reporter
        .upload("nl", "", "application/octet-stream", Vec::new())
        .await;
    assert_eq!(response.status(), 422);
    assert!(response.text().await.unwrap().contains("Kies een bestand."));
    // Over 10 MB: read to its end, then refused with the page (413), not a broken connection.
    let mut big = PDF.to_vec();
    big.resize(10 * 1024 * 1024 + 1, b' ');
    let response = reporter
        .upload("nl", "groot.pdf", "application/pdf", big)
        .await;
    assert_eq!(response.status(), 413);
    assert!(response.text().await.unwrap().contains("groter dan 10 MB"));
    assert_eq!(count(db, "SELECT COUNT(*) FROM draft_evidence").await, 0);
    // Loading the address of a refused upload again leads back to the files page.
    let again = reporter.get("/nl/melden/bijlagen/toevoegen").await;
    assert_eq!(again.status(), 303);
    assert_eq!(again.headers()["location"], PAGE);

    // Three files fit; the page then offers no more, and a fourth is refused.
    for i in 0..3 {
        let response = reporter
            .upload("nl", &format!("{i}.pdf"), "application/pdf", PDF.to_vec())
            .await;
        assert_eq!(response.status(), 303, "file {i}");
    }
    let page = reporter.get(PAGE).await.text().await.unwrap();
    assert!(!page.contains("type=\"file\""), "no upload field when full");
    assert!(page.contains("U heeft 3 bestanden toegevoegd"));
    let response = reporter
        .upload("nl", "4.pdf", "application/pdf", PDF.to_vec())
        .await;
    assert_eq!(response.status(), 422);
    assert!(
        response
            .text()
            .await
            .unwrap()
            .contains("U heeft al 3 bestanden")
    );
    assert_eq!(count(db, "SELECT COUNT(*) FROM draft_evidence").await, 3);

    // Removing the second leaves the others; a second click on the same button (the page as
    // it was) removes nothing more.
    for _ in 0..2 {
        let response = reporter
            .post(
                "/nl/melden/bijlagen/verwijderen",
                &[("bijlage", "2"), ("aantal", "3")],
            )
            .await;
        assert_eq!(response.status(), 303);
    }
    assert_eq!(count(db, "SELECT COUNT(*) FROM draft_evidence").await, 2);
    let page = reporter.get(PAGE).await.text().await.unwrap();
    assert!(page.contains("bijlage-2.pdf") && !page.contains("bijlage-3.pdf"));
    assert!(page.contains("type=\"file\""), "room for one more");
    let response = reporter
        .post(
            "/nl/melden/bijlagen/verwijderen",
            &[("bijlage", "9"), ("aantal", "2")],
        )
        .await;
    assert_eq!(response.status(), 303);
    assert_eq!(count(db, "SELECT COUNT(*) FROM draft_evidence").await, 2);
}
