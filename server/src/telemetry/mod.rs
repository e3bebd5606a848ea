//! Structured logs with tracing. Request logs carry no client address (see middleware::trace).

mod batched;

use crate::configuration::LogFormat;
pub use batched::LogGuard;
use tracing_subscriber::{EnvFilter, fmt, fmt::MakeWriter};

/// Log targets known to print client addresses (axum's `connection {addr} accepted`).
const PEER_ADDRESS_TARGETS: [&str; 1] = ["axum::serve"];

/// Installs the global subscriber; a second call (as in tests) is a no-op. Lines go to stdout
/// in batches through a thread of their own ([`batched`]); keep the guard until the end, it
/// writes what is left. Nothing is dropped: if stdout cannot keep up, logging waits.
pub fn init(filter: &str, format: LogFormat) -> Option<LogGuard> {
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
    match batched::batched(std::io::stdout()) {
        Ok((writer, guard)) => {
            install(move || writer.clone(), filter, format, ansi);
            Some(guard)
        }
        // No thread for the logs: they are written on the thread that logs.
        Err(_) => {
            install(std::io::stdout, filter, format, ansi);
            None
        }
    }
}

fn install<W>(writer: W, filter: EnvFilter, format: LogFormat, ansi: bool)
where
    W: for<'a> MakeWriter<'a> + Send + Sync + 'static,
{
    let builder = fmt()
        .with_writer(writer)
        .with_env_filter(filter)
        .with_target(false)
        .with_ansi(ansi);
    let _ = match format {
        LogFormat::Text => builder.try_init(),
        LogFormat::Json => builder.json().try_init(),
    };
}
