//! Content editing over HTTP, for communicatie staff (role `editor`; publishing needs the
//! publishing right). Every save is a version; workflow changes are checked by
//! `helder_domain::editing::workflow`, applied compare-and-set, audit-logged, and whatever
//! changes what readers see re-renders the library at once (which also empties the page cache).
//!
//! `overview` lists every page in every language, `document` shows one page in one language,
//! `actions` applies its workflow actions, `edit` is the editor, `versions` has the versions,
//! restoring and comparing, `snippets` the fixed texts, and `variants` makes a page's variant
//! for one municipality, `law` records a page's legal basis and sources and native speakers'
//! checks of translations; `common` has what they share.
//! `overview` lists every page in every language, `create` makes a new page (a Dutch draft),
//! `document` shows one page in one language, `actions` applies its workflow actions,
//! `retire` takes a page off the site (four eyes) and brings it back, `edit` is the editor,
//! `versions` has the versions, restoring and comparing, `snippets` the fixed texts, and
//! `variants` makes a page's variant for one municipality; `common` has what they share.
//! Scheduled publication is a service: [`crate::content::scheduled`].

mod actions;
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

use crate::team::routes::StaffRoutes;

/// This capability's staff routes (`/{lang}/team/…`).
pub fn routes() -> StaffRoutes {
    StaffRoutes::new()
        .get("/{lang}/team/inhoud", overview::overview)
        .get("/{lang}/team/inhoud/nieuw", create::new_page)
        .post("/{lang}/team/inhoud/nieuw", create::create)
        .post(
            "/{lang}/team/inhoud/{slug}/buiten-gebruik/{step}",
            retire::retire_step,
        )
        .get("/{lang}/team/inhoud/{slug}/{doc}", document::document_page)
        .get("/{lang}/team/inhoud/{slug}/{doc}/bewerken", edit::edit_page)
        .post("/{lang}/team/inhoud/{slug}/{doc}/bewerken", edit::edit_save)
        .get(
            "/{lang}/team/inhoud/{slug}/{doc}/versies",
            versions::versions_page,
        )
        .get(
            "/{lang}/team/inhoud/{slug}/{doc}/versies/{number}",
            versions::version_page,
        )
        .post(
            "/{lang}/team/inhoud/{slug}/{doc}/versies/{number}/terugzetten",
            versions::restore,
        )
        .get(
            "/{lang}/team/inhoud/{slug}/{doc}/vergelijken",
            versions::diff_page,
        )
        .post(
            "/{lang}/team/inhoud/{slug}/{doc}/variant",
            variants::make_variant,
        )
        .post(
            "/{lang}/team/inhoud/{slug}/{doc}/wettelijke-basis",
            law::save_law,
        )
        .post(
            "/{lang}/team/inhoud/{slug}/{doc}/moedertaal",
            law::mark_native,
        )
        .post(
            "/{lang}/team/inhoud/{slug}/{doc}/{action}",
            actions::document_action,
        )
        .get("/{lang}/team/vaste-teksten", snippets::snippets_page)
        .get("/{lang}/team/vaste-teksten/{key}", snippets::snippet_page)
        .post("/{lang}/team/vaste-teksten/{key}", snippets::snippet_save)
}
