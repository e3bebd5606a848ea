//! The publishing workflow as plain rules: draft → submitted → published by someone else
//! (four eyes), or scheduled; "publish now, review later" by a publisher who wrote it, flagged
//! until someone else reviews it; withdraw with a notice, remove, publish again.

use crate::{audit::AuditAction, staff::Capabilities};
use serde::{Deserialize, Serialize};

/// Where the newest unpublished version stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum DraftState {
    Draft,
    Submitted,
    Scheduled,
}

impl DraftState {
    pub fn as_str(self) -> &'static str {
        match self {
            DraftState::Draft => "draft",
            DraftState::Submitted => "submitted",
            DraftState::Scheduled => "scheduled",
        }
    }

    pub fn parse(text: &str) -> Option<DraftState> {
        [
            DraftState::Draft,
            DraftState::Submitted,
            DraftState::Scheduled,
        ]
        .into_iter()
        .find(|s| s.as_str() == text)
    }
}

/// What readers get.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum PublicState {
    /// Never published (a new translation) or removed.
    Offline,
    Live,
    /// Still shown, under a notice.
    Withdrawn,
}

/// A page in one language, as the rules need to see it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Document {
    /// State of the newest unpublished version, if there is one.
    pub draft: Option<DraftState>,
    /// Everyone who wrote a version since the last publication (the draft's authors).
    pub draft_authors: Vec<i64>,
    pub public: Option<PublicState>,
    /// Whether any version was ever published (so it can be published again).
    pub has_published_version: bool,
    /// Published by one of its own authors and not yet reviewed.
    pub review_pending: bool,
    /// Everyone who wrote the published text since the publication before it, and who
    /// published it: none of them may review it.
    pub published_people: Vec<i64>,
}

impl Document {
    pub fn public(&self) -> PublicState {
        self.public.unwrap_or(PublicState::Offline)
    }
}

/// The person acting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Editor {
    pub id: i64,
    pub capabilities: Capabilities,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Action {
    Submit,
    /// Publish a submitted version someone else wrote.
    Publish,
    /// Publish at once, also one's own text; flagged until someone else reviews it.
    PublishUnreviewed,
    Schedule,
    Unschedule,
    MarkReviewed,
    Withdraw,
    Remove,
    Republish,
}

impl Action {
    pub const ALL: [Action; 9] = [
        Action::Submit,
        Action::Publish,
        Action::PublishUnreviewed,
        Action::Schedule,
        Action::Unschedule,
        Action::MarkReviewed,
        Action::Withdraw,
        Action::Remove,
        Action::Republish,
    ];

    /// The URL segment of the action (`/team/inhoud/{slug}/{lang}/{segment}`).
    pub fn segment(self) -> &'static str {
        match self {
            Action::Submit => "indienen",
            Action::Publish => "publiceren",
            Action::PublishUnreviewed => "nu-publiceren",
            Action::Schedule => "plannen",
            Action::Unschedule => "planning-stoppen",
            Action::MarkReviewed => "beoordeeld",
            Action::Withdraw => "intrekken",
            Action::Remove => "verwijderen",
            Action::Republish => "terugplaatsen",
        }
    }

    pub fn from_segment(segment: &str) -> Option<Action> {
        Action::ALL.into_iter().find(|a| a.segment() == segment)
    }

    /// What the audit log records for it.
    pub fn audit_action(self) -> AuditAction {
        match self {
            Action::Submit => AuditAction::ContentSubmitted,
            Action::Publish => AuditAction::ContentPublished,
            Action::PublishUnreviewed => AuditAction::ContentPublishedUnreviewed,
            Action::Schedule => AuditAction::ContentScheduled,
            Action::Unschedule => AuditAction::ContentUnscheduled,
            Action::MarkReviewed => AuditAction::ContentReviewed,
            Action::Withdraw => AuditAction::ContentWithdrawn,
            Action::Remove => AuditAction::ContentRemoved,
            Action::Republish => AuditAction::ContentRepublished,
        }
    }

    /// The success banner's message after the action.
    pub fn done_key(self) -> &'static str {
        match self {
            Action::Submit => "edit-done-indienen",
            Action::Publish => "edit-done-publiceren",
            Action::PublishUnreviewed => "edit-done-nu-publiceren",
            Action::Schedule => "edit-done-plannen",
            Action::Unschedule => "edit-done-planning-stoppen",
            Action::MarkReviewed => "edit-done-beoordeeld",
            Action::Withdraw => "edit-done-intrekken",
            Action::Remove => "edit-done-verwijderen",
            Action::Republish => "edit-done-terugplaatsen",
        }
    }

    /// Whether it needs publishing rights.
    pub fn publishes(self) -> bool {
        !matches!(self, Action::Submit)
    }
}

