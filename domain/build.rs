//! Turns `locales/languages.toml` into a Rust table, so adding a language is one line there.
use std::{env, fs, path::Path};

fn main() {
    let manifest = env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let locales = Path::new(&manifest).join("../locales");
    let config = locales.join("languages.toml");
    println!("cargo:rerun-if-changed={}", locales.display());
    println!("cargo:rerun-if-changed={}", config.display());

    let text = fs::read_to_string(&config).expect("locales/languages.toml is readable");
    let table: toml::Table = text.parse().expect("locales/languages.toml is valid TOML");
    assert!(
        !table.is_empty(),
        "locales/languages.toml lists no language"
    );

    let mut out = String::from("pub const LANGUAGES: &[Language] = &[\n");
    for (code, name) in &table {
        let name = name
            .as_str()
            .unwrap_or_else(|| panic!("language {code}: the name must be a string"));
        assert!(
            !code.is_empty() && code.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
            "language code {code:?} must be lower-case letters (BCP 47)"
        );
        let folder = locales.join(code);
        assert!(
            folder.is_dir(),
            "language {code} has no folder {}",
            folder.display()
        );
        println!("cargo:rerun-if-changed={}", folder.display());
        out.push_str(&format!(
            "    Language {{ code: {code:?}, name: {name:?} }},\n"
        ));
    }
    out.push_str("];\n");
    let dest = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("languages.rs");
    fs::write(dest, out).expect("OUT_DIR is writable");
}
