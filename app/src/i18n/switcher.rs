//! The language switcher: plain links, so it works without JavaScript and keeps the page.

use super::lookup::{t, use_language};
use helder_domain::languages::LANGUAGES;
use leptos::prelude::*;

/// Links to the current page in every offered language. The path comes from the request
/// on the server; this component is never hydrated.
#[component]
pub fn LanguageSwitcher(
    /// Path and query of the page being shown, e.g. `/nl/privacy`.
    current_path: String,
    /// Offer only these languages (staff pages exist in Dutch and English only).
    #[prop(optional)]
    only: Option<&'static [&'static str]>,
) -> impl IntoView {
    let lang = use_language();
    let items = LANGUAGES
        .iter()
        .filter(|l| only.is_none_or(|codes| codes.contains(&l.code)))
        .map(|other| {
            let item = if *other == lang {
                view! {
                    <span class="hl-language-switcher__current" aria-current="true" lang=other.code dir=other.dir().as_str()>
                        {other.name}
                    </span>
                }
                .into_any()
            } else {
                view! {
                    <a
                        class="hl-language-switcher__link"
                        href=other.switch_path(&current_path)
                        hreflang=other.code
                        lang=other.code
                        dir=other.dir().as_str()
                    >
                        {other.name}
                    </a>
                }
                .into_any()
            };
            view! { <li class="hl-language-switcher__item">{item}</li> }
        })
        .collect_view();
    view! {
        <nav class="hl-language-switcher" aria-label=t(lang, "language-switcher-label")>
            <ul class="hl-language-switcher__list">{items}</ul>
        </nav>
    }
}

/// Longest value of one query parameter carried into the switcher's links (a search query is
/// at most this long, see `search::MAX_QUERY_CHARS`).
const MAX_ECHOED_VALUE_CHARS: usize = helder_domain::search::MAX_QUERY_CHARS;
/// Most query parameters carried into the switcher's links.
const MAX_ECHOED_PAIRS: usize = 8;

/// The query string of the page, bounded for echoing into every language link: each value cut
/// to its maximum and at most a few parameters, so a 60,000-character query costs nothing.
pub fn bounded_query(raw: &str) -> String {
    raw.split('&')
        .filter(|pair| !pair.is_empty())
        .take(MAX_ECHOED_PAIRS)
        .map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let key: String = percent_decode(key).chars().take(40).collect();
            let value: String = percent_decode(value)
                .chars()
                .take(MAX_ECHOED_VALUE_CHARS)
                .collect();
            format!("{}={}", percent_encode(&key), percent_encode(&value))
        })
        .collect::<Vec<_>>()
        .join("&")
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push((h * 16 + l) as u8);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            other => out.push(other),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                out.push(byte as char)
            }
            b' ' => out.push('+'),
            other => out.push_str(&format!("%{other:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn echoed_queries_are_bounded() {
        assert_eq!(bounded_query("q=kosten+delen"), "q=kosten+delen");
        assert_eq!(bounded_query("q=%C3%A9%C3%A9n&x=1"), "q=%C3%A9%C3%A9n&x=1");
        let long = format!("q={}", "a".repeat(60_000));
        assert_eq!(bounded_query(&long), format!("q={}", "a".repeat(200)));
        // Characters, not bytes: 300 times "é" becomes 200.
        let wide = format!("q={}", "%C3%A9".repeat(300));
        assert_eq!(bounded_query(&wide), format!("q={}", "%C3%A9".repeat(200)));
        let many = (0..50)
            .map(|i| format!("k{i}=v"))
            .collect::<Vec<_>>()
            .join("&");
        assert_eq!(bounded_query(&many).split('&').count(), 8);
        // Broken escapes stay harmless.
        assert_eq!(bounded_query("q=%zz%4"), "q=%25zz%254");
        assert_eq!(bounded_query(""), "");
    }
}
