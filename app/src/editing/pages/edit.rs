//! `/{lang}/team/inhoud/{slug}/{doc}/bewerken`: the editor, side by side with the Dutch source
//! for a translation, with the preview and the writing help below it.

use super::common::{Message, MessageList, Preview, PreviewArticle, content_href, error_title};
use crate::{
    editing::{live_preview::LivePreview, toolbar::MarkdownToolbar},
    i18n::{t, t_args, use_language},
    layout::{Breadcrumbs, PageTitle, field_aria, textarea_text},
    staff::{CsrfField, staff_session, team_href},
};
use helder_domain::languages::Language;
use leptos::prelude::*;

/// The Dutch text a translation is made from, shown beside it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceText {
    pub number: i32,
    pub title: String,
    pub summary: String,
    pub body: String,
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

/// (field id, message key)
type FieldErrors = [(&'static str, &'static str)];

/// `/{lang}/team/inhoud/{slug}/{doc}/bewerken`
#[component]
pub fn EditPage(data: EditView) -> impl IntoView {
    let lang = use_language();
    let Some(session) = staff_session() else {
        return ().into_any();
    };
    // The live preview and the Markdown toolbar are islands.
    crate::page::uses_islands();
    let doc = data.doc.unwrap_or_else(Language::default_language);
    let heading = t_args(lang, "edit-editing", &[("language", doc.name)]);
    let has_errors = !data.errors.is_empty() || data.conflict.is_some();
    let title = error_title(lang, &heading, has_errors);
    let summary = has_errors.then(|| error_summary(lang, &data));
    let conflict_links = conflict_links(lang, &data, doc);
    let source = data.dutch.clone().map(|s| source_text(lang, s));
    let preview = data.preview.clone().map(|preview| {
        view! {
            <section class="hl-editor__preview" aria-labelledby="preview-heading">
                <h2 class="hl-heading-m" id="preview-heading">{t(lang, "edit-preview-title")}</h2>
                <PreviewArticle preview doc />
            </section>
        }
    });
    let layout_class = if data.dutch.is_some() {
        "hl-editor hl-editor--side-by-side"
    } else {
        "hl-editor"
    };
    view! {
        <PageTitle text=title />
        <Breadcrumbs links=vec![
            (team_href(lang, "inhoud"), t(lang, "edit-overview-title")),
            (content_href(lang, &data.slug, doc, ""), data.slug.clone()),
        ] />
        {summary}
        <h1 class="hl-heading-xl">{heading}</h1>
        {conflict_links}
        <div class=layout_class>
            {source}
            <EditorForm data=data.clone() doc csrf=session.csrf />
        </div>
        {preview}
        <LivePreview form_id="editor-form".to_owned() heading=t(lang, "edit-preview-live") />
        <section class="hl-editor__help" aria-labelledby="help-heading">
            <h2 class="hl-heading-m" id="help-heading">{t(lang, "edit-readability-title")}</h2>
            <MessageList messages=data.readability.clone() empty_key="edit-checks-none" />
            <h2 class="hl-heading-m">{t(lang, "edit-checks-title")}</h2>
            <MessageList messages=data.checks.clone() empty_key="edit-checks-none" />
        </section>
    }
    .into_any()
}

/// The conflict with a newer version first, then the fields' errors, each linking to its field.
fn error_summary(lang: Language, data: &EditView) -> impl IntoView + use<> {
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
        <div class="hl-error-summary" role="alert" tabindex="-1" autofocus=true>
            <h2 class="hl-heading-m">{t(lang, "team-error-summary")}</h2>
            <ul class="hl-list">{conflict}{items}</ul>
        </div>
    }
}

/// After a conflict: the newer version, and how it differs from the one the editor began with.
fn conflict_links(lang: Language, data: &EditView, doc: Language) -> Option<impl IntoView + use<>> {
    data.conflict.clone().map(|(number, _, _)| {
        view! {
            <p class="hl-body">
                <a href=content_href(lang, &data.slug, doc, &format!("versies/{number}"))>{t(lang, "edit-conflict-see")}</a>
                " · "
                <a href=format!("{}?van={}&naar={}", content_href(lang, &data.slug, doc, "vergelijken"), data.base, number)>
                    {t(lang, "edit-conflict-compare")}
                </a>
            </p>
        }
    })
}

/// The Dutch source of a translation, beside the form.
fn source_text(lang: Language, s: SourceText) -> impl IntoView {
    view! {
        <section class="hl-editor__source" aria-labelledby="source-heading" lang="nl" dir="ltr">
            <h2 class="hl-heading-m" id="source-heading" lang=lang.code>
                {t_args(lang, "edit-source-title", &[("number", &s.number.to_string())])}
            </h2>
            <p class="hl-body"><strong>{s.title}</strong></p>
            <p class="hl-body">{s.summary}</p>
            <pre class="hl-editor__source-text">{s.body}</pre>
        </section>
    }
}

