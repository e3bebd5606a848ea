//! Serving a film file kept in PostgreSQL: the whole file or one byte range, read chunk by
//! chunk as the client takes it, with an ETag (the generated name: a file never changes).

use crate::storage::{Database, StoredMedia};
use axum::{
    body::{Body, Bytes},
    http::{HeaderMap, HeaderValue, Method, StatusCode, header},
    response::{IntoResponse, Response},
};
use futures_util::{StreamExt, stream};
use helder_domain::films::MediaType;
use std::ops::RangeInclusive;

/// `GET`/`HEAD` of stored file `name`.
pub(super) async fn serve(
    db: &Database,
    name: &str,
    kind: MediaType,
    method: Method,
    headers: HeaderMap,
) -> Response {
    let file = match db.media_file(name).await {
        Ok(Some(file)) => file,
        Ok(None) => return StatusCode::NOT_FOUND.into_response(),
        Err(error) => {
            tracing::error!(%error, "cannot read a film file");
            return StatusCode::SERVICE_UNAVAILABLE.into_response();
        }
    };
    let size = u64::try_from(file.size).unwrap_or_default();
    let etag = format!("\"{name}\"");
    if matches_etag(headers.get(header::IF_NONE_MATCH), &etag) {
        return with_common(StatusCode::NOT_MODIFIED, &etag, kind, Body::empty());
    }
    let range = match wanted_range(&headers, &etag, size) {
        Ok(range) => range,
        Err(()) => {
            let mut response = with_common(
                StatusCode::RANGE_NOT_SATISFIABLE,
                &etag,
                kind,
                Body::empty(),
            );
            insert(
                &mut response,
                header::CONTENT_RANGE,
                &format!("bytes */{size}"),
            );
            return response;
        }
    };
    let (status, bytes) = match &range {
        Some(range) => (StatusCode::PARTIAL_CONTENT, range.clone()),
        None => (StatusCode::OK, 0..=size.saturating_sub(1)),
    };
    let length = if size == 0 {
        0
    } else {
        bytes.end() - bytes.start() + 1
    };
    let body = if method == Method::HEAD || length == 0 {
        Body::empty()
    } else {
        Body::from_stream(chunks(db.clone(), name.to_owned(), file, bytes.clone()))
    };
    let mut response = with_common(status, &etag, kind, body);
    insert(&mut response, header::CONTENT_LENGTH, &length.to_string());
    if range.is_some() {
        let content_range = format!("bytes {}-{}/{size}", bytes.start(), bytes.end());
        insert(&mut response, header::CONTENT_RANGE, &content_range);
    }
    response
}

/// The one range asked for, if any and if `If-Range` (when sent) still names this file;
/// `Err` when it cannot be satisfied. Several ranges get the whole file (allowed, and what
/// players never ask for).
fn wanted_range(
    headers: &HeaderMap,
    etag: &str,
    size: u64,
) -> Result<Option<RangeInclusive<u64>>, ()> {
    let Some(range) = headers.get(header::RANGE).and_then(|v| v.to_str().ok()) else {
        return Ok(None);
    };
    if let Some(if_range) = headers.get(header::IF_RANGE)
        && if_range.as_bytes() != etag.as_bytes()
    {
        return Ok(None);
    }
    if size == 0 {
        return Err(());
    }
    let ranges = http_range_header::parse_range_header(range)
        .and_then(|parsed| parsed.validate(size))
        .map_err(drop)?;
    Ok(match ranges.as_slice() {
        [one] => Some(one.clone()),
        _ => None,
    })
}

fn matches_etag(header: Option<&HeaderValue>, etag: &str) -> bool {
    header
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == etag || t.trim() == "*"))
}

fn with_common(status: StatusCode, etag: &str, kind: MediaType, body: Body) -> Response {
    let mut response = Response::new(body);
    *response.status_mut() = status;
    insert(&mut response, header::ETAG, etag);
    insert(&mut response, header::ACCEPT_RANGES, "bytes");
    insert(&mut response, header::CONTENT_TYPE, kind.content_type());
    response
}

