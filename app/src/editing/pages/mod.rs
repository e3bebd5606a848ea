//! Pages for communicatie staff: the overview (pages × languages), a page's state and actions,
//! the editor (side by side with the Dutch source for translations), versions, differences
//! and snippets. The server checks the role, loads the data and puts one of the view types
//! below in the request; these components only render. Plain forms: all of it works without
//! JavaScript.

use crate::{
    i18n::{t, t_args, use_language},
    layout::{PageTitle, textarea_text},
    staff::{
        CsrfField,
        pages::{Notice, NoticeBox},
        staff_session, team_href,
    },
};
use helder_domain::{
    editing::{
        diff::{Change, DiffLine, has_changes},
        workflow::{Action, DraftState, PublicState},
    },
    languages::{LANGUAGES, Language},
};
use leptos::prelude::*;

/// `/{lang}/team/inhoud/{slug}/{doc}/{rest}`
pub fn content_href(lang: Language, slug: &str, doc: Language, rest: &str) -> String {
    let base = team_href(lang, &format!("inhoud/{slug}/{}", doc.code));
    if rest.is_empty() {
        base
    } else {
        format!("{base}/{rest}")
    }
}

/// A translated line with arguments (a warning, a measurement).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub key: String,
    pub args: Vec<(&'static str, String)>,
    /// A warning (shown with a mark) rather than information.
    pub warning: bool,
}

