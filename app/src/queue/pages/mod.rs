//! Pages of the intake queue. The server checks the role, loads the data, writes the audit
//! log and puts one of the view types below in the request; these components only render.
//!
//! `list` has the queues, `report` the report page (its forms in `report_forms`, its print view in `print`), `team` the
//! team page and `audit` the audit log; `common` has what they share.

mod audit;
mod close;
mod common;
mod list;
mod print;
mod report;
mod report_forms;
mod team;

pub use audit::{AuditFilter, AuditPage, AuditRow, AuditView};
pub use close::{ClosePage, ClosingView};
pub use common::{StatusTag, audit_label, outcome_line, report_href, status_text};
pub use list::{QueuePage, QueueRow, QueueScope, QueueView};
pub use print::{PrintedReport, ReportPrintPage};
pub use report::{AnswerRow, Entry, RelatedReport, ReportPage, ReportView};
pub use team::{ClosingDayRow, MemberLoad, TeamPage, TeamView};
