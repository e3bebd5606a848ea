//! Every message in Dutch (the leading language) exists in every other language, and every
//! language in `languages.toml` has a folder — and the other way round. Files for the team
//! only (`staff.ftl`) are required in Dutch and English: the team reads one of those.

use fluent_syntax::{ast, parser};
use std::{
    collections::{BTreeMap, BTreeSet},
    path::{Path, PathBuf},
};

fn locales_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales")
}

/// Message ids per .ftl file name in one language folder; panics on a syntax error.
fn messages(lang: &str) -> Messages {
    let mut out = BTreeMap::new();
    let dir = locales_dir().join(lang);
    for entry in std::fs::read_dir(&dir).unwrap_or_else(|_| panic!("{} exists", dir.display())) {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "ftl") {
            continue;
        }
        let source = std::fs::read_to_string(&path).unwrap();
        let resource = parser::parse(source.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", path.display()));
        let ids = resource
            .body
            .iter()
            .filter_map(|entry| match entry {
                ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                ast::Entry::Term(t) => Some(format!("-{}", t.id.name)),
                _ => None,
            })
            .collect();
        out.insert(
            path.file_name().unwrap().to_string_lossy().into_owned(),
            ids,
        );
    }
    out
}

fn configured_languages() -> Vec<String> {
    std::fs::read_to_string(locales_dir().join("languages.toml"))
        .unwrap()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_once('=').map(|(code, _)| code.trim().to_owned()))
        .collect()
}

type Messages = BTreeMap<String, BTreeSet<String>>;

/// Files with texts only the team sees.
const STAFF_FILES: &[&str] = &[
    "staff.ftl",
    "editing.ftl",
    "media.ftl",
    "checks.ftl",
    "advice.ftl",
];
/// The languages the team reads, which must have the staff files too.
const STAFF_LANGUAGES: &[&str] = &["nl", "en"];

/// "lang/file: id" for every Dutch message that `other` lacks (staff files only for the
/// team's languages).
fn missing_keys(dutch: &Messages, other: &Messages, lang: &str) -> Vec<String> {
    let mut missing = Vec::new();
    for (file, ids) in dutch {
        if STAFF_FILES.contains(&file.as_str()) && !STAFF_LANGUAGES.contains(&lang) {
            continue;
        }
        let theirs = other.get(file).cloned().unwrap_or_default();
        missing.extend(
            ids.difference(&theirs)
                .map(|id| format!("{lang}/{file}: {id}")),
        );
    }
    missing
}

#[test]
fn every_dutch_key_exists_in_every_language() {
    let languages = configured_languages();
    assert_eq!(
        languages.first().map(String::as_str),
        Some("nl"),
        "Dutch leads"
    );
    assert!(languages.len() >= 2);
    let dutch = messages("nl");
    let dutch_count: usize = dutch.values().map(BTreeSet::len).sum();
    assert!(
        dutch_count > 20,
        "the Dutch files hold the site's messages ({dutch_count})"
    );
    let missing: Vec<String> = languages[1..]
        .iter()
        .flat_map(|lang| missing_keys(&dutch, &messages(lang), lang))
        .collect();
    assert!(
        missing.is_empty(),
        "missing translations:\n{}",
        missing.join("\n")
    );
}

#[test]
fn every_folder_is_a_configured_language() {
    let languages: BTreeSet<String> = configured_languages().into_iter().collect();
    let folders: BTreeSet<String> = std::fs::read_dir(locales_dir())
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(languages, folders);
}

#[test]
fn the_check_notices_missing_keys_and_files() {
    let set = |ids: &[&str]| ids.iter().map(|s| s.to_string()).collect::<BTreeSet<_>>();
    let dutch: Messages = [
        ("main.ftl".into(), set(&["a", "b"])),
        ("extra.ftl".into(), set(&["c"])),
    ]
    .into();
    let other: Messages = [("main.ftl".into(), set(&["a"]))].into();
    assert_eq!(
        missing_keys(&dutch, &other, "xx"),
        vec!["xx/extra.ftl: c", "xx/main.ftl: b"]
    );
    assert!(missing_keys(&dutch, &dutch, "nl").is_empty());

    let dutch: Messages = [
        ("main.ftl".into(), set(&["a"])),
        ("staff.ftl".into(), set(&["mail-x"])),
    ]
    .into();
    let public_only: Messages = [("main.ftl".into(), set(&["a"]))].into();
    assert!(
        missing_keys(&dutch, &public_only, "ar").is_empty(),
        "staff texts are not needed in every language"
    );
    assert_eq!(
        missing_keys(&dutch, &public_only, "en"),
        vec!["en/staff.ftl: mail-x"],
        "English has every staff text"
    );
}

#[test]
fn the_staff_files_exist_in_the_staff_languages() {
    for lang in STAFF_LANGUAGES {
        let files = messages(lang);
        for file in STAFF_FILES {
            assert!(
                files.get(*file).is_some_and(|ids| !ids.is_empty()),
                "{lang}/{file} exists and has messages"
            );
        }
    }
}
