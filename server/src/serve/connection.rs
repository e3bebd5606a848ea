//! One HTTP/1.1 connection: hyper serves it, and a watcher closes it at the first deadline
//! that applies. While no request is in flight: the headers must be complete within the
//! header timeout (counted from the connection opening, or from the next request's first
//! byte), and a kept-alive connection may idle for the keep-alive time. While a write waits
//! for the client to read, it may wait for the send timeout. Request bodies and whole
//! requests have their own timeouts in the router (`middleware::timeouts`).

use super::limits::{ConnectionLimits, PRESSURE_INTERVAL};
use crate::middleware::front::Front;
use axum::{
    body::{Body, Bytes},
    extract::ConnectInfo,
};
use http::Request;
use hyper::{body::Incoming, server::conn::http1, service::service_fn};
use hyper_util::rt::{TokioIo, TokioTimer};
use std::{
    net::SocketAddr,
    pin::Pin,
    sync::{Arc, Mutex, MutexGuard},
    task::{Context, Poll},
};
use tokio::{
    io::{AsyncRead, AsyncWrite, ReadBuf},
    net::TcpStream,
    sync::{OwnedSemaphorePermit, watch},
    time::Instant,
};

/// Hyper's read buffer: the largest request head hyper reads (one read may overshoot it, so in
/// practice up to twice this). Helder's own, lower limits on the address and headers
/// (`middleware::request_limits`) answer with a page; only a head beyond this buffer gets
/// hyper's bare 431.
const MAX_BUF_BYTES: usize = 64 * 1024;
/// Hyper's cap on the number of headers (Helder's own, lower cap answers with a page).
const MAX_HEADERS: usize = 200;

pub(super) async fn serve(
    stream: TcpStream,
    peer: SocketAddr,
    front: Front,
    limits: ConnectionLimits,
    // Held until the connection closes: the slot in the connection cap.
    _permit: OwnedSemaphorePermit,
    mut stopping: watch::Receiver<bool>,
    mut pressure: watch::Receiver<u64>,
) {
    let activity = Arc::new(Activity::new());
    let io = TokioIo::new(Watched {
        inner: stream,
        activity: activity.clone(),
    });
    let service = service_fn({
        let activity = activity.clone();
        move |mut request: Request<Incoming>| {
            // What `into_make_service_with_connect_info` did: the client-key middleware
            // reads the peer address here (and drops it).
            request.extensions_mut().insert(ConnectInfo(peer));
            let in_flight = InFlight::start(&activity);
            let front = front.clone();
            async move {
                let response = front.answer(request.map(Body::new)).await;
                Ok::<_, std::convert::Infallible>(response.map(|body| {
                    Body::new(Tracked {
                        inner: body,
                        _in_flight: in_flight,
                    })
                }))
            }
        }
    });
    let mut builder = http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        // A backstop only: hyper's timer also runs while a kept-alive connection idles.
        .header_read_timeout(limits.header + limits.keep_alive)
        .max_buf_size(MAX_BUF_BYTES)
        .max_headers(MAX_HEADERS);
    let connection = builder.serve_connection(io, service);
    tokio::pin!(connection);
    let (mut stop_seen, mut pressure_open) = (false, true);
    loop {
        tokio::select! {
            result = connection.as_mut() => {
                if let Err(error) = result {
                    tracing::debug!(%error, "connection ended with an error");
                }
                return;
            }
            () = activity.expired(&limits) => {
                tracing::debug!("connection closed: timed out");
                return;
            }
            // Also when the sender is gone: the server is stopping either way.
            _ = stopping.changed(), if !stop_seen => {
                stop_seen = true;
                if activity.waiting_for_request() {
                    return;
                }
                connection.as_mut().graceful_shutdown();
            }
            changed = pressure.changed(), if pressure_open => {
                pressure_open = changed.is_ok();
                if pressure_open
                    && activity.idle_for().is_some_and(|idle| idle >= PRESSURE_INTERVAL)
                {
                    tracing::debug!("idle connection closed: a visitor waits for a slot");
                    return;
                }
            }
        }
    }
}

/// What the watcher needs to know about a connection.
#[derive(Debug)]
struct State {
    /// Requests handed to the router whose answer is not yet fully handed to hyper.
    in_flight: usize,
    /// When the connection opened or its last answer was handed over.
    idle_since: Instant,
    /// Whether an answer was handed over (keep-alive applies only from then on).
    served: bool,
    /// The first byte of the next request's head, while its headers are incomplete.
    head_since: Option<Instant>,
    /// Since when a write has been waiting for the client to read.
    write_waiting_since: Option<Instant>,
}

impl State {
    fn deadline(&self, limits: &ConnectionLimits) -> Option<Instant> {
        let waiting = (self.in_flight == 0).then(|| match self.head_since {
            Some(first_byte) => first_byte + limits.header,
            None if self.served => self.idle_since + limits.keep_alive,
            None => self.idle_since + limits.header,
        });
        let stalled = self.write_waiting_since.map(|since| since + limits.send);
        match (waiting, stalled) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }
}

struct Activity {
    state: Mutex<State>,
}

