//! Reading a page as text: the value of a hidden field or of an attribute, and the words a
//! reader sees.

/// The value of the hidden input `name` on a page, if there is one.
pub fn hidden_field(html: &str, name: &str) -> Option<String> {
    html.split(&format!("name=\"{name}\" value=\""))
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .map(str::to_owned)
}

/// The value of the hidden input `name` on a page; empty when there is none.
pub fn hidden(html: &str, name: &str) -> String {
    hidden_field(html, name).unwrap_or_default()
}

/// The value of `attr="…"` in the first tag of `html` that contains `marker`.
pub fn attr_after(html: &str, marker: &str, attr: &str) -> String {
    let at = html
        .find(marker)
        .unwrap_or_else(|| panic!("{marker} in page"));
    let rest = &html[at..];
    let start = rest.find(&format!("{attr}=\"")).unwrap() + attr.len() + 2;
    rest[start..start + rest[start..].find('"').unwrap()].to_owned()
}

/// Text without tags or comments, whitespace collapsed.
pub fn text(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        out.push_str(&rest[..start]);
        let end = if rest[start..].starts_with("<!--") {
            rest[start..].find("-->").map(|e| start + e + 3)
        } else {
            rest[start..].find('>').map(|e| start + e + 1)
        };
        out.push(' ');
        rest = &rest[end.unwrap_or(rest.len())..];
    }
    out.push_str(rest);
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}
