//! Passwords (argon2id) and one-time codes (TOTP, RFC 6238) for staff log-in.

use argon2::{
    Algorithm, Argon2, Block, Params, PasswordHash, Version,
    password_hash::{Output, ParamsString, SaltString, rand_core::OsRng},
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

/// argon2id in PHC form (allocates its own memory: for the command line and tests; the
/// server hashes on the [`crate::hashing::HashPool`] with [`hash_password_with`]).
pub fn hash_password(password: &str) -> Result<String, argon2::password_hash::Error> {
    hash_password_with(password, &mut fresh_memory())
}

fn fresh_memory() -> Vec<Block> {
    vec![Block::default(); crate::hashing::MEMORY_BLOCKS]
}

/// argon2id (default parameters) in PHC form, in the caller's working memory.
pub fn hash_password_with(
    password: &str,
    memory: &mut [Block],
) -> Result<String, argon2::password_hash::Error> {
    let salt = SaltString::generate(&mut OsRng);
    let mut salt_bytes = [0u8; 64];
    let salt_raw = salt.decode_b64(&mut salt_bytes)?;
    let params = Params::default();
    let argon = Argon2::new(Algorithm::Argon2id, Version::V0x13, params.clone());
    let output = argon_output(
        &argon,
        password,
        salt_raw,
        Params::DEFAULT_OUTPUT_LEN,
        memory,
    )?;
    Ok(PasswordHash {
        algorithm: Algorithm::Argon2id.ident(),
        version: Some(Version::V0x13.into()),
        params: ParamsString::try_from(&params)?,
        salt: Some(salt.as_salt()),
        hash: Some(output),
    }
    .to_string())
}

/// The hash of `password` with `salt`, `len` bytes long, computed in `memory`: the same
/// computation for a new hash and for checking one.
fn argon_output(
    argon: &Argon2,
    password: &str,
    salt: &[u8],
    len: usize,
    memory: &mut [Block],
) -> Result<Output, argon2::password_hash::Error> {
    Output::init_with(len, |out| {
        Ok(argon.hash_password_into_with_memory(password.as_bytes(), salt, out, memory)?)
    })
}

/// Compared against when an account does not exist, so that answer takes as long as a wrong
/// password and does not reveal which addresses have accounts.
static DUMMY_HASH: LazyLock<String> =
    LazyLock::new(|| hash_password("no account has this password").unwrap_or_default());

/// Whether `password` matches `hash`; a missing hash still costs one verification.
pub fn verify_password(password: &str, hash: Option<&str>) -> bool {
    verify_password_with(password, hash, &mut fresh_memory())
}

/// [`verify_password`] in the caller's working memory (a stored hash with larger parameters
/// than Helder's gets memory of its own).
pub fn verify_password_with(password: &str, hash: Option<&str>, memory: &mut [Block]) -> bool {
    let stored = hash.unwrap_or(DUMMY_HASH.as_str());
    let Ok(parsed) = PasswordHash::new(stored) else {
        return false;
    };
    let (Some(salt), Some(expected)) = (parsed.salt, parsed.hash) else {
        return false;
    };
    let (Ok(algorithm), Ok(params)) = (
        Algorithm::try_from(parsed.algorithm),
        Params::try_from(&parsed),
    ) else {
        return false;
    };
    let version = match parsed.version.map(Version::try_from).transpose() {
        Ok(version) => version.unwrap_or_default(),
        Err(_) => return false,
    };
    let mut salt_bytes = [0u8; 64];
    let Ok(salt_raw) = salt.decode_b64(&mut salt_bytes) else {
        return false;
    };
    let mut own;
    let memory = if params.block_count() <= memory.len() {
        memory
    } else {
        own = vec![Block::default(); params.block_count()];
        own.as_mut_slice()
    };
    let argon = Argon2::new(algorithm, version, params);
    let computed = argon_output(&argon, password, salt_raw, expected.len(), memory);
    // Output's equality is constant-time.
    computed.is_ok_and(|c| c == expected) && hash.is_some()
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
        // The pool's path gives the same answers with reused memory.
        let mut memory = fresh_memory();
        assert!(verify_password_with(
            "correct horse battery",
            Some(&hash),
            &mut memory
        ));
        assert!(!verify_password_with(
            "wrong horse battery",
            Some(&hash),
            &mut memory
        ));
        let again = hash_password_with("correct horse battery", &mut memory).unwrap();
        assert_ne!(again, hash, "a new salt every time");
        assert!(verify_password("correct horse battery", Some(&again)));
        // A hash made by the argon2 crate's own PasswordHasher verifies too.
        use argon2::PasswordHasher;
        let salt = SaltString::generate(&mut OsRng);
        let crate_hash = Argon2::default()
            .hash_password(b"made elsewhere", &salt)
            .unwrap()
            .to_string();
        assert!(verify_password_with(
            "made elsewhere",
            Some(&crate_hash),
            &mut memory
        ));
        assert_eq!(check_new_password("kort"), Err(PasswordProblem::TooShort));
        assert_eq!(check_new_password("lang genoeg wachtwoord"), Ok(()));
    }
}
