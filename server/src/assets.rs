//! Static assets under content-hashed names, so browsers may cache them for a year.
//! The stylesheet and icon are embedded in the binary; the wasm bundle is read from the
//! site root at start and is optional: without it pages are served without hydration.

use crate::middleware::{encoding::Encoded, prepared::Prepared, security};
use axum::{
    body::Bytes,
    extract::{Path, State},
    http::{HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
};
use std::{
    collections::HashMap,
    path::Path as FsPath,
    sync::{Arc, Mutex, OnceLock},
};

const STYLESHEET: &str = include_str!(concat!(env!("OUT_DIR"), "/helder.css"));
const ICON: &str = include_str!("../../style/icon.svg");
const IMMUTABLE: &str = "public, max-age=31536000, immutable";

/// Output name of the wasm-bindgen bundle in `<site root>/pkg/`.
pub const BUNDLE_NAME: &str = "helder";

#[derive(Debug, Clone)]
struct Asset {
    bytes: Bytes,
    content_type: &'static str,
}

/// Every asset by the name it is served under.
#[derive(Debug, Clone, Default)]
pub struct Assets {
    files: HashMap<String, Asset>,
    /// Every file's whole answer by its path, ready for the front (see [`Assets::prepared`]).
    prepared: HashMap<String, Arc<Prepared>>,
    /// `/assets/helder.<hash>.css`
    pub stylesheet_href: String,
    /// `/assets/icon.<hash>.svg`
    pub icon_href: String,
    /// `helder.<hash>` when the wasm bundle exists: the output name Leptos asks for.
    pub bundle_output_name: Option<String>,
}

fn short_hash(parts: &[&[u8]]) -> String {
    let mut hasher = blake3::Hasher::new();
    for part in parts {
        hasher.update(part);
    }
    hasher.finalize().to_hex()[..16].to_owned()
}

/// The compressed copies of an asset, made once per process for each name (a name holds the
/// content's hash, so it never stands for other bytes). Brotli at its best quality takes a
/// second for the hydration bundle in a debug build; every later app in the same process (the
/// tests start hundreds) takes them from here.
fn encoded(name: &str, bytes: &Bytes, compress: bool) -> Encoded {
    static MADE: OnceLock<Mutex<HashMap<String, Encoded>>> = OnceLock::new();
    let made = MADE.get_or_init(Mutex::default);
    let known = made
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .get(name)
        .cloned();
    known.unwrap_or_else(|| {
        let fresh = Encoded::new(bytes.clone(), compress);
        made.lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(name.to_owned(), fresh.clone());
        fresh
    })
}

impl Assets {
    /// Embedded assets plus, if present, `<site_root>/pkg/helder.js` and `helder_bg.wasm`.
    pub fn load(site_root: &FsPath) -> Assets {
        let mut assets = Assets::default();

        assets.stylesheet_href = assets.add(
            "helder",
            "css",
            STYLESHEET.as_bytes(),
            "text/css; charset=utf-8",
        );
        assets.icon_href = assets.add("icon", "svg", ICON.as_bytes(), "image/svg+xml");

        let pkg = site_root.join("pkg");
        let js = std::fs::read(pkg.join(format!("{BUNDLE_NAME}.js")));
        let wasm = std::fs::read(pkg.join(format!("{BUNDLE_NAME}_bg.wasm")));
        match (js, wasm) {
            (Ok(js), Ok(wasm)) => {
                let output_name = format!("{BUNDLE_NAME}.{}", short_hash(&[&js, &wasm]));
                assets.insert(
                    format!("{output_name}.js"),
                    &js,
                    "text/javascript; charset=utf-8",
                );
                // Leptos asks for `<name>_bg.wasm`, or `<name>.wasm` when LEPTOS_OUTPUT_NAME
                // was set at build time; serve both.
                assets.insert(format!("{output_name}_bg.wasm"), &wasm, "application/wasm");
                assets.insert(format!("{output_name}.wasm"), &wasm, "application/wasm");
                tracing::info!(bundle = %output_name, wasm_bytes = wasm.len(), "hydration bundle loaded");
                assets.bundle_output_name = Some(output_name);
            }
            _ => tracing::warn!(
                folder = %pkg.display(),
                "no wasm bundle found (run .ci/build-wasm); serving pages without hydration"
            ),
        }
        assets.prepare();
        assets
    }

    /// Builds each file's answer once: headers (security headers included, as the router's
    /// layers would add them) and a compressed copy of what compresses.
    fn prepare(&mut self) {
        self.prepared = self
            .files
            .iter()
            .flat_map(|(name, asset)| {
                let mut headers = http::HeaderMap::new();
                headers.insert(
                    header::CONTENT_TYPE,
                    HeaderValue::from_static(asset.content_type),
                );
                headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(IMMUTABLE));
                headers.insert(header::ACCEPT_RANGES, HeaderValue::from_static("bytes"));
                security::insert_headers(&mut headers, &[]);
                let compress = !asset.content_type.starts_with("image/")
                    || asset.content_type.starts_with("image/svg");
                let prepared = Arc::new(Prepared::new(
                    headers,
                    encoded(name, &asset.bytes, compress),
                    None,
                ));
                ["/assets/", "/pkg/"].map(|dir| (format!("{dir}{name}"), prepared.clone()))
            })
            .collect();
    }

    /// The ready answer for a GET of `path` (`/assets/…` or `/pkg/…`), if it is a file.
    pub fn prepared(&self, path: &str) -> Option<&Arc<Prepared>> {
        self.prepared.get(path)
    }

    fn insert(&mut self, name: String, bytes: &[u8], content_type: &'static str) {
        self.files.insert(
            name,
            Asset {
                bytes: Bytes::copy_from_slice(bytes),
                content_type,
            },
        );
    }

    /// Adds a file as `/assets/<stem>.<hash>.<ext>` and returns that URL.
    pub fn add(
        &mut self,
        stem: &str,
        ext: &str,
        bytes: &[u8],
        content_type: &'static str,
    ) -> String {
        let name = format!("{stem}.{}.{ext}", short_hash(&[bytes]));
        self.insert(name.clone(), bytes, content_type);
        format!("/assets/{name}")
    }

    fn response(&self, name: &str, range: Option<&HeaderValue>) -> Response {
        let Some(asset) = self.files.get(name) else {
            return StatusCode::NOT_FOUND.into_response();
        };
        let len = asset.bytes.len();
        let headers = [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static(asset.content_type),
            ),
            (header::CACHE_CONTROL, HeaderValue::from_static(IMMUTABLE)),
            (header::ACCEPT_RANGES, HeaderValue::from_static("bytes")),
        ];
        match range.map(|r| parse_range(r.to_str().unwrap_or_default(), len)) {
            None | Some(RangeRequest::Ignored) => (headers, asset.bytes.clone()).into_response(),
            Some(RangeRequest::Satisfiable(start, end)) => {
                let content_range = format!("bytes {start}-{end}/{len}");
                let mut response = (
                    StatusCode::PARTIAL_CONTENT,
                    headers,
                    asset.bytes.slice(start..=end),
                )
                    .into_response();
                if let Ok(value) = HeaderValue::from_str(&content_range) {
                    response.headers_mut().insert(header::CONTENT_RANGE, value);
                }
                response
            }
            Some(RangeRequest::Unsatisfiable) => {
                let mut response = StatusCode::RANGE_NOT_SATISFIABLE.into_response();
                if let Ok(value) = HeaderValue::from_str(&format!("bytes */{len}")) {
                    response.headers_mut().insert(header::CONTENT_RANGE, value);
                }
                response
            }
        }
    }
}

