//! Storage: one interface over SQLite (the embedded default) and PostgreSQL (for scale).
//! The backend is chosen once at start from the database URL. Writes that must stand or fall
//! together (a change, its audit line, a mail) go through a unit of work: [`Tx`], begun with
//! [`Database::begin`].

/// Runs the same sqlx code on whichever pool this is: one query text serves both backends
/// (SQLite accepts PostgreSQL's `$1` placeholders).
macro_rules! on_pool {
    ($db:expr, $pool:ident => $body:expr) => {
        match $db {
            Database::Sqlite($pool) => $body,
            Database::Postgres($pool) => $body,
        }
    };
}

/// Runs the same sqlx code on the connection of a unit of work ([`Tx`]): `$conn` is a
/// `&mut` connection of either backend; use it as `&mut *$conn` for each statement.
macro_rules! on_tx {
    ($tx:expr, $conn:ident => $body:expr) => {
        match &mut $tx.inner {
            $crate::storage::tx::TxInner::Sqlite(t) => {
                let $conn = &mut **t;
                $body
            }
            $crate::storage::tx::TxInner::Postgres(t) => {
                let $conn = &mut **t;
                $body
            }
        }
    };
}

mod calendar;
mod content;
mod content_scheduled;
mod database;
mod editing;
mod evidence;
mod films;
mod jobs;
mod media;
mod outbox;
mod prevention;
mod queue;
mod reports;
mod retention;
mod staff;
mod statement;
mod statistics;
mod tx;
pub use content::{IndexEntry, SEED_NOTE, SeedReport, StoredPage};
pub use content_scheduled::SCHEDULED_NOTE;
pub use database::{Backend, Database, Instance, StartupLock, StorageError};
pub use editing::{
    DocumentRow, DuePublication, NewVersion, PageLaw, PageLife, PageListing, SaveOutcome,
    StoredVersion, Transition, VersionMeta,
};
pub use films::{FilmTextRow, NewFilm, NewFilmFile, StoredFilm, StoredFilmFile};
pub use jobs::{CHANGES_CHANNEL, CLAIM_SECONDS};
pub use media::{MEDIA_CHUNK_BYTES, StoredMedia};
pub use outbox::{DigestRecipient, OutboxState, OutgoingMail};
pub use prevention::{
    FaqSuggestion, FeedbackComment, NewQuestion, PageFeedback, Site, StoredQuestion,
};
pub use queue::{
    Actor, AuditEntry, AuditQuery, MemberLoad, Note, PageAt, QueueEntry, QueuePage, QueueScope,
    Related, ReportWork, Within,
};
pub use reports::{Contact, EnteredTip, Message, NewReport, StoredAnswer};
pub use retention::REMOVED_RECEIPT_PREFIX;
pub use staff::{NewUserError, StaffUser, StoredSession};
pub use tx::Tx;
