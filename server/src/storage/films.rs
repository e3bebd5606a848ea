//! Films, their texts per language, their files (current and replaced: the history) and the
//! information pages they belong on. The files themselves live in the media folder.

use crate::storage::database::Database;
use crate::storage::database::StorageError;
use crate::storage::queue::audit::Actor;
use crate::storage::statement::{Param, query};
use chrono::{DateTime, Utc};
use helder_domain::films::FilmFileKind;
use helder_domain::tenants::TenantId;

#[derive(Debug, Clone, PartialEq)]
pub struct StoredFilm {
    pub slug: String,
    pub duration_secs: i64,
    pub origin: String,
    pub created_at: DateTime<Utc>,
    pub texts: Vec<FilmTextRow>,
    /// Oldest first; replaced ones included.
    pub files: Vec<StoredFilmFile>,
    pub topics: Vec<String>,
}

impl StoredFilm {
    /// Files in use now.
    pub fn current(&self) -> impl Iterator<Item = &StoredFilmFile> {
        self.files.iter().filter(|f| f.replaced_at.is_none())
    }

    pub fn text(&self, lang: &str) -> Option<&FilmTextRow> {
        self.texts.iter().find(|t| t.lang == lang)
    }
}

/// Title, summary and transcript (paragraphs separated by an empty line) in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FilmTextRow {
    pub lang: String,
    pub title: String,
    pub summary: String,
    pub transcript: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredFilmFile {
    pub id: i64,
    pub kind: FilmFileKind,
    pub lang: Option<String>,
    pub stored_name: String,
    pub content_type: String,
    pub bytes: i64,
    pub uploaded_at: DateTime<Utc>,
    pub uploader: String,
    pub replaced_at: Option<DateTime<Utc>>,
}

/// A file already in the media folder, to be recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewFilmFile {
    pub kind: FilmFileKind,
    pub lang: Option<String>,
    pub stored_name: String,
    pub content_type: &'static str,
    pub bytes: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewFilm {
    pub slug: String,
    /// `builtin` or `uploaded`.
    pub origin: &'static str,
    pub duration_secs: i64,
    pub texts: Vec<FilmTextRow>,
    pub topics: Vec<String>,
}

type FileRowTuple = (
    i64,
    String,
    String,
    Option<String>,
    String,
    String,
    i64,
    DateTime<Utc>,
    String,
    Option<DateTime<Utc>>,
);

const INSERT_FILE: &str = "INSERT INTO film_files (slug, kind, lang, stored_name, content_type, \
                           bytes, uploaded_at, uploader_id, uploader, organisation) \
                           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)";

/// The parameters of [`INSERT_FILE`]: a new film's files and a file added later are the same row.
fn file_params<'a>(
    slug: &'a str,
    file: &'a NewFilmFile,
    now: DateTime<Utc>,
    actor: &'a Actor,
) -> [Param<'a>; 10] {
    [
        slug.into(),
        file.kind.as_str().into(),
        (&file.lang).into(),
        (&file.stored_name).into(),
        file.content_type.into(),
        file.bytes.into(),
        now.into(),
        actor.id.into(),
        (&actor.name).into(),
        actor.organisation.as_str().into(),
    ]
}

