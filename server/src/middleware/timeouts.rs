//! Time limits inside a request: a budget for the whole request until its answer starts, and
//! a limit on how long Helder waits for the next part of the body. Both end in 408 (a page,
//! through `error_pages`) with `Connection: close`: the rest of the body is never read, so the
//! connection cannot carry another request. A streamed answer (video) is not cut: the budget
//! ends when the answer starts. Film uploads (up to 200 MB) get a long budget but the same
//! wait per part, so a slow line works and a stalled one does not hold the connection.

use crate::configuration::Settings;
use axum::{
    body::{Body, Bytes},
    extract::{Request, State},
    middleware::Next,
    response::{IntoResponse, Response},
};
use http::{HeaderValue, StatusCode, header};
use std::{
    future::Future,
    pin::Pin,
    sync::{
        Arc,
        atomic::{AtomicBool, Ordering},
    },
    task::{Context, Poll},
    time::Duration,
};
use tokio::time::{Instant, Sleep};

#[derive(Debug, Clone, Copy)]
pub struct RequestTimeouts {
    /// Whole request until the answer starts.
    pub request: Duration,
    /// Whole film upload.
    pub upload: Duration,
    /// Longest wait for the next part of a body.
    pub body: Duration,
}

impl RequestTimeouts {
    pub fn from_settings(settings: &Settings) -> RequestTimeouts {
        RequestTimeouts {
            request: Duration::from_secs(settings.request_timeout_seconds),
            upload: Duration::from_secs(settings.upload_timeout_seconds),
            body: Duration::from_secs(settings.body_timeout_seconds),
        }
    }

    /// The budget of every route but film uploads.
    pub fn request(&self) -> TimeBudget {
        TimeBudget {
            total: self.request,
            body: self.body,
        }
    }

    /// The budget of the film upload routes: long, with the same wait per part.
    pub fn upload(&self) -> TimeBudget {
        TimeBudget {
            total: self.upload,
            body: self.body,
        }
    }
}

/// The time a group of routes gives a request.
#[derive(Debug, Clone, Copy)]
pub struct TimeBudget {
    /// Until the answer starts.
    pub total: Duration,
    /// Longest wait for the next part of the body.
    pub body: Duration,
}

pub async fn limit_time(
    State(budget): State<TimeBudget>,
    request: Request,
    next: Next,
) -> Response {
    let stalled = Arc::new(AtomicBool::new(false));
    let request = request.map(|body| {
        Body::new(TimedBody {
            inner: body,
            wait: budget.body,
            timer: None,
            stalled: stalled.clone(),
        })
    });
    match tokio::time::timeout(budget.total, next.run(request)).await {
        Ok(response) if !stalled.load(Ordering::Relaxed) => response,
        _ => (
            StatusCode::REQUEST_TIMEOUT,
            [(header::CONNECTION, HeaderValue::from_static("close"))],
        )
            .into_response(),
    }
}

#[derive(Debug, thiserror::Error)]
#[error("the client sent no part of the request body for {0:?}")]
pub struct BodyStalled(Duration);

/// A request body that fails when the client sends nothing for `wait`; the clock runs only
/// while a handler is waiting for the body, never while it works.
struct TimedBody {
    inner: Body,
    wait: Duration,
    timer: Option<Pin<Box<Sleep>>>,
    /// Tells [`limit_time`] to answer 408 whatever the handler made of the error.
    stalled: Arc<AtomicBool>,
}

impl http_body::Body for TimedBody {
    type Data = Bytes;
    type Error = axum::Error;

    fn poll_frame(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<http_body::Frame<Bytes>, axum::Error>>> {
        let this = self.get_mut();
        match Pin::new(&mut this.inner).poll_frame(cx) {
            Poll::Ready(frame) => {
                this.timer = None;
                Poll::Ready(frame)
            }
            Poll::Pending => {
                let wait = this.wait;
                let timer = this.timer.get_or_insert_with(|| {
                    Box::pin(tokio::time::sleep_until(Instant::now() + wait))
                });
                if timer.as_mut().poll(cx).is_ready() {
                    this.timer = None;
                    this.stalled.store(true, Ordering::Relaxed);
                    return Poll::Ready(Some(Err(axum::Error::new(BodyStalled(wait)))));
                }
                Poll::Pending
            }
        }
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> http_body::SizeHint {
        self.inner.size_hint()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A body whose client never sends anything.
    struct Silent;

    impl http_body::Body for Silent {
        type Data = Bytes;
        type Error = axum::Error;

        fn poll_frame(
            self: Pin<&mut Self>,
            _cx: &mut Context<'_>,
        ) -> Poll<Option<Result<http_body::Frame<Bytes>, axum::Error>>> {
            Poll::Pending
        }
    }

    #[tokio::test(start_paused = true)]
    async fn a_stalled_body_fails_and_says_so() {
        use http_body_util::BodyExt;
        let stalled = Arc::new(AtomicBool::new(false));
        let body = TimedBody {
            inner: Body::new(Silent),
            wait: Duration::from_secs(5),
            timer: None,
            stalled: stalled.clone(),
        };
        let started = Instant::now();
        assert!(body.collect().await.is_err(), "the body ends in an error");
        assert_eq!(started.elapsed(), Duration::from_secs(5), "after the wait");
        assert!(
            stalled.load(Ordering::Relaxed),
            "and the middleware learns why"
        );
    }
}
