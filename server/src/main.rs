use clap::Parser;
use helder_server::{
    configuration::{Cli, Command},
    startup::{Application, open_database},
    telemetry,
};
use std::process::ExitCode;

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    telemetry::init(&cli.settings.log, cli.settings.log_format);
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
