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
    /// A wide table: the scrolling wrapper is a focusable region named by the caption.
    #[prop(optional)]
    region: bool,
    /// Without the scrolling wrapper.
    #[prop(optional)]
    bare: bool,
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
    if bare {
        table.into_any()
    } else if region {
        view! { <div class="hl-table-wrap" role="region" aria-label=text tabindex="0">{table}</div> }
            .into_any()
    } else {
        view! { <div class="hl-table-wrap">{table}</div> }.into_any()
    }
}
