//! Reading a tenants file (TOML) and checking it. Every problem is named, with where it is,
//! so an installation can fix its file before Helder starts: unknown keys, missing ones,
//! duplicate ids and hosts, and brand colours below WCAG AA.

use super::contrast::{Colour, NON_TEXT_CONTRAST, TEXT_CONTRAST};
use super::{Brand, Municipality, Organisation, Retention, TenantId, Tenants, normalise_host};
use crate::languages::Language;
use std::collections::{BTreeMap, BTreeSet};

/// The text colour on a focused element (`--hl-focus-text`): the focus colour is its
/// background.
const FOCUS_TEXT: Colour = Colour {
    r: 0x0b,
    g: 0x0c,
    b: 0x0c,
};

const ORGANISATION_KEYS: &[&str] = &["id", "name", "municipalities"];
const MUNICIPALITY_KEYS: &[&str] = &[
    "id",
    "name",
    "hosts",
    "public_url",
    "brand",
    "snippets",
    "retention",
];
const RETENTION_KEYS: &[&str] = &["no_action_days", "closed_days", "receipt_days"];
const BRAND_KEYS: &[&str] = &["primary", "on_primary", "focus", "logo"];

impl Tenants {
    /// Parses and checks a tenants file. Every problem is listed.
    pub fn parse(source: &str) -> Result<Tenants, Vec<String>> {
        let table: toml::Table = source
            .parse()
            .map_err(|e: toml::de::Error| vec![e.to_string()])?;
        let mut p = Problems::default();
        unknown_keys(&table, &["organisations"], "the file", &mut p);
        let organisations: Vec<Organisation> = tables(&table, "organisations", "the file", &mut p)
            .iter()
            .enumerate()
            .map(|(i, org)| organisation(org, &format!("organisations[{i}]"), &mut p))
            .collect();
        if organisations.is_empty() {
            p.push("the file: there must be at least one [[organisations]]".into());
        }
        unique_everything(&organisations, &mut p);
        if p.0.is_empty() {
            Ok(Tenants { organisations })
        } else {
            Err(p.0)
        }
    }
}

#[derive(Default)]
struct Problems(Vec<String>);

impl Problems {
    fn push(&mut self, problem: String) {
        self.0.push(problem);
    }
}

fn unknown_keys(table: &toml::Table, known: &[&str], place: &str, p: &mut Problems) {
    for key in table.keys().filter(|k| !known.contains(&k.as_str())) {
        p.push(format!(
            "{place}: unknown key `{key}` (known: {})",
            known.join(", ")
        ));
    }
}

/// The array of tables `key` (missing: empty, named as a problem).
fn tables<'a>(
    table: &'a toml::Table,
    key: &str,
    place: &str,
    p: &mut Problems,
) -> Vec<&'a toml::Table> {
    match table.get(key) {
        None => {
            p.push(format!("{place}: `{key}` is missing"));
            Vec::new()
        }
        Some(toml::Value::Array(items)) => items
            .iter()
            .enumerate()
            .filter_map(|(i, item)| {
                let table = item.as_table();
                if table.is_none() {
                    p.push(format!("{place}: {key}[{i}] is not a table"));
                }
                table
            })
            .collect(),
        Some(_) => {
            p.push(format!(
                "{place}: `{key}` must be a list of tables ([[{key}]])"
            ));
            Vec::new()
        }
    }
}

/// A required non-empty string.
fn text(table: &toml::Table, key: &str, place: &str, p: &mut Problems) -> Option<String> {
    match table.get(key).map(|v| v.as_str().map(str::trim)) {
        Some(Some(value)) if !value.is_empty() => Some(value.to_owned()),
        Some(Some(_)) => {
            p.push(format!("{place}: `{key}` is empty"));
            None
        }
        Some(None) => {
            p.push(format!("{place}: `{key}` must be text"));
            None
        }
        None => {
            p.push(format!("{place}: `{key}` is missing"));
            None
        }
    }
}