impl Message {
    pub fn text(&self, lang: Language) -> String {
        let args: Vec<(&'static str, &str)> =
            self.args.iter().map(|(k, v)| (*k, v.as_str())).collect();
        t_args(lang, &self.key, &args)
    }
}

#[component]
fn MessageList(messages: Vec<Message>, empty_key: &'static str) -> impl IntoView {
    let lang = use_language();
    if messages.is_empty() {
        return view! { <p class="hl-body">{t(lang, empty_key)}</p> }.into_any();
    }
    let items = messages
        .into_iter()
        .map(|m| {
            let class = if m.warning {
                "hl-check hl-check--warning"
            } else {
                "hl-check"
            };
            let mark = m.warning.then(
                || view! { <strong class="hl-check__mark">{t(lang, "edit-warning")} ": "</strong> },
            );
            view! { <li class=class>{mark}{m.text(lang)}</li> }
        })
        .collect_view();
    view! { <ul class="hl-list hl-checks">{items}</ul> }.into_any()
}

/// One page in one language in the overview.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cell {
    pub lang: Language,
    /// None: no text in this language yet.
    pub public: Option<PublicState>,
    pub outdated: bool,
    pub draft: Option<DraftState>,
    pub review_pending: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OverviewRow {
    pub slug: String,
    pub title: String,
    pub cells: Vec<Cell>,
}

#[derive(Debug, Clone, Default)]
pub struct OverviewView {
    pub rows: Vec<OverviewRow>,
    pub outdated: usize,
    pub waiting: usize,
    /// Show only rows with an outdated translation.
    pub only_outdated: bool,
}

fn state_tags(lang: Language, cell: &Cell) -> Vec<(&'static str, String)> {
    let mut tags = Vec::new();
    match cell.public {
        None => tags.push(("missing", t(lang, "edit-state-missing"))),
        Some(PublicState::Offline) => tags.push(("offline", t(lang, "edit-state-offline"))),
        Some(PublicState::Withdrawn) => tags.push(("withdrawn", t(lang, "edit-state-withdrawn"))),
        Some(PublicState::Live) if cell.outdated => {}
        Some(PublicState::Live) => tags.push(("live", t(lang, "edit-state-live"))),
    }
    if cell.outdated {
        tags.push(("outdated", t(lang, "edit-state-outdated")));
    }
    if let Some(draft) = cell.draft {
        tags.push((
            draft.as_str(),
            t(lang, &format!("edit-draft-{}", draft.as_str())),
        ));
    }
    if cell.review_pending {
        tags.push(("unreviewed", t(lang, "edit-state-unreviewed")));
    }
    tags
}

#[component]
fn Tags(tags: Vec<(&'static str, String)>) -> impl IntoView {
    tags.into_iter()
        .map(|(class, text)| {
            view! { <strong class=format!("hl-tag hl-tag--edit-{class}")>{text}</strong> " " }
        })
        .collect_view()
}

/// `/{lang}/team/inhoud`: every page in every language, with its state.
#[component]
pub fn OverviewPage(data: OverviewView) -> impl IntoView {
    let lang = use_language();
    let heading = t(lang, "edit-overview-title");
    let head = LANGUAGES
        .iter()
        .map(|l| view! { <th scope="col" lang=l.code dir=l.dir().as_str()>{l.name}</th> })
        .collect_view();
    let rows = data
        .rows
        .iter()
        .map(|row| {
            let cells = row
                .cells
                .iter()
                .map(|cell| {
                    let href = content_href(lang, &row.slug, cell.lang, "");
                    let tags = state_tags(lang, cell);
                    view! { <td><a class="hl-cell-link" href=href><Tags tags /></a></td> }
                })
                .collect_view();
            view! {
                <tr>
                    <th scope="row">
                        <a href=content_href(lang, &row.slug, Language::default_language(), "")>{row.title.clone()}</a>
                    </th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    let filter = if data.only_outdated {
        view! { <a href=team_href(lang, "inhoud")>{t(lang, "edit-filter-all")}</a> }
    } else {
        view! { <a href=format!("{}?verouderd=1", team_href(lang, "inhoud"))>{t(lang, "edit-filter-outdated")}</a> }
    };
    view! {
        <PageTitle text=heading.clone() />
        <h1 class="hl-heading-xl">{heading}</h1>
        <p class="hl-body">
            {t_args(lang, "edit-overview-counts", &[("outdated", &data.outdated.to_string()), ("waiting", &data.waiting.to_string())])}
        </p>
        <p class="hl-body">
            {filter} " · " <a href=team_href(lang, "vaste-teksten")>{t(lang, "edit-snippets-title")}</a>
        </p>
        <div class="hl-table-wrap" role="region" aria-label=t(lang, "edit-overview-table") tabindex="0">
            <table class="hl-table hl-overview-table">
                <caption class="hl-visually-hidden">{t(lang, "edit-overview-table")}</caption>
                <thead>
                    <tr><th scope="col">{t(lang, "edit-column-page")}</th>{head}</tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// Who wrote a version and when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VersionInfo {
    pub number: i32,
    pub author: String,
    pub at: String,
    pub note: String,
    pub published: Option<String>,
}

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
}

/// `/{lang}/team/inhoud/{slug}/{doc}`: a page in one language, its state and what one may do.
#[component]
pub fn DocumentPage(data: DocumentView) -> impl IntoView {
    let lang = use_language();
    let Some(session) = staff_session() else {
        return ().into_any();
    };
    let doc = data.doc.unwrap_or_else(Language::default_language);
    let csrf = session.csrf.clone();
    let heading = data.title.clone();
    let title = match (&data.notice, data.refused) {
        (Some(Notice::Error { .. }), _) | (_, Some(_)) => {
            format!("{}: {heading}", t(lang, "team-error-prefix"))
        }
        _ => heading.clone(),
    };
    let refused = data.refused.map(|key| {
        view! {
            <div class="hl-error-summary" role="alert" tabindex="-1">
                <h2 class="hl-heading-m">{t(lang, "team-error-summary")}</h2>
                <p class="hl-body">{t(lang, key)}</p>
            </div>
        }
    });
    let cell = Cell {
        lang: doc,
        public: data.public,
        outdated: data.outdated,
        draft: data.draft.as_ref().map(|d| d.state),
        review_pending: data.review_pending,
    };
    let tags = state_tags(lang, &cell);
    let withdrawn = data.withdrawn.clone().map(|(date, notice)| {
        view! {
            <p class="hl-body">{t_args(lang, "edit-withdrawn-on", &[("date", &date)])} " " <q lang=doc.code>{notice}</q></p>
        }
    });
    let version_line = |v: &VersionInfo| {
        let note = (!v.note.is_empty()).then(|| format!(" — {}", v.note));
        view! {
            <a href=content_href(lang, &data.slug, doc, &format!("versies/{}", v.number))>
                {t_args(lang, "edit-version-number", &[("number", &v.number.to_string())])}
            </a>
            " · " {v.author.clone()} " · " {v.at.clone()} {note}
        }
    };
    let published = data.published.as_ref().map(|v| {
        view! {
            <div class="hl-summary__row">
                <dt class="hl-summary__key">{t(lang, "edit-published-version")}</dt>
                <dd class="hl-summary__value">{version_line(v)}</dd>
            </div>
        }
    });
    let draft = data.draft.as_ref().map(|d| {
        let schedule = d.publish_at.clone().map(|at| {
            view! {
                <br />
                {t_args(lang, "edit-scheduled-for", &[("at", &at), ("name", &d.scheduled_by.clone().unwrap_or_default())])}
            }
        });
        view! {
            <div class="hl-summary__row">
                <dt class="hl-summary__key">{t(lang, &format!("edit-draft-{}", d.state.as_str()))}</dt>
                <dd class="hl-summary__value">{version_line(&d.version)}{schedule}</dd>
            </div>
        }
    });
    let draft_number = data
        .draft
        .as_ref()
        .map(|d| d.version.number.to_string())
        .unwrap_or_default();
    let action_href = |a: Action| content_href(lang, &data.slug, doc, a.segment());
    let forms = data
        .actions
        .iter()
        .map(|action| {
            let action = *action;
            let label = t(lang, &format!("edit-action-{}", action.segment()));
            let hint = t(lang, &format!("edit-action-{}-hint", action.segment()));
            let extra = match action {
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
                        <div class="hl-form-group">
                            <label class="hl-label" for="notice">{t(lang, "edit-withdraw-notice")}</label>
                            <textarea class="hl-textarea" id="notice" name="toelichting" rows="3" lang=doc.code dir=doc.dir().as_str()></textarea>
                        </div>
                    }
                    .into_any(),
                ),
                _ => None,
            };
            let button_class = match action {
                Action::Remove | Action::Withdraw => "hl-button hl-button--warning",
                Action::Publish | Action::Submit => "hl-button",
                _ => "hl-button hl-button--secondary",
            };
            view! {
                <form class="hl-action-form" method="post" action=action_href(action) novalidate=true>
                    <CsrfField token=csrf.clone() />
                    <input type="hidden" name="versie" value=draft_number.clone() />
                    <p class="hl-hint">{hint}</p>
                    {extra}
                    <button class=button_class type="submit">{label}</button>
                </form>
            }
        })
        .collect_view();
    let readers_link = (data.public != Some(PublicState::Offline) && data.public.is_some()).then(|| {
        view! {
            <a href=format!("/{}/rechten-en-plichten/{}", doc.code, data.slug)>{t(lang, "edit-view-public")}</a>
            " · "
        }
    });
    let no_rights = (!data.can_publish)
        .then(|| view! { <p class="hl-hint">{t(lang, "edit-no-publishing-rights")}</p> });
    view! {
        <PageTitle text=title />
        <nav class="hl-breadcrumbs" aria-label=t(lang, "breadcrumbs-label")>
            <ol class="hl-breadcrumbs__list">
                <li><a href=team_href(lang, "inhoud")>{t(lang, "edit-overview-title")}</a></li>
            </ol>
        </nav>
        <NoticeBox notice=data.notice.clone() />
        {refused}
        <span class="hl-caption" lang=doc.code>{doc.name}</span>
        <h1 class="hl-heading-xl" lang=doc.code dir=doc.dir().as_str()>{heading}</h1>
        <p class="hl-body"><Tags tags /></p>
        {withdrawn}
        <dl class="hl-summary">
            {published}
            {draft}
        </dl>
        <p class="hl-body">
            <a class="hl-button" href=content_href(lang, &data.slug, doc, "bewerken")>{t(lang, "edit-edit")}</a>
        </p>
        <p class="hl-body">
            {readers_link}
            <a href=content_href(lang, &data.slug, doc, "versies")>{t(lang, "edit-versions")}</a>
        </p>
        <h2 class="hl-heading-m">{t(lang, "edit-checks-title")}</h2>
        <MessageList messages=data.checks.clone() empty_key="edit-checks-none" />
        <h2 class="hl-heading-m">{t(lang, "edit-actions-title")}</h2>
        {no_rights}
        {if data.actions.is_empty() { Some(view! { <p class="hl-body">{t(lang, "edit-actions-none")}</p> }) } else { None }}
        <div class="hl-action-forms">{forms}</div>
    }
    .into_any()
}

/// The Dutch text a translation is made from, shown beside it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceText {
    pub number: i32,
    pub title: String,
    pub summary: String,
    pub body: String,
}

/// The rendered text, exactly as readers would get it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Preview {
    pub title: String,
    pub summary: String,
    pub html: String,
}

#[derive(Debug, Clone, Default)]
pub struct EditView {
    pub slug: String,
    pub doc: Option<Language>,
    pub base: i32,
    pub source_version_id: Option<i64>,
    pub title: String,
    pub summary: String,
    pub body: String,
    pub note: String,
    pub dutch: Option<SourceText>,
    pub preview: Option<Preview>,
    /// Readability figures and warnings.
    pub readability: Vec<Message>,
    /// Checks before publishing.
    pub checks: Vec<Message>,
    /// (field id, message key)
    pub errors: Vec<(&'static str, &'static str)>,
    /// Someone saved a newer version meanwhile: (number, author, time).
    pub conflict: Option<(i32, String, String)>,
}

/// `/{lang}/team/inhoud/{slug}/{doc}/bewerken`
#[component]
pub fn EditPage(data: EditView) -> impl IntoView {
    let lang = use_language();
    let Some(session) = staff_session() else {
        return ().into_any();
    };
    let doc = data.doc.unwrap_or_else(Language::default_language);
    let heading = t_args(lang, "edit-editing", &[("language", doc.name)]);
    let has_errors = !data.errors.is_empty() || data.conflict.is_some();
    let title = if has_errors {
        format!("{}: {heading}", t(lang, "team-error-prefix"))
    } else {
        heading.clone()
    };
    let summary = has_errors.then(|| {
        let conflict = data.conflict.clone().map(|(number, author, at)| {
            view! {
                <li>
                    <a href="#body">
                        {t_args(lang, "edit-conflict", &[("number", &number.to_string()), ("name", &author), ("at", &at)])}
                    </a>
                </li>
            }
        });
        let items = data
            .errors
            .iter()
            .map(|(field, key)| view! { <li><a href=format!("#{field}")>{t(lang, key)}</a></li> })
            .collect_view();
        view! {
            <div class="hl-error-summary" role="alert" tabindex="-1">
                <h2 class="hl-heading-m">{t(lang, "team-error-summary")}</h2>
                <ul class="hl-list">{conflict}{items}</ul>
            </div>
        }
    });
    let conflict_links = data.conflict.clone().map(|(number, _, _)| {
        view! {
            <p class="hl-body">
                <a href=content_href(lang, &data.slug, doc, &format!("versies/{number}"))>{t(lang, "edit-conflict-see")}</a>
                " · "
                <a href=format!("{}?van={}&naar={}", content_href(lang, &data.slug, doc, "vergelijken"), data.base, number)>
                    {t(lang, "edit-conflict-compare")}
                </a>
            </p>
        }
    });
    let error_for = |field: &str| {
        data.errors
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, key)| view! { <p class="hl-error-message" id=format!("{field}-error")>{t(lang, key)}</p> })
    };
    let group_class = |field: &str| {
        if data.errors.iter().any(|(f, _)| *f == field) {
            "hl-form-group hl-form-group--error"
        } else {
            "hl-form-group"
        }
    };
    let source = data.dutch.clone().map(|s| {
        view! {
            <section class="hl-editor__source" aria-labelledby="source-heading" lang="nl" dir="ltr">
                <h2 class="hl-heading-m" id="source-heading" lang=lang.code>
                    {t_args(lang, "edit-source-title", &[("number", &s.number.to_string())])}
                </h2>
                <p class="hl-body"><strong>{s.title.clone()}</strong></p>
                <p class="hl-body">{s.summary.clone()}</p>
                <pre class="hl-editor__source-text">{s.body.clone()}</pre>
            </section>
        }
    });
    let preview = data.preview.clone().map(|p| {
        view! {
            <section class="hl-editor__preview" aria-labelledby="preview-heading">
                <h2 class="hl-heading-m" id="preview-heading">{t(lang, "edit-preview-title")}</h2>
                <article class="hl-article hl-preview" lang=doc.code dir=doc.dir().as_str()>
                    <h1 class="hl-heading-xl">{p.title}</h1>
                    <p class="hl-lead">{p.summary}</p>
                    <div class="hl-prose" inner_html=p.html></div>
                </article>
            </section>
        }
    });
    let layout_class = if data.dutch.is_some() {
        "hl-editor hl-editor--side-by-side"
    } else {
        "hl-editor"
    };
    let action = content_href(lang, &data.slug, doc, "bewerken");
    view! {
        <PageTitle text=title />
        <nav class="hl-breadcrumbs" aria-label=t(lang, "breadcrumbs-label")>
            <ol class="hl-breadcrumbs__list">
                <li><a href=team_href(lang, "inhoud")>{t(lang, "edit-overview-title")}</a></li>
                <li><a href=content_href(lang, &data.slug, doc, "")>{data.slug.clone()}</a></li>
            </ol>
        </nav>
        {summary}
        <h1 class="hl-heading-xl">{heading}</h1>
        {conflict_links}
        <div class=layout_class>
            {source}
            <form class="hl-editor__form" id="editor-form" method="post" action=action novalidate=true>
                <CsrfField token=session.csrf.clone() />
                <input type="hidden" name="basis" value=data.base.to_string() />
                <input type="hidden" name="bron" value=data.source_version_id.map(|s| s.to_string()).unwrap_or_default() />
                <div class=group_class("title")>
                    <label class="hl-label" for="title">{t(lang, "edit-field-title")}</label>
                    {error_for("title")}
                    <input class="hl-input" type="text" id="title" name="titel" value=data.title.clone() lang=doc.code dir=doc.dir().as_str() maxlength="200" />
                </div>
                <div class=group_class("summary")>
                    <label class="hl-label" for="summary">{t(lang, "edit-field-summary")}</label>
                    {error_for("summary")}
                    <textarea class="hl-textarea" id="summary" name="samenvatting" rows="2" lang=doc.code dir=doc.dir().as_str()>{textarea_text(&data.summary)}</textarea>
                </div>
                <div class=group_class("body")>
                    <label class="hl-label" for="body">{t(lang, "edit-field-body")}</label>
                    <div class="hl-hint" id="body-hint">
                        <p>{t(lang, "edit-markdown-help")}</p>
                        <p><code>"## "{t(lang, "edit-markdown-heading")}</code> " · " <code>"**"{t(lang, "edit-markdown-bold")}"**"</code> " · " <code>"- "{t(lang, "edit-markdown-list")}</code> " · " <code>"[tekst](topic:samenwonen)"</code> " · " <code>"{{phone}}"</code></p>
                    </div>
                    {error_for("body")}
                    <super::toolbar::MarkdownToolbar
                        target="body".to_owned()
                        labels=vec![
                            t(lang, "edit-toolbar-label"),
                            t(lang, "edit-toolbar-heading"),
                            t(lang, "edit-toolbar-bold"),
                            t(lang, "edit-toolbar-list"),
                            t(lang, "edit-toolbar-link"),
                        ]
                    />
                    <textarea class="hl-textarea hl-editor__body" id="body" name="tekst" rows="24" aria-describedby="body-hint" lang=doc.code dir=doc.dir().as_str()>{textarea_text(&data.body)}</textarea>
                </div>
                <div class=group_class("note")>
                    <label class="hl-label" for="note">{t(lang, "edit-field-note")}</label>
                    <p class="hl-hint" id="note-hint">{t(lang, "edit-field-note-hint")}</p>
                    {error_for("note")}
                    <input class="hl-input" type="text" id="note" name="toelichting" value=data.note.clone() aria-describedby="note-hint" maxlength="300" />
                </div>
                <div class="hl-button-group">
                    <button class="hl-button" type="submit" name="actie" value="opslaan">{t(lang, "edit-save")}</button>
                    <button class="hl-button hl-button--secondary" type="submit" name="actie" value="voorbeeld">{t(lang, "edit-preview")}</button>
                </div>
            </form>
        </div>
        {preview}
        <super::live_preview::LivePreview form_id="editor-form".to_owned() heading=t(lang, "edit-preview-live") />
        <section class="hl-editor__help" aria-labelledby="help-heading">
            <h2 class="hl-heading-m" id="help-heading">{t(lang, "edit-readability-title")}</h2>
            <MessageList messages=data.readability.clone() empty_key="edit-checks-none" />
            <h2 class="hl-heading-m">{t(lang, "edit-checks-title")}</h2>
            <MessageList messages=data.checks.clone() empty_key="edit-checks-none" />
        </section>
    }
    .into_any()
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VersionRow {
    pub info: VersionInfo,
    pub live: bool,
    pub draft: bool,
}

