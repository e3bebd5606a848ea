//! Helder's Leptos application: the pages, one folder per capability. The server chooses the
//! page and renders it with typed props inside [`page::document`]; there is no client router.
//! Server-only code sits behind `#[cfg(feature = "ssr")]`, and only `#[island]` components are
//! shipped to the browser.

pub mod editing;
pub mod errors;
pub mod films;
pub mod home;
pub mod i18n;
pub mod layout;
pub mod page;
pub mod prevention;
pub mod queue;
pub mod report;
pub mod request;
pub mod rights;
pub mod search;
pub mod staff;
pub mod statements;
pub mod statistics;

/// What the server tells the pages about this installation and its built assets.
#[derive(Debug, Clone)]
pub struct Site {
    /// Name of the municipality, shown in the header, titles and footer.
    pub municipality: String,
    /// URL of the content-hashed stylesheet.
    pub stylesheet: String,
    /// URL of the content-hashed icon.
    pub icon: String,
    /// Whether the wasm bundle exists; without it pages are served without hydration.
    pub hydrate: bool,
    /// Public address of the site, printed on leaflets (no trailing slash).
    pub public_url: String,
    /// URL of this municipality's content-hashed design tokens (colours), if it has its own.
    pub brand_stylesheet: Option<String>,
    /// URL of this municipality's content-hashed logo (SVG or PNG), if it has one.
    pub logo: Option<String>,
}

impl Default for Site {
    fn default() -> Self {
        Site {
            municipality: "Gemeente Voorbeeld".into(),
            stylesheet: String::new(),
            icon: String::new(),
            hydrate: false,
            public_url: String::new(),
            brand_stylesheet: None,
            logo: None,
        }
    }
}

/// The wasm entry point: hydrates the islands of a server-rendered page.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