/// Why an action is refused; each has a message in `editing.ftl`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Refusal {
    NoPublishingRights,
    NoDraft,
    NotSubmitted,
    AlreadySubmitted,
    NotScheduled,
    /// Four eyes: someone who wrote the text cannot publish it as reviewed.
    OwnText,
    NotLive,
    NotOffline,
    NothingToReview,
    NeverPublished,
}

impl Refusal {
    pub fn message_key(self) -> &'static str {
        match self {
            Refusal::NoPublishingRights => "edit-refused-rights",
            Refusal::NoDraft => "edit-refused-no-draft",
            Refusal::NotSubmitted => "edit-refused-not-submitted",
            Refusal::AlreadySubmitted => "edit-refused-already-submitted",
            Refusal::NotScheduled => "edit-refused-not-scheduled",
            Refusal::OwnText => "edit-refused-own-text",
            Refusal::NotLive => "edit-refused-not-live",
            Refusal::NotOffline => "edit-refused-not-offline",
            Refusal::NothingToReview => "edit-refused-nothing-to-review",
            Refusal::NeverPublished => "edit-refused-never-published",
        }
    }
}

/// Whether `editor` may do `action` to `doc` now.
pub fn check(action: Action, editor: Editor, doc: &Document) -> Result<(), Refusal> {
    if action.publishes() && !editor.capabilities.may_publish() {
        return Err(Refusal::NoPublishingRights);
    }
    let wrote_draft = doc.draft_authors.contains(&editor.id);
    match action {
        Action::Submit => match doc.draft {
            None => Err(Refusal::NoDraft),
            Some(DraftState::Draft) => Ok(()),
            Some(_) => Err(Refusal::AlreadySubmitted),
        },
        Action::Publish | Action::Schedule => match doc.draft {
            None => Err(Refusal::NoDraft),
            Some(DraftState::Draft) => Err(Refusal::NotSubmitted),
            Some(DraftState::Scheduled) if action == Action::Schedule => {
                Err(Refusal::AlreadySubmitted)
            }
            Some(_) if wrote_draft => Err(Refusal::OwnText),
            Some(_) => Ok(()),
        },
        Action::PublishUnreviewed => match doc.draft {
            None => Err(Refusal::NoDraft),
            Some(_) => Ok(()),
        },
        Action::Unschedule => match doc.draft {
            Some(DraftState::Scheduled) => Ok(()),
            _ => Err(Refusal::NotScheduled),
        },
        Action::MarkReviewed => {
            if !doc.review_pending {
                Err(Refusal::NothingToReview)
            } else if doc.published_people.contains(&editor.id) {
                Err(Refusal::OwnText)
            } else {
                Ok(())
            }
        }
        Action::Withdraw => match doc.public() {
            PublicState::Live => Ok(()),
            _ => Err(Refusal::NotLive),
        },
        Action::Remove => match doc.public() {
            PublicState::Offline => Err(Refusal::NotLive),
            _ => Ok(()),
        },
        Action::Republish => {
            if !doc.has_published_version {
                Err(Refusal::NeverPublished)
            } else if doc.public() == PublicState::Live {
                Err(Refusal::NotOffline)
            } else {
                Ok(())
            }
        }
    }
}

/// Whether publishing `action` leaves the page flagged as not reviewed: publishing at once is
/// reviewed only when nobody who publishes it also wrote it.
pub fn leaves_review_pending(action: Action, editor: Editor, doc: &Document) -> bool {
    action == Action::PublishUnreviewed
        && (doc.draft != Some(DraftState::Submitted) || doc.draft_authors.contains(&editor.id))
}

/// The actions to offer `editor` on `doc`, in page order.
pub fn offered(editor: Editor, doc: &Document) -> Vec<Action> {
    Action::ALL
        .into_iter()
        .filter(|a| check(*a, editor, doc).is_ok())
        // "Publish now" is offered only where the reviewed way is not open.
        .filter(|a| *a != Action::PublishUnreviewed || check(Action::Publish, editor, doc).is_err())
        .collect()
}

