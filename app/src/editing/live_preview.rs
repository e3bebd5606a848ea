//! The editor's live preview: an island that, a moment after the editor stops typing, asks
//! the server for the same preview the "Voorbeeld bekijken" button shows (so it is exactly the
//! public rendering, snippets and cleaning included) and puts it under the form. Without
//! JavaScript it renders nothing and the button does the same job.

use leptos::prelude::*;

/// How long typing must pause before the preview is fetched.
#[cfg(feature = "hydrate")]
const PAUSE: std::time::Duration = std::time::Duration::from_millis(700);

#[island]
pub fn LivePreview(
    /// The id of the editor's form.
    form_id: String,
    /// Translated heading of the preview.
    heading: String,
) -> impl IntoView {
    let (html, set_html) = signal(None::<String>);
    Effect::new(move |_| {
        #[cfg(feature = "hydrate")]
        listen(&form_id, set_html);
        #[cfg(not(feature = "hydrate"))]
        let _ = (&form_id, set_html);
    });
    view! {
        <section class="hl-editor__live" aria-live="polite" aria-busy="false">
            {move || {
                html.get()
                    .map(|article| {
                        view! {
                            <h2 class="hl-heading-m">{heading.clone()}</h2>
                            <div inner_html=article></div>
                        }
                    })
            }}
        </section>
    }
}

#[cfg(feature = "hydrate")]
fn listen(form_id: &str, set_html: WriteSignal<Option<String>>) {
    use leptos::wasm_bindgen::{JsCast, closure::Closure};
    use std::{cell::Cell, rc::Rc};
    let Some(form) = document()
        .get_element_by_id(form_id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlFormElement>().ok())
    else {
        return;
    };
    // Each keystroke starts a new wait; only the last one fetches.
    let generation = Rc::new(Cell::new(0u64));
    let target = form.clone();
    let on_input = Closure::<dyn Fn()>::new(move || {
        let mine = generation.get() + 1;
        generation.set(mine);
        let generation = generation.clone();
        let form = target.clone();
        set_timeout(
            move || {
                if generation.get() != mine {
                    return;
                }
                leptos::task::spawn_local(async move {
                    if let Some(article) = fetch_preview(&form).await {
                        set_html.set(Some(article));
                    }
                });
            },
            PAUSE,
        );
    });
    let _ = form.add_event_listener_with_callback("input", on_input.as_ref().unchecked_ref());
    // The listener lives as long as the page.
    on_input.forget();
}

#[cfg(feature = "hydrate")]
async fn fetch_preview(form: &web_sys::HtmlFormElement) -> Option<String> {
    use leptos::wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let data = web_sys::FormData::new_with_form(form).ok()?;
    let params = web_sys::UrlSearchParams::new_with_str_sequence_sequence(&data).ok()?;
    params.set("actie", "voorbeeld");
    let init = web_sys::RequestInit::new();
    init.set_method("POST");
    init.set_body(&params);
    let response: web_sys::Response =
        JsFuture::from(window().fetch_with_str_and_init(&form.action(), &init))
            .await
            .ok()?
            .dyn_into()
            .ok()?;
    let text = JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()?;
    let page = web_sys::DomParser::new()
        .ok()?
        .parse_from_string(&text, web_sys::SupportedType::TextHtml)
        .ok()?;
    // The server's preview article: already cleaned by the same allowlist as public pages.
    let article = page
        .query_selector(".hl-editor__preview .hl-preview")
        .ok()??;
    Some(article.outer_html())
}
