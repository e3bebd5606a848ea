//! Settings from the command line or the environment, with defaults that need no configuration.

mod ip_range;
mod settings;
mod smtp_url;

pub use ip_range::{IpRange, IpRangeError};
pub use settings::{LogFormat, Settings};
pub use smtp_url::{SmtpUrl, SmtpUrlError};

use clap::{Parser, Subcommand};

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
        /// The organisation (its id in the tenants file) the account belongs to; required
        /// with HELDER_TENANTS. The account sees that organisation's work only.
        #[arg(long)]
        organisation: Option<String>,
    },
}

impl Settings {
    /// Settings as if nothing was configured; tests start from these.
    pub fn defaults() -> Settings {
        Cli::parse_from(["helder"]).settings
    }
}
