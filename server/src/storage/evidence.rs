//! Evidence files: first with the reporter's draft (`draft_evidence`), then with the report
//! (`report_evidence`, moved in the report's own transaction, see `submit_report`). Lists read
//! only the type and size; the bytes are read one file at a time, when served.

use crate::storage::database::{Database, StorageError};
use chrono::Utc;
use helder_domain::report::evidence::{EvidenceFile, EvidenceType, MAX_FILES};

fn to_files(rows: Vec<(String, i64)>, table: &str) -> Result<Vec<EvidenceFile>, StorageError> {
    rows.into_iter()
        .enumerate()
        .map(|(i, (mime, size))| {
            let kind = EvidenceType::parse(&mime)
                .ok_or_else(|| StorageError::Corrupt(format!("{table}.media_type {mime:?}")))?;
            Ok(EvidenceFile {
                position: i + 1,
                kind,
                size: u64::try_from(size).unwrap_or_default(),
            })
        })
        .collect()
}

impl Database {
    /// The files added to a draft, in the order they were added.
    pub async fn draft_evidence(
        &self,
        token_hash: &str,
    ) -> Result<Vec<EvidenceFile>, StorageError> {
        let rows: Vec<(String, i64)> = self
            .fetch_all(
                "SELECT media_type, size FROM draft_evidence WHERE token_hash = $1 ORDER BY id",
                &[token_hash.into()],
            )
            .await?;
        to_files(rows, "draft_evidence")
    }

    /// Adds a file to a saved draft, unless it has [`MAX_FILES`] already (checked in the same
    /// statement, so two uploads at once cannot make four). False when it was not added: the
    /// draft is full, or gone.
    pub async fn add_draft_evidence(
        &self,
        token_hash: &str,
        kind: EvidenceType,
        data: &[u8],
    ) -> Result<bool, StorageError> {
        let sql = "INSERT INTO draft_evidence (token_hash, media_type, size, data, added_at) \
                   SELECT token_hash, $2, $3, $4, $5 FROM report_drafts WHERE token_hash = $1 \
                   AND (SELECT COUNT(*) FROM draft_evidence WHERE token_hash = $1) < $6";
        let size = i64::try_from(data.len()).unwrap_or(i64::MAX);
        let max = i64::try_from(MAX_FILES).unwrap_or(i64::MAX);
        let added = on_pool!(self, pool => sqlx::query(sql)
            .bind(token_hash)
            .bind(kind.mime())
            .bind(size)
            .bind(data)
            .bind(Utc::now())
            .bind(max)
            .execute(pool)
            .await?
            .rows_affected());
        Ok(added == 1)
    }

    /// Removes the draft's file at `position` in the list of `listed` files the person saw;
    /// false when there is no such file, or the list changed since (a second click on the same
    /// button must not remove the file that moved up).
    pub async fn remove_draft_evidence(
        &self,
        token_hash: &str,
        position: usize,
        listed: usize,
    ) -> Result<bool, StorageError> {
        let ids: Vec<(i64,)> = self
            .fetch_all(
                "SELECT id FROM draft_evidence WHERE token_hash = $1 ORDER BY id",
                &[token_hash.into()],
            )
            .await?;
        if ids.len() != listed {
            return Ok(false);
        }
        let Some((id,)) = position.checked_sub(1).and_then(|i| ids.get(i)) else {
            return Ok(false);
        };
        let removed = self
            .run(
                "DELETE FROM draft_evidence WHERE id = $1 AND token_hash = $2",
                &[(*id).into(), token_hash.into()],
            )
            .await?;
        Ok(removed == 1)
    }

    /// The files sent with a report.
    pub async fn report_evidence(&self, report_id: i64) -> Result<Vec<EvidenceFile>, StorageError> {
        let rows: Vec<(String, i64)> = self
            .fetch_all(
                "SELECT media_type, size FROM report_evidence WHERE report_id = $1 ORDER BY position",
                &[report_id.into()],
            )
            .await?;
        to_files(rows, "report_evidence")
    }

    /// One file of a report with its bytes.
    pub async fn report_evidence_file(
        &self,
        report_id: i64,
        position: usize,
    ) -> Result<Option<(EvidenceFile, Vec<u8>)>, StorageError> {
        let Ok(at) = i64::try_from(position) else {
            return Ok(None);
        };
        let row: Option<(String, Vec<u8>)> = on_pool!(self, pool => sqlx::query_as(
            "SELECT media_type, data FROM report_evidence WHERE report_id = $1 AND position = $2",
        )
        .bind(report_id)
        .bind(at)
        .fetch_optional(pool)
        .await?);
        let Some((mime, data)) = row else {
            return Ok(None);
        };
        let kind = EvidenceType::parse(&mime)
            .ok_or_else(|| StorageError::Corrupt(format!("report_evidence.media_type {mime:?}")))?;
        let file = EvidenceFile {
            position,
            kind,
            size: data.len() as u64,
        };
        Ok(Some((file, data)))
    }
}
