//! A page's versions: the list, to compare or restore (`…/versies`), one version as readers
//! see it (`…/versies/{n}`), and the differences between two (`…/vergelijken`).

use super::common::{Preview, PreviewArticle, VersionInfo, content_href};
use crate::{
    i18n::{t, t_args, use_language},
    layout::{Breadcrumbs, PageTitle},
    staff::{
        CsrfField, StaffTable,
        pages::{Notice, NoticeBox},
        staff_session, team_href,
    },
};
use helder_domain::{
    editing::diff::{Change, DiffLine, Segments, has_changes},
    languages::Language,
};
use leptos::prelude::*;

/// The versions table's column headings (Fluent keys); the last is over the buttons.
const VERSION_COLUMNS: &[&str] = &[
    "edit-column-from",
    "edit-column-to",
    "edit-column-version",
    "edit-column-author",
    "edit-column-saved",
    "edit-column-note",
    "edit-column-published",
    "edit-column-actions",
];

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
            // Newest is "to", the one before it "from", by default.
            let checked = (i == 1 || count == 1, i == 0);
            view! {
                <VersionsRow row=row.clone() checked slug=data.slug.clone() doc latest=data.latest csrf=session.csrf.clone() />
            }
        })
        .collect_view();
    view! {
        <PageTitle text=heading.clone() />
        <Breadcrumbs links=vec![
            (team_href(lang, "inhoud"), t(lang, "edit-overview-title")),
            (content_href(lang, &data.slug, doc, ""), data.title.clone()),
        ] />
        <NoticeBox notice=data.notice.clone() />
        <h1 class="hl-heading-xl">{heading}</h1>
        // The radio buttons belong to the compare form below by their `form` attribute: the
        // restore buttons are forms of their own, and forms cannot nest.
        <StaffTable caption="edit-versions-table" headers=VERSION_COLUMNS hidden_last=true>
            {rows}
        </StaffTable>
        <form id="compare" method="get" action=content_href(lang, &data.slug, doc, "vergelijken")>
            <button class="hl-button" type="submit">{t(lang, "edit-compare")}</button>
        </form>
    }
    .into_any()
}

/// One version: "from" and "to" for the comparison, who and when, and a button to restore it.
#[component]
fn VersionsRow(
    row: VersionRow,
    /// Whether the "from" and "to" buttons start checked.
    checked: (bool, bool),
    slug: String,
    doc: Language,
    latest: i32,
    csrf: String,
) -> impl IntoView {
    let lang = use_language();
    let v = row.info;
    let n = v.number.to_string();
    let state = if row.live {
        Some(
            view! { <strong class="hl-tag hl-tag--edit-live">{t(lang, "edit-state-live")}</strong> },
        )
    } else if row.draft {
        Some(
            view! { <strong class="hl-tag hl-tag--edit-draft">{t(lang, "edit-draft-draft")}</strong> },
        )
    } else {
        None
    };
    let (from_checked, to_checked) = checked;
    let from_id = format!("van-{n}");
    let to_id = format!("naar-{n}");
    let restore = (v.number != latest).then(|| {
        view! {
            <form class="hl-inline-form" method="post" action=content_href(lang, &slug, doc, &format!("versies/{n}/terugzetten"))>
                <CsrfField token=csrf />
                <input type="hidden" name="basis" value=latest.to_string() />
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
            <td><a href=content_href(lang, &slug, doc, &format!("versies/{n}"))>{n.clone()}</a> " " {state}</td>
            <td>{v.author}</td>
            <td>{v.at}</td>
            <td>{v.note}</td>
            <td>{v.published}</td>
            <td>{restore}</td>
        </tr>
    }
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
        <Breadcrumbs links=version_crumbs(lang, &data.slug, doc, data.slug.clone()) />
        <span class="hl-caption">{heading.clone()} " · " {info.author.clone()} " · " {info.at.clone()}</span>
        <p class="hl-body">{info.note.clone()}</p>
        {restore}
        <PreviewArticle preview doc />
    }
    .into_any()
}

/// The way back from one version or a comparison: the overview, the page (called `name`) and
/// its versions.
fn version_crumbs(
    lang: Language,
    slug: &str,
    doc: Language,
    name: String,
) -> Vec<(String, String)> {
    vec![
        (team_href(lang, "inhoud"), t(lang, "edit-overview-title")),
        (content_href(lang, slug, doc, ""), name),
        (
            content_href(lang, slug, doc, "versies"),
            t(lang, "edit-versions"),
        ),
    ]
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
        <Breadcrumbs links=version_crumbs(lang, &data.slug, doc, data.title.clone()) />
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

/// One field's differences, line by line; changed words marked within a line.
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
            view! {
                <tr class=class>
                    <td class="hl-diff__number">{line.old_number.map(|n| n.to_string())}</td>
                    <td class="hl-diff__number">{line.new_number.map(|n| n.to_string())}</td>
                    <td class="hl-diff__sign" aria-hidden="true">{sign}</td>
                    <td class="hl-diff__text">
                        {label.map(|l| view! { <span class="hl-visually-hidden">{l} ": "</span> })}
                        {segments(line.change, line.segments)}
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! { <table class="hl-diff"><tbody>{rows}</tbody></table> }
}

/// A line's text, its changed words in `<ins>` (added) or `<del>` (removed).
fn segments(change: Change, segments: Segments) -> impl IntoView {
    segments
        .into_iter()
        .map(|(changed, text)| {
            if changed {
                match change {
                    Change::Added => view! { <ins>{text}</ins> }.into_any(),
                    Change::Removed => view! { <del>{text}</del> }.into_any(),
                    Change::Same => text.into_any(),
                }
            } else {
                text.into_any()
            }
        })
        .collect_view()
}
