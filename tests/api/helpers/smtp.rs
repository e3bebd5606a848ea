//! A tiny real SMTP server on loopback for the mail tests. It speaks just enough SMTP for a
//! real client (greeting, EHLO/HELO, AUTH PLAIN, MAIL, RCPT, DATA, RSET, NOOP, QUIT) and keeps
//! every message it accepted.

use super::Deadline;
use base64::Engine;
use std::{
    sync::{
        Arc, Mutex,
        atomic::{AtomicUsize, Ordering},
    },
    time::Duration,
};
use tokio::{
    io::{AsyncBufReadExt, AsyncWriteExt, BufReader},
    net::{TcpListener, TcpStream},
    task::{JoinHandle, JoinSet},
};

/// One message as the server received it.
#[derive(Debug, Clone, Default)]
pub struct Received {
    /// The name the client gave in EHLO/HELO.
    pub hello: String,
    /// User and password from AUTH PLAIN, when the client logged in.
    pub login: Option<(String, String)>,
    pub mail_from: String,
    pub rcpt_to: Vec<String>,
    /// The message as sent after DATA, dot-unstuffed, without the final dot.
    pub data: Vec<u8>,
}

pub struct SmtpServer {
    pub port: u16,
    received: Arc<Mutex<Vec<Received>>>,
    /// Connections accepted so far: every delivery attempt opens one, sent or not.
    connections: Arc<AtomicUsize>,
    task: JoinHandle<()>,
}

impl SmtpServer {
    /// Listens on a free loopback port.
    pub async fn start() -> SmtpServer {
        SmtpServer::start_on(0).await
    }

    /// Listens on `port` (e.g. again on the port of a server that was stopped).
    pub async fn start_on(port: u16) -> SmtpServer {
        let listener = TcpListener::bind(("127.0.0.1", port))
            .await
            .expect("the SMTP test server can listen");
        let port = listener.local_addr().expect("local address").port();
        let received = Arc::new(Mutex::new(Vec::new()));
        let connections = Arc::new(AtomicUsize::new(0));
        let task = tokio::spawn(serve(listener, received.clone(), connections.clone()));
        SmtpServer {
            port,
            received,
            connections,
            task,
        }
    }

    pub fn received(&self) -> Vec<Received> {
        self.received.lock().expect("not poisoned").clone()
    }

    pub fn connections(&self) -> usize {
        self.connections.load(Ordering::SeqCst)
    }

    /// Waits until at least `count` messages arrived; panics after `within`.
    pub async fn wait_for(&self, count: usize, within: Duration) -> Vec<Received> {
        let deadline = Deadline::after(within, Duration::from_millis(50));
        loop {
            let received = self.received();
            if received.len() >= count {
                return received;
            }
            deadline
                .next_poll(|| {
                    format!(
                        "the SMTP server received {} of {count} messages in {within:?}",
                        received.len()
                    )
                })
                .await;
        }
    }

