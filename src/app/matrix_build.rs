//! Building the country matrix off the UI thread.
//!
//! A matrix of a large folder takes a while to build (0.13 s for the 773,232 interactions of 100,000 synthetic
//! documents), and it is rebuilt whenever its settings change. A folder with many interactions builds it on a
//! thread while the previous matrix stays on screen; a small one builds it at once, so that it never shows a
//! spinner for a few milliseconds.

use eframe::egui;
use std::collections::HashSet;
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, TryRecvError};

use crate::analysis::DocumentQuery;
use crate::analysis::matrix::{self, CountryMatrix, MatrixSettings};
use crate::analysis::matrix_cells::country_name;
use crate::corpus::DocId;
use crate::pipeline::Dataset;

/// Below this many interactions the matrix is built on the UI thread (about 10 ms at most).
const INLINE_INTERACTIONS: usize = 50_000;

/// What a matrix is built from.
#[derive(Clone, Debug, PartialEq)]
pub struct BuildKey {
    /// The loaded folder's generation.
    pub generation: u64,
    /// The matrix settings.
    pub settings: MatrixSettings,
    /// The documents table's query, when the matrix follows it.
    pub documents: Option<DocumentQuery>,
}

/// A matrix built for one key.
pub struct Built {
    /// What it was built from.
    pub key: BuildKey,
    /// The matrix.
    pub matrix: CountryMatrix,
    /// Its countries' names, in its order.
    pub names: Vec<String>,
    /// The largest absolute cell value of the measure shown (looking through every cell on each frame was a
    /// third of the frame at 200 countries).
    pub max: i64,
    /// The grid's header sizes, with the font they were measured in.
    pub header_sizes: Option<(egui::FontId, (f32, f32))>,
}

impl Built {
    fn new(key: BuildKey, data: &Dataset, documents: Option<&HashSet<DocId>>) -> Built {
        let matrix = matrix::build(&data.extraction, &data.corpus, &key.settings, documents, country_name);
        let names = matrix.countries.iter().map(|c| country_name(c)).collect();
        let max = matrix.max_value(key.settings.measure);
        Built { key, matrix, names, max, header_sizes: None }
    }
}

/// The matrix shown, and the one being built on a thread.
pub struct MatrixBuilds {
    /// The matrix shown.
    pub built: Option<Built>,
    pending: Option<(BuildKey, Receiver<Built>)>,
    /// Folders with fewer interactions build it on the UI thread.
    inline_below: usize,
}

impl Default for MatrixBuilds {
    fn default() -> Self {
        MatrixBuilds { built: None, pending: None, inline_below: INLINE_INTERACTIONS }
    }
}

impl MatrixBuilds {
    /// Makes the matrix for `key` the one shown: at once for a small folder, otherwise when its thread is done
    /// (call again on later frames). `documents` gives the documents it counts when it follows the table.
    pub fn request(&mut self, key: BuildKey, data: &Arc<Dataset>, documents: impl FnOnce() -> Option<HashSet<DocId>>) {
        if self.built.as_ref().is_some_and(|b| b.key == key) {
            self.pending = None;
            return;
        }
        if let Some((pending, rx)) = &self.pending
            && *pending == key
        {
            match rx.try_recv() {
                Ok(built) => {
                    self.built = Some(built);
                    self.pending = None;
                    return;
                }
                Err(TryRecvError::Empty) => return,
                // The thread died: build here instead.
                Err(TryRecvError::Disconnected) => self.pending = None,
            }
        }
        let documents = documents();
        if data.extraction.interactions.len() < self.inline_below {
            self.built = Some(Built::new(key, data, documents.as_ref()));
            self.pending = None;
            return;
        }
        // A build for older settings is left to finish; its result is dropped.
        let documents = Arc::new(documents);
        let (tx, rx) = mpsc::channel();
        let (thread_key, thread_data, thread_documents) = (key.clone(), Arc::clone(data), Arc::clone(&documents));
        let spawned = std::thread::Builder::new()
            .name("dossier-matrix".into())
            .spawn(move || {
                let _ = tx.send(Built::new(thread_key, &thread_data, thread_documents.as_ref().as_ref()));
            })
            .is_ok();
        if spawned {
            self.pending = Some((key, rx));
        } else {
            self.built = Some(Built::new(key, data, documents.as_ref().as_ref()));
            self.pending = None;
        }
    }

    /// Whether a matrix is being built (the one shown, if any, is for older settings).
    pub fn is_building(&self) -> bool {
        self.pending.is_some()
    }

    /// Forgets both (another folder).
    pub fn clear(&mut self) {
        self.built = None;
        self.pending = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(data: &Dataset, directed: bool) -> BuildKey {
        let settings = MatrixSettings { directed, ..Default::default() };
        BuildKey { generation: data.corpus.documents.len() as u64, settings, documents: None }
    }

    /// Requests `key` on every frame until it is shown (at most about ten seconds); returns how many frames
    /// found it still building.
    fn frames_until_built(builds: &mut MatrixBuilds, data: &Arc<Dataset>, key: &BuildKey) -> usize {
        let mut waiting = 0;
        for _ in 0..1000 {
            builds.request(key.clone(), data, || None);
            if !builds.is_building() {
                break;
            }
            waiting += 1;
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        waiting
    }

    #[test]
    fn a_large_folder_builds_on_a_thread_and_keeps_the_last_matrix_meanwhile() {
        let data = Arc::new(crate::pipeline::from_texts([
            ("a.txt", "Pakistan accused Afghanistan of sheltering militants. Pakistan and Afghanistan held talks."),
            ("b.txt", "Chile and Peru signed a trade deal."),
        ]));
        assert!(data.extraction.interactions.len() >= 2);
        // Every folder counts as large here.
        let mut builds = MatrixBuilds { inline_below: 0, ..Default::default() };
        let directed = key(&data, true);
        builds.request(directed.clone(), &data, || None);
        assert!(builds.is_building() && builds.built.is_none());
        frames_until_built(&mut builds, &data, &directed);
        let first = builds.built.as_ref().map(|b| b.matrix.clone()).expect("built");
        assert_eq!(builds.built.as_ref().map(|b| &b.key), Some(&directed));
        assert_eq!(first, matrix::build(&data.extraction, &data.corpus, &directed.settings, None, country_name));

        // New settings: the old matrix stays until the new one is done, then the new one replaces it.
        let undirected = key(&data, false);
        builds.request(undirected.clone(), &data, || None);
        assert!(builds.is_building());
        assert_eq!(builds.built.as_ref().map(|b| &b.matrix), Some(&first));
        frames_until_built(&mut builds, &data, &undirected);
        assert_eq!(builds.built.as_ref().map(|b| &b.key), Some(&undirected));
        assert!(!builds.built.as_ref().is_some_and(|b| b.matrix == first), "undirected cells differ");
    }

    #[test]
    fn a_small_folder_builds_at_once() {
        let data = Arc::new(crate::pipeline::from_texts([("a.txt", "Chile and Peru signed a trade deal.")]));
        let mut builds = MatrixBuilds::default();
        let k = key(&data, true);
        builds.request(k.clone(), &data, || None);
        assert!(!builds.is_building());
        assert_eq!(builds.built.as_ref().map(|b| &b.key), Some(&k));
    }
}
