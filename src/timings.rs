//! Timings for the benchmarks: the phases of opening a folder (reading, extracting, resolving, indexing for the
//! window), printed when `DOSSIER_TIMINGS` is set. Here rather than in the pipeline: the extractor and the
//! analysis time their own steps too.

use std::time::Instant;

/// Prints how long each phase of opening a folder took, and the memory in use after it, when `DOSSIER_TIMINGS` is
/// set (for the benchmarks).
pub(crate) struct PhaseTimer {
    on: bool,
    last: Instant,
}

impl PhaseTimer {
    /// Starts timing the first phase.
    pub(crate) fn new() -> Self {
        PhaseTimer { on: std::env::var_os("DOSSIER_TIMINGS").is_some(), last: Instant::now() }
    }
    /// Ends `phase` (printing it, when asked for) and starts timing the next.
    pub(crate) fn done(&mut self, phase: &str) {
        if self.on {
            // Resident memory, where the system says (Linux): pages of 4 KiB in the second field of statm.
            let resident = std::fs::read_to_string("/proc/self/statm")
                .ok()
                .and_then(|s| s.split_whitespace().nth(1).and_then(|p| p.parse::<u64>().ok()))
                .map_or(String::new(), |pages| format!(", {} MB resident", pages * 4096 / 1_000_000));
            eprintln!("dossier: {phase}: {:.2} s{resident}", self.last.elapsed().as_secs_f64());
        }
        self.last = Instant::now();
    }
}
