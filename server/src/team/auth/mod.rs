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

use crate::team::routes::StaffRoutes;

/// This capability's staff routes (`/{lang}/team/…`).
pub fn routes() -> StaffRoutes {
    StaffRoutes::new()
        .get("/{lang}/team", team_home)
        .get("/{lang}/team/inloggen", login_page)
        .post("/{lang}/team/inloggen", login)
        .get("/{lang}/team/tweede-stap", second_factor_page)
        .post("/{lang}/team/tweede-stap", second_factor)
        .post("/{lang}/team/uitloggen", logout)
        .post("/{lang}/team/uitloggen-overal", logout_everywhere)
        .get("/{lang}/team/wachtwoord/{token}", set_password_page)
        .post("/{lang}/team/wachtwoord/{token}", set_password)
        .get("/{lang}/team/geen-toegang", forbidden_page)
}
