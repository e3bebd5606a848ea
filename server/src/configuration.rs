//! Settings from the command line or the environment, with defaults that need no configuration.

use clap::{Parser, Subcommand, ValueEnum};
use std::{
    net::{IpAddr, SocketAddr},
    path::PathBuf,
    str::FromStr,
};

#[derive(Debug, Parser)]
#[command(
    name = "helder",
    version,
    about = "Helder: rights and obligations, and fraud reports, for a Dutch municipality."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    #[command(flatten)]
    pub settings: Settings,
}

#[derive(Debug, Clone, Subcommand, PartialEq, Eq)]
pub enum Command {
    /// Apply pending migrations and serve the site (the default).
    Serve,
    /// Apply pending database migrations and exit.
    Migrate,
    /// Staff accounts.
    #[command(subcommand)]
    User(UserCommand),
}

#[derive(Debug, Clone, Subcommand, PartialEq, Eq)]
pub enum UserCommand {
    /// Create a staff account. A password piped on standard input is set at once; otherwise
    /// Helder prints a one-time link (valid 7 days) where the person chooses one.
    Add {
        /// The person's e-mail address: their log-in name.
        #[arg(long)]
        email: String,
        /// intake (team member), lead, editor (communicatie: content only) or admin (accounts).
        #[arg(long)]
        role: String,
        /// Name shown to colleagues; default: the part of the address before the @.
        #[arg(long)]
        name: Option<String>,
    },
}

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
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum LogFormat {
    Text,
    Json,
}

impl Settings {
    /// Settings as if nothing was configured; tests start from these.
    pub fn defaults() -> Settings {
        Cli::parse_from(["helder"]).settings
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

/// The SMTP URL. It may hold a password, so `Debug` never shows it.
#[derive(Clone, PartialEq, Eq)]
pub struct SmtpUrl(String);

impl SmtpUrl {
    /// The URL itself, for building the transport; never for a log line.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for SmtpUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SmtpUrl(<hidden>)")
    }
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("the SMTP URL must start with smtp:// or smtps://")]
pub struct SmtpUrlError;

impl FromStr for SmtpUrl {
    type Err = SmtpUrlError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        // The value is never echoed in the error: it may hold a password.
        if s.starts_with("smtp://") || s.starts_with("smtps://") {
            Ok(SmtpUrl(s.to_owned()))
        } else {
            Err(SmtpUrlError)
        }
    }
}

/// An IP address or CIDR range, e.g. `10.0.0.0/8` or `127.0.0.1`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IpRange {
    network: IpAddr,
    prefix: u8,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("{0:?} is not an IP address or CIDR range (like 10.0.0.0/8)")]
pub struct IpRangeError(String);

impl FromStr for IpRange {
    type Err = IpRangeError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = || IpRangeError(s.to_owned());
        let (addr, prefix) = match s.trim().split_once('/') {
            Some((a, p)) => (a, Some(p.parse::<u8>().map_err(|_| err())?)),
            None => (s.trim(), None),
        };
        let network: IpAddr = addr.parse().map_err(|_| err())?;
        let max = if network.is_ipv4() { 32 } else { 128 };
        let prefix = prefix.unwrap_or(max);
        if prefix > max {
            return Err(err());
        }
        Ok(IpRange { network, prefix })
    }
}

impl IpRange {
    pub fn contains(&self, addr: IpAddr) -> bool {
        // An IPv4 client seen over an IPv6 socket arrives as ::ffff:a.b.c.d.
        let addr = match addr {
            IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(addr, IpAddr::V4),
            v4 => v4,
        };
        match (self.network, addr) {
            (IpAddr::V4(net), IpAddr::V4(a)) => {
                let mask = u32::MAX
                    .checked_shl(32 - u32::from(self.prefix))
                    .unwrap_or(0);
                u32::from(net) & mask == u32::from(a) & mask
            }
            (IpAddr::V6(net), IpAddr::V6(a)) => {
                let mask = u128::MAX
                    .checked_shl(128 - u32::from(self.prefix))
                    .unwrap_or(0);
                u128::from(net) & mask == u128::from(a) & mask
            }
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn the_smtp_url_never_shows() {
        let url: SmtpUrl = "smtps://user:geheim-wachtwoord@mail.voorbeeld.nl"
            .parse()
            .unwrap();
        assert!(!format!("{url:?}").contains("geheim"));
        let cli = Cli::parse_from([
            "helder",
            "--smtp-url",
            "smtp://user:geheim-wachtwoord@mail.voorbeeld.nl:2525",
        ]);
        assert!(!format!("{:?}", cli.settings).contains("geheim"));
        assert_eq!(
            cli.settings.smtp_url.map(|u| u.expose().to_owned()),
            Some("smtp://user:geheim-wachtwoord@mail.voorbeeld.nl:2525".to_owned())
        );
        let wrong = "http://user:geheim-wachtwoord@mail".parse::<SmtpUrl>();
        assert!(!wrong.unwrap_err().to_string().contains("geheim"));
        assert!(Cli::try_parse_from(["helder", "--mail-retry-seconds", "0"]).is_err());
    }

    #[test]
    fn ranges_parse_and_match() {
        let r: IpRange = "10.0.0.0/8".parse().unwrap();
        assert!(r.contains("10.1.2.3".parse().unwrap()));
        assert!(!r.contains("11.0.0.1".parse().unwrap()));
        assert!(r.contains("::ffff:10.9.9.9".parse().unwrap()));
        let one: IpRange = "127.0.0.1".parse().unwrap();
        assert!(one.contains("127.0.0.1".parse().unwrap()));
        assert!(!one.contains("127.0.0.2".parse().unwrap()));
        let all: IpRange = "0.0.0.0/0".parse().unwrap();
        assert!(all.contains("203.0.113.77".parse().unwrap()));
        let v6: IpRange = "fd00::/8".parse().unwrap();
        assert!(v6.contains("fd12::1".parse().unwrap()));
        assert!(!v6.contains("10.0.0.1".parse().unwrap()));
        assert!("10.0.0.0/33".parse::<IpRange>().is_err());
        assert!("not-an-ip".parse::<IpRange>().is_err());
    }
}
