//! Builds the text-search word index of a folder and says how large it is and how long it took (for the
//! benchmarks' memory figures). usage: cargo run --release --example index_memory -- FOLDER

use dossier::analysis::index::IndexedSearch;
use dossier::corpus::{Corpus, ReadOptions};

/// The allocator of the app, so that the memory measured is the app's.
#[global_allocator]
static ALLOCATOR: dossier::allocator::Allocator = dossier::allocator::Allocator;

/// A line of `/proc/self/status` (Linux), e.g. `VmHWM`.
fn status(field: &str) -> String {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status.lines().find(|l| l.starts_with(field)).map_or_else(String::new, |l| l.split_whitespace().skip(1).collect())
}

fn main() {
    let folder = std::env::args().nth(1).unwrap_or_else(|| "seeds".into());
    let corpus = match Corpus::load(std::path::Path::new(&folder), &ReadOptions::default()) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    };
    println!(
        "{} documents, {} bytes of text; resident {}, peak {}",
        corpus.documents.len(),
        corpus.text_bytes(),
        status("VmRSS"),
        status("VmHWM")
    );
    // What the index held before its postings were compressed: 6 bytes a (word, document) pair, a boxed string
    // and an offset a word.
    let pairs: usize = corpus
        .documents
        .iter()
        .map(|d| {
            let mut words = std::collections::HashSet::new();
            dossier::analysis::index::for_each_word(&d.title, |w| {
                words.insert(w.to_string());
            });
            dossier::analysis::index::for_each_word(&d.text, |w| {
                words.insert(w.to_string());
            });
            words.len()
        })
        .sum();
    println!("{pairs} (word, document) pairs: {} bytes as 6-byte pairs", pairs * 6);
    let started = std::time::Instant::now();
    let search = IndexedSearch::build(&corpus);
    let index = search.index();
    println!(
        "index: {} words, {} bytes, built in {:.2} s; resident {}, peak {}",
        index.words(),
        index.heap_bytes(),
        started.elapsed().as_secs_f64(),
        status("VmRSS"),
        status("VmHWM")
    );
}
