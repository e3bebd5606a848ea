//! The queue pages and everything a member does to a report. Every view of a report and every
//! change is written to the audit log; editors and admins get 403 on all of it.

use super::{
    distribution, session::Staff, shared::TeamError, shared::lang_of, shared::local_date,
    shared::local_time, shared::query_map, shared::see_other,
};
use crate::{
    state::AppState,
    storage::{AuditQuery, QueueScope as StoreScope},
};
use axum::{
    Form,
    extract::{Path, RawQuery, State},
    http::StatusCode,
    response::{IntoResponse, Response},
};
use chrono::{NaiveDate, TimeZone, Utc};
use helder_app::queue::pages::{AuditPage, QueuePage, ReportPage, TeamPage};
use helder_app::{
    queue::pages::{
        AnswerRow, AuditFilter, AuditRow, AuditView, Entry, MemberLoad, QueueRow, QueueScope,
        QueueView, RelatedReport, ReportView, TeamView,
    },
    staff::{pages::Notice, team_href},
};
use helder_domain::{
    audit::AuditAction,
    languages::Language,
    queue::{Outcome, Status, close, is_overdue, move_to, parse_euros, suggests_red},
    staff::Role,
};
use leptos::prelude::*;
use std::collections::HashMap;

/// This capability's staff routes (`/{lang}/team/…`).
pub fn router() -> axum::Router<AppState> {
    axum::Router::new()
        .route("/{lang}/team/meldingen", axum::routing::get(my_queue))
        .route("/{lang}/team/meldingen/alle", axum::routing::get(all_open))
        .route(
            "/{lang}/team/meldingen/{id}",
            axum::routing::get(report_page),
        )
        .route(
            "/{lang}/team/meldingen/{id}/{action}",
            axum::routing::post(report_action),
        )
        .route("/{lang}/team/verdeling", axum::routing::get(team_page))
        .route(
            "/{lang}/team/verdeling/{id}/aanwezig",
            axum::routing::post(set_member_presence),
        )
        .route("/{lang}/team/verdelen", axum::routing::post(distribute_now))
        .route(
            "/{lang}/team/instellingen",
            axum::routing::post(team_settings),
        )
        .route("/{lang}/team/logboek", axum::routing::get(audit_page))
}

const PAGE_SIZE: i64 = 50;
/// Longest note or question the team can write.
const MAX_TEXT: usize = 4000;

fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

async fn queue(
    state: &AppState,
    lang: Language,
    staff: Staff,
    scope: QueueScope,
    query: Option<String>,
) -> Response {
    if let Err(error) = staff.require(Role::works_reports) {
        return error.into_response();
    }
    let page = query_map(query.as_deref())
        .get("pagina")
        .and_then(|p| p.parse::<i64>().ok())
        .unwrap_or(1)
        .clamp(1, 100_000);
    let store_scope = match scope {
        QueueScope::Mine => StoreScope::Mine(staff.session.user_id),
        QueueScope::AllOpen => StoreScope::AllOpen,
    };
    let (entries, total) = match state
        .db
        .queue(store_scope, (page - 1) * PAGE_SIZE, PAGE_SIZE)
        .await
    {
        Ok(found) => found,
        Err(error) => return TeamError::Storage(error).into_response(),
    };
    let today = today();
    let limit = state.team.first_action_days;
    let rows = entries
        .into_iter()
        .map(|e| QueueRow {
            id: e.id,
            received: local_date(e.received_at),
            kinds: e.kinds.into(),
            overdue: e.status.is_open()
                && is_overdue(
                    e.received_at.with_timezone(&chrono::Local).date_naive(),
                    e.first_action_at.is_some(),
                    today,
                    limit,
                ),
            status: e.status,
            assignee: e.assignee,
            same_subject: e.same_subject,
            has_contact: e.has_contact,
        })
        .collect();
    let pages = ((total + PAGE_SIZE - 1) / PAGE_SIZE).max(1);
    let path = match scope {
        QueueScope::Mine => "meldingen",
        QueueScope::AllOpen => "meldingen/alle",
    };
    let data = QueueView {
        scope,
        rows,
        total,
        page: page.min(pages),
        pages,
    };
    super::shared::page(
        state,
        lang,
        team_href(lang, path),
        Some(staff.session.clone()),
        StatusCode::OK,
        move || view! { <QueuePage data=data.clone() /> },
    )
    .await
}