/// A `Range` header, reduced to what Helder serves: one byte range.
#[derive(Debug, PartialEq, Eq)]
enum RangeRequest {
    /// Not a single byte range we understand: send the whole file (allowed by RFC 9110).
    Ignored,
    /// Inclusive start and end.
    Satisfiable(usize, usize),
    Unsatisfiable,
}

fn parse_range(value: &str, len: usize) -> RangeRequest {
    let Some(spec) = value.trim().strip_prefix("bytes=") else {
        return RangeRequest::Ignored;
    };
    if spec.contains(',') {
        return RangeRequest::Ignored;
    }
    let Some((start, end)) = spec.split_once('-') else {
        return RangeRequest::Ignored;
    };
    let (start, end) = (start.trim(), end.trim());
    let last = len.saturating_sub(1);
    // (start, end, whether the range asks for at least one byte)
    let parsed = match (start.is_empty(), end.is_empty()) {
        // "-500": the last 500 bytes.
        (true, false) => end
            .parse::<usize>()
            .ok()
            .map(|n| (len.saturating_sub(n), last, n > 0)),
        (false, true) => start.parse::<usize>().ok().map(|s| (s, last, true)),
        (false, false) => match (start.parse::<usize>(), end.parse::<usize>()) {
            (Ok(s), Ok(e)) if s <= e => Some((s, e.min(last), true)),
            _ => None,
        },
        (true, true) => None,
    };
    match parsed {
        None => RangeRequest::Ignored,
        Some((start, end, true)) if start < len && start <= end => {
            RangeRequest::Satisfiable(start, end)
        }
        Some(_) => RangeRequest::Unsatisfiable,
    }
}

/// The built files: the stylesheet, icon and wasm bundle.
pub fn router<S>() -> axum::Router<S>
where
    Arc<Assets>: axum::extract::FromRef<S>,
    S: Clone + Send + Sync + 'static,
{
    axum::Router::new()
        .route("/assets/{file}", axum::routing::get(serve))
        .route("/pkg/{file}", axum::routing::get(serve))
}

/// `GET /assets/{file}` and `GET /pkg/{file}`, with single byte ranges for video players.
pub async fn serve(
    State(assets): State<Arc<Assets>>,
    Path(file): Path<String>,
    headers: http::HeaderMap,
) -> Response {
    assets.response(&file, headers.get(header::RANGE))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges() {
        use RangeRequest::{Ignored, Satisfiable, Unsatisfiable};
        // Every header against a 1000-byte file.
        let cases = [
            ("bytes=0-99", Satisfiable(0, 99)),
            ("bytes=900-", Satisfiable(900, 999)),
            ("bytes=-100", Satisfiable(900, 999)),
            ("bytes=990-2000", Satisfiable(990, 999)),
            ("bytes=1000-", Unsatisfiable),
            ("bytes=-0", Unsatisfiable),
            ("bytes=5-1", Ignored),
            ("bytes=0-1,5-9", Ignored),
            ("items=0-1", Ignored),
            ("bytes=x-y", Ignored),
        ];
        for (header, expected) in cases {
            assert_eq!(parse_range(header, 1000), expected, "{header}");
        }
    }
}
