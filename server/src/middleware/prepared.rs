//! A response built once and answered many times: its headers (security headers included)
//! and body per encoding are ready, so answering is a lookup and a few reference counts.

use super::encoding::{Encoded, Encoding};
use axum::{
    body::{Body, Bytes},
    response::Response,
};
use http::{HeaderMap, HeaderValue, StatusCode, header};

#[derive(Debug)]
struct Variant {
    encoding: Encoding,
    headers: HeaderMap,
    body: Bytes,
}

#[derive(Debug)]
pub struct Prepared {
    /// Identity first, then each compressed copy kept.
    variants: Vec<Variant>,
    etag: Option<HeaderValue>,
}

impl Prepared {
    /// `headers`: what every answer carries (content type, caching, security headers);
    /// `Content-Encoding`, `Vary` and `ETag` are added here.
    pub fn new(mut headers: HeaderMap, body: Encoded, etag: Option<HeaderValue>) -> Prepared {
        for name in [
            header::CONTENT_LENGTH,
            header::TRANSFER_ENCODING,
            header::CONTENT_ENCODING,
            header::ETAG,
        ] {
            headers.remove(name);
        }
        if body.varies() {
            headers.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
        }
        if let Some(etag) = &etag {
            headers.insert(header::ETAG, etag.clone());
        }
        let variants = [Encoding::Identity, Encoding::Gzip, Encoding::Brotli]
            .into_iter()
            .filter_map(|wanted| {
                let (encoding, bytes) = body.pick(wanted);
                (encoding == wanted).then(|| {
                    let mut headers = headers.clone();
                    if let Some(value) = encoding.header() {
                        headers.insert(header::CONTENT_ENCODING, value);
                    }
                    Variant {
                        encoding,
                        headers,
                        body: bytes.clone(),
                    }
                })
            })
            .collect();
        Prepared { variants, etag }
    }

    /// The answer to a request with these headers: 304 when its `If-None-Match` holds the
    /// ETag, otherwise the body in the best encoding the request accepts.
    pub fn respond(&self, request: &HeaderMap) -> Response {
        let variant = self.variant(Encoding::negotiate(request));
        if self.not_modified(request) {
            let mut response = Response::new(Body::empty());
            *response.status_mut() = StatusCode::NOT_MODIFIED;
            let headers = response.headers_mut();
            for (name, value) in &variant.headers {
                if name != header::CONTENT_TYPE && name != header::CONTENT_ENCODING {
                    headers.append(name, value.clone());
                }
            }
            return response;
        }
        let mut response = Response::new(Body::from(variant.body.clone()));
        *response.headers_mut() = variant.headers.clone();
        response
    }

    /// The copy in `wanted`, else the next best kept (brotli falls back to gzip), else the
    /// identity (always kept, first).
    fn variant(&self, wanted: Encoding) -> &Variant {
        let acceptable: &[Encoding] = match wanted {
            Encoding::Brotli => &[Encoding::Brotli, Encoding::Gzip],
            Encoding::Gzip => &[Encoding::Gzip],
            Encoding::Identity => &[],
        };
        acceptable
            .iter()
            .find_map(|e| self.variants.iter().find(|v| v.encoding == *e))
            .unwrap_or(&self.variants[0])
    }

    fn not_modified(&self, request: &HeaderMap) -> bool {
        let Some(etag) = self.etag.as_ref().and_then(|e| e.to_str().ok()) else {
            return false;
        };
        request
            .get_all(header::IF_NONE_MATCH)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|tags| tags.split(','))
            .any(|tag| tag.trim() == etag || tag.trim() == "*")
    }
}
