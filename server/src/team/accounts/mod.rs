//! One's own account (presence, second factor) and, for admins, everyone's accounts. Also the
//! account creation that `helder user add` shares.

mod admin;
mod creation;
mod own;

pub use admin::{NewAccountFields, accounts_page, add_account, disable_account};
pub use creation::{AddUserError, AddedUser, LINK_DAYS, add_user, cli_actor, new_password_link};
pub use own::{
    ConfirmFields, PresenceFields, account_page, confirm_totp, set_own_presence, start_totp,
};

use crate::state::AppState;

/// This capability's staff routes (`/{lang}/team/…`).
pub fn router() -> axum::Router<AppState> {
    axum::Router::new()
        .route("/{lang}/team/account", axum::routing::get(account_page))
        .route(
            "/{lang}/team/account/aanwezig",
            axum::routing::post(set_own_presence),
        )
        .route(
            "/{lang}/team/account/tweede-stap/nieuw",
            axum::routing::post(start_totp),
        )
        .route(
            "/{lang}/team/account/tweede-stap",
            axum::routing::post(confirm_totp),
        )
        .route(
            "/{lang}/team/accounts",
            axum::routing::get(accounts_page).post(add_account),
        )
        .route(
            "/{lang}/team/accounts/{id}/uitzetten",
            axum::routing::post(disable_account),
        )
}
