//! `/{lang}/team/vaste-teksten`: municipal specifics (`{{phone}}`) used in every page and
//! language, and one of them in every language.

use super::common::error_title;
use crate::{
    i18n::{t, t_args, use_language},
    layout::{Breadcrumbs, ErrorSummary, PageTitle, field_aria},
    staff::{
        CsrfField, StaffTable,
        pages::{Notice, NoticeBox},
        staff_session, team_href,
    },
};
use helder_domain::languages::Language;
use leptos::prelude::*;

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
        <StaffTable
            caption="edit-snippets-title"
            headers=&["edit-snippet-name", "edit-snippet-dutch", "edit-snippet-languages"]
        >
            {rows}
        </StaffTable>
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
    let title = error_title(lang, &heading, !data.errors.is_empty());
    let problems = data
        .errors
        .iter()
        .map(|(field, key)| (field.clone(), t(lang, key)))
        .collect();
    let summary = view! { <ErrorSummary problems /> };
    let fields = data
        .values
        .iter()
        .map(|value| {
            let id = format!("waarde-{}", value.lang.code);
            let error = data
                .errors
                .iter()
                .find(|(f, _)| *f == id)
                .map(|(_, key)| *key);
            view! { <SnippetField value=value.clone() id error can_edit=data.can_edit /> }
        })
        .collect_view();
    let save = data.can_edit.then(|| view! { <button class="hl-button" type="submit">{t(lang, "edit-snippet-save")}</button> });
    view! {
        <PageTitle text=title />
        <Breadcrumbs links=vec![
            (team_href(lang, "vaste-teksten"), t(lang, "edit-snippets-title")),
        ] />
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

/// The snippet in one language; empty falls back to the snippets file (Dutch is required).
#[component]
fn SnippetField(
    value: SnippetValue,
    /// `waarde-{code}`: the field's id and name.
    id: String,
    /// The message key of this field's error.
    error: Option<&'static str>,
    can_edit: bool,
) -> impl IntoView {
    let lang = use_language();
    let v = value;
    let hint = if v.lang == Language::default_language() {
        t(lang, "edit-snippet-required")
    } else {
        t_args(lang, "edit-snippet-empty-means", &[("value", &v.default)])
    };
    let group = if error.is_some() {
        "hl-form-group hl-form-group--error"
    } else {
        "hl-form-group"
    };
    let (invalid, described) = field_aria(&id, true, error.is_some());
    let error_id = format!("{id}-error");
    let error =
        error.map(|key| view! { <p class="hl-error-message" id=error_id>{t(lang, key)}</p> });
    view! {
        <div class=group>
            <label class="hl-label" for=id.clone()>{v.lang.name} " (" {v.lang.code} ")"</label>
            <p class="hl-hint" id=format!("{id}-hint")>{hint}</p>
            {error}
            <input class="hl-input" type="text" id=id.clone() name=id.clone() value=v.value.clone()
                lang=v.lang.code dir=v.lang.dir().as_str() disabled=!can_edit
                aria-invalid=invalid aria-describedby=described maxlength="300" />
        </div>
    }
}
