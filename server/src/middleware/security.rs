//! Security headers on every response. Inline scripts (Leptos' hydration loader) are allowed
//! by their SHA-256 hash, computed from the page itself, so cached pages stay valid. The page
//! is read whole for that, so Leptos' `<!>` markers are made valid HTML here too.

use axum::{
    body::{Body, to_bytes},
    extract::Request,
    middleware::Next,
    response::{IntoResponse, Response},
};
use base64::{Engine, engine::general_purpose::STANDARD};
use http::{HeaderValue, StatusCode, header};
use sha2::{Digest, Sha256};

pub const PERMISSIONS_POLICY: &str = "accelerometer=(), autoplay=(), camera=(), display-capture=(), \
     encrypted-media=(), fullscreen=(self), geolocation=(), gyroscope=(), magnetometer=(), \
     microphone=(), midi=(), payment=(), picture-in-picture=(self), publickey-credentials-get=(), \
     screen-wake-lock=(), sync-xhr=(), usb=(), xr-spatial-tracking=(), interest-cohort=()";

/// Largest HTML page the middleware reads to hash its scripts.
const MAX_PAGE_BYTES: usize = 4 * 1024 * 1024;

/// The Content-Security-Policy allowing exactly these inline script hashes.
/// `wasm-unsafe-eval` lets the browser compile our own wasm; it does not allow `eval`.
pub fn content_security_policy(script_hashes: &[String]) -> String {
    let hashes: String = script_hashes.iter().map(|h| format!(" '{h}'")).collect();
    format!(
        "default-src 'self'; script-src 'self'{hashes} 'wasm-unsafe-eval'; \
         style-src 'self'; img-src 'self' data:; media-src 'self'; font-src 'self'; \
         connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; \
         frame-ancestors 'none'"
    )
}

/// `sha256-…` of every inline `<script>` (without `src`) in an HTML page.
pub fn inline_script_hashes(html: &str) -> Vec<String> {
    let mut hashes = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        let after = &rest[start..];
        let Some(open_end) = after.find('>') else {
            break;
        };
        let open_tag = &after[..open_end];
        let content_start = open_end + 1;
        let Some(close) = after[content_start..].find("</script>") else {
            break;
        };
        if !open_tag.contains(" src=") {
            let content = &after[content_start..content_start + close];
            let digest = Sha256::digest(content.as_bytes());
            let hash = format!("sha256-{}", STANDARD.encode(digest));
            if !hashes.contains(&hash) {
                hashes.push(hash);
            }
        }
        rest = &after[content_start + close..];
    }
    hashes
}

pub async fn security_headers(request: Request, next: Next) -> Response {
    let response = next.run(request).await;
    let is_html = super::is_html(response.headers());
    let (mut response, hashes) = if is_html {
        let (mut parts, body) = response.into_parts();
        match to_bytes(body, MAX_PAGE_BYTES).await {
            Ok(bytes) => {
                let html = String::from_utf8_lossy(&bytes);
                let hashes = inline_script_hashes(&html);
                // Read here anyway, so the page is made valid HTML here (see `markers`).
                let body = match super::markers::without_markers(&html) {
                    std::borrow::Cow::Borrowed(_) => Body::from(bytes.clone()),
                    std::borrow::Cow::Owned(valid) => {
                        parts.headers.remove(header::CONTENT_LENGTH);
                        Body::from(valid)
                    }
                };
                (Response::from_parts(parts, body), hashes)
            }
            Err(error) => {
                tracing::error!(%error, "could not read a page to hash its scripts");
                (
                    StatusCode::INTERNAL_SERVER_ERROR.into_response(),
                    Vec::new(),
                )
            }
        }
    } else {
        (response, Vec::new())
    };
    // A stricter policy set by the handler (a file sent with a report) stays.
    let own_policy = response
        .headers()
        .get(header::CONTENT_SECURITY_POLICY)
        .cloned();
    insert_headers(response.headers_mut(), &hashes);
    if let Some(policy) = own_policy {
        response
            .headers_mut()
            .insert(header::CONTENT_SECURITY_POLICY, policy);
    }
    response
}

/// The security headers of an answer whose inline scripts have these hashes.
pub fn insert_headers(headers: &mut http::HeaderMap, script_hashes: &[String]) {
    if let Ok(csp) = HeaderValue::from_str(&content_security_policy(script_hashes)) {
        headers.insert(header::CONTENT_SECURITY_POLICY, csp);
    }
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers.insert(
        "permissions-policy",
        HeaderValue::from_static(PERMISSIONS_POLICY),
    );
    headers.insert(
        "cross-origin-opener-policy",
        HeaderValue::from_static("same-origin"),
    );
    headers.insert(
        "cross-origin-resource-policy",
        HeaderValue::from_static("same-origin"),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_scripts_are_hashed_and_external_ones_skipped() {
        let html = r#"<script type="module">alert(1)</script><script src="/pkg/x.js"></script><script>alert(1)</script>"#;
        let hashes = inline_script_hashes(html);
        assert_eq!(
            hashes.len(),
            1,
            "identical scripts share one hash; src scripts have none"
        );
        // echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64
        assert_eq!(
            hashes[0],
            "sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI="
        );
        assert!(inline_script_hashes("<p>no scripts</p>").is_empty());
    }
}
