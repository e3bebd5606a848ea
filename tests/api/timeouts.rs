//! Slow clients are closed and readers are served meanwhile: real sockets that send half
//! their headers, announce a body and never send it, trickle a body, or idle between
//! requests; a cap on connections that makes a reader wait but never refuses them; and a slow
//! video reader that is not cut. Timeouts are short here (seconds) so the test is quick.

use crate::{
    both_backends,
    helpers::{Backend, TestApp, raw, spawn_app_with, spawn_binary},
};
use std::time::{Duration, Instant};
use tokio::net::TcpStream;

both_backends!(
    slow_clients_are_closed_while_readers_are_served,
    the_connection_cap_makes_readers_wait_but_lets_them_in,
    a_slow_video_reader_is_not_cut,
    a_stop_finishes_open_requests_and_closes_idle_connections
);

const HEADER: u64 = 2;
const BODY: u64 = 2;
const KEEP_ALIVE: u64 = 2;
const REQUEST: u64 = 4;
/// Leeway for a closed connection to be noticed on a busy machine.
const LATE: Duration = Duration::from_millis(1500);
/// Each kind of slow client, this many times.
const SLOW: usize = 100;

async fn spawn(backend: Backend, max_connections: u32, keep_alive: u64) -> TestApp {
    spawn_app_with(backend, |settings| {
        settings.header_timeout_seconds = HEADER;
        settings.body_timeout_seconds = BODY;
        settings.keep_alive_seconds = keep_alive;
        settings.request_timeout_seconds = REQUEST;
        settings.max_connections = max_connections;
        settings.post_limit_client = 100_000;
        settings.post_limit_global = 100_000;
    })
    .await
}

fn secs(seconds: u64) -> Duration {
    Duration::from_secs(seconds)
}

/// Half a request head: the blank line that ends it never comes.
async fn half_headers(app: &TestApp) -> TcpStream {
    let mut stream = raw::connect(&app.address).await;
    raw::send(
        &mut stream,
        b"GET /nl/ HTTP/1.1\r\nHost: x\r\nAccept: text/html\r\n",
    )
    .await;
    stream
}

/// A finished request on a connection that then stays open.
async fn idle_after_request(app: &TestApp) -> TcpStream {
    let mut stream = raw::connect(&app.address).await;
    raw::send(&mut stream, b"GET /health HTTP/1.1\r\nHost: x\r\n\r\n").await;
    let response = raw::read_response(&mut stream).await.expect("an answer");
    assert_eq!(response.status, 200);
    stream
}

/// A reader's page, timed.
async fn read_page(app: &TestApp) -> Duration {
    let started = Instant::now();
    let response = app.get("/nl/").await;
    assert_eq!(response.status(), 200);
    assert!(!response.text().await.expect("page").is_empty());
    started.elapsed()
}

/// Waits (in its own task) until the server closes `stream`; how long after `since`.
fn closed_after(mut stream: TcpStream, since: Instant) -> tokio::task::JoinHandle<Duration> {
    tokio::spawn(async move {
        let closed = raw::wait_for_close(&mut stream, secs(REQUEST) + secs(5)).await;
        assert!(closed.is_some(), "still open after {:?}", since.elapsed());
        since.elapsed()
    })
}

/// Waits for the answer on `stream` and then for the close; the answer's status and when it
/// came, after `since`.
fn answered_after(
    mut stream: TcpStream,
    since: Instant,
) -> tokio::task::JoinHandle<(u16, Duration)> {
    tokio::spawn(async move {
        let response = raw::read_response(&mut stream).await.expect("an answer");
        let at = since.elapsed();
        assert!(
            response.text().contains("<h1"),
            "a page: {}",
            response.text()
        );
        assert_eq!(response.header("connection"), Some("close"));
        assert!(
            raw::wait_for_close(&mut stream, LATE).await.is_some(),
            "then closed"
        );
        (response.status, at)
    })
}

/// The earliest and latest of some durations.
fn range(times: &[Duration]) -> (Duration, Duration) {
    let min = times.iter().min().copied().unwrap_or_default();
    let max = times.iter().max().copied().unwrap_or_default();
    (min, max)
}

fn assert_closed_on_time(kind: &str, times: &[Duration], timeout: u64) {
    let (first, last) = range(times);
    eprintln!(
        "{kind}: {} of {} closed, after {first:.2?} to {last:.2?} (timeout {timeout} s)",
        times.len(),
        times.len()
    );
    // Not before the timeout (give or take the moment between the server's clock and ours),
    // and not much after.
    assert!(
        first >= secs(timeout) - Duration::from_millis(250),
        "{kind}: {first:?}"
    );
    assert!(last <= secs(timeout) + LATE, "{kind}: {last:?}");
}

