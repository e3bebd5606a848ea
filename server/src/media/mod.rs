//! Film, poster and caption files: generated names only, served with byte ranges and kept
//! for a year in caches (a name is new for every upload). Where they live depends on the
//! database: on PostgreSQL in the database itself ([`database`]), so every instance of an
//! installation serves them; on SQLite (one instance) in `<data dir>/media/`. Uploads are
//! received into temporary files in that folder on both ([`upload`]).

mod database;
mod upload;

use upload::random_hex;
pub use upload::{
    CsrfExpected, ReceivedFile, TempFile, Upload, UploadError, read_public_upload, read_upload,
};

use crate::storage::{Database, StorageError};
use axum::{
    body::Body,
    extract::{Path, Request, State},
    http::{HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
};
use helder_domain::films::{FilmFileKind, MediaType};
use std::{
    path::{Path as FsPath, PathBuf},
    sync::Arc,
};
use tower::ServiceExt;
use tower_http::services::ServeFile;

/// Largest poster image.
pub const MAX_POSTER_BYTES: u64 = 10 * 1024 * 1024;
/// Largest caption file.
pub const MAX_CAPTIONS_BYTES: u64 = 1024 * 1024;
const IMMUTABLE: &str = "public, max-age=31536000, immutable";

#[derive(Debug, thiserror::Error)]
pub enum MediaError {
    #[error("cannot write the film file: {0}")]
    Io(#[from] std::io::Error),
    #[error(transparent)]
    Storage(#[from] StorageError),
}

/// Where film files live and how large a video may be.
#[derive(Debug, Clone)]
pub struct Media {
    /// Where uploads are received; on SQLite also where the files live.
    pub dir: PathBuf,
    pub max_video_bytes: u64,
    /// On PostgreSQL: the files live in the database.
    db: Option<Database>,
}

impl Media {
    /// The media folder in the data folder, created when missing; the files in `db` if it
    /// keeps them (PostgreSQL).
    pub fn open(data_dir: &FsPath, max_video_mb: u64, db: &Database) -> std::io::Result<Media> {
        let dir = data_dir.join("media");
        std::fs::create_dir_all(&dir)?;
        upload::remove_stale_uploads(&dir);
        Ok(Media {
            dir,
            max_video_bytes: max_video_mb.max(1) * 1024 * 1024,
            db: db.keeps_media().then(|| db.clone()),
        })
    }

    /// Largest file of `kind`.
    pub fn max_bytes(&self, kind: FilmFileKind) -> u64 {
        match kind {
            FilmFileKind::Video => self.max_video_bytes,
            FilmFileKind::Poster => MAX_POSTER_BYTES,
            FilmFileKind::Captions => MAX_CAPTIONS_BYTES,
        }
    }

    /// Largest whole upload request: a video, a poster, captions and the texts.
    pub fn upload_body_limit(&self) -> usize {
        let files: u64 = FilmFileKind::ALL
            .map(|kind| self.max_bytes(kind))
            .iter()
            .sum();
        usize::try_from(files + (1 << 20)).unwrap_or(usize::MAX)
    }

    fn path(&self, stored_name: &str) -> PathBuf {
        self.dir.join(stored_name)
    }

    /// Stores `bytes` under a new generated name; returns the name.
    pub async fn store(&self, kind: MediaType, bytes: &[u8]) -> Result<String, MediaError> {
        let name = new_name(kind);
        match &self.db {
            Some(db) => {
                db.store_media(&name, bytes, chrono::Utc::now()).await?;
            }
            None => {
                let temp = TempFile::create(&self.dir).await?;
                tokio::fs::write(temp.path(), bytes).await?;
                temp.persist(&self.path(&name)).await?;
            }
        }
        Ok(name)
    }

    /// Keeps a received file under `name` (the temporary file is gone afterwards).
    pub async fn keep(&self, temp: TempFile, name: &str) -> Result<(), MediaError> {
        match &self.db {
            Some(db) => {
                let file = tokio::fs::File::open(temp.path()).await?;
                db.store_media(name, file, chrono::Utc::now()).await?;
            }
            None => temp.persist(&self.path(name)).await?,
        }
        Ok(())
    }

    /// Removes a stored file (one that could not be recorded); a failure is logged only.
    pub async fn remove(&self, name: &str) {
        let removed = match &self.db {
            Some(db) => db.remove_media(name).await.map_err(MediaError::from),
            None => tokio::fs::remove_file(self.path(name))
                .await
                .map_err(MediaError::from),
        };
        if let Err(error) = removed {
            tracing::warn!(%error, name, "could not remove an unused film file");
        }
    }

    /// On PostgreSQL: moves files an earlier version (or a single instance on SQLite before
    /// moving to PostgreSQL) kept in the data folder into the database, once: each file is
    /// removed from the folder when it is stored. Returns how many were moved.
    pub async fn move_folder_into_database(&self) -> Result<usize, MediaError> {
        let Some(db) = &self.db else {
            return Ok(0);
        };
        let mut moved = 0;
        let mut entries = tokio::fs::read_dir(&self.dir).await?;
        while let Some(entry) = entries.next_entry().await? {
            let name = entry.file_name().to_string_lossy().into_owned();
            if valid_name(&name).is_none() {
                continue;
            }
            let file = tokio::fs::File::open(entry.path()).await?;
            db.store_media(&name, file, chrono::Utc::now()).await?;
            tokio::fs::remove_file(entry.path()).await?;
            moved += 1;
        }
        Ok(moved)
    }
}

/// A stored name: 32 random hex digits and the extension of the type found in the content.
pub fn new_name(kind: MediaType) -> String {
    format!("{}.{}", random_hex(16), kind.extension())
}

/// Whether `name` is a name Helder could have generated (nothing else is ever served).
pub fn valid_name(name: &str) -> Option<MediaType> {
    let (stem, ext) = name.split_once('.')?;
    (stem.len() == 32 && stem.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')))
        .then(|| MediaType::from_extension(ext))
        .flatten()
}

/// Film files.
pub fn router<S>() -> axum::Router<S>
where
    Arc<Media>: axum::extract::FromRef<S>,
    S: Clone + Send + Sync + 'static,
{
    axum::Router::new().route("/media/{name}", axum::routing::get(serve))
}

/// `GET /media/{name}`: a film file, with byte ranges, for a year in caches (names are new
/// for every upload). Unknown names are 404.
pub async fn serve(
    State(media): State<Arc<Media>>,
    Path(name): Path<String>,
    request: Request,
) -> Response {
    let Some(kind) = valid_name(&name) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let mut response = match &media.db {
        Some(db) => {
            let (parts, _) = request.into_parts();
            database::serve(db, &name, kind, parts.method, parts.headers).await
        }
        None => match ServeFile::new(media.path(&name)).oneshot(request).await {
            Ok(response) => response.map(Body::new).into_response(),
            Err(never) => match never {},
        },
    };
    if response.status().is_success() {
        response
            .headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static(IMMUTABLE));
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_generated_names_are_served() {
        let name = new_name(MediaType::Webm);
        assert_eq!(valid_name(&name), Some(MediaType::Webm));
        assert_eq!(name.len(), 32 + 5);
        for bad in [
            "../helder.db",
            "helder.db",
            "0123456789abcdef0123456789abcdef.exe",
            "0123456789ABCDEF0123456789ABCDEF.vtt",
            ".upload-0123.part",
            "0123456789abcdef0123456789abcdef.vtt.vtt",
        ] {
            assert_eq!(valid_name(bad), None, "{bad}");
        }
    }
}