fn group_class(errors: &FieldErrors, field: &str) -> &'static str {
    if errors.iter().any(|(f, _)| *f == field) {
        "hl-form-group hl-form-group--error"
    } else {
        "hl-form-group"
    }
}

fn field_error(lang: Language, errors: &FieldErrors, field: &str) -> Option<impl IntoView + use<>> {
    errors
        .iter()
        .find(|(f, _)| *f == field)
        .map(|(_, key)| view! { <p class="hl-error-message" id=format!("{field}-error")>{t(lang, key)}</p> })
}

/// Title, summary, body and a note on the change; save, or see a preview first.
#[component]
fn EditorForm(data: EditView, doc: Language, csrf: String) -> impl IntoView {
    let lang = use_language();
    let errors = &data.errors;
    let action = content_href(lang, &data.slug, doc, "bewerken");
    let aria =
        |field: &str, hint: bool| field_aria(field, hint, errors.iter().any(|(f, _)| *f == field));
    let (title_invalid, title_described) = aria("title", false);
    let (summary_invalid, summary_described) = aria("summary", false);
    let (note_invalid, note_described) = aria("note", true);
    view! {
        <form class="hl-editor__form" id="editor-form" method="post" action=action novalidate=true>
            <CsrfField token=csrf />
            <input type="hidden" name="basis" value=data.base.to_string() />
            <input type="hidden" name="bron" value=data.source_version_id.map(|s| s.to_string()).unwrap_or_default() />
            <div class=group_class(errors, "title")>
                <label class="hl-label" for="title">{t(lang, "edit-field-title")}</label>
                {field_error(lang, errors, "title")}
                <input class="hl-input" type="text" id="title" name="titel" value=data.title.clone() lang=doc.code dir=doc.dir().as_str() maxlength="200"
                    aria-invalid=title_invalid aria-describedby=title_described />
            </div>
            <div class=group_class(errors, "summary")>
                <label class="hl-label" for="summary">{t(lang, "edit-field-summary")}</label>
                {field_error(lang, errors, "summary")}
                <textarea class="hl-textarea" id="summary" name="samenvatting" rows="2" lang=doc.code dir=doc.dir().as_str()
                    aria-invalid=summary_invalid aria-describedby=summary_described>{textarea_text(&data.summary)}</textarea>
            </div>
            <BodyField body=data.body.clone() errors=data.errors.clone() doc />
            <div class=group_class(errors, "note")>
                <label class="hl-label" for="note">{t(lang, "edit-field-note")}</label>
                <p class="hl-hint" id="note-hint">{t(lang, "edit-field-note-hint")}</p>
                {field_error(lang, errors, "note")}
                <input class="hl-input" type="text" id="note" name="toelichting" value=data.note.clone() maxlength="300"
                    aria-invalid=note_invalid aria-describedby=note_described />
            </div>
            <div class="hl-button-group">
                <button class="hl-button" type="submit" name="actie" value="opslaan">{t(lang, "edit-save")}</button>
                <button class="hl-button hl-button--secondary" type="submit" name="actie" value="voorbeeld">{t(lang, "edit-preview")}</button>
            </div>
        </form>
    }
    // Erased: the page's view type would be too deep to compile.
    .into_any()
}

/// The body in Markdown: a short reminder of the syntax and a toolbar (an island) above it.
#[component]
fn BodyField(
    body: String,
    errors: Vec<(&'static str, &'static str)>,
    doc: Language,
) -> impl IntoView {
    let lang = use_language();
    let (invalid, described) = field_aria("body", true, errors.iter().any(|(f, _)| *f == "body"));
    view! {
        <div class=group_class(&errors, "body")>
            <label class="hl-label" for="body">{t(lang, "edit-field-body")}</label>
            <div class="hl-hint" id="body-hint">
                <p>{t(lang, "edit-markdown-help")}</p>
                <p><code>"## "{t(lang, "edit-markdown-heading")}</code> " · " <code>"**"{t(lang, "edit-markdown-bold")}"**"</code> " · " <code>"- "{t(lang, "edit-markdown-list")}</code> " · " <code>"[tekst](topic:samenwonen)"</code> " · " <code>"{{phone}}"</code></p>
            </div>
            {field_error(lang, &errors, "body")}
            <MarkdownToolbar
                target="body".to_owned()
                labels=vec![
                    t(lang, "edit-toolbar-label"),
                    t(lang, "edit-toolbar-heading"),
                    t(lang, "edit-toolbar-bold"),
                    t(lang, "edit-toolbar-list"),
                    t(lang, "edit-toolbar-link"),
                ]
            />
            <textarea class="hl-textarea hl-editor__body" id="body" name="tekst" rows="24" aria-invalid=invalid aria-describedby=described lang=doc.code dir=doc.dir().as_str()>{textarea_text(&body)}</textarea>
        </div>
    }
}
