//! The `dossier` command: opens the desktop app, or runs the engine headless (`dossier export`).

use clap::{Parser, Subcommand};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use dossier::corpus::ReadOptions;
use dossier::export::ExportFormat;
use dossier::pipeline::{self, Progress};

/// Dossier — who is in your documents, who deals with whom, and the sentence behind every claim.
///
/// With no arguments it opens the desktop app on the folder you last used (the bundled sample articles on
/// first start). Give a folder to open that instead.
#[derive(Parser)]
#[command(name = "dossier", version, args_conflicts_with_subcommands = true)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// A folder of documents to open in the app.
    path: Option<PathBuf>,
}

#[derive(Subcommand)]
enum Command {
    /// Reads a folder without a window and writes what was found as `dossier-export/1` JSON.
    Export {
        /// The folder (or a single file) to read.
        path: PathBuf,
        /// Write to this file instead of standard output.
        #[arg(long, short)]
        out: Option<PathBuf>,
        /// Include each document's full text.
        #[arg(long)]
        with_text: bool,
        /// Skip files larger than this many megabytes.
        #[arg(long, default_value_t = 100)]
        max_file_mb: u64,
        /// Apply the entity edits (merges, renames, …) of this workspace before writing.
        #[arg(long)]
        workspace: Option<PathBuf>,
        /// What to write.
        #[arg(long, value_enum, default_value = "json")]
        format: ExportFormat,
        /// Keep an extraction cache in this folder: reading the same folder again skips unchanged files.
        #[arg(long)]
        cache_dir: Option<PathBuf>,
    },
    /// Writes a synthetic corpus for benchmarks (developer tool).
    #[command(hide = true)]
    Generate {
        /// The folder to write into.
        dir: PathBuf,
        /// Number of documents.
        #[arg(long, default_value_t = 100_000)]
        count: usize,
        /// Approximate size of each document in bytes.
        #[arg(long, default_value_t = 5_000)]
        bytes: usize,
        /// Random seed.
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
    /// Saves a workspace repeatedly, each save numbered (developer tool for the crash-safety test).
    #[command(hide = true)]
    SaveLoop {
        /// The workspace file.
        file: PathBuf,
        /// How many saves.
        count: u32,
    },
    /// Scores the extraction of a folder against a gold annotation (developer tool; same metrics as
    /// shared/eval/score.py).
    #[command(hide = true)]
    Eval {
        /// The folder to read.
        path: PathBuf,
        /// The gold JSON file.
        gold: PathBuf,
        /// List every miss.
        #[arg(long)]
        verbose: bool,
    },
}

/// mimalloc, asked the short way (see [`dossier::allocator`]).
#[global_allocator]
static ALLOCATOR: dossier::allocator::Allocator = dossier::allocator::Allocator;

/// Turns transparent huge pages off for this process (Linux). mimalloc asks for them on its large regions, and the
/// kernel then clears 2 MB at a time, again after each region is given back. With them, opening 100,000 documents
/// took 18.5–24.6 s, 4.9–7.0 s of it system time; without, 17.0–18.2 s and 1.7–2.3 s (BENCHMARKS.md, section
/// "2026-12-04, 20:05–21:40"). This is what `MIMALLOC_ALLOW_THP=0` does, without asking the user to set it.
fn without_huge_pages() {
    #[cfg(target_os = "linux")]
    // SAFETY: PR_SET_THP_DISABLE takes plain integers and touches no memory of ours; on a kernel without it the
    // call fails with EINVAL, which changes nothing.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
}

fn main() -> ExitCode {
    without_huge_pages();
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Export { path, out, with_text, max_file_mb, workspace, format, cache_dir }) => {
            let options = ReadOptions {
                max_file_bytes: max_file_mb.saturating_mul(1024 * 1024),
                cache_dir,
                ..ReadOptions::default()
            };
            export(path, out, with_text, &options, workspace, format)
        }
        Some(Command::SaveLoop { file, count }) => save_loop(file, count),
        Some(Command::Generate { dir, count, bytes, seed }) => match dossier::synth::generate(&dir, count, bytes, seed)
        {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("dossier: {e}");
                ExitCode::FAILURE
            }
        },

        Some(Command::Eval { path, gold, verbose }) => eval(path, gold, verbose),
        None => run_app(cli.path),
    }
}

