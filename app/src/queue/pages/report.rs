//! The report page: the report, the work on it, follow-up, related reports, notes and
//! history. The forms are in [`super::report_forms`].

use super::{
    common::{StatusTag, kind_labels, outcome_line, report_href},
    report_forms::{
        Forms, amount_form, close_link, note_form, question_form, reassign_form, workflow_buttons,
    },
};
use crate::{
    i18n::{t, t_args, use_language},
    layout::PageTitle,
    staff::{
        CsrfField,
        pages::{Notice, NoticeBox},
        staff_session, team_href,
    },
};
use helder_domain::{
    languages::Language,
    outcomes::OutcomeRecord,
    queue::{EarlierFine, Status},
    report::{
        channel::Channel,
        evidence::{EvidenceFile, size_text},
    },
};
use leptos::prelude::*;

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
    /// What closing recorded (empty while open).
    pub outcomes: Vec<OutcomeRecord>,
    pub assignee: Option<String>,
    pub assigned_to_me: bool,
    pub answers: Vec<AnswerRow>,
    pub has_contact: bool,
    pub has_email: bool,
    pub estimated_amount: Option<i64>,
    pub earlier_fine: EarlierFine,
    pub channel: Channel,
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
    /// The municipality it was sent to, when the organisation serves several.
    pub municipality: Option<String>,
    /// Photos and PDF files the reporter sent with it.
    pub evidence: Vec<EvidenceFile>,
}

/// `/{lang}/team/meldingen/{id}`
#[component]
pub fn ReportPage(data: ReportView) -> impl IntoView {
    let lang = use_language();
    let Some(session) = staff_session() else {
        return ().into_any();
    };
    let id = data.id;
    let status = data.status.unwrap_or(Status::New);
    let heading = t_args(lang, "team-report-title", &[("id", &id.to_string())]);
    let title = match data.notice {
        Some(Notice::Error { .. }) => format!("{}: {heading}", t(lang, "team-error-prefix")),
        _ => heading.clone(),
    };
    let forms = Forms {
        lang,
        id,
        csrf: session.csrf.clone(),
        notice: data.notice.clone(),
        typed: data.typed.clone(),
    };
    let overdue = data.overdue.then(|| {
        view! { <strong class="hl-tag hl-tag--overdue">{t(lang, "team-overdue")}</strong> }
    });
    let red = data.suggests_red.then(|| {
        view! { <div class="hl-notice hl-notice--warning" role="status"><p class="hl-body">{t(lang, "team-suggest-red")}</p></div> }
    });

    view! {
        <PageTitle text=title />
        <p class="hl-back"><a href=team_href(lang, "meldingen")>{t(lang, "team-back-to-queue")}</a></p>
        <h1 class="hl-heading-xl">{heading}</h1>
        <NoticeBox notice=data.notice.clone() />
        <p class="hl-body"><StatusTag status=status /> " " {overdue}</p>
        <p class="hl-body"><a href=team_href(lang, &format!("meldingen/{id}/afdrukken"))>{t(lang, "team-print-link")}</a></p>
        {summary(lang, &data)}

        <h2 class="hl-heading-l">{t(lang, "team-answers")}</h2>
        <dl class="hl-summary">{answers(&data.answers)}</dl>
        {evidence(lang, id, &data.evidence, true)}

        <h2 class="hl-heading-l">{t(lang, "team-work")}</h2>
        {red}
        {workflow_buttons(&forms, status, &session)}
        {amount_form(&forms, data.estimated_amount, data.earlier_fine)}
        {close_link(&forms, status)}
        {reassign_form(&forms, status, &data.members)}

        <h2 class="hl-heading-l">{t(lang, "team-follow-up")}</h2>
        <ul class="hl-timeline">{entries(&data.messages)}</ul>
        {question_form(&forms, data.has_email)}

        <h2 class="hl-heading-l">{t(lang, "team-same-subject")}</h2>
        {related(lang, &data.related, Some(&forms))}

        <h2 class="hl-heading-l">{t(lang, "team-notes")}</h2>
        <ul class="hl-timeline">{entries(&data.notes)}</ul>
        {note_form(&forms)}

        <h2 class="hl-heading-l">{t(lang, "team-history")}</h2>
        <ul class="hl-timeline">{entries(&data.history)}</ul>
    }
    .into_any()
}

