//! What closing a report records: one or more outcomes, as the control plans combine them
//! ("terugvordering en/of boete"), each with its details: the amount of a repayment or fine,
//! the percentage and months of a measure, the organisation a report was passed on to.
//! "No action" stands alone. Parse, don't validate: an [`Outcomes`] that exists is valid.

use crate::queue::{Outcome, format_euros, parse_euros};

/// The highest amount Helder takes for a repayment or fine (whole euros).
pub const MAX_EUROS: i64 = 10_000_000;
/// The longest measure, in months.
pub const MAX_MONTHS: i64 = 36;
/// The longest name of the organisation a report was passed on to.
pub const MAX_REFERRED_TO: usize = 100;

/// One outcome with its details.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutcomeRecord {
    pub outcome: Outcome,
    /// A repayment's or fine's amount in whole euros. `None` only for reports closed before
    /// Helder asked for amounts (migration 0017).
    pub euros: Option<i64>,
    /// A measure: the percentage the benefit is lowered by, and for how many months.
    pub percent: Option<i64>,
    pub months: Option<i64>,
    /// Passed on: to which organisation.
    pub referred_to: Option<String>,
}

impl OutcomeRecord {
    /// An outcome without details (or with details not known).
    pub fn plain(outcome: Outcome) -> OutcomeRecord {
        OutcomeRecord {
            outcome,
            euros: None,
            percent: None,
            months: None,
            referred_to: None,
        }
    }
}

/// The outcomes of a closed report: at least one, each once, in the order of
/// [`Outcome::ALL`]; "no action" only alone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcomes(Vec<OutcomeRecord>);

/// The closing form as sent: the outcomes ticked and the texts of their details.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ClosingForm {
    pub chosen: Vec<String>,
    pub repayment: String,
    pub fine: String,
    pub percent: String,
    pub months: String,
    pub referred_to: String,
}

/// What is wrong with a closing form; each names its field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutcomeProblem {
    Missing,
    NoActionAlone,
    Repayment,
    Fine,
    Percent,
    Months,
    ReferredTo,
}

impl OutcomeProblem {
    /// The id of the form field it belongs to.
    pub fn field(self) -> &'static str {
        match self {
            OutcomeProblem::Missing | OutcomeProblem::NoActionAlone => "outcome",
            OutcomeProblem::Repayment => "repayment-amount",
            OutcomeProblem::Fine => "fine-amount",
            OutcomeProblem::Percent => "measure-percent",
            OutcomeProblem::Months => "measure-months",
            OutcomeProblem::ReferredTo => "referred-to",
        }
    }

    /// The Fluent message that explains it.
    pub fn message_id(self) -> &'static str {
        match self {
            OutcomeProblem::Missing => "team-outcome-missing",
            OutcomeProblem::NoActionAlone => "team-outcome-no-action-alone",
            OutcomeProblem::Repayment => "team-outcome-repayment-invalid",
            OutcomeProblem::Fine => "team-outcome-fine-invalid",
            OutcomeProblem::Percent => "team-outcome-percent-invalid",
            OutcomeProblem::Months => "team-outcome-months-invalid",
            OutcomeProblem::ReferredTo => "team-outcome-referred-invalid",
        }
    }
}

fn whole_number(text: &str, range: std::ops::RangeInclusive<i64>) -> Option<i64> {
    let text = text.trim().trim_end_matches('%').trim();
    text.parse::<i64>().ok().filter(|n| range.contains(n))
}

impl Outcomes {
    /// Reads a closing form; every problem at once, in the order of the form.
    pub fn parse(form: &ClosingForm) -> Result<Outcomes, Vec<OutcomeProblem>> {
        let chosen: Vec<Outcome> = Outcome::ALL
            .into_iter()
            .filter(|o| form.chosen.iter().any(|c| c == o.as_str()))
            .collect();
        if chosen.is_empty() {
            return Err(vec![OutcomeProblem::Missing]);
        }
        if chosen.contains(&Outcome::NoAction) && chosen.len() > 1 {
            return Err(vec![OutcomeProblem::NoActionAlone]);
        }
        let mut problems = Vec::new();
        let mut records = Vec::new();
        for outcome in chosen {
            let mut record = OutcomeRecord::plain(outcome);
            match outcome {
                Outcome::Repayment | Outcome::Fine => {
                    let text = if outcome == Outcome::Repayment {
                        &form.repayment
                    } else {
                        &form.fine
                    };
                    match parse_euros(text).filter(|e| (1..=MAX_EUROS).contains(e)) {
                        Some(euros) => record.euros = Some(euros),
                        None if outcome == Outcome::Repayment => {
                            problems.push(OutcomeProblem::Repayment)
                        }
                        None => problems.push(OutcomeProblem::Fine),
                    }
                }
                Outcome::Measure => {
                    record.percent = whole_number(&form.percent, 1..=100);
                    record.months = whole_number(&form.months, 1..=MAX_MONTHS);
                    if record.percent.is_none() {
                        problems.push(OutcomeProblem::Percent);
                    }
                    if record.months.is_none() {
                        problems.push(OutcomeProblem::Months);
                    }
                }
                Outcome::Referred => {
                    let to: String = form
                        .referred_to
                        .chars()
                        .filter(|c| !c.is_control())
                        .collect::<String>()
                        .trim()
                        .to_owned();
                    if to.is_empty() || to.chars().count() > MAX_REFERRED_TO {
                        problems.push(OutcomeProblem::ReferredTo);
                    } else {
                        record.referred_to = Some(to);
                    }
                }
                _ => {}
            }
            records.push(record);
        }
        if problems.is_empty() {
            Ok(Outcomes(records))
        } else {
            Err(problems)
        }
    }

