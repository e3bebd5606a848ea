//! Request logging: method, path, status and latency. Never the client address, the query
//! string (it may hold what someone typed) or headers.

use axum::extract::Request;
use http::StatusCode;
use std::time::Instant;
use tower_http::{
    classify::{ServerErrorsAsFailures, SharedClassifier},
    trace::{DefaultOnFailure, DefaultOnResponse, TraceLayer},
};
use tracing::{Level, Span};

pub type HelderTraceLayer = TraceLayer<
    SharedClassifier<ServerErrorsAsFailures>,
    fn(&Request) -> Span,
    (),
    DefaultOnResponse,
    (),
    (),
    DefaultOnFailure,
>;

fn request_span(request: &Request) -> Span {
    tracing::info_span!("request", method = %request.method(), path = %request.uri().path())
}

pub fn layer() -> HelderTraceLayer {
    TraceLayer::new_for_http()
        .make_span_with(request_span as fn(&Request) -> Span)
        .on_request(())
        .on_response(DefaultOnResponse::new().level(Level::INFO))
        .on_body_chunk(())
        .on_eos(())
        .on_failure(DefaultOnFailure::new().level(Level::ERROR))
}

/// The log line of an answer the front gave from memory, as the trace layer writes it for
/// routed requests.
pub fn answered_from_memory(request: &Request, status: StatusCode, started: Instant) {
    let span = request_span(request);
    let _entered = span.enter();
    tracing::info!(
        latency = %format_args!("{} ms", started.elapsed().as_millis()),
        status = status.as_u16(),
        "finished processing request"
    );
}
