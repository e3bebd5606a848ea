//! Lingering reads for large request bodies. A film upload that is refused early (not
//! signed in, another role, wrong token, too large) is answered before its body has arrived.
//! If the server then stops reading, the kernel resets the connection while the browser is
//! still sending, and the browser shows a connection error instead of the refusal page. So a
//! body that is dropped half-read is read on, and thrown away, for a bounded time (as nginx's
//! `lingering_close` does); the answer goes out meanwhile.

use axum::body::Bytes;
use axum::{body::Body, extract::Request, middleware::Next, response::Response};
use http_body::{Body as HttpBody, Frame, SizeHint};
use http_body_util::BodyExt;
use std::{
    pin::Pin,
    task::{Context, Poll},
    time::Duration,
};
use tokio::time::{Instant, timeout};

/// Longest time the rest of a refused body is read for.
pub const LINGER_TIME: Duration = Duration::from_secs(30);
/// Longest wait for the next piece of it: a client that stopped sending is let go.
pub const LINGER_IDLE: Duration = Duration::from_secs(5);

/// Middleware: the body of the request reads on after it is dropped half-read.
pub async fn linger(request: Request, next: Next) -> Response {
    next.run(request.map(|body| Body::new(Lingering { inner: Some(body) })))
        .await
}

/// A body that, dropped before its end, hands the rest to a task that reads it away.
struct Lingering {
    inner: Option<Body>,
}

impl HttpBody for Lingering {
    type Data = Bytes;
    type Error = axum::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, axum::Error>>> {
        match self.inner.as_mut() {
            Some(inner) => Pin::new(inner).poll_frame(cx),
            None => Poll::Ready(None),
        }
    }

    fn is_end_stream(&self) -> bool {
        self.inner.as_ref().is_none_or(HttpBody::is_end_stream)
    }

    fn size_hint(&self) -> SizeHint {
        self.inner
            .as_ref()
            .map_or_else(|| SizeHint::with_exact(0), HttpBody::size_hint)
    }
}

impl Drop for Lingering {
    fn drop(&mut self) {
        let Some(inner) = self.inner.take() else {
            return;
        };
        if inner.is_end_stream() {
            return;
        }
        if let Ok(runtime) = tokio::runtime::Handle::try_current() {
            runtime.spawn(read_away(inner));
        }
    }
}

/// Reads and discards what is left, within [`LINGER_TIME`] and [`LINGER_IDLE`].
async fn read_away(mut body: Body) {
    let until = Instant::now() + LINGER_TIME;
    while Instant::now() < until {
        let wait = LINGER_IDLE.min(until - Instant::now());
        match timeout(wait, body.frame()).await {
            Ok(Some(Ok(_))) => {}
            // The end, a broken connection, or a client that went quiet.
            Ok(None | Some(Err(_))) | Err(_) => return,
        }
    }
}