fn id(table: &toml::Table, place: &str, p: &mut Problems) -> Option<TenantId> {
    let value = text(table, "id", place, p)?;
    let id = TenantId::parse(&value);
    if id.is_none() {
        p.push(format!(
            "{place}: id `{value}` must be lower-case letters, digits and hyphens"
        ));
    }
    id
}

/// Stands in for an id that was missing or wrong (a problem named already): never kept.
fn stand_in_id() -> TenantId {
    TenantId(String::new())
}

fn organisation(table: &toml::Table, place: &str, p: &mut Problems) -> Organisation {
    unknown_keys(table, ORGANISATION_KEYS, place, p);
    let id = id(table, place, p);
    let name = text(table, "name", place, p);
    let municipalities: Vec<Municipality> = tables(table, "municipalities", place, p)
        .iter()
        .enumerate()
        .map(|(i, m)| municipality(m, &format!("{place}.municipalities[{i}]"), p))
        .collect();
    if municipalities.is_empty() {
        p.push(format!(
            "{place}: an organisation serves at least one municipality"
        ));
    }
    // Where a part was broken (named above), a stand-in keeps the rest checkable (its
    // municipalities' ids and hosts); the file is refused either way.
    Organisation {
        id: id.unwrap_or_else(stand_in_id),
        name: name.unwrap_or_default(),
        municipalities,
    }
}

fn municipality(table: &toml::Table, place: &str, p: &mut Problems) -> Municipality {
    unknown_keys(table, MUNICIPALITY_KEYS, place, p);
    let id = id(table, place, p);
    let name = text(table, "name", place, p);
    let hosts = hosts(table, place, p);
    let public_url = match table.get("public_url") {
        None => None,
        Some(value) => match value.as_str() {
            Some(url) if url.starts_with("https://") || url.starts_with("http://") => {
                Some(url.trim_end_matches('/').to_owned())
            }
            _ => {
                p.push(format!(
                    "{place}: `public_url` must start with https:// or http://"
                ));
                None
            }
        },
    };
    let brand = brand(table, place, p);
    let snippets = snippets(table, place, p);
    let retention = retention(table, place, p);
    Municipality {
        id: id.unwrap_or_else(stand_in_id),
        name: name.unwrap_or_default(),
        hosts,
        public_url,
        brand: brand.unwrap_or_else(Brand::helder),
        snippets,
        retention,
    }
}

/// The municipality's own retention terms (it is the controller): all three, in whole days
/// from 1 to 3650.
fn retention(table: &toml::Table, place: &str, p: &mut Problems) -> Option<Retention> {
    let value = table.get("retention")?;
    let Some(terms) = value.as_table() else {
        p.push(format!(
            "{place}: `retention` must be a table (no_action_days, closed_days, receipt_days)"
        ));
        return None;
    };
    unknown_keys(terms, RETENTION_KEYS, &format!("{place}.retention"), p);
    let mut days = |key: &str| match terms.get(key).and_then(toml::Value::as_integer) {
        Some(d) if (1..=3650).contains(&d) => u32::try_from(d).ok(),
        _ => {
            p.push(format!(
                "{place}.retention: `{key}` must be a whole number of days from 1 to 3650"
            ));
            None
        }
    };
    let (no_action_days, closed_days, receipt_days) = (
        days("no_action_days"),
        days("closed_days"),
        days("receipt_days"),
    );
    Some(Retention {
        no_action_days: no_action_days?,
        closed_days: closed_days?,
        receipt_days: receipt_days?,
    })
}

fn hosts(table: &toml::Table, place: &str, p: &mut Problems) -> Vec<String> {
    let Some(values) = table.get("hosts").and_then(|v| v.as_array()) else {
        p.push(format!(
            "{place}: `hosts` must be a list of host names, at least one"
        ));
        return Vec::new();
    };
    let mut hosts = Vec::new();
    for value in values {
        let given = value.as_str().unwrap_or_default();
        match normalise_host(given) {
            Some(host) if host == given.to_ascii_lowercase() => hosts.push(host),
            _ => p.push(format!(
                "{place}: `{given}` is not a host name (no port, no scheme)"
            )),
        }
    }
    if values.is_empty() {
        p.push(format!("{place}: `hosts` must name at least one host"));
    }
    hosts
}

