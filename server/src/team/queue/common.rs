//! What the queue's handler files share: the page size, today's date and history details in
//! words.

use chrono::NaiveDate;
use helder_domain::{
    audit::AuditAction,
    languages::Language,
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
        Some(AuditAction::ReportClosed) => Outcome::parse(detail)
            .map(|o| helder_app::i18n::t(lang, &format!("team-outcome-{}", o.as_str())))
            .unwrap_or_else(|| detail.to_owned()),
        _ => detail.to_owned(),
    }
}
