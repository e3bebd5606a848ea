//! What the queue pages share: links, labels, the status tag and the pager.

use crate::{
    i18n::{t, t_args, use_language},
    report::pages::QuestionnaireContext,
    staff::team_href,
};
use helder_domain::{
    audit::AuditAction,
    languages::Language,
    outcomes::{OutcomeRecord, euros_text},
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

pub(super) fn kind_labels(lang: Language, kinds: &[String]) -> String {
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

pub(super) fn outcome_text(lang: Language, outcome: Outcome) -> String {
    t(lang, &format!("team-outcome-{}", outcome.as_str()))
}

/// One outcome with its details in words: "Terugvordering: € 4.250", "Maatregel: 20% minder
/// gedurende 3 maanden", "Doorgestuurd naar: UWV".
pub fn outcome_line(lang: Language, record: &OutcomeRecord) -> String {
    let name = outcome_text(lang, record.outcome);
    let details = match record {
        OutcomeRecord {
            euros: Some(euros), ..
        } => Some(euros_text(*euros)),
        OutcomeRecord {
            percent: Some(percent),
            months: Some(months),
            ..
        } => Some(t_args(
            lang,
            "team-outcome-measure-detail",
            &[
                ("percent", &percent.to_string()),
                ("months", &months.to_string()),
            ],
        )),
        OutcomeRecord {
            referred_to: Some(to),
            ..
        } => Some(to.clone()),
        _ => None,
    };
    match details {
        Some(details) => format!("{name}: {details}"),
        None => name,
    }
}

/// A status as a tag with its colour (and the word, never colour alone).
#[component]
pub fn StatusTag(status: Status) -> impl IntoView {
    let lang = use_language();
    view! {
        <strong class=format!("hl-tag hl-tag--{}", status.as_str())>{status_text(lang, status)}</strong>
    }
}

/// Previous and next links when there is more than one page; `prefix` is the link up to
/// `pagina=`.
pub(super) fn pager(
    lang: Language,
    prefix: &str,
    page: i64,
    pages: i64,
) -> Option<impl IntoView + use<>> {
    (pages > 1).then(|| {
        let previous = (page > 1).then(|| {
            view! { <a href=format!("{prefix}pagina={}", page - 1)>{t(lang, "team-previous")}</a> }
        });
        let next = (page < pages).then(|| {
            view! { <a href=format!("{prefix}pagina={}", page + 1)>{t(lang, "team-next")}</a> }
        });
        view! {
            <nav class="hl-pager" aria-label=t(lang, "team-pages")>
                {previous}
                <span>{t_args(lang, "team-page-of", &[("page", &page.to_string()), ("pages", &pages.to_string())])}</span>
                {next}
            </nav>
        }
    })
}
