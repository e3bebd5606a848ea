//! Builds the application from settings: storage, assets, routes and middleware.

use crate::{
    assets::{self, Assets},
    configuration::Settings,
    content::{self, ContentError, snippets::Snippets},
    films,
    middleware::{
        cache::{PageCache, cache_pages},
        client::{ClientKeyer, client_key},
        error_pages::error_pages,
        rate_limit::{RateLimits, limit_posts},
        request_limits::limit_request_heads,
        security::security_headers,
        timeouts::{RequestTimeouts, limit_time},
        trace,
    },
    report, search,
    serve::ConnectionLimits,
    storage::{Database, StorageError},
};
use axum::{
    Router,
    extract::{FromRef, Request, State},
    http::{HeaderMap, HeaderValue, StatusCode, header},
    middleware,
    response::{IntoResponse, Redirect, Response},
    routing::{get, post},
};
use helder_app::{
    App, Site, films::SharedFilms, report::pages::QuestionnaireContext,
    rights::library::SharedLibrary, search::SEARCH_SEGMENT, shell,
};
use helder_domain::{languages::Language, report::questionnaire::Questionnaire};
use leptos::prelude::*;
use leptos_axum::{AxumRouteListing, LeptosRoutes, generate_route_list};
use std::{net::SocketAddr, sync::Arc};
use tokio::net::TcpListener;
use tower_http::{
    catch_panic::CatchPanicLayer,
    compression::{
        CompressionLayer,
        predicate::{DefaultPredicate, NotForContentType, Predicate},
    },
};

/// Largest request body the public side accepts; forms are small.
const BODY_LIMIT_BYTES: usize = 64 * 1024;

