//! Pages of the intake queue. The server checks the role, loads the data, writes the audit
//! log and puts one of the view types below in the request; these components only render.

use crate::{
    i18n::{t, t_args, use_language},
    layout::PageTitle,
    report::pages::QuestionnaireContext,
    staff::{
        CsrfField,
        pages::{Notice, NoticeBox},
        staff_session, team_href,
    },
};
use helder_domain::{
    audit::AuditAction,
    languages::Language,
    queue::{Outcome, Status},
};
use leptos::prelude::*;

pub fn report_href(lang: Language, id: i64) -> String {
    team_href(lang, &format!("meldingen/{id}"))
}

/// The label of an audit-log action (`audit-<id>` in Fluent); an identifier Helder does not
/// know is shown as it is.
pub fn audit_label(lang: Language, id: &str) -> String {
    match AuditAction::parse(id) {
        Some(action) => t(lang, &action.message_id()),
        None => id.to_owned(),
    }
}

fn kind_labels(lang: Language, kinds: &[String]) -> String {
    let questionnaire = use_context::<QuestionnaireContext>();
    kinds
        .iter()
        .map(|id| {
            // A short staff name when there is one; else the questionnaire's label.
            let key = format!("team-kind-{id}");
            let short = t(lang, &key);
            if short != key {
                return short;
            }
            questionnaire
                .as_ref()
                .and_then(|q| q.0.kind(id))
                .map(|k| k.label.get(lang).to_owned())
                .unwrap_or_else(|| id.clone())
        })
        .collect::<Vec<_>>()
        .join(", ")
}

pub fn status_text(lang: Language, status: Status) -> String {
    t(lang, &format!("team-status-{}", status.as_str()))
}

fn outcome_text(lang: Language, outcome: Outcome) -> String {
    t(lang, &format!("team-outcome-{}", outcome.as_str()))
}