async fn slow_clients_are_closed_while_readers_are_served(backend: Backend) {
    let app = spawn(backend, 2048, KEEP_ALIVE).await;
    let started = Instant::now();
    let (mut heads, mut bodies, mut idles, mut trickles) = (vec![], vec![], vec![], vec![]);
    for _ in 0..SLOW {
        let since = Instant::now();
        heads.push(closed_after(half_headers(&app).await, since));
        let stream = raw::missing_body(&app.address, "/nl/melden/terugkomen").await;
        bodies.push(answered_after(stream, Instant::now()));
        let stream = idle_after_request(&app).await;
        idles.push(closed_after(stream, Instant::now()));
    }
    // A body that keeps coming, a byte every half second (faster than the body timeout):
    // only the whole-request budget ends it.
    for _ in 0..10 {
        let mut stream = raw::connect(&app.address).await;
        raw::send(
            &mut stream,
            b"POST /nl/melden/terugkomen HTTP/1.1\r\nHost: x\r\nAccept: text/html\r\n\
              Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\n",
        )
        .await;
        let (mut reader, mut writer) = stream.into_split();
        let since = Instant::now();
        trickles.push(tokio::spawn(async move {
            let drip = async {
                loop {
                    tokio::time::sleep(Duration::from_millis(500)).await;
                    use tokio::io::AsyncWriteExt;
                    if writer.write_all(b"a").await.is_err() {
                        std::future::pending::<()>().await;
                    }
                }
            };
            let answer = async {
                let mut head = Vec::new();
                let mut byte = [0u8; 1];
                use tokio::io::AsyncReadExt;
                while !head.ends_with(b"\r\n\r\n") && reader.read(&mut byte).await.unwrap_or(0) == 1
                {
                    head.push(byte[0]);
                }
                (String::from_utf8_lossy(&head).into_owned(), since.elapsed())
            };
            tokio::select! {
                () = drip => unreachable!(),
                answer = answer => answer,
            }
        }));
    }
    let setup = started.elapsed();

    // Readers are served at once while all of these are open.
    let mut slowest = Duration::ZERO;
    for _ in 0..5 {
        slowest = slowest.max(read_page(&app).await);
    }
    let read_by = started.elapsed();
    eprintln!(
        "{} slow connections opened in {setup:.2?}; slowest of 5 pages meanwhile: {slowest:.2?}",
        3 * SLOW + 10
    );
    assert!(slowest < secs(1), "readers wait {slowest:?}");
    assert!(
        read_by < secs(HEADER),
        "the slow connections were all still open"
    );

    let mut times = Vec::new();
    for task in heads {
        times.push(task.await.expect("half headers"));
    }
    assert_closed_on_time("half headers", &times, HEADER);
    let mut times = Vec::new();
    for task in idles {
        times.push(task.await.expect("idle"));
    }
    assert_closed_on_time("idle keep-alive", &times, KEEP_ALIVE);
    let mut times = Vec::new();
    for task in bodies {
        let (status, at) = task.await.expect("missing body");
        assert_eq!(status, 408, "a body that never comes");
        times.push(at);
    }
    assert_closed_on_time("announced body never sent (408)", &times, BODY);
    let mut times = Vec::new();
    for task in trickles {
        let (head, at) = task.await.expect("trickle");
        assert!(head.starts_with("HTTP/1.1 408"), "{head}");
        times.push(at);
    }
    assert_closed_on_time("body trickling in (408)", &times, REQUEST);
}