pub async fn my_queue(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    RawQuery(q): RawQuery,
    staff: Staff,
) -> Response {
    queue(&state, lang_of(&lang), staff, QueueScope::Mine, q).await
}

pub async fn all_open(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    RawQuery(q): RawQuery,
    staff: Staff,
) -> Response {
    queue(&state, lang_of(&lang), staff, QueueScope::AllOpen, q).await
}

/// The report page, with `notice` and `typed` after a refused form.
async fn report_view(
    state: &AppState,
    lang: Language,
    staff: &Staff,
    id: i64,
    notice: Option<Notice>,
    typed: String,
    status: StatusCode,
) -> Result<Response, TeamError> {
    let work = state.db.report_work(id).await?.ok_or(TeamError::NotFound)?;
    state
        .db
        .audit(&staff.actor(), AuditAction::ReportViewed, Some(id), "")
        .await?;
    let answers = state.db.report_answers(id).await?;
    let related = state.db.related_reports(id).await?;
    let notes = state.db.notes(id).await?;
    let messages = state.db.messages(id).await?;
    let history = state.db.report_history(id).await?;
    let members = if staff.session.role.leads() {
        state
            .db
            .member_loads()
            .await?
            .into_iter()
            .map(|m| (m.id, m.name))
            .collect()
    } else {
        Vec::new()
    };
    let language = Language::from_code(&work.lang)
        .map(|l| l.name.to_owned())
        .unwrap_or(work.lang.clone());
    let entry = |at, who: String, text: String| Entry {
        at: local_time(at),
        who,
        text,
    };
    let data = ReportView {
        id,
        received: local_time(work.received_at),
        language,
        kinds: work.kinds.ids().to_vec(),
        status: Some(work.status),
        outcome: work.outcome,
        assignee: work.assignee.clone(),
        assigned_to_me: work.assignee_id == Some(staff.session.user_id),
        answers: answers
            .into_iter()
            .map(|a| AnswerRow {
                question_asked: a.question_asked,
                question_nl: a.question_nl,
                answer: a.answer,
            })
            .collect(),
        has_contact: work.has_contact,
        has_email: work.contact_email.is_some(),
        estimated_amount: work.estimated_amount,
        fined_before: work.fined_before,
        suggests_red: work.status.is_open()
            && !matches!(work.status, Status::Red)
            && suggests_red(work.estimated_amount, work.fined_before),
        overdue: work.status.is_open()
            && is_overdue(
                work.received_at.with_timezone(&chrono::Local).date_naive(),
                work.first_action_at.is_some(),
                today(),
                state.team.first_action_days,
            ),
        related: related
            .into_iter()
            .map(|r| {
                let mut matches = Vec::new();
                if r.same_name {
                    matches.push("name");
                }
                if r.same_address {
                    matches.push("address");
                }
                if matches.is_empty() {
                    matches.push("link");
                }
                RelatedReport {
                    id: r.id,
                    received: local_date(r.received_at),
                    status: r.status,
                    linked: r.linked,
                    matches,
                }
            })
            .collect(),
        notes: notes
            .into_iter()
            .map(|n| entry(n.created_at, n.author, n.body))
            .collect(),
        messages: messages
            .into_iter()
            .map(|m| {
                let who = if m.author == "team" {
                    "team-message-team"
                } else {
                    "team-message-reporter"
                };
                entry(m.created_at, helder_app::i18n::t(lang, who), m.body)
            })
            .collect(),
        history: history
            .into_iter()
            .map(|h| {
                let action = helder_app::queue::pages::audit_label(lang, &h.action);
                let detail = readable_detail(lang, &h.action, &h.detail);
                let text = if detail.is_empty() {
                    action
                } else {
                    format!("{action}: {detail}")
                };
                entry(h.at, h.actor, text)
            })
            .collect(),
        members,
        notice,
        typed,
    };
    Ok(super::shared::page(
        state,
        lang,
        team_href(lang, &format!("meldingen/{id}")),
        Some(staff.session.clone()),
        status,
        move || view! { <ReportPage data=data.clone() /> },
    )
    .await)
}

