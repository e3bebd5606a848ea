//! Outgoing mail. Everything goes through the outbox table: a worker hands due mail to the
//! transport, marks it sent only once the transport accepted it, and otherwise tries again
//! with back-off, so a mail server that is down loses nothing.
//!
//! Mail never holds report content, names or addresses from a report: the team's digest
//! has a count and a link, a reporter's mail only says that a question is waiting. Log lines
//! name the outbox id, never a recipient or a text.

pub mod compose;
mod transport;

pub use transport::{MailTransport, TransportError, TransportSetupError};

use crate::{
    configuration::Settings,
    storage::{Database, OutgoingMail, StorageError, Tx},
};
use chrono::{DateTime, Utc};
use helder_domain::languages::Language;
use lettre::{
    Message,
    message::{
        Mailbox,
        header::{ContentType, Header, HeaderName, HeaderValue},
    },
};
use std::time::Duration;

/// The longest wait between two attempts.
pub const MAX_RETRY_DELAY: Duration = Duration::from_secs(3600);
/// How long a worker holds a mail it is sending; after that another attempt may take it.
const CLAIM: Duration = Duration::from_secs(600);
/// Mail handled per round.
const BATCH: u32 = 50;
/// Days mail stays in the outbox: sent mail holds a recipient's address and is deleted after
/// this; mail that could not be sent in this time is given up (and logged).
pub const MAIL_RETENTION_DAYS: i64 = 7;

#[derive(Debug, thiserror::Error)]
pub enum MailError {
    #[error(transparent)]
    Storage(#[from] StorageError),
    #[error(transparent)]
    Setup(#[from] TransportSetupError),
    /// The address itself is never part of the message.
    #[error("not a usable e-mail address")]
    InvalidRecipient,
}

/// The mail settings in effect.
#[derive(Debug, Clone)]
pub struct MailSettings {
    pub from: Mailbox,
    /// Wait before the first retry; doubles per failed attempt up to [`MAX_RETRY_DELAY`].
    pub first_retry: Duration,
    /// How often the worker looks for due mail.
    pub poll: Duration,
    /// The name Helder gives itself to the SMTP server (EHLO).
    pub hello_name: String,
}

impl MailSettings {
    pub fn from_settings(settings: &Settings) -> MailSettings {
        MailSettings {
            from: settings.mail_from.clone(),
            first_retry: Duration::from_secs(settings.mail_retry_seconds),
            poll: Duration::from_secs(settings.mail_poll_seconds),
            hello_name: hello_name(&settings.public_url()),
        }
    }
}

/// The transport the settings ask for: SMTP when `HELDER_SMTP_URL` is set, otherwise `.eml`
/// files in `<data dir>/mail/`.
pub fn transport_from_settings(settings: &Settings) -> Result<MailTransport, TransportSetupError> {
    match &settings.smtp_url {
        Some(url) => MailTransport::smtp(url, &hello_name(&settings.public_url())),
        None => MailTransport::files(settings.data_dir.join("mail")),
    }
}

/// The host of the public address when it is a name; `localhost` for an address literal.
fn hello_name(public_url: &str) -> String {
    let rest = public_url
        .split_once("://")
        .map_or(public_url, |(_, rest)| rest);
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    let host = match host.rsplit_once(':') {
        Some((h, port)) if port.chars().all(|c| c.is_ascii_digit()) => h,
        _ => host,
    };
    let is_name = !host.is_empty()
        && host.parse::<std::net::IpAddr>().is_err()
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.');
    if is_name {
        host.to_ascii_lowercase()
    } else {
        "localhost".to_owned()
    }
}

/// The wait after the `attempts`-th failed attempt: the first retry, doubled per further
/// attempt, at most an hour.
pub fn retry_delay(first_retry: Duration, attempts: i64) -> Duration {
    let doublings = u32::try_from(attempts.saturating_sub(1).clamp(0, 31)).unwrap_or(31);
    first_retry
        .checked_mul(2u32.saturating_pow(doublings))
        .unwrap_or(MAX_RETRY_DELAY)
        .min(MAX_RETRY_DELAY)
}

/// Puts a mail in the outbox after checking the address; returns the outbox id.
pub async fn enqueue(
    db: &Database,
    to: &str,
    subject: &str,
    body: &str,
    now: DateTime<Utc>,
) -> Result<i64, MailError> {
    Ok(db
        .enqueue_mail_at(usable_address(to)?, subject, body, now)
        .await?)
}

/// [`enqueue`] as part of a unit of work: the mail is queued only if the unit commits.
pub async fn enqueue_in(
    tx: &mut Tx,
    to: &str,
    subject: &str,
    body: &str,
    now: DateTime<Utc>,
) -> Result<i64, MailError> {
    Ok(tx
        .enqueue_mail_at(usable_address(to)?, subject, body, now)
        .await?)
}

/// The address, trimmed, if mail can be sent to it.
fn usable_address(to: &str) -> Result<&str, MailError> {
    let to = to.trim();
    to.parse::<lettre::Address>()
        .map_err(|_| MailError::InvalidRecipient)?;
    Ok(to)
}

/// What one delivery round did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Delivery {
    /// Due mail this round took on.
    pub claimed: usize,
    pub sent: usize,
    pub failed: usize,
}

/// Sends the mail that is due at `now`: marked sent only after the transport accepted it;
/// a failure is recorded and the next attempt put off by [`retry_delay`].
pub async fn deliver_due(
    db: &Database,
    transport: &MailTransport,
    settings: &MailSettings,
    now: DateTime<Utc>,
) -> Result<Delivery, MailError> {
    let mut delivery = Delivery::default();
    for mail in db.due_mail(now, BATCH).await? {
        if !db.claim_mail(mail.id, now, now + CLAIM).await? {
            continue;
        }
        delivery.claimed += 1;
        let attempts = mail.attempts + 1;
        let outcome = match message(&mail, settings) {
            Ok(message) => transport
                .send(message)
                .await
                .map_err(|error| error.to_string()),
            Err(error) => Err(error),
        };
        match outcome {
            Ok(()) => {
                db.mark_sent(mail.id, now).await?;
                delivery.sent += 1;
                tracing::info!(outbox_id = mail.id, attempts, "mail sent");
            }
            Err(error) => {
                let error = without(&error, &mail.recipient);
                let next = now + retry_delay(settings.first_retry, attempts);
                tracing::warn!(
                    outbox_id = mail.id,
                    attempts,
                    next_attempt_at = %next,
                    %error,
                    "mail not sent; will try again"
                );
                db.mark_failed(mail.id, attempts, next, &error).await?;
                delivery.failed += 1;
            }
        }
    }
    Ok(delivery)
}

/// Runs [`deliver_due`] every `settings.poll` for as long as the server runs.
pub fn spawn_outbox_worker(
    db: Database,
    transport: MailTransport,
    settings: MailSettings,
) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        loop {
            match deliver_due(&db, &transport, &settings, Utc::now()).await {
                Ok(done) => {
                    // One line per pass (debug level): shows that the worker runs, and lets a
                    // test wait for passes instead of sleeping.
                    tracing::debug!(
                        claimed = done.claimed,
                        sent = done.sent,
                        failed = done.failed,
                        "outbox pass done"
                    );
                    // A full batch: more may be due; go on at once.
                    if done.claimed >= BATCH as usize {
                        continue;
                    }
                }
                Err(error) => tracing::warn!(%error, "mail outbox could not be worked"),
            }
            tokio::time::sleep(settings.poll).await;
        }
    })
}

