//! Cookies kept by hand, as a browser keeps them (the tests use no cookie store, so they see
//! every header).

/// The cookies a client holds: set by `Set-Cookie`, dropped by an empty value.
#[derive(Debug, Clone, Default)]
pub struct CookieJar {
    pairs: Vec<(String, String)>,
}

impl CookieJar {
    /// Takes in every `Set-Cookie` of a response.
    pub fn keep(&mut self, response: &reqwest::Response) {
        for set in response.headers().get_all("set-cookie") {
            let set = set.to_str().unwrap();
            let (name, value) = set.split(';').next().unwrap().split_once('=').unwrap();
            self.forget(name);
            if !value.is_empty() {
                self.pairs.push((name.to_owned(), value.to_owned()));
            }
        }
    }

    /// The `Cookie` header to send.
    pub fn header(&self) -> String {
        self.pairs
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    pub fn is_empty(&self) -> bool {
        self.pairs.is_empty()
    }

    pub fn has(&self, name: &str) -> bool {
        self.pairs.iter().any(|(k, _)| k == name)
    }

    pub fn forget(&mut self, name: &str) {
        self.pairs.retain(|(k, _)| k != name);
    }
}

/// Every cookie Helder sets is out of reach of scripts and of other sites.
pub fn assert_private(response: &reqwest::Response) {
    for set in response.headers().get_all("set-cookie") {
        let set = set.to_str().unwrap();
        assert!(
            set.contains("HttpOnly") && set.contains("SameSite=Strict"),
            "{set}"
        );
    }
}
