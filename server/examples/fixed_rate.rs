//! A fixed-rate HTTP/1.1 load client for `.ci/bench-public` (not part of Helder). oha at a
//! fixed rate needed about as much processor time as the server it measured, and on two
//! shared cores its own delays showed up as the server's latency (nginx measured 20–90 ms).
//! This client does only what the figure needs: keep-alive connections on one thread, a
//! prepared request, the answer read by its length (or its chunks). A request the server held
//! up (its connection still busy when the next was due) counts from when it was due, so a
//! slow server cannot hide its queue (no coordinated omission).
//!
//! Usage: `fixed_rate URL RATE SECONDS CONNECTIONS [ACCEPT-ENCODING]`; prints one line of
//! JSON: `{"sent":…,"per_second":…,"p50":…,"p90":…,"p99":…,"p999":…,"errors":…}` (ms).

use std::{cell::RefCell, rc::Rc, time::Duration};
use tokio::{
    io::{AsyncReadExt, AsyncWriteExt},
    net::TcpStream,
    time::Instant,
};

struct Target {
    address: String,
    request: Vec<u8>,
}

fn parse_args() -> Result<(Target, f64, Duration, usize), String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [url, rate, seconds, connections, rest @ ..] = args.as_slice() else {
        return Err("usage: fixed_rate URL RATE SECONDS CONNECTIONS [ACCEPT-ENCODING]".into());
    };
    let without = url.strip_prefix("http://").ok_or("only http:// URLs")?;
    let (address, path) = without.split_at(without.find('/').unwrap_or(without.len()));
    let path = if path.is_empty() { "/" } else { path };
    let mut request =
        format!("GET {path} HTTP/1.1\r\nHost: {address}\r\nUser-Agent: fixed_rate\r\n");
    if let Some(encoding) = rest.first() {
        request.push_str(&format!("Accept-Encoding: {encoding}\r\n"));
    }
    request.push_str("\r\n");
    let number = |text: &str| text.parse::<f64>().map_err(|e| format!("{text}: {e}"));
    Ok((
        Target {
            address: address.to_owned(),
            request: request.into_bytes(),
        },
        number(rate)?,
        Duration::from_secs_f64(number(seconds)?),
        number(connections)? as usize,
    ))
}

/// Reads one answer: the head, then the body by `Content-Length` or by chunks. `buffer` keeps
/// what was read beyond it (nothing, as requests are not pipelined).
async fn read_answer(stream: &mut TcpStream, buffer: &mut Vec<u8>) -> std::io::Result<()> {
    let head_end = loop {
        if let Some(at) = find(buffer, b"\r\n\r\n") {
            break at + 4;
        }
        fill(stream, buffer).await?;
    };
    let head = String::from_utf8_lossy(&buffer[..head_end]).to_ascii_lowercase();
    let length = head
        .lines()
        .find_map(|line| line.strip_prefix("content-length:"))
        .and_then(|value| value.trim().parse::<usize>().ok());
    buffer.drain(..head_end);
    match length {
        Some(length) => {
            while buffer.len() < length {
                fill(stream, buffer).await?;
            }
            buffer.drain(..length);
        }
        None if head.contains("transfer-encoding: chunked") => loop {
            let line_end = loop {
                if let Some(at) = find(buffer, b"\r\n") {
                    break at;
                }
                fill(stream, buffer).await?;
            };
            let size_text = String::from_utf8_lossy(&buffer[..line_end]).into_owned();
            let size = usize::from_str_radix(size_text.split(';').next().unwrap_or("").trim(), 16)
                .map_err(|_| std::io::Error::other("bad chunk size"))?;
            // The chunk, its line end; the last chunk (0) ends with an empty line.
            let need = line_end + 2 + size + 2;
            while buffer.len() < need {
                fill(stream, buffer).await?;
            }
            buffer.drain(..need);
            if size == 0 {
                break;
            }
        },
        None => return Err(std::io::Error::other("an answer without a length")),
    }
    Ok(())
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

async fn fill(stream: &mut TcpStream, buffer: &mut Vec<u8>) -> std::io::Result<()> {
    let mut chunk = [0u8; 16 * 1024];
    let read = stream.read(&mut chunk).await?;
    if read == 0 {
        return Err(std::io::ErrorKind::UnexpectedEof.into());
    }
    buffer.extend_from_slice(&chunk[..read]);
    Ok(())
}

fn percentile(sorted: &[u64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let index = ((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len()) - 1;
    sorted[index] as f64 / 1000.0
}

fn main() {
    let (target, rate, duration, connections) = match parse_args() {
        Ok(args) => args,
        Err(message) => {
            eprintln!("{message}");
            std::process::exit(2);
        }
    };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(async move {
        let target = Rc::new(target);
        let latencies = Rc::new(RefCell::new(Vec::<u64>::new()));
        let errors = Rc::new(RefCell::new(0u64));
        let interval = Duration::from_secs_f64(connections as f64 / rate);
        let start = Instant::now() + Duration::from_millis(50);
        let end = start + duration;
        let local = tokio::task::LocalSet::new();
        for n in 0..connections {
            let (target, latencies, errors) = (target.clone(), latencies.clone(), errors.clone());
            local.spawn_local(async move {
                let mut due = start + interval.mul_f64(n as f64 / connections as f64);
                let mut buffer = Vec::with_capacity(64 * 1024);
                let mut stream: Option<TcpStream> = None;
                let mut free_since = start;
                while due < end {
                    tokio::time::sleep_until(due).await;
                    // Counted from when it was due if the connection was still busy then (the
                    // server's delay); otherwise from the send (the timer's 1 ms is the
                    // client's, not the server's).
                    let from = if free_since > due { due } else { Instant::now() };
                    let mut answered = false;
                    // A kept-alive connection the server closed (nginx does after 1,000
                    // requests) is opened again once.
                    for _ in 0..2 {
                        if stream.is_none() {
                            stream = TcpStream::connect(&target.address).await.ok();
                            if let Some(s) = &stream {
                                let _ = s.set_nodelay(true);
                            }
                            buffer.clear();
                        }
                        answered = match stream.as_mut() {
                            Some(s) => match s.write_all(&target.request).await {
                                Ok(()) => read_answer(s, &mut buffer).await.is_ok(),
                                Err(_) => false,
                            },
                            None => false,
                        };
                        if answered {
                            break;
                        }
                        stream = None;
                    }
                    free_since = Instant::now();
                    if answered {
                        latencies.borrow_mut().push((free_since - from).as_micros() as u64);
                    } else {
                        *errors.borrow_mut() += 1;
                    }
                    due += interval;
                }
            });
        }
        local.await;
        let mut sorted = latencies.borrow().clone();
        sorted.sort_unstable();
        let sent = sorted.len();
        println!(
            "{{\"sent\":{sent},\"per_second\":{:.0},\"p50\":{:.3},\"p90\":{:.3},\"p99\":{:.3},\"p999\":{:.3},\"errors\":{}}}",
            sent as f64 / duration.as_secs_f64(),
            percentile(&sorted, 0.50),
            percentile(&sorted, 0.90),
            percentile(&sorted, 0.99),
            percentile(&sorted, 0.999),
            errors.borrow()
        );
    });
}
