//! Tokens Helder signs and hands out, checked without asking the database: report-form draft
//! cookies, start tickets (see `report::admission`) and staff device cookies. Signed with a
//! keyed BLAKE3 MAC under a key derived from the installation's secret in the database, so
//! every instance of one installation accepts the others'.

use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use rand::RngCore;
use subtle::ConstantTimeEq;

/// The report draft's cookie: a signed token ([`TokenKey::new_draft_token`]).
pub const DRAFT_COOKIE: &str = "helder_melding";

/// How long a ticket can be used after it was handed out.
pub const TICKET_SECONDS: i64 = 600;
/// How long a draft token that was never saved stays valid (the draft's own life).
pub const DRAFT_SECONDS: i64 = 2 * 3600;
/// How long a device a staff member logged in from keeps its own log-in attempts.
pub const DEVICE_SECONDS: i64 = 180 * 24 * 3600;

/// The secret that signs every token below.
#[derive(Clone)]
pub struct TokenKey([u8; 32]);

impl std::fmt::Debug for TokenKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("TokenKey(…)")
    }
}

/// A draft cookie Helder signed: the report was started through the start page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DraftToken {
    /// Unix seconds when the report was started.
    pub issued: i64,
    /// Stable per draft; the key of its rate budget.
    pub id: [u8; 16],
}

/// A device a staff member logged in from before (OWASP's "device cookie"): during a flood of
/// log-ins it keeps attempts of its own for that account.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DeviceToken {
    pub user_id: i64,
    /// The key of its attempts.
    pub id: [u8; 16],
}

/// A start ticket Helder handed out (signature checked, not yet whether it was used).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ticket {
    pub issued: i64,
    pub id: [u8; 16],
    /// The ticket as sent.
    pub text: String,
}

impl Ticket {
    /// What the proof of work hashes: the ticket's random part (short, so one SHA-256 block
    /// holds it with its nonce, which halves the page script's work).
    pub fn challenge(&self) -> String {
        URL_SAFE_NO_PAD.encode(self.id)
    }
}

impl TokenKey {
    /// Derives the key from the installation's secret (used for nothing else).
    pub fn derive(installation_secret: &[u8]) -> TokenKey {
        TokenKey(blake3::derive_key(
            "helder 2026 signed tokens: report drafts, start tickets, staff devices",
            installation_secret,
        ))
    }

    fn mac(&self, kind: &str, issued: i64, id: &[u8; 16]) -> [u8; 16] {
        let mut hasher = blake3::Hasher::new_keyed(&self.0);
        hasher.update(kind.as_bytes());
        hasher.update(&issued.to_be_bytes());
        hasher.update(id);
        let mut mac = [0u8; 16];
        mac.copy_from_slice(&hasher.finalize().as_bytes()[..16]);
        mac
    }

    fn sign(&self, kind: &str, issued: i64) -> String {
        let mut id = [0u8; 16];
        rand::rng().fill_bytes(&mut id);
        self.sign_id(kind, issued, id)
    }

    fn sign_id(&self, kind: &str, issued: i64, id: [u8; 16]) -> String {
        let mac = self.mac(kind, issued, &id);
        format!(
            "{issued}.{}.{}",
            URL_SAFE_NO_PAD.encode(id),
            URL_SAFE_NO_PAD.encode(mac)
        )
    }

    fn verify(&self, kind: &str, text: &str) -> Option<(i64, [u8; 16])> {
        let mut parts = text.split('.');
        let (issued, id, mac) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() || issued.len() > 12 {
            return None;
        }
        let issued: i64 = issued.parse().ok()?;
        let id: [u8; 16] = URL_SAFE_NO_PAD.decode(id).ok()?.try_into().ok()?;
        let mac: [u8; 16] = URL_SAFE_NO_PAD.decode(mac).ok()?.try_into().ok()?;
        let expected = self.mac(kind, issued, &id);
        bool::from(expected.ct_eq(&mac)).then_some((issued, id))
    }

