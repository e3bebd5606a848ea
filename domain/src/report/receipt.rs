//! The receipt code a reporter gets once, to come back anonymously: 16 digits in groups of
//! four (as GlobaLeaks does). The server makes them and keeps only a slow hash of each.

/// A receipt code: exactly 16 digits.
#[derive(Clone, PartialEq, Eq)]
pub struct ReceiptCode(String);

// Never print a code by accident, e.g. in a log line.
impl std::fmt::Debug for ReceiptCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ReceiptCode(…)")
    }
}

/// How many codes there are: 10^16.
pub const CODES: u64 = 10_000_000_000_000_000;

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

    /// The code with number `n` (taken modulo [`CODES`]), leading zeros included: a uniformly
    /// random number below [`CODES`] gives a uniformly random code.
    pub fn from_number(n: u64) -> ReceiptCode {
        ReceiptCode(format!("{:016}", n % CODES))
    }

    /// The 16 digits, for hashing; never for showing (see [`ReceiptCode::grouped`]).
    pub fn digits(&self) -> &str {
        &self.0
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

#[cfg(test)]
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
    fn every_number_below_the_count_is_a_code() {
        assert_eq!(
            ReceiptCode::from_number(42).grouped(),
            "0000 0000 0000 0042"
        );
        assert_eq!(
            ReceiptCode::from_number(CODES - 1).digits(),
            "9999999999999999"
        );
        assert_eq!(ReceiptCode::from_number(CODES), ReceiptCode::from_number(0));
        let code = ReceiptCode::from_number(1_234_567_890_123_456);
        assert_eq!(ReceiptCode::parse(&code.grouped()), Some(code));
    }
}