/// A translation is outdated when it was made from another Dutch version than the one now
/// published.
pub fn is_outdated(translation_source: Option<i64>, dutch_published: Option<i64>) -> bool {
    match dutch_published {
        Some(current) => translation_source != Some(current),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::staff::Role;

    const ANNA: Editor = Editor {
        id: 1,
        capabilities: Capabilities::new(Role::Editor, false),
    };
    const PIET: Editor = Editor {
        id: 2,
        capabilities: Capabilities::new(Role::Editor, true),
    };
    /// A second editor who may publish: reviews and checks Piet's work.
    const KARIN: Editor = Editor {
        id: 3,
        capabilities: Capabilities::new(Role::Editor, true),
    };

    fn doc(draft: Option<DraftState>, authors: &[i64]) -> Document {
        Document {
            draft,
            draft_authors: authors.to_vec(),
            public: Some(PublicState::Live),
            has_published_version: true,
            ..Document::default()
        }
    }

    #[test]
    fn four_eyes_someone_else_publishes() {
        let submitted = doc(Some(DraftState::Submitted), &[ANNA.id]);
        assert_eq!(check(Action::Publish, PIET, &submitted), Ok(()));
        assert_eq!(
            check(Action::Publish, ANNA, &submitted),
            Err(Refusal::NoPublishingRights)
        );
        let own = doc(Some(DraftState::Submitted), &[ANNA.id, PIET.id]);
        assert_eq!(check(Action::Publish, PIET, &own), Err(Refusal::OwnText));
        assert_eq!(check(Action::Schedule, PIET, &own), Err(Refusal::OwnText));
        // Publishing one's own text at once is possible, and stays flagged.
        assert_eq!(check(Action::PublishUnreviewed, PIET, &own), Ok(()));
        assert!(leaves_review_pending(Action::PublishUnreviewed, PIET, &own));
        assert_eq!(
            offered(PIET, &own),
            [Action::PublishUnreviewed, Action::Withdraw, Action::Remove]
        );
    }

    #[test]
    fn a_draft_is_submitted_before_a_reviewed_publication() {
        let draft = doc(Some(DraftState::Draft), &[ANNA.id]);
        assert_eq!(check(Action::Submit, ANNA, &draft), Ok(()));
        assert_eq!(
            check(Action::Publish, PIET, &draft),
            Err(Refusal::NotSubmitted)
        );
        assert!(leaves_review_pending(
            Action::PublishUnreviewed,
            PIET,
            &draft
        ));
        let submitted = doc(Some(DraftState::Submitted), &[ANNA.id]);
        assert_eq!(
            check(Action::Submit, ANNA, &submitted),
            Err(Refusal::AlreadySubmitted)
        );
        assert_eq!(
            check(Action::Submit, ANNA, &doc(None, &[])),
            Err(Refusal::NoDraft)
        );
        assert_eq!(offered(ANNA, &draft), [Action::Submit]);
    }

    #[test]
    fn review_later_needs_another_person() {
        let mut published = doc(None, &[]);
        published.review_pending = true;
        published.published_people = vec![PIET.id];
        assert_eq!(
            check(Action::MarkReviewed, PIET, &published),
            Err(Refusal::OwnText)
        );
        assert_eq!(check(Action::MarkReviewed, KARIN, &published), Ok(()));
        published.review_pending = false;
        assert_eq!(
            check(Action::MarkReviewed, KARIN, &published),
            Err(Refusal::NothingToReview)
        );
    }

    #[test]
    fn withdraw_remove_and_publish_again() {
        let mut page = doc(None, &[]);
        assert_eq!(check(Action::Withdraw, KARIN, &page), Ok(()));
        assert_eq!(
            check(Action::Republish, KARIN, &page),
            Err(Refusal::NotOffline)
        );
        page.public = Some(PublicState::Withdrawn);
        assert_eq!(check(Action::Withdraw, KARIN, &page), Err(Refusal::NotLive));
        assert_eq!(check(Action::Remove, KARIN, &page), Ok(()));
        assert_eq!(check(Action::Republish, KARIN, &page), Ok(()));
        page.public = Some(PublicState::Offline);
        assert_eq!(check(Action::Remove, KARIN, &page), Err(Refusal::NotLive));
        page.has_published_version = false;
        assert_eq!(
            check(Action::Republish, KARIN, &page),
            Err(Refusal::NeverPublished)
        );
    }

    #[test]
    fn scheduling() {
        let scheduled = doc(Some(DraftState::Scheduled), &[ANNA.id]);
        assert_eq!(check(Action::Unschedule, KARIN, &scheduled), Ok(()));
        assert_eq!(check(Action::Publish, KARIN, &scheduled), Ok(()));
        assert_eq!(
            check(Action::Schedule, KARIN, &scheduled),
            Err(Refusal::AlreadySubmitted)
        );
        assert_eq!(
            check(
                Action::Unschedule,
                KARIN,
                &doc(Some(DraftState::Submitted), &[])
            ),
            Err(Refusal::NotScheduled)
        );
    }

    #[test]
    fn translations_are_outdated_when_dutch_moved_on() {
        assert!(!is_outdated(Some(5), Some(5)));
        assert!(is_outdated(Some(4), Some(5)));
        assert!(is_outdated(None, Some(5)));
        assert!(!is_outdated(Some(4), None));
    }

    #[test]
    fn actions_round_trip() {
        for a in Action::ALL {
            assert_eq!(Action::from_segment(a.segment()), Some(a));
        }
        for s in [
            DraftState::Draft,
            DraftState::Submitted,
            DraftState::Scheduled,
        ] {
            assert_eq!(DraftState::parse(s.as_str()), Some(s));
        }
    }
}
