//! Prevention's storage: the self-check's and the page feedback's counts, feedback comments,
//! the anonymous questions and the FAQ suggestions made from them. Counts are upserts of one
//! row per organisation, municipality, question or page, answer, language and month: nothing
//! per visit (migration 0015 says what each table keeps).

use crate::storage::{
    database::{Database, StorageError},
    statement::Param,
    statistics::within_sql,
    tx::Tx,
};
use chrono::{DateTime, Utc};
use helder_domain::prevention::{feedback::Verdict, knowledge::AnswerCount, selfcheck::Answer};

/// Where a count or a question belongs: the organisation and the municipality of the site.
#[derive(Debug, Clone, Copy)]
pub struct Site<'a> {
    pub organisation: &'a str,
    pub municipality: &'a str,
}

/// One page's "was this clear?" counts, over every language and month.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageFeedback {
    pub page: String,
    pub clear: i64,
    pub unclear: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedbackComment {
    pub id: i64,
    pub municipality: String,
    pub page: String,
    pub lang: String,
    pub body: String,
    pub received_on: DateTime<Utc>,
}

/// A question as stored (the code only as its hash, which is not read back).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredQuestion {
    pub id: i64,
    pub municipality: String,
    pub lang: String,
    pub body: String,
    pub asked_at: DateTime<Utc>,
    pub answer: Option<String>,
    pub answer_lang: Option<String>,
    pub answered_at: Option<DateTime<Utc>>,
    pub answered_by: Option<String>,
    pub answer_read_at: Option<DateTime<Utc>>,
}

type QuestionRow = (
    i64,
    String,
    String,
    String,
    DateTime<Utc>,
    Option<String>,
    Option<String>,
    Option<DateTime<Utc>>,
    Option<String>,
    Option<DateTime<Utc>>,
);

const QUESTION_COLUMNS: &str = "id, municipality, lang, body, asked_at, answer, answer_lang, \
     answered_at, answered_by, answer_read_at";

fn question(row: QuestionRow) -> StoredQuestion {
    let (
        id,
        municipality,
        lang,
        body,
        asked_at,
        answer,
        answer_lang,
        answered_at,
        answered_by,
        answer_read_at,
    ) = row;
    StoredQuestion {
        id,
        municipality,
        lang,
        body,
        asked_at,
        answer,
        answer_lang,
        answered_at,
        answered_by,
        answer_read_at,
    }
}

/// A new question to store.
#[derive(Debug, Clone)]
pub struct NewQuestion<'a> {
    pub site: Site<'a>,
    pub lang: &'a str,
    pub code_hash: &'a str,
    pub body: &'a str,
    pub email: Option<&'a str>,
    pub asked_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FaqSuggestion {
    pub id: i64,
    pub lang: String,
    pub question: String,
    pub answer: String,
    pub created_at: DateTime<Utc>,
}

impl Database {
    /// One more `answer` to self-check question `question`.
    pub async fn count_selfcheck_answer(
        &self,
        site: Site<'_>,
        question: &str,
        answer: Answer,
        lang: &str,
        month: &str,
    ) -> Result<(), StorageError> {
        self.write(
            "INSERT INTO selfcheck_counts \
             (organisation, municipality, question, answer, lang, month, count) \
             VALUES ($1, $2, $3, $4, $5, $6, 1) \
             ON CONFLICT (organisation, municipality, question, answer, lang, month) \
             DO UPDATE SET count = selfcheck_counts.count + 1",
            &[
                site.organisation.into(),
                site.municipality.into(),
                question.into(),
                answer.as_str().into(),
                lang.into(),
                month.into(),
            ],
        )
        .await
    }

    /// Every kept self-check count of the organisation (or one municipality).
    pub async fn selfcheck_counts(
        &self,
        organisation: &str,
        municipality: Option<&str>,
    ) -> Result<Vec<AnswerCount>, StorageError> {
        let sql = format!(
            "SELECT question, answer, lang, month, CAST(SUM(count) AS BIGINT) FROM selfcheck_counts \
             WHERE {} GROUP BY question, answer, lang, month",
            within_sql(1, 2)
        );
        let rows: Vec<(String, String, String, String, i64)> = self
            .fetch_all(&sql, &[organisation.into(), municipality.into()])
            .await?;
        rows.into_iter()
            .map(|(question, answer, lang, month, count)| {
                let answer = Answer::parse(&answer).ok_or_else(|| {
                    StorageError::Corrupt(format!("selfcheck_counts.answer {answer:?}"))
                })?;
                Ok(AnswerCount {
                    question,
                    answer,
                    lang,
                    month,
                    count,
                })
            })
            .collect()
    }