fn brand(table: &toml::Table, place: &str, p: &mut Problems) -> Option<Brand> {
    let place = format!("{place}.brand");
    let Some(brand) = table.get("brand").and_then(|v| v.as_table()) else {
        p.push(format!(
            "{place}: missing (primary, on_primary and focus colours)"
        ));
        return None;
    };
    unknown_keys(brand, BRAND_KEYS, &place, p);
    let colour = |key: &str, p: &mut Problems| {
        let value = text(brand, key, &place, p)?;
        let colour = Colour::parse(&value);
        if colour.is_none() {
            p.push(format!(
                "{place}: `{key}` = `{value}` is not a colour #rrggbb"
            ));
        }
        colour
    };
    let (primary, on_primary, focus) = (
        colour("primary", p),
        colour("on_primary", p),
        colour("focus", p),
    );
    if let (Some(primary), Some(on_primary)) = (primary, on_primary) {
        let ratio = primary.contrast(&on_primary);
        if ratio < TEXT_CONTRAST {
            p.push(format!(
                "{place}: text in on_primary {} on primary {} has a contrast of {ratio:.2}:1, below WCAG AA ({TEXT_CONTRAST}:1)",
                on_primary.css(),
                primary.css()
            ));
        }
    }
    if let Some(focus) = focus {
        let ratio = focus.contrast(&FOCUS_TEXT);
        if ratio < TEXT_CONTRAST {
            p.push(format!(
                "{place}: focus {} behind focused text ({}) has a contrast of {ratio:.2}:1, below WCAG AA ({TEXT_CONTRAST}:1)",
                focus.css(),
                FOCUS_TEXT.css()
            ));
        }
        if let Some(primary) = primary {
            let ratio = focus.contrast(&primary);
            if ratio < NON_TEXT_CONTRAST {
                p.push(format!(
                    "{place}: focus {} on primary {} has a contrast of {ratio:.2}:1, below WCAG AA for a focus indicator ({NON_TEXT_CONTRAST}:1)",
                    focus.css(),
                    primary.css()
                ));
            }
        }
    }
    let logo = match brand.get("logo") {
        None => None,
        Some(value) => match value.as_str() {
            Some(name) if valid_logo(name) => Some(name.to_owned()),
            _ => {
                p.push(format!(
                    "{place}: `logo` must be a file name ending in .svg or .png (in the data folder's branding/)"
                ));
                None
            }
        },
    };
    Some(Brand {
        primary: primary?,
        on_primary: on_primary?,
        focus: focus?,
        logo,
    })
}

fn valid_logo(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    (lower.ends_with(".svg") || lower.ends_with(".png"))
        && !name.starts_with('.')
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
}

fn snippets(
    table: &toml::Table,
    place: &str,
    p: &mut Problems,
) -> BTreeMap<String, BTreeMap<String, String>> {
    let mut out = BTreeMap::new();
    let Some(value) = table.get("snippets") else {
        return out;
    };
    let Some(languages) = value.as_table() else {
        p.push(format!(
            "{place}: `snippets` must be a table per language ([….snippets.nl])"
        ));
        return out;
    };
    for (lang, values) in languages {
        if Language::from_code(lang).is_none() {
            p.push(format!(
                "{place}.snippets: `{lang}` is not a language Helder speaks"
            ));
            continue;
        }
        let Some(values) = values.as_table() else {
            p.push(format!("{place}.snippets.{lang} must be a table of texts"));
            continue;
        };
        let mut texts = BTreeMap::new();
        for (key, value) in values {
            match value.as_str() {
                Some(text) => {
                    texts.insert(key.clone(), text.to_owned());
                }
                None => p.push(format!("{place}.snippets.{lang}.{key} must be text")),
            }
        }
        out.insert(lang.clone(), texts);
    }
    out
}

