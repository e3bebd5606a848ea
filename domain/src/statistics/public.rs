//! The results of the checks as the public sees them, per municipality and year: reports
//! received, the share investigated, and outcomes. Counts below five are shown as "fewer
//! than 5", so no figure points at a person; a share is shown only when both of its counts
//! are shown.

use super::YearFigures;
use crate::queue::Outcome;

/// Counts below this are not shown exactly.
pub const SMALLEST_SHOWN: i64 = 5;

/// A count as the public page shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    FewerThanFive,
    Count(i64),
}

impl Shown {
    pub fn of(count: i64) -> Shown {
        if count < SMALLEST_SHOWN {
            Shown::FewerThanFive
        } else {
            Shown::Count(count)
        }
    }
}

/// One year on the public page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublicYear {
    pub year: i32,
    /// The year is not over yet: figures so far.
    pub so_far: bool,
    pub received: Shown,
    pub investigated: Shown,
    /// Whole percent of the year's reports that led to an investigation.
    pub investigated_percent: Option<i64>,
    /// Closed reports per outcome, in the outcomes' order.
    pub outcomes: Vec<(Outcome, Shown)>,
}

impl PublicYear {
    pub fn of(figures: &YearFigures, so_far: bool) -> PublicYear {
        let received = Shown::of(figures.total);
        let investigated = Shown::of(figures.investigated);
        let investigated_percent = match (received, investigated) {
            (Shown::Count(total), Shown::Count(part)) => {
                Some(((part as f64) * 100.0 / (total as f64)).round() as i64)
            }
            _ => None,
        };
        PublicYear {
            year: figures.year,
            so_far,
            received,
            investigated,
            investigated_percent,
            outcomes: figures
                .by_outcome
                .iter()
                .map(|(outcome, n)| (*outcome, Shown::of(*n)))
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn figures(total: i64, investigated: i64, outcomes: [i64; 5]) -> YearFigures {
        YearFigures {
            year: 2025,
            total,
            investigated,
            by_outcome: Outcome::ALL.into_iter().zip(outcomes).collect(),
            ..YearFigures::default()
        }
    }

    #[test]
    fn small_counts_are_not_shown_exactly() {
        assert_eq!(Shown::of(0), Shown::FewerThanFive);
        assert_eq!(Shown::of(4), Shown::FewerThanFive);
        assert_eq!(Shown::of(5), Shown::Count(5));
        let year = PublicYear::of(&figures(40, 10, [20, 6, 4, 0, 1]), false);
        assert_eq!(year.received, Shown::Count(40));
        assert_eq!(year.investigated_percent, Some(25));
        let shown: Vec<_> = year.outcomes.iter().map(|(_, s)| *s).collect();
        assert_eq!(
            shown,
            vec![
                Shown::Count(20),
                Shown::Count(6),
                Shown::FewerThanFive,
                Shown::FewerThanFive,
                Shown::FewerThanFive
            ]
        );
    }

    #[test]
    fn a_share_needs_both_counts_shown() {
        // 3 of 40 investigated: the share would give the 3 away.
        assert_eq!(
            PublicYear::of(&figures(40, 3, [0; 5]), true).investigated_percent,
            None
        );
        assert_eq!(
            PublicYear::of(&figures(4, 4, [0; 5]), true).investigated_percent,
            None
        );
    }
}