/// The daily digest: one mail to every active, present team member (intake or lead) with at
/// least one report assigned to them and not yet started, with the count and a link to the
/// queue. Returns how many were put in the outbox.
pub async fn send_digests(
    db: &Database,
    organisation: &helder_domain::tenants::TenantId,
    public_url: &str,
    now: DateTime<Utc>,
) -> Result<usize, MailError> {
    let queue_url = format!("{}/nl/team/meldingen", public_url.trim_end_matches('/'));
    let lang = Language::default_language();
    let mut queued = 0;
    for member in db.digest_recipients(organisation).await? {
        let (subject, body) = compose::digest(
            lang,
            &member.display_name,
            u64::try_from(member.new_reports).unwrap_or_default(),
            &queue_url,
        );
        match enqueue(db, &member.email, &subject, &body, now).await {
            Ok(_) => queued += 1,
            Err(MailError::InvalidRecipient) => {
                tracing::warn!(
                    staff_id = member.id,
                    "no digest: the team member's e-mail address is not usable"
                );
            }
            Err(error) => return Err(error),
        }
    }
    Ok(queued)
}

/// Tells a reporter who left an e-mail address that the team has a question, in the language
/// of the report; returns the outbox id, or `None` when there is no address to write to.
pub async fn notify_question_waiting(
    db: &Database,
    report_id: i64,
    public_url: &str,
    now: DateTime<Utc>,
) -> Result<Option<i64>, MailError> {
    let mut tx = db.begin().await?;
    let queued = notify_question_waiting_in(&mut tx, report_id, public_url, now).await?;
    tx.commit().await?;
    Ok(queued)
}

/// [`notify_question_waiting`] as part of a unit of work (the question and its audit line):
/// the mail is queued only if the unit commits.
pub async fn notify_question_waiting_in(
    tx: &mut Tx,
    report_id: i64,
    public_url: &str,
    now: DateTime<Utc>,
) -> Result<Option<i64>, MailError> {
    let Some((lang, email)) = tx.report_mail_contact(report_id).await? else {
        return Ok(None);
    };
    let lang = Language::from_code(&lang).unwrap_or_else(Language::default_language);
    let return_url = format!(
        "{}/{}/melden/terugkomen",
        public_url.trim_end_matches('/'),
        lang.code
    );
    let (subject, body) = compose::question_waiting(lang, &return_url);
    match enqueue_in(tx, &email, &subject, &body, now).await {
        Ok(id) => Ok(Some(id)),
        Err(MailError::InvalidRecipient) => {
            tracing::warn!(report_id, "no question mail: the address is not usable");
            Ok(None)
        }
        Err(error) => Err(error),
    }
}

