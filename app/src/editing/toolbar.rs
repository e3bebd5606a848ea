//! A small Markdown toolbar above the editor's text field: an island, because it changes the
//! text where the cursor is. Without JavaScript it renders nothing; the hint above the field
//! shows the same Markdown to type.

use leptos::prelude::*;

/// What a button does to the selected text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Markup {
    Heading,
    Bold,
    List,
    Link,
}

impl Markup {
    /// The text that replaces `selected`, and where the selection goes inside it.
    pub fn apply(self, selected: &str, at_line_start: bool) -> (String, usize, usize) {
        let word = if selected.is_empty() {
            "tekst"
        } else {
            selected
        };
        let (before, after) = match self {
            Markup::Heading => ("## ", ""),
            Markup::Bold => ("**", "**"),
            Markup::List => ("- ", ""),
            Markup::Link => ("[", "](topic:)"),
        };
        // Headings and list items start a line of their own.
        let newline = if matches!(self, Markup::Heading | Markup::List) && !at_line_start {
            "\n"
        } else {
            ""
        };
        let text = format!("{newline}{before}{word}{after}");
        let start = newline.len() + before.len();
        (text, start, start + word.len())
    }
}

#[island]
pub fn MarkdownToolbar(
    /// The id of the textarea.
    target: String,
    /// Translated: the toolbar's name, then heading, bold, list, link.
    labels: Vec<String>,
) -> impl IntoView {
    let (hydrated, set_hydrated) = signal(false);
    Effect::new(move |_| set_hydrated.set(true));
    move || {
        hydrated.get().then(|| {
            let label = |i: usize| labels.get(i).cloned().unwrap_or_default();
            let buttons = [
                (Markup::Heading, label(1)),
                (Markup::Bold, label(2)),
                (Markup::List, label(3)),
                (Markup::Link, label(4)),
            ]
            .into_iter()
            .map(|(markup, text)| {
                let target = target.clone();
                view! {
                    <button
                        type="button"
                        class="hl-button hl-button--secondary hl-button--small"
                        on:click=move |_| apply(&target, markup)
                    >
                        {text}
                    </button>
                }
            })
            .collect_view();
            view! {
                <div class="hl-toolbar" role="toolbar" aria-label=label(0) aria-controls=target.clone()>
                    {buttons}
                </div>
            }
        })
    }
}

#[cfg(feature = "hydrate")]
fn apply(target: &str, markup: Markup) {
    use leptos::wasm_bindgen::JsCast;
    let Some(area) = document()
        .get_element_by_id(target)
        .and_then(|e| e.dyn_into::<leptos::web_sys::HtmlTextAreaElement>().ok())
    else {
        return;
    };
    let value = area.value();
    // The browser counts in UTF-16 units; Rust strings in bytes.
    let units: Vec<u16> = value.encode_utf16().collect();
    let start = area.selection_start().ok().flatten().unwrap_or(0) as usize;
    let end = area.selection_end().ok().flatten().unwrap_or(0) as usize;
    let (start, end) = (start.min(units.len()), end.min(units.len()).max(start));
    let before = String::from_utf16_lossy(&units[..start]);
    let selected = String::from_utf16_lossy(&units[start..end]);
    let after = String::from_utf16_lossy(&units[end..]);
    let at_line_start = before.is_empty() || before.ends_with('\n');
    let (text, sel_start, sel_end) = markup.apply(&selected, at_line_start);
    area.set_value(&format!("{before}{text}{after}"));
    let base = before.encode_utf16().count();
    let to_units = |bytes: usize| text[..bytes].encode_utf16().count();
    let _ = area.set_selection_range(
        (base + to_units(sel_start)) as u32,
        (base + to_units(sel_end)) as u32,
    );
    let _ = area.focus();
}

#[cfg(not(feature = "hydrate"))]
fn apply(_target: &str, _markup: Markup) {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_wraps_the_selection() {
        assert_eq!(
            Markup::Bold.apply("let op", true),
            ("**let op**".into(), 2, 8)
        );
        assert_eq!(
            Markup::Heading.apply("Kop", false),
            ("\n## Kop".into(), 4, 7)
        );
        assert_eq!(Markup::List.apply("", true), ("- tekst".into(), 2, 7));
        let (link, start, end) = Markup::Link.apply("samenwonen", true);
        assert_eq!(link, "[samenwonen](topic:)");
        assert_eq!(&link[start..end], "samenwonen");
    }
}
