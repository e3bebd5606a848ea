//! Several municipalities (`tenants.example.toml`): a test app that serves them, clients that
//! ask for one municipality's host, and accounts of an organisation.

use super::{
    app::{Backend, TestApp, spawn_app_with},
    staff::{Grants, PASSWORD, StaffClient},
};
use helder_domain::tenants::TenantId;
use std::time::Duration;

pub fn tenants_file() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tenants.example.toml")
}

/// Helder with the example tenants file.
pub async fn spawn_tenants(backend: Backend) -> TestApp {
    spawn_app_with(backend, |s| s.tenants = Some(tenants_file())).await
}

/// A client that asks for `host` (behind the test's trusted proxy: `X-Forwarded-Host`).
pub fn at_host(host: &str) -> reqwest::Client {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert("x-forwarded-host", host.parse().expect("host"));
    reqwest::Client::builder()
        .default_headers(headers)
        .redirect(reqwest::redirect::Policy::none())
        .timeout(Duration::from_secs(20))
        .build()
        .expect("client")
}

/// An account of `organisation` with a role (or an editor's publishing right) and
/// [`PASSWORD`]; its id.
pub async fn account_of(app: &TestApp, organisation: &str, email: &str, who: impl Grants) -> i64 {
    let org = TenantId::parse(organisation).expect("organisation id");
    helder_server::team::accounts::add_user(
        &app.content.db,
        &org,
        &app.address,
        email,
        None,
        who.capabilities().as_str(),
        Some(PASSWORD),
    )
    .await
    .expect("account")
    .id
}

/// The existing account `email`, logged in on `host`.
pub async fn logged_in_at(app: &TestApp, host: &str, email: &str) -> StaffClient {
    let mut staff = StaffClient::with_client(app, at_host(host));
    staff.log_in(email).await;
    staff
}