    /// A new draft token (56 characters, fits the cookie).
    pub fn new_draft_token(&self, now: i64) -> String {
        self.sign("draft", now)
    }

    /// The draft token in a cookie, if Helder signed it.
    pub fn draft_token(&self, text: &str) -> Option<DraftToken> {
        self.verify("draft", text)
            .map(|(issued, id)| DraftToken { issued, id })
    }

    /// A device cookie for staff member `user_id` (after a right password on this device).
    pub fn new_device_token(&self, user_id: i64, now: i64) -> String {
        let mut id = [0u8; 16];
        id[..8].copy_from_slice(&user_id.to_be_bytes());
        rand::rng().fill_bytes(&mut id[8..]);
        self.sign_id("device", now, id)
    }

    /// The device cookie, if Helder signed it and it is not too old.
    pub fn device_token(&self, text: &str, now: i64) -> Option<DeviceToken> {
        let (issued, id) = self.verify("device", text)?;
        let user_id = i64::from_be_bytes(id[..8].try_into().ok()?);
        (issued <= now + 5 && now - issued <= DEVICE_SECONDS).then_some(DeviceToken { user_id, id })
    }

    pub fn new_ticket(&self, now: i64) -> String {
        self.sign("ticket", now)
    }

    /// The ticket in a form, if Helder signed it and it is not too old.
    pub fn ticket(&self, text: &str, now: i64) -> Option<Ticket> {
        let (issued, id) = self.verify("ticket", text)?;
        (issued <= now + 5 && now - issued <= TICKET_SECONDS).then(|| Ticket {
            issued,
            id,
            text: text.to_owned(),
        })
    }
}

impl DraftToken {
    /// Whether a draft that was never saved may still begin (a saved one lives by its row).
    pub fn fresh(&self, now: i64) -> bool {
        self.issued <= now + 5 && now - self.issued < DRAFT_SECONDS
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key() -> TokenKey {
        TokenKey::derive(b"installation secret for tests")
    }

    #[test]
    fn draft_tokens_are_signed_and_fit_the_cookie() {
        let key = key();
        let token = key.new_draft_token(1_000_000);
        assert!(token.len() <= 64, "{token}");
        let parsed = key.draft_token(&token).expect("a token Helder signed");
        assert_eq!(parsed.issued, 1_000_000);
        assert!(parsed.fresh(1_000_000 + 60));
        assert!(!parsed.fresh(1_000_000 + DRAFT_SECONDS));
        // Another installation, a changed time or id, and old random cookies are refused.
        assert!(TokenKey::derive(b"other").draft_token(&token).is_none());
        let (_, rest) = token.split_once('.').unwrap();
        assert!(key.draft_token(&format!("1000001.{rest}")).is_none());
        assert!(
            key.draft_token("bm90IGEgdG9rZW4gYXQgYWxsIGp1c3QgcmFuZG9t")
                .is_none()
        );
        assert!(key.draft_token("").is_none());
        // A ticket is not a draft token, nor the other way round.
        assert!(key.draft_token(&key.new_ticket(1_000_000)).is_none());
        assert!(key.ticket(&token, 1_000_000).is_none());
    }

    #[test]
    fn device_tokens_name_their_account() {
        let key = key();
        let token = key.new_device_token(42, 1_000_000);
        assert!(token.len() <= 64);
        let device = key.device_token(&token, 1_000_100).expect("signed");
        assert_eq!(device.user_id, 42);
        assert!(
            key.device_token(&token, 1_000_000 + DEVICE_SECONDS + 1)
                .is_none(),
            "too old"
        );
        assert!(
            TokenKey::derive(b"other")
                .device_token(&token, 1_000_100)
                .is_none()
        );
        assert!(key.draft_token(&token).is_none(), "not a draft token");
        assert_ne!(
            key.new_device_token(42, 1_000_000),
            token,
            "random per device"
        );
    }
}
