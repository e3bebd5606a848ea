//! Pages for communicatie staff: the overview (pages × languages), a page's state and actions,
//! the editor (side by side with the Dutch source for translations), versions, differences
//! and snippets. The server checks the role, loads the data and puts one of the view types in
//! the request; these components only render. Plain forms: all of it works without
//! JavaScript.
//!
//! One file per section: `overview`, `create` (a new page), `document`, `retire` (taking a
//! page off the site, on its document page), `edit`, `versions` (the list, one version, the
//! differences), `snippets` and `variants` (a page's variants for one municipality). The
//! parts they share are in `common`.

mod common;
mod create;
mod document;
mod edit;
mod law;
mod overview;
mod retire;
mod snippets;
mod variants;
mod versions;

pub use common::{Cell, Message, Preview, VersionInfo, content_href};
pub use create::{NewPagePage, NewPageTyped, NewPageView};
pub use document::{DocumentPage, DocumentView, DraftInfo};
pub use edit::{EditPage, EditView, SourceText};
pub use law::{LawView, NativeView};
pub use overview::{OverviewFilter, OverviewPage, OverviewRow, OverviewView};
pub use retire::{RetireView, Retirement, retire_href};
pub use snippets::{
    SnippetEditView, SnippetPage, SnippetRow, SnippetValue, SnippetsPage, SnippetsView,
};
pub use variants::VariantsView;
pub use versions::{
    DiffPage, DiffView, VersionPage, VersionRow, VersionView, VersionsPage, VersionsView,
};
