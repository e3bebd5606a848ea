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

use crate::team::routes::StaffRoutes;

/// This capability's staff routes (`/{lang}/team/…`).
pub fn routes() -> StaffRoutes {
    StaffRoutes::new()
        .get("/{lang}/team/account", account_page)
        .post("/{lang}/team/account/aanwezig", set_own_presence)
        .post("/{lang}/team/account/tweede-stap/nieuw", start_totp)
        .post("/{lang}/team/account/tweede-stap", confirm_totp)
        .get("/{lang}/team/accounts", accounts_page)
        .post("/{lang}/team/accounts", add_account)
        .post("/{lang}/team/accounts/{id}/uitzetten", disable_account)
}
