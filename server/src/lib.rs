//! Helder's server: configuration, start-up, storage, assets and middleware around the
//! Leptos app in `helder-app`.

pub mod allocator;
pub mod assets;
pub mod changes;
pub mod configuration;
pub mod content;
pub mod cookies;
pub mod films;
pub mod hashing;
pub mod health;
pub mod jobs;
pub mod mail;
pub mod media;
pub mod middleware;
pub mod pages;
pub mod prevention;
pub mod public;
pub mod report;
pub mod results;
pub mod retention;
pub mod search;
pub mod serve;
pub mod startup;
pub mod state;
pub mod storage;
pub mod team;
pub mod telemetry;
pub mod tenancy;
pub mod tokens;
