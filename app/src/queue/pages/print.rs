//! A report's print view for the municipality's case file: the report page without its
//! forms, marked confidential, with who printed it and when (the audit log has the same).

use super::{
    common::StatusTag,
    report::{Entry, ReportView, answers, entries, evidence, related, summary},
};
use crate::{
    i18n::{t, t_args, use_language},
    layout::{PageTitle, PrintButton},
    staff::team_href,
};
use helder_domain::queue::{EarlierFine, Status, format_euros};
use leptos::prelude::*;

#[derive(Debug, Clone, Default)]
pub struct PrintedReport {
    pub report: ReportView,
    /// The name of who printed it, and when (local time).
    pub printed_by: String,
    pub printed_at: String,
}

/// `/{lang}/team/meldingen/{id}/afdrukken`
#[component]
pub fn ReportPrintPage(data: PrintedReport) -> impl IntoView {
    let lang = use_language();
    let report = &data.report;
    let id = report.id;
    let heading = t_args(lang, "team-report-title", &[("id", &id.to_string())]);
    let printed = t_args(
        lang,
        "team-print-line",
        &[("name", &data.printed_by), ("at", &data.printed_at)],
    );
    let amount = report
        .estimated_amount
        .map(|euros| format!("€ {}", format_euros(euros)))
        .unwrap_or_else(|| t(lang, "team-print-none"));
    let earlier = match report.earlier_fine {
        EarlierFine::None => t(lang, "team-print-none"),
        EarlierFine::DateUnknown => t(lang, "team-earlier-fine-unknown"),
        EarlierFine::On(day) => day.format("%d-%m-%Y").to_string(),
    };
    let facts = view! {
        <dl class="hl-summary">
            <div class="hl-summary__row">
                <dt class="hl-summary__key">{t(lang, "team-amount")}</dt>
                <dd class="hl-summary__value">{amount}</dd>
            </div>
            <div class="hl-summary__row">
                <dt class="hl-summary__key">{t(lang, "team-earlier-fine")}</dt>
                <dd class="hl-summary__value">{earlier}</dd>
            </div>
        </dl>
    }
    .into_any();
    let timelines = view! {
        <h2 class="hl-heading-l">{t(lang, "team-notes")}</h2>
        {list_or_none(lang, &report.notes)}

        <h2 class="hl-heading-l">{t(lang, "team-history")}</h2>
        <ul class="hl-timeline">{entries(&report.history)}</ul>
    }
    .into_any();
    view! {
        <PageTitle text=heading.clone() />
        <p class="hl-back"><a href=team_href(lang, &format!("meldingen/{id}"))>{t(lang, "team-print-back")}</a></p>
        <div class="hl-print-report">
            <p class="hl-print-report__mark"><strong>{t(lang, "team-print-confidential")}</strong></p>
            <h1 class="hl-heading-xl">{heading}</h1>
            <p class="hl-body hl-print-report__printed">{printed.clone()}</p>
            <PrintButton label=t(lang, "team-print-button") />
            <p class="hl-body"><StatusTag status=report.status.unwrap_or(Status::New) /></p>
            {summary(lang, report).into_any()}
            {facts}

            <h2 class="hl-heading-l">{t(lang, "team-answers")}</h2>
            <dl class="hl-summary">{answers(&report.answers).into_any()}</dl>
            {evidence(lang, report.id, &report.evidence, false)}

            <h2 class="hl-heading-l">{t(lang, "team-follow-up")}</h2>
            {list_or_none(lang, &report.messages)}

            <h2 class="hl-heading-l">{t(lang, "team-same-subject")}</h2>
            {related(lang, &report.related, None)}

            {timelines}

            <p class="hl-body hl-print-report__printed">{printed}</p>
        </div>
    }
}

/// A timeline, or "none" on paper rather than a heading with nothing under it.
fn list_or_none(lang: helder_domain::languages::Language, list: &[Entry]) -> AnyView {
    if list.is_empty() {
        view! { <p class="hl-body">{t(lang, "team-print-none-yet")}</p> }.into_any()
    } else {
        view! { <ul class="hl-timeline">{entries(list)}</ul> }.into_any()
    }
}