impl Database {
    /// Records a new film of the actor's organisation with its first files. `false` when the
    /// slug is taken there (nothing written).
    pub async fn create_film(
        &self,
        film: &NewFilm,
        files: &[NewFilmFile],
        actor: &Actor,
    ) -> Result<bool, StorageError> {
        let now = Utc::now();
        let organisation = actor.organisation.as_str();
        let created = on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            let inserted = sqlx::query(
                "INSERT INTO films (slug, duration_secs, origin, created_at, organisation) \
                 VALUES ($1, $2, $3, $4, $5) ON CONFLICT (organisation, slug) DO NOTHING",
            )
            .bind(&film.slug)
            .bind(film.duration_secs)
            .bind(film.origin)
            .bind(now)
            .bind(organisation)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if inserted == 0 {
                false
            } else {
                for text in &film.texts {
                    sqlx::query(
                        "INSERT INTO film_texts (slug, lang, title, summary, transcript, updated_at, organisation) \
                         VALUES ($1, $2, $3, $4, $5, $6, $7)",
                    )
                    .bind(&film.slug)
                    .bind(&text.lang)
                    .bind(&text.title)
                    .bind(&text.summary)
                    .bind(&text.transcript)
                    .bind(now)
                    .bind(organisation)
                    .execute(&mut *tx)
                    .await?;
                }
                for topic in &film.topics {
                    sqlx::query(
                        "INSERT INTO film_topics (film_slug, topic_slug, organisation) VALUES ($1, $2, $3) \
                         ON CONFLICT DO NOTHING",
                    )
                    .bind(&film.slug)
                    .bind(topic)
                    .bind(organisation)
                    .execute(&mut *tx)
                    .await?;
                }
                for file in files {
                    query(INSERT_FILE, &file_params(&film.slug, file, now, actor))
                        .execute(&mut *tx)
                        .await?;
                }
                tx.commit().await?;
                true
            }
        });
        Ok(created)
    }

    /// Adds a file to a film; the current file of the same kind (for captions: of the same
    /// language; for video: every format) is marked replaced and stays as history.
    /// `false` when the actor's organisation has no such film.
    pub async fn add_film_file(
        &self,
        slug: &str,
        file: &NewFilmFile,
        actor: &Actor,
    ) -> Result<bool, StorageError> {
        let now = Utc::now();
        let added = on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            let exists: Option<String> = sqlx::query_scalar(
                "SELECT slug FROM films WHERE slug = $1 AND organisation = $2",
            )
                .bind(slug)
                .bind(actor.organisation.as_str())
                .fetch_optional(&mut *tx)
                .await?;
            if exists.is_none() {
                false
            } else {
                sqlx::query(
                    "UPDATE film_files SET replaced_at = $1 WHERE slug = $2 AND kind = $3 \
                     AND replaced_at IS NULL AND ($4 IS NULL OR lang = $4) AND organisation = $5",
                )
                .bind(now)
                .bind(slug)
                .bind(file.kind.as_str())
                .bind(&file.lang)
                .bind(actor.organisation.as_str())
                .execute(&mut *tx)
                .await?;
                query(INSERT_FILE, &file_params(slug, file, now, actor))
                    .execute(&mut *tx)
                    .await?;
                tx.commit().await?;
                true
            }
        });
        Ok(added)
    }

    pub async fn set_film_duration(
        &self,
        organisation: &TenantId,
        slug: &str,
        secs: i64,
    ) -> Result<(), StorageError> {
        self.write(
            "UPDATE films SET duration_secs = $1 WHERE slug = $2 AND organisation = $3",
            &[secs.into(), slug.into(), organisation.as_str().into()],
        )
        .await
    }

    /// Writes a film's text in one language (new or changed).
    pub async fn save_film_text(
        &self,
        organisation: &TenantId,
        slug: &str,
        text: &FilmTextRow,
    ) -> Result<(), StorageError> {
        self.write(
            "INSERT INTO film_texts (slug, lang, title, summary, transcript, updated_at, organisation) \
             VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (organisation, slug, lang) DO UPDATE SET \
             title = excluded.title, summary = excluded.summary, transcript = excluded.transcript, \
             updated_at = excluded.updated_at",
            &[
                slug.into(),
                (&text.lang).into(),
                (&text.title).into(),
                (&text.summary).into(),
                (&text.transcript).into(),
                Utc::now().into(),
                organisation.as_str().into(),
            ],
        )
        .await
    }

    /// Replaces the information pages a film belongs on.
    pub async fn set_film_topics(
        &self,
        organisation: &TenantId,
        slug: &str,
        topics: &[String],
    ) -> Result<(), StorageError> {
        on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            sqlx::query("DELETE FROM film_topics WHERE film_slug = $1 AND organisation = $2")
                .bind(slug)
                .bind(organisation.as_str())
                .execute(&mut *tx)
                .await?;
            for topic in topics {
                sqlx::query(
                    "INSERT INTO film_topics (film_slug, topic_slug, organisation) VALUES ($1, $2, $3) \
                     ON CONFLICT DO NOTHING",
                )
                .bind(slug)
                .bind(topic)
                .bind(organisation.as_str())
                .execute(&mut *tx)
                .await?;
            }
            tx.commit().await?;
        });
        Ok(())
    }

    /// Every film of `organisation` with its texts, files (history included) and topics, by
    /// slug.
    pub async fn films(&self, organisation: &TenantId) -> Result<Vec<StoredFilm>, StorageError> {
        let org = organisation.as_str();
        let (films, texts, files, topics) = on_pool!(self, pool => {
            let films = sqlx::query_as::<_, (String, i64, String, DateTime<Utc>)>(
                "SELECT slug, duration_secs, origin, created_at FROM films WHERE organisation = $1 \
                 ORDER BY slug",
            )
            .bind(org)
            .fetch_all(pool)
            .await?;
            let texts = sqlx::query_as::<_, (String, String, String, String, String)>(
                "SELECT slug, lang, title, summary, transcript FROM film_texts WHERE organisation = $1 \
                 ORDER BY slug, lang",
            )
            .bind(org)
            .fetch_all(pool)
            .await?;
            let files = sqlx::query_as::<_, FileRowTuple>(
                "SELECT id, slug, kind, lang, stored_name, content_type, bytes, uploaded_at, \
                 uploader, replaced_at FROM film_files WHERE organisation = $1 ORDER BY id",
            )
            .bind(org)
            .fetch_all(pool)
            .await?;
            let topics = sqlx::query_as::<_, (String, String)>(
                "SELECT film_slug, topic_slug FROM film_topics WHERE organisation = $1 \
                 ORDER BY film_slug, topic_slug",
            )
            .bind(org)
            .fetch_all(pool)
            .await?;
            (films, texts, files, topics)
        });
        let files = files
            .into_iter()
            .map(stored_file)
            .collect::<Result<Vec<_>, _>>()?;
        Ok(films
            .into_iter()
            .map(|(slug, duration_secs, origin, created_at)| StoredFilm {
                texts: texts
                    .iter()
                    .filter(|t| t.0 == slug)
                    .map(|(_, lang, title, summary, transcript)| FilmTextRow {
                        lang: lang.clone(),
                        title: title.clone(),
                        summary: summary.clone(),
                        transcript: transcript.clone(),
                    })
                    .collect(),
                files: files
                    .iter()
                    .filter(|(film, _)| *film == slug)
                    .map(|(_, file)| file.clone())
                    .collect(),
                topics: topics
                    .iter()
                    .filter(|t| t.0 == slug)
                    .map(|t| t.1.clone())
                    .collect(),
                slug,
                duration_secs,
                origin,
                created_at,
            })
            .collect())
    }
}

/// A `film_files` row as (the film's slug, the file); the kind is read here, at the edge.
fn stored_file(row: FileRowTuple) -> Result<(String, StoredFilmFile), StorageError> {
    let (
        id,
        slug,
        kind,
        lang,
        stored_name,
        content_type,
        bytes,
        uploaded_at,
        uploader,
        replaced_at,
    ) = row;
    let kind = FilmFileKind::parse(&kind)
        .ok_or_else(|| StorageError::Corrupt(format!("film file {id} has the kind {kind:?}")))?;
    Ok((
        slug,
        StoredFilmFile {
            id,
            kind,
            lang,
            stored_name,
            content_type,
            bytes,
            uploaded_at,
            uploader,
            replaced_at,
        },
    ))
}