/// What [`purge_outbox`] deleted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PurgedMail {
    pub sent: u64,
    pub given_up: u64,
}

/// For the daily retention job: deletes sent mail older than [`MAIL_RETENTION_DAYS`], and gives
/// up mail that could not be sent in that time (a warning names how many).
pub async fn purge_outbox(db: &Database, now: DateTime<Utc>) -> Result<PurgedMail, MailError> {
    let before = now - chrono::Duration::days(MAIL_RETENTION_DAYS);
    let purged = PurgedMail {
        sent: db.delete_sent_mail_before(before).await?,
        given_up: db.delete_unsent_mail_created_before(before).await?,
    };
    if purged.given_up > 0 {
        tracing::warn!(
            given_up = purged.given_up,
            days = MAIL_RETENTION_DAYS,
            "mail that could not be sent in time was deleted"
        );
    }
    Ok(purged)
}

/// `Auto-Submitted: auto-generated` (RFC 3834): no out-of-office replies to Helder's mail.
#[derive(Debug, Clone)]
struct AutoSubmitted;

impl Header for AutoSubmitted {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("Auto-Submitted")
    }

    fn parse(_: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(AutoSubmitted)
    }

    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), "auto-generated".to_owned())
    }
}

/// The message for an outbox row. The error text never holds the address.
fn message(mail: &OutgoingMail, settings: &MailSettings) -> Result<Message, String> {
    let to: Mailbox = mail
        .recipient
        .parse()
        .map_err(|_| "not a usable e-mail address".to_owned())?;
    // Stable over retries, so a receiving server can tell a repeated delivery.
    let message_id = format!(
        "<outbox.{}.{}@{}>",
        mail.id,
        mail.created_at.timestamp_micros(),
        settings.from.email.domain()
    );
    Message::builder()
        .from(settings.from.clone())
        .to(to)
        .subject(mail.subject.clone())
        .message_id(Some(message_id))
        .header(AutoSubmitted)
        .header(ContentType::TEXT_PLAIN)
        .body(mail.body.clone())
        .map_err(|error| format!("cannot build the message: {error}"))
}

/// An error text with the recipient's address taken out (a server may echo it), kept short.
fn without(error: &str, recipient: &str) -> String {
    let mut text = if recipient.is_empty() {
        error.to_owned()
    } else {
        replace_ignoring_case(error, recipient, "<recipient>")
    };
    if text.len() > 500 {
        let mut end = 500;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        text.truncate(end);
    }
    text
}

fn replace_ignoring_case(text: &str, needle: &str, with: &str) -> String {
    let lower_text = text.to_lowercase();
    let lower_needle = needle.to_lowercase();
    // Lower-casing can change lengths outside ASCII; then only exact matches are replaced.
    if lower_text.len() != text.len() || lower_needle.len() != needle.len() {
        return text.replace(needle, with);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = 0;
    for (start, _) in lower_text.match_indices(&lower_needle) {
        if start < rest {
            continue;
        }
        out.push_str(&text[rest..start]);
        out.push_str(with);
        rest = start + needle.len();
    }
    out.push_str(&text[rest..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn back_off_doubles_up_to_an_hour() {
        let first = Duration::from_secs(30);
        let waits: Vec<u64> = (1..=9).map(|n| retry_delay(first, n).as_secs()).collect();
        assert_eq!(waits, [30, 60, 120, 240, 480, 960, 1920, 3600, 3600]);
        assert_eq!(retry_delay(first, 0).as_secs(), 30);
        assert_eq!(retry_delay(first, i64::MAX), MAX_RETRY_DELAY);
        assert_eq!(retry_delay(Duration::from_secs(1), 3).as_secs(), 4);
    }

    #[test]
    fn the_hello_name_is_never_an_address_literal() {
        assert_eq!(
            hello_name("https://helder.Voorbeeld.nl/"),
            "helder.voorbeeld.nl"
        );
        assert_eq!(
            hello_name("http://helder.voorbeeld.nl:8080/x"),
            "helder.voorbeeld.nl"
        );
        assert_eq!(hello_name("http://127.0.0.1:3000"), "localhost");
        assert_eq!(hello_name("http://[::1]:3000"), "localhost");
        assert_eq!(hello_name(""), "localhost");
    }

    #[test]
    fn errors_lose_the_address() {
        let error = "550 5.1.1 <Iemand@Voorbeeld.nl>: Recipient address rejected";
        assert_eq!(
            without(error, "iemand@voorbeeld.nl"),
            "550 5.1.1 <<recipient>>: Recipient address rejected"
        );
        assert_eq!(without(&"é".repeat(400), "x@y.nl").len(), 500);
    }
}
