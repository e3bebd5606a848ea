//! The places (municipalities as served), how a request finds its own, and the account
//! organisation rules of the command line.

use crate::configuration::IpRange;
use axum::{
    extract::{ConnectInfo, FromRequestParts},
    http::{HeaderMap, HeaderValue, StatusCode, header, request::Parts},
    response::{IntoResponse, Response},
};
use helder_app::{Site, films::SharedFilms, rights::library::SharedLibrary, staff::Municipalities};
use helder_domain::tenants::{Municipality, TenantId, Tenants, normalise_host};
use std::{collections::HashMap, net::SocketAddr, sync::Arc};

/// A municipality as this installation serves it.
#[derive(Debug)]
pub struct Place {
    /// Its position in [`Places`]: the page cache keeps pages per place.
    pub index: usize,
    pub organisation: TenantId,
    pub municipality: Municipality,
    pub site: Arc<Site>,
    /// Its organisation's published pages, rendered with its own snippets.
    pub library: SharedLibrary,
    /// Its organisation's films (one catalogue for all of the organisation's places).
    pub films: SharedFilms,
}

/// The place a request is for. The front puts it in the request (for handlers that store
/// it, such as a report) and answers the request within [`Here::scope`], so every page
/// rendered on the way, error pages included, is drawn for it without passing it down.
#[derive(Debug, Clone)]
pub struct Here(pub Arc<Place>);

tokio::task_local! {
    static CURRENT: Arc<Place>;
}

impl Here {
    /// Runs `answer` as the answer to a request for `place`.
    pub async fn scope<F: std::future::Future>(place: Arc<Place>, answer: F) -> F::Output {
        CURRENT.scope(place, answer).await
    }

    /// The place of the request being answered on this task, if any.
    pub fn current() -> Option<Arc<Place>> {
        CURRENT.try_with(Arc::clone).ok()
    }
}

/// Every place, and how a host finds its own.
#[derive(Debug)]
pub struct Places {
    tenants: Tenants,
    places: Vec<Arc<Place>>,
    by_host: HashMap<String, usize>,
    /// Only the single default municipality answers on every host.
    every_host: bool,
    /// Peers whose `X-Forwarded-Host` is believed (`HELDER_TRUSTED_PROXIES`).
    trusted: Vec<IpRange>,
}

impl Places {
    pub fn new(tenants: Tenants, places: Vec<Arc<Place>>, trusted: Vec<IpRange>) -> Places {
        let by_host = places
            .iter()
            .flat_map(|p| p.municipality.hosts.iter().map(|h| (h.clone(), p.index)))
            .collect();
        let every_host = places.len() == 1 && places[0].municipality.hosts.is_empty();
        Places {
            tenants,
            places,
            by_host,
            every_host,
            trusted,
        }
    }

    pub fn tenants(&self) -> &Tenants {
        &self.tenants
    }

    pub fn all(&self) -> &[Arc<Place>] {
        &self.places
    }

    /// The first place (the default one without a tenants file).
    pub fn first(&self) -> &Arc<Place> {
        &self.places[0]
    }

    /// Whether a tenants file describes this installation (staff accounts then name their
    /// organisation).
    pub fn from_file(&self) -> bool {
        !self.every_host
    }

    /// `organisation`'s film catalogue (an empty one for an organisation not served here).
    pub fn films_of(&self, organisation: &TenantId) -> SharedFilms {
        self.first_of(organisation)
            .map(|p| p.films.clone())
            .unwrap_or_else(|| SharedFilms::new(Default::default()))
    }

    /// Every organisation once, in the order of the tenants file.
    pub fn organisations(&self) -> Vec<TenantId> {
        self.organisations_with_url()
            .into_iter()
            .map(|(id, _)| id)
            .collect()
    }

    /// The first place of `organisation`: what its editors preview with, and where its
    /// film catalogue is kept. `None` for an organisation this installation does not serve.
    pub fn first_of(&self, organisation: &TenantId) -> Option<&Arc<Place>> {
        self.places.iter().find(|p| p.organisation == *organisation)
    }

