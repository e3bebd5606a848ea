//! Storage of reports: drafts under a hashed cookie token, submitted reports with their
//! answers (committed in one transaction before the reporter sees "received"), receipt-code
//! look-up, and follow-up messages. Nothing here can hold a client address: there is no
//! column for one.

use crate::storage::database::Database;
use crate::storage::database::StorageError;
use crate::storage::queue::Actor;
use crate::storage::tx::Tx;
use chrono::{DateTime, Utc};
use helder_domain::{
    audit::AuditAction,
    report::{channel::Channel, kinds::KindSet},
    tenants::TenantId,
};
use rand::RngCore;
use std::collections::HashMap;

/// One answer as stored: the question as the reporter read it and in Dutch for the team.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredAnswer {
    pub question_id: String,
    pub question_asked: String,
    pub question_nl: String,
    pub answer: String,
}

/// Contact details, only when the reporter chose to leave them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Contact {
    pub name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewReport {
    pub lang: String,
    pub questionnaire_version: String,
    /// Stored one row per kind in `report_kinds`, in this order.
    pub kinds: KindSet,
    pub receipt_hash: String,
    pub contact: Option<Contact>,
    pub answers: Vec<StoredAnswer>,
    /// Same-subject keys (see `helder_domain::queue`).
    pub subject_name: Option<String>,
    pub subject_address: Option<String>,
    /// The organisation that works it, and the municipality it was sent to (by its host).
    pub organisation: TenantId,
    pub municipality: TenantId,
    /// A tip a team member entered (phone, letter, …); `None` for the web form.
    pub entered: Option<EnteredTip>,
}

/// How a tip a team member entered came in, when, and who entered it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnteredTip {
    pub channel: Channel,
    pub received_at: DateTime<Utc>,
    pub by: Actor,
}

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Message {
    pub author: String,
    pub body: String,
    pub created_at: DateTime<Utc>,
}

const RECEIPT_SALT: &str = "receipt_salt";
const FORM_SECRET: &str = "form_secret";

impl Database {
    /// Creates or replaces a draft.
    pub async fn save_draft(
        &self,
        token_hash: &str,
        lang: &str,
        data: &str,
        expires_at: DateTime<Utc>,
    ) -> Result<(), StorageError> {
        self.write(
            "INSERT INTO report_drafts (token_hash, lang, data, expires_at) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (token_hash) DO UPDATE SET lang = excluded.lang, data = excluded.data, \
             expires_at = excluded.expires_at",
            &[token_hash.into(), lang.into(), data.into(), expires_at.into()],
        )
        .await
    }

    /// The draft's language and data, unless it expired.
    pub async fn load_draft(
        &self,
        token_hash: &str,
        now: DateTime<Utc>,
    ) -> Result<Option<(String, String)>, StorageError> {
        let row = on_pool!(self, pool => sqlx::query_as::<_, (String, String)>(
            "SELECT lang, data FROM report_drafts WHERE token_hash = $1 AND expires_at > $2",
        )
        .bind(token_hash)
        .bind(now)
        .fetch_optional(pool)
        .await?);
        Ok(row)
    }

    /// How many reports there are (tests and benchmarks count what was stored).
    pub async fn count_reports(&self) -> Result<i64, StorageError> {
        let n = on_pool!(self, pool => sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM reports")
            .fetch_one(pool)
            .await?);
        Ok(n)
    }

    /// How many report drafts are kept (a flood of starts must not add any).
    pub async fn count_drafts(&self) -> Result<i64, StorageError> {
        let n = on_pool!(self, pool => sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM report_drafts")
            .fetch_one(pool)
            .await?);
        Ok(n)
    }

    /// Deletes expired drafts; returns how many.
    pub async fn delete_expired_drafts(&self, now: DateTime<Utc>) -> Result<u64, StorageError> {
        let done = self
            .run(
                "DELETE FROM report_drafts WHERE expires_at <= $1",
                &[now.into()],
            )
            .await?;
        Ok(done)
    }

    /// The installation's salt for receipt codes: made once, kept in the database.
    pub async fn receipt_salt(&self) -> Result<[u8; 16], StorageError> {
        self.installation_secret::<16>(RECEIPT_SALT).await
    }

