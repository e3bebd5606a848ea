//! The rules of a CSV file for a spreadsheet (the statistics export).
//!
//! Choices, for Excel with Dutch settings (what the municipality uses):
//! - UTF-8 with a byte-order mark: without it Excel reads the file as Windows-1252 and
//!   "geëxporteerd" turns into "geÃ«xporteerd".
//! - A semicolon between fields: Dutch Excel expects it (the comma is the decimal sign there),
//!   so a double click opens the file in columns. Decimals use the page's decimal sign.
//! - Otherwise RFC 4180: CRLF line ends, a field with the separator, a quote or a line break is
//!   put in double quotes and its quotes are doubled.
//! - A field that starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading
//!   apostrophe, so a spreadsheet never runs it as a formula (CSV injection; OWASP).

pub const BOM: char = '\u{feff}';
pub const SEPARATOR: char = ';';

/// One field, neutralised and quoted where needed.
pub fn cell(value: &str) -> String {
    let neutral = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_owned()
    };
    if neutral.contains([SEPARATOR, '"', '\r', '\n']) {
        format!("\"{}\"", neutral.replace('"', "\"\""))
    } else {
        neutral
    }
}

/// Appends one record with its CRLF.
pub fn push_row<S: AsRef<str>>(out: &mut String, cells: &[S]) {
    let row: Vec<String> = cells.iter().map(|c| cell(c.as_ref())).collect();
    out.push_str(&row.join(&SEPARATOR.to_string()));
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_fields_stay_as_they_are() {
        assert_eq!(cell("Werk"), "Werk");
        assert_eq!(cell("12"), "12");
        assert_eq!(
            cell("2,5"),
            "2,5",
            "a decimal comma needs no quotes with ; as separator"
        );
        assert_eq!(cell(""), "");
    }

    #[test]
    fn fields_with_separator_quote_or_line_break_are_quoted() {
        assert_eq!(cell("a;b"), "\"a;b\"");
        assert_eq!(cell("zegt \"alleen\""), "\"zegt \"\"alleen\"\"\"");
        assert_eq!(cell("two\nlines"), "\"two\nlines\"");
        assert_eq!(cell("cr\r"), "\"cr\r\"");
    }

    #[test]
    fn formulas_are_neutralised() {
        assert_eq!(cell("=1+1"), "'=1+1");
        assert_eq!(cell("+31 6"), "'+31 6");
        assert_eq!(cell("-2"), "'-2");
        assert_eq!(cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(cell("\tx"), "'\tx");
        assert_eq!(
            cell("=HYPERLINK(\"x\";\"y\")"),
            "\"'=HYPERLINK(\"\"x\"\";\"\"y\"\")\""
        );
        assert_eq!(cell("a=b"), "a=b", "only a leading sign counts");
    }

    #[test]
    fn rows_end_in_crlf() {
        let mut out = String::new();
        push_row(&mut out, &["a", "b;c", "1"]);
        assert_eq!(out, "a;\"b;c\";1\r\n");
    }
}
