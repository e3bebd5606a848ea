//! Log lines written by a thread of their own, in batches. A request's line is appended to a
//! shared buffer; the log thread takes the whole buffer every [`FLUSH_EVERY`] (or as soon as
//! [`WAKE_AT`] bytes wait) and writes it to stdout in one go. A channel with a message per
//! line (tracing-appender) woke that thread for almost every request, and each wake-up took
//! the processor from a request in flight: p99 latency of cached pages at a fixed rate went
//! from about 2 ms to 8–16 ms with request logging on.
//!
//! Nothing is dropped: past [`MAX_WAITING`] bytes, logging waits for the thread to catch up.
//! The guard writes what is left when it is dropped (at the end of `main`).

use std::{
    io::{self, Write},
    sync::{Arc, Condvar, Mutex, MutexGuard},
    thread::JoinHandle,
    time::Duration,
};

/// Longest a line waits before it is written.
pub const FLUSH_EVERY: Duration = Duration::from_millis(100);
/// Waiting bytes that wake the log thread before its time.
const WAKE_AT: usize = 256 * 1024;
/// Waiting bytes beyond which logging waits for the log thread.
const MAX_WAITING: usize = 8 * 1024 * 1024;

#[derive(Default)]
struct Shared {
    state: Mutex<State>,
    /// The log thread waits here for lines (or its time, or the end).
    ready: Condvar,
    /// Loggers wait here while [`MAX_WAITING`] bytes wait.
    space: Condvar,
}

#[derive(Default)]
struct State {
    waiting: Vec<u8>,
    stopping: bool,
}

impl Shared {
    fn state(&self) -> MutexGuard<'_, State> {
        // Nothing panics while holding it; the bytes in a poisoned lock are still lines.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// Where the subscriber writes: one per event, all appending to the same buffer.
#[derive(Clone)]
pub struct BatchedWriter(Arc<Shared>);

impl Write for BatchedWriter {
    fn write(&mut self, line: &[u8]) -> io::Result<usize> {
        let mut state = self.0.state();
        if state.stopping {
            // The log thread has ended (the process is stopping): straight out.
            drop(state);
            return io::stdout().write_all(line).map(|()| line.len());
        }
        while state.waiting.len() >= MAX_WAITING && !state.stopping {
            state = self.0.space.wait(state).unwrap_or_else(|e| e.into_inner());
        }
        let before = state.waiting.len();
        state.waiting.extend_from_slice(line);
        if before < WAKE_AT && state.waiting.len() >= WAKE_AT {
            self.0.ready.notify_one();
        }
        Ok(line.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// Keeps the log thread; dropped, it writes what is left and ends the thread.
pub struct LogGuard {
    shared: Arc<Shared>,
    thread: Option<JoinHandle<()>>,
}

impl Drop for LogGuard {
    fn drop(&mut self) {
        self.shared.state().stopping = true;
        self.shared.ready.notify_one();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// A writer for the subscriber and the guard of the thread that writes to `out`.
pub fn batched(out: impl Write + Send + 'static) -> io::Result<(BatchedWriter, LogGuard)> {
    let shared = Arc::new(Shared::default());
    let thread = std::thread::Builder::new()
        .name("log-writer".into())
        .spawn({
            let shared = shared.clone();
            move || write_batches(&shared, out)
        })?;
    Ok((
        BatchedWriter(shared.clone()),
        LogGuard {
            shared,
            thread: Some(thread),
        },
    ))
}

fn write_batches(shared: &Shared, mut out: impl Write) {
    let mut batch = Vec::new();
    loop {
        let stopping = {
            let mut state = shared.state();
            if state.waiting.len() < WAKE_AT && !state.stopping {
                state = shared
                    .ready
                    .wait_timeout(state, FLUSH_EVERY)
                    .map(|(state, _)| state)
                    .unwrap_or_else(|e| e.into_inner().0);
            }
            // The buffers change places: the loggers keep the emptied one's capacity.
            std::mem::swap(&mut batch, &mut state.waiting);
            state.stopping
        };
        shared.space.notify_all();
        if !batch.is_empty() {
            // Nowhere to report a failed log write; the next batch tries again.
            let _ = out.write_all(&batch).and_then(|()| out.flush());
            batch.clear();
        }
        if stopping && shared.state().waiting.is_empty() {
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Instant;

    /// An output the test can read while the log thread writes to it.
    #[derive(Clone, Default)]
    struct Captured(Arc<Mutex<Vec<u8>>>);

    impl Write for Captured {
        fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(bytes);
            Ok(bytes.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn lines_are_written_in_order_within_the_flush_time_and_all_at_the_end() {
        let out = Captured::default();
        let (writer, guard) = batched(out.clone()).unwrap();
        let mut writer = writer;
        writer.write_all(b"first\n").unwrap();
        let written = Instant::now();
        while out.0.lock().unwrap().is_empty() {
            assert!(
                written.elapsed() < FLUSH_EVERY * 20,
                "a lone line is written within the flush time"
            );
            std::thread::sleep(Duration::from_millis(5));
        }
        let lines = 20_000;
        let threads: Vec<_> = (0..4)
            .map(|t| {
                let mut writer = writer.clone();
                std::thread::spawn(move || {
                    for n in 0..lines / 4 {
                        writer.write_all(format!("{t} {n}\n").as_bytes()).unwrap();
                    }
                })
            })
            .collect();
        for thread in threads {
            thread.join().unwrap();
        }
        drop(guard);
        let text = String::from_utf8(out.0.lock().unwrap().clone()).unwrap();
        let mut seen = text.lines();
        assert_eq!(seen.next(), Some("first"));
        let rest: Vec<&str> = seen.collect();
        assert_eq!(rest.len(), lines, "nothing is lost, also at the end");
        for t in 0..4 {
            let numbers: Vec<usize> = rest
                .iter()
                .filter_map(|l| l.strip_prefix(&format!("{t} ")))
                .map(|n| n.parse().unwrap())
                .collect();
            assert_eq!(numbers, (0..lines / 4).collect::<Vec<_>>(), "in order");
        }
    }
}