    /// The installation's key for signing report-form tokens and start tickets (shared by
    /// every instance on this database).
    pub async fn form_secret(&self) -> Result<[u8; 32], StorageError> {
        self.installation_secret::<32>(FORM_SECRET).await
    }

    /// A random secret of `N` bytes under `name`: made once, kept in the database.
    async fn installation_secret<const N: usize>(
        &self,
        name: &str,
    ) -> Result<[u8; N], StorageError> {
        let mut fresh = [0u8; N];
        rand::rng().fill_bytes(&mut fresh);
        let fresh_hex: String = fresh.iter().map(|b| format!("{b:02x}")).collect();
        let stored: String = on_pool!(self, pool => {
            sqlx::query("INSERT INTO installation_secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING")
                .bind(name)
                .bind(&fresh_hex)
                .execute(pool)
                .await?;
            sqlx::query_scalar("SELECT value FROM installation_secrets WHERE name = $1")
                .bind(name)
                .fetch_one(pool)
                .await?
        });
        let mut secret = [0u8; N];
        for (i, byte) in secret.iter_mut().enumerate() {
            *byte = stored
                .get(i * 2..i * 2 + 2)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
                .ok_or_else(|| StorageError::Corrupt(format!("installation_secrets.{name}")))?;
        }
        Ok(secret)
    }

