//! Which municipality a request is for, and what it looks like. Every municipality of the
//! tenants file (or the single default one) is a [`Place`]: its organisation, its page
//! header and colours ([`Site`]) and its pages rendered with its own snippets. The front
//! finds the place from the request's host before anything else and puts it in the request
//! ([`Here`]); a host no municipality answers on gets a plain 404 that names none.

mod load;
mod places;

pub use load::{TenancyError, build_places, load_tenants};
pub use places::{Here, Place, Places, organisation_for_account, unknown_host};
