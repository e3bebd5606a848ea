//! On a page's document page: the law it rests on and its sources (editors only; readers see
//! the check date), and for a translation whether a native speaker has read it.

use super::common::content_href;
use crate::i18n::{t, t_args, use_language};
use crate::layout::FormGroup;
use crate::staff::CsrfField;
use helder_domain::languages::Language;
use leptos::prelude::*;

/// A page's legal basis, last check (`YYYY-MM-DD`) and the sources behind it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LawView {
    pub legal_basis: String,
    pub checked_on: String,
    pub source_notes: String,
}

/// A translation's published version and who read it as a native speaker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NativeView {
    pub version: i32,
    /// (name, day) once checked.
    pub checked: Option<(String, String)>,
}

/// The legal basis and sources; on the Dutch page a form to change them.
#[component]
pub fn LawSection(slug: String, doc: Language, law: LawView, csrf: String) -> impl IntoView {
    let lang = use_language();
    let dutch = Language::default_language();
    let shown = |value: &str| {
        if value.trim().is_empty() {
            t(lang, "edit-law-none")
        } else {
            value.to_owned()
        }
    };
    let facts = view! {
        <dl class="hl-summary">
            <div class="hl-summary__row">
                <dt class="hl-summary__key">{t(lang, "edit-law-basis")}</dt>
                <dd class="hl-summary__value">{shown(&law.legal_basis)}</dd>
            </div>
            <div class="hl-summary__row">
                <dt class="hl-summary__key">{t(lang, "edit-law-checked")}</dt>
                <dd class="hl-summary__value">{shown(&law.checked_on)}</dd>
            </div>
        </dl>
    };
    let notes = (!law.source_notes.trim().is_empty()).then(|| {
        view! {
            <h3 class="hl-heading-s">{t(lang, "edit-law-sources")}</h3>
            // Long notes scroll inside their box: keyboard users reach it too.
            <pre class="hl-source-notes" lang="nl" tabindex="0" role="region" aria-label=t(lang, "edit-law-sources")>
                {law.source_notes.clone()}
            </pre>
        }
    });
    let form = (doc == dutch).then(|| {
        view! {
            <details class="hl-details">
                <summary class="hl-details__summary">{t(lang, "edit-law-change")}</summary>
                <form method="post" action=content_href(lang, &slug, dutch, "wettelijke-basis") novalidate=true>
                    <CsrfField token=csrf />
                    <FormGroup id="legal-basis" label=t(lang, "edit-law-basis") hint=t(lang, "edit-law-basis-hint")>
                        <input class="hl-input" type="text" id="legal-basis" name="basis" value=law.legal_basis.clone() aria-describedby="legal-basis-hint" />
                    </FormGroup>
                    <FormGroup id="checked-on" label=t(lang, "edit-law-checked") hint=t(lang, "edit-law-checked-hint")>
                        <input class="hl-input hl-input--width-10" type="date" id="checked-on" name="gecontroleerd" value=law.checked_on.clone() aria-describedby="checked-on-hint" />
                    </FormGroup>
                    <FormGroup id="source-notes" label=t(lang, "edit-law-sources") hint=t(lang, "edit-law-sources-hint")>
                        <textarea class="hl-textarea" id="source-notes" name="bronnen" rows="8" aria-describedby="source-notes-hint">{law.source_notes.clone()}</textarea>
                    </FormGroup>
                    <button class="hl-button hl-button--secondary" type="submit">{t(lang, "edit-law-save")}</button>
                </form>
            </details>
        }
    });
    view! {
        <h2 class="hl-heading-m">{t(lang, "edit-law-title")}</h2>
        <p class="hl-hint">{t(lang, "edit-law-intro")}</p>
        {facts}
        {notes}
        {form}
    }
}

/// Whether a native speaker read the published translation; a form to record it.
#[component]
pub fn NativeCheck(slug: String, doc: Language, native: NativeView, csrf: String) -> impl IntoView {
    let lang = use_language();
    let number = native.version.to_string();
    let state = match &native.checked {
        Some((name, day)) => view! {
            <p class="hl-body">
                {t_args(lang, "edit-native-checked", &[("number", &number), ("name", name), ("date", day)])}
            </p>
        }
        .into_any(),
        None => view! {
            <p class="hl-body">
                <strong class="hl-tag hl-tag--edit-native">{t(lang, "edit-state-native-unchecked")}</strong>
                " " {t_args(lang, "edit-native-unchecked", &[("number", &number)])}
            </p>
            <form method="post" action=content_href(lang, &slug, doc, "moedertaal") novalidate=true>
                <CsrfField token=csrf />
                <input type="hidden" name="gepubliceerd" value=number.clone() />
                <FormGroup id="native-name" label=t(lang, "edit-native-name") hint=t(lang, "edit-native-name-hint")>
                    <input class="hl-input hl-input--width-20" type="text" id="native-name" name="naam" autocomplete="off" />
                </FormGroup>
                <button class="hl-button hl-button--secondary" type="submit">{t(lang, "edit-native-mark")}</button>
            </form>
        }
        .into_any(),
    };
    view! {
        <h2 class="hl-heading-m">{t(lang, "edit-native-title")}</h2>
        {state}
    }
}