/// Ids are unique among organisations and among municipalities, hosts among all.
fn unique_everything(organisations: &[Organisation], p: &mut Problems) {
    let mut orgs = BTreeSet::new();
    let mut municipalities = BTreeSet::new();
    let mut hosts: BTreeMap<&str, &str> = BTreeMap::new();
    for org in organisations {
        if !org.id.as_str().is_empty() && !orgs.insert(org.id.as_str()) {
            p.push(format!(
                "organisation id `{}` appears twice",
                org.id.as_str()
            ));
        }
        for m in &org.municipalities {
            if !m.id.as_str().is_empty() && !municipalities.insert(m.id.as_str()) {
                p.push(format!("municipality id `{}` appears twice", m.id.as_str()));
            }
            for host in &m.hosts {
                if let Some(first) = hosts.insert(host, m.id.as_str()) {
                    p.push(format!(
                        "host `{host}` belongs to two municipalities: `{first}` and `{}`",
                        m.id.as_str()
                    ));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const EXAMPLE: &str = include_str!("../../../tenants.example.toml");

    #[test]
    fn the_example_file_is_valid_and_finds_its_municipalities() {
        let tenants = Tenants::parse(EXAMPLE).unwrap_or_else(|p| panic!("{p:#?}"));
        let ids: Vec<&str> = tenants
            .organisations()
            .iter()
            .map(|o| o.id.as_str())
            .collect();
        assert_eq!(ids, ["sociale-recherche-haarlem", "senzer"]);
        let (org, m) = tenants.for_host("zandvoort.localhost:3000").unwrap();
        assert_eq!(
            (org.id.as_str(), m.name.as_str()),
            ("sociale-recherche-haarlem", "Gemeente Zandvoort")
        );
        assert_eq!(m.snippets["nl"]["website"], "www.zandvoort.nl");
        let (org, m) = tenants.for_host("Helmond.localhost").unwrap();
        assert_eq!((org.id.as_str(), m.id.as_str()), ("senzer", "helmond"));
        assert_eq!(
            tenants.organisations()[1].municipalities.len(),
            7,
            "Senzer's seven"
        );
        assert!(
            tenants.for_host("utrecht.localhost").is_none(),
            "an unknown host"
        );
    }

    #[test]
    fn every_problem_is_named() {
        let source = r##"
            colour = "red"
            [[organisations]]
            id = "Haarlem"
            name = "Sociale Recherche"
            [[organisations.municipalities]]
            id = "haarlem"
            name = "Gemeente Haarlem"
            hosts = ["haarlem.localhost", "http://x"]
            public_url = "haarlem.nl"
            brand = { primary = "#ffff00", on_primary = "#ffffff", focus = "#154273", logo = "../x.gif" }
            snippets = { xx = { phone = "1" }, nl = { phone = 14023 } }
            retention = { no_action_days = 0, closed_days = 730, years = 2 }
            motto = "x"
            [[organisations]]
            id = "senzer"
            name = "Senzer"
            [[organisations.municipalities]]
            id = "haarlem"
            name = "Nog eens Haarlem"
            hosts = ["haarlem.localhost"]
            brand = { primary = "#154273", on_primary = "#ffffff", focus = "#ffdd00" }
        "##;
        let problems = Tenants::parse(source).expect_err("broken");
        let all = problems.join("\n");
        for expected in [
            "the file: unknown key `colour`",
            "organisations[0]: id `Haarlem` must be lower-case",
            "unknown key `motto`",
            "`http://x` is not a host name",
            "`public_url` must start with https://",
            "text in on_primary #ffffff on primary #ffff00 has a contrast of 1.07:1",
            "focus #154273 behind focused text",
            "`logo` must be a file name",
            "`xx` is not a language",
            "snippets.nl.phone must be text",
            "municipality id `haarlem` appears twice",
            "host `haarlem.localhost` belongs to two municipalities",
            "retention: unknown key `years`",
            "retention: `no_action_days` must be a whole number of days from 1 to 3650",
            "retention: `receipt_days` must be a whole number",
        ] {
            assert!(all.contains(expected), "missing {expected:?} in:\n{all}");
        }
        assert!(
            Tenants::parse("organisations = []").is_err(),
            "at least one organisation"
        );
        assert!(Tenants::parse("not toml [").is_err());
    }
}
