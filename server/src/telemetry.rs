//! Structured logs with tracing. Request logs carry no client address (see middleware::trace).

use crate::configuration::LogFormat;
use tracing_appender::non_blocking::{NonBlockingBuilder, WorkerGuard};
use tracing_subscriber::{EnvFilter, fmt};

/// What the log thread buffers before it writes (it also writes whenever it has caught up).
const LOG_BUFFER_BYTES: usize = 64 * 1024;

/// Log targets known to print client addresses (axum's `connection {addr} accepted`).
const PEER_ADDRESS_TARGETS: [&str; 1] = ["axum::serve"];

/// Installs the global subscriber; a second call (as in tests) is a no-op. Lines go to stdout
/// through a thread of their own; keep the guard until the end, it writes what is left.
/// Nothing is dropped: if stdout cannot keep up, logging waits, as it did on the request
/// thread before.
pub fn init(filter: &str, format: LogFormat) -> WorkerGuard {
    let mut filter = EnvFilter::try_new(filter).unwrap_or_else(|_| EnvFilter::new("info"));
    // These targets print the peer address at trace level; no setting may switch them on.
    for silenced in PEER_ADDRESS_TARGETS {
        if let Ok(directive) = format!("{silenced}=off").parse() {
            filter = filter.add_directive(directive);
        }
    }
    // The HTML parser under ammonia warns about every odd table it meets in editors' text
    // ("foster parenting not implemented"): noise, unless asked for by name.
    if !filter.to_string().contains("html5ever")
        && let Ok(directive) = "html5ever=error".parse()
    {
        filter = filter.add_directive(directive);
    }
    let ansi = std::io::IsTerminal::is_terminal(&std::io::stdout());
    let (writer, guard) =
        NonBlockingBuilder::default()
            .lossy(false)
            .finish(std::io::BufWriter::with_capacity(
                LOG_BUFFER_BYTES,
                std::io::stdout(),
            ));
    let builder = fmt()
        .with_writer(writer)
        .with_env_filter(filter)
        .with_target(false)
        .with_ansi(ansi);
    let _ = match format {
        LogFormat::Text => builder.try_init(),
        LogFormat::Json => builder.json().try_init(),
    };
    guard
}
