//! Builds the application from settings: storage, assets, routes and middleware.

use crate::{
    assets::{self, Assets},
    configuration::Settings,
    content::{self, ContentError, ContentReloader, snippets::Snippets},
    films,
    middleware::{
        cache::{self, PageCache},
        client::{ClientKeyer, client_key},
        error_pages::error_pages,
        front::Front,
        rate_limit::{Budget, RateLimits, limit_posts},
        request_limits::{BodyLimit, limit_body, limit_request_heads},
        security::security_headers,
        tarpit::Tarpit,
        timeouts::{RequestTimeouts, limit_time},
        trace,
    },
    pages::Pages,
    report,
    serve::ConnectionLimits,
    state::AppState,
    storage::{Database, StorageError},
    tenancy::Places,
};
use axum::{Router, handler::Handler, middleware};
use helder_app::{Site, report::pages::QuestionnaireContext, rights::library::SharedLibrary};
use helder_domain::report::questionnaire::Questionnaire;
use leptos::prelude::*;
use std::{net::SocketAddr, sync::Arc, time::Duration};
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
    #[error(transparent)]
    Tenancy(#[from] crate::tenancy::TenancyError),
    #[error("cannot read the questionnaire {path}: {source}")]
    QuestionnaireRead {
        path: String,
        source: std::io::Error,
    },
    #[error("the questionnaire {path} has problems:\n  - {}", problems.join("\n  - "))]
    Questionnaire { path: String, problems: Vec<String> },
    #[error(transparent)]
    SelfCheck(#[from] crate::prevention::shared::SelfCheckError),
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

pub struct Application {
    listener: TcpListener,
    front: Front,
    content: ContentReloader,
    limits: ConnectionLimits,
    health: Arc<crate::health::Health>,
    worker: crate::jobs::Worker,
    drain: Duration,
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

/// The slugs of the information pages Helder ships (a self-check question must name one).
fn shipped_pages() -> std::collections::BTreeSet<String> {
    content::seed::SeedPage::all()
        .map(|pages| pages.into_iter().map(|p| p.slug).collect())
        .unwrap_or_default()
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

/// The report questionnaire (checked), the municipalities (from the tenants file, checked),
/// and the published pages: seeded, then rendered per municipality into the libraries that
/// the returned reloader keeps up to date.
async fn prepare_content(
    db: &Database,
    settings: &Settings,
    site: &Site,
    assets: &mut Assets,
) -> Result<(Questionnaire, SharedLibrary, Places, ContentReloader), StartupError> {
    let tenants = crate::tenancy::load_tenants(settings)?;
    let snippets = Snippets::load(settings.snippets.as_deref(), &settings.municipality)?;
    let questionnaire = load_questionnaire(settings)?;
    tracing::info!(
        version = %questionnaire.version,
        kinds = questionnaire.kinds.len(),
        questions = questionnaire.questions.len(),
        "report questionnaire checked"
    );
    let library = SharedLibrary::default();
    let places =
        crate::tenancy::build_places(tenants, settings, site, assets, &snippets, &library)?;
    let report = content::seed(db, &places.organisations()).await?;
    let renderings = places
        .all()
        .iter()
        .map(|place| content::Rendering {
            organisation: place.organisation.clone(),
            id: place.municipality.id.clone(),
            municipality: place.site.municipality.clone(),
            own: place.municipality.snippets.clone(),
            library: place.library.clone(),
        })
        .collect();
    let content = ContentReloader::new(db.clone(), snippets, renderings);
    let pages = content.reload().await?;
    tracing::info!(
        inserted = report.inserted,
        updated = report.updated,
        unchanged = report.unchanged,
        kept_edited = report.kept_edited,
        published = pages,
        municipalities = places.all().len(),
        "content ready"
    );
    Ok((questionnaire, library, places, content))
}

/// Where film files live (files an earlier version kept in the data folder moved into
/// PostgreSQL), with the built-in films imported for every organisation, and each
/// organisation's catalogue of films (kept with its places).
async fn prepare_films(
    db: &Database,
    settings: &Settings,
    places: &crate::tenancy::Places,
    library: &SharedLibrary,
) -> Result<crate::media::Media, StartupError> {
    let media = crate::media::Media::open(&settings.data_dir, settings.film_max_mb, db).map_err(
        |source| StartupError::MediaDir {
            path: settings.data_dir.display().to_string(),
            source,
        },
    )?;
    let moved = media
        .move_folder_into_database()
        .await
        .map_err(films::FilmImportError::from)?;
    if moved > 0 {
        tracing::info!(
            moved,
            "film files moved from the data folder into the database"
        );
    }
    let imported = films::import_builtin(db, &media, &places.organisations()).await?;
    films::refresh(db, places, library)
        .await
        .map_err(films::FilmImportError::from)?;
    tracing::info!(imported, "films ready");
    Ok(media)
}

/// What every page shows of the installation, and where Leptos finds the front end.
fn site_and_options(settings: &Settings, assets: &Assets) -> (Site, LeptosOptions) {
    let site = Site {
        municipality: settings.municipality.clone(),
        stylesheet: assets.stylesheet_href.clone(),
        icon: assets.icon_href.clone(),
        hydrate: assets.bundle_output_name.is_some(),
        public_url: settings.public_url(),
        brand_stylesheet: None,
        logo: None,
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
    (site, leptos_options)
}

/// The background work: following changes made elsewhere, housekeeping, the daily
/// distribution and retention, the mail outbox and scheduled publication.
fn spawn_workers(
    state: &AppState,
    settings: &Settings,
    worker: &crate::jobs::Worker,
) -> Result<(), StartupError> {
    crate::changes::Follower {
        content: state.content.clone(),
        places: state.places.clone(),
        library: state.library.clone(),
    }
    .spawn(Duration::from_secs(settings.change_check_seconds.max(1)));
    crate::jobs::spawn_housekeeping(state.rate_limits.clone(), worker.clone());
    crate::jobs::spawn_daily(
        worker.clone(),
        state.team.clone(),
        state.places.clone(),
        crate::retention::Terms::new(
            crate::retention::RetentionSettings::from_settings(settings),
            state.places.tenants(),
        ),
    );
    let mail_transport = crate::mail::transport_from_settings(settings)?;
    let mail_settings = crate::mail::MailSettings::from_settings(settings);
    tracing::info!("mail goes to {}", mail_transport.describe());
    if settings.smtp_url.is_some() && mail_settings.from.email.domain().ends_with(".invalid") {
        tracing::warn!(
            "mail is sent through SMTP, but HELDER_MAIL_FROM is not set to a real address"
        );
    }
    crate::mail::spawn_outbox_worker(state.db.clone(), mail_transport, mail_settings);
    crate::jobs::spawn_scheduled_publication(
        state.content.clone(),
        worker.clone(),
        Duration::from_secs(settings.publish_poll_seconds.max(1)),
    );
    Ok(())
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
        // Leptos renders on tokio; set once per process (a second app in tests finds it set).
        let _ = any_spawner::Executor::init_tokio();
        let db = open_database(&settings).await?;
        // Instances started together do their first-start work one after the other.
        let starting = db.startup_lock().await?;
        let instance = db.record_instance(env!("CARGO_PKG_VERSION")).await?;
        tracing::info!(
            backend = db.backend().as_str(),
            installed_at = %instance.installed_at,
            "database ready"
        );
        let mut assets = Assets::load(&settings.site_root);
        let (site, leptos_options) = site_and_options(&settings, &assets);
        let (questionnaire, library, places, content) =
            prepare_content(&db, &settings, &site, &mut assets).await?;
        let (assets, places) = (Arc::new(assets), Arc::new(places));
        let media = prepare_films(&db, &settings, &places, &library).await?;
        let listener =
            TcpListener::bind(settings.addr)
                .await
                .map_err(|source| StartupError::Bind {
                    addr: settings.addr,
                    source,
                })?;
        let questionnaire = Arc::new(questionnaire);
        let prevention = crate::prevention::shared::Prevention::load(&settings, &shipped_pages())?;
        tracing::info!(
            version = %prevention.selfcheck.version,
            questions = prevention.selfcheck.len(),
            "self-check checked"
        );
        let pages = Pages {
            options: leptos_options.clone(),
            places: places.clone(),
            questionnaire: QuestionnaireContext(questionnaire.clone()),
        };
        let state = AppState {
            pages,
            leptos_options,
            db: db.clone(),
            health: crate::health::Health::new(db.clone()),
            assets,
            keyer: ClientKeyer::new(settings.trusted_proxies.clone()),
            places: places.clone(),
            page_cache: PageCache::new(library.clone()),
            rate_limits: RateLimits::new(
                settings.post_limit_client,
                (settings.post_limit_client / 2).max(1),
                settings.post_limit_global_share(),
                Tarpit::new(
                    Duration::from_millis(u64::from(settings.refusal_delay_ms)),
                    Tarpit::slots_for(usize::try_from(settings.max_connections).unwrap_or(0)),
                ),
            ),
            questionnaire,
            prevention,
            receipt_salt: db.receipt_salt().await?,
            secure_cookies: settings.public_url().starts_with("https://"),
            team: Arc::new(crate::team::throttle::TeamState::new(&settings)),
            content: content.clone(),
            library,
            media: Arc::new(media),
            token_key: crate::tokens::TokenKey::derive(&db.form_secret().await?),
            admission: crate::report::admission::Admission {
                wait: i64::from(settings.start_wait_seconds),
                bits: crate::report::admission::PROOF_BITS,
            },
            waiting_pages: Arc::default(),
            hashing: crate::hashing::HashPool::for_this_machine(),
            results: Arc::default(),
        };
        starting.release().await?;
        let worker = crate::jobs::Worker::new(db.clone());
        spawn_workers(&state, &settings, &worker)?;
        let (cache, assets, health) = (
            state.page_cache.clone(),
            state.assets.clone(),
            state.health.clone(),
        );
        let router = router(state, extra, RequestTimeouts::from_settings(&settings));
        Ok(Application {
            listener,
            front: Front::new(router, cache, assets, health.clone(), places),
            content,
            limits: ConnectionLimits::from_settings(&settings),
            health,
            worker,
            drain: Duration::from_secs(settings.drain_seconds),
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

    /// Serves until SIGTERM or Ctrl-C; then `/health` says it is draining while it serves on
    /// for `HELDER_DRAIN_SECONDS`, then it stops accepting, finishes open requests, lets go
    /// of its job leases and closes the database.
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        if let Ok(addr) = self.listener.local_addr() {
            tracing::info!("listening on http://{addr}");
        }
        let (health, drain) = (self.health.clone(), self.drain);
        let stopping = async move {
            shutdown_signal().await;
            health.start_draining();
            tracing::info!(seconds = drain.as_secs(), "stopping: draining");
            tokio::time::sleep(drain).await;
        };
        crate::serve::serve(self.listener, self.front, self.limits, stopping).await?;
        self.worker.release().await;
        self.content.db.close().await;
        tracing::info!("stopped");
        Ok(())
    }
}

fn router(state: AppState, extra: Router<AppState>, timeouts: RequestTimeouts) -> Router {
    let form_limit = BodyLimit::refusing(BODY_LIMIT_BYTES);
    let page_routes = Router::new()
        .merge(crate::public::router(&state))
        .merge(report::router(&state))
        .merge(crate::prevention::router(&state))
        .merge(extra)
        .layer(middleware::from_fn_with_state(form_limit, limit_body))
        .layer(middleware::from_fn_with_state(
            timeouts.request(),
            limit_time,
        ));
    // Evidence with a report: one file of up to 10 MB, read to a temporary file; whatever
    // refuses it early, the rest of its body is read away (outermost).
    let evidence_uploads = report::upload_router(&state)
        .layer(axum::extract::DefaultBodyLimit::disable())
        .layer(middleware::from_fn_with_state(
            BodyLimit::reading(report::UPLOAD_BODY_LIMIT),
            limit_body,
        ))
        .layer(middleware::from_fn_with_state(
            timeouts.upload(),
            limit_time,
        ))
        .layer(middleware::from_fn(crate::middleware::linger::linger));
    Router::new()
        .merge(page_routes)
        .merge(evidence_uploads)
        .merge(crate::team::router(&state, timeouts))
        .merge(
            assets::router()
                .merge(crate::media::router())
                .merge(crate::health::router())
                .layer(middleware::from_fn_with_state(
                    timeouts.request(),
                    limit_time,
                )),
        )
        // An unknown path gets the translated 404 page; a POST to it still spends the
        // general budget, so guessing paths cannot flood around the limits.
        .fallback(
            crate::public::not_found.layer(middleware::from_fn_with_state(
                (state.post_limits(), Budget::Other),
                limit_posts,
            )),
        )
        // Inside the client-key layer: it needs the key, never the address.
        .layer(middleware::from_fn_with_state(
            state.keyer.clone(),
            client_key,
        ))
        // A panic becomes a 500 (a page, below), not a dropped connection.
        .layer(CatchPanicLayer::new())
        .layer(middleware::from_fn(limit_request_heads))
        // Outside everything that refuses a request, so it sees every refusal; inside the
        // security headers, so its pages get them (and their script hashes).
        .layer(middleware::from_fn_with_state(
            state.pages.clone(),
            error_pages,
        ))
        .layer(middleware::from_fn(security_headers))
        .layer(trace::layer())
        .layer(middleware::from_fn(cache::mark_for_cache))
        // Video is compressed already, and byte ranges must refer to the file as stored. A
        // page the front keeps is compressed there, once, also with brotli. Pages made per
        // request (search, forms, staff) get gzip only: brotli on the fly allocates a window
        // of megabytes per answer and cut a search page from 2,700 to 980 answers a second.
        .layer(
            CompressionLayer::new().no_br().compress_when(
                DefaultPredicate::new()
                    .and(NotForContentType::const_new("video/"))
                    .and(NotForContentType::const_new("audio/"))
                    .and(|_, _, _: &http::HeaderMap, extensions: &http::Extensions| {
                        extensions.get::<cache::ForCache>().is_none()
                    }),
            ),
        )
        .with_state(state)
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
