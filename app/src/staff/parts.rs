//! Building blocks of the staff pages (GOV.UK patterns), one block of markup each. Queue,
//! content, film and account pages all use them, so the markup and its classes are spelled
//! once.

use crate::i18n::{t, use_language};
use leptos::prelude::*;

/// A GOV.UK table of a staff page: a caption (visually hidden unless asked) and column
/// headings from Fluent keys; the rows are the children.
#[component]
pub fn StaffTable(
    /// Fluent key of the caption.
    caption: &'static str,
    /// Fluent keys of the column headings.
    headers: &'static [&'static str],
    /// The last column holds buttons: its heading is for screen readers only.
    #[prop(optional)]
    hidden_last: bool,
    /// Keys of the headings over numbers (aligned right).
    #[prop(optional)]
    numeric: &'static [&'static str],
    /// The caption shown as a heading instead of only to screen readers.
    #[prop(optional)]
    visible_caption: bool,
    children: Children,
) -> impl IntoView {
    let lang = use_language();
    let text = t(lang, caption);
    let last = headers.len().saturating_sub(1);
    let heads = headers
        .iter()
        .enumerate()
        .map(|(i, key)| {
            let label = t(lang, key);
            if hidden_last && i == last {
                view! { <th scope="col"><span class="hl-visually-hidden">{label}</span></th> }
                    .into_any()
            } else if numeric.contains(key) {
                view! { <th scope="col" class="hl-numeric">{label}</th> }.into_any()
            } else {
                view! { <th scope="col">{label}</th> }.into_any()
            }
        })
        .collect_view();
    let caption_class = if visible_caption {
        "hl-heading-m"
    } else {
        "hl-visually-hidden"
    };
    let table = view! {
        <table class="hl-table">
            <caption class=caption_class>{text.clone()}</caption>
            <thead>
                <tr>{heads}</tr>
            </thead>
            <tbody>{children()}</tbody>
        </table>
    };
    // Every table scrolls inside its own box on a narrow screen, never the page; the box is a
    // focusable region named by the caption, so keyboard users can scroll it too (WCAG 2.1.1).
    view! { <section class="hl-table-wrap" aria-label=text tabindex="0">{table}</section> }
}

/// The municipalities of the signed-in person's organisation, for filtering lists and
/// figures; `selected` is the one shown (`None`: all of them).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Municipalities {
    /// (id, name) of each municipality the organisation serves.
    pub choices: Vec<(String, String)>,
    pub selected: Option<String>,
}

/// The query parameter that picks one municipality.
pub const MUNICIPALITY_PARAM: &str = "gemeente";

impl Municipalities {
    /// Whether there is anything to choose (an organisation serving one municipality has no
    /// filter and no municipality column).
    pub fn several(&self) -> bool {
        self.choices.len() > 1
    }

    /// The name of the municipality `id`.
    pub fn name(&self, id: &str) -> Option<String> {
        self.choices
            .iter()
            .find(|(i, _)| i == id)
            .map(|(_, name)| name.clone())
    }

    /// `gemeente=<id>&` for links that keep the choice (empty without one).
    pub fn query_prefix(&self) -> String {
        self.selected
            .as_ref()
            .map(|id| format!("{MUNICIPALITY_PARAM}={id}&"))
            .unwrap_or_default()
    }
}

/// The municipality select of a GET filter form ("all" first); nothing when the organisation
/// serves one municipality.
#[component]
pub fn MunicipalitySelect(municipalities: Municipalities) -> impl IntoView {
    let lang = use_language();
    municipalities.several().then(|| {
        let selected = municipalities.selected.clone();
        let options = municipalities
            .choices
            .iter()
            .map(|(id, name)| {
                let chosen = selected.as_deref() == Some(id.as_str());
                view! { <option value=id.clone() selected=chosen>{name.clone()}</option> }
            })
            .collect_view();
        view! {
            <crate::layout::FormGroup id=MUNICIPALITY_PARAM label=t(lang, "team-municipality")>
                <select class="hl-select" id=MUNICIPALITY_PARAM name=MUNICIPALITY_PARAM>
                    <option value="" selected=selected.is_none()>{t(lang, "team-municipality-all")}</option>
                    {options}
                </select>
            </crate::layout::FormGroup>
        }
    })
}
