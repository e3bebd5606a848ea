//! The audit log's vocabulary: every action Helder records, with a stable English identifier
//! (snake_case, as stored in `audit_log.action`). People read a label instead: the Fluent
//! message `audit-<identifier>` (see [`AuditAction::message_id`]), in Dutch or English.
//!
//! An identifier never changes once stored; a new action gets a new identifier. Migration
//! 0008 renamed the mixed names of earlier versions (`view`, `inhoud-gepubliceerd`, …).

use serde::{Deserialize, Serialize};

/// Something a person (or Helder itself) did that the audit log records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(into = "&'static str", try_from = "String")]
pub enum AuditAction {
    // Staff accounts and sessions.
    LoggedIn,
    LoggedOutEverywhere,
    TotpEnabled,
    AccountCreated,
    AccountDisabled,
    SettingsChanged,
    // The team's work on reports.
    ReportViewed,
    ReportAssigned,
    StatusChanged,
    ReportClosed,
    AmountEstimated,
    NoteAdded,
    QuestionAsked,
    QuestionMailQueued,
    ReportsLinked,
    /// The reporter answered a question (follow-up with the receipt code).
    ReporterAnswered,
    StatisticsExported,
    // Retention (the daily job).
    RetentionApplied,
    ReportDeleted,
    ReportAnonymised,
    // Content editing.
    ContentSaved,
    ContentSubmitted,
    ContentPublished,
    ContentPublishedUnreviewed,
    ContentPublishedScheduled,
    ContentScheduled,
    ContentUnscheduled,
    ContentReviewed,
    ContentWithdrawn,
    ContentRemoved,
    ContentRepublished,
    ContentRestored,
    ContentLawChanged,
    ContentNativeChecked,
    /// An editor made a new information page (a draft, not published).
    PageCreated,
    PageRetireRequested,
    /// A page was taken off the site in every language (versions kept).
    PageRetired,
    PageRetireCancelled,
    /// A retired page was brought back (offline, to be published again).
    PageRestored,
    SnippetChanged,
    // Films.
    FilmUploaded,
    FilmVideoReplaced,
    FilmPosterReplaced,
    FilmCaptionsUploaded,
    FilmTextSaved,
    FilmTopicsSaved,
    /// A report's print view was opened (for the municipality's case file).
    ReportPrinted,
    /// A team member entered a tip that came in by phone, letter, … (detail: the channel).
    ReportEntered,
    /// A file sent with a report was opened or downloaded (detail: its name).
    EvidenceOpened,
}

impl AuditAction {
    pub const ALL: [AuditAction; 49] = [
        AuditAction::LoggedIn,
        AuditAction::LoggedOutEverywhere,
        AuditAction::TotpEnabled,
        AuditAction::AccountCreated,
        AuditAction::AccountDisabled,
        AuditAction::SettingsChanged,
        AuditAction::ReportViewed,
        AuditAction::ReportAssigned,
        AuditAction::StatusChanged,
        AuditAction::ReportClosed,
        AuditAction::AmountEstimated,
        AuditAction::NoteAdded,
        AuditAction::QuestionAsked,
        AuditAction::QuestionMailQueued,
        AuditAction::ReportsLinked,
        AuditAction::ReporterAnswered,
        AuditAction::StatisticsExported,
        AuditAction::RetentionApplied,
        AuditAction::ReportDeleted,
        AuditAction::ReportAnonymised,
        AuditAction::ContentSaved,
        AuditAction::ContentSubmitted,
        AuditAction::ContentPublished,
        AuditAction::ContentPublishedUnreviewed,
        AuditAction::ContentPublishedScheduled,
        AuditAction::ContentScheduled,
        AuditAction::ContentUnscheduled,
        AuditAction::ContentReviewed,
        AuditAction::ContentWithdrawn,
        AuditAction::ContentRemoved,
        AuditAction::ContentRepublished,
        AuditAction::ContentRestored,
        AuditAction::ContentLawChanged,
        AuditAction::ContentNativeChecked,
        AuditAction::PageCreated,
        AuditAction::PageRetireRequested,
        AuditAction::PageRetired,
        AuditAction::PageRetireCancelled,
        AuditAction::PageRestored,
        AuditAction::SnippetChanged,
        AuditAction::FilmUploaded,
        AuditAction::FilmVideoReplaced,
        AuditAction::FilmPosterReplaced,
        AuditAction::FilmCaptionsUploaded,
        AuditAction::FilmTextSaved,
        AuditAction::FilmTopicsSaved,
        AuditAction::ReportPrinted,
        AuditAction::ReportEntered,
        AuditAction::EvidenceOpened,
    ];