    /// One more "yes" or "no" to "was this clear?" on `page`.
    pub async fn count_page_feedback(
        &self,
        site: Site<'_>,
        page: &str,
        lang: &str,
        month: &str,
        verdict: Verdict,
    ) -> Result<(), StorageError> {
        let column = match verdict {
            Verdict::Clear => "clear",
            Verdict::Unclear => "unclear",
        };
        let sql = format!(
            "INSERT INTO page_feedback_counts \
             (organisation, municipality, page, lang, month, {column}) VALUES ($1, $2, $3, $4, $5, 1) \
             ON CONFLICT (organisation, municipality, page, lang, month) \
             DO UPDATE SET {column} = page_feedback_counts.{column} + 1"
        );
        self.write(
            &sql,
            &[
                site.organisation.into(),
                site.municipality.into(),
                page.into(),
                lang.into(),
                month.into(),
            ],
        )
        .await
    }

    /// The pages with their counts, the most "no" answers first.
    pub async fn page_feedback(
        &self,
        organisation: &str,
        municipality: Option<&str>,
    ) -> Result<Vec<PageFeedback>, StorageError> {
        let sql = format!(
            "SELECT page, CAST(SUM(clear) AS BIGINT), CAST(SUM(unclear) AS BIGINT) \
             FROM page_feedback_counts WHERE {} GROUP BY page \
             ORDER BY SUM(unclear) DESC, SUM(clear) ASC, page",
            within_sql(1, 2)
        );
        let rows: Vec<(String, i64, i64)> = self
            .fetch_all(&sql, &[organisation.into(), municipality.into()])
            .await?;
        Ok(rows
            .into_iter()
            .map(|(page, clear, unclear)| PageFeedback {
                page,
                clear,
                unclear,
            })
            .collect())
    }

    pub async fn add_feedback_comment(
        &self,
        site: Site<'_>,
        page: &str,
        lang: &str,
        body: &str,
        day: DateTime<Utc>,
    ) -> Result<(), StorageError> {
        self.write(
            "INSERT INTO page_feedback_comments \
             (organisation, municipality, page, lang, body, received_on) \
             VALUES ($1, $2, $3, $4, $5, $6)",
            &[
                site.organisation.into(),
                site.municipality.into(),
                page.into(),
                lang.into(),
                body.into(),
                day.into(),
            ],
        )
        .await
    }

    /// The comments of the organisation (or one municipality), newest first.
    pub async fn feedback_comments(
        &self,
        organisation: &str,
        municipality: Option<&str>,
    ) -> Result<Vec<FeedbackComment>, StorageError> {
        let sql = format!(
            "SELECT id, municipality, page, lang, body, received_on FROM page_feedback_comments \
             WHERE {} ORDER BY received_on DESC, id DESC LIMIT 500",
            within_sql(1, 2)
        );
        let rows: Vec<(i64, String, String, String, String, DateTime<Utc>)> = self
            .fetch_all(&sql, &[organisation.into(), municipality.into()])
            .await?;
        Ok(rows
            .into_iter()
            .map(
                |(id, municipality, page, lang, body, received_on)| FeedbackComment {
                    id,
                    municipality,
                    page,
                    lang,
                    body,
                    received_on,
                },
            )
            .collect())
    }

    /// Deletes comments received before `before`; how many.
    pub async fn delete_feedback_comments_before(
        &self,
        before: DateTime<Utc>,
    ) -> Result<u64, StorageError> {
        self.run(
            "DELETE FROM page_feedback_comments WHERE received_on < $1",
            &[before.into()],
        )
        .await
    }

    /// Stores a question; its id. A code hash that is already taken is an error (the caller
    /// makes a new code).
    pub async fn ask_question(&self, new: &NewQuestion<'_>) -> Result<i64, StorageError> {
        let id: Option<(i64,)> = self
            .fetch_optional(
                "INSERT INTO advice_questions \
                 (organisation, municipality, lang, code_hash, body, email, asked_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
                &[
                    new.site.organisation.into(),
                    new.site.municipality.into(),
                    new.lang.into(),
                    new.code_hash.into(),
                    new.body.into(),
                    new.email.into(),
                    new.asked_at.into(),
                ],
            )
            .await?;
        id.map(|(id,)| id)
            .ok_or_else(|| StorageError::Corrupt("no id for a new question".into()))
    }

    /// The question of the organisation with this code hash.
    pub async fn question_by_code(
        &self,
        organisation: &str,
        code_hash: &str,
    ) -> Result<Option<StoredQuestion>, StorageError> {
        let sql = format!(
            "SELECT {QUESTION_COLUMNS} FROM advice_questions WHERE code_hash = $1 AND organisation = $2"
        );
        let row: Option<QuestionRow> = self
            .fetch_optional(&sql, &[code_hash.into(), organisation.into()])
            .await?;
        Ok(row.map(question))
    }

    /// Notes the first time the answer was read (its deletion counts from then).
    pub async fn mark_answer_read(&self, id: i64, now: DateTime<Utc>) -> Result<(), StorageError> {
        self.write(
            "UPDATE advice_questions SET answer_read_at = $2 \
             WHERE id = $1 AND answer IS NOT NULL AND answer_read_at IS NULL",
            &[id.into(), now.into()],
        )
        .await
    }