    /// Stops listening and drops every open connection.
    pub async fn stop(mut self) {
        self.task.abort();
        // Resolves once the task and its listener are gone.
        let _ = (&mut self.task).await;
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

async fn serve(
    listener: TcpListener,
    received: Arc<Mutex<Vec<Received>>>,
    connections: Arc<AtomicUsize>,
) {
    // Dropping the set (when this task is aborted) ends every session.
    let mut sessions = JoinSet::new();
    loop {
        tokio::select! {
            accepted = listener.accept() => {
                if let Ok((stream, _)) = accepted {
                    connections.fetch_add(1, Ordering::SeqCst);
                    sessions.spawn(session(stream, received.clone()));
                }
            }
            Some(_) = sessions.join_next(), if !sessions.is_empty() => {}
        }
    }
}

/// The address between `<` and `>` in `MAIL FROM:<a@b> BODY=8BITMIME`.
fn angle_address(argument: &str) -> String {
    argument
        .split_once('<')
        .and_then(|(_, rest)| rest.split_once('>'))
        .map_or_else(
            || argument.trim().to_owned(),
            |(address, _)| address.to_owned(),
        )
}

async fn session(stream: TcpStream, received: Arc<Mutex<Vec<Received>>>) -> std::io::Result<()> {
    let (read, mut write) = stream.into_split();
    let mut read = BufReader::new(read);
    write.write_all(b"220 smtp.test ESMTP ready\r\n").await?;
    let mut hello = String::new();
    let mut login = None;
    let mut current = Received::default();
    loop {
        let mut raw = Vec::new();
        if read.read_until(b'\n', &mut raw).await? == 0 {
            return Ok(());
        }
        let line = String::from_utf8_lossy(&raw).trim_end().to_owned();
        let upper = line.to_ascii_uppercase();
        let argument = line.get(4..).unwrap_or_default().trim().to_owned();
        if upper.starts_with("EHLO") {
            hello = argument;
            write
                .write_all(b"250-smtp.test\r\n250 AUTH PLAIN\r\n")
                .await?;
        } else if upper.starts_with("HELO") {
            hello = argument;
            write.write_all(b"250 smtp.test\r\n").await?;
        } else if upper.starts_with("AUTH PLAIN") {
            let mut encoded = line.get(10..).unwrap_or_default().trim().to_owned();
            if encoded.is_empty() {
                write.write_all(b"334 \r\n").await?;
                let mut answer = Vec::new();
                read.read_until(b'\n', &mut answer).await?;
                encoded = String::from_utf8_lossy(&answer).trim().to_owned();
            }
            let decoded = base64::engine::general_purpose::STANDARD
                .decode(encoded)
                .unwrap_or_default();
            let parts: Vec<String> = decoded
                .split(|b| *b == 0)
                .map(|p| String::from_utf8_lossy(p).into_owned())
                .collect();
            login = match parts.as_slice() {
                [_, user, password] => Some((user.clone(), password.clone())),
                _ => None,
            };
            write
                .write_all(b"235 2.7.0 Authentication succeeded\r\n")
                .await?;
        } else if upper.starts_with("MAIL FROM:") {
            current = Received {
                hello: hello.clone(),
                login: login.clone(),
                mail_from: angle_address(&line[10..]),
                ..Received::default()
            };
            write.write_all(b"250 2.1.0 OK\r\n").await?;
        } else if upper.starts_with("RCPT TO:") {
            current.rcpt_to.push(angle_address(&line[8..]));
            write.write_all(b"250 2.1.5 OK\r\n").await?;
        } else if upper == "DATA" {
            write
                .write_all(b"354 End data with <CR><LF>.<CR><LF>\r\n")
                .await?;
            let mut data = Vec::new();
            loop {
                let mut raw = Vec::new();
                if read.read_until(b'\n', &mut raw).await? == 0 {
                    return Ok(());
                }
                if raw == b".\r\n" || raw == b".\n" {
                    break;
                }
                // Dot-stuffing: a line starting with a dot was sent with one more.
                let line = raw.strip_prefix(b".").unwrap_or(&raw);
                data.extend_from_slice(line);
            }
            current.data = data;
            received
                .lock()
                .expect("not poisoned")
                .push(std::mem::take(&mut current));
            write.write_all(b"250 2.0.0 OK: queued\r\n").await?;
        } else if upper.starts_with("RSET") {
            current = Received::default();
            write.write_all(b"250 2.0.0 OK\r\n").await?;
        } else if upper.starts_with("NOOP") {
            write.write_all(b"250 2.0.0 OK\r\n").await?;
        } else if upper.starts_with("QUIT") {
            write.write_all(b"221 2.0.0 Bye\r\n").await?;
            return Ok(());
        } else {
            write
                .write_all(b"502 5.5.2 Command not recognized\r\n")
                .await?;
        }
    }
}
