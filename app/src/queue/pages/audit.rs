//! The audit log (leads), filtered with a plain GET form.

use super::common::{audit_label, pager, report_href};
use crate::layout::FormGroup;
use crate::{
    i18n::{t, t_args, use_language},
    layout::PageHeading,
    staff::{StaffTable, team_href},
};
use helder_domain::languages::Language;
use leptos::prelude::*;

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
    let rows = audit_rows(lang, &data.rows);
    let query = format!(
        "actor={}&action={}&report={}&van={}&tot={}",
        encode(&f.actor),
        encode(&f.action),
        encode(&f.report),
        encode(&f.from),
        encode(&f.to)
    );
    let pager = pager(
        lang,
        &format!("{}?{query}&", team_href(lang, "logboek")),
        data.page,
        data.pages,
    );
    view! {
        <PageHeading text=heading />
        <form class="hl-filter" method="get" action=team_href(lang, "logboek")>
            <FormGroup id="actor" label=t(lang, "team-audit-actor")>
                <input class="hl-input" type="text" id="actor" name="actor" value=f.actor.clone() />
            </FormGroup>
            <FormGroup id="action" label=t(lang, "team-audit-action")>
                <select class="hl-select" id="action" name="action">{action_options}</select>
            </FormGroup>
            <FormGroup id="report" label=t(lang, "team-report")>
                <input class="hl-input hl-input--short" type="text" id="report" name="report" inputmode="numeric" value=f.report.clone() />
            </FormGroup>
            <FormGroup id="van" label=t(lang, "team-audit-from")>
                <input class="hl-input hl-input--short" type="date" id="van" name="van" value=f.from.clone() />
            </FormGroup>
            <FormGroup id="tot" label=t(lang, "team-audit-to")>
                <input class="hl-input hl-input--short" type="date" id="tot" name="tot" value=f.to.clone() />
            </FormGroup>
            <button class="hl-button hl-button--secondary" type="submit">{t(lang, "team-filter")}</button>
        </form>
        <p class="hl-body" role="status">{t_args(lang, "team-audit-count", &[("count", &data.total.to_string())])}</p>
        <StaffTable caption="team-audit-title" headers=&["team-audit-when", "team-audit-actor", "team-audit-action", "team-report", "team-audit-detail"]>{rows}</StaffTable>
        {pager}
    }
}

/// The log's rows.
fn audit_rows(lang: Language, rows: &[AuditRow]) -> impl IntoView + use<> {
    rows.iter()
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
        .collect_view()
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
