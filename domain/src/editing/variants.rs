//! Variants: an organisation's page written differently for one of its municipalities (a
//! local scheme, a different deadline). A variant is a page of its own, edited like any
//! other; this says what it is called and which text a municipality's readers get.

/// The slug of `base`'s variant for `municipality`. Shipped slugs never hold `--`, so it
/// cannot meet a page of its own.
pub fn variant_slug(base: &str, municipality: &str) -> String {
    format!("{base}--{municipality}")
}

/// A published text as the choice needs it: its page, language, and whether it is a variant
/// (the page it stands in for, and for which municipality).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Text<'a> {
    pub slug: &'a str,
    pub lang: &'a str,
    pub variant_of: Option<&'a str>,
    pub municipality: Option<&'a str>,
}

/// What a municipality's readers get for one page in one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shown<'a> {
    /// Position of the text in the list given.
    pub index: usize,
    /// The address it is shown at: the organisation's page's slug.
    pub slug: &'a str,
    /// The organisation's text in a language its municipality's variant lacks: the reader
    /// is told it may not match the (Dutch) variant, as with an outdated translation.
    pub behind_variant: bool,
}

/// The texts readers of `municipality` get: each of the organisation's pages in each
/// language, where the municipality's own variant in that language stands in for it; other
/// municipalities' variants are not shown. Order follows `texts`.
pub fn shown_for<'a>(texts: &[Text<'a>], municipality: &str) -> Vec<Shown<'a>> {
    let mine = |t: &Text<'_>| t.municipality == Some(municipality) && t.variant_of.is_some();
    let has_variant = |slug: &str, lang: &str| {
        texts
            .iter()
            .any(|t| mine(t) && t.variant_of == Some(slug) && t.lang == lang)
    };
    texts
        .iter()
        .enumerate()
        .filter_map(|(index, t)| match t.variant_of {
            Some(base) if mine(t) => Some(Shown {
                index,
                slug: base,
                behind_variant: false,
            }),
            Some(_) => None,
            None if has_variant(t.slug, t.lang) => None,
            None => Some(Shown {
                index,
                slug: t.slug,
                behind_variant: has_variant(t.slug, "nl"),
            }),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn own<'a>(slug: &'a str, lang: &'a str) -> Text<'a> {
        Text {
            slug,
            lang,
            variant_of: None,
            municipality: None,
        }
    }

    fn variant<'a>(slug: &'a str, lang: &'a str, base: &'a str, m: &'a str) -> Text<'a> {
        Text {
            slug,
            lang,
            variant_of: Some(base),
            municipality: Some(m),
        }
    }

    #[test]
    fn a_variant_stands_in_for_its_page_for_its_municipality_only() {
        let texts = [
            own("kostendeler", "nl"),
            own("kostendeler", "en"),
            own("vermogen", "nl"),
            variant("kostendeler--zandvoort", "nl", "kostendeler", "zandvoort"),
            variant("vermogen--haarlem", "nl", "vermogen", "haarlem"),
        ];
        let zandvoort = shown_for(&texts, "zandvoort");
        let picked: Vec<(usize, &str, bool)> = zandvoort
            .iter()
            .map(|s| (s.index, s.slug, s.behind_variant))
            .collect();
        // Dutch: the variant, at the page's address; English: the organisation's text,
        // marked as behind the Dutch variant; Haarlem's variant is not Zandvoort's.
        assert_eq!(
            picked,
            [
                (1, "kostendeler", true),
                (2, "vermogen", false),
                (3, "kostendeler", false)
            ]
        );
        let haarlem = shown_for(&texts, "haarlem");
        assert_eq!(
            haarlem.iter().map(|s| s.index).collect::<Vec<_>>(),
            [0, 1, 4]
        );
        assert!(haarlem.iter().all(|s| !s.behind_variant));
    }

    #[test]
    fn without_variants_every_page_is_shown_as_it_is() {
        let texts = [own("a", "nl"), own("b", "nl")];
        let shown = shown_for(&texts, "standaard");
        assert_eq!(shown.len(), 2);
        assert_eq!(variant_slug("a", "zandvoort"), "a--zandvoort");
    }
}
