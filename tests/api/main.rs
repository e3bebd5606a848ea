//! Integration tests: the real server on a random port against a fresh database, run once on
//! SQLite and once on PostgreSQL (see `both_backends!`).

mod helpers;

mod abuse;
mod annual;
mod architecture;
mod assets;
mod audit_actions;
mod budgets;
mod channels;
mod content;
mod durability;
mod editing;
mod errors;
mod evidence;
mod film_upload;
mod films;
mod health;
mod instances;
mod isolation;
mod languages;
mod law;
mod locales;
mod mail;
mod outcomes;
mod page_lifecycle;
mod prevention;
mod privacy;
mod readability;
mod report_flow;
mod report_kinds;
mod reports;
mod retention;
mod search;
mod security;
mod statistics;
mod team;
mod tenants;
mod timeouts;
mod unit_of_work;
mod working_days;
