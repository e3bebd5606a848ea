//! What the accept loop and each connection are allowed: from the settings.

use crate::configuration::Settings;
use std::time::Duration;

/// Per-connection limits, from the settings.
#[derive(Debug, Clone, Copy)]
pub struct ConnectionLimits {
    /// From the connection opening (or a new request's first byte) to the end of its headers.
    pub header: Duration,
    /// Between two requests on one connection.
    pub keep_alive: Duration,
    /// Longest wait for a client to take the next part of an answer.
    pub send: Duration,
    /// Most connections open at once.
    pub max_connections: usize,
    /// How long a stop waits for open requests.
    pub grace: Duration,
}

impl ConnectionLimits {
    pub fn from_settings(settings: &Settings) -> ConnectionLimits {
        let seconds = Duration::from_secs;
        ConnectionLimits {
            header: seconds(settings.header_timeout_seconds),
            keep_alive: seconds(settings.keep_alive_seconds),
            send: seconds(settings.body_timeout_seconds),
            max_connections: usize::try_from(settings.max_connections).unwrap_or(usize::MAX),
            // A request that started before the stop may take its whole budget, not more.
            grace: seconds(settings.request_timeout_seconds),
        }
    }

    /// The shortest of the per-connection timeouts (at least a millisecond): how often a
    /// connection's watcher looks at its deadlines.
    pub fn shortest(&self) -> Duration {
        self.header
            .min(self.keep_alive)
            .min(self.send)
            .max(Duration::from_millis(1))
    }
}

/// While a visitor waits for a slot, connections idle at least this long are closed, checked
/// this often. Shorter would close connections a browser is about to use.
pub(super) const PRESSURE_INTERVAL: Duration = Duration::from_secs(1);
