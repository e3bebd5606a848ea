//! Who may start a report, and what a started report carries: plain functions, no HTTP.
//!
//! - A **draft token** (the report form's cookie) is signed, so middleware can tell a report
//!   someone really started from a forged cookie without asking the database; a started
//!   report keeps a rate budget of its own.
//! - A **start ticket** is handed out when too many reports are being started at once. The
//!   browser proves a little work on it (a hash with [`PROOF_BITS`] leading zero bits, found by
//!   a small script in the page); without JavaScript the person waits [`Admission::wait`]
//!   seconds instead. A flood that does neither is slowed, real people are not refused.
//!
//! Tokens and tickets are signed ([`crate::tokens`]) with a key from the installation's secret,
//! so every instance of one installation accepts the others'.

pub use crate::tokens::TokenKey;
use sha2::{Digest, Sha256};

/// Leading zero bits the proof of work must have: ~130,000 tries on average, a quarter of a
/// second for the page's script on a laptop and about a second on an older phone, and a cost
/// per start for a script that floods.
pub const PROOF_BITS: u32 = 17;
/// Leading zero bits of SHA-256(`challenge` ":" `nonce`).
pub fn proof_bits(challenge: &str, nonce: &str) -> u32 {
    let digest = Sha256::new()
        .chain_update(challenge.as_bytes())
        .chain_update(b":")
        .chain_update(nonce.as_bytes())
        .finalize();
    let mut bits = 0;
    for byte in digest {
        if byte == 0 {
            bits += 8;
        } else {
            bits += byte.leading_zeros();
            break;
        }
    }
    bits
}

/// Whether `nonce` (decimal digits, as the page's script sends it) proves the work.
pub fn proof_ok(challenge: &str, nonce: &str, bits: u32) -> bool {
    !nonce.is_empty()
        && nonce.len() <= 20
        && nonce.bytes().all(|b| b.is_ascii_digit())
        && proof_bits(challenge, nonce) >= bits
}

/// Finds a nonce for `challenge` the way the page's script does (tests and benchmarks).
pub fn solve(challenge: &str, bits: u32) -> String {
    (0u64..)
        .map(|n| n.to_string())
        .find(|nonce| proof_bits(challenge, nonce) >= bits)
        .unwrap_or_default()
}

/// How a start is let in, and the settings that decide it.
#[derive(Debug, Clone, Copy)]
pub struct Admission {
    /// Seconds someone without JavaScript waits before a ticket lets them in.
    pub wait: i64,
    pub bits: u32,
}

/// What to do with a start that came in while too many reports were being started.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StartDecision {
    /// The work was proven, or the wait is over: start.
    Admit { ticket_id: [u8; 16] },
    /// Show the waiting page with this ticket; `wait` seconds left for the path without
    /// JavaScript.
    Wait { ticket: String, wait: i64 },
    /// No valid ticket: show the waiting page with a new one and the whole wait. The ticket is
    /// signed when the page goes out (after the tarpit's pause), so the wait it names holds
    /// from when the person sees it.
    NewTicket,
}

impl Admission {
    /// Decides on a busy start from the form's `ticket` and `nonce` (both may be empty).
    pub fn decide(&self, key: &TokenKey, ticket: &str, nonce: &str, now: i64) -> StartDecision {
        let Some(ticket) = key.ticket(ticket, now) else {
            return StartDecision::NewTicket;
        };
        if proof_ok(&ticket.challenge(), nonce, self.bits) {
            return StartDecision::Admit {
                ticket_id: ticket.id,
            };
        }
        let left = ticket.issued + self.wait - now;
        if nonce.is_empty() && left <= 0 {
            StartDecision::Admit {
                ticket_id: ticket.id,
            }
        } else {
            StartDecision::Wait {
                ticket: ticket.text,
                wait: left.max(1),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::TICKET_SECONDS;

    fn key() -> TokenKey {
        TokenKey::derive(b"installation secret for tests")
    }

    #[test]
    fn proof_of_work_counts_leading_zero_bits() {
        let nonce = solve("ticket", 8);
        assert!(proof_bits("ticket", &nonce) >= 8);
        assert!(proof_ok("ticket", &nonce, 8));
        assert!(!proof_ok("ticket", "", 0), "no nonce, no proof");
        assert!(!proof_ok("ticket", "12a", 0), "digits only");
        // Known values: SHA-256("abc:0") starts 0x5f = 0b0101_1111 (one zero bit), and
        // SHA-256("abc:2") starts 0x16 = 0b0001_0110 (three).
        assert_eq!(proof_bits("abc", "0"), 1);
        assert_eq!(proof_bits("abc", "2"), 3);
    }

    #[test]
    fn a_busy_start_is_let_in_after_work_or_waiting() {
        let key = key();
        let admission = Admission { wait: 10, bits: 8 };
        let now = 2_000_000;
        // No ticket: a new one is handed out, with the whole wait.
        assert_eq!(
            admission.decide(&key, "", "", now),
            StartDecision::NewTicket
        );
        let ticket = key.new_ticket(now);
        // Too early without proof: the rest of the wait.
        assert_eq!(
            admission.decide(&key, &ticket, "", now + 4),
            StartDecision::Wait {
                ticket: ticket.clone(),
                wait: 6
            }
        );
        let id = key.ticket(&ticket, now).unwrap().id;
        // The wait is over: in.
        assert_eq!(
            admission.decide(&key, &ticket, "", now + 10),
            StartDecision::Admit { ticket_id: id }
        );
        // Proven work: in at once.
        let challenge = key.ticket(&ticket, now).unwrap().challenge();
        let nonce = solve(&challenge, 8);
        assert_eq!(
            admission.decide(&key, &ticket, &nonce, now + 1),
            StartDecision::Admit { ticket_id: id }
        );
        // A wrong proof does not count as waiting either.
        let wrong = (0u64..)
            .map(|n| n.to_string())
            .find(|n| proof_bits(&challenge, n) < 8)
            .unwrap();
        assert!(matches!(
            admission.decide(&key, &ticket, &wrong, now + 60),
            StartDecision::Wait { .. }
        ));
        // An expired or forged ticket starts over.
        assert_eq!(
            admission.decide(&key, &ticket, &nonce, now + TICKET_SECONDS + 1),
            StartDecision::NewTicket
        );
        assert_eq!(
            admission.decide(&TokenKey::derive(b"x"), &ticket, &nonce, now + 1),
            StartDecision::NewTicket
        );
    }
}
