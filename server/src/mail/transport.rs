//! Where mail goes: an SMTP server configured by one URL, or `.eml` files in the data folder
//! (the default, so a fresh install needs no mail server).

use crate::configuration::SmtpUrl;
use lettre::{
    AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor,
    transport::smtp::extension::ClientId,
};
use rand::RngCore;
use std::{path::PathBuf, time::Duration};
use tokio::io::AsyncWriteExt;

/// How long one SMTP command may take before the attempt counts as failed.
const SMTP_TIMEOUT: Duration = Duration::from_secs(30);

/// A mail transport; cloning is cheap.
#[derive(Clone)]
pub enum MailTransport {
    /// An SMTP server. Without the `pool` feature every delivery opens its own connection,
    /// so a restarted server is simply reached again.
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    /// A folder that receives one `.eml` file per mail.
    Files(PathBuf),
}

/// Never shows the SMTP settings: they may hold a password.
impl std::fmt::Debug for MailTransport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            MailTransport::Smtp(_) => f.write_str("MailTransport::Smtp(<hidden>)"),
            MailTransport::Files(dir) => f.debug_tuple("MailTransport::Files").field(dir).finish(),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum TransportError {
    #[error("SMTP: {0}")]
    Smtp(#[from] lettre::transport::smtp::Error),
    #[error("cannot write the mail file: {0}")]
    File(#[from] std::io::Error),
}

/// A transport that cannot be set up; start-up stops with this.
#[derive(Debug, thiserror::Error)]
pub enum TransportSetupError {
    /// The lettre error names what is wrong, never the URL itself.
    #[error("the SMTP URL (HELDER_SMTP_URL) cannot be used: {0}")]
    SmtpUrl(lettre::transport::smtp::Error),
    #[error("cannot create the mail folder {path}: {source}")]
    MailDir {
        path: String,
        source: std::io::Error,
    },
}

impl MailTransport {
    /// An SMTP transport from a URL (`smtp://host:port`, `smtps://user:password@host`,
    /// `smtp://…?tls=required`). `hello_name` is the EHLO name unless the URL has a path
    /// naming one.
    pub fn smtp(url: &SmtpUrl, hello_name: &str) -> Result<MailTransport, TransportSetupError> {
        let mut builder = AsyncSmtpTransport::<Tokio1Executor>::from_url(url.expose())
            .map_err(TransportSetupError::SmtpUrl)?
            .timeout(Some(SMTP_TIMEOUT));
        if !url_has_path(url.expose()) {
            builder = builder.hello_name(ClientId::Domain(hello_name.to_owned()));
        }
        Ok(MailTransport::Smtp(builder.build()))
    }

    /// `.eml` files in `dir`, which is created when missing.
    pub fn files(dir: PathBuf) -> Result<MailTransport, TransportSetupError> {
        std::fs::create_dir_all(&dir).map_err(|source| TransportSetupError::MailDir {
            path: dir.display().to_string(),
            source,
        })?;
        Ok(MailTransport::Files(dir))
    }

    /// What this transport is, for the start-up log: never the URL.
    pub fn describe(&self) -> String {
        match self {
            MailTransport::Smtp(_) => "an SMTP server (HELDER_SMTP_URL)".to_owned(),
            MailTransport::Files(dir) => format!(".eml files in {}", dir.display()),
        }
    }

    /// Hands one message to the transport. `Ok` means it was accepted: the SMTP server took
    /// it, or the file is complete on disk under its final name.
    pub async fn send(&self, message: Message) -> Result<(), TransportError> {
        match self {
            MailTransport::Smtp(smtp) => {
                smtp.send(message).await?;
                Ok(())
            }
            MailTransport::Files(dir) => {
                let mut random = [0u8; 6];
                rand::rng().fill_bytes(&mut random);
                let random: String = random.iter().map(|b| format!("{b:02x}")).collect();
                let name = format!(
                    "{}-{random}.eml",
                    chrono::Utc::now().format("%Y%m%dT%H%M%S%.6fZ")
                );
                // Written under a temporary name and renamed: a reader never sees half a mail.
                let partial = dir.join(format!(".{name}.partial"));
                let mut file = tokio::fs::File::create(&partial).await?;
                file.write_all(&message.formatted()).await?;
                file.sync_all().await?;
                drop(file);
                tokio::fs::rename(&partial, dir.join(&name)).await?;
                Ok(())
            }
        }
    }
}

/// Whether an SMTP URL has a path (lettre takes it as the EHLO name).
fn url_has_path(url: &str) -> bool {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let rest = rest.split(['?', '#']).next().unwrap_or_default();
    rest.split_once('/')
        .is_some_and(|(_, path)| !path.trim_matches('/').is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_in_the_url_names_the_client() {
        assert!(!url_has_path("smtp://mail.voorbeeld.nl:25"));
        assert!(!url_has_path("smtp://mail.voorbeeld.nl:25/"));
        assert!(!url_has_path("smtp://u:p@mail.voorbeeld.nl?tls=required"));
        assert!(url_has_path("smtp://mail.voorbeeld.nl/helder.voorbeeld.nl"));
    }

    #[test]
    fn debug_hides_the_smtp_settings() {
        let url: SmtpUrl = "smtp://user:geheim@mail.voorbeeld.nl:2525".parse().unwrap();
        let transport = MailTransport::smtp(&url, "helder.voorbeeld.nl").unwrap();
        let shown = format!("{transport:?} {}", transport.describe());
        assert!(!shown.contains("geheim") && !shown.contains("mail.voorbeeld.nl"));
    }
}
