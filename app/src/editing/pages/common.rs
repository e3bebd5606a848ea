//! The parts the content pages share: links, states, messages, previews. A sibling of the
//! pages, so they need not import their parent.

use crate::{
    i18n::{t, t_args, use_language},
    staff::team_href,
};
use helder_domain::{
    editing::workflow::{DraftState, PublicState},
    languages::Language,
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

/// The page title of a form that came back with errors starts with "Error:".
pub(super) fn error_title(lang: Language, heading: &str, has_errors: bool) -> String {
    if has_errors {
        format!("{}: {heading}", t(lang, "team-error-prefix"))
    } else {
        heading.to_owned()
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
pub(super) fn MessageList(messages: Vec<Message>, empty_key: &'static str) -> impl IntoView {
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

/// One page in one language: a cell of the overview, the state line of the page itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cell {
    pub lang: Language,
    /// None: no text in this language yet.
    pub public: Option<PublicState>,
    pub outdated: bool,
    pub draft: Option<DraftState>,
    pub review_pending: bool,
    /// A published translation that no native speaker has checked yet.
    pub native_unchecked: bool,
}

/// The state of a page in one language in words: (class suffix, text).
pub(super) fn state_tags(lang: Language, cell: &Cell) -> Vec<(&'static str, String)> {
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
    if cell.native_unchecked {
        tags.push(("native", t(lang, "edit-state-native-unchecked")));
    }
    tags
}

#[component]
pub(super) fn Tags(tags: Vec<(&'static str, String)>) -> impl IntoView {
    tags.into_iter()
        .map(|(class, text)| {
            view! { <strong class=format!("hl-tag hl-tag--edit-{class}")>{text}</strong> " " }
        })
        .collect_view()
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

/// The rendered text, exactly as readers would get it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Preview {
    pub title: String,
    pub summary: String,
    pub html: String,
}

/// A [`Preview`] in the document's language and direction.
#[component]
pub(super) fn PreviewArticle(preview: Preview, doc: Language) -> impl IntoView {
    view! {
        <article class="hl-article hl-preview" lang=doc.code dir=doc.dir().as_str()>
            <h1 class="hl-heading-xl">{preview.title}</h1>
            <p class="hl-lead">{preview.summary}</p>
            <div class="hl-prose" inner_html=preview.html></div>
        </article>
    }
}
