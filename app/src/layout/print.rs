//! "Print this page": an island, because printing needs the browser. Without JavaScript it
//! renders nothing and people use their browser's own print command.

use leptos::prelude::*;

#[island]
pub fn PrintButton(
    /// The translated button text; islands get their strings from the server.
    label: String,
) -> impl IntoView {
    let (hydrated, set_hydrated) = signal(false);
    // Effects run only in the browser, so the button appears only once the wasm is running.
    Effect::new(move |_| set_hydrated.set(true));
    view! {
        <Show when=move || hydrated.get()>
            <button
                type="button"
                class="hl-button hl-button--secondary hl-print-button"
                on:click=move |_| {
                    if let Err(error) = window().print() {
                        leptos::logging::warn!("print failed: {error:?}");
                    }
                }
            >
                {label.clone()}
            </button>
        </Show>
    }
}
