//! Runs the extractor over a folder a few times (for profilers: `valgrind --tool=callgrind`, `perf`).
//! usage: cargo run --release --example profile_extract -- FOLDER [ROUNDS]

use dossier::corpus::ReadOptions;
use dossier::pipeline::{Progress, open};

fn main() {
    let mut args = std::env::args().skip(1);
    let folder = args.next().unwrap_or_else(|| "seeds".into());
    let rounds: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(3);
    let data = match open(std::path::Path::new(&folder), &ReadOptions::default(), &Progress::default()) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    };
    let mut mentions = 0;
    for _ in 0..rounds {
        for d in &data.corpus.documents {
            mentions += dossier::extract::extract_document(d).mentions.len();
        }
    }
    println!("{mentions} mentions");
}
