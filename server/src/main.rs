use clap::Parser;
use helder_server::{
    configuration::{Cli, Command, UserCommand},
    startup::{Application, open_database},
    telemetry,
};
use std::process::ExitCode;

fn main() -> ExitCode {
    // Before the runtime's threads exist.
    helder_server::allocator::tune();
    match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime.block_on(run()),
        Err(error) => {
            eprintln!("helder: cannot start the runtime: {error}");
            ExitCode::FAILURE
        }
    }
}

async fn run() -> ExitCode {
    let cli = Cli::parse();
    let _logs = telemetry::init(&cli.settings.log, cli.settings.log_format);
    let result = match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => match Application::build(cli.settings).await {
            Ok(app) => app.run_until_stopped().await.map_err(|e| e.to_string()),
            Err(e) => Err(e.to_string()),
        },
        Command::Migrate => match open_database(&cli.settings).await {
            Ok(db) => {
                tracing::info!(backend = db.backend().as_str(), "migrations applied");
                db.close().await;
                Ok(())
            }
            Err(e) => Err(e.to_string()),
        },
        Command::User(UserCommand::Add {
            email,
            role,
            name,
            organisation,
        }) => {
            add_user(
                &cli.settings,
                &email,
                &role,
                name.as_deref(),
                organisation.as_deref(),
            )
            .await
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            tracing::error!("{message}");
            eprintln!("helder: {message}");
            ExitCode::FAILURE
        }
    }
}

/// `helder user add`: a password piped on standard input is set at once; from a terminal (or
/// with nothing piped) the person gets a one-time link to choose one.
async fn add_user(
    settings: &helder_server::configuration::Settings,
    email: &str,
    role: &str,
    name: Option<&str>,
    organisation: Option<&str>,
) -> Result<(), String> {
    use std::io::{IsTerminal, Read};
    let tenants = helder_server::tenancy::load_tenants(settings).map_err(|e| e.to_string())?;
    let (organisation, public_url) =
        helder_server::tenancy::organisation_for_account(&tenants, settings, organisation)?;
    let mut password = String::new();
    if !std::io::stdin().is_terminal() {
        std::io::stdin()
            .read_to_string(&mut password)
            .map_err(|e| format!("cannot read the password from standard input: {e}"))?;
    }
    let password = password.trim_end_matches(['\r', '\n']);
    let db = open_database(settings).await.map_err(|e| e.to_string())?;
    let result = helder_server::team::accounts::add_user(
        &db,
        &organisation,
        &public_url,
        email,
        name,
        role,
        (!password.is_empty()).then_some(password),
    )
    .await;
    let outcome = match result {
        Ok(added) => {
            let actor = helder_server::team::accounts::cli_actor(&organisation);
            let _ = db
                .audit(
                    &actor,
                    helder_domain::audit::AuditAction::AccountCreated,
                    None,
                    &format!("account {}", added.id),
                )
                .await;
            match added.link {
                Some(link) => println!(
                    "Account {email} ({role}) created. Link to set the password (valid 7 days, once):\n{link}"
                ),
                None => println!("Account {email} ({role}) created with the given password."),
            }
            Ok(())
        }
        Err(e) => Err(e.to_string()),
    };
    db.close().await;
    outcome
}
