//! Reading a `multipart/form-data` upload to temporary files in the media folder while
//! counting bytes; the CSRF field must come first.

use axum::{
    extract::{FromRequest, Multipart, Request},
    http::StatusCode,
};
use helder_app::staff::CSRF_FIELD;
use helder_domain::films::SNIFF_BYTES;
use std::path::{Path as FsPath, PathBuf};
use subtle::ConstantTimeEq;
use tokio::io::AsyncWriteExt;

pub(super) fn random_hex(bytes: usize) -> String {
    (0..bytes)
        .map(|_| format!("{:02x}", rand::random::<u8>()))
        .collect()
}

/// Largest text field in an upload form (title, summary, transcript).
const MAX_TEXT_FIELD: usize = 64 * 1024;
pub(super) const TEMP_PREFIX: &str = ".upload-";

/// The CSRF token a multipart POST must carry as its first field; the session middleware
/// puts it in the request instead of reading the body.
#[derive(Debug, Clone)]
pub struct CsrfExpected(pub String);

/// A file being received; removed when dropped unless it was moved into place.
#[derive(Debug)]
pub struct TempFile {
    path: PathBuf,
    kept: bool,
}

/// Left-overs of uploads cut off by a stop: never in use, never served. Only old ones: another
/// instance sharing the folder may be receiving one right now.
pub(super) fn remove_stale_uploads(dir: &FsPath) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let stale = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|at| at.elapsed().ok())
            .is_some_and(|age| age > std::time::Duration::from_secs(24 * 3600));
        if stale && entry.file_name().to_string_lossy().starts_with(TEMP_PREFIX) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

impl TempFile {
    pub(super) fn path(&self) -> &FsPath {
        &self.path
    }

    pub(super) async fn create(dir: &FsPath) -> std::io::Result<TempFile> {
        let path = dir.join(format!("{TEMP_PREFIX}{}.part", random_hex(12)));
        tokio::fs::File::create(&path).await?;
        Ok(TempFile { path, kept: false })
    }

    pub async fn read(&self) -> std::io::Result<Vec<u8>> {
        tokio::fs::read(&self.path).await
    }