#[derive(Debug, thiserror::Error)]
pub enum StartupError {
    #[error("cannot create the data folder {path}: {source}")]
    DataDir {
        path: String,
        source: std::io::Error,
    },
    #[error(transparent)]
    Storage(#[from] StorageError),
    #[error(transparent)]
    Content(#[from] ContentError),
    #[error(transparent)]
    Snippets(#[from] content::snippets::SnippetsError),
    #[error("cannot read the questionnaire {path}: {source}")]
    QuestionnaireRead {
        path: String,
        source: std::io::Error,
    },
    #[error("the questionnaire {path} has problems:\n  - {}", problems.join("\n  - "))]
    Questionnaire { path: String, problems: Vec<String> },
    #[error(transparent)]
    Mail(#[from] crate::mail::TransportSetupError),
    #[error("cannot create the media folder in {path}: {source}")]
    MediaDir {
        path: String,
        source: std::io::Error,
    },
    #[error("cannot import the shipped films: {0}")]
    Films(#[from] films::FilmImportError),
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        addr: SocketAddr,
        source: std::io::Error,
    },
}

#[derive(Clone, FromRef)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub db: Database,
    pub assets: Arc<Assets>,
    pub keyer: Arc<ClientKeyer>,
    pub site: Site,
    pub library: SharedLibrary,
    pub films: SharedFilms,
    /// Uploaded film files (`<data dir>/media/`) and the largest video.
    pub media: Arc<crate::media::Media>,
    pub page_cache: Arc<PageCache>,
    pub rate_limits: Arc<RateLimits>,
    pub questionnaire: Arc<Questionnaire>,
    pub receipt_salt: [u8; 16],
    /// Cookies get `Secure` when the public address is https.
    pub secure_cookies: bool,
    /// The staff side's settings and log-in throttles.
    pub team: Arc<crate::team::TeamState>,
    /// Re-renders the public pages after editors changed content.
    pub content: ContentReloader,
    /// Signs report-form tokens and start tickets (derived from the installation's secret).
    pub token_key: crate::tokens::TokenKey,
    /// How a start is let in while too many reports are being started.
    pub admission: crate::report::admission::Admission,
    /// argon2id (receipt codes, passwords) on a bounded pool with reused memory.
    pub hashing: Arc<crate::hashing::HashPool>,
}

pub struct Application {
    listener: TcpListener,
    router: Router,
    content: ContentReloader,
    limits: ConnectionLimits,
}

/// Everything needed to re-render the library after content changed in the database.
#[derive(Clone)]
pub struct ContentReloader {
    pub db: Database,
    /// The snippets file's values (staff's changes are read from the database on reload).
    pub snippets: Snippets,
    library: SharedLibrary,
    /// One reload at a time: two publications close together must not let the older
    /// rendering win.
    lock: Arc<tokio::sync::Mutex<()>>,
}

impl ContentReloader {
    pub fn new(db: Database, snippets: Snippets, library: SharedLibrary) -> ContentReloader {
        ContentReloader {
            db,
            snippets,
            library,
            lock: Arc::new(tokio::sync::Mutex::new(())),
        }
    }

    pub async fn reload(&self) -> Result<usize, ContentError> {
        let _one_at_a_time = self.lock.lock().await;
        content::reload(&self.db, &self.snippets, &self.library).await
    }
}

const DEFAULT_QUESTIONNAIRE: &str = include_str!("../../locales/questionnaire.toml");

/// Reads and checks the report questionnaire; a broken file stops start-up with every problem.
pub fn load_questionnaire(settings: &Settings) -> Result<Questionnaire, StartupError> {
    let (path, source) = match &settings.questionnaire {
        Some(p) => (
            p.display().to_string(),
            std::fs::read_to_string(p).map_err(|source| StartupError::QuestionnaireRead {
                path: p.display().to_string(),
                source,
            })?,
        ),
        None => (
            "locales/questionnaire.toml (built in)".to_owned(),
            DEFAULT_QUESTIONNAIRE.to_owned(),
        ),
    };
    Questionnaire::parse(&source).map_err(|problems| StartupError::Questionnaire { path, problems })
}

/// Opens the database and brings its schema up to date.
pub async fn open_database(settings: &Settings) -> Result<Database, StartupError> {
    std::fs::create_dir_all(&settings.data_dir).map_err(|source| StartupError::DataDir {
        path: settings.data_dir.display().to_string(),
        source,
    })?;
    let db = Database::connect(&settings.database_url()).await?;
    db.migrate().await?;
    Ok(db)
}

impl Application {
    pub async fn build(settings: Settings) -> Result<Application, StartupError> {
        Application::build_with_routes(settings, Router::new()).await
    }

    /// [`Application::build`] with `extra` routes behind the same middleware as every page
    /// (tests use it to reach answers no public route gives, such as a panic).
    pub async fn build_with_routes(
        settings: Settings,
        extra: Router<AppState>,
    ) -> Result<Application, StartupError> {
        let db = open_database(&settings).await?;
        let instance = db.record_instance(env!("CARGO_PKG_VERSION")).await?;
        tracing::info!(
            backend = db.backend().as_str(),
            installed_at = %instance.installed_at,
            "database ready"
        );

        let snippets = Snippets::load(settings.snippets.as_deref(), &settings.municipality)?;
        let questionnaire = load_questionnaire(&settings)?;
        tracing::info!(
            version = %questionnaire.version,
            kinds = questionnaire.kinds.len(),
            questions = questionnaire.questions.len(),
            "report questionnaire checked"
        );
        let report = content::seed(&db).await?;
        let library = SharedLibrary::default();
        let content = ContentReloader::new(db.clone(), snippets, library.clone());
        let pages = content.reload().await?;
        tracing::info!(
            inserted = report.inserted,
            updated = report.updated,
            unchanged = report.unchanged,
            kept_edited = report.kept_edited,
            published = pages,
            "content ready"
        );

        let assets = Arc::new(Assets::load(&settings.site_root));
        let media = crate::media::Media::open(&settings.data_dir, settings.film_max_mb).map_err(
            |source| StartupError::MediaDir {
                path: settings.data_dir.display().to_string(),
                source,
            },
        )?;
        let imported = films::import_builtin(&db, &media).await?;
        let films = SharedFilms::new(films::catalogue(&db.films().await?));
        tracing::info!(imported, films = films.snapshot().0.len(), "films ready");
        let site = Site {
            municipality: settings.municipality.clone(),
            stylesheet: assets.stylesheet_href.clone(),
            icon: assets.icon_href.clone(),
            hydrate: assets.bundle_output_name.is_some(),
            public_url: settings.public_url(),
        };
        let leptos_options = LeptosOptions::builder()
            .output_name(
                assets
                    .bundle_output_name
                    .clone()
                    .unwrap_or_else(|| assets::BUNDLE_NAME.to_owned()),
            )
            .site_root(settings.site_root.display().to_string())
            .site_pkg_dir("pkg")
            .site_addr(settings.addr)
            .build();

        let listener =
            TcpListener::bind(settings.addr)
                .await
                .map_err(|source| StartupError::Bind {
                    addr: settings.addr,
                    source,
                })?;
        let state = AppState {
            leptos_options,
            db: db.clone(),
            assets,
            keyer: ClientKeyer::new(settings.trusted_proxies.clone()),
            site,
            page_cache: PageCache::new(library.clone()),
            rate_limits: RateLimits::new(
                settings.post_limit_client,
                (settings.post_limit_client / 2).max(1),
                settings.post_limit_global,
            ),
            questionnaire: Arc::new(questionnaire),
            receipt_salt: db.receipt_salt().await?,
            secure_cookies: settings.public_url().starts_with("https://"),
            team: Arc::new(crate::team::TeamState::new(&settings)),
            content: content.clone(),
            library,
            films,
            media: Arc::new(media),
            token_key: crate::tokens::TokenKey::derive(&db.form_secret().await?),
            admission: crate::report::admission::Admission {
                wait: i64::from(settings.start_wait_seconds),
                bits: crate::report::admission::PROOF_BITS,
            },
            hashing: crate::hashing::HashPool::for_this_machine(),
        };
        crate::jobs::spawn_housekeeping(state.rate_limits.clone(), state.db.clone());
        crate::jobs::spawn_daily(
            state.db.clone(),
            state.team.clone(),
            crate::retention::RetentionSettings::from_settings(&settings),
        );
        let mail_transport = crate::mail::transport_from_settings(&settings)?;
        let mail_settings = crate::mail::MailSettings::from_settings(&settings);
        tracing::info!("mail goes to {}", mail_transport.describe());
        if settings.smtp_url.is_some() && mail_settings.from.email.domain().ends_with(".invalid") {
            tracing::warn!(
                "mail is sent through SMTP, but HELDER_MAIL_FROM is not set to a real address"
            );
        }
        crate::mail::spawn_outbox_worker(db.clone(), mail_transport, mail_settings);
        crate::jobs::spawn_scheduled_publication(
            content.clone(),
            std::time::Duration::from_secs(settings.publish_poll_seconds.max(1)),
        );
        let router = router(state, extra, RequestTimeouts::from_settings(&settings));
        Ok(Application {
            listener,
            router,
            content,
            limits: ConnectionLimits::from_settings(&settings),
        })
    }

    /// Reloads the published pages after a change in the database.
    pub fn content_reloader(&self) -> ContentReloader {
        self.content.clone()
    }

    pub fn port(&self) -> u16 {
        self.listener
            .local_addr()
            .map(|a| a.port())
            .unwrap_or_default()
    }

    /// Serves until SIGTERM or Ctrl-C, then finishes open requests and closes the database.
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        if let Ok(addr) = self.listener.local_addr() {
            tracing::info!("listening on http://{addr}");
        }
        crate::serve::serve(self.listener, self.router, self.limits, shutdown_signal()).await?;
        self.content.db.close().await;
        tracing::info!("stopped");
        Ok(())
    }
}

/// Renders any app page for a request, outside the router: for fallbacks and for pages that
/// middleware answers with (the 429 page).
#[derive(Clone)]
pub struct PageRenderer {
    state: AppState,
}

impl PageRenderer {
    pub fn new(state: &AppState) -> PageRenderer {
        PageRenderer {
            state: state.clone(),
        }
    }

    pub async fn render(&self, request: Request) -> Response {
        let options = self.state.leptos_options.clone();
        let render = leptos_axum::render_app_to_stream_with_context(
            leptos_context(&self.state),
            move || shell(options.clone()),
        );
        render(request).await
    }
}

/// Per-request context for every Leptos render.
fn leptos_context(state: &AppState) -> impl Fn() + Clone + Send + 'static {
    let site = state.site.clone();
    let library = state.library.clone();
    let films = state.films.clone();
    let questionnaire = QuestionnaireContext(state.questionnaire.clone());
    move || {
        provide_context(questionnaire.clone());
        provide_context(site.clone());
        provide_context(library.clone());
        provide_context(films.snapshot());
    }
}

fn router(state: AppState, extra: Router<AppState>, timeouts: RequestTimeouts) -> Router {
    // A language's home page is `/nl/`, with the slash: Leptos lists it as `/{lang}`.
    let search_path = format!("/{{lang}}/{SEARCH_SEGMENT}");
    let routes: Vec<AxumRouteListing> = generate_route_list(App)
        .into_iter()
        // The search page has its own handler, which searches before rendering.
        .filter(|route| route.path() != search_path)
        // Staff pages have their own handlers (crate::team), which check the session first.
        .filter(|route| !route.path().starts_with("/{lang}/team"))
        .map(|route| {
            if route.path() == "/{lang}" {
                let methods: Vec<_> = route.methods().collect();
                AxumRouteListing::new("/{lang}/".into(), route.mode().clone(), methods, vec![])
            } else {
                route
            }
        })
        .collect();
    tracing::debug!(routes = ?routes.iter().map(|r| r.path()).collect::<Vec<_>>(), "leptos routes");
    let options = state.leptos_options.clone();
    Router::new()
        .route("/", get(redirect_to_language))
        .route("/{lang}", get(add_trailing_slash))
        .route("/{lang}/melden/start", post(report::start))
        .route("/{lang}/melden/versturen", post(report::submit))
        .route(&search_path, get(search::page))
        .route("/health", get(health))
        .route("/assets/{file}", get(assets::serve))
        .route("/pkg/{file}", get(assets::serve))
        .route("/media/{name}", get(crate::media::serve))
        .leptos_routes_with_context(&state, routes, leptos_context(&state), move || {
            shell(options.clone())
        })
        // After the Leptos routes, so POST joins the GET of the same path.
        .route("/{lang}/melden/{step}", post(report::step))
        .route("/{lang}/melden/terugkomen", post(report::come_back))
        .route("/{lang}/melden/antwoorden", post(report::answer))
        .merge(crate::team::routes())
        .merge(extra)
        .fallback(not_found)
        .layer(middleware::from_fn_with_state(
            state.clone(),
            report::draft_for_pages,
        ))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            crate::team::session::staff_requests,
        ))
        // Inside the client-key layer: it needs the key, never the address.
        .layer(middleware::from_fn_with_state(
            (
                state.rate_limits.clone(),
                PageRenderer::new(&state),
                state.token_key.clone(),
            ),
            limit_posts,
        ))
        .layer(middleware::from_fn_with_state(
            state.keyer.clone(),
            client_key,
        ))
        .layer(middleware::from_fn_with_state(
            crate::media::BodyLimits {
                form: BODY_LIMIT_BYTES,
                staff_form: crate::team::session::STAFF_FORM_LIMIT,
                upload: state.media.upload_body_limit(),
            },
            crate::media::limit_bodies,
        ))
        // A panic becomes a 500 (a page, below), not a dropped connection.
        .layer(CatchPanicLayer::new())
        .layer(middleware::from_fn_with_state(timeouts, limit_time))
        .layer(middleware::from_fn(limit_request_heads))
        // Outside everything that refuses a request, so it sees every refusal; inside the
        // security headers, so its pages get them (and their script hashes).
        .layer(middleware::from_fn_with_state(
            PageRenderer::new(&state),
            error_pages,
        ))
        .layer(middleware::from_fn(security_headers))
        .layer(middleware::from_fn_with_state(
            state.page_cache.clone(),
            cache_pages,
        ))
        .layer(trace::layer())
        // Video is compressed already, and byte ranges must refer to the file as stored.
        .layer(
            CompressionLayer::new().compress_when(
                DefaultPredicate::new()
                    .and(NotForContentType::const_new("video/"))
                    .and(NotForContentType::const_new("audio/")),
            ),
        )
        .with_state(state)
}