impl Activity {
    fn new() -> Activity {
        Activity {
            state: Mutex::new(State {
                in_flight: 0,
                idle_since: Instant::now(),
                served: false,
                head_since: None,
                write_waiting_since: None,
            }),
        }
    }

    fn state(&self) -> MutexGuard<'_, State> {
        // Nothing panics while holding it; a poisoned lock still holds valid times.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Idle: no request in flight and no part of a next one received.
    fn waiting_for_request(&self) -> bool {
        self.idle_for().is_some()
    }

    /// How long the connection has been idle, if it is.
    fn idle_for(&self) -> Option<std::time::Duration> {
        let state = self.state();
        (state.in_flight == 0 && state.head_since.is_none()).then(|| state.idle_since.elapsed())
    }

    /// Completes when the connection has passed a deadline. Nothing wakes the watcher when
    /// the connection's phase changes (that cost a wake-up per request): it looks again at
    /// least every [`ConnectionLimits::shortest`]. A deadline set after a look is at least that
    /// far after it, so the watcher is never late.
    async fn expired(&self, limits: &ConnectionLimits) {
        let step = limits.shortest();
        loop {
            let now = Instant::now();
            let deadline = self.state().deadline(limits);
            match deadline {
                Some(at) if at <= now => return,
                Some(at) => tokio::time::sleep_until(at.min(now + step)).await,
                None => tokio::time::sleep_until(now + step).await,
            }
        }
    }

    fn on_read(&self) {
        let mut state = self.state();
        if state.in_flight == 0 && state.head_since.is_none() {
            state.head_since = Some(Instant::now());
        }
    }

    fn on_write(&self, progressed: bool) {
        let mut state = self.state();
        if progressed {
            state.write_waiting_since = None;
        } else if state.write_waiting_since.is_none() {
            state.write_waiting_since = Some(Instant::now());
        }
    }
}

/// Counts a request as in flight until its answer's body is dropped (sent, or abandoned).
struct InFlight(Arc<Activity>);

impl InFlight {
    fn start(activity: &Arc<Activity>) -> InFlight {
        let mut state = activity.state();
        state.in_flight += 1;
        state.head_since = None;
        drop(state);
        InFlight(activity.clone())
    }
}

impl Drop for InFlight {
    fn drop(&mut self) {
        let mut state = self.0.state();
        state.in_flight = state.in_flight.saturating_sub(1);
        if state.in_flight == 0 {
            state.idle_since = Instant::now();
            state.served = true;
        }
    }
}

/// An answer's body that keeps its request counted as in flight.
struct Tracked {
    inner: Body,
    _in_flight: InFlight,
}

impl http_body::Body for Tracked {
    type Data = Bytes;
    type Error = axum::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<http_body::Frame<Bytes>, axum::Error>>> {
        Pin::new(&mut self.inner).poll_frame(cx)
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> http_body::SizeHint {
        self.inner.size_hint()
    }
}

/// The socket, noting when bytes arrive and when writes wait.
struct Watched {
    inner: TcpStream,
    activity: Arc<Activity>,
}

impl AsyncRead for Watched {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<std::io::Result<()>> {
        let before = buf.filled().len();
        let result = Pin::new(&mut self.inner).poll_read(cx, buf);
        if matches!(result, Poll::Ready(Ok(()))) && buf.filled().len() > before {
            self.activity.on_read();
        }
        result
    }
}

impl AsyncWrite for Watched {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<std::io::Result<usize>> {
        let result = Pin::new(&mut self.inner).poll_write(cx, buf);
        self.activity.on_write(result.is_ready());
        result
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[std::io::IoSlice<'_>],
    ) -> Poll<std::io::Result<usize>> {
        let result = Pin::new(&mut self.inner).poll_write_vectored(cx, bufs);
        self.activity.on_write(result.is_ready());
        result
    }

    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    fn limits() -> ConnectionLimits {
        ConnectionLimits {
            header: Duration::from_secs(10),
            keep_alive: Duration::from_secs(60),
            send: Duration::from_secs(5),
            max_connections: 1,
            grace: Duration::from_secs(1),
        }
    }

    #[tokio::test]
    async fn deadlines_follow_the_connection_phase() {
        let activity = Arc::new(Activity::new());
        let opened = activity.state().idle_since;
        let deadline = || activity.state().deadline(&limits());
        assert_eq!(
            deadline(),
            Some(opened + limits().header),
            "a new connection"
        );

        activity.on_read();
        let first_byte = activity.state().head_since.expect("head started");
        assert_eq!(deadline(), Some(first_byte + limits().header));

        let request = InFlight::start(&activity);
        assert_eq!(
            deadline(),
            None,
            "a request in flight has the router's timeouts"
        );
        activity.on_write(false);
        let waiting = activity.state().write_waiting_since.expect("write waits");
        assert_eq!(
            deadline(),
            Some(waiting + limits().send),
            "a stalled answer"
        );
        activity.on_write(true);
        assert_eq!(deadline(), None);

        drop(request);
        let idle = activity.state().idle_since;
        assert_eq!(deadline(), Some(idle + limits().keep_alive), "kept alive");
        assert!(activity.waiting_for_request());
        activity.on_read();
        assert!(
            !activity.waiting_for_request(),
            "a next request is arriving"
        );
    }
}
