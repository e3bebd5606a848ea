//! Account pages: log in, second factor, set a password, one's own account, and accounts
//! (admins). Each reads what the server prepared from the request; forms post to the server.

mod account;
mod accounts;
mod common;
mod sign_in;

pub use account::{AccountPage, AccountView};
pub use accounts::{AccountRow, AccountsPage, AccountsView};
pub use common::{Forbidden, Notice, NoticeBox};
pub use sign_in::{
    LoginForm, LoginPage, SecondFactorForm, SecondFactorPage, SetPasswordForm, SetPasswordPage,
};