    /// Every organisation with the public address of its first municipality (where its
    /// team's mail links to).
    pub fn organisations_with_url(&self) -> Vec<(TenantId, String)> {
        let mut seen: Vec<(TenantId, String)> = Vec::new();
        for place in &self.places {
            if !seen.iter().any(|(id, _)| *id == place.organisation) {
                seen.push((place.organisation.clone(), place.site.public_url.clone()));
            }
        }
        seen
    }

    /// Where `organisation`'s mail links to: its first municipality's public address.
    pub fn public_url_of(&self, organisation: &TenantId) -> String {
        self.of_organisation(organisation)
            .next()
            .unwrap_or_else(|| self.first())
            .site
            .public_url
            .clone()
    }

    /// The places of `organisation`'s municipalities.
    pub fn of_organisation<'a>(
        &'a self,
        organisation: &'a TenantId,
    ) -> impl Iterator<Item = &'a Arc<Place>> + 'a {
        self.places
            .iter()
            .filter(move |p| p.organisation == *organisation)
    }

    /// `organisation`'s municipalities for a staff filter, with `asked` chosen if it is one
    /// of them (another organisation's municipality is not: it is ignored).
    pub fn municipalities_of(
        &self,
        organisation: &TenantId,
        asked: Option<&str>,
    ) -> Municipalities {
        let choices: Vec<(String, String)> = self
            .of_organisation(organisation)
            .map(|p| {
                (
                    p.municipality.id.as_str().to_owned(),
                    p.site.municipality.clone(),
                )
            })
            .collect();
        let selected = asked
            .filter(|id| choices.iter().any(|(c, _)| c == id))
            .map(str::to_owned);
        Municipalities { choices, selected }
    }

    /// The name of municipality `id` (the id itself for one no longer in the tenants file).
    pub fn municipality_name(&self, id: &str) -> String {
        self.by_municipality(id)
            .map(|p| p.site.municipality.clone())
            .unwrap_or_else(|| id.to_owned())
    }

    /// A municipality's place by its id.
    pub fn by_municipality(&self, id: &str) -> Option<&Arc<Place>> {
        self.places
            .iter()
            .find(|p| p.municipality.id.as_str() == id)
    }

    /// The place for a request: its `Host`, or behind a trusted proxy its `X-Forwarded-Host`.
    /// Afterwards the request carries the host it was answered for and no forwarded host.
    pub fn resolve(
        &self,
        headers: &mut HeaderMap,
        peer: Option<SocketAddr>,
    ) -> Option<&Arc<Place>> {
        let forwarded = headers.remove("x-forwarded-host");
        if self.every_host {
            return self.places.first();
        }
        let trusted = peer.is_some_and(|p| self.trusted.iter().any(|r| r.contains(p.ip())));
        let host = match forwarded.filter(|_| trusted) {
            Some(forwarded) => {
                // The first entry is the host the client asked for.
                let first = forwarded
                    .to_str()
                    .ok()?
                    .split(',')
                    .next()?
                    .trim()
                    .to_owned();
                headers.insert(header::HOST, HeaderValue::from_str(&first).ok()?);
                first
            }
            None => headers.get(header::HOST)?.to_str().ok()?.to_owned(),
        };
        let index = *self.by_host.get(&normalise_host(&host)?)?;
        self.places.get(index)
    }

    /// The peer address of a request as the server recorded it (the client-key layer later
    /// forgets it).
    pub fn peer(extensions: &axum::http::Extensions) -> Option<SocketAddr> {
        extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|ConnectInfo(addr)| *addr)
    }
}

/// The organisation a new account (`helder user add --organisation`) belongs to, and where
/// its one-time link points. With a tenants file the organisation must be named and known;
/// without one it is the default organisation.
pub fn organisation_for_account(
    tenants: &Tenants,
    settings: &crate::configuration::Settings,
    named: Option<&str>,
) -> Result<(TenantId, String), String> {
    let known: Vec<&str> = tenants
        .organisations()
        .iter()
        .map(|o| o.id.as_str())
        .collect();
    let organisation = match named {
        None if settings.tenants.is_some() => {
            return Err(format!(
                "--organisation is required with a tenants file (one of: {})",
                known.join(", ")
            ));
        }
        None => return Ok((TenantId::default_id(), settings.public_url())),
        Some(named) => tenants
            .organisations()
            .iter()
            .find(|o| o.id.as_str() == named)
            .ok_or_else(|| {
                format!(
                    "there is no organisation `{named}` (known: {})",
                    known.join(", ")
                )
            })?,
    };
    let public_url = organisation
        .municipalities
        .first()
        .and_then(|m| m.public_url.clone())
        .unwrap_or_else(|| settings.public_url());
    Ok((organisation.id.clone(), public_url))
}

