//! [`LayoutRunner`]: a [`Layout`] stepping on its own thread, so a UI only ever copies finished positions.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender, TryRecvError};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use super::Layout;

/// Positions published by a [`LayoutRunner`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LayoutSnapshot {
    /// Every node's position.
    pub positions: Vec<[f32; 2]>,
    /// Iterations run since the layout (re)started.
    pub iterations: u64,
    /// Mean movement of the last step relative to the layout's radius.
    pub relative_movement: f64,
    /// The layout has settled (or hit the iteration cap) and the thread is idle.
    pub settled: bool,
    /// The layout is frozen.
    pub paused: bool,
    /// Bumped at every publication, so readers can skip copies they already have.
    pub version: u64,
}

/// How a [`LayoutRunner`] paces itself.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RunnerOptions {
    /// At least this long between steps (the animation's pace for small graphs, which would otherwise settle
    /// before the first frame); big graphs step as fast as they can.
    pub min_step_interval: Duration,
    /// Stop after this many iterations even if not settled.
    pub max_iterations: u64,
}

impl Default for RunnerOptions {
    fn default() -> Self {
        RunnerOptions { min_step_interval: Duration::from_millis(8), max_iterations: 3_000 }
    }
}

enum Command {
    Move(usize, [f32; 2]),
    Pin(usize, bool),
    Pause(bool),
    Restart(u64),
}

/// A [`Layout`] running on its own thread. The owner sends edits (move, pin, freeze, restart) without waiting,
/// and copies the latest published positions with [`LayoutRunner::read`], which never blocks on a step: the
/// thread holds the snapshot's lock only while copying positions into it. Dropping the runner stops the thread.
pub struct LayoutRunner {
    commands: Sender<Command>,
    snapshot: Arc<Mutex<LayoutSnapshot>>,
    stop: Arc<AtomicBool>,
}

impl std::fmt::Debug for LayoutRunner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LayoutRunner").finish_non_exhaustive()
    }
}

impl LayoutRunner {
    /// Starts running `layout` on a new thread. If no thread can be started, the initial positions stay and the
    /// snapshot says settled.
    pub fn spawn(layout: Layout, options: RunnerOptions) -> LayoutRunner {
        let (tx, rx) = mpsc::channel();
        let snapshot = Arc::new(Mutex::new(LayoutSnapshot {
            positions: layout.positions(),
            settled: layout.is_empty(),
            version: 1,
            ..LayoutSnapshot::default()
        }));
        let stop = Arc::new(AtomicBool::new(false));
        let worker = Worker { layout, options, rx, snapshot: Arc::clone(&snapshot), stop: Arc::clone(&stop) };
        let spawned = std::thread::Builder::new().name("dossier-layout".into()).spawn(move || worker.run());
        if spawned.is_err()
            && let Ok(mut s) = snapshot.lock()
        {
            s.settled = true;
        }
        LayoutRunner { commands: tx, snapshot, stop }
    }

    /// Copies the latest positions into `out` if they are newer than `version`; returns the snapshot's state
    /// `(version, settled, paused, iterations)` when something was copied. Never waits for a step: when the
    /// thread is publishing at this very moment, it returns `None` and the caller keeps what it has.
    pub fn read(&self, version: u64, out: &mut Vec<[f32; 2]>) -> Option<(u64, bool, bool, u64)> {
        let snap = self.snapshot.try_lock().ok()?;
        if snap.version == version {
            return None;
        }
        out.clear();
        out.extend_from_slice(&snap.positions);
        Some((snap.version, snap.settled, snap.paused, snap.iterations))
    }

    /// A copy of the latest snapshot (waits for the lock, which is held only while positions are copied).
    pub fn snapshot(&self) -> LayoutSnapshot {
        self.snapshot.lock().map(|s| s.clone()).unwrap_or_default()
    }

    /// Whether the layout is still moving (neither settled nor frozen).
    pub fn is_running(&self) -> bool {
        self.snapshot.lock().map(|s| !s.settled && !s.paused).unwrap_or(false)
    }

    /// Moves node `i` to `p` (pin it too, to keep it there).
    pub fn move_node(&self, i: usize, p: [f32; 2]) {
        let _ = self.commands.send(Command::Move(i, p));
    }

    /// Pins or unpins node `i`.
    pub fn set_pinned(&self, i: usize, pinned: bool) {
        let _ = self.commands.send(Command::Pin(i, pinned));
    }

    /// Freezes (`true`) or resumes (`false`) the layout.
    pub fn set_paused(&self, paused: bool) {
        let _ = self.commands.send(Command::Pause(paused));
    }

    /// Starts the layout again from random positions drawn with `seed` (pinned nodes stay).
    pub fn restart(&self, seed: u64) {
        let _ = self.commands.send(Command::Restart(seed));
    }
}

impl Drop for LayoutRunner {
    fn drop(&mut self) {
        // The thread notices within one step, or at once when it is waiting for commands (the channel closes).
        self.stop.store(true, Ordering::Relaxed);
    }
}

struct Worker {
    layout: Layout,
    options: RunnerOptions,
    rx: Receiver<Command>,
    snapshot: Arc<Mutex<LayoutSnapshot>>,
    stop: Arc<AtomicBool>,
}

impl Worker {
    fn run(mut self) {
        let mut paused = false;
        let mut capped = false;
        let mut last_step = Instant::now() - self.options.min_step_interval;
        let mut relative = 0.0;
        loop {
            if self.stop.load(Ordering::Relaxed) {
                return;
            }
            let idle = paused || capped || self.layout.is_settled();
            // Idle: sleep until a command comes (or the runner is dropped and the channel closes).
            let first = if idle {
                match self.rx.recv_timeout(Duration::from_millis(250)) {
                    Ok(c) => Some(c),
                    Err(RecvTimeoutError::Timeout) => continue,
                    Err(RecvTimeoutError::Disconnected) => return,
                }
            } else {
                None
            };
            let mut changed = false;
            let mut next = first;
            loop {
                let command = match next.take() {
                    Some(c) => c,
                    None => match self.rx.try_recv() {
                        Ok(c) => c,
                        Err(TryRecvError::Empty) => break,
                        Err(TryRecvError::Disconnected) => return,
                    },
                };
                changed = true;
                match command {
                    Command::Move(i, p) => {
                        self.layout.set_position(i, p);
                        capped = false;
                    }
                    Command::Pin(i, pin) => self.layout.set_pinned(i, pin),
                    Command::Pause(p) => paused = p,
                    Command::Restart(seed) => {
                        self.layout.restart(seed);
                        capped = false;
                    }
                }
            }
            let runs = !paused && !capped && !self.layout.is_settled();
            if runs {
                let wait = self.options.min_step_interval.saturating_sub(last_step.elapsed());
                if !wait.is_zero() {
                    std::thread::sleep(wait);
                }
                last_step = Instant::now();
                relative = self.layout.step().relative_movement;
                capped = self.layout.iterations() >= self.options.max_iterations;
            }
            if runs || changed {
                self.publish(relative, paused, capped);
            }
        }
    }

    fn publish(&self, relative: f64, paused: bool, capped: bool) {
        if let Ok(mut s) = self.snapshot.lock() {
            self.layout.copy_positions(&mut s.positions);
            s.iterations = self.layout.iterations();
            s.relative_movement = relative;
            s.settled = capped || self.layout.is_settled();
            s.paused = paused;
            s.version += 1;
        }
    }
}
