//! Turns the client address into a [`ClientKey`] at once and forgets the address.
//!
//! The key is a keyed BLAKE3 hash whose secret lives only in memory and changes every UTC
//! day, so it can feed rate limits but cannot be reversed, linked across days, or survive a
//! restart. X-Forwarded-For is believed only from `HELDER_TRUSTED_PROXIES`.

use crate::configuration::IpRange;
use axum::{
    extract::{ConnectInfo, Request, State},
    middleware::Next,
    response::Response,
};
use chrono::{Datelike, Utc};
use http::HeaderMap;
use rand::RngCore;
use std::{
    net::{IpAddr, SocketAddr},
    sync::{Arc, Mutex},
};

/// An unlinkable stand-in for the client address, valid for one day and one process.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ClientKey(pub [u8; 16]);

/// Headers that can carry a client address; removed before any handler or log sees them.
const ADDRESS_HEADERS: [&str; 4] = [
    "x-forwarded-for",
    "forwarded",
    "x-real-ip",
    "true-client-ip",
];

#[derive(Debug)]
pub struct ClientKeyer {
    trusted: Vec<IpRange>,
    /// (day number, secret): regenerated when the day changes.
    secret: Mutex<(i32, [u8; 32])>,
}

impl ClientKeyer {
    pub fn new(trusted: Vec<IpRange>) -> Arc<ClientKeyer> {
        Arc::new(ClientKeyer {
            trusted,
            secret: Mutex::new((i32::MIN, [0; 32])),
        })
    }

    fn is_trusted(&self, addr: IpAddr) -> bool {
        self.trusted.iter().any(|range| range.contains(addr))
    }

    /// The client address: the peer, or, when the peer is a trusted proxy, the right-most
    /// X-Forwarded-For entry that is not itself a trusted proxy.
    pub fn client_address(&self, peer: IpAddr, headers: &HeaderMap) -> IpAddr {
        if !self.is_trusted(peer) {
            return peer;
        }
        // Right to left: skip our own proxies; the first other entry is the client. An entry
        // that does not parse ends the walk (the client may have written anything before it).
        let entries: Vec<&str> = headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .map(str::trim)
            .collect();
        let mut client = peer;
        for entry in entries.iter().rev() {
            match entry.parse::<IpAddr>() {
                Ok(addr) if self.is_trusted(addr) => client = addr,
                Ok(addr) => return addr,
                Err(_) => return client,
            }
        }
        client
    }

    /// The keyed hash of an address under today's secret.
    pub fn key(&self, addr: IpAddr) -> ClientKey {
        let today = Utc::now().num_days_from_ce();
        let secret = {
            // A poisoned lock only means another request panicked mid-rotation; the data is
            // a plain array, so carry on with it.
            let mut guard = self.secret.lock().unwrap_or_else(|e| e.into_inner());
            if guard.0 != today {
                let mut fresh = [0u8; 32];
                rand::rng().fill_bytes(&mut fresh);
                *guard = (today, fresh);
            }
            guard.1
        };
        let bytes = match addr {
            IpAddr::V4(v4) => v4.to_ipv6_mapped().octets(),
            // One IPv6 host usually has a whole /64: key on the network, not the address.
            IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
                Some(v4) => v4.to_ipv6_mapped().octets(),
                None => (u128::from(v6) & !u128::from(u64::MAX)).to_be_bytes(),
            },
        };
        let hash = blake3::keyed_hash(&secret, &bytes);
        let mut key = [0u8; 16];
        key.copy_from_slice(&hash.as_bytes()[..16]);
        ClientKey(key)
    }
}

/// Replaces the peer address and forwarding headers by a [`ClientKey`].
pub async fn client_key(
    State(keyer): State<Arc<ClientKeyer>>,
    mut request: Request,
    next: Next,
) -> Response {
    let peer = request
        .extensions_mut()
        .remove::<ConnectInfo<SocketAddr>>()
        .map(|ConnectInfo(addr)| addr.ip());
    if let Some(peer) = peer {
        let addr = keyer.client_address(peer, request.headers());
        request.extensions_mut().insert(keyer.key(addr));
    }
    for name in ADDRESS_HEADERS {
        request.headers_mut().remove(name);
    }
    next.run(request).await
}

#[cfg(test)]
mod tests {
    use super::*;
    use http::HeaderValue;

    fn headers(xff: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert("x-forwarded-for", HeaderValue::from_str(xff).unwrap());
        h
    }

    #[test]
    fn forwarded_for_is_believed_only_from_trusted_proxies() {
        let keyer = ClientKeyer::new(vec![
            "127.0.0.1".parse().unwrap(),
            "10.0.0.0/8".parse().unwrap(),
        ]);
        let client: IpAddr = "203.0.113.77".parse().unwrap();
        let trusted: IpAddr = "127.0.0.1".parse().unwrap();
        let stranger: IpAddr = "198.51.100.1".parse().unwrap();
        let cases = [
            (trusted, "203.0.113.77", client),
            (trusted, "1.2.3.4, 203.0.113.77, 10.1.1.1", client),
            (stranger, "203.0.113.77", stranger),
            (trusted, "garbage", trusted),
            // The client wrote the left part; an unparseable entry ends the walk.
            (trusted, "9.9.9.9, junk", trusted),
            (trusted, "9.9.9.9, 203.0.113.77:5678", trusted),
        ];
        for (peer, forwarded, expected) in cases {
            assert_eq!(
                keyer.client_address(peer, &headers(forwarded)),
                expected,
                "{peer} {forwarded}"
            );
        }
    }

    #[test]
    fn keys_are_stable_within_a_process_and_differ_per_address() {
        let keyer = ClientKeyer::new(vec![]);
        let a = keyer.key("203.0.113.77".parse().unwrap());
        assert_eq!(a, keyer.key("203.0.113.77".parse().unwrap()));
        assert_ne!(a, keyer.key("203.0.113.78".parse().unwrap()));
        // Another process (another secret) gives another key for the same address.
        assert_ne!(
            a,
            ClientKeyer::new(vec![]).key("203.0.113.77".parse().unwrap())
        );
        // Addresses in one IPv6 /64 share a key.
        assert_eq!(
            keyer.key("2001:db8::1".parse().unwrap()),
            keyer.key("2001:db8::ffff:1".parse().unwrap())
        );
        assert_ne!(
            keyer.key("2001:db8::1".parse().unwrap()),
            keyer.key("2001:db8:0:1::1".parse().unwrap())
        );
        // The key does not contain the address bytes.
        assert!(!a.0.windows(4).any(|w| w == [203, 0, 113, 77]));
    }
}