/// A status as a tag with its colour (and the word, never colour alone).
#[component]
pub fn StatusTag(status: Status) -> impl IntoView {
    let lang = use_language();
    view! {
        <strong class=format!("hl-tag hl-tag--{}", status.as_str())>{status_text(lang, status)}</strong>
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum QueueScope {
    #[default]
    Mine,
    AllOpen,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueueRow {
    pub id: i64,
    pub received: String,
    pub kinds: Vec<String>,
    pub status: Status,
    pub assignee: Option<String>,
    pub overdue: bool,
    pub same_subject: i64,
    pub has_contact: bool,
}

#[derive(Debug, Clone, Default)]
pub struct QueueView {
    pub scope: QueueScope,
    pub rows: Vec<QueueRow>,
    pub total: i64,
    pub page: i64,
    pub pages: i64,
}

/// `/{lang}/team/meldingen` (mine) and `/{lang}/team/meldingen/alle` (all open).
#[component]
pub fn QueuePage(data: QueueView) -> impl IntoView {
    let lang = use_language();
    let (title_key, path) = match data.scope {
        QueueScope::Mine => ("team-queue-mine-title", "meldingen"),
        QueueScope::AllOpen => ("team-queue-all-title", "meldingen/alle"),
    };
    let heading = t(lang, title_key);
    let count = t_args(
        lang,
        "team-queue-count",
        &[("count", &data.total.to_string())],
    );
    let rows = data
        .rows
        .iter()
        .map(|row| {
            let overdue = row.overdue.then(|| {
                view! { <strong class="hl-tag hl-tag--overdue">{t(lang, "team-overdue")}</strong> }
            });
            let same = (row.same_subject > 0).then(|| {
                t_args(
                    lang,
                    "team-same-subject-count",
                    &[("count", &row.same_subject.to_string())],
                )
            });
            view! {
                <tr>
                    <td><a href=report_href(lang, row.id)>{format!("#{}", row.id)}</a></td>
                    <td>{row.received.clone()}</td>
                    <td>{kind_labels(lang, &row.kinds)}</td>
                    <td><StatusTag status=row.status /> " " {overdue}</td>
                    <td>{row.assignee.clone().unwrap_or_else(|| t(lang, "team-unassigned"))}</td>
                    <td>{t(lang, if row.has_contact { "team-yes" } else { "team-no" })}</td>
                    <td>{same}</td>
                </tr>
            }
        })
        .collect_view();
    let pager = (data.pages > 1).then(|| {
        let previous = (data.page > 1).then(|| {
            view! { <a href=format!("{}?pagina={}", team_href(lang, path), data.page - 1)>{t(lang, "team-previous")}</a> }
        });
        let next = (data.page < data.pages).then(|| {
            view! { <a href=format!("{}?pagina={}", team_href(lang, path), data.page + 1)>{t(lang, "team-next")}</a> }
        });
        view! {
            <nav class="hl-pager" aria-label=t(lang, "team-pages")>
                {previous}
                <span>{t_args(lang, "team-page-of", &[("page", &data.page.to_string()), ("pages", &data.pages.to_string())])}</span>
                {next}
            </nav>
        }
    });
    let empty = data
        .rows
        .is_empty()
        .then(|| view! { <p class="hl-body">{t(lang, "team-queue-empty")}</p> });
    view! {
        <PageTitle text=heading.clone() />
        <h1 class="hl-heading-xl">{heading}</h1>
        <p class="hl-body" role="status">{count}</p>
        {empty}
        {(!data.rows.is_empty()).then(|| view! {
            <div class="hl-table-wrap">
                <table class="hl-table">
                    <caption class="hl-visually-hidden">{t(lang, title_key)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t(lang, "team-report")}</th>
                            <th scope="col">{t(lang, "team-received")}</th>
                            <th scope="col">{t(lang, "team-kinds")}</th>
                            <th scope="col">{t(lang, "team-status")}</th>
                            <th scope="col">{t(lang, "team-assignee")}</th>
                            <th scope="col">{t(lang, "team-contact")}</th>
                            <th scope="col">{t(lang, "team-same-subject")}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        })}
        {pager}
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswerRow {
    pub question_asked: String,
    pub question_nl: String,
    pub answer: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RelatedReport {
    pub id: i64,
    pub received: String,
    pub status: Status,
    pub linked: bool,
    /// Why it is shown: "name", "address" or both.
    pub matches: Vec<&'static str>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub at: String,
    pub who: String,
    pub text: String,
}

#[derive(Debug, Clone, Default)]
pub struct ReportView {
    pub id: i64,
    pub received: String,
    /// The language the reporter used (its name in that language).
    pub language: String,
    pub kinds: Vec<String>,
    pub status: Option<Status>,
    pub outcome: Option<Outcome>,
    pub assignee: Option<String>,
    pub assigned_to_me: bool,
    pub answers: Vec<AnswerRow>,
    pub has_contact: bool,
    pub has_email: bool,
    pub estimated_amount: Option<i64>,
    pub fined_before: bool,
    pub suggests_red: bool,
    pub overdue: bool,
    pub related: Vec<RelatedReport>,
    pub notes: Vec<Entry>,
    /// Follow-up: questions of the team and answers of the reporter.
    pub messages: Vec<Entry>,
    pub history: Vec<Entry>,
    /// For a lead: the members to reassign to (id, name).
    pub members: Vec<(i64, String)>,
    pub notice: Option<Notice>,
    /// What was typed into a form that was refused, to show again.
    pub typed: String,
}

/// `/{lang}/team/meldingen/{id}`
#[component]
pub fn ReportPage(data: ReportView) -> impl IntoView {
    let lang = use_language();
    let Some(session) = staff_session() else {
        return ().into_any();
    };
    let csrf = session.csrf.clone();
    let id = data.id;
    let status = data.status.unwrap_or(Status::New);
    let heading = t_args(lang, "team-report-title", &[("id", &id.to_string())]);
    let title = match data.notice {
        Some(Notice::Error { .. }) => format!("{}: {heading}", t(lang, "team-error-prefix")),
        _ => heading.clone(),
    };
    let action = |rest: &str| team_href(lang, &format!("meldingen/{id}/{rest}"));

    let answers = data
        .answers
        .iter()
        .map(|a| {
            let dutch = (a.question_nl != a.question_asked).then(|| {
                view! { <span class="hl-hint">{format!(" ({})", a.question_nl)}</span> }
            });
            view! {
                <div class="hl-summary__row">
                    <dt class="hl-summary__key">{a.question_asked.clone()}{dutch}</dt>
                    <dd class="hl-summary__value hl-pre-wrap">{a.answer.clone()}</dd>
                </div>
            }
        })
        .collect_view();

    let overdue = data.overdue.then(|| {
        view! { <strong class="hl-tag hl-tag--overdue">{t(lang, "team-overdue")}</strong> }
    });
    let outcome = data.outcome.map(|o| {
        view! {
            <div class="hl-summary__row">
                <dt class="hl-summary__key">{t(lang, "team-outcome")}</dt>
                <dd class="hl-summary__value">{outcome_text(lang, o)}</dd>
            </div>
        }
    });

    // Workflow: the next steps this status allows, each its own button.
    let next_buttons = status
        .next()
        .iter()
        .map(|next| {
            view! {
                <form class="hl-inline-form" method="post" action=action("status")>
                    <CsrfField token=csrf.clone() />
                    <input type="hidden" name="to" value=next.as_str() />
                    <button class=format!("hl-button hl-button--secondary hl-button--track-{}", next.as_str()) type="submit">
                        {t(lang, &format!("team-move-{}", next.as_str()))}
                    </button>
                </form>
            }
        })
        .collect_view();
    let take = (status == Status::New && session.role.works_reports()).then(|| {
        view! {
            <form class="hl-inline-form" method="post" action=action("toewijzen")>
                <CsrfField token=csrf.clone() />
                <input type="hidden" name="member" value=session.user_id.to_string() />
                <button class="hl-button hl-button--secondary" type="submit">{t(lang, "team-take")}</button>
            </form>
        }
    });
    let close_form = status.can_close().then(|| {
        let options = Outcome::ALL
            .into_iter()
            .enumerate()
            .map(|(i, o)| {
                let field_id = if i == 0 { "outcome".to_owned() } else { format!("outcome-{}", o.as_str()) };
                view! {
                    <div class="hl-radio">
                        <input class="hl-radio__input" type="radio" name="outcome" id=field_id.clone() value=o.as_str() />
                        <label class="hl-radio__label" for=field_id>{outcome_text(lang, o)}</label>
                    </div>
                }
            })
            .collect_view();
        view! {
            <form method="post" action=action("afsluiten") novalidate=true>
                <CsrfField token=csrf.clone() />
                <fieldset class="hl-fieldset">
                    <legend class="hl-heading-s">{t(lang, "team-close-legend")}</legend>
                    {options}
                </fieldset>
                <button class="hl-button" type="submit">{t(lang, "team-close")}</button>
            </form>
        }
    });
    let reassign = (!data.members.is_empty() && status.is_open()).then(|| {
        let options = data
            .members
            .iter()
            .map(|(mid, name)| view! { <option value=mid.to_string()>{name.clone()}</option> })
            .collect_view();
        view! {
            <form method="post" action=action("toewijzen")>
                <CsrfField token=csrf.clone() />
                <div class="hl-form-group">
                    <label class="hl-label" for="member">{t(lang, "team-reassign")}</label>
                    <select class="hl-select" id="member" name="member">{options}</select>
                </div>
                <button class="hl-button hl-button--secondary" type="submit">{t(lang, "team-reassign-button")}</button>
            </form>
        }
    });
    let red = data.suggests_red.then(|| {
        view! { <div class="hl-notice hl-notice--warning" role="status"><p class="hl-body">{t(lang, "team-suggest-red")}</p></div> }
    });

    let related = if data.related.is_empty() {
        view! { <p class="hl-body">{t(lang, "team-same-subject-none")}</p> }.into_any()
    } else {
        let items = data
            .related
            .iter()
            .map(|r| {
                let why = r
                    .matches
                    .iter()
                    .map(|m| t(lang, &format!("team-match-{m}")))
                    .collect::<Vec<_>>()
                    .join(", ");
                let link_form = (!r.linked).then(|| {
                    view! {
                        <form class="hl-inline-form" method="post" action=action("koppelen")>
                            <CsrfField token=csrf.clone() />
                            <input type="hidden" name="other" value=r.id.to_string() />
                            <button class="hl-button hl-button--secondary hl-button--small" type="submit">
                                {t(lang, "team-link")}
                                <span class="hl-visually-hidden">{format!(" #{}", r.id)}</span>
                            </button>
                        </form>
                    }
                });
                let linked = r.linked.then(|| view! { <strong class="hl-tag">{t(lang, "team-linked")}</strong> });
                view! {
                    <li>
                        <a href=report_href(lang, r.id)>{format!("#{}", r.id)}</a>
                        {format!(" · {} · ", r.received)}
                        <StatusTag status=r.status />
                        {format!(" · {why} ")}
                        {linked}
                        {link_form}
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="hl-list">{items}</ul> }.into_any()
    };
    let entries = |list: &[Entry]| {
        list.iter()
            .map(|e| {
                view! {
                    <li class="hl-timeline__item">
                        <p class="hl-caption">{format!("{} · {}", e.at, e.who)}</p>
                        <p class="hl-body hl-pre-wrap">{e.text.clone()}</p>
                    </li>
                }
            })
            .collect_view()
    };
    let notes = entries(&data.notes);
    let messages = entries(&data.messages);
    let history = entries(&data.history);
    let notice = data.notice.clone();
    let error_for = |field: &str| match &notice {
        Some(Notice::Error { field: f, key }) if *f == field => Some(view! {
            <p class="hl-error-message" id=format!("{field}-error")>{t(lang, key)}</p>
        }),
        _ => None,
    };
    let typed_for = |field: &str| match &notice {
        Some(Notice::Error { field: f, .. }) if *f == field => data.typed.clone(),
        _ => String::new(),
    };
    // The reporter reads questions with the receipt code, with or without contact details.
    let question_form = view! {
            <form method="post" action=action("vraag") novalidate=true>
                <CsrfField token=csrf.clone() />
                <div class="hl-form-group">
                    <label class="hl-label" for="question">{t(lang, "team-ask")}</label>
                    <p class="hl-hint">{t(lang, if data.has_email { "team-ask-hint-mail" } else { "team-ask-hint-code" })}</p>
                    {error_for("question")}
                    <textarea class="hl-textarea" id="question" name="question" rows="4" maxlength="2000">{crate::layout::textarea_text(&typed_for("question"))}</textarea>
                </div>
                <button class="hl-button hl-button--secondary" type="submit">{t(lang, "team-ask-button")}</button>
            </form>
    };
    let amount_value = data
        .estimated_amount
        .map(|a| a.to_string())
        .unwrap_or_default();
    let amount_value = if typed_for("amount").is_empty() {
        amount_value
    } else {
        typed_for("amount")
    };

    view! {
        <PageTitle text=title />
        <p class="hl-back"><a href=team_href(lang, "meldingen")>{t(lang, "team-back-to-queue")}</a></p>
        <h1 class="hl-heading-xl">{heading}</h1>
        <NoticeBox notice=data.notice.clone() />
        <p class="hl-body"><StatusTag status=status /> " " {overdue}</p>
        <dl class="hl-summary">
            <div class="hl-summary__row">
                <dt class="hl-summary__key">{t(lang, "team-received")}</dt>
                <dd class="hl-summary__value">{data.received.clone()}</dd>
            </div>
            <div class="hl-summary__row">
                <dt class="hl-summary__key">{t(lang, "team-kinds")}</dt>
                <dd class="hl-summary__value">{kind_labels(lang, &data.kinds)}</dd>
            </div>
            <div class="hl-summary__row">
                <dt class="hl-summary__key">{t(lang, "team-language")}</dt>
                <dd class="hl-summary__value">{data.language.clone()}</dd>
            </div>
            <div class="hl-summary__row">
                <dt class="hl-summary__key">{t(lang, "team-contact")}</dt>
                <dd class="hl-summary__value">{t(lang, if data.has_contact { "team-contact-yes" } else { "team-contact-no" })}</dd>
            </div>
            <div class="hl-summary__row">
                <dt class="hl-summary__key">{t(lang, "team-assignee")}</dt>
                <dd class="hl-summary__value">{data.assignee.clone().unwrap_or_else(|| t(lang, "team-unassigned"))}</dd>
            </div>
            {outcome}
        </dl>

        <h2 class="hl-heading-l">{t(lang, "team-answers")}</h2>
        <dl class="hl-summary">{answers}</dl>

        <h2 class="hl-heading-l">{t(lang, "team-work")}</h2>
        {red}
        <div class="hl-button-group">{take}{next_buttons}</div>
        <form method="post" action=action("bedrag") novalidate=true>
            <CsrfField token=csrf.clone() />
            <div class="hl-form-group">
                <label class="hl-label" for="amount">{t(lang, "team-amount")}</label>
                <p class="hl-hint">{t(lang, "team-amount-hint")}</p>
                {error_for("amount")}
                <input class="hl-input hl-input--short" type="text" id="amount" name="amount" inputmode="numeric" value=amount_value />
            </div>
            <div class="hl-checkbox">
                <input class="hl-checkbox__input" type="checkbox" id="fined_before" name="fined_before" value="yes" checked=data.fined_before />
                <label class="hl-checkbox__label" for="fined_before">{t(lang, "team-fined-before")}</label>
            </div>
            <button class="hl-button hl-button--secondary" type="submit">{t(lang, "team-save")}</button>
        </form>
        {close_form}
        {reassign}

        <h2 class="hl-heading-l">{t(lang, "team-follow-up")}</h2>
        <ul class="hl-timeline">{messages}</ul>
        {question_form}

        <h2 class="hl-heading-l">{t(lang, "team-same-subject")}</h2>
        {related}

        <h2 class="hl-heading-l">{t(lang, "team-notes")}</h2>
        <ul class="hl-timeline">{notes}</ul>
        <form method="post" action=action("notitie") novalidate=true>
            <CsrfField token=csrf.clone() />
            <div class="hl-form-group">
                <label class="hl-label" for="note">{t(lang, "team-note-add")}</label>
                {error_for("note")}
                <textarea class="hl-textarea" id="note" name="note" rows="3" maxlength="4000">{crate::layout::textarea_text(&typed_for("note"))}</textarea>
            </div>
            <button class="hl-button hl-button--secondary" type="submit">{t(lang, "team-note-button")}</button>
        </form>

        <h2 class="hl-heading-l">{t(lang, "team-history")}</h2>
        <ul class="hl-timeline">{history}</ul>
    }
    .into_any()
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberLoad {
    pub id: i64,
    pub name: String,
    pub present: bool,
    pub open: i64,
    pub new: i64,
}

#[derive(Debug, Clone, Default)]
pub struct TeamView {
    pub members: Vec<MemberLoad>,
    pub unassigned: i64,
    pub overdue: i64,
    pub require_totp: bool,
    pub last_distribution: Option<String>,
    pub notice: Option<Notice>,
}

/// `/{lang}/team/verdeling` (leads): workload, presence, distribute now, team settings.
#[component]
pub fn TeamPage(data: TeamView) -> impl IntoView {
    let lang = use_language();
    let Some(session) = staff_session() else {
        return ().into_any();
    };
    let csrf = session.csrf.clone();
    let heading = t(lang, "team-team-title");
    let rows = data
        .members
        .iter()
        .map(|m| {
            let (value, button) = if m.present { ("false", "team-present-set-away") } else { ("true", "team-present-set-here") };
            view! {
                <tr>
                    <td>{m.name.clone()}</td>
                    <td>{t(lang, if m.present { "team-present-yes-short" } else { "team-present-no-short" })}</td>
                    <td class="hl-numeric">{m.open}</td>
                    <td class="hl-numeric">{m.new}</td>
                    <td>
                        <form method="post" action=team_href(lang, &format!("verdeling/{}/aanwezig", m.id))>
                            <CsrfField token=csrf.clone() />
                            <input type="hidden" name="present" value=value />
                            <button class="hl-button hl-button--secondary hl-button--small" type="submit">
                                {t(lang, button)}
                                <span class="hl-visually-hidden">{format!(" {}", m.name)}</span>
                            </button>
                        </form>
                    </td>
                </tr>
            }
        })
        .collect_view();
    let last = data
        .last_distribution
        .clone()
        .map(|at| t_args(lang, "team-last-distribution", &[("at", &at)]))
        .unwrap_or_else(|| t(lang, "team-no-distribution-yet"));
    let (totp_value, totp_button) = if data.require_totp {
        ("false", "team-require-totp-off")
    } else {
        ("true", "team-require-totp-on")
    };
    view! {
        <PageTitle text=heading.clone() />
        <h1 class="hl-heading-xl">{heading}</h1>
        <NoticeBox notice=data.notice.clone() />
        <p class="hl-body">{t_args(lang, "team-unassigned-count", &[("count", &data.unassigned.to_string())])}</p>
        <p class="hl-body">{t_args(lang, "team-overdue-count", &[("count", &data.overdue.to_string())])}</p>
        <p class="hl-body">{last}</p>
        <form method="post" action=team_href(lang, "verdelen")>
            <CsrfField token=csrf.clone() />
            <button class="hl-button" type="submit">{t(lang, "team-distribute-now")}</button>
        </form>
        <div class="hl-table-wrap">
            <table class="hl-table">
                <caption class="hl-heading-m">{t(lang, "team-workload")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t(lang, "team-name")}</th>
                        <th scope="col">{t(lang, "team-present-title")}</th>
                        <th scope="col" class="hl-numeric">{t(lang, "team-open")}</th>
                        <th scope="col" class="hl-numeric">{t(lang, "team-new")}</th>
                        <th scope="col"><span class="hl-visually-hidden">{t(lang, "team-actions")}</span></th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        <h2 class="hl-heading-m">{t(lang, "team-totp-section")}</h2>
        <p class="hl-body">{t(lang, if data.require_totp { "team-require-totp-is-on" } else { "team-require-totp-is-off" })}</p>
        <form method="post" action=team_href(lang, "instellingen")>
            <CsrfField token=csrf.clone() />
            <input type="hidden" name="require_totp" value=totp_value />
            <button class="hl-button hl-button--secondary" type="submit">{t(lang, totp_button)}</button>
        </form>
    }
    .into_any()
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AuditFilter {
    pub actor: String,
    pub action: String,
    pub report: String,
    pub from: String,
    pub to: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditRow {
    pub at: String,
    pub actor: String,
    pub action: String,
    pub report_id: Option<i64>,
    pub detail: String,
}

#[derive(Debug, Clone, Default)]
pub struct AuditView {
    pub filter: AuditFilter,
    pub rows: Vec<AuditRow>,
    pub actions: Vec<String>,
    pub total: i64,
    pub page: i64,
    pub pages: i64,
}

/// `/{lang}/team/logboek` (leads): the audit log, filtered with a plain GET form.
#[component]
pub fn AuditPage(data: AuditView) -> impl IntoView {
    let lang = use_language();
    let heading = t(lang, "team-audit-title");
    let f = data.filter.clone();
    let action_options = std::iter::once(String::new())
        .chain(data.actions.iter().cloned())
        .map(|a| {
            let label = if a.is_empty() {
                t(lang, "team-audit-any")
            } else {
                audit_label(lang, &a)
            };
            let selected = a == f.action;
            view! { <option value=a.clone() selected=selected>{label}</option> }
        })
        .collect_view();
    let rows = data
        .rows
        .iter()
        .map(|r| {
            let report = r
                .report_id
                .map(|id| view! { <a href=report_href(lang, id)>{format!("#{id}")}</a> });
            view! {
                <tr>
                    <td>{r.at.clone()}</td>
                    <td>{r.actor.clone()}</td>
                    <td>{audit_label(lang, &r.action)}</td>
                    <td>{report}</td>
                    <td>{r.detail.clone()}</td>
                </tr>
            }
        })
        .collect_view();
    let query = format!(
        "actor={}&action={}&report={}&van={}&tot={}",
        encode(&f.actor),
        encode(&f.action),
        encode(&f.report),
        encode(&f.from),
        encode(&f.to)
    );
    let pager = (data.pages > 1).then(|| {
        let base = team_href(lang, "logboek");
        let previous = (data.page > 1).then(|| view! { <a href=format!("{base}?{query}&pagina={}", data.page - 1)>{t(lang, "team-previous")}</a> });
        let next = (data.page < data.pages).then(|| view! { <a href=format!("{base}?{query}&pagina={}", data.page + 1)>{t(lang, "team-next")}</a> });
        view! {
            <nav class="hl-pager" aria-label=t(lang, "team-pages")>
                {previous}
                <span>{t_args(lang, "team-page-of", &[("page", &data.page.to_string()), ("pages", &data.pages.to_string())])}</span>
                {next}
            </nav>
        }
    });
    view! {
        <PageTitle text=heading.clone() />
        <h1 class="hl-heading-xl">{heading}</h1>
        <form class="hl-filter" method="get" action=team_href(lang, "logboek")>
            <div class="hl-form-group">
                <label class="hl-label" for="actor">{t(lang, "team-audit-actor")}</label>
                <input class="hl-input" type="text" id="actor" name="actor" value=f.actor.clone() />
            </div>
            <div class="hl-form-group">
                <label class="hl-label" for="action">{t(lang, "team-audit-action")}</label>
                <select class="hl-select" id="action" name="action">{action_options}</select>
            </div>
            <div class="hl-form-group">
                <label class="hl-label" for="report">{t(lang, "team-report")}</label>
                <input class="hl-input hl-input--short" type="text" id="report" name="report" inputmode="numeric" value=f.report.clone() />
            </div>
            <div class="hl-form-group">
                <label class="hl-label" for="van">{t(lang, "team-audit-from")}</label>
                <input class="hl-input hl-input--short" type="date" id="van" name="van" value=f.from.clone() />
            </div>
            <div class="hl-form-group">
                <label class="hl-label" for="tot">{t(lang, "team-audit-to")}</label>
                <input class="hl-input hl-input--short" type="date" id="tot" name="tot" value=f.to.clone() />
            </div>
            <button class="hl-button hl-button--secondary" type="submit">{t(lang, "team-filter")}</button>
        </form>
        <p class="hl-body" role="status">{t_args(lang, "team-audit-count", &[("count", &data.total.to_string())])}</p>
        <div class="hl-table-wrap">
            <table class="hl-table">
                <caption class="hl-visually-hidden">{t(lang, "team-audit-title")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t(lang, "team-audit-when")}</th>
                        <th scope="col">{t(lang, "team-audit-actor")}</th>
                        <th scope="col">{t(lang, "team-audit-action")}</th>
                        <th scope="col">{t(lang, "team-report")}</th>
                        <th scope="col">{t(lang, "team-audit-detail")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        {pager}
    }
}

/// Percent-encodes a filter value for a link.
fn encode(value: &str) -> String {
    value
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            other => format!("%{other:02X}"),
        })
        .collect()
}
