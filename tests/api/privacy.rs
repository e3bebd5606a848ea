//! The promise "no IP address is stored": requests through a trusted proxy with a distinctive
//! client address, and from a distinctive loopback address, leave neither anywhere.

use crate::report_flow::Reporter;
use crate::{
    both_backends,
    helpers::{Backend, spawn_binary},
};
use std::{net::IpAddr, path::Path, time::Duration};

both_backends!(client_addresses_are_not_retained);

const FORWARDED: &str = "203.0.113.77";
const LOOPBACK: &str = "127.0.0.77";

/// Every file below `dir`, recursively.
fn files(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    if let Ok(entries) = std::fs::read_dir(dir) {
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                out.extend(files(&path));
            } else {
                out.push(path);
            }
        }
    }
    out
}

/// The needles: each address as text and as its four raw bytes.
fn needles() -> Vec<(String, Vec<u8>)> {
    let mut needles = Vec::new();
    for addr in [FORWARDED, LOOPBACK] {
        let ip: IpAddr = addr.parse().unwrap();
        let IpAddr::V4(v4) = ip else { unreachable!() };
        needles.push((format!("{addr} as text"), addr.as_bytes().to_vec()));
        needles.push((format!("{addr} as bytes"), v4.octets().to_vec()));
    }
    needles
}

fn find_needles(haystack: &[u8]) -> Vec<String> {
    needles()
        .into_iter()
        .filter(|(_, n)| haystack.windows(n.len()).any(|w| w == n.as_slice()))
        .map(|(name, _)| name)
        .collect()
}

async fn client_addresses_are_not_retained(backend: Backend) {
    // Trace level: even the most verbose logging must not print an address.
    let mut app = spawn_binary(
        backend,
        &[
            ("HELDER_TRUSTED_PROXIES", "127.0.0.1"),
            ("HELDER_LOG", "trace"),
        ],
    )
    .await;

    let via_proxy = reqwest::Client::builder()
        .local_address("127.0.0.1".parse::<IpAddr>().unwrap())
        .redirect(reqwest::redirect::Policy::none())
        .timeout(Duration::from_secs(20))
        .build()
        .unwrap();
    let direct = reqwest::Client::builder()
        .local_address(LOOPBACK.parse::<IpAddr>().unwrap())
        .redirect(reqwest::redirect::Policy::none())
        .timeout(Duration::from_secs(20))
        .build()
        .unwrap();

    // Two whole reports first (within the rate limit): through the proxy and directly.
    let mut proxied = Reporter::new(&app.address, via_proxy.clone(), Some(FORWARDED));
    proxied.report("nl", "Piet Proxy").await;
    let mut local = Reporter::new(&app.address, direct.clone(), None);
    local.report("ar", "Klaas Direct").await;

    let paths = [
        "/",
        "/nl/",
        "/en/privacy",
        "/nl/bestaat-niet",
        "/health",
        "/nl/melden",
    ];
    let mut served = 0;
    for path in paths {
        for (client, xff) in [(&via_proxy, Some(FORWARDED)), (&direct, None)] {
            let mut request = client.get(format!("{}{path}", app.address));
            if let Some(xff) = xff {
                request = request
                    .header("x-forwarded-for", xff)
                    .header("x-real-ip", xff)
                    .header("forwarded", format!("for={xff}"));
            }
            let response = request.send().await.expect("request");
            assert!(
                response.status().as_u16() < 500,
                "{path}: {}",
                response.status()
            );
            let body = response.bytes().await.unwrap();
            assert!(
                find_needles(&body).is_empty(),
                "{path} echoes a client address"
            );
            served += 1;
        }
        // A form post too: bodies must not echo the address either.
        let response = via_proxy
            .post(format!("{}{path}", app.address))
            .header("x-forwarded-for", FORWARDED)
            .form(&[("name", "test")])
            .send()
            .await
            .expect("request");
        assert!(
            response.status().as_u16() < 500,
            "POST {path}: {}",
            response.status()
        );
        served += 1;
    }
    assert_eq!(served, paths.len() * 3);

    // The database, read while the server runs (PostgreSQL keeps its files elsewhere).
    let db = helder_server::storage::Database::connect(&app.database_url)
        .await
        .unwrap();
    let dump = dump_database(&db).await;
    db.close().await;
    assert!(
        dump.contains("Piet Proxy") && dump.contains("Klaas Direct"),
        "the dump holds both reports"
    );
    assert!(
        find_needles(dump.as_bytes()).is_empty(),
        "database holds a client address"
    );

    app.stop().await;
    let logs = app.logs();
    assert!(
        logs.contains("/en/privacy"),
        "the log really recorded requests:\n{logs}"
    );
    assert!(logs.lines().count() > 20, "trace logging was on");

    let mut searched = 0;
    for dir in [app.data_dir.path(), app.log_dir.path()] {
        for file in files(dir) {
            let bytes = std::fs::read(&file).unwrap();
            let hits = find_needles(&bytes);
            assert!(hits.is_empty(), "{} contains {hits:?}", file.display());
            searched += 1;
        }
    }
    let minimum = if backend == Backend::Sqlite { 2 } else { 1 };
    assert!(searched >= minimum, "searched {searched} files");
}

/// Every row of every table as text, for searching.
async fn dump_database(db: &helder_server::storage::Database) -> String {
    use helder_server::storage::Database;
    use sqlx::Row;
    let mut out = String::new();
    match db {
        Database::Sqlite(pool) => {
            let tables: Vec<String> =
                sqlx::query_scalar("SELECT name FROM sqlite_master WHERE type = 'table'")
                    .fetch_all(pool)
                    .await
                    .unwrap();
            for table in tables {
                let rows = sqlx::query(&format!(r#"SELECT * FROM "{table}""#))
                    .fetch_all(pool)
                    .await
                    .unwrap();
                for row in rows {
                    for i in 0..row.len() {
                        if let Ok(Some(v)) = row.try_get::<Option<String>, _>(i) {
                            out.push_str(&v);
                        } else if let Ok(Some(v)) = row.try_get::<Option<Vec<u8>>, _>(i) {
                            out.push_str(&String::from_utf8_lossy(&v));
                        } else if let Ok(Some(v)) = row.try_get::<Option<i64>, _>(i) {
                            out.push_str(&v.to_string());
                        }
                        out.push('|');
                    }
                }
            }
        }
        Database::Postgres(pool) => {
            let tables: Vec<String> = sqlx::query_scalar(
                "SELECT table_name::text FROM information_schema.tables WHERE table_schema = 'public'",
            )
            .fetch_all(pool)
            .await
            .unwrap();
            for table in tables {
                let rows: Vec<String> =
                    sqlx::query_scalar(&format!(r#"SELECT row_to_json(t)::text FROM "{table}" t"#))
                        .fetch_all(pool)
                        .await
                        .unwrap();
                out.push_str(&rows.join("\n"));
            }
        }
    }
    out
}
