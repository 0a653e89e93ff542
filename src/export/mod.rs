//! Writing the extraction out: the `dossier-export/1` JSON document, CSV tables for spreadsheets, and the relation
//! graph as GEXF and GraphML for network tools.

pub mod csv;
pub mod graph;
pub mod json;

pub use json::{ExportFile, to_export};

/// The formats `dossier export --format` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    /// The whole extraction as `dossier-export/1` JSON.
    Json,
    /// Documents as CSV.
    DocumentsCsv,
    /// Entities as CSV.
    EntitiesCsv,
    /// The country interaction matrix as CSV.
    MatrixCsv,
    /// The interactions behind the matrix, with their sentences, as CSV.
    InteractionsCsv,
    /// The relation graph as GEXF (Gephi).
    Gexf,
    /// The relation graph as GraphML.
    Graphml,
}
