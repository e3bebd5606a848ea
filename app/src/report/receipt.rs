//! The receipt code a reporter gets once, to come back anonymously: 16 digits in groups of
//! four (as GlobaLeaks does). Only a slow hash (argon2id) of it is ever stored.

/// A receipt code: exactly 16 digits.
#[derive(Clone, PartialEq, Eq)]
pub struct ReceiptCode(String);

// Never print a code by accident, e.g. in a log line.
impl std::fmt::Debug for ReceiptCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ReceiptCode(…)")
    }
}

impl ReceiptCode {
    /// Accepts what people type: digits with spaces or dashes anywhere.
    pub fn parse(input: &str) -> Option<ReceiptCode> {
        let digits: String = input
            .chars()
            .filter(|c| !matches!(c, ' ' | '-' | '\u{a0}'))
            .collect();
        (digits.len() == 16 && digits.chars().all(|c| c.is_ascii_digit()))
            .then_some(ReceiptCode(digits))
    }

    /// `1234 5678 9012 3456`
    pub fn grouped(&self) -> String {
        self.0
            .as_bytes()
            .chunks(4)
            .map(|c| String::from_utf8_lossy(c).into_owned())
            .collect::<Vec<_>>()
            .join(" ")
    }
}

#[cfg(feature = "ssr")]
impl ReceiptCode {
    /// A fresh random code from the operating system's generator.
    pub fn generate() -> ReceiptCode {
        use rand::Rng;
        let mut rng = rand::rng();
        ReceiptCode(
            (0..16)
                .map(|_| char::from(b'0' + rng.random_range(0..10u8)))
                .collect(),
        )
    }

    /// The stored form: argon2id with the installation's salt, so a code can be found by its
    /// hash without keeping the code. Slow on purpose; with rate limits, guessing is hopeless.
    pub fn hash(&self, installation_salt: &[u8; 16]) -> Result<String, argon2::Error> {
        let mut memory = vec![argon2::Block::default(); argon2::Params::DEFAULT_M_COST as usize];
        self.hash_with(installation_salt, &mut memory)
    }

    /// [`ReceiptCode::hash`] in the caller's argon2 working memory (the server's hashing
    /// threads reuse theirs, so a flood of codes costs no new memory).
    pub fn hash_with(
        &self,
        installation_salt: &[u8; 16],
        memory: &mut [argon2::Block],
    ) -> Result<String, argon2::Error> {
        let mut out = [0u8; 32];
        argon2::Argon2::default().hash_password_into_with_memory(
            self.0.as_bytes(),
            installation_salt,
            &mut out,
            memory,
        )?;
        Ok(out.iter().map(|b| format!("{b:02x}")).collect())
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    #[test]
    fn codes_parse_and_group() {
        let code = ReceiptCode::parse("1234 5678-9012 3456").unwrap();
        assert_eq!(code.grouped(), "1234 5678 9012 3456");
        assert!(ReceiptCode::parse("1234 5678 9012 345").is_none());
        assert!(ReceiptCode::parse("1234 5678 9012 345x").is_none());
        assert_eq!(format!("{code:?}"), "ReceiptCode(…)", "never logged");
    }

    #[test]
    fn generated_codes_are_random_and_hash_stably() {
        let a = ReceiptCode::generate();
        let b = ReceiptCode::generate();
        assert_ne!(a, b);
        assert!(ReceiptCode::parse(&a.grouped()).is_some());
        let salt = [7u8; 16];
        let h = a.hash(&salt).unwrap();
        assert_eq!(
            h,
            a.hash(&salt).unwrap(),
            "same code, same hash: it can be looked up"
        );
        assert_ne!(h, b.hash(&salt).unwrap());
        assert_ne!(
            h,
            a.hash(&[8u8; 16]).unwrap(),
            "another installation, another hash"
        );
        assert!(!h.contains(&a.0), "the hash does not contain the code");
    }
}
