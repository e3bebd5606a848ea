//! What the queue's handler files share: the page size, today's date and history details in
//! words.

use chrono::NaiveDate;
use helder_domain::{
    audit::AuditAction,
    languages::Language,
    outcomes::{OutcomeRecord, read_detail_part},
    queue::{Outcome, Status},
};

/// Rows on one page of a list.
pub const PAGE_SIZE: i64 = 50;

/// Today in local time.
pub fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

/// A history line's detail in words: status and outcome ids become their names.
pub fn readable_detail(lang: Language, action: &str, detail: &str) -> String {
    let status = |id: &str| {
        Status::parse(id.trim())
            .map(|s| helder_app::i18n::t(lang, &format!("team-status-{}", s.as_str())))
            .unwrap_or_else(|| id.to_owned())
    };
    match AuditAction::parse(action) {
        Some(AuditAction::StatusChanged) => detail
            .split(" → ")
            .map(status)
            .collect::<Vec<_>>()
            .join(" → "),
        // `repayment:4250,fine:600` (or one outcome id, before several were recorded).
        Some(AuditAction::ReportClosed) => detail
            .split(',')
            .map(|part| match read_detail_part(part) {
                Some((outcome, figures)) => {
                    let mut record = OutcomeRecord::plain(outcome);
                    match (outcome, figures.as_slice()) {
                        (Outcome::Measure, [percent, months]) => {
                            (record.percent, record.months) = (Some(*percent), Some(*months))
                        }
                        (_, [euros]) => record.euros = Some(*euros),
                        _ => {}
                    }
                    helder_app::queue::pages::outcome_line(lang, &record)
                }
                None => part.to_owned(),
            })
            .collect::<Vec<_>>()
            .join(", "),
        _ => detail.to_owned(),
    }
}
