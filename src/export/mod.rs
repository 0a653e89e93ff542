//! Writing the extraction out: the `dossier-export/1` JSON document.

pub mod json;

pub use json::{ExportFile, to_export};
