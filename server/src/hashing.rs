//! argon2id work (receipt codes, staff passwords) on a small pool of its own.
//!
//! Each argon2id run needs ~19 MiB. Run on tokio's blocking pool, every run allocated that
//! afresh on whichever of up to 512 threads it landed on, and the allocator kept it: a few
//! hundred wrong receipt codes took the server past 1 GB that it never gave back. Here a
//! fixed number of threads (one per core) each take one block of argon2 memory when work
//! comes, reuse it while jobs keep waiting, and give it back when the queue is empty (with
//! `allocator::tune`, freeing it returns it to the system: no 38 MB held for readers' sake);
//! work beyond a bounded queue is refused at once ([`HashError::Busy`]), so a flood costs
//! waiting, never memory.

use argon2::Block;
use std::{
    panic::AssertUnwindSafe,
    sync::{
        Arc, Mutex,
        mpsc::{Receiver, SyncSender, TryRecvError, TrySendError, sync_channel},
    },
};

/// argon2's default memory cost (19 MiB in 1 KiB blocks), what every Helder hash uses.
pub const MEMORY_BLOCKS: usize = argon2::Params::DEFAULT_M_COST as usize;

/// Argon2 working memory, held by a pool thread while jobs keep coming.
pub type Memory = [Block];

type Job = Box<dyn FnOnce(&mut Memory) + Send>;

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum HashError {
    /// Every worker is busy and the queue is full: try again shortly.
    #[error("too many hashes waiting")]
    Busy,
    /// The pool is gone (the server is stopping) or the job panicked.
    #[error("the hashing pool stopped")]
    Stopped,
}

/// A bounded pool for argon2id: `workers` threads, at most `queue` jobs waiting.
pub struct HashPool {
    sender: SyncSender<Job>,
    workers: usize,
}

impl std::fmt::Debug for HashPool {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HashPool")
            .field("workers", &self.workers)
            .finish()
    }
}

impl HashPool {
    /// One worker per core (as the machine reports it), and a queue of 16 per worker.
    pub fn for_this_machine() -> Arc<HashPool> {
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        HashPool::new(cores, 16 * cores)
    }

    pub fn new(workers: usize, queue: usize) -> Arc<HashPool> {
        let workers = workers.max(1);
        let (sender, receiver) = sync_channel::<Job>(queue);
        let receiver = Arc::new(Mutex::new(receiver));
        for n in 0..workers {
            let receiver = receiver.clone();
            let spawned = std::thread::Builder::new()
                .name(format!("argon2-{n}"))
                .spawn(move || work(&receiver));
            if let Err(error) = spawned {
                tracing::error!(%error, "could not start a hashing thread");
            }
        }
        Arc::new(HashPool { sender, workers })
    }

    pub fn workers(&self) -> usize {
        self.workers
    }

    /// Runs `job` on a pool thread with that thread's argon2 memory.
    pub async fn run<T: Send + 'static>(
        &self,
        job: impl FnOnce(&mut Memory) -> T + Send + 'static,
    ) -> Result<T, HashError> {
        self.submit(job)?.await
    }

    /// Queues `job`, or refuses it at once when the queue is full; the future is its result.
    pub fn submit<T, F>(
        &self,
        job: F,
    ) -> Result<impl Future<Output = Result<T, HashError>> + use<T, F>, HashError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Memory) -> T + Send + 'static,
    {
        let (reply, answer) = tokio::sync::oneshot::channel();
        let job: Job = Box::new(move |memory| {
            let _ = reply.send(job(memory));
        });
        self.sender.try_send(job).map_err(|error| match error {
            TrySendError::Full(_) => HashError::Busy,
            TrySendError::Disconnected(_) => HashError::Stopped,
        })?;
        Ok(async move { answer.await.map_err(|_| HashError::Stopped) })
    }
}

fn work(receiver: &Mutex<Receiver<Job>>) {
    // A poisoned lock means a thread panicked while waiting; the receiver is fine.
    let lock = || receiver.lock().unwrap_or_else(|e| e.into_inner());
    loop {
        let Ok(mut job) = lock().recv() else {
            return;
        };
        let mut memory = vec![Block::default(); MEMORY_BLOCKS];
        loop {
            // A panicking job drops its reply (the caller sees Stopped); the thread carries on.
            let _ = std::panic::catch_unwind(AssertUnwindSafe(|| job(&mut memory)));
            match lock().try_recv() {
                Ok(next) => job = next,
                // Nothing waiting: the memory goes back until the next job.
                Err(TryRecvError::Empty) => break,
                Err(TryRecvError::Disconnected) => return,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[tokio::test]
    async fn jobs_run_with_the_workers_memory() {
        let pool = HashPool::new(2, 4);
        let size = pool.run(|memory| memory.len()).await;
        assert_eq!(size, Ok(MEMORY_BLOCKS));
    }

    #[tokio::test]
    async fn a_full_queue_is_refused_at_once_and_a_panic_stops_nothing() {
        let pool = HashPool::new(1, 1);
        let (release, gate) = std::sync::mpsc::channel::<()>();
        let started = Arc::new(AtomicUsize::new(0));
        // One job holds the only worker, one waits in the queue: the third is refused.
        let holding = {
            let started = started.clone();
            pool.submit(move |_| {
                started.fetch_add(1, Ordering::SeqCst);
                let _ = gate.recv();
            })
            .expect("the first job is taken")
        };
        while started.load(Ordering::SeqCst) == 0 {
            tokio::task::yield_now().await;
        }
        let waiting = pool
            .submit(|_| 7)
            .expect("the second job waits in the queue");
        assert_eq!(
            pool.submit(|_| 0).err(),
            Some(HashError::Busy),
            "a job beyond the queue is refused at once"
        );
        release.send(()).unwrap();
        assert_eq!(holding.await, Ok(()));
        assert_eq!(waiting.await, Ok(7));
        let panicked = pool.run(|_| -> u8 { panic!("a job that panics") }).await;
        assert_eq!(panicked, Err(HashError::Stopped));
        assert_eq!(pool.run(|_| 1).await, Ok(1), "the worker survived");
    }
}
