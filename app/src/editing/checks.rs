//! The writing help's findings in words: each is a Fluent id in `checks.ftl`, filled in the
//! language of the team pages (the checks themselves are in
//! [`helder_domain::editing::checks`]).

use crate::i18n::t_args;
use helder_domain::{editing::checks::Finding, languages::Language};

/// The message of a finding in the editor's language (`ui`), with decimal commas where that
/// language writes them.
pub fn message(finding: &Finding, ui: Language) -> String {
    let args: Vec<(&'static str, String)> = finding
        .args
        .iter()
        .map(|(name, value)| (*name, local_decimal(ui, value)))
        .collect();
    let borrowed: Vec<(&'static str, &str)> = args.iter().map(|(n, v)| (*n, v.as_str())).collect();
    t_args(ui, finding.key, &borrowed)
}

/// `16.4` becomes `16,4` in languages that write a decimal comma; other text is left alone.
fn local_decimal(ui: Language, value: &str) -> String {
    let decimal = value.contains('.')
        && value.parse::<f64>().is_ok()
        && value
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == '-');
    if decimal && matches!(ui.code, "nl" | "tr" | "pl") {
        value.replace('.', ",")
    } else {
        value.to_owned()
    }
}

/// Every Fluent id a finding can have, and the labels of the editor's report; a test keeps
/// them in both `checks.ftl` files.
pub const MESSAGE_KEYS: &[&str] = &[
    "check-flesch-low",
    "check-average-long",
    "check-sentence-long",
    "check-long-words",
    "check-plain-word",
    "check-heading-h1",
    "check-heading-first",
    "check-heading-skip",
    "check-heading-deep",
    "check-heading-empty",
    "check-link-empty",
    "check-link-vague",
    "check-image-alt",
    "check-film-captions",
    "check-film-transcript",
    "check-heading-readability",
    "check-heading-publish",
    "check-intro",
    "check-label-flesch",
    "check-label-flesch-help",
    "check-label-words",
    "check-label-sentences",
    "check-label-average",
    "check-label-longest",
    "check-label-long-words",
    "check-label-plain-words",
    "check-severity-warning",
    "check-severity-advice",
    "check-none",
];

#[cfg(test)]
mod tests {
    use super::*;
    use helder_domain::editing::checks::{
        publishing::{FilmInfo, publish_findings},
        reading::{readability, readability_findings},
    };

    fn nl() -> Language {
        Language::default_language()
    }

    fn lang(code: &str) -> Language {
        Language::from_code(code).unwrap()
    }

    const HARD: &str = "Overeenkomstig de toepasselijke bepalingen van de Participatiewet is \
        belanghebbende gehouden om onverwijld alle inlichtingen te verstrekken die redelijkerwijs \
        van invloed kunnen zijn op de arbeidsinschakeling en de verlening van bijstandsuitkeringen.";

    #[test]
    fn a_low_score_names_the_formula_and_the_target() {
        let findings = readability_findings(nl(), &readability(nl(), HARD));
        assert_eq!(findings[0].key, "check-flesch-low");
        let message = message(&findings[0], nl());
        assert!(
            message.contains("Flesch-Douma") && message.contains("60"),
            "{message}"
        );
    }

    #[test]
    fn decimals_are_written_the_way_the_language_writes_them() {
        let sixteen = format!("{}.", vec!["de"; 16].join(" "));
        let findings = readability_findings(nl(), &readability(nl(), &sixteen));
        let average = findings
            .iter()
            .find(|f| f.key == "check-average-long")
            .unwrap();
        assert!(
            message(average, nl()).contains("16,0"),
            "{}",
            message(average, nl())
        );
        assert!(message(average, lang("en")).contains("16.0"));
    }

    #[test]
    fn publishing_findings_read_well() {
        let findings = publish_findings(nl(), "## Kop\n\n###\n\n## <span></span>\n", &[]);
        assert!(message(&findings[0], nl()).contains("lege kop 3"));
        let films = [FilmInfo {
            title: "Werk".into(),
            has_captions: false,
            has_transcript: true,
        }];
        let findings = publish_findings(nl(), "## Kop\n\nTekst.", &films);
        assert_eq!(
            message(&findings[0], nl()),
            "De film “Werk” heeft geen ondertiteling."
        );
    }

    #[test]
    fn every_key_has_a_message_in_dutch_and_english() {
        for ui in [nl(), lang("en")] {
            for key in MESSAGE_KEYS {
                let text = t_args(
                    ui,
                    key,
                    &[
                        ("score", "40"),
                        ("target", "60"),
                        ("average", "16"),
                        ("max", "15"),
                        ("count", "2"),
                        ("words", "3"),
                        ("sentence", "s"),
                        ("word", "w"),
                        ("alternative", "a"),
                        ("heading", "h"),
                        ("level", "3"),
                        ("from", "2"),
                        ("to", "4"),
                        ("text", "t"),
                        ("src", "/a.png"),
                        ("title", "f"),
                    ],
                );
                assert_ne!(text, *key, "{} misses {key}", ui.code);
                assert!(!text.contains("{ $"), "{}: {key}: {text}", ui.code);
            }
        }
        assert_eq!(t_args(nl(), "check-none", &[]), "Geen waarschuwingen");
    }
}
