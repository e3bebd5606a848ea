//! `/{lang}/team/inhoud/{slug}/{doc}`: a page in one language, its state and what one may do.

use super::common::{
    Cell, Message, MessageList, Tags, VersionInfo, content_href, error_title, state_tags,
};
use crate::layout::FormGroup;
use crate::{
    i18n::{t, t_args, use_language},
    layout::{Breadcrumbs, PageTitle},
    staff::{
        CsrfField,
        pages::{Notice, NoticeBox},
        staff_session, team_href,
    },
};
use helder_domain::{
    editing::workflow::{Action, DraftState, PublicState},
    languages::Language,
};
use leptos::prelude::*;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftInfo {
    pub version: VersionInfo,
    pub state: DraftState,
    pub publish_at: Option<String>,
    pub scheduled_by: Option<String>,
}

#[derive(Debug, Clone, Default)]
pub struct DocumentView {
    pub slug: String,
    pub doc: Option<Language>,
    pub title: String,
    pub public: Option<PublicState>,
    pub outdated: bool,
    pub withdrawn: Option<(String, String)>,
    pub review_pending: bool,
    pub published: Option<VersionInfo>,
    pub draft: Option<DraftInfo>,
    pub latest: i32,
    pub actions: Vec<Action>,
    /// Checks before publishing, on the draft (or the published text when there is none).
    pub checks: Vec<Message>,
    pub can_publish: bool,
    pub notice: Option<Notice>,
    /// Refusal message key of the last action, shown as an error.
    pub refused: Option<&'static str>,
    /// Its variants for one municipality, or what it is a variant of.
    pub variants: super::variants::VariantsView,
    /// The law the page rests on and its sources.
    pub law: super::law::LawView,
    /// A translation with a published version: whether a native speaker read it.
    pub native: Option<super::law::NativeView>,
    /// Retiring the page (shown on the Dutch page only).
    pub retire: super::retire::RetireView,
}

impl DocumentView {
    /// The state of the page in this language, as the overview shows it.
    fn cell(&self, doc: Language) -> Cell {
        Cell {
            lang: doc,
            public: self.public,
            outdated: self.outdated,
            draft: self.draft.as_ref().map(|d| d.state),
            review_pending: self.review_pending,
            native_unchecked: self.native.as_ref().is_some_and(|n| n.checked.is_none()),
        }
    }
}

/// `/{lang}/team/inhoud/{slug}/{doc}`: a page in one language, its state and what one may do.
#[component]
pub fn DocumentPage(data: DocumentView) -> impl IntoView {
    let lang = use_language();
    let Some(session) = staff_session() else {
        return ().into_any();
    };
    let doc = data.doc.unwrap_or_else(Language::default_language);
    let heading = data.title.clone();
    let failed = matches!(data.notice, Some(Notice::Error { .. })) || data.refused.is_some();
    let title = error_title(lang, &heading, failed);
    let refused = data.refused.map(|key| refused_summary(lang, key));
    let tags = state_tags(lang, &data.cell(doc));
    let withdrawn = data.withdrawn.clone().map(|(date, notice)| {
        view! {
            <p class="hl-body">{t_args(lang, "edit-withdrawn-on", &[("date", &date)])} " " <q lang=doc.code>{notice}</q></p>
        }
    });
    // A variant is read at its page's address, on its municipality's site.
    let readers_link = (data.public != Some(PublicState::Offline)
        && data.public.is_some()
        && data.variants.of.is_none())
    .then(|| {
        view! {
            <a href=format!("/{}/rechten-en-plichten/{}", doc.code, data.slug)>{t(lang, "edit-view-public")}</a>
            " · "
        }
    });
    view! {
        <PageTitle text=title />
        <Breadcrumbs links=vec![
            (team_href(lang, "inhoud"), t(lang, "edit-overview-title")),
        ] />
        <NoticeBox notice=data.notice.clone() />
        {refused}
        <span class="hl-caption" lang=doc.code>{doc.name}</span>
        <h1 class="hl-heading-xl" lang=doc.code dir=doc.dir().as_str()>{heading}</h1>
        <p class="hl-body"><Tags tags /></p>
        {withdrawn}
        <VersionSummary slug=data.slug.clone() doc published=data.published.clone() draft=data.draft.clone() />
        <p class="hl-body">
            <a class="hl-button" href=content_href(lang, &data.slug, doc, "bewerken")>{t(lang, "edit-edit")}</a>
        </p>
        <p class="hl-body">
            {readers_link}
            <a href=content_href(lang, &data.slug, doc, "versies")>{t(lang, "edit-versions")}</a>
        </p>
        <super::variants::Variants slug=data.slug.clone() data=data.variants.clone() csrf=session.csrf.clone() />
        {data.native.clone().map(|native| view! {
            <super::law::NativeCheck slug=data.slug.clone() doc native csrf=session.csrf.clone() />
        })}
        <super::law::LawSection slug=data.slug.clone() doc law=data.law.clone() csrf=session.csrf.clone() />
        <super::retire::Retirement slug=data.slug.clone() data=data.retire.clone() csrf=session.csrf.clone() />
        <h2 class="hl-heading-m">{t(lang, "edit-checks-title")}</h2>
        <MessageList messages=data.checks.clone() empty_key="edit-checks-none" />
        <Actions
            slug=data.slug.clone()
            doc
            actions=data.actions.clone()
            version=data.draft.as_ref().map(|d| d.version.number.to_string()).unwrap_or_default()
            can_publish=data.can_publish
            csrf=session.csrf
        />
    }
    .into_any()
}

