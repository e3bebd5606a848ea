//! "Nothing acknowledged is lost": reports stream in while the server is killed with SIGKILL;
//! after a restart every report whose receipt page was sent is in the database.

use crate::{
    both_backends,
    helpers::{
        Backend,
        app::client_with_timeout,
        db::report_by_code,
        reporter::{Reporter, receipt_code},
        spawn_binary,
    },
};
use std::{
    sync::{
        Arc, Mutex,
        atomic::{AtomicBool, Ordering},
    },
    time::Duration,
};

both_backends!(confirmed_reports_survive_sigkill);

async fn confirmed_reports_survive_sigkill(backend: Backend) {
    // Every reporter is another client behind the proxy, so the rate limit does not interfere.
    let mut app = spawn_binary(backend, &[("HELDER_TRUSTED_PROXIES", "127.0.0.1")]).await;
    let client = client_with_timeout(Duration::from_secs(10));
    let confirmed: Arc<Mutex<Vec<String>>> = Arc::default();
    // Set just before the kill: a request that fails before it is a defect, not the kill.
    let killed = Arc::new(AtomicBool::new(false));
    let mut tasks = Vec::new();
    for worker in 0..4 {
        let (client, base, confirmed, killed) = (
            client.clone(),
            app.address.clone(),
            confirmed.clone(),
            killed.clone(),
        );
        tasks.push(tokio::spawn(async move {
            for round in 0..50 {
                let n = worker * 50 + round;
                let xff = format!("198.51.{}.{}", n / 250, n % 250 + 1);
                let mut reporter = Reporter::new(&base, client.clone(), Some(&xff));
                let page = match reporter.try_report("nl", "Durable").await {
                    Ok(page) => page,
                    // Once the server is gone, requests fail: the stream simply stops.
                    Err(_) if killed.load(Ordering::SeqCst) => return,
                    Err(error) => panic!("report {n} failed before the kill: {error}"),
                };
                // A whole 200 answer to "send" is a confirmation: it must show the code.
                let code = receipt_code(&page)
                    .unwrap_or_else(|| panic!("report {n}: a 200 answer without a receipt code"));
                confirmed.lock().unwrap().push(code);
            }
        }));
    }
    // Let a few reports through, then kill the server mid-stream.
    let deadline = tokio::time::Instant::now() + Duration::from_secs(60);
    while confirmed.lock().unwrap().len() < 8 && tokio::time::Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    killed.store(true, Ordering::SeqCst);
    app.kill().await;
    for task in tasks {
        // A panic in a reporter (a failure before the kill, a page without a code) fails here.
        task.await.expect("a reporter task failed");
    }
    let confirmed = confirmed.lock().unwrap().clone();
    assert!(
        confirmed.len() >= 8,
        "reports were confirmed before the kill: {}",
        confirmed.len()
    );

    app.start().await;
    let db = helder_server::storage::Database::connect(&app.database_url)
        .await
        .unwrap();
    for code in &confirmed {
        assert!(
            report_by_code(&db, code).await.is_some(),
            "confirmed report {code} was lost"
        );
    }
    db.close().await;
    app.stop().await;
}