fn insert(response: &mut Response, name: header::HeaderName, value: &str) {
    if let Ok(value) = HeaderValue::from_str(value) {
        response.headers_mut().insert(name, value);
    }
}

/// The bytes of `range`, one stored chunk at a time, fetched when the client takes the last.
fn chunks(
    db: Database,
    name: String,
    file: StoredMedia,
    range: RangeInclusive<u64>,
) -> impl futures_util::Stream<Item = Result<Bytes, std::io::Error>> {
    let chunk = u64::try_from(file.chunk_size.max(1)).unwrap_or(1);
    let end = *range.end();
    stream::unfold(*range.start(), move |at| {
        let (db, name) = (db.clone(), name.clone());
        async move {
            if at > end {
                return None;
            }
            // After an error the stream ends: the client sees a cut answer, never wrong bytes.
            let stop = end + 1;
            let seq = at / chunk;
            let Ok(seq32) = i32::try_from(seq) else {
                return Some((Err(std::io::Error::other("chunk out of range")), stop));
            };
            let data = match db.media_chunk(&name, seq32).await {
                Ok(data) => Bytes::from(data),
                Err(error) => {
                    tracing::error!(%error, "a film file's chunk could not be read");
                    return Some((Err(std::io::Error::other(error.to_string())), stop));
                }
            };
            let from = usize::try_from(at - seq * chunk).unwrap_or(usize::MAX);
            let to = usize::try_from((end + 1).min((seq + 1) * chunk) - seq * chunk)
                .unwrap_or(usize::MAX)
                .min(data.len());
            if from >= to {
                return Some((
                    Err(std::io::Error::other(
                        "a chunk is shorter than its file says",
                    )),
                    stop,
                ));
            }
            let part = data.slice(from..to);
            let next = at + part.len() as u64;
            Some((Ok(part), next))
        }
    })
    // Compression (captions are text) may ask again after the end.
    .fuse()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with(pairs: &[(header::HeaderName, &str)]) -> HeaderMap {
        let mut headers = HeaderMap::new();
        for (name, value) in pairs {
            headers.insert(name.clone(), HeaderValue::from_str(value).unwrap());
        }
        headers
    }

    #[test]
    fn one_range_is_served_and_anything_else_is_the_whole_file_or_refused() {
        let etag = "\"0123456789abcdef0123456789abcdef.webm\"";
        let range = |value: &str| wanted_range(&with(&[(header::RANGE, value)]), etag, 1000);
        assert_eq!(wanted_range(&HeaderMap::new(), etag, 1000), Ok(None));
        assert_eq!(range("bytes=0-99"), Ok(Some(0..=99)));
        assert_eq!(range("bytes=900-"), Ok(Some(900..=999)));
        assert_eq!(range("bytes=-10"), Ok(Some(990..=999)));
        assert_eq!(
            range("bytes=990-2000"),
            Ok(Some(990..=999)),
            "cut at the end"
        );
        assert_eq!(range("bytes=0-1,5-6"), Ok(None), "several: the whole file");
        assert_eq!(range("bytes=1000-"), Err(()), "beyond the end");
        assert_eq!(range("pages=1-2"), Err(()));
        // If-Range naming another file: the whole (new) file.
        let other = with(&[(header::RANGE, "bytes=0-9"), (header::IF_RANGE, "\"x\"")]);
        assert_eq!(wanted_range(&other, etag, 1000), Ok(None));
        let same = with(&[(header::RANGE, "bytes=0-9"), (header::IF_RANGE, etag)]);
        assert_eq!(wanted_range(&same, etag, 1000), Ok(Some(0..=9)));
        assert!(matches_etag(
            Some(&HeaderValue::from_static(
                "\"a\", \"0123456789abcdef0123456789abcdef.webm\""
            )),
            etag
        ));
        assert!(!matches_etag(
            Some(&HeaderValue::from_static("\"a\"")),
            etag
        ));
    }
}
