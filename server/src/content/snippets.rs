//! Municipal specifics per installation (`HELDER_SNIPPETS`, default `locales/snippets.toml`).

use helder_app::rights::markdown::SnippetValues;
use helder_domain::languages::{LANGUAGES, Language};
use std::{collections::HashMap, path::Path};

const DEFAULT: &str = include_str!("../../../locales/snippets.toml");

#[derive(Debug, thiserror::Error)]
pub enum SnippetsError {
    #[error("cannot read the snippets file {path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("the snippets file {path} is not valid: {problem}")]
    Invalid { path: String, problem: String },
}

/// Snippet values per language, Dutch filled in where a language has none.
#[derive(Debug, Clone, Default)]
pub struct Snippets {
    by_language: HashMap<&'static str, SnippetValues>,
    /// The values as written per language (before Dutch fills the gaps), for the editor.
    written: HashMap<String, SnippetValues>,
    municipality: String,
}

impl Snippets {
    pub fn load(path: Option<&Path>, municipality: &str) -> Result<Snippets, SnippetsError> {
        let (name, text) = match path {
            Some(p) => (
                p.display().to_string(),
                std::fs::read_to_string(p).map_err(|source| SnippetsError::Read {
                    path: p.display().to_string(),
                    source,
                })?,
            ),
            None => (
                "locales/snippets.toml (built in)".to_owned(),
                DEFAULT.to_owned(),
            ),
        };
        Snippets::parse(&text, municipality).map_err(|problem| SnippetsError::Invalid {
            path: name,
            problem,
        })
    }

    pub fn parse(text: &str, municipality: &str) -> Result<Snippets, String> {
        let table: toml::Table = text.parse().map_err(|e: toml::de::Error| e.to_string())?;
        let mut raw: HashMap<String, SnippetValues> = HashMap::new();
        for (lang, values) in &table {
            if Language::from_code(lang).is_none() {
                return Err(format!(
                    "[{lang}] is not a language in locales/languages.toml"
                ));
            }
            let values = values
                .as_table()
                .ok_or_else(|| format!("[{lang}] must be a table"))?;
            let mut map = SnippetValues::new();
            for (key, value) in values {
                let value = value
                    .as_str()
                    .ok_or_else(|| format!("{lang}.{key} must be text"))?;
                map.insert(key.clone(), value.to_owned());
            }
            raw.insert(lang.clone(), map);
        }
        if !raw.contains_key(Language::default_language().code) {
            return Err(
                "a [nl] table is required: Dutch is the fallback for every language".into(),
            );
        }
        Ok(Snippets::combine(raw, municipality))
    }

    fn combine(written: HashMap<String, SnippetValues>, municipality: &str) -> Snippets {
        let dutch = written
            .get(Language::default_language().code)
            .cloned()
            .unwrap_or_default();
        let by_language = LANGUAGES
            .iter()
            .map(|lang| {
                let mut values = dutch.clone();
                values.extend(written.get(lang.code).cloned().unwrap_or_default());
                values.insert("municipality".into(), municipality.to_owned());
                (lang.code, values)
            })
            .collect();
        Snippets {
            by_language,
            written,
            municipality: municipality.to_owned(),
        }
    }

    /// These snippets with staff's changes (key, lang, value) laid over them. Only keys the
    /// file knows are taken: the file names what a page may use.
    pub fn with_overrides(&self, overrides: &[(String, String, String)]) -> Snippets {
        let keys = self.keys();
        let mut written = self.written.clone();
        for (key, lang, value) in overrides {
            if keys.contains(key) && Language::from_code(lang).is_some() {
                written
                    .entry(lang.clone())
                    .or_default()
                    .insert(key.clone(), value.clone());
            }
        }
        Snippets::combine(written, &self.municipality)
    }

