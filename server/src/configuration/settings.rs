//! Every setting, with its flag, its environment variable and its default.

use super::{ip_range::IpRange, smtp_url::SmtpUrl};
use clap::ValueEnum;
use std::{net::SocketAddr, path::PathBuf};

/// Every setting Helder reads. `helder --help` lists them with their environment variables.
#[derive(Debug, Clone, clap::Args)]
pub struct Settings {
    /// Address and port to listen on.
    #[arg(
        long,
        env = "HELDER_ADDR",
        default_value = "127.0.0.1:3000",
        global = true
    )]
    pub addr: SocketAddr,

    /// Folder for the SQLite database, outgoing mail and other files Helder writes.
    #[arg(long, env = "HELDER_DATA_DIR", default_value = "./data", global = true)]
    pub data_dir: PathBuf,

    /// Database: `postgres://…` for PostgreSQL; default: the SQLite file `helder.db` in the data folder.
    #[arg(long, env = "DATABASE_URL", global = true)]
    pub database_url: Option<String>,

    /// Folder with the built front end (`pkg/` with the wasm bundle). Without it pages are
    /// served without hydration.
    #[arg(
        long,
        env = "HELDER_SITE_ROOT",
        default_value = "target/site",
        global = true
    )]
    pub site_root: PathBuf,

    /// Proxies allowed to set X-Forwarded-For: comma-separated addresses or CIDR ranges.
    #[arg(
        long,
        env = "HELDER_TRUSTED_PROXIES",
        value_delimiter = ',',
        global = true
    )]
    pub trusted_proxies: Vec<IpRange>,

    /// Name of the municipality, shown on every page.
    #[arg(
        long,
        env = "HELDER_MUNICIPALITY",
        default_value = "Gemeente Voorbeeld",
        global = true
    )]
    pub municipality: String,

    /// Organisations and the municipalities they serve (TOML; see `tenants.example.toml`).
    /// Without it Helder serves one municipality, `HELDER_MUNICIPALITY`, on every host.
    #[arg(long, env = "HELDER_TENANTS", global = true)]
    pub tenants: Option<PathBuf>,

    /// Public address of the site, printed on leaflets; default `http://<addr>`.
    #[arg(long, env = "HELDER_PUBLIC_URL", global = true)]
    pub public_url: Option<String>,

    /// File with municipal specifics (phone number, opening hours, deadlines) per language;
    /// default: the placeholders in `locales/snippets.toml`, built in.
    #[arg(long, env = "HELDER_SNIPPETS", global = true)]
    pub snippets: Option<PathBuf>,

    /// The report form's questions (TOML); default: `locales/questionnaire.toml`, built in.
    /// Checked at start: every problem is named and Helder does not start with a broken file.
    #[arg(long, env = "HELDER_QUESTIONNAIRE", global = true)]
    pub questionnaire: Option<PathBuf>,

    /// The self-check's situations (TOML); default: `locales/selfcheck.toml`, built in.
    /// Checked at start like the questionnaire; every question must name a page.
    #[arg(long, env = "HELDER_SELFCHECK", global = true)]
    pub selfcheck: Option<PathBuf>,

    /// POSTs per minute one client may send on the public side (bursts of half that).
    #[arg(
        long,
        env = "HELDER_POST_LIMIT_CLIENT",
        default_value_t = 20,
        global = true
    )]
    pub post_limit_client: u32,

    /// POSTs per minute the public side accepts from everyone together.
    #[arg(
        long,
        env = "HELDER_POST_LIMIT_GLOBAL",
        default_value_t = 600,
        global = true
    )]
    pub post_limit_global: u32,

    /// Seconds a client may take to send a request's headers, counted from when the
    /// connection opens or from the request's first byte on a kept-alive connection.
    #[arg(
        long,
        env = "HELDER_HEADER_TIMEOUT_SECONDS",
        default_value_t = 10,
        value_parser = clap::value_parser!(u64).range(1..),
        global = true
    )]
    pub header_timeout_seconds: u64,

    /// Seconds Helder waits for the next part of a request body (also of a film upload), or
    /// for a client to take the next part of an answer.
    #[arg(
        long,
        env = "HELDER_BODY_TIMEOUT_SECONDS",
        default_value_t = 10,
        value_parser = clap::value_parser!(u64).range(1..),
        global = true
    )]
    pub body_timeout_seconds: u64,

    /// Seconds a connection may stay open between two requests; idle connections are closed
    /// at once when all connections are in use.
    #[arg(
        long,
        env = "HELDER_KEEP_ALIVE_SECONDS",
        default_value_t = 60,
        value_parser = clap::value_parser!(u64).range(1..),
        global = true
    )]
    pub keep_alive_seconds: u64,

    /// Seconds a whole request may take until its answer starts (body included); video
    /// streamed afterwards is not cut. Film uploads have `upload_timeout_seconds`.
    #[arg(
        long,
        env = "HELDER_REQUEST_TIMEOUT_SECONDS",
        default_value_t = 30,
        value_parser = clap::value_parser!(u64).range(1..),
        global = true
    )]
    pub request_timeout_seconds: u64,

    /// Seconds a film upload may take in all (200 MB over a slow line).
    #[arg(
        long,
        env = "HELDER_UPLOAD_TIMEOUT_SECONDS",
        default_value_t = 3600,
        value_parser = clap::value_parser!(u64).range(1..),
        global = true
    )]
    pub upload_timeout_seconds: u64,

    /// Most connections open at once; further visitors wait until one closes.
    #[arg(
        long,
        env = "HELDER_MAX_CONNECTIONS",
        default_value_t = 512,
        value_parser = clap::value_parser!(u32).range(1..),
        global = true
    )]
    pub max_connections: u32,

    /// Outgoing mail server as one URL: `smtp://host:25`, `smtp://user:password@host:587?tls=required`
    /// (STARTTLS) or `smtps://user:password@host` (TLS, port 465). Without it, mail is written
    /// as `.eml` files to `mail/` in the data folder. Never logged: it may hold a password.
    #[arg(long, env = "HELDER_SMTP_URL", hide_env_values = true, global = true)]
    pub smtp_url: Option<SmtpUrl>,

    /// Sender of Helder's mail, e.g. `Gemeente Voorbeeld <noreply@voorbeeld.nl>`.
    #[arg(
        long,
        env = "HELDER_MAIL_FROM",
        default_value = "Helder <noreply@helder.invalid>",
        global = true
    )]
    pub mail_from: lettre::message::Mailbox,

    /// Seconds before the first retry of a mail that could not be sent; doubles with every
    /// failed attempt, up to one hour.
    #[arg(
        long,
        env = "HELDER_MAIL_RETRY_SECONDS",
        default_value_t = 30,
        value_parser = clap::value_parser!(u64).range(1..),
        global = true
    )]
    pub mail_retry_seconds: u64,

    /// Seconds between two looks at the mail outbox.
    #[arg(
        long,
        env = "HELDER_MAIL_POLL_SECONDS",
        default_value_t = 5,
        value_parser = clap::value_parser!(u64).range(1..),
        global = true
    )]
    pub mail_poll_seconds: u64,

    /// How often scheduled page publications are checked, in seconds.
    #[arg(
        long,
        env = "HELDER_PUBLISH_POLL_SECONDS",
        default_value_t = 30,
        value_parser = clap::value_parser!(u64).range(1..),
        global = true
    )]
    pub publish_poll_seconds: u64,

    /// Largest film (video file) communicatie staff may upload, in MB.
    #[arg(
        long,
        env = "HELDER_FILM_MAX_MB",
        default_value_t = 200,
        value_parser = clap::value_parser!(u64).range(1..=100_000),
        global = true
    )]
    pub film_max_mb: u64,

    /// Log filter (tracing's EnvFilter syntax).
    #[arg(
        long,
        env = "HELDER_LOG",
        default_value = "info,sqlx=warn",
        global = true
    )]
    pub log: String,

    /// Log format.
    #[arg(long, env = "HELDER_LOG_FORMAT", default_value = "text", global = true)]
    pub log_format: LogFormat,

    /// Minutes of inactivity after which a staff session ends.
    #[arg(
        long,
        env = "HELDER_SESSION_IDLE_MINUTES",
        default_value_t = 30,
        global = true
    )]
    pub session_idle_minutes: u32,

    /// Failed log-ins allowed per account in a row; after that one attempt per 3 minutes.
    #[arg(
        long,
        env = "HELDER_LOGIN_LIMIT_ACCOUNT",
        default_value_t = 5,
        global = true
    )]
    pub login_limit_account: u32,

    /// Log-in attempts per minute for all accounts together.
    #[arg(
        long,
        env = "HELDER_LOGIN_LIMIT_GLOBAL",
        default_value_t = 60,
        global = true
    )]
    pub login_limit_global: u32,

    /// Local time (HH:MM, the server's time zone: set TZ=Europe/Amsterdam) at which new
    /// reports are distributed over the team on working days.
    #[arg(
        long,
        env = "HELDER_DISTRIBUTE_AT",
        default_value = "08:30",
        global = true
    )]
    pub distribute_at: chrono::NaiveTime,

    /// Working days a report may wait for its first action before it is flagged.
    #[arg(
        long,
        env = "HELDER_FIRST_ACTION_DAYS",
        default_value_t = 3,
        global = true
    )]
    pub first_action_days: u32,

    /// Days after closing after which a report closed with outcome "no action" is deleted
    /// entirely, with its answers, messages and notes. See the README, "Bewaartermijnen".
    #[arg(
        long,
        env = "HELDER_RETAIN_NO_ACTION_DAYS",
        default_value_t = 183,
        value_parser = clap::value_parser!(u32).range(1..),
        global = true
    )]
    pub retain_no_action_days: u32,

    /// Days after closing after which a report closed with any other outcome is anonymised:
    /// answers, messages, notes, contact details and names go; the counts stay.
    #[arg(
        long,
        env = "HELDER_RETAIN_CLOSED_DAYS",
        default_value_t = 730,
        value_parser = clap::value_parser!(u32).range(1..),
        global = true
    )]
    pub retain_closed_days: u32,

    /// Days after closing after which the reporter's receipt code no longer opens the report.
    #[arg(
        long,
        env = "HELDER_RETAIN_RECEIPT_DAYS",
        default_value_t = 30,
        value_parser = clap::value_parser!(u32).range(1..),
        global = true
    )]
    pub retain_receipt_days: u32,

    /// Days a reader's comment on a page ("what was unclear?") is kept.
    #[arg(
        long,
        env = "HELDER_RETAIN_FEEDBACK_DAYS",
        default_value_t = 365,
        value_parser = clap::value_parser!(u32).range(1..),
        global = true
    )]
    pub retain_feedback_days: u32,

    /// Days an anonymous question and its answer are kept after the answer was first read.
    #[arg(
        long,
        env = "HELDER_RETAIN_QUESTION_READ_DAYS",
        default_value_t = 14,
        value_parser = clap::value_parser!(u32).range(1..),
        global = true
    )]
    pub retain_question_read_days: u32,

    /// Days an answered question is kept when its answer is never read.
    #[arg(
        long,
        env = "HELDER_RETAIN_QUESTION_DAYS",
        default_value_t = 60,
        value_parser = clap::value_parser!(u32).range(1..),
        global = true
    )]
    pub retain_question_days: u32,

    /// Working days an anonymous question may wait for its answer before it is flagged.
    #[arg(
        long,
        env = "HELDER_QUESTION_ANSWER_DAYS",
        default_value_t = 5,
        value_parser = clap::value_parser!(u32).range(1..=60),
        global = true
    )]
    pub question_answer_days: u32,

    /// While too many reports are being started at once, seconds a person without
    /// JavaScript waits before going on (with JavaScript, the browser proves a little work).
    #[arg(
        long,
        env = "HELDER_START_WAIT_SECONDS",
        default_value_t = 10,
        value_parser = clap::value_parser!(u32).range(0..=300),
        global = true
    )]
    pub start_wait_seconds: u32,

    /// Milliseconds a refused public POST (429) waits before it is answered, so that a
    /// script flooding the form slows down (at most a quarter of the connection cap waits).
    #[arg(
        long,
        env = "HELDER_REFUSAL_DELAY_MS",
        default_value_t = 1000,
        value_parser = clap::value_parser!(u32).range(0..=10_000),
        global = true
    )]
    pub refusal_delay_ms: u32,

    /// How many instances share one PostgreSQL database behind a load balancer. The global
    /// POST limits (HELDER_POST_LIMIT_GLOBAL, the budget of report starts) are divided by it,
    /// so together the instances allow what one would; per-client limits stay per instance.
    #[arg(
        long,
        env = "HELDER_INSTANCES",
        default_value_t = 1,
        value_parser = clap::value_parser!(u32).range(1..=64),
        global = true
    )]
    pub instances: u32,

    /// Seconds an instance keeps serving after SIGTERM while `/health` already answers 503
    /// `draining`, so a load balancer that checks health stops sending it requests first.
    /// Then it stops accepting and finishes open requests.
    #[arg(
        long,
        env = "HELDER_DRAIN_SECONDS",
        default_value_t = 0,
        value_parser = clap::value_parser!(u64).range(0..=300),
        global = true
    )]
    pub drain_seconds: u64,

    /// Seconds between two looks at the database's content generation: a safety net for a
    /// change announcement that was lost (changes normally arrive within a second).
    #[arg(
        long,
        env = "HELDER_CHANGE_CHECK_SECONDS",
        default_value_t = 10,
        value_parser = clap::value_parser!(u64).range(1..=3600),
        global = true
    )]
    pub change_check_seconds: u64,
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum LogFormat {
    Text,
    Json,
}

