//! Reading the tenants file at start and making a [`Place`] of every municipality: its page
//! header, its design tokens and logo as content-hashed assets, and a library of its own.
//! Every problem is named and Helder does not start with a broken file.

use super::places::{Place, Places};
use crate::{assets::Assets, configuration::Settings, content::snippets::Snippets};
use helder_app::{Site, films::SharedFilms, rights::library::SharedLibrary};
use helder_domain::tenants::Tenants;
use std::sync::Arc;

#[derive(Debug, thiserror::Error)]
pub enum TenancyError {
    #[error("cannot read the tenants file {path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("the tenants file {path} has problems:\n  - {}", problems.join("\n  - "))]
    Invalid { path: String, problems: Vec<String> },
}

/// The tenants file of `HELDER_TENANTS`, checked; without one, the single default
/// municipality (`HELDER_MUNICIPALITY`) on every host.
pub fn load_tenants(settings: &Settings) -> Result<Tenants, TenancyError> {
    let Some(path) = &settings.tenants else {
        return Ok(Tenants::single(&settings.municipality));
    };
    let shown = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|source| TenancyError::Read {
        path: shown.clone(),
        source,
    })?;
    Tenants::parse(&text).map_err(|problems| TenancyError::Invalid {
        path: shown,
        problems,
    })
}

/// The places of `tenants`. A tenants file's municipalities get their design tokens and logo
/// added to `assets`; the default municipality keeps Helder's own look (no extra stylesheet).
pub fn build_places(
    tenants: Tenants,
    settings: &Settings,
    base: &Site,
    assets: &mut Assets,
    snippets: &Snippets,
    library: &SharedLibrary,
) -> Result<Places, TenancyError> {
    let from_file = settings.tenants.is_some();
    let shown = || {
        settings
            .tenants
            .as_ref()
            .map(|p| p.display().to_string())
            .unwrap_or_default()
    };
    let mut problems = Vec::new();
    let mut places = Vec::new();
    for org in tenants.organisations() {
        for m in &org.municipalities {
            let unknown = snippets.unknown_keys(&m.snippets);
            if !unknown.is_empty() {
                problems.push(format!(
                    "municipality `{}`: snippets the snippets file does not name: {}",
                    m.id.as_str(),
                    unknown.join(", ")
                ));
            }
            let (brand_stylesheet, logo) = if from_file {
                let css = m.brand.tokens_css();
                let href = assets.add(
                    &format!("merk-{}", m.id.as_str()),
                    "css",
                    css.as_bytes(),
                    "text/css; charset=utf-8",
                );
                (Some(href), logo(settings, assets, m, &mut problems))
            } else {
                (None, None)
            };
            let site = Site {
                municipality: m.name.clone(),
                public_url: m
                    .public_url
                    .clone()
                    .map(|u| u.trim_end_matches('/').to_owned())
                    .unwrap_or_else(|| base.public_url.clone()),
                brand_stylesheet,
                logo,
                ..base.clone()
            };
            let index = places.len();
            // One film catalogue per organisation, shared by its places.
            let films = places
                .iter()
                .find(|p: &&Arc<Place>| p.organisation == org.id)
                .map(|p| p.films.clone())
                .unwrap_or_else(|| SharedFilms::new(Default::default()));
            places.push(Arc::new(Place {
                films,
                index,
                organisation: org.id.clone(),
                municipality: m.clone(),
                site: Arc::new(site),
                // The first shares the installation's library; the rest share its generation.
                library: if index == 0 {
                    library.clone()
                } else {
                    library.sibling()
                },
            }));
        }
    }
    if !problems.is_empty() {
        return Err(TenancyError::Invalid {
            path: shown(),
            problems,
        });
    }
    Ok(Places::new(
        tenants,
        places,
        settings.trusted_proxies.clone(),
    ))
}

/// The municipality's logo from `<data dir>/branding/`, as an asset; a missing file is a
/// problem.
fn logo(
    settings: &Settings,
    assets: &mut Assets,
    m: &helder_domain::tenants::Municipality,
    problems: &mut Vec<String>,
) -> Option<String> {
    let name = m.brand.logo.as_ref()?;
    let path = settings.data_dir.join("branding").join(name);
    match std::fs::read(&path) {
        Ok(bytes) => {
            let (ext, kind) = if name.ends_with(".svg") {
                ("svg", "image/svg+xml")
            } else {
                ("png", "image/png")
            };
            Some(assets.add(&format!("logo-{}", m.id.as_str()), ext, &bytes, kind))
        }
        Err(error) => {
            problems.push(format!(
                "municipality `{}`: cannot read its logo {}: {error}",
                m.id.as_str(),
                path.display()
            ));
            None
        }
    }
}
