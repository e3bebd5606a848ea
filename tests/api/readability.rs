//! Every published Dutch page is plain Dutch: Flesch-Douma at least 60 and sentences of at
//! most 15 words on average. The scores are printed (`cargo test -- --nocapture`).

use crate::helpers::{Backend, spawn_app};
use helder_app::rights::markdown;
use helder_domain::{languages::Language, readability::Readability};
use helder_server::content::snippets::Snippets;

#[tokio::test]
async fn published_dutch_pages_are_plain_dutch() {
    let app = spawn_app(Backend::Sqlite).await;
    let dutch = Language::default_language();
    let snippets = Snippets::load(None, "Gemeente Testdorp")
        .unwrap()
        .for_language(dutch);
    let pages: Vec<_> = app
        .content
        .db
        .published_pages(&crate::helpers::db::default_org())
        .await
        .unwrap()
        .into_iter()
        .filter(|p| p.lang == dutch.code)
        .collect();
    assert!(pages.len() >= 24, "{} Dutch pages", pages.len());

    let mut failures = Vec::new();
    println!(
        "{:<28} {:>6} {:>6} {:>8}",
        "page", "words", "w/sent", "Douma"
    );
    for page in &pages {
        let rendered = markdown::render(&page.body, dutch, &snippets);
        assert!(
            rendered.unknown_snippets.is_empty(),
            "{}: {:?}",
            page.slug,
            rendered.unknown_snippets
        );
        let text = format!("{}\n{}\n{}", page.title, page.summary, rendered.text);
        let r = Readability::of(&text);
        let (score, per_sentence) = (r.flesch_douma(), r.words_per_sentence());
        println!(
            "{:<28} {:>6} {:>6.1} {:>8.1}",
            page.slug, r.words, per_sentence, score
        );
        if score < 60.0 || per_sentence > 15.0 {
            failures.push(format!(
                "{}: Flesch-Douma {score:.1}, {per_sentence:.1} words per sentence",
                page.slug
            ));
        }
        assert!(
            !text.to_lowercase().contains("fraude"),
            "{}: the word fraude belongs on the reporting pages only",
            page.slug
        );
    }
    assert!(
        failures.is_empty(),
        "not plain enough:\n{}",
        failures.join("\n")
    );
}
