//! Refusals of a flood are answered slowly. A script that posts as fast as Helder answers
//! gets its 429 after a pause, so a handful of connections cannot take the processor from
//! readers; a person who meets the same page waits a moment longer and is not refused.
//! Only so many refusals wait at once (a share of the connection cap), so a flood over many
//! connections cannot fill the cap with waiting answers; beyond that, refusals go out at once
//! (and are cheap: see `report::busy`).

use std::{sync::Arc, time::Duration};
use tokio::sync::Semaphore;

#[derive(Debug, Clone)]
pub struct Tarpit {
    delay: Duration,
    slots: Arc<Semaphore>,
}

impl Tarpit {
    /// Refusals wait `delay`, at most `slots` at a time.
    pub fn new(delay: Duration, slots: usize) -> Tarpit {
        Tarpit {
            delay,
            slots: Arc::new(Semaphore::new(slots)),
        }
    }

    /// No pause (tests of other things).
    pub fn none() -> Tarpit {
        Tarpit::new(Duration::ZERO, 0)
    }

    /// The share of the connection cap that may wait in the tarpit.
    pub fn slots_for(max_connections: usize) -> usize {
        max_connections / 4
    }

    /// Waits before a refusal goes out, if a slot is free.
    pub async fn hold(&self) {
        if self.delay.is_zero() {
            return;
        }
        if let Ok(_slot) = self.slots.try_acquire() {
            tokio::time::sleep(self.delay).await;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::time::Instant;

    #[tokio::test(start_paused = true)]
    async fn refusals_wait_while_slots_are_free() {
        let tarpit = Tarpit::new(Duration::from_secs(1), 2);
        let started = Instant::now();
        tokio::join!(tarpit.hold(), tarpit.hold());
        assert_eq!(
            started.elapsed(),
            Duration::from_secs(1),
            "two wait together"
        );

        let started = Instant::now();
        let third = async {
            tokio::task::yield_now().await;
            let at = Instant::now();
            tarpit.hold().await;
            at.elapsed()
        };
        let (_, _, third) = tokio::join!(tarpit.hold(), tarpit.hold(), third);
        assert_eq!(third, Duration::ZERO, "the slots are taken: at once");
        assert_eq!(started.elapsed(), Duration::from_secs(1));

        let none = Tarpit::none();
        let started = Instant::now();
        none.hold().await;
        assert_eq!(started.elapsed(), Duration::ZERO);
    }
}
