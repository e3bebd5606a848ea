//! Log in (password, then the second factor when set), log out (here or everywhere), and
//! choosing a password with a one-time link. Failed log-ins get one generic message; attempts
//! are throttled per account and for everyone together.

mod common;
mod login;
mod logout;
mod password;
mod second_factor;
pub use common::start_page;
use common::{forbidden_page, team_home};
pub use login::{LoginFields, login, login_page};
pub use logout::{logout, logout_everywhere};
pub use password::{PasswordFields, set_password, set_password_page};
pub use second_factor::{CodeFields, second_factor, second_factor_page};

use crate::state::AppState;

/// This capability's staff routes (`/{lang}/team/…`).
pub fn router() -> axum::Router<AppState> {
    axum::Router::new()
        .route("/{lang}/team", axum::routing::get(team_home))
        .route(
            "/{lang}/team/inloggen",
            axum::routing::get(login_page).post(login),
        )
        .route(
            "/{lang}/team/tweede-stap",
            axum::routing::get(second_factor_page).post(second_factor),
        )
        .route("/{lang}/team/uitloggen", axum::routing::post(logout))
        .route(
            "/{lang}/team/uitloggen-overal",
            axum::routing::post(logout_everywhere),
        )
        .route(
            "/{lang}/team/wachtwoord/{token}",
            axum::routing::get(set_password_page).post(set_password),
        )
        .route(
            "/{lang}/team/geen-toegang",
            axum::routing::get(forbidden_page),
        )
}
