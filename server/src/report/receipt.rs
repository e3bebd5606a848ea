//! Making receipt codes and the form they are stored in. Only a slow hash (argon2id) of a code
//! is ever stored, so the hashing lives here with the server's other argon2 work (see
//! [`crate::hashing`]), not with the code's rules.

use helder_domain::report::receipt::{CODES, ReceiptCode};
use rand::Rng;

/// A fresh random code from the operating system's generator.
pub fn generate() -> ReceiptCode {
    ReceiptCode::from_number(rand::rng().random_range(0..CODES))
}

/// The stored form: argon2id with the installation's salt, so a code can be found by its hash
/// without keeping the code. Slow on purpose; with rate limits, guessing is hopeless.
pub fn hash(code: &ReceiptCode, installation_salt: &[u8; 16]) -> Result<String, argon2::Error> {
    let mut memory = vec![argon2::Block::default(); argon2::Params::DEFAULT_M_COST as usize];
    hash_with(code, installation_salt, &mut memory)
}

/// [`hash`] in the caller's argon2 working memory (the server's hashing threads reuse theirs,
/// so a flood of codes costs no new memory).
pub fn hash_with(
    code: &ReceiptCode,
    installation_salt: &[u8; 16],
    memory: &mut [argon2::Block],
) -> Result<String, argon2::Error> {
    let mut out = [0u8; 32];
    argon2::Argon2::default().hash_password_into_with_memory(
        code.digits().as_bytes(),
        installation_salt,
        &mut out,
        memory,
    )?;
    Ok(out.iter().map(|b| format!("{b:02x}")).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_codes_are_random_and_hash_stably() {
        let a = generate();
        let b = generate();
        assert_ne!(a, b);
        assert!(ReceiptCode::parse(&a.grouped()).is_some());
        let salt = [7u8; 16];
        let h = hash(&a, &salt).unwrap();
        assert_eq!(
            h,
            hash(&a, &salt).unwrap(),
            "same code, same hash: it can be looked up"
        );
        assert_ne!(h, hash(&b, &salt).unwrap());
        assert_ne!(
            h,
            hash(&a, &[8u8; 16]).unwrap(),
            "another installation, another hash"
        );
        assert!(
            !h.contains(a.digits()),
            "the hash does not contain the code"
        );
    }
}