    /// Moves the file to its final place.
    pub(super) async fn persist(mut self, to: &FsPath) -> std::io::Result<()> {
        tokio::fs::rename(&self.path, to).await?;
        self.kept = true;
        Ok(())
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        if !self.kept {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

/// A file field of an upload, written to a temporary file.
#[derive(Debug)]
pub struct ReceivedFile {
    pub field: String,
    pub temp: TempFile,
    pub bytes: u64,
    /// The first bytes, to tell the type from the content.
    pub head: Vec<u8>,
}

/// A read upload: text fields and files (empty file inputs are left out).
#[derive(Debug, Default)]
pub struct Upload {
    pub texts: Vec<(String, String)>,
    pub files: Vec<ReceivedFile>,
}

impl Upload {
    pub fn text(&self, name: &str) -> String {
        self.texts
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    }

    pub fn texts_named(&self, name: &str) -> Vec<String> {
        self.texts
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .collect()
    }

    pub fn take_file(&mut self, name: &str) -> Option<ReceivedFile> {
        let index = self.files.iter().position(|f| f.field == name)?;
        Some(self.files.remove(index))
    }
}

#[derive(Debug, thiserror::Error)]
pub enum UploadError {
    #[error("the CSRF token is missing or wrong")]
    Csrf,
    /// A file (or the whole request) over its limit; the fields read so far are kept.
    #[error("the file in {field} is too large")]
    TooLarge { field: String, partial: Upload },
    #[error("not a readable multipart form")]
    Malformed,
    #[error("cannot write the upload: {0}")]
    Io(#[from] std::io::Error),
}

/// Reads a multipart upload: the `csrf` field must come first and match `expected` before
/// anything else is read. Files go to temporary files in the media folder; `file_limit`
/// gives each file field's largest size (`None`: a text field).
pub async fn read_upload(
    dir: &FsPath,
    request: Request,
    expected: Option<&CsrfExpected>,
    file_limit: impl Fn(&str) -> Option<u64>,
) -> Result<Upload, UploadError> {
    let Some(expected) = expected else {
        return Err(UploadError::Csrf);
    };
    let mut multipart = Multipart::from_request(request, &())
        .await
        .map_err(|_| UploadError::Malformed)?;
    check_csrf(&mut multipart, expected).await?;
    read_fields(dir, multipart, file_limit).await
}

/// Reads a multipart upload of the public report form, which carries no CSRF field: it is
/// only ever about the sender's own draft, named by its SameSite cookie.
pub async fn read_public_upload(
    dir: &FsPath,
    request: Request,
    file_limit: impl Fn(&str) -> Option<u64>,
) -> Result<Upload, UploadError> {
    let multipart = Multipart::from_request(request, &())
        .await
        .map_err(|_| UploadError::Malformed)?;
    read_fields(dir, multipart, file_limit).await
}

/// Every field after the first checks: texts in memory, files to temporary files.
async fn read_fields(
    dir: &FsPath,
    mut multipart: Multipart,
    file_limit: impl Fn(&str) -> Option<u64>,
) -> Result<Upload, UploadError> {
    let mut upload = Upload::default();
    loop {
        let field = match multipart.next_field().await {
            Ok(Some(field)) => field,
            Ok(None) => break,
            Err(error) if error.status() == StatusCode::PAYLOAD_TOO_LARGE => {
                return Err(UploadError::TooLarge {
                    field: String::new(),
                    partial: upload,
                });
            }
            Err(_) => return Err(UploadError::Malformed),
        };
        let name = field.name().unwrap_or_default().to_owned();
        match file_limit(&name) {
            None => match read_text(field).await {
                Ok(value) => upload.texts.push((name, value)),
                Err(FieldError::TooLarge) => {
                    return Err(UploadError::TooLarge {
                        field: name,
                        partial: upload,
                    });
                }
                Err(FieldError::Malformed) => return Err(UploadError::Malformed),
            },
            Some(limit) => match read_file(dir, field, limit).await? {
                FileField::Read { temp, bytes, head } => {
                    // An empty file input: no file was chosen.
                    if bytes > 0 {
                        upload.files.push(ReceivedFile {
                            field: name,
                            temp,
                            bytes,
                            head,
                        });
                    }
                }
                FileField::TooLarge => {
                    return Err(UploadError::TooLarge {
                        field: name,
                        partial: upload,
                    });
                }
            },
        }
    }
    Ok(upload)
}

/// The first field must be `csrf`, holding the session's token.
async fn check_csrf(multipart: &mut Multipart, expected: &CsrfExpected) -> Result<(), UploadError> {
    let first = multipart
        .next_field()
        .await
        .map_err(|_| UploadError::Csrf)?;
    let Some(first) = first else {
        return Err(UploadError::Csrf);
    };
    if first.name() != Some(CSRF_FIELD) || first.file_name().is_some() {
        return Err(UploadError::Csrf);
    }
    let sent = read_text(first).await.map_err(|_| UploadError::Csrf)?;
    if expected.0.is_empty() || !bool::from(sent.as_bytes().ct_eq(expected.0.as_bytes())) {
        return Err(UploadError::Csrf);
    }
    Ok(())
}

/// What became of one file field.
enum FileField {
    /// Written to its temporary file: its size and first bytes (0 when no file was chosen).
    Read {
        temp: TempFile,
        bytes: u64,
        head: Vec<u8>,
    },
    /// Over `limit`: read to its end without keeping anything, the temporary file removed.
    TooLarge,
}

/// Writes a file field to a temporary file, keeping its first bytes to sniff its type.
async fn read_file(
    dir: &FsPath,
    mut field: axum::extract::multipart::Field<'_>,
    limit: u64,
) -> Result<FileField, UploadError> {
    let temp = TempFile::create(dir).await?;
    let mut file = tokio::fs::File::create(&temp.path).await?;
    let mut bytes: u64 = 0;
    let mut head = Vec::new();
    loop {
        match field.chunk().await {
            Ok(Some(chunk)) => {
                bytes += chunk.len() as u64;
                if bytes > limit {
                    // Read on without keeping anything, so the browser gets the answer
                    // instead of a broken connection.
                    continue;
                }
                if head.len() < SNIFF_BYTES {
                    let take = (SNIFF_BYTES - head.len()).min(chunk.len());
                    head.extend_from_slice(&chunk[..take]);
                }
                file.write_all(&chunk).await?;
            }
            Ok(None) if bytes > limit => return Ok(FileField::TooLarge),
            Ok(None) => break,
            Err(error) if error.status() == StatusCode::PAYLOAD_TOO_LARGE => {
                return Ok(FileField::TooLarge);
            }
            Err(_) => return Err(UploadError::Malformed),
        }
    }
    file.flush().await?;
    file.sync_all().await?;
    drop(file);
    Ok(FileField::Read { temp, bytes, head })
}

enum FieldError {
    TooLarge,
    Malformed,
}

async fn read_text(mut field: axum::extract::multipart::Field<'_>) -> Result<String, FieldError> {
    let mut bytes = Vec::new();
    loop {
        match field.chunk().await {
            Ok(Some(chunk)) => {
                if bytes.len() + chunk.len() > MAX_TEXT_FIELD {
                    return Err(FieldError::TooLarge);
                }
                bytes.extend_from_slice(&chunk);
            }
            Ok(None) => break,
            Err(error) if error.status() == StatusCode::PAYLOAD_TOO_LARGE => {
                return Err(FieldError::TooLarge);
            }
            Err(_) => return Err(FieldError::Malformed),
        }
    }
    String::from_utf8(bytes).map_err(|_| FieldError::Malformed)
}
