//! Bytes kept in memory in every encoding a browser may ask for, compressed once when they are
//! kept (pages when first rendered, assets at start) instead of on every request.

use axum::body::Bytes;
use http::{HeaderMap, HeaderValue, header};
use std::io::Write;

/// Smaller bodies are not worth a compressed copy (nginx's `gzip_min_length` is similar).
const MIN_COMPRESS_BYTES: usize = 256;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Identity,
    Gzip,
    Brotli,
}

impl Encoding {
    /// The best encoding `Accept-Encoding` allows: brotli, then gzip, then none. A coding
    /// with `q=0` is refused; anything unreadable counts as not offered.
    pub fn negotiate(headers: &HeaderMap) -> Encoding {
        let (mut br, mut gzip) = (false, false);
        for value in headers.get_all(header::ACCEPT_ENCODING) {
            let Ok(value) = value.to_str() else { continue };
            for coding in value.split(',') {
                let mut parts = coding.split(';');
                let name = parts.next().unwrap_or_default().trim();
                let refused = parts.any(|p| {
                    p.trim()
                        .strip_prefix("q=")
                        .and_then(|q| q.trim().parse::<f32>().ok())
                        .is_some_and(|q| q <= 0.0)
                });
                if refused {
                    continue;
                }
                if name.eq_ignore_ascii_case("br") {
                    br = true;
                } else if name.eq_ignore_ascii_case("gzip") {
                    gzip = true;
                }
            }
        }
        match (br, gzip) {
            (true, _) => Encoding::Brotli,
            (false, true) => Encoding::Gzip,
            _ => Encoding::Identity,
        }
    }

    pub fn header(self) -> Option<HeaderValue> {
        match self {
            Encoding::Identity => None,
            Encoding::Gzip => Some(HeaderValue::from_static("gzip")),
            Encoding::Brotli => Some(HeaderValue::from_static("br")),
        }
    }
}

/// One body in each encoding worth having.
#[derive(Debug, Clone)]
pub struct Encoded {
    identity: Bytes,
    gzip: Option<Bytes>,
    brotli: Option<Bytes>,
}

impl Encoded {
    /// `compress`: whether the content compresses at all (text does; images and video do not).
    pub fn new(identity: Bytes, compress: bool) -> Encoded {
        if !compress || identity.len() < MIN_COMPRESS_BYTES {
            return Encoded {
                identity,
                gzip: None,
                brotli: None,
            };
        }
        // A compressed copy that is not smaller is not kept.
        let smaller =
            |bytes: Option<Vec<u8>>| bytes.filter(|b| b.len() < identity.len()).map(Bytes::from);
        Encoded {
            gzip: smaller(gzip(&identity)),
            brotli: smaller(brotli(&identity)),
            identity,
        }
    }

    /// The body for `wanted`, or the nearest encoding kept, and the encoding it is in.
    pub fn pick(&self, wanted: Encoding) -> (Encoding, &Bytes) {
        match (wanted, &self.brotli, &self.gzip) {
            (Encoding::Brotli, Some(br), _) => (Encoding::Brotli, br),
            (Encoding::Brotli | Encoding::Gzip, _, Some(gz)) => (Encoding::Gzip, gz),
            _ => (Encoding::Identity, &self.identity),
        }
    }

    /// Whether any compressed copy exists (then answers vary by `Accept-Encoding`).
    pub fn varies(&self) -> bool {
        self.gzip.is_some() || self.brotli.is_some()
    }
}

fn gzip(bytes: &[u8]) -> Option<Vec<u8>> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes).ok()?;
    encoder.finish().ok()
}

fn brotli(bytes: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    // A window no larger than the input: the default (4 MiB) made the best quality allocate
    // tens of megabytes per page, which the allocator kept (RSS +25 MB in the benchmark).
    let window = (usize::BITS - bytes.len().max(1024).leading_zeros()).clamp(10, 22) as i32;
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: window,
        ..Default::default()
    };
    brotli::BrotliCompress(&mut &bytes[..], &mut out, &params).ok()?;
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    fn accept(value: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::ACCEPT_ENCODING,
            HeaderValue::from_str(value).unwrap(),
        );
        headers
    }

    #[test]
    fn the_best_offered_encoding_wins() {
        assert_eq!(Encoding::negotiate(&accept("br, gzip")), Encoding::Brotli);
        assert_eq!(
            Encoding::negotiate(&accept("gzip, deflate")),
            Encoding::Gzip
        );
        assert_eq!(Encoding::negotiate(&accept("br;q=0, gzip")), Encoding::Gzip);
        assert_eq!(Encoding::negotiate(&accept("GZIP;q=0.5")), Encoding::Gzip);
        assert_eq!(Encoding::negotiate(&accept("deflate")), Encoding::Identity);
        assert_eq!(Encoding::negotiate(&HeaderMap::new()), Encoding::Identity);
    }

    #[test]
    fn compressed_copies_decode_to_the_same_bytes() {
        let text = Bytes::from("<p>Helder: uw rechten en plichten.</p>\n".repeat(50));
        let encoded = Encoded::new(text.clone(), true);
        let (encoding, gz) = encoded.pick(Encoding::Gzip);
        assert_eq!(encoding, Encoding::Gzip);
        let mut plain = Vec::new();
        flate2::read::GzDecoder::new(&gz[..])
            .read_to_end(&mut plain)
            .unwrap();
        assert_eq!(plain, text);
        let (encoding, br) = encoded.pick(Encoding::Brotli);
        assert_eq!(encoding, Encoding::Brotli);
        let mut plain = Vec::new();
        brotli::BrotliDecompress(&mut &br[..], &mut plain).unwrap();
        assert_eq!(plain, text);

        let tiny = Encoded::new(Bytes::from_static(b"ok"), true);
        assert_eq!(tiny.pick(Encoding::Brotli).0, Encoding::Identity);
        assert!(!tiny.varies());
    }
}
