//! A member of staff in a browser without JavaScript: an account with a role, the log-in
//! form, and pages and forms with the session's CSRF token.

use super::{
    app::TestApp,
    cookies::{self, CookieJar},
    html,
};
use helder_domain::staff::{Capabilities, Role};
use helder_server::{storage::Database, team::accounts::add_user};
use reqwest::Response;

/// The password of every test account.
pub const PASSWORD: &str = "een lang wachtwoord 123";

/// An editor with the publishing right.
pub const PUBLISHER: Capabilities = Capabilities::new(Role::Editor, true);

/// What an account is made with: a role, or capabilities (an editor who publishes).
pub trait Grants: Copy {
    fn capabilities(self) -> Capabilities;
}

impl Grants for Role {
    fn capabilities(self) -> Capabilities {
        Capabilities::new(self, false)
    }
}

impl Grants for Capabilities {
    fn capabilities(self) -> Capabilities {
        self
    }
}

/// Makes an account with [`PASSWORD`], named after the part of `email` before the `@`; its id.
pub async fn add_account(db: &Database, public_url: &str, email: &str, who: impl Grants) -> i64 {
    let name = email.split('@').next().unwrap();
    add_user(
        db,
        &super::db::default_org(),
        public_url,
        email,
        Some(name),
        who.capabilities().as_str(),
        Some(PASSWORD),
    )
    .await
    .expect("account")
    .id
}

/// [`add_account`] on a test app.
pub async fn account(app: &TestApp, email: &str, who: impl Grants) -> i64 {
    add_account(&app.content.db, &app.address, email, who).await
}

/// A browser without JavaScript for staff: keeps its cookies by hand, sends the form's token.
pub struct StaffClient {
    client: reqwest::Client,
    base: String,
    cookies: CookieJar,
    csrf: String,
}

impl StaffClient {
    /// A browser that has not logged in.
    pub fn new(app: &TestApp) -> StaffClient {
        StaffClient {
            client: app.client.clone(),
            base: app.address.clone(),
            cookies: CookieJar::default(),
            csrf: String::new(),
        }
    }

    /// A browser that has not logged in, sending with `client` (e.g. one that asks for a
    /// municipality's host).
    pub fn with_client(app: &TestApp, client: reqwest::Client) -> StaffClient {
        StaffClient {
            client,
            ..StaffClient::new(app)
        }
    }

    /// The same session (cookies and token) sent to another municipality's `host`.
    pub fn clone_session_at(&self, app: &TestApp, host: &str) -> StaffClient {
        StaffClient {
            client: super::hosts::at_host(host),
            base: app.address.clone(),
            cookies: self.cookies.clone(),
            csrf: self.csrf.clone(),
        }
    }

    /// A new browser, logged in to the existing account `email`.
    pub async fn logged_in(app: &TestApp, email: &str) -> StaffClient {
        let mut staff = StaffClient::new(app);
        staff.log_in(email).await;
        staff
    }

    /// A new account for `email`, logged in (see [`StaffClient::log_in`]).
    pub async fn signed_in(app: &TestApp, email: &str, who: impl Grants) -> StaffClient {
        account(app, email, who).await;
        StaffClient::logged_in(app, email).await
    }

    /// A new account with `role`, named after it at `domain`, logged in; and the role's word
    /// for messages.
    pub async fn with_role(app: &TestApp, role: Role, domain: &str) -> (StaffClient, &'static str) {
        let email = format!("{}@{domain}", role.as_str());
        (
            StaffClient::signed_in(app, &email, role).await,
            role.as_str(),
        )
    }

    /// Wrong log-ins from `count` new browsers, one per account `{prefix}{i}@gemeente.nl`;
    /// the statuses of the answers.
    pub async fn wrong_log_ins(app: &TestApp, prefix: &str, count: usize) -> Vec<u16> {
        let mut statuses = Vec::new();
        for i in 0..count {
            let email = format!("{prefix}{i}@gemeente.nl");
            let response = StaffClient::new(app)
                .try_log_in(&email, "fout wachtwoord 0000")
                .await;
            statuses.push(response.status().as_u16());
        }
        statuses
    }

    /// The CSRF token of the session, from the last page that carried one.
    pub fn csrf(&self) -> &str {
        &self.csrf
    }

