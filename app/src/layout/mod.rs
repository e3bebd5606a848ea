//! Components every page shares (title and heading, breadcrumbs, error summary, form group,
//! print button, textarea text); the shell around the pages is in [`shell`].

mod print;
pub mod shell;
pub use print::PrintButton;

use crate::{
    Site,
    i18n::{t, t_args, use_language},
};
use leptos::prelude::*;
use leptos_meta::Title;

/// The `<title>` of a page: "Page – Municipality".
#[component]
pub fn PageTitle(text: String) -> impl IntoView {
    let lang = use_language();
    let site = use_context::<Site>().unwrap_or_default();
    let full = t_args(
        lang,
        "page-title",
        &[("page", &text), ("municipality", &site.municipality)],
    );
    view! { <Title text=full /> }
}

/// The breadcrumbs above a page: (address, text) from the top down.
#[component]
pub fn Breadcrumbs(links: Vec<(String, String)>) -> impl IntoView {
    let lang = use_language();
    view! {
        <nav class="hl-breadcrumbs" aria-label=t(lang, "breadcrumbs-label")>
            <ol class="hl-breadcrumbs__list">{link_items(links)}</ol>
        </nav>
    }
}

/// The items of a list of links, (address, text) each: breadcrumbs and navigation.
pub fn link_items(links: Vec<(String, String)>) -> impl IntoView {
    links
        .into_iter()
        .map(|(href, text)| view! { <li><a href=href>{text}</a></li> })
        .collect_view()
}

/// GOV.UK error summary: a heading (Fluent key) and each problem as (field id, text), linking
/// to its field. Nothing when there are no problems. It takes the focus when the page loads
/// (`autofocus`, which browsers honour without JavaScript too), so a keyboard or screen
/// reader user lands on what went wrong; the page's title starts with "Fout:" as well.
#[component]
pub fn ErrorSummary(
    /// Fluent key of the summary's heading.
    #[prop(default = "team-error-summary")]
    title: &'static str,
    problems: Vec<(String, String)>,
) -> impl IntoView {
    let lang = use_language();
    (!problems.is_empty()).then(|| {
        let items = problems
            .into_iter()
            .map(|(field, text)| view! { <li><a href=format!("#{field}")>{text}</a></li> })
            .collect_view();
        view! {
            <div class="hl-error-summary" role="alert" tabindex="-1" autofocus=true>
                <h2 class="hl-heading-m">{t(lang, title)}</h2>
                <ul class="hl-list">{items}</ul>
            </div>
        }
    })
}

/// The `<title>` and the `<h1>` of a page with the same text.
#[component]
pub fn PageHeading(text: String) -> impl IntoView {
    view! {
        <PageTitle text=text.clone() />
        <h1 class="hl-heading-xl">{text}</h1>
    }
}

/// A GOV.UK form group: the label, a hint (`{id}-hint`), the field's error message and then
/// the field itself (the children), whose id is `id`; give the field [`field_aria`].
#[component]
pub fn FormGroup(
    #[prop(into)] id: String,
    label: String,
    #[prop(optional)] hint: Option<String>,
    #[prop(default = None)] error: Option<AnyView>,
    children: Children,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    view! {
        <div class="hl-form-group">
            <label class="hl-label" for=id>{label}</label>
            {hint.map(|hint| view! { <p class="hl-hint" id=hint_id>{hint}</p> })}
            {error}
            {children()}
        </div>
    }
}

/// `aria-invalid` and `aria-describedby` for the field `id`: its hint (`{id}-hint`) and, when
/// invalid, its error message (`{id}-error`), so a screen reader reads both with the field.
pub fn field_aria(id: &str, hint: bool, invalid: bool) -> (Option<&'static str>, Option<String>) {
    let described: Vec<String> = [
        hint.then(|| format!("{id}-hint")),
        invalid.then(|| format!("{id}-error")),
    ]
    .into_iter()
    .flatten()
    .collect();
    (
        invalid.then_some("true"),
        (!described.is_empty()).then(|| described.join(" ")),
    )
}

/// Text for inside a `<textarea>`. Leptos writes a textarea's children without escaping (as
/// for `<script>`), so typed text that is shown again (answers kept on error, an editor's
/// draft) could close the textarea and inject markup. Escaped here; the browser decodes the
/// entities, so the field holds exactly what was typed.
pub fn textarea_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::textarea_text;

    #[test]
    fn typed_text_cannot_close_the_textarea() {
        assert_eq!(
            textarea_text("a < b & </textarea><script>"),
            "a &lt; b &amp; &lt;/textarea&gt;&lt;script&gt;"
        );
    }
}
