//! "Print this page". Printing needs the browser, but not a wasm bundle: the button waits in
//! a `<template>` (inert, so without JavaScript there is no button that does nothing and
//! people use their browser's own print command) and a few bytes of inline script, allowed
//! by its hash in the page's CSP, put it in place. Pages with this button load no script file.

use leptos::prelude::*;

/// Takes the template just before the script, wires its button to `window.print()` and puts
/// the button where the template was.
const PLACE_BUTTON: &str = "(function(s){var t=s.previousElementSibling,b=t.content.firstElementChild;\
b.onclick=function(){window.print()};t.replaceWith(b)})(document.currentScript)";

#[component]
pub fn PrintButton(
    /// The translated button text.
    label: String,
) -> impl IntoView {
    view! {
        <template>
            <button type="button" class="hl-button hl-button--secondary hl-print-button">
                {label}
            </button>
        </template>
        <script inner_html=PLACE_BUTTON></script>
    }
}
