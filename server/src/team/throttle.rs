//! The staff side's settings and its log-in throttles (in memory only).

use crate::configuration::Settings;
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use std::{num::NonZeroU32, time::Duration};

/// Settings and in-memory state of the staff side.
pub struct TeamState {
    pub idle: chrono::Duration,
    pub distribute_at: chrono::NaiveTime,
    pub first_action_days: i64,
    pub public_url: String,
    pub municipality: String,
    /// Attempts per account (keyed by a hash of the address) and for everyone together.
    pub login_per_account: DefaultKeyedRateLimiter<String>,
    pub login_global: governor::DefaultDirectRateLimiter,
    /// Attempts from a device that logged in to that account before (its own budget, so a
    /// flood cannot lock its owner out): as many as per account.
    pub login_per_device: DefaultKeyedRateLimiter<[u8; 16]>,
}

impl TeamState {
    pub fn new(settings: &Settings) -> TeamState {
        let per_account =
            NonZeroU32::new(settings.login_limit_account.max(1)).unwrap_or(NonZeroU32::MIN);
        let global = NonZeroU32::new(settings.login_limit_global.max(1)).unwrap_or(NonZeroU32::MIN);
        TeamState {
            idle: chrono::Duration::minutes(i64::from(settings.session_idle_minutes.max(1))),
            distribute_at: settings.distribute_at,
            first_action_days: i64::from(settings.first_action_days),
            public_url: settings.public_url(),
            municipality: settings.municipality.clone(),
            login_per_account: RateLimiter::keyed(
                Quota::with_period(Duration::from_secs(180))
                    .unwrap_or(Quota::per_minute(NonZeroU32::MIN))
                    .allow_burst(per_account),
            ),
            login_global: RateLimiter::direct(Quota::per_minute(global)),
            login_per_device: RateLimiter::keyed(
                Quota::with_period(Duration::from_secs(180))
                    .unwrap_or(Quota::per_minute(NonZeroU32::MIN))
                    .allow_burst(per_account),
            ),
        }
    }

    /// An attempt without a trusted device: within the global and the per-account budget.
    pub fn untrusted_attempt_allowed(&self, account_key: &String) -> bool {
        self.login_global.check().is_ok() && self.login_per_account.check_key(account_key).is_ok()
    }
}