/// Sends a whole request on a new connection and times its answer.
async fn timed_raw_read(app: &TestApp) -> Duration {
    let started = Instant::now();
    let mut stream = raw::connect(&app.address).await;
    raw::send(
        &mut stream,
        b"GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    )
    .await;
    let response = raw::read_response(&mut stream).await.expect("an answer");
    assert_eq!(response.status, 200);
    started.elapsed()
}

/// Times a reader while every slot is taken (`slots` says how): the cap holds it back at
/// least `least`, and it gets in within `most` (`why`).
async fn reader_waits(app: &TestApp, slots: &str, least: Duration, most: Duration, why: &str) {
    let waited = timed_raw_read(app).await;
    eprintln!("{slots}: a reader got in after {waited:.2?}");
    assert!(waited >= least, "the cap holds: {waited:?}");
    assert!(waited <= most, "{why}: {waited:?}");
}

async fn the_connection_cap_makes_readers_wait_but_lets_them_in(backend: Backend) {
    const CAP: u32 = 10;
    // Kept-alive connections would stay a minute: only the cap makes them go.
    let app = spawn(backend, CAP, 60).await;

    // All slots idle after a request: a reader waits until they have idled a second, then
    // they close to make room.
    let mut idles = Vec::new();
    for _ in 0..CAP {
        idles.push(closed_after(idle_after_request(&app).await, Instant::now()));
    }
    let slots = format!("cap {CAP}, all idle");
    let (least, most) = (Duration::from_millis(800), secs(1) + LATE);
    reader_waits(&app, &slots, least, most, "idle connections make room").await;
    for task in idles {
        let closed = task.await.expect("idle");
        assert!(
            closed < secs(5),
            "closed for the reader, not by keep-alive: {closed:?}"
        );
    }

    // All slots busy receiving headers: they are not idle, so the reader waits until the
    // header timeout frees a slot, and then gets in.
    let mut heads = Vec::new();
    for _ in 0..CAP {
        heads.push(closed_after(half_headers(&app).await, Instant::now()));
    }
    let slots = format!("cap {CAP}, all sending headers");
    let (least, most) = (
        secs(HEADER) - Duration::from_millis(500),
        secs(HEADER) + LATE,
    );
    reader_waits(&app, &slots, least, most, "the reader gets in").await;
    for task in heads {
        task.await.expect("half headers");
    }
}

async fn a_slow_video_reader_is_not_cut(backend: Backend) {
    use tokio::io::AsyncReadExt;
    let app = spawn(backend, 512, KEEP_ALIVE).await;
    let (_, page) = app.page("/nl/films/wat-moet-ik-doorgeven").await;
    let end = page.find(".mp4\"").expect("a video") + 4;
    let start = page[..end].rfind('"').expect("its address") + 1;
    let video = &page[start..end];

    let mut stream = raw::connect_slow_reader(&app.address).await;
    raw::send(
        &mut stream,
        format!("GET {video} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").as_bytes(),
    )
    .await;
    // Read what the small buffer holds every 25 ms: the whole file takes longer than the
    // request budget, but no write waits as long as the send timeout.
    let started = Instant::now();
    let mut received = Vec::new();
    let mut chunk = vec![0u8; 16 * 1024];
    loop {
        match stream.read(&mut chunk).await {
            Ok(0) | Err(_) => break,
            Ok(n) => received.extend_from_slice(&chunk[..n]),
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    let took = started.elapsed();
    let head_end = received
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("a head")
        + 4;
    let head = String::from_utf8_lossy(&received[..head_end]).to_lowercase();
    assert!(head.starts_with("http/1.1 200"), "{head}");
    let length: usize = head
        .lines()
        .find_map(|l| l.strip_prefix("content-length:"))
        .and_then(|v| v.trim().parse().ok())
        .expect("a length");
    eprintln!("a {length}-byte video read slowly in {took:.2?}");
    assert_eq!(received.len() - head_end, length, "the whole video");
    assert!(
        took > secs(REQUEST),
        "slower than the request budget: {took:?}"
    );
}

async fn a_stop_finishes_open_requests_and_closes_idle_connections(backend: Backend) {
    let mut app = spawn_binary(backend, &[]).await;
    let mut idle = raw::connect(&app.address).await;
    raw::send(&mut idle, b"GET /health HTTP/1.1\r\nHost: x\r\n\r\n").await;
    assert_eq!(
        raw::read_response(&mut idle).await.map(|r| r.status),
        Some(200)
    );

    // A form whose body is on its way: hyper's "100 Continue" says the handler waits for it.
    let mut busy = raw::connect(&app.address).await;
    raw::send(
        &mut busy,
        b"POST /nl/melden/terugkomen HTTP/1.1\r\nHost: x\r\nAccept: text/html\r\n\
          Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 10\r\n\
          Expect: 100-continue\r\n\r\n",
    )
    .await;
    let mut continued = [0u8; 25];
    {
        use tokio::io::AsyncReadExt;
        busy.read_exact(&mut continued).await.expect("100 Continue");
    }
    assert!(continued.starts_with(b"HTTP/1.1 100 Continue"));

    app.send_stop();
    let closed = raw::wait_for_close(&mut idle, secs(5)).await;
    assert!(
        closed.is_some(),
        "an idle connection closes at once on a stop"
    );
    eprintln!("stop: the idle connection closed after {closed:.2?}");
    // The open request still gets its answer.
    raw::send(&mut busy, b"code=12345").await;
    let answer = raw::read_response(&mut busy).await.expect("an answer");
    assert_eq!(answer.status, 422, "the wrong code's page");
    assert!(answer.text().contains("<h1"));
    let status = app.exit_status(secs(10)).await.expect("the server exits");
    assert!(status.success(), "{status:?}\n{}", app.logs());
}
