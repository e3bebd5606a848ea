//! How a report reached the team. The web form is one channel; a team member enters tips that
//! came in by phone, letter, e-mail, at the counter or from a partner organisation through the
//! same questions, with the date they came in.

use chrono::{Datelike, NaiveDate};

/// How a report came in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Channel {
    #[default]
    Web,
    Phone,
    Letter,
    Email,
    Counter,
    /// From a partner organisation (UWV, the tax office, a housing association).
    Partner,
    Other,
}

impl Channel {
    pub const ALL: [Channel; 7] = [
        Channel::Web,
        Channel::Phone,
        Channel::Letter,
        Channel::Email,
        Channel::Counter,
        Channel::Partner,
        Channel::Other,
    ];

    /// The channels a team member enters a tip from: every one but the web form, which files
    /// its own.
    pub fn entered() -> impl Iterator<Item = Channel> {
        Channel::ALL.into_iter().filter(|c| *c != Channel::Web)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Channel::Web => "web",
            Channel::Phone => "phone",
            Channel::Letter => "letter",
            Channel::Email => "email",
            Channel::Counter => "counter",
            Channel::Partner => "partner",
            Channel::Other => "other",
        }
    }

    pub fn parse(text: &str) -> Option<Channel> {
        Channel::ALL.into_iter().find(|c| c.as_str() == text)
    }

    /// A channel a team member may choose.
    pub fn parse_entered(text: &str) -> Option<Channel> {
        Channel::entered().find(|c| c.as_str() == text)
    }
}

/// The date an entered tip came in: not in the future, and not before the year before last
/// (older tips are not entered as new reports).
pub fn parse_received_on(text: &str, today: NaiveDate) -> Option<NaiveDate> {
    crate::calendar::parse_date(text).filter(|day| *day <= today && day.year() >= today.year() - 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn channels_read_back_and_the_web_is_not_entered() {
        for channel in Channel::ALL {
            assert_eq!(Channel::parse(channel.as_str()), Some(channel));
        }
        assert_eq!(Channel::parse_entered("web"), None);
        assert_eq!(Channel::parse_entered("phone"), Some(Channel::Phone));
        assert_eq!(Channel::parse_entered("fax"), None);
        assert_eq!(Channel::entered().count(), Channel::ALL.len() - 1);
        assert!(Channel::entered().all(|c| c != Channel::Web));
    }

    #[test]
    fn a_tip_came_in_on_a_day_that_has_been() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
        assert_eq!(parse_received_on("2026-12-07", today), Some(today));
        assert_eq!(
            parse_received_on("03-12-2026", today),
            NaiveDate::from_ymd_opt(2026, 12, 3)
        );
        assert_eq!(parse_received_on("2026-12-08", today), None);
        assert_eq!(parse_received_on("2023-12-31", today), None);
        assert!(parse_received_on("2024-01-01", today).is_some());
        assert_eq!(parse_received_on("gisteren", today), None);
    }
}
