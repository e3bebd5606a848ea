//! The languages Helder offers (from `locales/languages.toml`), their reading direction, and
//! choosing one: from a URL path or an `Accept-Language` header. The translations themselves
//! (Fluent) live with the pages.

/// Reading direction of a language, for `<html dir>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Ltr,
    Rtl,
}

/// Languages written right to left (primary subtags).
const RIGHT_TO_LEFT: &[&str] = &["ar", "fa", "he", "ur", "ps", "ckb", "yi", "dv", "sd", "ug"];

impl Direction {
    /// The direction of a language code such as `ar` or `fa-IR`.
    pub fn of(code: &str) -> Direction {
        let primary = code.split(['-', '_']).next().unwrap_or_default();
        if RIGHT_TO_LEFT
            .iter()
            .any(|rtl| rtl.eq_ignore_ascii_case(primary))
        {
            Direction::Rtl
        } else {
            Direction::Ltr
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// A language Helder offers; the table comes from `locales/languages.toml`.
// Non-exhaustive: other crates read the fields but cannot make a language that is not in
// [`LANGUAGES`], so every `Language` is one Helder offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Language {
    /// BCP 47 code, also the first segment of every public URL.
    pub code: &'static str,
    /// The language's name in that language, for the switcher.
    pub name: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/languages.rs"));

impl Language {
    /// Reading direction, which follows from the language.
    pub fn dir(self) -> Direction {
        Direction::of(self.code)
    }

    /// The leading language: Dutch, the first line of `languages.toml`.
    pub fn default_language() -> Language {
        LANGUAGES[0]
    }

    /// The offered language with exactly this code, if any.
    pub fn from_code(code: &str) -> Option<Language> {
        LANGUAGES.iter().copied().find(|l| l.code == code)
    }

    /// The language a URL path starts with (`/en/privacy` → English).
    pub fn from_path(path: &str) -> Option<Language> {
        let first = path.trim_start_matches('/').split('/').next()?;
        Self::from_code(first)
    }

    /// Best offered language for an `Accept-Language` header; Dutch when nothing matches.
    pub fn negotiate(accept_language: Option<&str>) -> Language {
        let Some(header) = accept_language else {
            return Self::default_language();
        };
        let mut wanted: Vec<(f32, usize, &str)> = header
            .split(',')
            .enumerate()
            .filter_map(|(i, item)| {
                let mut parts = item.trim().split(';');
                let tag = parts.next()?.trim();
                if tag.is_empty() {
                    return None;
                }
                let q = parts
                    .find_map(|p| p.trim().strip_prefix("q="))
                    .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())?;
                (q > 0.0).then_some((q, i, tag))
            })
            .collect();
        // Highest quality first; equal qualities keep the order the browser sent.
        wanted.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        wanted
            .iter()
            .find_map(|(_, _, tag)| {
                let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
                Self::from_code(&primary)
            })
            .unwrap_or_else(Self::default_language)
    }

    /// Same page in another language: swaps the first path segment, keeps the rest.
    pub fn switch_path(self, path_and_query: &str) -> String {
        let trimmed = path_and_query.trim_start_matches('/');
        let rest = match trimmed.split_once('/') {
            Some((first, rest)) if Self::from_code(first).is_some() => rest,
            None if Self::from_code(trimmed.split('?').next().unwrap_or("")).is_some() => "",
            _ => "",
        };
        format!("/{}/{}", self.code, rest)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dutch_is_the_default_and_first() {
        assert_eq!(Language::default_language().code, "nl");
        assert_eq!(Language::negotiate(None).code, "nl");
        assert_eq!(Language::negotiate(Some("de-DE,fr;q=0.5")).code, "nl");
        assert_eq!(Language::negotiate(Some("")).code, "nl");
        assert_eq!(Language::negotiate(Some(";;;,,q=")).code, "nl");
    }

    #[test]
    fn negotiation_respects_quality_and_order() {
        assert_eq!(Language::negotiate(Some("en-GB,en;q=0.9")).code, "en");
        assert_eq!(Language::negotiate(Some("de,en;q=0.8,nl;q=0.9")).code, "nl");
        assert_eq!(Language::negotiate(Some("nl;q=0,en")).code, "en");
        assert_eq!(Language::negotiate(Some("EN-us")).code, "en");
    }

    #[test]
    fn direction_follows_the_language() {
        for code in ["ar", "fa", "fa-IR", "he", "ur"] {
            assert_eq!(Direction::of(code), Direction::Rtl, "{code}");
        }
        for code in ["nl", "en", "tr", "pl", "ti", "so", "de-DE"] {
            assert_eq!(Direction::of(code), Direction::Ltr, "{code}");
        }
        assert_eq!(Language::default_language().dir().as_str(), "ltr");
        assert_eq!(Direction::Rtl.as_str(), "rtl");
    }

    #[test]
    fn switching_keeps_the_page() {
        let en = Language::from_code("en").unwrap();
        assert_eq!(en.switch_path("/nl/privacy"), "/en/privacy");
        assert_eq!(en.switch_path("/nl/"), "/en/");
        assert_eq!(en.switch_path("/nl"), "/en/");
        assert_eq!(en.switch_path("/nl/a/b?q=1"), "/en/a/b?q=1");
        assert_eq!(en.switch_path("/xx/unknown"), "/en/");
        assert_eq!(Language::from_path("/en/privacy"), Some(en));
        assert_eq!(Language::from_path("/xx/"), None);
    }
}