    /// Sends with the cookies, and keeps the ones the answer sets (which must be private).
    async fn send(&mut self, request: reqwest::RequestBuilder) -> reqwest::Response {
        let response = request
            .header("cookie", self.cookies.header())
            .send()
            .await
            .expect("request");
        cookies::assert_private(&response);
        self.cookies.keep(&response);
        response
    }

    pub async fn get(&mut self, path: &str) -> reqwest::Response {
        let request = self.client.get(format!("{}{path}", self.base));
        self.send(request).await
    }

    /// GET, and remember the page's CSRF token.
    pub async fn page(&mut self, path: &str) -> (u16, String) {
        let response = self.get(path).await;
        let status = response.status().as_u16();
        let body = response.text().await.unwrap();
        let token = html::hidden(&body, "csrf");
        if !token.is_empty() {
            self.csrf = token;
        }
        (status, body)
    }

    /// POST a form with the CSRF token, as a browser submitting the page's form would.
    pub async fn post_form(&mut self, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        let mut fields: Vec<(&str, &str)> = fields.to_vec();
        let csrf = self.csrf.clone();
        fields.push(("csrf", &csrf));
        self.post_raw(path, &fields).await
    }

    /// [`Self::get`], asserting the answer's status.
    pub async fn get_expect(&mut self, path: &str, status: u16) -> Response {
        super::expect(self.get(path).await, status, &format!("GET {path}"))
    }

    /// [`Self::post_form`] for a form built at run time, with owned values.
    pub async fn post_owned(&mut self, path: &str, fields: &[(&str, String)]) -> reqwest::Response {
        let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
        self.post_form(path, &fields).await
    }

    /// POST exactly the fields given: no token unless the test adds one.
    pub async fn post_raw(&mut self, path: &str, form: &[(&str, &str)]) -> reqwest::Response {
        let request = self.client.post(format!("{}{path}", self.base)).form(form);
        self.send(request).await
    }

    /// POST a multipart form (film uploads) with exactly the parts given, in their order.
    pub async fn post_multipart(
        &mut self,
        path: &str,
        form: reqwest::multipart::Form,
    ) -> reqwest::Response {
        let request = self
            .client
            .post(format!("{}{path}", self.base))
            .multipart(form);
        self.send(request).await
    }

    /// Fills in the log-in form; the answer, whatever it is.
    pub async fn try_log_in(&mut self, email: &str, password: &str) -> reqwest::Response {
        self.page("/nl/team/inloggen").await;
        self.post_form(
            "/nl/team/inloggen",
            &[("email", email), ("password", password)],
        )
        .await
    }

    /// A second client on the same session (same cookies and token), e.g. for a closure.
    pub fn clone_session(&self) -> StaffClient {
        StaffClient {
            client: self.client.clone(),
            base: self.base.clone(),
            cookies: self.cookies.clone(),
            csrf: self.csrf.clone(),
        }
    }

    pub fn has_cookie(&self, name: &str) -> bool {
        self.cookies.has(name)
    }

    /// Drops the session cookie, as a browser closing would (the device cookie stays).
    pub fn forget_session(&mut self) {
        self.cookies.forget("helder_team");
    }

    /// Logs out (this session only; the device stays known).
    pub async fn log_out(&mut self) {
        let response = self.post_form("/nl/team/uitloggen", &[]).await;
        assert_eq!(response.status(), 303, "log-out");
        assert!(
            !self.has_cookie("helder_team"),
            "the session cookie is gone"
        );
    }

    /// Logs in with [`PASSWORD`] and loads the start page (for the session's CSRF token).
    pub async fn log_in(&mut self, email: &str) {
        let response = self.try_log_in(email, PASSWORD).await;
        assert_eq!(response.status(), 303, "log-in of {email}");
        let next = response.headers()["location"].to_str().unwrap().to_owned();
        let (status, _) = self.page(&next).await;
        assert_eq!(status, 200, "start page {next}");
        // Every staff page carries the session's token in the staff menu's log-out form.
        assert!(!self.csrf.is_empty());
    }
}

impl super::PostsForms for StaffClient {
    async fn send_form(&mut self, path: &str, form: &[(&str, &str)]) -> Response {
        self.post_form(path, form).await
    }
}