/// `/` sends visitors to the home page in the language their browser prefers.
async fn redirect_to_language(headers: HeaderMap) -> Response {
    let accept = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    let lang = Language::negotiate(accept);
    let location = format!("/{}/", lang.code);
    (
        StatusCode::FOUND,
        [
            (
                header::LOCATION,
                HeaderValue::from_str(&location).unwrap_or(HeaderValue::from_static("/nl/")),
            ),
            (header::VARY, HeaderValue::from_static("accept-language")),
        ],
    )
        .into_response()
}

/// `/nl` → `/nl/`: one address per page.
async fn add_trailing_slash(
    state: State<AppState>,
    axum::extract::Path(segment): axum::extract::Path<String>,
    request: Request,
) -> Response {
    match Language::from_code(&segment) {
        Some(lang) => Redirect::permanent(&format!("/{}/", lang.code)).into_response(),
        None => not_found(state, request).await,
    }
}

/// `GET /health`: 200 when the database answers, 503 when it does not.
async fn health(State(db): State<Database>) -> Response {
    match db.ping().await {
        Ok(()) => (StatusCode::OK, format!("ok {}\n", db.backend().as_str())).into_response(),
        Err(error) => {
            tracing::error!(%error, "health check: database unreachable");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable\n").into_response()
        }
    }
}

/// Anything no route claims: the translated 404 page, rendered by the app's router.
async fn not_found(State(state): State<AppState>, request: Request) -> Response {
    let mut response = PageRenderer::new(&state).render(request).await;
    if response.status() == StatusCode::OK {
        *response.status_mut() = StatusCode::NOT_FOUND;
    }
    response
}

async fn shutdown_signal() {
    let ctrl_c = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
}