    /// Stores a report with its answers and deletes the draft, in one transaction. When this
    /// returns, the report is durable; only then may the reporter be told it was received.
    pub async fn submit_report(
        &self,
        report: &NewReport,
        draft_token_hash: Option<&str>,
    ) -> Result<i64, StorageError> {
        let now = Utc::now();
        let contact = report.contact.clone().unwrap_or_default();
        let id = on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO reports (received_at, lang, questionnaire_version, receipt_hash, \
                 contact_name, contact_email, contact_phone, subject_name, subject_address, \
                 organisation, municipality, channel, entered_by) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id",
            )
            .bind(report.entered.as_ref().map_or(now, |e| e.received_at))
            .bind(&report.lang)
            .bind(&report.questionnaire_version)
            .bind(&report.receipt_hash)
            .bind(&contact.name)
            .bind(&contact.email)
            .bind(&contact.phone)
            .bind(&report.subject_name)
            .bind(&report.subject_address)
            .bind(report.organisation.as_str())
            .bind(report.municipality.as_str())
            .bind(report.entered.as_ref().map_or(Channel::Web, |e| e.channel).as_str())
            .bind(report.entered.as_ref().and_then(|e| e.by.id))
            .fetch_one(&mut *tx)
            .await?;
            for (position, kind) in report.kinds.ids().iter().enumerate() {
                sqlx::query("INSERT INTO report_kinds (report_id, position, kind) VALUES ($1, $2, $3)")
                    .bind(id)
                    .bind(position as i64)
                    .bind(kind)
                    .execute(&mut *tx)
                    .await?;
            }
            for (position, a) in report.answers.iter().enumerate() {
                sqlx::query(
                    "INSERT INTO report_answers (report_id, position, question_id, question_asked, question_nl, answer) \
                     VALUES ($1, $2, $3, $4, $5, $6)",
                )
                .bind(id)
                .bind(position as i64)
                .bind(&a.question_id)
                .bind(&a.question_asked)
                .bind(&a.question_nl)
                .bind(&a.answer)
                .execute(&mut *tx)
                .await?;
            }
            if let Some(token_hash) = draft_token_hash {
                // The draft's files become the report's, numbered in the order they came.
                sqlx::query(
                    "INSERT INTO report_evidence (report_id, position, media_type, size, data) \
                     SELECT $1, (SELECT COUNT(*) FROM draft_evidence o \
                     WHERE o.token_hash = e.token_hash AND o.id <= e.id), media_type, size, data \
                     FROM draft_evidence e WHERE token_hash = $2",
                )
                .bind(id)
                .bind(token_hash)
                .execute(&mut *tx)
                .await?;
                // Claim the draft last (its files go with it): of two submissions at once (a
                // double click) only one deletes it; the other's report is rolled back.
                let claimed = sqlx::query("DELETE FROM report_drafts WHERE token_hash = $1")
                    .bind(token_hash)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                if claimed != 1 {
                    return Err(StorageError::AlreadySubmitted);
                }
            }
            // An entered tip's audit line stands or falls with it.
            if let Some(entered) = &report.entered {
                sqlx::query(crate::storage::queue::audit::INSERT)
                    .bind(now)
                    .bind(entered.by.id)
                    .bind(&entered.by.name)
                    .bind(AuditAction::ReportEntered.as_str())
                    .bind(id)
                    .bind(entered.channel.as_str())
                    .bind(entered.by.organisation.as_str())
                    .execute(&mut *tx)
                    .await?;
            }
            tx.commit().await?;
            id
        });
        Ok(id)
    }

    /// The organisation that works a report.
    pub async fn report_organisation(&self, id: i64) -> Result<Option<TenantId>, StorageError> {
        let row: Option<(String,)> = self
            .fetch_optional(
                "SELECT organisation FROM reports WHERE id = $1",
                &[id.into()],
            )
            .await?;
        Ok(row.and_then(|(id,)| TenantId::parse(&id)))
    }

    /// The report a receipt-code hash belongs to.
    pub async fn report_by_receipt(&self, receipt_hash: &str) -> Result<Option<i64>, StorageError> {
        let id = on_pool!(self, pool => sqlx::query_scalar("SELECT id FROM reports WHERE receipt_hash = $1")
            .bind(receipt_hash)
            .fetch_optional(pool)
            .await?);
        Ok(id)
    }

    /// The answers of a report, in the order they were asked.
    pub async fn report_answers(&self, report_id: i64) -> Result<Vec<StoredAnswer>, StorageError> {
        let rows: Vec<(String, String, String, String)> = self
            .fetch_all(
                "SELECT question_id, question_asked, question_nl, answer FROM report_answers \
             WHERE report_id = $1 ORDER BY position",
                &[report_id.into()],
            )
            .await?;
        Ok(rows
            .into_iter()
            .map(
                |(question_id, question_asked, question_nl, answer)| StoredAnswer {
                    question_id,
                    question_asked,
                    question_nl,
                    answer,
                },
            )
            .collect())
    }

    /// [`Tx::add_message`], committed at once.
    pub async fn add_message(
        &self,
        report_id: i64,
        author: &str,
        body: &str,
    ) -> Result<(), StorageError> {
        let mut tx = self.begin().await?;
        tx.add_message(report_id, author, body).await?;
        tx.commit().await
    }

    /// The kinds of these reports, each in the order they were chosen in. A report without
    /// kinds is left out (every stored report has at least one).
    pub(super) async fn report_kinds(
        &self,
        ids: &[i64],
    ) -> Result<HashMap<i64, KindSet>, StorageError> {
        if ids.is_empty() {
            return Ok(HashMap::new());
        }
        let placeholders: Vec<String> = (1..=ids.len()).map(|i| format!("${i}")).collect();
        let sql = format!(
            "SELECT report_id, kind FROM report_kinds WHERE report_id IN ({}) \
             ORDER BY report_id, position",
            placeholders.join(", ")
        );
        let rows: Vec<(i64, String)> = on_pool!(self, pool => {
            let mut query = sqlx::query_as(&sql);
            for id in ids {
                query = query.bind(*id);
            }
            query.fetch_all(pool).await?
        });
        let mut grouped: HashMap<i64, Vec<String>> = HashMap::new();
        for (id, kind) in rows {
            grouped.entry(id).or_default().push(kind);
        }
        grouped
            .into_iter()
            .map(|(id, kinds)| {
                KindSet::try_from(kinds)
                    .map(|kinds| (id, kinds))
                    .map_err(|_| StorageError::Corrupt(format!("report_kinds of {id}")))
            })
            .collect()
    }

    pub async fn messages(&self, report_id: i64) -> Result<Vec<Message>, StorageError> {
        let rows = self.fetch_all::<Message>("SELECT author, body, created_at FROM report_messages WHERE report_id = $1 ORDER BY id", &[report_id.into()]).await?;
        Ok(rows)
    }
}

impl Tx {
    /// Adds a follow-up message (a team question or a reporter's answer).
    pub async fn add_message(
        &mut self,
        report_id: i64,
        author: &str,
        body: &str,
    ) -> Result<(), StorageError> {
        self.write(
            "INSERT INTO report_messages (report_id, author, body, created_at) VALUES ($1, $2, $3, $4)",
            &[report_id.into(), author.into(), body.into(), Utc::now().into()],
        )
        .await
    }
}