pub async fn report_page(
    State(state): State<AppState>,
    Path((lang, id)): Path<(String, String)>,
    staff: Staff,
) -> Response {
    let lang = lang_of(&lang);
    if let Err(error) = staff.require(Role::works_reports) {
        return error.into_response();
    }
    let Ok(id) = id.parse::<i64>() else {
        return TeamError::NotFound.into_response();
    };
    (report_view(
        &state,
        lang,
        &staff,
        id,
        None,
        String::new(),
        StatusCode::OK,
    )
    .await)
        .into_response()
}

/// A refused form on the report page: the page again with the message and what was typed.
struct Refusal {
    field: &'static str,
    key: &'static str,
    typed: String,
}

fn refuse(field: &'static str, key: &'static str, typed: &str) -> Result<(), Refusal> {
    Err(Refusal {
        field,
        key,
        typed: typed.chars().take(MAX_TEXT).collect(),
    })
}

/// `POST /{lang}/team/meldingen/{id}/{action}`
pub async fn report_action(
    State(state): State<AppState>,
    Path((lang, id, action)): Path<(String, String, String)>,
    staff: Staff,
    Form(fields): Form<HashMap<String, String>>,
) -> Response {
    let lang = lang_of(&lang);
    if let Err(error) = staff.require(Role::works_reports) {
        return error.into_response();
    }
    let Ok(id) = id.parse::<i64>() else {
        return TeamError::NotFound.into_response();
    };
    let outcome = match act(&state, &staff, id, &action, &fields).await {
        Ok(outcome) => outcome,
        Err(error) => return error.into_response(),
    };
    match outcome {
        Ok(()) => see_other(&team_href(lang, &format!("meldingen/{id}"))),
        Err(refusal) => {
            let notice = Some(Notice::Error {
                field: refusal.field,
                key: refusal.key,
            });
            (report_view(
                &state,
                lang,
                &staff,
                id,
                notice,
                refusal.typed,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await)
                .into_response()
        }
    }
}

async fn act(
    state: &AppState,
    staff: &Staff,
    id: i64,
    action: &str,
    fields: &HashMap<String, String>,
) -> Result<Result<(), Refusal>, TeamError> {
    let field = |name: &str| fields.get(name).map(String::as_str).unwrap_or_default();
    let work = state.db.report_work(id).await?.ok_or(TeamError::NotFound)?;
    let db = &state.db;
    let actor = staff.actor();
    let now = Utc::now();
    match action {
        "status" => {
            let Some(to) = Status::parse(field("to")) else {
                return Ok(refuse("status", "team-status-invalid", ""));
            };
            let mut tx = db.begin().await?;
            if move_to(work.status, to).is_err()
                || !tx.set_report_status(id, work.status, to, None, now).await?
            {
                return Ok(refuse("status", "team-status-invalid", ""));
            }
            tx.audit(
                &actor,
                AuditAction::StatusChanged,
                Some(id),
                &format!("{} → {}", work.status.as_str(), to.as_str()),
            )
            .await?;
            tx.commit().await?;
        }
        "afsluiten" => {
            let Some(outcome) = Outcome::parse(field("outcome")) else {
                return Ok(refuse("outcome", "team-outcome-missing", ""));
            };
            let mut tx = db.begin().await?;
            if close(work.status).is_err()
                || !tx
                    .set_report_status(id, work.status, Status::Closed, Some(outcome), now)
                    .await?
            {
                return Ok(refuse("outcome", "team-status-invalid", ""));
            }
            tx.audit(
                &actor,
                AuditAction::ReportClosed,
                Some(id),
                outcome.as_str(),
            )
            .await?;
            tx.commit().await?;
        }
        "bedrag" => {
            let typed = field("amount");
            let amount = if typed.trim().is_empty() {
                None
            } else {
                match parse_euros(typed) {
                    Some(amount) => Some(amount),
                    None => return Ok(refuse("amount", "team-amount-invalid", typed)),
                }
            };
            let fined_before = field("fined_before") == "yes";
            let mut tx = db.begin().await?;
            tx.set_estimate(id, amount, fined_before).await?;
            let detail = format!(
                "{} {}",
                amount
                    .map(|a| format!("€ {a}"))
                    .unwrap_or_else(|| "—".into()),
                if fined_before { "(eerder beboet)" } else { "" }
            );
            tx.audit(
                &actor,
                AuditAction::AmountEstimated,
                Some(id),
                detail.trim(),
            )
            .await?;
            tx.commit().await?;
        }
        "notitie" => {
            let note = field("note").trim();
            if note.is_empty() {
                return Ok(refuse("note", "team-note-empty", ""));
            }
            if note.chars().count() > MAX_TEXT {
                return Ok(refuse("note", "team-text-too-long", note));
            }
            let mut tx = db.begin().await?;
            tx.add_note(id, staff.session.user_id, note, now).await?;
            tx.mark_first_action(id, now).await?;
            tx.audit(&actor, AuditAction::NoteAdded, Some(id), "")
                .await?;
            tx.commit().await?;
        }
        "vraag" => {
            let question = field("question").trim();
            if question.is_empty() {
                return Ok(refuse("question", "team-question-empty", ""));
            }
            if question.chars().count() > MAX_TEXT {
                return Ok(refuse("question", "team-text-too-long", question));
            }
            if !work.status.is_open() {
                return Ok(refuse("question", "team-status-invalid", question));
            }
            let mut tx = db.begin().await?;
            tx.add_message(id, "team", question).await?;
            tx.mark_first_action(id, now).await?;
            tx.audit(&actor, AuditAction::QuestionAsked, Some(id), "")
                .await?;
            // Only "a question is waiting", and only when the reporter left an address.
            match crate::mail::notify_question_waiting_in(&mut tx, id, &state.team.public_url, now)
                .await
            {
                Ok(Some(_)) => {
                    tx.audit(&actor, AuditAction::QuestionMailQueued, Some(id), "")
                        .await?
                }
                Ok(None) => {}
                // The unit of work cannot go on after a failed write: nothing is kept.
                Err(crate::mail::MailError::Storage(error)) => return Err(error.into()),
                Err(error) => {
                    tracing::error!(%error, report = id, "could not queue the question mail")
                }
            }
            tx.commit().await?;
        }
        "koppelen" => {
            let Ok(other) = field("other").parse::<i64>() else {
                return Ok(refuse("other", "team-link-invalid", ""));
            };
            if other == id || db.report_work(other).await?.is_none() {
                return Ok(refuse("other", "team-link-invalid", ""));
            }
            let mut tx = db.begin().await?;
            tx.link_reports(id, other, staff.session.user_id, now)
                .await?;
            tx.audit(
                &actor,
                AuditAction::ReportsLinked,
                Some(id),
                &format!("#{other}"),
            )
            .await?;
            tx.commit().await?;
        }
        "toewijzen" => {
            let Ok(member) = field("member").parse::<i64>() else {
                return Ok(refuse("member", "team-member-invalid", ""));
            };
            // A member may take a new report; only a lead assigns to someone else.
            let self_take = member == staff.session.user_id && work.status == Status::New;
            if !self_take && !staff.session.role.leads() {
                return Err(TeamError::Forbidden);
            }
            let target = db
                .staff_user(member)
                .await?
                .filter(|u| u.active && u.role.works_reports());
            let Some(target) = target else {
                return Ok(refuse("member", "team-member-invalid", ""));
            };
            let mut tx = db.begin().await?;
            if !tx.assign_report(id, member, now).await? {
                return Ok(refuse("member", "team-status-invalid", ""));
            }
            tx.audit(
                &actor,
                AuditAction::ReportAssigned,
                Some(id),
                &target.display_name,
            )
            .await?;
            tx.commit().await?;
        }
        _ => return Err(TeamError::NotFound),
    }
    Ok(Ok(()))
}

pub async fn team_page(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    RawQuery(q): RawQuery,
    staff: Staff,
) -> Response {
    let lang = lang_of(&lang);
    if let Err(error) = staff.require(Role::leads) {
        return error.into_response();
    }
    let notice = query_map(q.as_deref())
        .get("verdeeld")
        .and_then(|n| n.parse::<i64>().ok())
        .map(|_| Notice::Done("team-distributed"));
    let result: Result<TeamView, TeamError> = async {
        let members = state.db.member_loads().await?;
        let unassigned = state.db.unassigned_reports().await?.len() as i64;
        let today = today();
        let overdue = state
            .db
            .untouched_reports()
            .await?
            .into_iter()
            .filter(|(_, received)| {
                is_overdue(
                    received.with_timezone(&chrono::Local).date_naive(),
                    false,
                    today,
                    state.team.first_action_days,
                )
            })
            .count() as i64;
        Ok(TeamView {
            members: members
                .into_iter()
                .map(|m| MemberLoad {
                    id: m.id,
                    name: m.name,
                    present: m.present,
                    open: m.open,
                    new: m.new,
                })
                .collect(),
            unassigned,
            overdue,
            require_totp: state.db.require_totp().await?,
            last_distribution: state
                .db
                .last_job_run(distribution::JOB)
                .await?
                .map(local_time),
            notice,
        })
    }
    .await;
    match result {
        Ok(data) => {
            super::shared::page(
                &state,
                lang,
                team_href(lang, "verdeling"),
                Some(staff.session.clone()),
                StatusCode::OK,
                move || view! { <TeamPage data=data.clone() /> },
            )
            .await
        }
        Err(error) => error.into_response(),
    }
}

pub async fn distribute_now(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    staff: Staff,
) -> Response {
    let lang = lang_of(&lang);
    if let Err(error) = staff.require(Role::leads) {
        return error.into_response();
    }
    match distribution::distribute(&state.db, &staff.actor(), &Utc::now().to_rfc3339()).await {
        Ok(count) => see_other(&format!(
            "{}?verdeeld={count}",
            team_href(lang, "verdeling")
        )),
        Err(error) => TeamError::Storage(error).into_response(),
    }
}

pub async fn set_member_presence(
    State(state): State<AppState>,
    Path((lang, id)): Path<(String, String)>,
    staff: Staff,
    Form(fields): Form<HashMap<String, String>>,
) -> Response {
    let lang = lang_of(&lang);
    if let Err(error) = staff.require(Role::leads) {
        return error.into_response();
    }
    let Ok(id) = id.parse::<i64>() else {
        return TeamError::NotFound.into_response();
    };
    let present = fields.get("present").map(String::as_str) == Some("true");
    if let Err(error) = state.db.set_present(id, present).await {
        return TeamError::Storage(error).into_response();
    }
    see_other(&team_href(lang, "verdeling"))
}

pub async fn team_settings(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    staff: Staff,
    Form(fields): Form<HashMap<String, String>>,
) -> Response {
    let lang = lang_of(&lang);
    if let Err(error) = staff.require(Role::leads) {
        return error.into_response();
    }
    let on = fields.get("require_totp").map(String::as_str) == Some("true");
    if let Err(error) = state.db.set_require_totp(on).await {
        return TeamError::Storage(error).into_response();
    }
    let _ = state
        .db
        .audit(
            &staff.actor(),
            AuditAction::SettingsChanged,
            None,
            if on {
                "require_totp on"
            } else {
                "require_totp off"
            },
        )
        .await;
    see_other(&team_href(lang, "verdeling"))
}

/// Parses a date from the filter form (`YYYY-MM-DD`), as the start of that local day.
fn day_start(text: &str) -> Option<chrono::DateTime<Utc>> {
    let date = NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").ok()?;
    chrono::Local
        .from_local_datetime(&date.and_hms_opt(0, 0, 0)?)
        .earliest()
        .map(|t| t.with_timezone(&Utc))
}

pub async fn audit_page(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    RawQuery(q): RawQuery,
    staff: Staff,
) -> Response {
    let lang = lang_of(&lang);
    if let Err(error) = staff.require(Role::leads) {
        return error.into_response();
    }
    let params = query_map(q.as_deref());
    let get = |k: &str| {
        params
            .get(k)
            .map(|v| v.trim().chars().take(100).collect::<String>())
            .unwrap_or_default()
    };
    let filter = AuditFilter {
        actor: get("actor"),
        action: get("action"),
        report: get("report"),
        from: get("van"),
        to: get("tot"),
    };
    let query = AuditQuery {
        actor: (!filter.actor.is_empty()).then(|| filter.actor.clone()),
        action: AuditAction::parse(&filter.action),
        report_id: filter.report.trim_start_matches('#').parse().ok(),
        from: day_start(&filter.from),
        until: day_start(&filter.to).map(|t| t + chrono::Duration::days(1)),
    };
    let page = get("pagina").parse::<i64>().unwrap_or(1).clamp(1, 100_000);
    let result: Result<AuditView, TeamError> = async {
        let (rows, total) = state
            .db
            .audit_log(&query, (page - 1) * PAGE_SIZE, PAGE_SIZE)
            .await?;
        let actions = state.db.audit_actions().await?;
        let actions = actions.iter().map(|a| a.as_str().to_owned()).collect();
        let pages = ((total + PAGE_SIZE - 1) / PAGE_SIZE).max(1);
        Ok(AuditView {
            filter,
            rows: rows
                .into_iter()
                .map(|r| AuditRow {
                    at: local_time(r.at),
                    detail: readable_detail(lang, &r.action, &r.detail),
                    actor: r.actor,
                    action: r.action,
                    report_id: r.report_id,
                })
                .collect(),
            actions,
            total,
            page: page.min(pages),
            pages,
        })
    }
    .await;
    match result {
        Ok(data) => {
            super::shared::page(
                &state,
                lang,
                team_href(lang, "logboek"),
                Some(staff.session.clone()),
                StatusCode::OK,
                move || view! { <AuditPage data=data.clone() /> },
            )
            .await
        }
        Err(error) => error.into_response(),
    }
}

/// A history line's detail in words: status and outcome ids become their names.
fn readable_detail(lang: Language, action: &str, detail: &str) -> String {
    let status = |id: &str| {
        Status::parse(id.trim())
            .map(|s| helder_app::i18n::t(lang, &format!("team-status-{}", s.as_str())))
            .unwrap_or_else(|| id.to_owned())
    };
    match AuditAction::parse(action) {
        Some(AuditAction::StatusChanged) => detail
            .split(" → ")
            .map(status)
            .collect::<Vec<_>>()
            .join(" → "),
        Some(AuditAction::ReportClosed) => Outcome::parse(detail)
            .map(|o| helder_app::i18n::t(lang, &format!("team-outcome-{}", o.as_str())))
            .unwrap_or_else(|| detail.to_owned()),
        _ => detail.to_owned(),
    }
}