#[derive(Debug, Clone, Default)]
pub struct VersionsView {
    pub slug: String,
    pub doc: Option<Language>,
    pub title: String,
    pub rows: Vec<VersionRow>,
    pub latest: i32,
    pub notice: Option<Notice>,
}

/// `/{lang}/team/inhoud/{slug}/{doc}/versies`: every version, to compare or restore.
#[component]
pub fn VersionsPage(data: VersionsView) -> impl IntoView {
    let lang = use_language();
    let Some(session) = staff_session() else {
        return ().into_any();
    };
    let doc = data.doc.unwrap_or_else(Language::default_language);
    let heading = t_args(lang, "edit-versions-title", &[("title", &data.title)]);
    let count = data.rows.len();
    let rows = data
        .rows
        .iter()
        .enumerate()
        .map(|(i, row)| {
            let v = &row.info;
            let n = v.number.to_string();
            let state = if row.live {
                Some(view! { <strong class="hl-tag hl-tag--edit-live">{t(lang, "edit-state-live")}</strong> })
            } else if row.draft {
                Some(view! { <strong class="hl-tag hl-tag--edit-draft">{t(lang, "edit-draft-draft")}</strong> })
            } else {
                None
            };
            let (from_checked, to_checked) = (i == 1 || count == 1, i == 0);
            let from_id = format!("van-{n}");
            let to_id = format!("naar-{n}");
            // Newest is "to", the one before it "from", by default.
            let restore = (v.number != data.latest).then(|| {
                view! {
                    <form class="hl-inline-form" method="post" action=content_href(lang, &data.slug, doc, &format!("versies/{n}/terugzetten"))>
                        <CsrfField token=session.csrf.clone() />
                        <input type="hidden" name="basis" value=data.latest.to_string() />
                        <button class="hl-button hl-button--secondary hl-button--small" type="submit">
                            {t_args(lang, "edit-restore", &[("number", &n)])}
                        </button>
                    </form>
                }
            });
            view! {
                <tr>
                    <td>
                        <input type="radio" form="compare" name="van" id=from_id.clone() value=n.clone() checked=from_checked />
                        <label class="hl-visually-hidden" for=from_id>{t_args(lang, "edit-compare-from", &[("number", &n)])}</label>
                    </td>
                    <td>
                        <input type="radio" form="compare" name="naar" id=to_id.clone() value=n.clone() checked=to_checked />
                        <label class="hl-visually-hidden" for=to_id>{t_args(lang, "edit-compare-to", &[("number", &n)])}</label>
                    </td>
                    <td><a href=content_href(lang, &data.slug, doc, &format!("versies/{n}"))>{n.clone()}</a> " " {state}</td>
                    <td>{v.author.clone()}</td>
                    <td>{v.at.clone()}</td>
                    <td>{v.note.clone()}</td>
                    <td>{v.published.clone()}</td>
                    <td>{restore}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <PageTitle text=heading.clone() />
        <nav class="hl-breadcrumbs" aria-label=t(lang, "breadcrumbs-label")>
            <ol class="hl-breadcrumbs__list">
                <li><a href=team_href(lang, "inhoud")>{t(lang, "edit-overview-title")}</a></li>
                <li><a href=content_href(lang, &data.slug, doc, "")>{data.title.clone()}</a></li>
            </ol>
        </nav>
        <NoticeBox notice=data.notice.clone() />
        <h1 class="hl-heading-xl">{heading}</h1>
        // The radio buttons belong to the compare form below by their `form` attribute: the
        // restore buttons are forms of their own, and forms cannot nest.
        <div class="hl-table-wrap" role="region" aria-label=t(lang, "edit-versions-table") tabindex="0">
                <table class="hl-table">
                    <caption class="hl-visually-hidden">{t(lang, "edit-versions-table")}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t(lang, "edit-column-from")}</th>
                            <th scope="col">{t(lang, "edit-column-to")}</th>
                            <th scope="col">{t(lang, "edit-column-version")}</th>
                            <th scope="col">{t(lang, "edit-column-author")}</th>
                            <th scope="col">{t(lang, "edit-column-saved")}</th>
                            <th scope="col">{t(lang, "edit-column-note")}</th>
                            <th scope="col">{t(lang, "edit-column-published")}</th>
                            <th scope="col"><span class="hl-visually-hidden">{t(lang, "edit-column-actions")}</span></th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        <form id="compare" method="get" action=content_href(lang, &data.slug, doc, "vergelijken")>
            <button class="hl-button" type="submit">{t(lang, "edit-compare")}</button>
        </form>
    }
    .into_any()
}

#[derive(Debug, Clone, Default)]
pub struct VersionView {
    pub slug: String,
    pub doc: Option<Language>,
    pub info: Option<VersionInfo>,
    pub preview: Option<Preview>,
    pub latest: i32,
}

/// `/{lang}/team/inhoud/{slug}/{doc}/versies/{n}`: one version, rendered as readers see it.
#[component]
pub fn VersionPage(data: VersionView) -> impl IntoView {
    let lang = use_language();
    let Some(session) = staff_session() else {
        return ().into_any();
    };
    let (Some(info), Some(preview)) = (data.info.clone(), data.preview.clone()) else {
        return ().into_any();
    };
    let doc = data.doc.unwrap_or_else(Language::default_language);
    let heading = t_args(
        lang,
        "edit-version-number",
        &[("number", &info.number.to_string())],
    );
    let n = info.number.to_string();
    let restore = (info.number != data.latest).then(|| {
        view! {
            <form method="post" action=content_href(lang, &data.slug, doc, &format!("versies/{n}/terugzetten"))>
                <CsrfField token=session.csrf.clone() />
                <input type="hidden" name="basis" value=data.latest.to_string() />
                <button class="hl-button hl-button--secondary" type="submit">{t_args(lang, "edit-restore", &[("number", &n)])}</button>
            </form>
        }
    });
    view! {
        <PageTitle text=format!("{heading} — {}", preview.title) />
        <nav class="hl-breadcrumbs" aria-label=t(lang, "breadcrumbs-label")>
            <ol class="hl-breadcrumbs__list">
                <li><a href=team_href(lang, "inhoud")>{t(lang, "edit-overview-title")}</a></li>
                <li><a href=content_href(lang, &data.slug, doc, "")>{data.slug.clone()}</a></li>
                <li><a href=content_href(lang, &data.slug, doc, "versies")>{t(lang, "edit-versions")}</a></li>
            </ol>
        </nav>
        <span class="hl-caption">{heading.clone()} " · " {info.author.clone()} " · " {info.at.clone()}</span>
        <p class="hl-body">{info.note.clone()}</p>
        {restore}
        <article class="hl-article hl-preview" lang=doc.code dir=doc.dir().as_str()>
            <h1 class="hl-heading-xl">{preview.title}</h1>
            <p class="hl-lead">{preview.summary}</p>
            <div class="hl-prose" inner_html=preview.html></div>
        </article>
    }
    .into_any()
}

#[derive(Debug, Clone, Default)]
pub struct DiffView {
    pub slug: String,
    pub doc: Option<Language>,
    pub title: String,
    pub from: Option<VersionInfo>,
    pub to: Option<VersionInfo>,
    /// (field label key, lines)
    pub fields: Vec<(&'static str, Vec<DiffLine>)>,
}

#[component]
fn DiffTable(lines: Vec<DiffLine>) -> impl IntoView {
    let lang = use_language();
    let rows = lines
        .into_iter()
        .map(|line| {
            let (class, sign, label) = match line.change {
                Change::Same => ("hl-diff__same", " ", None),
                Change::Added => ("hl-diff__added", "+", Some(t(lang, "edit-diff-added"))),
                Change::Removed => ("hl-diff__removed", "−", Some(t(lang, "edit-diff-removed"))),
            };
            let segments = line
                .segments
                .into_iter()
                .map(|(changed, text)| {
                    if changed {
                        match line.change {
                            Change::Added => view! { <ins>{text}</ins> }.into_any(),
                            Change::Removed => view! { <del>{text}</del> }.into_any(),
                            Change::Same => text.into_any(),
                        }
                    } else {
                        text.into_any()
                    }
                })
                .collect_view();
            view! {
                <tr class=class>
                    <td class="hl-diff__number">{line.old_number.map(|n| n.to_string())}</td>
                    <td class="hl-diff__number">{line.new_number.map(|n| n.to_string())}</td>
                    <td class="hl-diff__sign" aria-hidden="true">{sign}</td>
                    <td class="hl-diff__text">
                        {label.map(|l| view! { <span class="hl-visually-hidden">{l} ": "</span> })}
                        {segments}
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! { <table class="hl-diff"><tbody>{rows}</tbody></table> }
}

/// `/{lang}/team/inhoud/{slug}/{doc}/vergelijken?van=&naar=`
#[component]
pub fn DiffPage(data: DiffView) -> impl IntoView {
    let lang = use_language();
    let (Some(from), Some(to)) = (data.from.clone(), data.to.clone()) else {
        return ().into_any();
    };
    let doc = data.doc.unwrap_or_else(Language::default_language);
    let heading = t_args(
        lang,
        "edit-diff-title",
        &[
            ("from", &from.number.to_string()),
            ("to", &to.number.to_string()),
        ],
    );
    let fields = data
        .fields
        .iter()
        .map(|(key, lines)| {
            let changed = has_changes(lines);
            view! {
                <h2 class="hl-heading-m">{t(lang, key)}</h2>
                {if changed {
                    view! { <DiffTable lines=lines.clone() /> }.into_any()
                } else {
                    view! { <p class="hl-body">{t(lang, "edit-diff-unchanged")}</p> }.into_any()
                }}
            }
        })
        .collect_view();
    view! {
        <PageTitle text=heading.clone() />
        <nav class="hl-breadcrumbs" aria-label=t(lang, "breadcrumbs-label")>
            <ol class="hl-breadcrumbs__list">
                <li><a href=team_href(lang, "inhoud")>{t(lang, "edit-overview-title")}</a></li>
                <li><a href=content_href(lang, &data.slug, doc, "")>{data.title.clone()}</a></li>
                <li><a href=content_href(lang, &data.slug, doc, "versies")>{t(lang, "edit-versions")}</a></li>
            </ol>
        </nav>
        <h1 class="hl-heading-xl">{heading}</h1>
        <p class="hl-body">
            {t_args(lang, "edit-diff-from", &[("number", &from.number.to_string()), ("name", &from.author), ("at", &from.at)])}
            <br />
            {t_args(lang, "edit-diff-to", &[("number", &to.number.to_string()), ("name", &to.author), ("at", &to.at)])}
        </p>
        <div lang=doc.code dir=doc.dir().as_str()>{fields}</div>
    }
    .into_any()
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SnippetRow {
    pub key: String,
    pub dutch: String,
    /// Languages with their own value.
    pub languages: Vec<&'static str>,
    pub changed_by: Option<String>,
}

#[derive(Debug, Clone, Default)]
pub struct SnippetsView {
    pub rows: Vec<SnippetRow>,
    pub can_edit: bool,
    pub notice: Option<Notice>,
}

/// `/{lang}/team/vaste-teksten`: municipal specifics used in every page and language.
#[component]
pub fn SnippetsPage(data: SnippetsView) -> impl IntoView {
    let lang = use_language();
    let heading = t(lang, "edit-snippets-title");
    let rows = data
        .rows
        .iter()
        .map(|row| {
            let href = team_href(lang, &format!("vaste-teksten/{}", row.key));
            view! {
                <tr>
                    <th scope="row"><a href=href><code>{format!("{{{{{}}}}}", row.key)}</code></a></th>
                    <td lang="nl">{row.dutch.clone()}</td>
                    <td>{row.languages.join(", ")}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <PageTitle text=heading.clone() />
        <NoticeBox notice=data.notice.clone() />
        <h1 class="hl-heading-xl">{heading}</h1>
        <p class="hl-body">{t(lang, "edit-snippets-lead")}</p>
        {(!data.can_edit).then(|| view! { <p class="hl-hint">{t(lang, "edit-snippets-read-only")}</p> })}
        <table class="hl-table">
            <caption class="hl-visually-hidden">{t(lang, "edit-snippets-title")}</caption>
            <thead>
                <tr>
                    <th scope="col">{t(lang, "edit-snippet-name")}</th>
                    <th scope="col">{t(lang, "edit-snippet-dutch")}</th>
                    <th scope="col">{t(lang, "edit-snippet-languages")}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SnippetValue {
    pub lang: Language,
    pub value: String,
    /// The snippets file's value for this language (or Dutch).
    pub default: String,
}

#[derive(Debug, Clone, Default)]
pub struct SnippetEditView {
    pub key: String,
    pub values: Vec<SnippetValue>,
    pub can_edit: bool,
    pub errors: Vec<(String, &'static str)>,
}

/// `/{lang}/team/vaste-teksten/{key}`: one snippet in every language.
#[component]
pub fn SnippetPage(data: SnippetEditView) -> impl IntoView {
    let lang = use_language();
    let Some(session) = staff_session() else {
        return ().into_any();
    };
    let heading = format!("{{{{{}}}}}", data.key);
    let title = if data.errors.is_empty() {
        heading.clone()
    } else {
        format!("{}: {heading}", t(lang, "team-error-prefix"))
    };
    let summary = (!data.errors.is_empty()).then(|| {
        let items = data
            .errors
            .iter()
            .map(|(field, key)| view! { <li><a href=format!("#{field}")>{t(lang, key)}</a></li> })
            .collect_view();
        view! {
            <div class="hl-error-summary" role="alert" tabindex="-1">
                <h2 class="hl-heading-m">{t(lang, "team-error-summary")}</h2>
                <ul class="hl-list">{items}</ul>
            </div>
        }
    });
    let fields = data
        .values
        .iter()
        .map(|v| {
            let id = format!("waarde-{}", v.lang.code);
            let error = data.errors.iter().find(|(f, _)| *f == id).map(|(_, key)| {
                view! { <p class="hl-error-message">{t(lang, key)}</p> }
            });
            let hint = if v.lang == Language::default_language() {
                t(lang, "edit-snippet-required")
            } else {
                t_args(lang, "edit-snippet-empty-means", &[("value", &v.default)])
            };
            let group = if error.is_some() { "hl-form-group hl-form-group--error" } else { "hl-form-group" };
            view! {
                <div class=group>
                    <label class="hl-label" for=id.clone()>{v.lang.name} " (" {v.lang.code} ")"</label>
                    <p class="hl-hint" id=format!("{id}-hint")>{hint}</p>
                    {error}
                    <input class="hl-input" type="text" id=id.clone() name=id.clone() value=v.value.clone()
                        lang=v.lang.code dir=v.lang.dir().as_str() disabled=!data.can_edit
                        aria-describedby=format!("{id}-hint") maxlength="300" />
                </div>
            }
        })
        .collect_view();
    let save = data.can_edit.then(|| view! { <button class="hl-button" type="submit">{t(lang, "edit-snippet-save")}</button> });
    view! {
        <PageTitle text=title />
        <nav class="hl-breadcrumbs" aria-label=t(lang, "breadcrumbs-label")>
            <ol class="hl-breadcrumbs__list">
                <li><a href=team_href(lang, "vaste-teksten")>{t(lang, "edit-snippets-title")}</a></li>
            </ol>
        </nav>
        {summary}
        <h1 class="hl-heading-xl"><code>{heading}</code></h1>
        <p class="hl-body">{t(lang, "edit-snippet-lead")}</p>
        <form method="post" action=team_href(lang, &format!("vaste-teksten/{}", data.key)) novalidate=true>
            <CsrfField token=session.csrf.clone() />
            {fields}
            {save}
        </form>
    }
    .into_any()
}
