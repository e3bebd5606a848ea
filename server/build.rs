//! Joins the stylesheets in `style/` (in file-name order) into one file that the server
//! embeds, so a bare binary serves a styled site without any build step.
use std::{env, fs, path::Path};

fn main() {
    let manifest = env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let style = Path::new(&manifest).join("../style");
    println!("cargo:rerun-if-changed={}", style.display());

    let mut files: Vec<_> = fs::read_dir(&style)
        .expect("style/ exists")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "css"))
        .collect();
    files.sort();
    let mut css = String::new();
    for file in &files {
        println!("cargo:rerun-if-changed={}", file.display());
        let name = file.file_name().unwrap_or_default().to_string_lossy();
        css.push_str(&format!("/* {name} */\n"));
        css.push_str(&fs::read_to_string(file).expect("stylesheet is readable UTF-8"));
        css.push('\n');
    }
    let out_dir = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    fs::write(Path::new(&out_dir).join("helder.css"), css).expect("OUT_DIR is writable");
    seed_files(&manifest, &out_dir);
    film_files(&manifest, &out_dir);
}

/// Embeds the films and their captions, posters and transcripts (`app/src/films/media/*`).
fn film_files(manifest: &str, out_dir: &str) {
    let media = Path::new(manifest).join("../app/src/films/media");
    println!("cargo:rerun-if-changed={}", media.display());
    let mut files: Vec<_> = fs::read_dir(&media)
        .map(|d| {
            d.filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.is_file())
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    let entries: String = files
        .iter()
        .map(|file| {
            println!("cargo:rerun-if-changed={}", file.display());
            let name = file
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            let path = fs::canonicalize(file).expect("film file path");
            format!(
                "    ({name:?}, include_bytes!({:?})),\n",
                path.display().to_string()
            )
        })
        .collect();
    let code = format!(
        "/// (file name, contents) of every film file.\npub static FILM_FILES: &[(&str, &[u8])] = &[\n{entries}];\n"
    );
    fs::write(Path::new(out_dir).join("film_files.rs"), code).expect("OUT_DIR is writable");
}

/// Embeds `locales/<lang>/topics/*.md` (and `topics/*/*.md`) as `SEED_FILES: &[(lang, slug, source)]`.
fn seed_files(manifest: &str, out_dir: &str) {
    let locales = Path::new(manifest).join("../locales");
    println!("cargo:rerun-if-changed={}", locales.display());
    let mut entries = Vec::new();
    let mut langs: Vec<_> = fs::read_dir(&locales)
        .expect("locales/ exists")
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir())
        .collect();
    langs.sort_by_key(|e| e.file_name());
    for lang in langs {
        let topics = lang.path().join("topics");
        println!("cargo:rerun-if-changed={}", topics.display());
        let Ok(listed) = fs::read_dir(&topics) else {
            continue;
        };
        // Pages, and in folders beside them (`topics/2027/`) versions that go live later.
        let mut files: Vec<_> = Vec::new();
        for entry in listed.filter_map(Result::ok).map(|e| e.path()) {
            if entry.is_dir() {
                println!("cargo:rerun-if-changed={}", entry.display());
                if let Ok(later) = fs::read_dir(&entry) {
                    files.extend(later.filter_map(Result::ok).map(|e| e.path()));
                }
            } else {
                files.push(entry);
            }
        }
        files.retain(|p| p.extension().is_some_and(|x| x == "md"));
        files.sort();
        for file in files {
            println!("cargo:rerun-if-changed={}", file.display());
            let slug = file
                .file_stem()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            let code = lang.file_name().to_string_lossy().into_owned();
            let path = fs::canonicalize(&file).expect("seed file path");
            entries.push(format!(
                "    ({code:?}, {slug:?}, include_str!({:?})),\n",
                path.display().to_string()
            ));
        }
    }
    let code = format!(
        "/// (language, slug, file contents) of every shipped page.\npub static SEED_FILES: &[(&str, &str, &str)] = &[\n{}];\n",
        entries.concat()
    );
    fs::write(Path::new(out_dir).join("seed_files.rs"), code).expect("OUT_DIR is writable");
}
