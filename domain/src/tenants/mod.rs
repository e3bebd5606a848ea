//! Who serves whom: an **organisation** (a team and its editors) serves one or more
//! **municipalities** (what a resident sees: a name, host names, brand colours, snippets).
//! Without a tenants file there is one organisation with one municipality that answers on
//! every host ([`Tenants::single`]); with one, [`Tenants::parse`] reads and checks it and
//! names every problem.
//!
//! This module holds the model and its rules only; serving per host, and keeping each
//! organisation's data apart, are the server's (issue 14 is under way).

pub mod contrast;
#[cfg(feature = "server")]
mod parse;

use contrast::Colour;
use std::collections::BTreeMap;

/// The id of the organisation and municipality of an installation without a tenants file;
/// data from before several municipalities belongs to them.
pub const DEFAULT_ORGANISATION: &str = "standaard";

/// An id in a tenants file and in URLs: lower-case letters, digits and hyphens.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TenantId(String);

impl TenantId {
    pub fn parse(text: &str) -> Option<TenantId> {
        let ok = !text.is_empty()
            && text.len() <= 63
            && !text.starts_with('-')
            && !text.ends_with('-')
            && text
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        ok.then(|| TenantId(text.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The default organisation and municipality (see [`DEFAULT_ORGANISATION`]).
    pub fn default_id() -> TenantId {
        TenantId(DEFAULT_ORGANISATION.to_owned())
    }
}

/// A municipality's colours: `primary` behind text in `on_primary` (the header), and the
/// focus indicator. Checked for WCAG AA when parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Brand {
    pub primary: Colour,
    pub on_primary: Colour,
    pub focus: Colour,
    /// A logo file (SVG or PNG) in the data folder's `branding/`, if any.
    pub logo: Option<String>,
}

impl Brand {
    /// Helder's own colours (`style/00-base.css`: `--hl-brand`, `--hl-focus`), for the single
    /// default municipality.
    pub fn helder() -> Brand {
        Brand {
            primary: Colour {
                r: 0x15,
                g: 0x42,
                b: 0x73,
            },
            on_primary: Colour::WHITE,
            focus: Colour {
                r: 0xff,
                g: 0xdd,
                b: 0x00,
            },
            logo: None,
        }
    }
}

impl Brand {
    /// The municipality's design tokens, in the spirit of the NL Design System: the custom
    /// properties `style/00-base.css` defines, set to these colours. The darker brand shade
    /// (service navigation, header edge) darkens `primary` only under light text, so the
    /// checked contrast can only grow.
    pub fn tokens_css(&self) -> String {
        let dark =
            if self.on_primary.contrast(&Colour::BLACK) > self.primary.contrast(&Colour::BLACK) {
                self.primary.darker(0.7)
            } else {
                self.primary
            };
        format!(
            ":root{{--hl-brand:{};--hl-brand-dark:{};--hl-on-brand:{};--hl-focus:{}}}\n",
            self.primary.css(),
            dark.css(),
            self.on_primary.css(),
            self.focus.css()
        )
    }
}

/// A municipality as residents see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Municipality {
    pub id: TenantId,
    pub name: String,
    /// Host names it answers on (lower case, no port); empty: every host (the single default).
    pub hosts: Vec<String>,
    pub public_url: Option<String>,
    pub brand: Brand,
    /// Snippet values per language code, then per key (`phone`, `opening_hours`, …).
    pub snippets: BTreeMap<String, BTreeMap<String, String>>,
    /// Its own retention terms; `None`: the installation's (`HELDER_RETAIN_…`).
    pub retention: Option<Retention>,
}

/// A municipality's retention terms in days after a report was closed (see the README,
/// "Bewaartermijnen"): deletion of one closed without action, anonymisation of the others,
/// and the end of the receipt code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Retention {
    pub no_action_days: u32,
    pub closed_days: u32,
    pub receipt_days: u32,
}

/// An organisation and the municipalities it serves (at least one).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Organisation {
    pub id: TenantId,
    pub name: String,
    pub municipalities: Vec<Municipality>,
}

/// Every organisation of an installation (at least one); hosts and ids are unique.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tenants {
    organisations: Vec<Organisation>,
}

