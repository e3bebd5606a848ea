//! A stored version of a page and the columns that describe it.

use chrono::{DateTime, Utc};

/// A version without its text.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct VersionMeta {
    pub id: i64,
    pub slug: String,
    pub lang: String,
    pub number: i32,
    pub author_id: Option<i64>,
    pub author: String,
    pub created_at: DateTime<Utc>,
    pub change_note: String,
    pub source_version_id: Option<i64>,
    pub published_at: Option<DateTime<Utc>>,
    pub published_by: Option<String>,
}

/// A version with its text.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct StoredVersion {
    #[sqlx(flatten)]
    pub meta: VersionMeta,
    pub title: String,
    pub summary: String,
    pub body: String,
}

pub(super) const META: &str = "id, slug, lang, number, author_id, author, created_at, change_note, source_version_id, \
                    published_at, published_by";
