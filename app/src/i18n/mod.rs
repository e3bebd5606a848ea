//! Fluent look-ups for the languages of [`helder_domain::languages`]. Every user-facing string
//! goes through [`t`].

mod foreign;
mod lookup;
mod switcher;
pub use foreign::{part_attributes, t_with_part};
pub use lookup::{t, t_args, use_language};
pub use switcher::{LanguageSwitcher, bounded_query};