fn eval(path: PathBuf, gold: PathBuf, verbose: bool) -> ExitCode {
    let gold: dossier::eval::Gold = match std::fs::read_to_string(&gold)
        .map_err(|e| e.to_string())
        .and_then(|t| serde_json::from_str(&t).map_err(|e| e.to_string()))
    {
        Ok(g) => g,
        Err(e) => {
            eprintln!("dossier: cannot read the gold file {}: {e}", gold.display());
            return ExitCode::FAILURE;
        }
    };
    let data = match pipeline::open(&path, &ReadOptions::default(), &Progress::default()) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("dossier: {e}");
            return ExitCode::FAILURE;
        }
    };
    let export = dossier::export::to_export(&data, &path.to_string_lossy(), false);
    let scores = dossier::eval::score(&export, &gold);
    if verbose {
        for line in &scores.log {
            println!("{line}");
        }
    }
    println!("{scores}");
    ExitCode::SUCCESS
}

fn save_loop(file: PathBuf, count: u32) -> ExitCode {
    let mut ws = match dossier::workspace::load(&file) {
        Ok(ws) => ws,
        Err(_) => dossier::workspace::Workspace::new(std::path::Path::new("/documents")),
    };
    let start = ws.views.current.parse::<u32>().map_or(0, |n| n + 1);
    for i in start..start.saturating_add(count) {
        // The marker and a sizeable note (so a kill lands mid-write) are written by the same save.
        ws.views.current = i.to_string();
        ws.notes.insert("doc:a.txt".into(), format!("{i} ").repeat(20_000));
        if let Err(e) = dossier::workspace::save(&ws, &file) {
            eprintln!("dossier: {e}");
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}

fn export(
    path: PathBuf,
    out: Option<PathBuf>,
    with_text: bool,
    options: &ReadOptions,
    workspace: Option<PathBuf>,
    format: ExportFormat,
) -> ExitCode {
    let rules = match &workspace {
        None => Vec::new(),
        Some(file) => match dossier::workspace::load(file) {
            Ok(ws) => ws.rules,
            Err(e) => {
                eprintln!("dossier: {}: {e}", file.display());
                return ExitCode::FAILURE;
            }
        },
    };
    let mut data = match pipeline::open(&path, options, &Progress::default()) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("dossier: {e}");
            return ExitCode::FAILURE;
        }
    };
    let report = dossier::workspace::apply_rules(&mut data, &rules);
    for (i, rule, why) in report.unmatched(&rules) {
        eprintln!("dossier: workspace rule {} ({rule}) did not apply: {why}", i + 1);
    }

    let root = path.to_string_lossy();
    let sink: std::io::Result<Box<dyn Write>> = match &out {
        Some(file) => std::fs::File::create(file).map(|f| Box::new(f) as Box<dyn Write>),
        None => Ok(Box::new(std::io::stdout().lock())),
    };
    let written = sink.and_then(|sink| {
        let mut out = std::io::BufWriter::new(sink);
        dossier::export::write(&data, format, &root, with_text, &mut out)?;
        out.write_all(b"\n")?;
        out.flush()
    });
    if let Err(e) = written {
        eprintln!("dossier: cannot write the export: {e}");
        return ExitCode::FAILURE;
    }
    if !data.corpus.skipped.is_empty() {
        eprintln!("dossier: {} file(s) skipped (listed under \"skipped\")", data.corpus.skipped.len());
    }
    // The output is complete; the cache may still be finishing on its background thread.
    dossier::cache::wait_for_writes();
    // The process ends now: the system takes its memory back at once, sooner than freeing the folder's millions
    // of allocations one at a time would (0.1 s at 100,000 documents).
    std::mem::forget(data);
    ExitCode::SUCCESS
}

#[cfg(feature = "gui")]
fn run_app(path: Option<PathBuf>) -> ExitCode {
    let result = dossier::app::run(path);
    // A folder opened just before the window closed may still be writing its cache.
    dossier::cache::wait_for_writes();
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("dossier: cannot open the window: {e}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(not(feature = "gui"))]
fn run_app(_path: Option<PathBuf>) -> ExitCode {
    eprintln!("dossier: this build has no desktop app (built without the `gui` feature); use `dossier export`");
    ExitCode::FAILURE
}