    /// Outcomes as stored; `None` when there are none. Order and duplicates are put right.
    pub fn from_stored(mut records: Vec<OutcomeRecord>) -> Option<Outcomes> {
        records.sort_by_key(|r| r.outcome);
        records.dedup_by_key(|r| r.outcome);
        (!records.is_empty()).then_some(Outcomes(records))
    }

    pub fn records(&self) -> &[OutcomeRecord] {
        &self.0
    }

    pub fn contains(&self, outcome: Outcome) -> bool {
        self.0.iter().any(|r| r.outcome == outcome)
    }

    /// The audit line's detail: each outcome's id with its figures (`repayment:1200`,
    /// `measure:20:3`), comma-separated; the organisation's name stays on the report.
    pub fn detail(&self) -> String {
        self.0
            .iter()
            .map(|r| {
                let mut part = r.outcome.as_str().to_owned();
                for figure in [r.euros, r.percent, r.months].into_iter().flatten() {
                    part.push_str(&format!(":{figure}"));
                }
                part
            })
            .collect::<Vec<_>>()
            .join(",")
    }
}

/// One part of [`Outcomes::detail`] read back: the outcome and its figures (`None` for an
/// identifier Helder does not know).
pub fn read_detail_part(part: &str) -> Option<(Outcome, Vec<i64>)> {
    let mut pieces = part.split(':');
    let outcome = Outcome::parse(pieces.next()?.trim())?;
    let figures = pieces.filter_map(|p| p.parse().ok()).collect();
    Some((outcome, figures))
}

/// An amount as people read it: "€ 1.200".
pub fn euros_text(euros: i64) -> String {
    format!("€ {}", format_euros(euros))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(chosen: &[&str]) -> ClosingForm {
        ClosingForm {
            chosen: chosen.iter().map(|c| c.to_string()).collect(),
            ..ClosingForm::default()
        }
    }

    #[test]
    fn a_repayment_and_a_fine_close_together() {
        let parsed = Outcomes::parse(&ClosingForm {
            repayment: "€ 4.250,00".into(),
            fine: "600".into(),
            ..form(&["fine", "repayment"])
        })
        .unwrap();
        let records = parsed.records();
        assert_eq!(records.len(), 2);
        assert_eq!(
            records[0].outcome,
            Outcome::Repayment,
            "in the form's order"
        );
        assert_eq!(records[0].euros, Some(4250));
        assert_eq!(records[1].euros, Some(600));
        assert_eq!(parsed.detail(), "repayment:4250,fine:600");
        assert_eq!(
            read_detail_part("repayment:4250"),
            Some((Outcome::Repayment, vec![4250]))
        );
        assert_eq!(
            read_detail_part("measure"),
            Some((Outcome::Measure, vec![]))
        );
        assert_eq!(read_detail_part("bonus"), None);
    }

    #[test]
    fn every_detail_is_checked_and_every_problem_named() {
        assert_eq!(
            Outcomes::parse(&form(&[])),
            Err(vec![OutcomeProblem::Missing])
        );
        assert_eq!(
            Outcomes::parse(&form(&["made_up"])),
            Err(vec![OutcomeProblem::Missing])
        );
        assert_eq!(
            Outcomes::parse(&form(&["no_action", "warning"])),
            Err(vec![OutcomeProblem::NoActionAlone])
        );
        let problems = Outcomes::parse(&ClosingForm {
            repayment: "0".into(),
            fine: "veel".into(),
            percent: "120".into(),
            months: "".into(),
            referred_to: " ".into(),
            ..form(&["repayment", "fine", "measure", "referred"])
        })
        .unwrap_err();
        assert_eq!(
            problems,
            [
                OutcomeProblem::Repayment,
                OutcomeProblem::Fine,
                OutcomeProblem::Percent,
                OutcomeProblem::Months,
                OutcomeProblem::ReferredTo
            ]
        );
        let fields: Vec<_> = problems.iter().map(|p| p.field()).collect();
        assert_eq!(
            fields,
            [
                "repayment-amount",
                "fine-amount",
                "measure-percent",
                "measure-months",
                "referred-to"
            ]
        );
        let measure = Outcomes::parse(&ClosingForm {
            percent: "20 %".into(),
            months: "3".into(),
            referred_to: "UWV".into(),
            ..form(&["measure", "referred", "warning"])
        })
        .unwrap();
        assert_eq!(measure.detail(), "warning,measure:20:3,referred");
        assert_eq!(measure.records()[2].referred_to.as_deref(), Some("UWV"));
        // Details of outcomes not ticked are ignored.
        let plain = Outcomes::parse(&ClosingForm {
            repayment: "nonsense".into(),
            ..form(&["no_action"])
        })
        .unwrap();
        assert_eq!(plain.records(), [OutcomeRecord::plain(Outcome::NoAction)]);
        assert_eq!(
            Outcomes::parse(&ClosingForm {
                fine: "10.000.001".into(),
                ..form(&["fine"])
            }),
            Err(vec![OutcomeProblem::Fine])
        );
    }

    #[test]
    fn stored_outcomes_come_back_in_order() {
        let stored = Outcomes::from_stored(vec![
            OutcomeRecord::plain(Outcome::Referred),
            OutcomeRecord::plain(Outcome::Repayment),
            OutcomeRecord::plain(Outcome::Repayment),
        ])
        .unwrap();
        let order: Vec<_> = stored.records().iter().map(|r| r.outcome).collect();
        assert_eq!(order, [Outcome::Repayment, Outcome::Referred]);
        assert!(Outcomes::from_stored(Vec::new()).is_none());
        assert_eq!(euros_text(1200), "€ 1.200");
    }
}
