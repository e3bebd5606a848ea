//! The audit log: who did what, when, to which report. Append-only (a trigger refuses
//! changes); `detail` never holds report content.

use crate::storage::database::Database;
use crate::storage::database::StorageError;
use crate::storage::statement::{Param, query_as, query_scalar};
use crate::storage::tx::Tx;
use chrono::{DateTime, Utc};
use helder_domain::{audit::AuditAction, tenants::TenantId};

/// One line of the audit log.
#[derive(Debug, Clone, PartialEq)]
pub struct AuditEntry {
    pub at: DateTime<Utc>,
    pub actor: String,
    /// The stored identifier: one of [`AuditAction`] for every line Helder writes.
    pub action: String,
    pub report_id: Option<i64>,
    pub detail: String,
}

impl AuditEntry {
    /// The action of this line, if its identifier is one Helder knows.
    pub fn known_action(&self) -> Option<AuditAction> {
        AuditAction::parse(&self.action)
    }
}

/// Who is doing something: a staff member, or Helder itself (daily jobs), for one
/// organisation, whose audit log gets the line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    pub id: Option<i64>,
    pub name: String,
    pub organisation: TenantId,
}

impl Actor {
    /// Helder itself, working for `organisation`.
    pub fn system(organisation: &TenantId) -> Actor {
        Actor {
            id: None,
            name: "Helder".into(),
            organisation: organisation.clone(),
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AuditQuery {
    /// Part of the actor's e-mail address or name.
    pub actor: Option<String>,
    pub action: Option<AuditAction>,
    pub report_id: Option<i64>,
    pub from: Option<DateTime<Utc>>,
    pub until: Option<DateTime<Utc>>,
}

type AuditRow = (DateTime<Utc>, String, String, Option<i64>, String);

pub(crate) const INSERT: &str = "INSERT INTO audit_log (at, actor_id, actor, action, report_id, detail, organisation) \
     VALUES ($1, $2, $3, $4, $5, $6, $7)";

/// The parameters of [`INSERT`]: one audit line, stamped now.
fn line<'a>(
    actor: &'a Actor,
    action: AuditAction,
    report_id: Option<i64>,
    detail: &'a str,
) -> [Param<'a>; 7] {
    [
        Utc::now().into(),
        actor.id.into(),
        (&actor.name).into(),
        action.as_str().into(),
        report_id.into(),
        detail.into(),
        actor.organisation.as_str().into(),
    ]
}

impl Tx {
    /// Appends to the audit log as part of this unit of work: the line exists if and only if
    /// the unit's other writes do. `detail` never holds report content.
    pub async fn audit(
        &mut self,
        actor: &Actor,
        action: AuditAction,
        report_id: Option<i64>,
        detail: &str,
    ) -> Result<(), StorageError> {
        self.write(INSERT, &line(actor, action, report_id, detail))
            .await
    }
}

impl Database {
    /// Appends to the audit log on its own (for something that is not a write, such as a
    /// view, a log-in or an export). `detail` never holds report content.
    pub async fn audit(
        &self,
        actor: &Actor,
        action: AuditAction,
        report_id: Option<i64>,
        detail: &str,
    ) -> Result<(), StorageError> {
        self.write(INSERT, &line(actor, action, report_id, detail))
            .await
    }

    /// A page of `organisation`'s audit log, newest first, with the number of matching lines.
    pub async fn audit_log(
        &self,
        organisation: &TenantId,
        query: &AuditQuery,
        offset: i64,
        limit: i64,
    ) -> Result<(Vec<AuditEntry>, i64), StorageError> {
        // The casts tell PostgreSQL the type of a parameter that may be NULL; SQLite accepts
        // them too, so one query text serves both.
        let filter = "(CAST($1 AS TEXT) IS NULL OR LOWER(actor) LIKE $1) \
                      AND (CAST($2 AS TEXT) IS NULL OR action = $2) \
                      AND (CAST($3 AS BIGINT) IS NULL OR report_id = $3) \
                      AND (CAST($4 AS TIMESTAMPTZ) IS NULL OR at >= $4) \
                      AND (CAST($5 AS TIMESTAMPTZ) IS NULL OR at < $5) \
                      AND organisation = $6";
        let like = query
            .actor
            .as_ref()
            .map(|a| format!("%{}%", a.to_lowercase().replace(['%', '_'], "")));
        let sql = format!(
            "SELECT at, actor, action, report_id, detail FROM audit_log WHERE {filter} \
             ORDER BY id DESC LIMIT $7 OFFSET $8"
        );
        let count_sql = format!("SELECT COUNT(*) FROM audit_log WHERE {filter}");
        let action = query.action.map(AuditAction::as_str);
        // The page and the count take the same six filter values.
        let filter_params: [Param<'_>; 6] = [
            like.as_deref().into(),
            action.into(),
            query.report_id.into(),
            query.from.into(),
            query.until.into(),
            organisation.as_str().into(),
        ];
        let (rows, total): (Vec<AuditRow>, i64) = on_pool!(self, pool => {
            let rows = query_as(&sql, &filter_params)
                .bind(limit)
                .bind(offset)
                .fetch_all(pool)
                .await?;
            let total = query_scalar(&count_sql, &filter_params)
                .fetch_one(pool)
                .await?;
            (rows, total)
        });
        Ok((
            rows.into_iter()
                .map(|(at, actor, action, report_id, detail)| AuditEntry {
                    at,
                    actor,
                    action,
                    report_id,
                    detail,
                })
                .collect(),
            total,
        ))
    }

    /// The actions that occur in the audit log, for the filter (identifiers Helder does not
    /// know are left out: they cannot be chosen).
    pub async fn audit_actions(
        &self,
        organisation: &TenantId,
    ) -> Result<Vec<AuditAction>, StorageError> {
        let rows: Vec<(String,)> = self
            .fetch_all(
                "SELECT DISTINCT action FROM audit_log WHERE organisation = $1 ORDER BY action",
                &[organisation.as_str().into()],
            )
            .await?;
        Ok(rows
            .iter()
            .filter_map(|(a,)| AuditAction::parse(a))
            .collect())
    }

    /// What happened to a report, oldest first; views are left out (they are in the audit log).
    pub async fn report_history(&self, id: i64) -> Result<Vec<AuditEntry>, StorageError> {
        let rows: Vec<AuditRow> = self
            .fetch_all(
                "SELECT at, actor, action, report_id, detail FROM audit_log \
             WHERE report_id = $1 AND action <> $2 ORDER BY id",
                &[id.into(), AuditAction::ReportViewed.as_str().into()],
            )
            .await?;
        Ok(rows
            .into_iter()
            .map(|(at, actor, action, report_id, detail)| AuditEntry {
                at,
                actor,
                action,
                report_id,
                detail,
            })
            .collect())
    }
}
