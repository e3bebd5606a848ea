//! Helder's domain: the rules and types of the portal, without a web framework or a database.
//! The pages (`helder-app`) and the server with its storage (`helder-server`) depend on this
//! crate; it depends on neither. A value of a type here is valid: parsing makes it, and
//! nothing else does.
//!
//! The `server` feature (on by default) adds what only the server needs: reading the
//! questionnaire and the plain-words list (TOML) and the publishing checks (Markdown). The
//! browser bundle builds without it.

pub mod audit;
pub mod calendar;
pub mod editing;
pub mod films;
pub mod html;
pub mod languages;
pub mod outcomes;
pub mod prevention;
pub mod queue;
pub mod readability;
pub mod report;
pub mod search;
pub mod staff;
pub mod statistics;
pub mod tenants;
