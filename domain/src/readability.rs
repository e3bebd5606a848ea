//! Readability of Dutch text: the Flesch-Douma score and sentence length. Plain functions, used
//! by the content tests and by the editor's writing help ([`crate::editing::checks`]).

/// Counts for a text: words, sentences and (Dutch) syllables.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Readability {
    pub words: usize,
    pub sentences: usize,
    pub syllables: usize,
}

const VOWELS: &str = "aeiouyáéíóúàèìòùäëïöüâêîôû";

fn is_vowel(c: char) -> bool {
    VOWELS.contains(c.to_lowercase().next().unwrap_or(c))
}

/// Syllables of one word, counted as groups of consecutive vowels (at least one).
pub fn syllables(word: &str) -> usize {
    let mut groups = 0;
    let mut in_group = false;
    for c in word.chars() {
        let vowel = is_vowel(c);
        if vowel && !in_group {
            groups += 1;
        }
        in_group = vowel;
    }
    groups.max(1)
}

impl Readability {
    /// Measures plain text. Sentences end at `.`, `!`, `?`, `:` before a line break, or a line
    /// end (so headings and list items count as sentences).
    pub fn of(text: &str) -> Readability {
        let mut words = 0;
        let mut sentences = 0;
        let mut syllable_count = 0;
        for line in text.lines() {
            let mut words_in_sentence = 0;
            for token in line.split_whitespace() {
                let word: String = token.chars().filter(|c| c.is_alphanumeric()).collect();
                if !word.is_empty() {
                    words += 1;
                    words_in_sentence += 1;
                    syllable_count += syllables(&word);
                }
                if token.ends_with(['.', '!', '?']) && words_in_sentence > 0 {
                    sentences += 1;
                    words_in_sentence = 0;
                }
            }
            if words_in_sentence > 0 {
                sentences += 1;
            }
        }
        Readability {
            words,
            sentences,
            syllables: syllable_count,
        }
    }

    pub fn words_per_sentence(&self) -> f64 {
        if self.sentences == 0 {
            return 0.0;
        }
        self.words as f64 / self.sentences as f64
    }

    /// 206.84 − 0.77 × syllables per 100 words − 0.93 × words per sentence.
    pub fn flesch_douma(&self) -> f64 {
        if self.words == 0 {
            return 0.0;
        }
        let syllables_per_100 = self.syllables as f64 * 100.0 / self.words as f64;
        206.84 - 0.77 * syllables_per_100 - 0.93 * self.words_per_sentence()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syllables_are_vowel_groups() {
        assert_eq!(syllables("huis"), 1);
        assert_eq!(syllables("uitkering"), 3);
        assert_eq!(syllables("gemeente"), 3);
        assert_eq!(syllables("rth"), 1);
        assert_eq!(syllables("café"), 2);
    }

    #[test]
    fn short_plain_sentences_score_high() {
        let easy = Readability::of("U krijgt geld. Dat is fijn. Geef het door.");
        assert_eq!(easy.sentences, 3);
        assert_eq!(easy.words, 9);
        assert!(easy.flesch_douma() > 80.0, "{}", easy.flesch_douma());
        let hard = Readability::of(
            "Overeenkomstig de toepasselijke bepalingen van de Participatiewet is belanghebbende \
             gehouden om onverwijld alle inlichtingen te verstrekken die redelijkerwijs van invloed \
             kunnen zijn op de arbeidsinschakeling en de verlening van bijstandsuitkeringen.",
        );
        assert_eq!(hard.sentences, 1);
        assert!(hard.flesch_douma() < 20.0, "{}", hard.flesch_douma());
        assert!(hard.words_per_sentence() > 25.0);
    }

    #[test]
    fn lines_without_a_full_stop_are_sentences() {
        let r = Readability::of("Wat moet u doen\n- Bel ons\n- Vul het formulier in");
        assert_eq!(r.sentences, 3);
        assert_eq!(Readability::of("").flesch_douma(), 0.0);
    }
}
