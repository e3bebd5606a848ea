//! The outgoing mail server's URL, which may hold a password.

use std::str::FromStr;

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::configuration::Cli;
    use clap::Parser;

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
}
