//! Files that start with front matter: `---`, lines of `key: value`, `---`, then the body.
//! Used by the shipped pages and the film transcripts.

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FrontMatter<'a> {
    front: &'a str,
    pub body: &'a str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FrontMatterError {
    NoOpeningLine,
    NoClosingLine,
}

impl std::fmt::Display for FrontMatterError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            FrontMatterError::NoOpeningLine => "must start with a --- line",
            FrontMatterError::NoClosingLine => "front matter has no closing --- line",
        })
    }
}

impl<'a> FrontMatter<'a> {
    pub fn split(source: &'a str) -> Result<FrontMatter<'a>, FrontMatterError> {
        let rest = source
            .strip_prefix("---\n")
            .ok_or(FrontMatterError::NoOpeningLine)?;
        let (front, body) = rest
            .split_once("\n---\n")
            .ok_or(FrontMatterError::NoClosingLine)?;
        Ok(FrontMatter { front, body })
    }

    /// The trimmed value of `key`, if present and not empty.
    pub fn get(&self, key: &str) -> Option<String> {
        self.front
            .lines()
            .find_map(|l| {
                l.strip_prefix(key)?
                    .strip_prefix(':')
                    .map(|v| v.trim().to_owned())
            })
            .filter(|v| !v.is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_and_reads_fields() {
        let fm = FrontMatter::split("---\ntitle: Een titel\nempty:\n---\nTekst.\n").unwrap();
        assert_eq!(fm.get("title").as_deref(), Some("Een titel"));
        assert_eq!(fm.get("empty"), None);
        assert_eq!(fm.get("missing"), None);
        assert_eq!(fm.body, "Tekst.\n");
        assert_eq!(
            FrontMatter::split("Tekst"),
            Err(FrontMatterError::NoOpeningLine)
        );
        assert_eq!(
            FrontMatter::split("---\na: b\n"),
            Err(FrontMatterError::NoClosingLine)
        );
    }
}
