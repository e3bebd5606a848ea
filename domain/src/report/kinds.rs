//! The kinds of suspicion a reporter chose: a set, never empty.

use super::questionnaire::Questionnaire;
use serde::{Deserialize, Serialize};

/// Chosen kinds of suspicion: at least one id, each once. Made by [`parse_kinds`] (known to
/// the questionnaire, in its order) or read back from a saved draft (as a list of ids).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "Vec<String>", into = "Vec<String>")]
pub struct KindSet(Vec<String>);

impl KindSet {
    /// The ids, in the order they were chosen in.
    pub fn ids(&self) -> &[String] {
        &self.0
    }

    pub fn contains(&self, id: &str) -> bool {
        self.0.iter().any(|k| k == id)
    }
}

impl TryFrom<Vec<String>> for KindSet {
    type Error = KindsError;

    /// A non-empty list without repeats (as a draft stores it).
    fn try_from(ids: Vec<String>) -> Result<KindSet, KindsError> {
        if ids.is_empty() {
            return Err(KindsError::NoneChosen);
        }
        if ids.iter().enumerate().any(|(i, id)| ids[..i].contains(id)) {
            return Err(KindsError::Repeated);
        }
        Ok(KindSet(ids))
    }
}

impl From<KindSet> for Vec<String> {
    fn from(kinds: KindSet) -> Vec<String> {
        kinds.0
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum KindsError {
    #[error("no kind of suspicion chosen")]
    NoneChosen,
    #[error("unknown kind of suspicion")]
    Unknown,
    #[error("a kind of suspicion appears twice")]
    Repeated,
}

/// The chosen kinds of suspicion: at least one, all known, each once, in questionnaire order.
pub fn parse_kinds(
    questionnaire: &Questionnaire,
    chosen: &[String],
) -> Result<KindSet, KindsError> {
    if chosen.iter().any(|c| questionnaire.kind(c).is_none()) {
        return Err(KindsError::Unknown);
    }
    let mut kinds: Vec<String> = Vec::new();
    for kind in &questionnaire.kinds {
        if chosen.contains(&kind.id) && !kinds.contains(&kind.id) {
            kinds.push(kind.id.clone());
        }
    }
    KindSet::try_from(kinds)
}

/// A draft's kinds as stored: a list, empty while none are chosen (drafts saved before the
/// set type read the same).
pub(crate) mod stored {
    use super::KindSet;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    pub fn serialize<S: Serializer>(kinds: &Option<KindSet>, s: S) -> Result<S::Ok, S::Error> {
        kinds.as_ref().map_or(&[][..], KindSet::ids).serialize(s)
    }

    /// An empty list is no choice yet; a list with repeats (never written) counts as none.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<KindSet>, D::Error> {
        let ids = Vec::<String>::deserialize(d)?;
        Ok(KindSet::try_from(ids).ok())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_set_is_never_empty_and_holds_each_kind_once() {
        assert_eq!(KindSet::try_from(Vec::new()), Err(KindsError::NoneChosen));
        assert_eq!(
            KindSet::try_from(vec!["work".to_owned(), "work".to_owned()]),
            Err(KindsError::Repeated)
        );
        let kinds = KindSet::try_from(vec!["work".to_owned(), "assets".to_owned()]).unwrap();
        assert!(kinds.contains("assets") && !kinds.contains("other"));
        assert_eq!(kinds.ids(), ["work", "assets"]);
        let json = serde_json::to_string(&kinds).unwrap();
        assert_eq!(json, r#"["work","assets"]"#);
        assert_eq!(serde_json::from_str::<KindSet>(&json).unwrap(), kinds);
        assert!(serde_json::from_str::<KindSet>("[]").is_err());
    }

    #[cfg(feature = "server")]
    #[test]
    fn kinds_are_known_and_ordered() {
        let q = Questionnaire::parse(include_str!("../../../locales/questionnaire.toml"))
            .expect("shipped questionnaire is valid");
        let chosen =
            |ids: &[&str]| parse_kinds(&q, &ids.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        assert_eq!(
            chosen(&["work", "living_together"]).unwrap().ids(),
            ["living_together", "work"]
        );
        assert_eq!(chosen(&[]), Err(KindsError::NoneChosen));
        assert_eq!(chosen(&["rumour"]), Err(KindsError::Unknown));
    }
}
