//! What the API tests share: a Helder to test against, in-process ([`app`]) or as the real
//! binary ([`binary`]), each on a random port with a fresh data folder and a fresh database on
//! either backend; a member of staff with a role in a browser ([`staff`]); a reporter going
//! through the form ([`reporter`]); reading its pages ([`html`]) and its database ([`db`]); and
//! the odd pieces of infrastructure (a PostgreSQL cluster of their own, HTTP by hand, an SMTP
//! server).

pub mod app;
pub mod binary;
pub mod cluster;
pub mod cookies;
pub mod db;
pub mod hosts;
pub mod html;
pub mod pg;
pub mod raw;
pub mod reporter;
pub mod smtp;
pub mod staff;

pub use app::{
    Backend, SHIPPED_FILM_FILES, TestApp, spawn_app, spawn_app_with, spawn_app_with_routes,
    test_settings,
};
pub use binary::{free_port, spawn_binary};
pub use pg::postgres_admin_url;

/// Asserts an answer's status, naming the request (`what`); gives the answer back to read on.
pub fn expect(response: reqwest::Response, status: u16, what: &str) -> reqwest::Response {
    assert_eq!(response.status(), status, "{what}");
    response
}

/// A limit on waiting for something the server does in the background, polled every `pause`.
pub struct Deadline {
    at: tokio::time::Instant,
    pause: std::time::Duration,
}

impl Deadline {
    pub fn after(limit: std::time::Duration, pause: std::time::Duration) -> Deadline {
        Deadline {
            at: tokio::time::Instant::now() + limit,
            pause,
        }
    }

    /// Between two polls: fails the test with `what` once the limit has passed, else pauses.
    pub async fn next_poll(&self, what: impl FnOnce() -> String) {
        assert!(tokio::time::Instant::now() < self.at, "{}", what());
        tokio::time::sleep(self.pause).await;
    }
}

/// A client that posts forms its own way (a staff session with its token, a reporter's draft
/// cookie), so that checking the answer's status is written once.
// Only this test crate uses it, so the futures need no `Send` bound.
#[allow(async_fn_in_trait)]
pub trait PostsForms {
    async fn send_form(&mut self, path: &str, form: &[(&str, &str)]) -> reqwest::Response;

    /// Posts the form and asserts the answer's status.
    async fn post_expect(
        &mut self,
        path: &str,
        form: &[(&str, &str)],
        status: u16,
    ) -> reqwest::Response {
        expect(
            self.send_form(path, form).await,
            status,
            &format!("POST {path}"),
        )
    }
}

/// Runs one `async fn(Backend)` test once per backend, as `<name>::sqlite` and `<name>::postgres`.
#[macro_export]
macro_rules! both_backends {
    ($($name:ident),+ $(,)?) => {$(
        mod $name {
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                super::$name($crate::helpers::Backend::Sqlite).await
            }
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                super::$name($crate::helpers::Backend::Postgres).await
            }
        }
    )+};
}
