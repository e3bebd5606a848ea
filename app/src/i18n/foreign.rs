//! Text in another language than the page's (a Dutch title on an Arabic page): marked with
//! `lang`, and `dir` where the direction differs, so a screen reader switches voice and the
//! text keeps its own direction (WCAG 3.1.2, language of parts).

use super::lookup::t_args;
use helder_domain::languages::Language;
use leptos::prelude::*;

/// `lang` and `dir` for text in `text` shown on a page in `page`: nothing when they are the
/// same language, `dir` only when the direction differs.
pub fn part_attributes(
    page: Language,
    text: Language,
) -> (Option<&'static str>, Option<&'static str>) {
    if page == text {
        return (None, None);
    }
    let dir = (page.dir() != text.dir()).then(|| text.dir().as_str());
    (Some(text.code), dir)
}

/// A translated sentence whose argument `name` is `text`, written in `text_lang`: the
/// argument is marked as a part in its own language when that is not the page's.
pub fn t_with_part(
    lang: Language,
    key: &str,
    name: &'static str,
    text: &str,
    text_lang: Language,
) -> AnyView {
    // A private-use character marks where the argument goes; Fluent leaves it alone.
    const SLOT: &str = "\u{E000}";
    let (part_lang, part_dir) = part_attributes(lang, text_lang);
    let sentence = t_args(lang, key, &[(name, SLOT)]);
    match (part_lang, sentence.split_once(SLOT)) {
        (Some(part_lang), Some((before, after))) => view! {
            {before.to_owned()}
            <span lang=part_lang dir=part_dir>{text.to_owned()}</span>
            {after.to_owned()}
        }
        .into_any(),
        _ => t_args(lang, key, &[(name, text)]).into_any(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lang(code: &str) -> Language {
        Language::from_code(code).expect("a known language")
    }

    #[test]
    fn only_another_language_is_marked_and_dir_only_when_it_differs() {
        assert_eq!(part_attributes(lang("nl"), lang("nl")), (None, None));
        assert_eq!(part_attributes(lang("en"), lang("nl")), (Some("nl"), None));
        assert_eq!(
            part_attributes(lang("ar"), lang("nl")),
            (Some("nl"), Some("ltr"))
        );
        assert_eq!(
            part_attributes(lang("nl"), lang("fa")),
            (Some("fa"), Some("rtl"))
        );
    }

    // Rendering to HTML needs the server side of Leptos.
    #[cfg(feature = "ssr")]
    #[test]
    fn a_dutch_title_in_an_arabic_sentence_is_a_dutch_part() {
        let html = t_with_part(
            lang("ar"),
            "film-watch",
            "title",
            "Er komt iemand",
            lang("nl"),
        )
        .to_html();
        assert!(
            html.contains(r#"<span lang="nl" dir="ltr">Er komt iemand</span>"#),
            "{html}"
        );
        assert!(html.starts_with("شاهد الفيلم"), "{html}");
        let same = t_with_part(
            lang("nl"),
            "film-watch",
            "title",
            "Er komt iemand",
            lang("nl"),
        )
        .to_html();
        assert!(!same.contains("<span"), "{same}");
    }
}
