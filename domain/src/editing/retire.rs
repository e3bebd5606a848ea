//! Retiring a page (off the site in every language, its versions kept) with four eyes: an
//! editor asks, with a reason; someone else with publishing rights confirms. A publisher can
//! bring a retired page back (audit-logged; its languages then come back one by one through
//! "publish again", so nothing reappears by surprise).

use super::workflow::Editor;
use crate::audit::AuditAction;
use serde::{Deserialize, Serialize};

/// The longest reason for retiring a page.
pub const MAX_REASON: usize = 600;

/// A step of retiring a page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Step {
    /// Ask for it (any editor), with a reason.
    Request,
    /// Do it: someone else with publishing rights.
    Confirm,
    /// Take the request back: the one who asked, or a publisher.
    Cancel,
    /// Bring a retired page back (offline, to be published again): a publisher.
    Restore,
}

impl Step {
    pub const ALL: [Step; 4] = [Step::Request, Step::Confirm, Step::Cancel, Step::Restore];

    /// The URL segment (`/team/inhoud/{slug}/buiten-gebruik/{segment}`).
    pub fn segment(self) -> &'static str {
        match self {
            Step::Request => "aanvragen",
            Step::Confirm => "bevestigen",
            Step::Cancel => "annuleren",
            Step::Restore => "terughalen",
        }
    }

    pub fn from_segment(segment: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|s| s.segment() == segment)
    }

    pub fn audit_action(self) -> AuditAction {
        match self {
            Step::Request => AuditAction::PageRetireRequested,
            Step::Confirm => AuditAction::PageRetired,
            Step::Cancel => AuditAction::PageRetireCancelled,
            Step::Restore => AuditAction::PageRestored,
        }
    }

    /// The success banner's message.
    pub fn done_key(self) -> &'static str {
        match self {
            Step::Request => "edit-retire-done-requested",
            Step::Confirm => "edit-retire-done-retired",
            Step::Cancel => "edit-retire-done-cancelled",
            Step::Restore => "edit-retire-done-restored",
        }
    }
}

/// A page as the retire rules see it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Lifecycle {
    pub retired: bool,
    /// Who asked for it to be retired, while that request is open.
    pub requested_by: Option<i64>,
}

/// Why a step is refused; each has a message in `editing.ftl`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Refusal {
    NoPublishingRights,
    /// Four eyes: the one who asked cannot confirm.
    OwnRequest,
    AlreadyRequested,
    NotRequested,
    AlreadyRetired,
    NotRetired,
}

impl Refusal {
    pub fn message_key(self) -> &'static str {
        match self {
            Refusal::NoPublishingRights => "edit-refused-rights",
            Refusal::OwnRequest => "edit-retire-refused-own",
            Refusal::AlreadyRequested => "edit-retire-refused-requested",
            Refusal::NotRequested => "edit-retire-refused-not-requested",
            Refusal::AlreadyRetired => "edit-retire-refused-retired",
            Refusal::NotRetired => "edit-retire-refused-not-retired",
        }
    }

    /// Whether it is about the person (403) rather than the page's state (409).
    pub fn is_forbidden(self) -> bool {
        matches!(self, Refusal::NoPublishingRights | Refusal::OwnRequest)
    }
}

/// Whether `editor` may take `step` on `page` now.
pub fn check(step: Step, editor: Editor, page: Lifecycle) -> Result<(), Refusal> {
    let publisher = editor.capabilities.may_publish();
    match step {
        Step::Restore if !page.retired => Err(Refusal::NotRetired),
        Step::Restore if !publisher => Err(Refusal::NoPublishingRights),
        Step::Restore => Ok(()),
        _ if page.retired => Err(Refusal::AlreadyRetired),
        Step::Request => match page.requested_by {
            Some(_) => Err(Refusal::AlreadyRequested),
            None => Ok(()),
        },
        Step::Confirm => match page.requested_by {
            None => Err(Refusal::NotRequested),
            Some(_) if !publisher => Err(Refusal::NoPublishingRights),
            Some(by) if by == editor.id => Err(Refusal::OwnRequest),
            Some(_) => Ok(()),
        },
        Step::Cancel => match page.requested_by {
            None => Err(Refusal::NotRequested),
            Some(by) if by == editor.id || publisher => Ok(()),
            Some(_) => Err(Refusal::NoPublishingRights),
        },
    }
}

/// The steps to offer `editor` on `page`, in page order.
pub fn offered(editor: Editor, page: Lifecycle) -> Vec<Step> {
    Step::ALL
        .into_iter()
        .filter(|s| check(*s, editor, page).is_ok())
        .collect()
}