/// Why the last action was refused.
fn refused_summary(lang: Language, key: &'static str) -> impl IntoView + use<> {
    view! {
        <div class="hl-error-summary" role="alert" tabindex="-1" autofocus=true>
            <h2 class="hl-heading-m">{t(lang, "team-error-summary")}</h2>
            <p class="hl-body">{t(lang, key)}</p>
        </div>
    }
}

/// The published version and the draft: which, who and when.
#[component]
fn VersionSummary(
    slug: String,
    doc: Language,
    published: Option<VersionInfo>,
    draft: Option<DraftInfo>,
) -> impl IntoView {
    let lang = use_language();
    let published = published.map(|v| {
        view! {
            <div class="hl-summary__row">
                <dt class="hl-summary__key">{t(lang, "edit-published-version")}</dt>
                <dd class="hl-summary__value">{version_line(lang, &slug, doc, &v)}</dd>
            </div>
        }
    });
    let draft = draft.map(|d| {
        let schedule = d.publish_at.clone().map(|at| {
            view! {
                <br />
                {t_args(lang, "edit-scheduled-for", &[("at", &at), ("name", &d.scheduled_by.clone().unwrap_or_default())])}
            }
        });
        view! {
            <div class="hl-summary__row">
                <dt class="hl-summary__key">{t(lang, &format!("edit-draft-{}", d.state.as_str()))}</dt>
                <dd class="hl-summary__value">{version_line(lang, &slug, doc, &d.version)}{schedule}</dd>
            </div>
        }
    });
    view! {
        <dl class="hl-summary">
            {published}
            {draft}
        </dl>
    }
}

/// "Version 3 · author · time — note", the number linking to the version.
fn version_line(
    lang: Language,
    slug: &str,
    doc: Language,
    v: &VersionInfo,
) -> impl IntoView + use<> {
    let note = (!v.note.is_empty()).then(|| format!(" — {}", v.note));
    view! {
        <a href=content_href(lang, slug, doc, &format!("versies/{}", v.number))>
            {t_args(lang, "edit-version-number", &[("number", &v.number.to_string())])}
        </a>
        " · " {v.author.clone()} " · " {v.at.clone()} {note}
    }
}

/// What one may do now: a form with a button for every action.
#[component]
fn Actions(
    slug: String,
    doc: Language,
    actions: Vec<Action>,
    /// The draft's number, sent along so that an action applies to the version one saw.
    version: String,
    can_publish: bool,
    csrf: String,
) -> impl IntoView {
    let lang = use_language();
    let forms = actions
        .iter()
        .map(|&action| {
            let href = content_href(lang, &slug, doc, action.segment());
            view! { <ActionForm action href csrf=csrf.clone() version=version.clone() doc /> }
        })
        .collect_view();
    let no_rights = (!can_publish)
        .then(|| view! { <p class="hl-hint">{t(lang, "edit-no-publishing-rights")}</p> });
    view! {
        <h2 class="hl-heading-m">{t(lang, "edit-actions-title")}</h2>
        {no_rights}
        {if actions.is_empty() { Some(view! { <p class="hl-body">{t(lang, "edit-actions-none")}</p> }) } else { None }}
        <div class="hl-action-forms">{forms}</div>
    }
}

#[component]
fn ActionForm(
    action: Action,
    href: String,
    csrf: String,
    version: String,
    doc: Language,
) -> impl IntoView {
    let lang = use_language();
    let label = t(lang, &format!("edit-action-{}", action.segment()));
    let hint = t(lang, &format!("edit-action-{}-hint", action.segment()));
    let button_class = match action {
        Action::Remove | Action::Withdraw => "hl-button hl-button--warning",
        Action::Publish | Action::Submit => "hl-button",
        _ => "hl-button hl-button--secondary",
    };
    view! {
        <form class="hl-action-form" method="post" action=href novalidate=true>
            <CsrfField token=csrf />
            <input type="hidden" name="versie" value=version />
            <p class="hl-hint">{hint}</p>
            {action_fields(lang, doc, action)}
            <button class=button_class type="submit">{label}</button>
        </form>
    }
}

/// The fields an action asks for: a date and time to schedule, a notice to withdraw.
fn action_fields(lang: Language, doc: Language, action: Action) -> Option<AnyView> {
    match action {
        Action::Schedule => Some(
            view! {
                <div class="hl-form-group hl-inline-fields">
                    <label class="hl-label" for="publish-date">{t(lang, "edit-schedule-date")}</label>
                    <input class="hl-input hl-input--width-10" type="date" id="publish-date" name="datum" required=true />
                    <label class="hl-label" for="publish-time">{t(lang, "edit-schedule-time")}</label>
                    <input class="hl-input hl-input--width-5" type="time" id="publish-time" name="tijd" value="09:00" required=true />
                </div>
            }
            .into_any(),
        ),
        Action::Withdraw => Some(
            view! {
                <FormGroup id="notice" label=t(lang, "edit-withdraw-notice")>
                    <textarea class="hl-textarea" id="notice" name="toelichting" rows="3" lang=doc.code dir=doc.dir().as_str()></textarea>
                </FormGroup>
            }
            .into_any(),
        ),
        _ => None,
    }
}
