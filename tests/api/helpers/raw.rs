//! HTTP/1.1 by hand over a real socket, for what an HTTP client will not do: send half a
//! request, announce a body and not send it, and notice exactly when the server closes.

use std::time::{Duration, Instant};
use tokio::{
    io::{AsyncReadExt, AsyncWriteExt},
    net::TcpStream,
};

/// The browser's Accept header for a page.
pub const ACCEPT_HTML: &str = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

#[derive(Debug)]
pub struct RawResponse {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl RawResponse {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// A connection to a test app's address (`http://127.0.0.1:port`).
pub async fn connect(address: &str) -> TcpStream {
    let host = address.trim_start_matches("http://");
    TcpStream::connect(host).await.expect("connect")
}

/// A socket with a tiny receive buffer, so the server's writes wait for this reader.
pub async fn connect_slow_reader(address: &str) -> TcpStream {
    let host: std::net::SocketAddr = address
        .trim_start_matches("http://")
        .parse()
        .expect("address");
    let socket = tokio::net::TcpSocket::new_v4().expect("socket");
    socket.set_recv_buffer_size(4096).expect("small buffer");
    socket.connect(host).await.expect("connect")
}

pub async fn send(stream: &mut TcpStream, bytes: &[u8]) {
    stream.write_all(bytes).await.expect("send");
}

/// A browser's form POST to `path` that announces 100 bytes of body and sends 6.
pub async fn missing_body(address: &str, path: &str) -> TcpStream {
    let mut stream = connect(address).await;
    send(
        &mut stream,
        format!(
            "POST {path} HTTP/1.1\r\nHost: x\r\nAccept: {ACCEPT_HTML}\r\n\
             Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\ncode=1"
        )
        .as_bytes(),
    )
    .await;
    stream
}

/// Reads one response: its head, then a body by Content-Length, chunks, or until the server
/// closes. `None` when the connection closes before a whole head arrived.
pub async fn read_response(stream: &mut TcpStream) -> Option<RawResponse> {
    let mut buffer = Vec::new();
    let head_end = loop {
        if let Some(at) = find(&buffer, b"\r\n\r\n") {
            break at;
        }
        let mut chunk = [0u8; 8192];
        match stream.read(&mut chunk).await {
            Ok(0) | Err(_) => return None,
            Ok(n) => buffer.extend_from_slice(&chunk[..n]),
        }
    };
    let head = String::from_utf8_lossy(&buffer[..head_end]).into_owned();
    let mut lines = head.split("\r\n");
    let status = lines.next()?.split(' ').nth(1)?.parse().ok()?;
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_owned(), v.trim().to_owned()))
        .collect();
    let mut response = RawResponse {
        status,
        headers,
        body: buffer[head_end + 4..].to_vec(),
    };
    if let Some(length) = response
        .header("content-length")
        .and_then(|v| v.parse::<usize>().ok())
    {
        while response.body.len() < length {
            let mut chunk = vec![0u8; length - response.body.len()];
            match stream.read(&mut chunk).await {
                Ok(0) | Err(_) => break,
                Ok(n) => response.body.extend_from_slice(&chunk[..n]),
            }
        }
    } else if response
        .header("transfer-encoding")
        .is_some_and(|v| v.contains("chunked"))
    {
        while find(&response.body, b"0\r\n\r\n").is_none() {
            let mut chunk = [0u8; 8192];
            match stream.read(&mut chunk).await {
                Ok(0) | Err(_) => break,
                Ok(n) => response.body.extend_from_slice(&chunk[..n]),
            }
        }
        response.body = dechunk(&response.body);
    } else {
        let _ = stream.read_to_end(&mut response.body).await;
    }
    Some(response)
}

/// Reads until the server closes the connection (or resets it); the time that took, or
/// `None` when it is still open after `limit`.
pub async fn wait_for_close(stream: &mut TcpStream, limit: Duration) -> Option<Duration> {
    let started = Instant::now();
    let drained = tokio::time::timeout(limit, async {
        let mut sink = [0u8; 8192];
        loop {
            match stream.read(&mut sink).await {
                Ok(0) | Err(_) => return,
                Ok(_) => {}
            }
        }
    })
    .await;
    drained.ok().map(|()| started.elapsed())
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn dechunk(mut body: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(line_end) = find(body, b"\r\n") {
        let size = std::str::from_utf8(&body[..line_end])
            .ok()
            .and_then(|s| usize::from_str_radix(s.trim(), 16).ok())
            .unwrap_or(0);
        if size == 0 {
            break;
        }
        let start = line_end + 2;
        let end = (start + size).min(body.len());
        out.extend_from_slice(&body[start..end]);
        body = &body[(end + 2).min(body.len())..];
    }
    out
}
