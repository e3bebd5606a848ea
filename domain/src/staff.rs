//! Staff roles and what a person may do: the role decides which parts of the staff side they
//! open; an editor may also hold the publishing right (the second pair of eyes).

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Role {
    /// A team member who works reports.
    Intake,
    /// Distributes and reassigns, sees statistics and the audit log; also works reports.
    Lead,
    /// Communicatie staff: content only, never any report.
    Editor,
    /// Manages accounts; sees no reports.
    Admin,
    /// Klantcontact or consulent: answers the anonymous questions, and sees nothing else.
    Advisor,
}

impl Role {
    pub const ALL: [Role; 5] = [
        Role::Intake,
        Role::Lead,
        Role::Editor,
        Role::Admin,
        Role::Advisor,
    ];

    pub fn parse(text: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == text)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Intake => "intake",
            Role::Lead => "lead",
            Role::Editor => "editor",
            Role::Admin => "admin",
            Role::Advisor => "advisor",
        }
    }

    /// May open reports, the queue and follow-up.
    pub fn works_reports(self) -> bool {
        matches!(self, Role::Intake | Role::Lead)
    }

    /// May distribute, reassign, read statistics and the audit log.
    pub fn leads(self) -> bool {
        self == Role::Lead
    }

    pub fn administers(self) -> bool {
        self == Role::Admin
    }

    /// May read and answer the anonymous questions. Nobody else may: a question never
    /// reaches the team that works reports, nor its editors or administrators.
    pub fn answers_questions(self) -> bool {
        self == Role::Advisor
    }

    /// May see how well the duties are known (the self-check's counts): editors and leads.
    pub fn sees_knowledge(self) -> bool {
        matches!(self, Role::Editor | Role::Lead)
    }

    /// May write and translate information pages, snippets and films (never reports).
    pub const fn edits_content(self) -> bool {
        matches!(self, Role::Editor)
    }
}

/// What a person may do: their role and, for an editor, the publishing right. Stored as a
/// role plus a `can_publish` flag; chosen as one word (`publisher` is an editor with the
/// right). Only an editor can hold the right, so a value never grants publishing to a role
/// that cannot edit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Capabilities {
    role: Role,
    publishes: bool,
}

/// The word for an editor with the publishing right (`helder user add --role publisher`).
const PUBLISHER: &str = "publisher";

impl Capabilities {
    /// The choices when an account is made, in the order they are offered: the roles, then
    /// the publisher.
    pub const OFFERED: [Capabilities; 6] = [
        Capabilities::plain(Role::Intake),
        Capabilities::plain(Role::Lead),
        Capabilities::plain(Role::Editor),
        Capabilities::plain(Role::Admin),
        Capabilities {
            role: Role::Editor,
            publishes: true,
        },
        Capabilities::plain(Role::Advisor),
    ];

    const fn plain(role: Role) -> Capabilities {
        Capabilities {
            role,
            publishes: false,
        }
    }

    /// From what is stored: the role and the `can_publish` flag (which counts for editors only).
    pub const fn new(role: Role, can_publish: bool) -> Capabilities {
        Capabilities {
            role,
            publishes: can_publish && role.edits_content(),
        }
    }

    /// A role word or `publisher`.
    pub fn parse(word: &str) -> Option<Capabilities> {
        Capabilities::OFFERED
            .into_iter()
            .find(|c| c.as_str() == word)
    }

    /// The word for these capabilities (the role's, or `publisher`).
    pub fn as_str(self) -> &'static str {
        if self.publishes {
            PUBLISHER
        } else {
            self.role.as_str()
        }
    }

    pub fn role(self) -> Role {
        self.role
    }

    /// May publish, schedule, withdraw and review pages, and change snippets.
    pub fn may_publish(self) -> bool {
        self.publishes
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_intake_and_lead_work_reports() {
        assert!(Role::Intake.works_reports());
        assert!(Role::Lead.works_reports());
        assert!(!Role::Editor.works_reports());
        assert!(!Role::Admin.works_reports());
        assert!(!Role::Editor.leads() && !Role::Intake.leads());
        assert!(Role::Editor.edits_content());
        assert!(!Role::Intake.edits_content() && !Role::Lead.edits_content());
        assert!(!Role::Advisor.works_reports() && !Role::Advisor.edits_content());
    }

    #[test]
    fn only_advisors_answer_questions() {
        let answering: Vec<Role> = Role::ALL
            .into_iter()
            .filter(|r| r.answers_questions())
            .collect();
        assert_eq!(answering, vec![Role::Advisor]);
        assert!(Role::Editor.sees_knowledge() && Role::Lead.sees_knowledge());
        assert!(!Role::Advisor.sees_knowledge() && !Role::Intake.sees_knowledge());
    }

    #[test]
    fn roles_round_trip() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.as_str()), Some(role));
        }
        assert_eq!(Role::parse("root"), None);
    }

    #[test]
    fn a_publisher_is_an_editor_with_the_right() {
        let publisher = Capabilities::parse("publisher").expect("a word");
        assert_eq!(publisher.role(), Role::Editor);
        assert!(publisher.may_publish());
        assert_eq!(publisher, Capabilities::new(Role::Editor, true));
        assert!(!Capabilities::parse("editor").unwrap().may_publish());
        assert!(
            !Capabilities::new(Role::Lead, true).may_publish(),
            "only editors publish"
        );
        assert_eq!(Capabilities::parse("root"), None);
        let words: Vec<&str> = Capabilities::OFFERED.iter().map(|c| c.as_str()).collect();
        assert_eq!(
            words,
            ["intake", "lead", "editor", "admin", "publisher", "advisor"]
        );
        for offered in Capabilities::OFFERED {
            assert_eq!(Capabilities::parse(offered.as_str()), Some(offered));
        }
    }
}
