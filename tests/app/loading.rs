//! Loading a big folder never blocks the UI thread: frames keep running and the progress bar moves.

use crate::common;

use eframe::egui;

use crate::common::harness;
use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};
use std::time::Duration;

#[test]
fn ten_thousand_documents_load_while_frames_keep_flowing() {
    let dir = tempfile::tempdir().unwrap();
    let names = ["Norway", "Chile", "Peru", "Japan", "Kenya", "Canada", "Brazil", "Egypt"];
    for i in 0..10_000 {
        let a = names[i % names.len()];
        let b = names[(i / 8) % names.len()];
        let text = format!(
            "Report number {i}\n\n{a} and {b} held talks on trade in the capital. \
             Officials said the meeting number {i} went well.\n"
        );
        std::fs::write(dir.path().join(format!("doc{i:05}.txt")), text).unwrap();
    }

    let mut h = harness(dir.path().to_path_buf());
    let mut frames_while_loading = 0u32;
    let mut progress_seen = Vec::new();
    let mut bar_values = Vec::new();
    let mut partial_counts = Vec::new();
    let mut names_seen = false;
    let mut merging_seen = false;
    for _ in 0..200_000 {
        if !h.state().is_loading() {
            break;
        }
        let before = h.state().load_progress();
        h.step();
        if h.state().is_loading() {
            frames_while_loading += 1;
            if let Some((done, total)) = before {
                progress_seen.push((done, total));
            }
            // What the progress bar in the status bar tells assistive technology (percent done).
            // (The spinner in the empty central view is a progress indicator without a value.)
            if let Some(v) =
                h.query_all_by_role(Role::ProgressIndicator).find_map(|n| n.accesskit_node().numeric_value())
            {
                bar_values.push(v);
            }
            // Once every file is read, the status bar says the names are being merged.
            merging_seen |= h.query_by_label_contains("Merging names across 10000 files").is_some();
            // Partial results: the documents read so far, and the names they mention most.
            if let Some(n) = h.query_by_label_contains("Documents read so far (") {
                // (A text label carries its text as its value.)
                let label = n.accesskit_node().value().unwrap_or_default();
                partial_counts.push(
                    label
                        .trim_start_matches("Documents read so far (")
                        .trim_end_matches(')')
                        .parse::<usize>()
                        .unwrap_or(0),
                );
                names_seen |= names.iter().any(|name| h.query_by_label(name).is_some());
            }
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    assert!(!h.state().is_loading(), "loading did not finish");
    assert_eq!(h.state().loaded().unwrap().data.corpus.documents.len(), 10_000);
    assert!(frames_while_loading >= 3, "only {frames_while_loading} frames ran while loading");
    // The progress bar advanced while frames were being drawn.
    let distinct_done: std::collections::BTreeSet<usize> = progress_seen.iter().map(|(d, _)| *d).collect();
    assert!(distinct_done.len() >= 2, "the progress did not move during the frames: {distinct_done:?}");
    assert!(progress_seen.iter().any(|(d, t)| *t == 10_000 && *d > 0 && d < t), "no frame showed partial progress");
    assert!(progress_seen.windows(2).all(|w| w[0].0 <= w[1].0));
    assert!(
        bar_values.iter().any(|v| *v > 0.0 && *v < 100.0) && bar_values.first() < bar_values.last(),
        "the progress bar did not advance: {bar_values:?}"
    );
    assert!(
        partial_counts.iter().any(|&n| n > 0 && n < 10_000),
        "no frame showed part of the documents: {partial_counts:?}"
    );
    assert!(names_seen, "no frame listed a country the documents mention");
    assert!(merging_seen, "no frame said the names were being merged");
    h.run();
    h.get_by_label("10000 of 10000 documents");
    // Once loaded, the partial results give way to the tables.
    assert!(h.query_by_label_contains("Documents read so far").is_none());
}

#[test]
fn cancel_keeps_the_folder_on_screen() {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..3_000 {
        std::fs::write(
            dir.path().join(format!("n{i:04}.txt")),
            format!("Note {i}\n\nPeru and Japan discussed fishing quotas again, for the {i}th time.\n"),
        )
        .unwrap();
    }
    let mut h = harness(common::seeds());
    common::wait_loaded(&mut h);
    h.state_mut().open_folder(dir.path().to_path_buf());
    h.step();
    assert!(h.state().is_loading());
    h.get_by_label("Cancel").click();
    h.step();
    h.step();
    assert!(!h.state().is_loading());
    let message = h.state().message().expect("a message").clone();
    assert!(!message.error);
    assert!(message.text.starts_with("Stopped reading"), "{}", message.text);
    // Still the samples, fully usable.
    assert_eq!(h.state().documents().rows().len(), 5);
    h.run();
    h.get_by_label("5 of 5 documents");
}

#[test]
fn a_folder_named_relative_to_the_working_folder_is_remembered_whole() {
    // `cargo test` runs in the package folder, as `dossier seeds` would there.
    let mut h = harness(std::path::PathBuf::from("seeds"));
    common::wait_loaded(&mut h);
    let loaded = h.state().loaded().expect("the seeds loaded");
    assert!(loaded.folder.is_absolute(), "{}", loaded.folder.display());
    assert_eq!(loaded.folder.canonicalize().ok(), common::seeds().canonicalize().ok());
    h.get_by_label("5 of 5 documents");
}
