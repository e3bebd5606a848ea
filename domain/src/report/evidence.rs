//! Evidence a reporter adds to a report: at most [`MAX_FILES`] photos or PDF files of at most
//! [`MAX_BYTES`] each. The type is read from the content, never from the name or the browser's
//! word. Photos are decoded and written anew by the server (which leaves EXIF, GPS and anything
//! hidden behind); PDF files are kept as sent and only ever handed to the team as a download.

use crate::films::{MediaType, sniff};

/// Most files one report carries.
pub const MAX_FILES: usize = 3;
/// Largest file, as sent.
pub const MAX_BYTES: u64 = 10 * 1024 * 1024;
/// Largest width or height of a photo: larger ones are refused before they are decoded (a
/// 40-megapixel phone photo is 7,800 pixels wide).
pub const MAX_SIDE: u32 = 12_000;

/// What a sent file is, by its first bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SentType {
    Jpeg,
    Png,
    Webp,
    Pdf,
}

impl SentType {
    /// The type of a file by its first bytes; `None` for anything not accepted.
    pub fn sniff(head: &[u8]) -> Option<SentType> {
        if head.starts_with(b"%PDF-") {
            return Some(SentType::Pdf);
        }
        match sniff(head)? {
            MediaType::Jpeg => Some(SentType::Jpeg),
            MediaType::Png => Some(SentType::Png),
            MediaType::Webp => Some(SentType::Webp),
            _ => None,
        }
    }

    /// What the file is kept as: a photo is written anew (PNG stays lossless, the rest JPEG).
    pub fn stored_as(self) -> EvidenceType {
        match self {
            SentType::Jpeg | SentType::Webp => EvidenceType::Jpeg,
            SentType::Png => EvidenceType::Png,
            SentType::Pdf => EvidenceType::Pdf,
        }
    }
}

/// What a kept file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EvidenceType {
    Jpeg,
    Png,
    Pdf,
}

impl EvidenceType {
    pub const ALL: [EvidenceType; 3] = [EvidenceType::Jpeg, EvidenceType::Png, EvidenceType::Pdf];

    /// The MIME type it is served with (and stored under).
    pub fn mime(self) -> &'static str {
        match self {
            EvidenceType::Jpeg => "image/jpeg",
            EvidenceType::Png => "image/png",
            EvidenceType::Pdf => "application/pdf",
        }
    }

    pub fn parse(mime: &str) -> Option<EvidenceType> {
        EvidenceType::ALL.into_iter().find(|t| t.mime() == mime)
    }

    pub fn extension(self) -> &'static str {
        match self {
            EvidenceType::Jpeg => "jpg",
            EvidenceType::Png => "png",
            EvidenceType::Pdf => "pdf",
        }
    }

    pub fn is_photo(self) -> bool {
        self != EvidenceType::Pdf
    }

    /// The name a kept file is shown and downloaded under: the sender's own file name is not
    /// kept (it can name people), so `bijlage-2.jpg` for the second file.
    pub fn file_name(self, position: usize) -> String {
        format!("bijlage-{position}.{}", self.extension())
    }
}

/// A kept file, without its bytes. `position` counts from 1 in the order they were added.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EvidenceFile {
    pub position: usize,
    pub kind: EvidenceType,
    pub size: u64,
}

impl EvidenceFile {
    pub fn file_name(&self) -> String {
        self.kind.file_name(self.position)
    }
}

/// Why a file was not added.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EvidenceProblem {
    /// The form was sent without a file.
    NoFile,
    /// Over [`MAX_BYTES`].
    TooLarge,
    /// Not a photo (JPEG, PNG, WebP) or PDF file by its content.
    WrongType,
    /// It looks like a photo or PDF file but cannot be read (damaged, or too large a photo).
    Unreadable,
    /// There are [`MAX_FILES`] already.
    TooMany,
}

impl EvidenceProblem {
    /// The message's key in the Fluent files.
    pub fn message_key(self) -> &'static str {
        match self {
            EvidenceProblem::NoFile => "report-evidence-error-none",
            EvidenceProblem::TooLarge => "report-evidence-error-size",
            EvidenceProblem::WrongType => "report-evidence-error-type",
            EvidenceProblem::Unreadable => "report-evidence-error-unreadable",
            EvidenceProblem::TooMany => "report-evidence-error-many",
        }
    }
}

