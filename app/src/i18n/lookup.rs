//! The Fluent loader and the look-ups every page uses; its own module so the switcher can
//! use them without importing its parent.

use fluent_templates::{LanguageIdentifier, Loader, fluent_bundle::FluentValue, static_loader};
use helder_domain::languages::Language;
use std::{borrow::Cow, collections::HashMap};

fn identifier(lang: Language) -> LanguageIdentifier {
    lang.code.parse().unwrap_or_default()
}

static_loader! {
    static LOCALES = {
        locales: "../locales",
        fallback_language: "nl",
        // Direction is handled by `dir` on the page; isolation marks would leak into URLs and titles.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// The translation of `key` in `lang`; falls back to Dutch, then to the key itself so a
/// missing string is visible instead of a crash (a test keeps every key present).
pub fn t(lang: Language, key: &str) -> String {
    LOCALES
        .try_lookup(&identifier(lang), key)
        .unwrap_or_else(|| key.to_owned())
}

/// [`t`] with Fluent arguments, e.g. `t_args(lang, "site-title", &[("municipality", name)])`.
pub fn t_args(lang: Language, key: &str, args: &[(&'static str, &str)]) -> String {
    let args: HashMap<Cow<'static, str>, FluentValue<'_>> = args
        .iter()
        .map(|(k, v)| (Cow::Borrowed(*k), argument(v)))
        .collect();
    LOCALES
        .try_lookup_with_args(&identifier(lang), key, &args)
        .unwrap_or_else(|| key.to_owned())
}

/// A whole number becomes a Fluent number, so plural forms (`[one]`, `*[other]`) are chosen
/// by it; anything else (codes with leading zeros included) stays text.
fn argument(value: &str) -> FluentValue<'_> {
    let plain_number = !value.is_empty()
        && value.len() <= 15
        && value.bytes().all(|b| b.is_ascii_digit())
        && (value == "0" || !value.starts_with('0'));
    match value.parse::<i64>() {
        Ok(number) if plain_number => FluentValue::from(number),
        _ => FluentValue::from(value),
    }
}

/// The language of the page being rendered (provided by the shell from the URL).
pub fn use_language() -> Language {
    leptos::prelude::use_context::<Language>().unwrap_or_else(Language::default_language)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_choose_the_plural_form() {
        let nl = Language::from_code("nl").unwrap();
        assert_eq!(
            t_args(nl, "team-queue-count", &[("count", "1")]),
            "1 melding"
        );
        assert_eq!(
            t_args(nl, "team-queue-count", &[("count", "3")]),
            "3 meldingen"
        );
    }

    #[test]
    fn lookups_translate_and_fill_arguments() {
        let nl = Language::default_language();
        let en = Language::from_code("en").unwrap();
        assert_ne!(t(nl, "skip-link"), t(en, "skip-link"));
        assert_eq!(t(nl, "no-such-key"), "no-such-key");
        assert!(t_args(en, "site-title", &[("municipality", "Haarlem")]).contains("Haarlem"));
    }
}
