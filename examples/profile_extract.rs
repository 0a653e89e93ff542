//! Runs the extractor over a folder a few times (for profilers: `valgrind --tool=callgrind`, `perf`).
//! usage: cargo run --release --example profile_extract -- FOLDER [ROUNDS]

use dossier::corpus::{Corpus, ReadOptions};

/// The allocator of the app and the benchmarks, so that profiles show what they measure.
#[global_allocator]
static ALLOCATOR: dossier::allocator::Allocator = dossier::allocator::Allocator;

fn main() {
    let mut args = std::env::args().skip(1);
    let folder = args.next().unwrap_or_else(|| "seeds".into());
    let rounds: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(3);
    let corpus = match Corpus::load(std::path::Path::new(&folder), &ReadOptions::default()) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    };
    // The knowledge base loads on first use: not part of what is measured.
    dossier::extract::Knowledge::builtin();
    let mut mentions = 0;
    let started = std::time::Instant::now();
    for _ in 0..rounds {
        for d in &corpus.documents {
            mentions += dossier::extract::extract_document(d).mentions.len();
        }
    }
    let mb = (corpus.text_bytes() * rounds) as f64 / 1e6;
    let secs = started.elapsed().as_secs_f64();
    println!("{mentions} mentions; {mb:.1} MB in {secs:.2} s: {:.1} MB/s", mb / secs);
}
