//! A page's variants for one municipality, on its page in the editor: which exist, and a
//! form to make one; on a variant, which page it stands in for and for whom.

use super::common::content_href;
use crate::{
    i18n::{t, t_args, use_language},
    layout::FormGroup,
    staff::CsrfField,
};
use helder_domain::languages::Language;
use leptos::prelude::*;

/// The name of the field that names the municipality.
const MUNICIPALITY_FIELD: &str = "gemeente";

/// What the page knows of variants (empty for an organisation with one municipality).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct VariantsView {
    /// This page is a variant: of which page (slug, Dutch title), for which municipality.
    pub of: Option<(String, String, String)>,
    /// The variants this page has: (slug, municipality name).
    pub made: Vec<(String, String)>,
    /// Municipalities a variant can still be made for: (id, name).
    pub choices: Vec<(String, String)>,
}

/// On a variant: what it is. On a page of the organisation with several municipalities: its
/// variants and the form to make one. Nothing otherwise.
#[component]
pub fn Variants(slug: String, data: VariantsView, csrf: String) -> impl IntoView {
    let lang = use_language();
    let dutch = Language::default_language();
    if let Some((base, title, municipality)) = data.of.clone() {
        return view! {
            <p class="hl-body">
                {t_args(lang, "edit-variant-is", &[("page", &title), ("municipality", &municipality)])}
                " "
                <a href=content_href(lang, &base, dutch, "")>{title.clone()}</a>
            </p>
        }
        .into_any();
    }
    if data.made.is_empty() && data.choices.is_empty() {
        return ().into_any();
    }
    let made = if data.made.is_empty() {
        view! { <p class="hl-body">{t(lang, "edit-variants-none")}</p> }.into_any()
    } else {
        let items = data
            .made
            .iter()
            .map(|(variant, name)| {
                view! { <li><a href=content_href(lang, variant, dutch, "")>{name.clone()}</a></li> }
            })
            .collect_view();
        view! { <ul class="hl-list">{items}</ul> }.into_any()
    };
    let form = (!data.choices.is_empty()).then(|| {
        let options = data
            .choices
            .iter()
            .map(|(id, name)| view! { <option value=id.clone()>{name.clone()}</option> })
            .collect_view();
        view! {
            <form method="post" action=content_href(lang, &slug, dutch, "variant")>
                <CsrfField token=csrf.clone() />
                <FormGroup id=MUNICIPALITY_FIELD label=t(lang, "edit-variant-municipality")>
                    <select class="hl-select" id=MUNICIPALITY_FIELD name=MUNICIPALITY_FIELD>{options}</select>
                </FormGroup>
                <button class="hl-button hl-button--secondary" type="submit">{t(lang, "edit-variant-make")}</button>
            </form>
        }
    });
    view! {
        <h2 class="hl-heading-m">{t(lang, "edit-variants-title")}</h2>
        <p class="hl-body">{t(lang, "edit-variants-intro")}</p>
        {made}
        {form}
    }
    .into_any()
}
