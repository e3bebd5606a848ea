//! The reporter's flow, as a browser without JavaScript goes through it: plain form posts with
//! a draft cookie, step by step from the start to "send", and the receipt code on the page.

use super::{app::TestApp, cookies, db};
use reqwest::Response;

/// The answers of a whole report about `name`, step by step: work and assets, an address,
/// how the reporter knows, and no contact.
pub fn steps(name: &str) -> [(&'static str, Vec<(&'static str, &str)>); 6] {
    [
        ("start", vec![]),
        ("soort", vec![("kind", "work"), ("kind", "assets")]),
        (
            "persoon",
            vec![
                ("q_person_name", name),
                ("q_person_address", "Dorpsstraat 1, 1234 AB Voorbeeld"),
            ],
        ),
        (
            "situatie",
            vec![
                ("q_work_where", "Bakkerij"),
                ("q_work_paid", "cash"),
                ("q_assets_what", "Een boot"),
            ],
        ),
        (
            "hoe-weet-u-het",
            vec![
                ("q_how_known", "neighbour"),
                ("q_extra", "Ik zie het elke dag."),
            ],
        ),
        ("contact", vec![("contact", "no")]),
    ]
}

/// The receipt code on the page that confirms a report, if it shows one.
pub fn receipt_code(page: &str) -> Option<String> {
    page.split("hl-receipt\">")
        .nth(1)
        .and_then(|rest| rest.split('<').next())
        .map(str::to_owned)
}

/// The receipt code on the page that confirms a report.
pub fn receipt(page: &str) -> String {
    receipt_code(page).expect("receipt code on the page")
}

/// A client that keeps the draft cookie by hand (no cookie store: the tests see every header).
pub struct Reporter {
    client: reqwest::Client,
    base: String,
    pub cookie: Option<String>,
    /// The draft cookie the report was sent with (a replay of "send" uses it).
    pub sent_with: Option<String>,
    xff: Option<String>,
}

impl Reporter {
    /// A reporter at `base`; behind the trusted proxy as client `xff` when given.
    pub fn new(base: &str, client: reqwest::Client, xff: Option<&str>) -> Reporter {
        Reporter {
            client,
            base: base.to_owned(),
            cookie: None,
            sent_with: None,
            xff: xff.map(str::to_owned),
        }
    }

    /// A reporter at a test app, with the app's client.
    pub fn at(app: &TestApp, xff: Option<&str>) -> Reporter {
        Reporter::new(&app.address, app.client.clone(), xff)
    }

    /// POSTs a form with the draft cookie; keeps the cookie the answer sets. An error when
    /// the server cannot be reached.
    async fn try_post(
        &mut self,
        path: &str,
        form: &[(&str, &str)],
    ) -> Result<reqwest::Response, reqwest::Error> {
        let mut request = self.client.post(format!("{}{path}", self.base)).form(form);
        if let Some(cookie) = &self.cookie {
            request = request.header("cookie", cookie);
        }
        if let Some(xff) = &self.xff {
            request = request.header("x-forwarded-for", xff);
        }
        let response = request.send().await?;
        if let Some(set) = response.headers().get("set-cookie") {
            self.cookie = Some(
                set.to_str()
                    .unwrap_or_default()
                    .split(';')
                    .next()
                    .unwrap_or_default()
                    .to_owned(),
            );
        }
        Ok(response)
    }

    /// POSTs a form with the draft cookie; the cookie it sets must be private.
    pub async fn post(&mut self, path: &str, form: &[(&str, &str)]) -> reqwest::Response {
        let response = self.try_post(path, form).await.expect("request");
        cookies::assert_private(&response);
        response
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        let mut request = self.client.get(format!("{}{path}", self.base));
        if let Some(cookie) = &self.cookie {
            request = request.header("cookie", cookie);
        }
        request.send().await.expect("request")
    }

    /// Adds a file on the evidence page, as a browser sends the multipart form; keeps no new
    /// cookie (the draft's stays).
    pub async fn upload(&self, lang: &str, name: &str, mime: &str, bytes: Vec<u8>) -> Response {
        let part = reqwest::multipart::Part::bytes(bytes)
            .file_name(name.to_owned())
            .mime_str(mime)
            .expect("a MIME type");
        let form = reqwest::multipart::Form::new().part("bestand", part);
        let mut request = self
            .client
            .post(format!("{}/{lang}/melden/bijlagen/toevoegen", self.base))
            .multipart(form);
        if let Some(cookie) = &self.cookie {
            request = request.header("cookie", cookie);
        }
        if let Some(xff) = &self.xff {
            request = request.header("x-forwarded-for", xff);
        }
        request.send().await.expect("request")
    }

    /// Every step up to the check page, without sending.
    pub async fn fill_in(&mut self, lang: &str, name: &str) {
        for (step, form) in steps(name) {
            let response = self.post(&format!("/{lang}/melden/{step}"), &form).await;
            assert_eq!(response.status(), 303, "{step}");
        }
    }

    /// Sends the filled-in report; the receipt page.
    pub async fn send(&mut self, lang: &str) -> String {
        self.sent_with = self.cookie.clone();
        let done = self.post(&format!("/{lang}/melden/versturen"), &[]).await;
        assert_eq!(done.status(), 200);
        done.text().await.unwrap()
    }

    /// The whole flow, tolerating a server that goes away: an error instead of a panic.
    pub async fn try_report(&mut self, lang: &str, name: &str) -> Result<String, String> {
        for (step, form) in steps(name) {
            let path = format!("/{lang}/melden/{step}");
            let response = self
                .try_post(&path, &form)
                .await
                .map_err(|e| e.to_string())?;
            if response.status() != 303 {
                return Err(format!("{step}: {}", response.status()));
            }
        }
        let response = self
            .try_post(&format!("/{lang}/melden/versturen"), &[("a", "")])
            .await
            .map_err(|e| e.to_string())?;
        if response.status() != 200 {
            return Err(format!("send: {}", response.status()));
        }
        // The page counts as sent to the reporter only once all of it has arrived.
        response.text().await.map_err(|e| e.to_string())
    }

    /// The whole flow; returns the receipt page.
    pub async fn report(&mut self, lang: &str, name: &str) -> String {
        for (step, form) in steps(name) {
            let response = self.post(&format!("/{lang}/melden/{step}"), &form).await;
            assert_eq!(response.status(), 303, "{step}");
        }
        let check = self
            .get(&format!("/{lang}/melden/controleren"))
            .await
            .text()
            .await
            .unwrap();
        assert!(check.contains(name), "check your answers shows the answers");
        self.sent_with = self.cookie.clone();
        let done = self.post(&format!("/{lang}/melden/versturen"), &[]).await;
        assert_eq!(done.status(), 200);
        done.text().await.unwrap()
    }
}

/// A whole report about `name` through the public form, in Dutch, from client `xff`; its id
/// and receipt code.
pub async fn submit(app: &TestApp, xff: &str, name: &str) -> (i64, String) {
    let mut reporter = Reporter::at(app, Some(xff));
    let code = receipt(&reporter.report("nl", name).await);
    (db::last_report_id(&app.content.db).await, code)
}

impl super::PostsForms for Reporter {
    async fn send_form(&mut self, path: &str, form: &[(&str, &str)]) -> Response {
        self.post(path, form).await
    }
}
