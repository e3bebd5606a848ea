//! Film, poster and caption files in PostgreSQL (`media_files`, `media_chunks`), so every
//! instance serves them. A file is written and read one chunk at a time: neither an upload
//! nor an answer holds a whole video in memory.

use crate::storage::database::{Database, StorageError};
use chrono::{DateTime, Utc};
use tokio::io::{AsyncRead, AsyncReadExt};

/// Size of one stored chunk: a byte range reads only the chunks it covers.
pub const MEDIA_CHUNK_BYTES: usize = 256 * 1024;

/// A stored file's size and how it is cut.
#[derive(Debug, Clone, Copy, PartialEq, Eq, sqlx::FromRow)]
pub struct StoredMedia {
    pub size: i64,
    pub chunk_size: i32,
}

impl Database {
    /// Whether film files live in the database (PostgreSQL) rather than a data folder.
    pub fn keeps_media(&self) -> bool {
        matches!(self, Database::Postgres(_))
    }

    /// Stores the file read from `source` under `name`, chunk by chunk, in one transaction
    /// (all of it or nothing); an existing file of that name is left as it is. Returns its
    /// size.
    pub async fn store_media(
        &self,
        name: &str,
        mut source: impl AsyncRead + Unpin,
        now: DateTime<Utc>,
    ) -> Result<u64, StorageError> {
        let Database::Postgres(pool) = self else {
            return Err(StorageError::NotOnThisBackend("a film file"));
        };
        let chunk_size = i32::try_from(MEDIA_CHUNK_BYTES).unwrap_or(i32::MAX);
        let mut tx = pool.begin().await?;
        let inserted = sqlx::query(
            "INSERT INTO media_files (name, size, chunk_size, created_at) VALUES ($1, 0, $2, $3) \
             ON CONFLICT (name) DO NOTHING",
        )
        .bind(name)
        .bind(chunk_size)
        .bind(now)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if inserted == 0 {
            tx.rollback().await?;
            let size = self.media_file(name).await?.map_or(0, |m| m.size);
            return Ok(u64::try_from(size).unwrap_or_default());
        }
        let mut buffer = vec![0u8; MEDIA_CHUNK_BYTES];
        let mut size: u64 = 0;
        for seq in 0i32.. {
            let filled = read_full(&mut source, &mut buffer).await?;
            if filled == 0 {
                break;
            }
            sqlx::query("INSERT INTO media_chunks (name, seq, data) VALUES ($1, $2, $3)")
                .bind(name)
                .bind(seq)
                .bind(&buffer[..filled])
                .execute(&mut *tx)
                .await?;
            size += filled as u64;
            if filled < buffer.len() {
                break;
            }
        }
        sqlx::query("UPDATE media_files SET size = $1 WHERE name = $2")
            .bind(i64::try_from(size).unwrap_or(i64::MAX))
            .bind(name)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(size)
    }

    /// The stored file `name`, if there is one.
    pub async fn media_file(&self, name: &str) -> Result<Option<StoredMedia>, StorageError> {
        let Database::Postgres(pool) = self else {
            return Ok(None);
        };
        Ok(
            sqlx::query_as("SELECT size, chunk_size FROM media_files WHERE name = $1")
                .bind(name)
                .fetch_optional(pool)
                .await?,
        )
    }

    /// Chunk `seq` of file `name`.
    pub async fn media_chunk(&self, name: &str, seq: i32) -> Result<Vec<u8>, StorageError> {
        let Database::Postgres(pool) = self else {
            return Err(StorageError::NotOnThisBackend("a film file"));
        };
        let data: Option<Vec<u8>> =
            sqlx::query_scalar("SELECT data FROM media_chunks WHERE name = $1 AND seq = $2")
                .bind(name)
                .bind(seq)
                .fetch_optional(pool)
                .await?;
        data.ok_or_else(|| StorageError::Corrupt(format!("chunk {seq} of {name} is missing")))
    }

    /// Removes file `name` and its chunks.
    pub async fn remove_media(&self, name: &str) -> Result<(), StorageError> {
        if let Database::Postgres(pool) = self {
            sqlx::query("DELETE FROM media_files WHERE name = $1")
                .bind(name)
                .execute(pool)
                .await?;
        }
        Ok(())
    }
}

/// Reads until `buffer` is full or the source ends; how many bytes were read.
async fn read_full(
    source: &mut (impl AsyncRead + Unpin),
    buffer: &mut [u8],
) -> Result<usize, StorageError> {
    let mut filled = 0;
    while filled < buffer.len() {
        let n = source
            .read(&mut buffer[filled..])
            .await
            .map_err(StorageError::Read)?;
        if n == 0 {
            break;
        }
        filled += n;
    }
    Ok(filled)
}