    /// The stored identifier.
    pub fn as_str(self) -> &'static str {
        match self {
            AuditAction::LoggedIn => "logged_in",
            AuditAction::LoggedOutEverywhere => "logged_out_everywhere",
            AuditAction::TotpEnabled => "totp_enabled",
            AuditAction::AccountCreated => "account_created",
            AuditAction::AccountDisabled => "account_disabled",
            AuditAction::SettingsChanged => "settings_changed",
            AuditAction::ReportViewed => "report_viewed",
            AuditAction::ReportAssigned => "report_assigned",
            AuditAction::StatusChanged => "status_changed",
            AuditAction::ReportClosed => "report_closed",
            AuditAction::AmountEstimated => "amount_estimated",
            AuditAction::NoteAdded => "note_added",
            AuditAction::QuestionAsked => "question_asked",
            AuditAction::QuestionMailQueued => "question_mail_queued",
            AuditAction::ReportsLinked => "reports_linked",
            AuditAction::ReporterAnswered => "reporter_answered",
            AuditAction::StatisticsExported => "statistics_exported",
            AuditAction::RetentionApplied => "retention_applied",
            AuditAction::ReportDeleted => "report_deleted",
            AuditAction::ReportAnonymised => "report_anonymised",
            AuditAction::ContentSaved => "content_saved",
            AuditAction::ContentSubmitted => "content_submitted",
            AuditAction::ContentPublished => "content_published",
            AuditAction::ContentPublishedUnreviewed => "content_published_unreviewed",
            AuditAction::ContentPublishedScheduled => "content_published_scheduled",
            AuditAction::ContentScheduled => "content_scheduled",
            AuditAction::ContentUnscheduled => "content_unscheduled",
            AuditAction::ContentReviewed => "content_reviewed",
            AuditAction::ContentWithdrawn => "content_withdrawn",
            AuditAction::ContentRemoved => "content_removed",
            AuditAction::ContentRepublished => "content_republished",
            AuditAction::ContentRestored => "content_restored",
            AuditAction::ContentLawChanged => "content_law_changed",
            AuditAction::ContentNativeChecked => "content_native_checked",
            AuditAction::PageCreated => "page_created",
            AuditAction::PageRetireRequested => "page_retire_requested",
            AuditAction::PageRetired => "page_retired",
            AuditAction::PageRetireCancelled => "page_retire_cancelled",
            AuditAction::PageRestored => "page_restored",
            AuditAction::SnippetChanged => "snippet_changed",
            AuditAction::FilmUploaded => "film_uploaded",
            AuditAction::FilmVideoReplaced => "film_video_replaced",
            AuditAction::FilmPosterReplaced => "film_poster_replaced",
            AuditAction::FilmCaptionsUploaded => "film_captions_uploaded",
            AuditAction::FilmTextSaved => "film_text_saved",
            AuditAction::FilmTopicsSaved => "film_topics_saved",
            AuditAction::ReportPrinted => "report_printed",
            AuditAction::ReportEntered => "report_entered",
            AuditAction::EvidenceOpened => "evidence_opened",
        }
    }

    /// The action with this stored identifier; `None` for anything else.
    pub fn parse(id: &str) -> Option<AuditAction> {
        AuditAction::ALL.into_iter().find(|a| a.as_str() == id)
    }

    /// The Fluent message with the label people read: `audit-<identifier>`.
    pub fn message_id(self) -> String {
        format!("audit-{}", self.as_str())
    }
}

impl std::fmt::Display for AuditAction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<AuditAction> for &'static str {
    fn from(action: AuditAction) -> &'static str {
        action.as_str()
    }
}

/// An identifier that is not one of [`AuditAction::ALL`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown audit action {0:?}")]
pub struct UnknownAuditAction(pub String);

impl TryFrom<String> for AuditAction {
    type Error = UnknownAuditAction;

    fn try_from(id: String) -> Result<AuditAction, UnknownAuditAction> {
        AuditAction::parse(&id).ok_or(UnknownAuditAction(id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_action_has_one_snake_case_identifier_that_parses_back() {
        let mut seen = std::collections::BTreeSet::new();
        for action in AuditAction::ALL {
            let id = action.as_str();
            assert!(seen.insert(id), "{id} appears twice");
            assert!(
                !id.is_empty()
                    && id.starts_with(|c: char| c.is_ascii_lowercase())
                    && id.chars().all(|c| c.is_ascii_lowercase() || c == '_'),
                "{id} is snake_case"
            );
            assert_eq!(AuditAction::parse(id), Some(action));
            assert_eq!(action.message_id(), format!("audit-{id}"));
        }
        assert_eq!(AuditAction::parse("view"), None, "old names are gone");
        assert_eq!(AuditAction::parse("inhoud-gepubliceerd"), None);
        assert_eq!(AuditAction::parse(""), None);
    }

    #[test]
    fn identifiers_are_stable() {
        // Stored in every installation's audit log: changing one needs a migration.
        assert_eq!(AuditAction::ReportViewed.as_str(), "report_viewed");
        assert_eq!(AuditAction::StatusChanged.as_str(), "status_changed");
        assert_eq!(
            AuditAction::ContentPublishedScheduled.as_str(),
            "content_published_scheduled"
        );
        assert_eq!(AuditAction::AccountCreated.as_str(), "account_created");
    }

    #[test]
    fn serialises_as_its_identifier() {
        let json = serde_json::to_string(&AuditAction::NoteAdded).unwrap();
        assert_eq!(json, r#""note_added""#);
        assert_eq!(
            serde_json::from_str::<AuditAction>(&json).unwrap(),
            AuditAction::NoteAdded
        );
        assert!(serde_json::from_str::<AuditAction>(r#""note""#).is_err());
    }
}