    /// These snippets for one municipality of a tenants file: its name, and its own values
    /// laid over the file's per language (Dutch still fills the gaps). Keys the file does not
    /// know are refused at start ([`Snippets::unknown_keys`]).
    pub fn for_municipality(
        &self,
        name: &str,
        own: &std::collections::BTreeMap<String, std::collections::BTreeMap<String, String>>,
    ) -> Snippets {
        let mut written = self.written.clone();
        for (lang, values) in own {
            let entry = written.entry(lang.clone()).or_default();
            for (key, value) in values {
                entry.insert(key.clone(), value.clone());
            }
        }
        Snippets::combine(written, name)
    }

    /// The keys in `own` (per language) that the snippets file does not name.
    pub fn unknown_keys<'a>(
        &self,
        own: &'a std::collections::BTreeMap<String, std::collections::BTreeMap<String, String>>,
    ) -> Vec<&'a str> {
        let keys = self.keys();
        let mut unknown: Vec<&str> = own
            .values()
            .flat_map(|values| values.keys())
            .filter(|key| !keys.contains(key))
            .map(String::as_str)
            .collect();
        unknown.sort_unstable();
        unknown.dedup();
        unknown
    }

    /// The municipality these snippets name.
    pub fn municipality(&self) -> &str {
        &self.municipality
    }

    /// Every snippet name, sorted.
    pub fn keys(&self) -> Vec<String> {
        let mut keys: Vec<String> = self
            .written
            .get(Language::default_language().code)
            .map(|v| v.keys().cloned().collect())
            .unwrap_or_default();
        keys.sort();
        keys
    }

    /// The value written for exactly this language (no Dutch fallback).
    pub fn written(&self, lang: Language, key: &str) -> Option<&str> {
        self.written
            .get(lang.code)
            .and_then(|v| v.get(key))
            .map(String::as_str)
    }

    pub fn for_language(&self, lang: Language) -> SnippetValues {
        self.by_language.get(lang.code).cloned().unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_fall_back_to_dutch() {
        let s = Snippets::parse(
            "[nl]\nphone = \"1\"\nx = \"nl\"\n[en]\nx = \"en\"\n",
            "Haarlem",
        )
        .unwrap();
        let en = s.for_language(Language::from_code("en").unwrap());
        assert_eq!(en["phone"], "1");
        assert_eq!(en["x"], "en");
        assert_eq!(en["municipality"], "Haarlem");
    }

    #[test]
    fn staff_changes_override_the_file_for_known_keys_only() {
        let s = Snippets::parse("[nl]\nphone = \"1\"\n[en]\nphone = \"2\"\n", "G").unwrap();
        let changed = s.with_overrides(&[
            ("phone".into(), "nl".into(), "9".into()),
            ("fax".into(), "nl".into(), "x".into()),
            ("phone".into(), "xx".into(), "x".into()),
        ]);
        let nl = Language::default_language();
        let en = Language::from_code("en").unwrap();
        assert_eq!(changed.for_language(nl)["phone"], "9");
        assert_eq!(changed.for_language(en)["phone"], "2");
        assert!(!changed.for_language(nl).contains_key("fax"));
        assert_eq!(changed.keys(), ["phone"]);
        assert_eq!(changed.written(en, "phone"), Some("2"));
    }

    #[test]
    fn problems_are_explained() {
        assert!(
            Snippets::parse("[en]\nx = \"y\"", "G")
                .unwrap_err()
                .contains("[nl]")
        );
        assert!(
            Snippets::parse("[xx]\nx = \"y\"", "G")
                .unwrap_err()
                .contains("xx")
        );
        assert!(
            Snippets::parse("[nl]\nx = 3", "G")
                .unwrap_err()
                .contains("text")
        );
        assert!(Snippets::parse("not toml [", "G").is_err());
    }

    #[test]
    fn the_shipped_file_is_valid() {
        let s = Snippets::load(None, "Gemeente X").unwrap();
        let nl = s.for_language(Language::default_language());
        for key in [
            "phone",
            "opening_hours",
            "address",
            "reporting_deadline",
            "change_form",
            "gift_allowance",
            "website",
        ] {
            assert!(nl.contains_key(key), "{key}");
        }
    }
}
