//! Making a sent evidence file safe to keep: a photo is decoded and written anew (turned the
//! way the camera said, so the team sees it upright), which leaves EXIF, GPS, comments and
//! anything appended behind; a PDF file is kept as sent (the team only ever downloads it).
//!
//! Memory is bounded twice: each photo by its size in pixels and the memory its decoder may
//! take, and the server by handling one file at a time (others wait their turn on disk,
//! briefly), so a flood of uploads costs time, not memory.

use helder_domain::report::evidence::{
    EvidenceProblem, EvidenceType, MAX_SIDE, SentType, looks_complete_pdf,
};
use image::{
    DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits,
    codecs::{jpeg::JpegEncoder, png::PngEncoder},
};
use std::{io::Cursor, time::Duration};
use tokio::sync::{Semaphore, SemaphorePermit};

/// Most memory one photo's decoder may take: a 40-megapixel photo with an alpha channel.
const MAX_DECODE_BYTES: u64 = 192 * 1024 * 1024;
/// JPEG quality of a rewritten photo: the details a team needs stay readable.
const JPEG_QUALITY: u8 = 88;
/// How long a photo waits for its turn before the reporter is asked to try again.
const WAIT_FOR_TURN: Duration = Duration::from_secs(20);

/// One evidence file handled at a time in this process.
static TURNS: Semaphore = Semaphore::const_new(1);

/// Why a file could not be made safe.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum RewriteError {
    /// Something about the file the reporter can act on.
    #[error("the file was refused: {0:?}")]
    Refused(EvidenceProblem),
    /// Too many photos at once, or the work was cut off: try again shortly.
    #[error("no turn to decode a photo")]
    Busy,
}

/// A turn to handle one file: the caller reads, makes safe and stores the file while holding
/// it, so at most one file is in memory at a time, however many arrive together.
pub async fn turn() -> Result<SemaphorePermit<'static>, RewriteError> {
    tokio::time::timeout(WAIT_FOR_TURN, TURNS.acquire())
        .await
        .map_err(|_| RewriteError::Busy)?
        .map_err(|_| RewriteError::Busy)
}

/// The bytes to keep for a file of type `sent`, and what they are (call it holding a
/// [`turn`]).
pub async fn make_safe(
    sent: SentType,
    bytes: Vec<u8>,
) -> Result<(EvidenceType, Vec<u8>), RewriteError> {
    if sent == SentType::Pdf {
        return if looks_complete_pdf(&bytes) {
            Ok((EvidenceType::Pdf, bytes))
        } else {
            Err(RewriteError::Refused(EvidenceProblem::Unreadable))
        };
    }
    tokio::task::spawn_blocking(move || rewrite(sent, &bytes))
        .await
        .map_err(|_| RewriteError::Busy)?
        .map(|kept| (sent.stored_as(), kept))
        .map_err(RewriteError::Refused)
}

/// Decodes a photo within the limits, turns it upright and encodes it anew.
pub fn rewrite(sent: SentType, bytes: &[u8]) -> Result<Vec<u8>, EvidenceProblem> {
    let format = match sent {
        SentType::Jpeg => ImageFormat::Jpeg,
        SentType::Png => ImageFormat::Png,
        SentType::Webp => ImageFormat::WebP,
        SentType::Pdf => return Err(EvidenceProblem::WrongType),
    };
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(MAX_DECODE_BYTES);
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    reader.limits(limits);
    let unreadable = |_| EvidenceProblem::Unreadable;
    let mut decoder = reader.into_decoder().map_err(unreadable)?;
    let orientation = decoder.orientation().map_err(unreadable)?;
    let mut photo = DynamicImage::from_decoder(decoder).map_err(unreadable)?;
    photo.apply_orientation(orientation);
    let mut out = Vec::new();
    match sent.stored_as() {
        EvidenceType::Png => photo
            .write_with_encoder(PngEncoder::new(&mut out))
            .map_err(unreadable)?,
        _ => DynamicImage::ImageRgb8(photo.into_rgb8())
            .write_with_encoder(JpegEncoder::new_with_quality(&mut out, JPEG_QUALITY))
            .map_err(unreadable)?,
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::{Rgb, RgbImage};

    fn jpeg(width: u32, height: u32) -> Vec<u8> {
        let photo = RgbImage::from_fn(width, height, |x, _| Rgb([(x % 256) as u8, 80, 160]));
        let mut out = Vec::new();
        DynamicImage::ImageRgb8(photo)
            .write_with_encoder(JpegEncoder::new_with_quality(&mut out, 90))
            .expect("encode");
        out
    }

    #[test]
    fn a_photo_is_written_anew_with_its_size() {
        let sent = jpeg(64, 48);
        let kept = rewrite(SentType::Jpeg, &sent).expect("rewritten");
        let back = image::load_from_memory(&kept).expect("decodes");
        assert_eq!((back.width(), back.height()), (64, 48));
        assert_ne!(kept, sent);
    }

    #[test]
    fn a_png_stays_a_png() {
        let mut sent = Vec::new();
        DynamicImage::ImageRgb8(RgbImage::new(10, 20))
            .write_to(&mut Cursor::new(&mut sent), ImageFormat::Png)
            .expect("encode");
        let kept = rewrite(SentType::Png, &sent).expect("rewritten");
        assert!(kept.starts_with(b"\x89PNG"));
    }

    #[test]
    fn damaged_or_huge_photos_are_refused() {
        let sent = jpeg(64, 48);
        assert_eq!(
            rewrite(SentType::Jpeg, &sent[..sent.len() / 3]),
            Err(EvidenceProblem::Unreadable)
        );
        // A PNG header claiming 20,000 by 20,000 pixels: refused before anything is decoded.
        let mut huge = Vec::new();
        DynamicImage::ImageRgb8(RgbImage::new(1, 1))
            .write_to(&mut Cursor::new(&mut huge), ImageFormat::Png)
            .expect("encode");
        huge[16..20].copy_from_slice(&20_000u32.to_be_bytes());
        huge[20..24].copy_from_slice(&20_000u32.to_be_bytes());
        assert_eq!(
            rewrite(SentType::Png, &huge),
            Err(EvidenceProblem::Unreadable)
        );
    }
}