impl Settings {
    /// This instance's share of the global POST limits (see `HELDER_INSTANCES`).
    pub fn post_limit_global_share(&self) -> u32 {
        self.post_limit_global.div_ceil(self.instances.max(1))
    }

    /// The database URL in effect: the configured one or SQLite in the data folder.
    pub fn database_url(&self) -> String {
        match &self.database_url {
            Some(url) if !url.trim().is_empty() => url.clone(),
            _ => format!("sqlite://{}", self.data_dir.join("helder.db").display()),
        }
    }

    /// The public address in effect, without a trailing slash.
    pub fn public_url(&self) -> String {
        match &self.public_url {
            Some(url) if !url.trim().is_empty() => url.trim().trim_end_matches('/').to_owned(),
            _ => format!("http://{}", self.addr),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::configuration::Cli;
    use clap::Parser;

    #[test]
    fn the_global_limit_is_shared_out_over_the_instances() {
        let mut s = Settings::defaults();
        assert_eq!((s.instances, s.post_limit_global_share()), (1, 600));
        s.instances = 4;
        assert_eq!(s.post_limit_global_share(), 150);
        s.post_limit_global = 10;
        s.instances = 3;
        assert_eq!(s.post_limit_global_share(), 4, "rounded up: never nothing");
    }

    #[test]
    fn defaults_need_no_configuration() {
        let s = Settings::defaults();
        assert_eq!(s.addr.to_string(), "127.0.0.1:3000");
        assert_eq!(s.data_dir, PathBuf::from("./data"));
        assert!(s.database_url().starts_with("sqlite://"));
        assert!(s.database_url().ends_with("helder.db"));
        assert!(s.trusted_proxies.is_empty());
        assert!(s.smtp_url.is_none(), "mail goes to files by default");
        assert_eq!(s.mail_from.email.domain(), "helder.invalid");
        assert_eq!((s.mail_retry_seconds, s.mail_poll_seconds), (30, 5));
        assert_eq!(s.publish_poll_seconds, 30);
        assert_eq!(
            (
                s.retain_no_action_days,
                s.retain_closed_days,
                s.retain_receipt_days
            ),
            (183, 730, 30)
        );
        assert!(Cli::try_parse_from(["helder", "--retain-no-action-days", "0"]).is_err());
        assert_eq!(s.film_max_mb, 200);
        assert!(Cli::try_parse_from(["helder", "--film-max-mb", "0"]).is_err());
    }
}
