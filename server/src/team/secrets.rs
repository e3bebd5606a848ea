//! Passwords (argon2id) and one-time codes (TOTP, RFC 6238) for staff log-in.

use argon2::{
    Argon2, PasswordHash, PasswordHasher, PasswordVerifier,
    password_hash::{SaltString, rand_core::OsRng},
};
use data_encoding::BASE32_NOPAD;
use hmac::{Hmac, Mac};
use rand::RngCore;
use sha1::Sha1;
use std::sync::LazyLock;

/// Shortest password accepted (NCSC: length over complexity).
pub const MIN_PASSWORD_CHARS: usize = 12;
pub const MAX_PASSWORD_CHARS: usize = 200;

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PasswordProblem {
    #[error("too short")]
    TooShort,
    #[error("too long")]
    TooLong,
}

/// A password someone chose, checked for length.
pub fn check_new_password(password: &str) -> Result<(), PasswordProblem> {
    let chars = password.chars().count();
    if chars < MIN_PASSWORD_CHARS {
        Err(PasswordProblem::TooShort)
    } else if chars > MAX_PASSWORD_CHARS {
        Err(PasswordProblem::TooLong)
    } else {
        Ok(())
    }
}

/// argon2id in PHC form.
pub fn hash_password(password: &str) -> Result<String, argon2::password_hash::Error> {
    let salt = SaltString::generate(&mut OsRng);
    Ok(Argon2::default()
        .hash_password(password.as_bytes(), &salt)?
        .to_string())
}

/// Compared against when an account does not exist, so that answer takes as long as a wrong
/// password and does not reveal which addresses have accounts.
static DUMMY_HASH: LazyLock<String> =
    LazyLock::new(|| hash_password("no account has this password").unwrap_or_default());

/// Whether `password` matches `hash`; a missing hash still costs one verification.
pub fn verify_password(password: &str, hash: Option<&str>) -> bool {
    let stored = hash.unwrap_or(DUMMY_HASH.as_str());
    let Ok(parsed) = PasswordHash::new(stored) else {
        return false;
    };
    Argon2::default()
        .verify_password(password.as_bytes(), &parsed)
        .is_ok()
        && hash.is_some()
}

/// A new TOTP secret: 20 random bytes in base32 (what authenticator apps expect).
pub fn new_totp_secret() -> String {
    let mut bytes = [0u8; 20];
    rand::rng().fill_bytes(&mut bytes);
    BASE32_NOPAD.encode(&bytes)
}

/// The `otpauth://` address an authenticator app reads (typed or as a QR code elsewhere).
pub fn totp_uri(secret: &str, email: &str, issuer: &str) -> String {
    let enc = |s: &str| -> String {
        s.bytes()
            .map(|b| match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'@' => {
                    (b as char).to_string()
                }
                other => format!("%{other:02X}"),
            })
            .collect()
    };
    format!(
        "otpauth://totp/{}:{}?secret={secret}&issuer={}&algorithm=SHA1&digits=6&period=30",
        enc(issuer),
        enc(email),
        enc(issuer)
    )
}

/// The 6-digit code for a 30-second step.
pub fn totp_code(secret: &str, step: u64) -> Option<String> {
    let key = BASE32_NOPAD.decode(secret.as_bytes()).ok()?;
    let mut mac = Hmac::<Sha1>::new_from_slice(&key).ok()?;
    mac.update(&step.to_be_bytes());
    let digest = mac.finalize().into_bytes();
    let offset = (digest[19] & 0x0f) as usize;
    let value = u32::from_be_bytes([
        digest[offset] & 0x7f,
        digest[offset + 1],
        digest[offset + 2],
        digest[offset + 3],
    ]);
    Some(format!("{:06}", value % 1_000_000))
}

/// Whether `code` is right for `unix_seconds`, allowing one step of clock drift either way.
pub fn verify_totp(secret: &str, code: &str, unix_seconds: u64) -> bool {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if code.len() != 6 || !code.chars().all(|c| c.is_ascii_digit()) {
        return false;
    }
    let step = unix_seconds / 30;
    [step.saturating_sub(1), step, step + 1]
        .into_iter()
        .filter_map(|s| totp_code(secret, s))
        .any(|expected| subtle::ConstantTimeEq::ct_eq(expected.as_bytes(), code.as_bytes()).into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn totp_matches_the_rfc_6238_vectors() {
        // RFC 6238 appendix B, SHA1 key "12345678901234567890" (8 digits there; we use the last 6).
        let secret = BASE32_NOPAD.encode(b"12345678901234567890");
        assert_eq!(totp_code(&secret, 59 / 30).as_deref(), Some("287082"));
        assert_eq!(
            totp_code(&secret, 1111111109 / 30).as_deref(),
            Some("081804")
        );
        assert_eq!(
            totp_code(&secret, 2000000000 / 30).as_deref(),
            Some("279037")
        );
        assert!(verify_totp(&secret, "287 082", 59));
        assert!(verify_totp(&secret, "287082", 59 + 30), "one step of drift");
        assert!(!verify_totp(&secret, "287082", 59 + 90));
        assert!(!verify_totp(&secret, "28708", 59));
    }

    #[test]
    fn passwords_verify_and_unknown_accounts_fail() {
        let hash = hash_password("correct horse battery").unwrap();
        assert!(hash.starts_with("$argon2id$"));
        assert!(verify_password("correct horse battery", Some(&hash)));
        assert!(!verify_password("wrong horse battery", Some(&hash)));
        assert!(!verify_password("no account has this password", None));
        assert_eq!(check_new_password("kort"), Err(PasswordProblem::TooShort));
        assert_eq!(check_new_password("lang genoeg wachtwoord"), Ok(()));
    }
}
