//! Prints Flesch-Douma and words per sentence for shipped page files, the way the API test
//! `published_dutch_pages_are_plain_dutch` scores them (title, summary and text; snippets
//! count as one word). For writers: `cargo run -p helder-domain --example readability -- FILE…`
use helder_domain::readability::Readability;
use pulldown_cmark::{Event, Parser};

fn main() {
    let mut failed = false;
    for path in std::env::args().skip(1) {
        let Ok(source) = std::fs::read_to_string(&path) else {
            eprintln!("{path}: cannot read");
            failed = true;
            continue;
        };
        let mut parts = source.splitn(3, "---\n");
        let (_, front, body) = (
            parts.next(),
            parts.next().unwrap_or(""),
            parts.next().unwrap_or(""),
        );
        let field = |key: &str| {
            front
                .lines()
                .find_map(|l| l.strip_prefix(&format!("{key}: ")))
                .unwrap_or("")
                .to_owned()
        };
        let mut text = format!("{}\n{}\n", field("title"), field("summary"));
        for event in Parser::new(body) {
            match event {
                Event::Text(t) | Event::Code(t) => text.push_str(&t),
                Event::SoftBreak | Event::HardBreak => text.push(' '),
                Event::End(_) => text.push('\n'),
                _ => {}
            }
        }
        let text = snippets_as_words(&text);
        let r = Readability::of(&text);
        let (score, per) = (r.flesch_douma(), r.words_per_sentence());
        let ok = score >= 60.0 && per <= 15.0;
        failed |= !ok;
        println!(
            "{} {path}: Flesch-Douma {score:.1}, {per:.1} words per sentence, {} words",
            if ok { "ok  " } else { "FAIL" },
            r.words
        );
    }
    if failed {
        std::process::exit(1);
    }
}

fn snippets_as_words(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(start) = rest.find("{{") {
        out.push_str(&rest[..start]);
        match rest[start..].find("}}") {
            Some(end) => {
                out.push_str("tekst");
                rest = &rest[start + end + 2..];
            }
            None => {
                rest = &rest[start..];
                break;
            }
        }
    }
    out.push_str(rest);
    out
}
