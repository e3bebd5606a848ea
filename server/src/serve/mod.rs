//! Helder's own accept loop on hyper, in place of `axum::serve`, which exposes none of hyper's
//! settings: a cap on open connections, timeouts for headers, idle keep-alive and stalled
//! answers per connection (see [`connection`]), and a graceful stop that lets open requests
//! finish within a bound.
//!
//! At the cap, the next visitor is accepted and waits for a free slot (everyone after them
//! waits in the listen queue); meanwhile connections that have idled for a second close to
//! make room. Connections busy with a request or with arriving headers are never closed for
//! room: their own timeouts bound how long a visitor can wait.
//!
//! What each timeout covers, and why hyper's own `header_read_timeout` is only a backstop:
//! hyper (1.x) starts that timer whenever it waits for a request head, which on a kept-alive
//! connection is right after the previous answer. It therefore also bounds idle keep-alive,
//! with the same value, and cannot tell a silent connection from a slow one. Helder tracks
//! both itself (bytes in, requests in flight, writes waiting) and closes the connection at
//! the earliest deadline that applies.

mod connection;
mod limits;

pub use limits::ConnectionLimits;
use limits::PRESSURE_INTERVAL;

use crate::middleware::front::Front;
use std::{future::Future, sync::Arc, time::Duration};
use tokio::{
    net::TcpListener,
    sync::{OwnedSemaphorePermit, Semaphore, watch},
    task::JoinSet,
    time::Instant,
};

/// Time between two warnings that all connections are in use.
const FULL_WARNING_INTERVAL: Duration = Duration::from_secs(60);
/// Serves `front` on `listener` until `shutdown` completes, then stops accepting, lets open
/// requests finish (idle connections close at once) for at most `limits.grace`, and returns.
pub async fn serve(
    listener: TcpListener,
    front: Front,
    limits: ConnectionLimits,
    shutdown: impl Future<Output = ()>,
) -> std::io::Result<()> {
    let permits = Arc::new(Semaphore::new(limits.max_connections.max(1)));
    let (stop, stopping) = watch::channel(false);
    // Bumped while a visitor waits for a free slot: connections idle for a while then close.
    let (pressure, _) = watch::channel(0u64);
    let mut connections = JoinSet::new();
    let mut last_warning: Option<Instant> = None;
    tokio::pin!(shutdown);
    loop {
        while connections.try_join_next().is_some() {}
        let (stream, peer) = tokio::select! {
            () = &mut shutdown => break,
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(error) => {
                    accept_failed(error).await;
                    continue;
                }
            },
        };
        let permit = match permits.clone().try_acquire_owned() {
            Ok(permit) => permit,
            Err(_) => {
                if last_warning.is_none_or(|at| at.elapsed() >= FULL_WARNING_INTERVAL) {
                    last_warning = Some(Instant::now());
                    tracing::warn!("all connections are in use; new visitors wait for a free one");
                }
                // The one accepted visitor waits here; others wait in the listen queue.
                tokio::select! {
                    () = &mut shutdown => break,
                    permit = wait_for_slot(&permits, &pressure) => match permit {
                        Some(permit) => permit,
                        None => break,
                    },
                }
            }
        };
        // Small answers go out at once instead of waiting for more bytes to fill a segment.
        let _ = stream.set_nodelay(true);
        connections.spawn(connection::serve(
            stream,
            peer,
            front.clone(),
            limits,
            permit,
            stopping.clone(),
            pressure.subscribe(),
        ));
    }
    // New connections are refused from here on; open ones finish their request and close.
    drop(listener);
    let open = connections.len();
    let _ = stop.send(true);
    tracing::info!(open, "stopping: finishing open requests");
    let finished = tokio::time::timeout(limits.grace, async {
        while connections.join_next().await.is_some() {}
    })
    .await;
    if finished.is_err() {
        tracing::warn!(
            left = connections.len(),
            "requests still open after the grace period are cut"
        );
        connections.shutdown().await;
    }
    Ok(())
}

/// Waits for a free slot while a visitor waits, asking idle connections to make room every
/// [`PRESSURE_INTERVAL`] (one that just went idle gets a moment before it counts as idle).
async fn wait_for_slot(
    permits: &Arc<Semaphore>,
    pressure: &watch::Sender<u64>,
) -> Option<OwnedSemaphorePermit> {
    loop {
        pressure.send_modify(|n| *n = n.wrapping_add(1));
        tokio::select! {
            permit = permits.clone().acquire_owned() => return permit.ok(),
            () = tokio::time::sleep(PRESSURE_INTERVAL) => {}
        }
    }
}

/// A failed accept: a client that left before being accepted is no news; anything else (out
/// of file descriptors) is logged and retried after a pause, so the loop does not spin.
async fn accept_failed(error: std::io::Error) {
    use std::io::ErrorKind::{ConnectionAborted, ConnectionRefused, ConnectionReset};
    if matches!(
        error.kind(),
        ConnectionAborted | ConnectionRefused | ConnectionReset
    ) {
        return;
    }
    tracing::error!(%error, "cannot accept a connection");
    tokio::time::sleep(Duration::from_millis(500)).await;
}