/// The answer for a host no municipality answers on: plain, and naming no municipality
/// (which hosts exist is nobody's business).
pub fn unknown_host() -> Response {
    (
        StatusCode::NOT_FOUND,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        "Deze website bestaat hier niet.\nThis website does not exist here.\n",
    )
        .into_response()
}

impl<S: Send + Sync> FromRequestParts<S> for Here {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        parts
            .extensions
            .get::<Here>()
            .cloned()
            .ok_or_else(unknown_host)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn places(trusted: &str) -> Places {
        let tenants =
            Tenants::parse(include_str!("../../../tenants.example.toml")).expect("example file");
        let mut list = Vec::new();
        for org in tenants.organisations() {
            for m in &org.municipalities {
                list.push(Arc::new(Place {
                    index: list.len(),
                    organisation: org.id.clone(),
                    municipality: m.clone(),
                    site: Arc::new(Site::default()),
                    library: SharedLibrary::default(),
                    films: SharedFilms::new(Default::default()),
                }));
            }
        }
        Places::new(tenants, list, vec![trusted.parse().expect("range")])
    }

    fn resolve(places: &Places, host: &str, forwarded: Option<&str>, peer: &str) -> Option<String> {
        let mut headers = HeaderMap::new();
        headers.insert(header::HOST, host.parse().unwrap());
        if let Some(f) = forwarded {
            headers.insert("x-forwarded-host", f.parse().unwrap());
        }
        let place = places.resolve(&mut headers, Some(peer.parse().unwrap()));
        assert!(!headers.contains_key("x-forwarded-host"), "forgotten");
        place.map(|p| p.municipality.id.as_str().to_owned())
    }

    #[test]
    fn the_host_finds_the_municipality() {
        let p = places("10.0.0.1");
        let at = "192.0.2.1:5000";
        assert_eq!(
            resolve(&p, "zandvoort.localhost:3000", None, at).as_deref(),
            Some("zandvoort")
        );
        assert_eq!(
            resolve(&p, "Helmond.Localhost", None, at).as_deref(),
            Some("helmond")
        );
        assert_eq!(resolve(&p, "elders.localhost", None, at), None);
        assert_eq!(resolve(&p, "127.0.0.1:3000", None, at), None);
        // X-Forwarded-Host counts from a trusted proxy only.
        let proxy = "10.0.0.1:5000";
        assert_eq!(
            resolve(
                &p,
                "127.0.0.1",
                Some("haarlem.localhost, evil.example"),
                proxy
            )
            .as_deref(),
            Some("haarlem")
        );
        assert_eq!(
            resolve(&p, "zandvoort.localhost", Some("haarlem.localhost"), at).as_deref(),
            Some("zandvoort")
        );
        assert_eq!(
            resolve(&p, "127.0.0.1", Some("haarlem.localhost"), at),
            None
        );
    }

    #[test]
    fn organisations_know_their_municipalities() {
        let p = places("10.0.0.1");
        let haarlem = TenantId::parse("sociale-recherche-haarlem").unwrap();
        let senzer = TenantId::parse("senzer").unwrap();
        assert_eq!(p.organisations(), [haarlem.clone(), senzer.clone()]);
        assert_eq!(
            p.first_of(&senzer).map(|p| p.municipality.id.as_str()),
            Some("asten")
        );
        assert_eq!(p.of_organisation(&senzer).count(), 7);
        let m = p.municipalities_of(&haarlem, Some("helmond"));
        assert_eq!(m.choices.len(), 2);
        assert_eq!(
            m.selected, None,
            "another organisation's municipality is ignored"
        );
        let m = p.municipalities_of(&haarlem, Some("zandvoort"));
        assert_eq!(m.selected.as_deref(), Some("zandvoort"));
        assert!(p.from_file());
    }
}