/// A reason as stored: plain text without its outer spaces, 1 to [`MAX_REASON`] characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reason(String);

/// Why a reason is not one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReasonProblem {
    Missing,
    TooLong,
}

impl ReasonProblem {
    pub fn message_key(self) -> &'static str {
        match self {
            ReasonProblem::Missing => "edit-retire-error-reason",
            ReasonProblem::TooLong => "edit-retire-error-reason-long",
        }
    }
}

impl Reason {
    pub fn parse(text: &str) -> Result<Reason, ReasonProblem> {
        let text = text.trim();
        if text.is_empty() {
            Err(ReasonProblem::Missing)
        } else if text.chars().count() > MAX_REASON {
            Err(ReasonProblem::TooLong)
        } else {
            Ok(Reason(text.to_owned()))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::staff::{Capabilities, Role};

    const ANNA: Editor = Editor {
        id: 1,
        capabilities: Capabilities::new(Role::Editor, false),
    };
    const PIET: Editor = Editor {
        id: 2,
        capabilities: Capabilities::new(Role::Editor, true),
    };
    const KARIN: Editor = Editor {
        id: 3,
        capabilities: Capabilities::new(Role::Editor, true),
    };

    const LIVE: Lifecycle = Lifecycle {
        retired: false,
        requested_by: None,
    };

    fn asked_by(who: Editor) -> Lifecycle {
        Lifecycle {
            retired: false,
            requested_by: Some(who.id),
        }
    }

    #[test]
    fn any_editor_asks_and_someone_else_who_publishes_confirms() {
        assert_eq!(check(Step::Request, ANNA, LIVE), Ok(()));
        assert_eq!(check(Step::Confirm, PIET, LIVE), Err(Refusal::NotRequested));
        let asked = asked_by(PIET);
        assert_eq!(
            check(Step::Request, ANNA, asked),
            Err(Refusal::AlreadyRequested)
        );
        // Four eyes: not the one who asked, and only with publishing rights.
        assert_eq!(check(Step::Confirm, PIET, asked), Err(Refusal::OwnRequest));
        assert_eq!(
            check(Step::Confirm, ANNA, asked_by(KARIN)),
            Err(Refusal::NoPublishingRights)
        );
        assert_eq!(check(Step::Confirm, KARIN, asked), Ok(()));
        assert!(Refusal::OwnRequest.is_forbidden());
        assert!(!Refusal::NotRequested.is_forbidden());
    }

    #[test]
    fn a_request_is_taken_back_by_its_asker_or_a_publisher() {
        let asked = asked_by(ANNA);
        assert_eq!(check(Step::Cancel, ANNA, asked), Ok(()));
        assert_eq!(check(Step::Cancel, PIET, asked), Ok(()));
        assert_eq!(
            check(Step::Cancel, ANNA, asked_by(PIET)),
            Err(Refusal::NoPublishingRights)
        );
        assert_eq!(check(Step::Cancel, ANNA, LIVE), Err(Refusal::NotRequested));
        assert_eq!(offered(ANNA, asked), [Step::Cancel]);
        assert_eq!(offered(KARIN, asked), [Step::Confirm, Step::Cancel]);
        assert_eq!(offered(ANNA, LIVE), [Step::Request]);
    }

    #[test]
    fn a_retired_page_is_only_brought_back_by_a_publisher() {
        let retired = Lifecycle {
            retired: true,
            requested_by: None,
        };
        for step in [Step::Request, Step::Confirm, Step::Cancel] {
            assert_eq!(
                check(step, PIET, retired),
                Err(Refusal::AlreadyRetired),
                "{step:?}"
            );
        }
        assert_eq!(check(Step::Restore, PIET, retired), Ok(()));
        assert_eq!(
            check(Step::Restore, ANNA, retired),
            Err(Refusal::NoPublishingRights)
        );
        assert_eq!(check(Step::Restore, PIET, LIVE), Err(Refusal::NotRetired));
        assert_eq!(offered(ANNA, retired), []);
    }

    #[test]
    fn reasons_and_segments() {
        assert_eq!(Reason::parse("  "), Err(ReasonProblem::Missing));
        assert_eq!(
            Reason::parse(&"x".repeat(MAX_REASON + 1)),
            Err(ReasonProblem::TooLong)
        );
        assert_eq!(
            Reason::parse(" Regeling bestaat niet meer ").map(|r| r.as_str().to_owned()),
            Ok("Regeling bestaat niet meer".to_owned())
        );
        for step in Step::ALL {
            assert_eq!(Step::from_segment(step.segment()), Some(step));
        }
    }
}