    /// The organisation's questions (or one municipality's): unanswered ones oldest first,
    /// then answered ones newest first.
    pub async fn questions(
        &self,
        organisation: &str,
        municipality: Option<&str>,
    ) -> Result<Vec<StoredQuestion>, StorageError> {
        let sql = format!(
            "SELECT {QUESTION_COLUMNS} FROM advice_questions WHERE {} \
             ORDER BY CASE WHEN answered_at IS NULL THEN 0 ELSE 1 END, \
             CASE WHEN answered_at IS NULL THEN asked_at END ASC, answered_at DESC, id LIMIT 1000",
            within_sql(1, 2)
        );
        let rows: Vec<QuestionRow> = self
            .fetch_all(&sql, &[organisation.into(), municipality.into()])
            .await?;
        Ok(rows.into_iter().map(question).collect())
    }

    /// One question of the organisation.
    pub async fn question(
        &self,
        organisation: &str,
        id: i64,
    ) -> Result<Option<StoredQuestion>, StorageError> {
        let sql = format!(
            "SELECT {QUESTION_COLUMNS} FROM advice_questions WHERE id = $1 AND organisation = $2"
        );
        let row: Option<QuestionRow> = self
            .fetch_optional(&sql, &[id.into(), organisation.into()])
            .await?;
        Ok(row.map(question))
    }

    pub async fn add_faq_suggestion(
        &self,
        organisation: &str,
        lang: &str,
        question: &str,
        answer: &str,
        now: DateTime<Utc>,
    ) -> Result<(), StorageError> {
        self.write(
            "INSERT INTO faq_suggestions (organisation, lang, question, answer, created_at) \
             VALUES ($1, $2, $3, $4, $5)",
            &[
                organisation.into(),
                lang.into(),
                question.into(),
                answer.into(),
                now.into(),
            ],
        )
        .await
    }

    /// The suggestions editors have not handled yet, oldest first.
    pub async fn faq_suggestions(
        &self,
        organisation: &str,
    ) -> Result<Vec<FaqSuggestion>, StorageError> {
        let rows: Vec<(i64, String, String, String, DateTime<Utc>)> = self
            .fetch_all(
                "SELECT id, lang, question, answer, created_at FROM faq_suggestions \
                 WHERE organisation = $1 AND handled_at IS NULL ORDER BY created_at, id",
                &[organisation.into()],
            )
            .await?;
        Ok(rows
            .into_iter()
            .map(|(id, lang, question, answer, created_at)| FaqSuggestion {
                id,
                lang,
                question,
                answer,
                created_at,
            })
            .collect())
    }

    /// Marks a suggestion handled; whether it was the organisation's and still open.
    pub async fn handle_faq_suggestion(
        &self,
        organisation: &str,
        id: i64,
        now: DateTime<Utc>,
    ) -> Result<bool, StorageError> {
        Ok(self
            .run(
                "UPDATE faq_suggestions SET handled_at = $3 \
                 WHERE id = $1 AND organisation = $2 AND handled_at IS NULL",
                &[id.into(), organisation.into(), now.into()],
            )
            .await?
            == 1)
    }

    /// Deletes questions whose answer was read before `read_before`, or given and never read
    /// before `unread_before`; how many. Unanswered questions stay.
    pub async fn delete_old_questions(
        &self,
        read_before: DateTime<Utc>,
        unread_before: DateTime<Utc>,
    ) -> Result<u64, StorageError> {
        self.run(
            "DELETE FROM advice_questions WHERE answer_read_at < $1 \
             OR (answer_read_at IS NULL AND answered_at < $2)",
            &[read_before.into(), unread_before.into()],
        )
        .await
    }
}

impl Tx {
    /// Stores an advisor's answer to an open question of the organisation and forgets the
    /// e-mail address; the address (to queue the notice in the same unit) and the question's
    /// language, or `None` when there was no such open question.
    pub async fn answer_question(
        &mut self,
        organisation: &str,
        id: i64,
        answer: &str,
        answer_lang: &str,
        by: &str,
        now: DateTime<Utc>,
    ) -> Result<Option<(Option<String>, String)>, StorageError> {
        let found: Option<(Option<String>, String)> = on_tx!(self, conn => {
            sqlx::query_as(
                "SELECT email, lang FROM advice_questions \
                 WHERE id = $1 AND organisation = $2 AND answered_at IS NULL",
            )
            .bind(id)
            .bind(organisation)
            .fetch_optional(&mut *conn)
            .await?
        });
        if found.is_none() {
            return Ok(None);
        }
        let params: [Param<'_>; 6] = [
            id.into(),
            organisation.into(),
            answer.into(),
            answer_lang.into(),
            by.into(),
            now.into(),
        ];
        self.write(
            "UPDATE advice_questions SET answer = $3, answer_lang = $4, answered_by = $5, \
             answered_at = $6, email = NULL WHERE id = $1 AND organisation = $2",
            &params,
        )
        .await?;
        Ok(found)
    }
}