/// The report's facts.
pub(super) fn summary(lang: Language, data: &ReportView) -> impl IntoView + use<> {
    let outcome = (!data.outcomes.is_empty()).then(|| {
        let lines = data
            .outcomes
            .iter()
            .map(|record| view! { <li>{outcome_line(lang, record)}</li> })
            .collect_view();
        view! {
            <div class="hl-summary__row">
                <dt class="hl-summary__key">{t(lang, "team-outcome")}</dt>
                <dd class="hl-summary__value"><ul class="hl-list hl-list--plain">{lines}</ul></dd>
            </div>
        }
    });
    view! {
        <dl class="hl-summary">
            {data.municipality.clone().map(|name| view! {
                <div class="hl-summary__row">
                    <dt class="hl-summary__key">{t(lang, "team-municipality")}</dt>
                    <dd class="hl-summary__value">{name}</dd>
                </div>
            })}
            <div class="hl-summary__row">
                <dt class="hl-summary__key">{t(lang, "team-received")}</dt>
                <dd class="hl-summary__value">{data.received.clone()}</dd>
            </div>
            <div class="hl-summary__row">
                <dt class="hl-summary__key">{t(lang, "team-channel")}</dt>
                <dd class="hl-summary__value">{t(lang, &format!("team-channel-{}", data.channel.as_str()))}</dd>
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
    }
}

/// The files sent with the report: links to open a photo or download a PDF file (each opening
/// is written to the audit log), or on paper only their names. Nothing when there are none.
pub(super) fn evidence(lang: Language, id: i64, files: &[EvidenceFile], links: bool) -> AnyView {
    if files.is_empty() {
        return ().into_any();
    }
    let items = files
        .iter()
        .map(|file| {
            let key = if file.kind.is_photo() {
                "team-evidence-photo"
            } else {
                "team-evidence-pdf"
            };
            let text = format!(
                "{} ({}, {})",
                file.file_name(),
                t(lang, key),
                size_text(file.size)
            );
            let href = team_href(lang, &format!("meldingen/{id}/bijlagen/{}", file.position));
            let item = if links {
                view! { <a href=href>{text}</a> }.into_any()
            } else {
                text.into_any()
            };
            view! { <li>{item}</li> }
        })
        .collect_view();
    let note = links.then(|| view! { <p class="hl-hint">{t(lang, "team-evidence-logged")}</p> });
    view! {
        <h2 class="hl-heading-l">{t(lang, "team-evidence")}</h2>
        {note}
        <ul class="hl-list hl-list--bullet">{items}</ul>
    }
    .into_any()
}

/// The reporter's answers, with the Dutch question when it was asked in another language.
pub(super) fn answers(answers: &[AnswerRow]) -> impl IntoView + use<> {
    answers
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
        .collect_view()
}

/// Reports about the same subject, each with a form to link it when it is not yet (with
/// `forms`; the print view has none).
pub(super) fn related(lang: Language, related: &[RelatedReport], forms: Option<&Forms>) -> AnyView {
    if related.is_empty() {
        return view! { <p class="hl-body">{t(lang, "team-same-subject-none")}</p> }.into_any();
    }
    let items = related
        .iter()
        .map(|r| {
            let why = r
                .matches
                .iter()
                .map(|m| t(lang, &format!("team-match-{m}")))
                .collect::<Vec<_>>()
                .join(", ");
            let link_form = forms.filter(|_| !r.linked).map(|forms| {
                view! {
                    <form class="hl-inline-form" method="post" action=forms.action("koppelen")>
                        <CsrfField token=forms.csrf.clone() />
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
}

/// Notes, messages or history as a timeline's items.
pub(super) fn entries(list: &[Entry]) -> impl IntoView + use<> {
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
}