/// Whether a file of `bytes` of this first content may be added to a report that has
/// `already` files: the checks that need no decoding, in the order a person can act on them.
pub fn check_sent(already: usize, bytes: u64, head: &[u8]) -> Result<SentType, EvidenceProblem> {
    if already >= MAX_FILES {
        return Err(EvidenceProblem::TooMany);
    }
    if bytes == 0 {
        return Err(EvidenceProblem::NoFile);
    }
    if bytes > MAX_BYTES {
        return Err(EvidenceProblem::TooLarge);
    }
    SentType::sniff(head).ok_or(EvidenceProblem::WrongType)
}

/// A PDF file must also end like one (`%%EOF` near its end): a renamed fragment is refused.
pub fn looks_complete_pdf(bytes: &[u8]) -> bool {
    let tail = &bytes[bytes.len().saturating_sub(1024)..];
    bytes.starts_with(b"%PDF-") && tail.windows(5).any(|w| w == b"%%EOF")
}

/// A size as a person reads it: "850 kB", "2,4 MB" (Dutch decimal comma).
pub fn size_text(bytes: u64) -> String {
    if bytes < 1024 * 1024 {
        format!("{} kB", bytes.div_ceil(1024).max(1))
    } else {
        let tenths = (bytes * 10).div_ceil(1024 * 1024);
        format!("{},{} MB", tenths / 10, tenths % 10)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const JPEG: &[u8] = &[0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, b'J', b'F', b'I', b'F'];

    #[test]
    fn the_type_comes_from_the_content() {
        assert_eq!(SentType::sniff(JPEG), Some(SentType::Jpeg));
        assert_eq!(SentType::sniff(b"%PDF-1.7\n"), Some(SentType::Pdf));
        assert_eq!(
            SentType::sniff(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"),
            Some(SentType::Png)
        );
        assert_eq!(
            SentType::sniff(b"RIFF\0\0\0\0WEBPVP8 "),
            Some(SentType::Webp)
        );
        // A web page, a film, a ZIP (an office file) and a script are refused.
        assert_eq!(SentType::sniff(b"<!doctype html><script>"), None);
        assert_eq!(SentType::sniff(b"\0\0\0\x18ftypmp42"), None);
        assert_eq!(SentType::sniff(b"PK\x03\x04"), None);
        assert_eq!(SentType::sniff(b"#!/bin/sh"), None);
        assert_eq!(SentType::sniff(b""), None);
    }

    #[test]
    fn photos_are_kept_as_jpeg_or_png() {
        assert_eq!(SentType::Webp.stored_as(), EvidenceType::Jpeg);
        assert_eq!(SentType::Png.stored_as(), EvidenceType::Png);
        assert_eq!(SentType::Pdf.stored_as(), EvidenceType::Pdf);
        for t in EvidenceType::ALL {
            assert_eq!(EvidenceType::parse(t.mime()), Some(t));
        }
        assert_eq!(EvidenceType::Pdf.file_name(3), "bijlage-3.pdf");
        assert!(!EvidenceType::Pdf.is_photo());
    }

    #[test]
    fn a_file_is_checked_before_it_is_read() {
        assert_eq!(check_sent(0, 5_000, JPEG), Ok(SentType::Jpeg));
        assert_eq!(check_sent(2, MAX_BYTES, JPEG), Ok(SentType::Jpeg));
        assert_eq!(check_sent(3, 5_000, JPEG), Err(EvidenceProblem::TooMany));
        assert_eq!(check_sent(0, 0, b""), Err(EvidenceProblem::NoFile));
        assert_eq!(
            check_sent(0, MAX_BYTES + 1, JPEG),
            Err(EvidenceProblem::TooLarge)
        );
        assert_eq!(
            check_sent(0, 10, b"hello text"),
            Err(EvidenceProblem::WrongType)
        );
    }

    #[test]
    fn a_pdf_must_end_like_one() {
        assert!(looks_complete_pdf(
            b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n"
        ));
        assert!(!looks_complete_pdf(b"%PDF-1.4\n1 0 obj\n"));
        assert!(!looks_complete_pdf(b"%%EOF"));
    }

    #[test]
    fn sizes_read_plainly() {
        assert_eq!(size_text(1), "1 kB");
        assert_eq!(size_text(850 * 1024), "850 kB");
        assert_eq!(size_text(2_500_000), "2,4 MB");
        assert_eq!(size_text(MAX_BYTES), "10,0 MB");
    }
}
