//! My queue and all open reports.

use super::common::{StatusTag, kind_labels, report_href};
use crate::{
    i18n::{t, t_args, use_language},
    layout::PageHeading,
    staff::{Municipalities, MunicipalitySelect, StaffTable, team_href},
};
use helder_domain::queue::Status;
use leptos::prelude::*;

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
    /// The municipality it was sent to (its name).
    pub municipality: String,
}

#[derive(Debug, Clone, Default)]
pub struct QueueView {
    pub scope: QueueScope,
    pub rows: Vec<QueueRow>,
    pub total: i64,
    /// How many reports come before this page and after it (the page is found by key).
    pub before: i64,
    pub after: i64,
    /// The organisation's municipalities and the one shown.
    pub municipalities: Municipalities,
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
    let several = data.municipalities.several();
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
            let municipality = several.then(|| view! { <td>{row.municipality.clone()}</td> });
            view! {
                <tr>
                    <td><a href=report_href(lang, row.id)>{format!("#{}", row.id)}</a></td>
                    {municipality}
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
    let pager = keyset_pager(
        lang,
        &format!(
            "{}?{}",
            team_href(lang, path),
            data.municipalities.query_prefix()
        ),
        &data,
    );
    let empty = data
        .rows
        .is_empty()
        .then(|| view! { <p class="hl-body">{t(lang, "team-queue-empty")}</p> });
    view! {
        <PageHeading text=heading />
        {several.then(|| view! {
            <form class="hl-filter" method="get" action=team_href(lang, path)>
                <MunicipalitySelect municipalities=data.municipalities.clone() />
                <button class="hl-button hl-button--secondary" type="submit">{t(lang, "team-filter")}</button>
            </form>
        })}
        <p class="hl-body"><a class="hl-button hl-button--secondary" href=team_href(lang, "meldingen/nieuw")>{t(lang, "team-tip-link")}</a></p>
        <p class="hl-body" role="status">{count}</p>
        {empty}
        {(!data.rows.is_empty()).then(|| if several {
            view! {
                <StaffTable caption=title_key headers=&["team-report", "team-municipality", "team-received", "team-kinds", "team-status", "team-assignee", "team-contact", "team-same-subject"]>{rows}</StaffTable>
            }.into_any()
        } else {
            view! {
                <StaffTable caption=title_key headers=&["team-report", "team-received", "team-kinds", "team-status", "team-assignee", "team-contact", "team-same-subject"]>{rows}</StaffTable>
            }.into_any()
        })}
        {pager}
    }
}

/// First, previous, next and last page, and which reports this page shows ("51–100 of
/// 18,000"). Previous and next name the report the page starts after or ends before, so a
/// page costs the same wherever it lies in the queue.
fn keyset_pager(
    lang: helder_domain::languages::Language,
    prefix: &str,
    data: &QueueView,
) -> Option<impl IntoView + use<>> {
    let (first, last) = (data.rows.first()?, data.rows.last()?);
    (data.before > 0 || data.after > 0).then(|| {
        let link = |query: String, key: &str| {
            view! { <a href=format!("{prefix}{query}")>{t(lang, key)}</a> }
        };
        let backward = (data.before > 0).then(|| {
            view! {
                {link(String::new(), "team-first-page")}
                {link(format!("voor={}", first.id), "team-previous")}
            }
        });
        let forward = (data.after > 0).then(|| {
            view! {
                {link(format!("na={}", last.id), "team-next")}
                {link("laatste=1".into(), "team-last-page")}
            }
        });
        let from = data.before + 1;
        let to = data.before + data.rows.len() as i64;
        view! {
            <nav class="hl-pager" aria-label=t(lang, "team-pages")>
                {backward}
                <span>{t_args(lang, "team-queue-range", &[("from", &from.to_string()), ("to", &to.to_string()), ("count", &data.total.to_string())])}</span>
                {forward}
            </nav>
        }
    })
}