impl Tenants {
    /// No tenants file: one organisation serving one municipality named `municipality`, on
    /// every host.
    pub fn single(municipality: &str) -> Tenants {
        let id = || TenantId(DEFAULT_ORGANISATION.to_owned());
        Tenants {
            organisations: vec![Organisation {
                id: id(),
                name: municipality.to_owned(),
                municipalities: vec![Municipality {
                    id: id(),
                    name: municipality.to_owned(),
                    hosts: Vec::new(),
                    public_url: None,
                    brand: Brand::helder(),
                    snippets: BTreeMap::new(),
                    retention: None,
                }],
            }],
        }
    }

    pub fn organisations(&self) -> &[Organisation] {
        &self.organisations
    }

    /// The organisation and municipality a request's host (`Host`, maybe with a port) is
    /// for; `None` for a host no municipality answers on.
    pub fn for_host(&self, host: &str) -> Option<(&Organisation, &Municipality)> {
        let host = normalise_host(host);
        self.organisations.iter().find_map(|org| {
            org.municipalities
                .iter()
                .find(|m| m.hosts.is_empty() || host.as_ref().is_some_and(|h| m.hosts.contains(h)))
                .map(|m| (org, m))
        })
    }
}

/// `Example.org:8080` → `example.org`; `None` for what is no host name.
pub fn normalise_host(host: &str) -> Option<String> {
    let name = match host.rsplit_once(':') {
        Some((name, port)) if port.bytes().all(|b| b.is_ascii_digit()) => name,
        _ => host,
    };
    let name = name.trim_end_matches('.').to_ascii_lowercase();
    let ok = !name.is_empty()
        && name.len() <= 253
        && name.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-')
        });
    ok.then_some(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_lower_case_words_with_hyphens() {
        assert!(TenantId::parse("geldrop-mierlo").is_some());
        assert!(TenantId::parse("sociale-recherche-haarlem").is_some());
        for bad in [
            "",
            "Haarlem",
            "-haarlem",
            "haarlem-",
            "haar lem",
            "haarlem_2",
            "../x",
        ] {
            assert!(TenantId::parse(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn hosts_are_compared_without_port_or_case() {
        assert_eq!(
            normalise_host("Zandvoort.Localhost:3000").as_deref(),
            Some("zandvoort.localhost")
        );
        assert_eq!(
            normalise_host("haarlem.localhost.").as_deref(),
            Some("haarlem.localhost")
        );
        for bad in ["", ":80", "a..b", "bad_host", "-a.b", "a b"] {
            assert_eq!(normalise_host(bad), None, "{bad}");
        }
    }

    #[test]
    fn the_single_default_answers_every_host() {
        let tenants = Tenants::single("Gemeente Voorbeeld");
        for host in [
            "127.0.0.1:3000",
            "localhost",
            "voorbeeld.nl",
            "[::1]:3000",
            "",
        ] {
            let (org, m) = tenants.for_host(host).expect("every host");
            assert_eq!(
                (org.id.as_str(), m.name.as_str()),
                ("standaard", "Gemeente Voorbeeld")
            );
        }
        let brand = Brand::helder();
        assert!(brand.primary.contrast(&brand.on_primary) >= contrast::TEXT_CONTRAST);
    }

    #[test]
    fn tokens_keep_text_on_the_darker_shade_readable() {
        let mut brand = Brand::helder();
        brand.primary = Colour::parse("#a6192e").unwrap();
        let css = brand.tokens_css();
        assert!(css.starts_with(":root{--hl-brand:#a6192e;"), "{css}");
        assert!(
            css.contains("--hl-on-brand:#ffffff;--hl-focus:#ffdd00}"),
            "{css}"
        );
        let dark = css.split("--hl-brand-dark:").nth(1).unwrap();
        let dark = Colour::parse(&dark[..7]).unwrap();
        assert!(dark.contrast(&Colour::WHITE) > brand.primary.contrast(&Colour::WHITE));
        // Dark text on a light primary: the shade is not darkened (that would lower it).
        brand.primary = Colour::parse("#ffd200").unwrap();
        brand.on_primary = Colour::parse("#0b0c0c").unwrap();
        assert!(brand.tokens_css().contains("--hl-brand-dark:#ffd200;"));
    }
}
