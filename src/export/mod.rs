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

impl ExportFormat {
    /// Every format, in the order menus list them.
    pub const ALL: [ExportFormat; 7] = [
        ExportFormat::Json,
        ExportFormat::DocumentsCsv,
        ExportFormat::EntitiesCsv,
        ExportFormat::MatrixCsv,
        ExportFormat::InteractionsCsv,
        ExportFormat::Gexf,
        ExportFormat::Graphml,
    ];

    /// What the format holds, for menus and dialogs.
    pub fn label(self) -> &'static str {
        match self {
            ExportFormat::Json => "Everything (JSON)",
            ExportFormat::DocumentsCsv => "Documents (CSV)",
            ExportFormat::EntitiesCsv => "Entities (CSV)",
            ExportFormat::MatrixCsv => "Country matrix (CSV)",
            ExportFormat::InteractionsCsv => "Country interactions with their sentences (CSV)",
            ExportFormat::Gexf => "Relations for Gephi (GEXF)",
            ExportFormat::Graphml => "Relations as GraphML",
        }
    }

    /// What the file is for, in a sentence (the menu's tooltip).
    pub fn description(self) -> &'static str {
        match self {
            ExportFormat::Json => "Documents, entities, relations and interactions in one file, for programs",
            ExportFormat::DocumentsCsv => "One row per document (title, date, file, size), for Excel",
            ExportFormat::EntitiesCsv => "One row per entity with its kind, aliases and counts, for Excel",
            ExportFormat::MatrixCsv => "Interactions between each pair of countries, for Excel",
            ExportFormat::InteractionsCsv => "Every interaction between countries with the sentence behind it",
            ExportFormat::Gexf => "The relationship graph, to open in Gephi",
            ExportFormat::Graphml => "The relationship graph, for yEd, Cytoscape and other network tools",
        }
    }

    /// The file extension.
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Json => "json",
            ExportFormat::DocumentsCsv
            | ExportFormat::EntitiesCsv
            | ExportFormat::MatrixCsv
            | ExportFormat::InteractionsCsv => "csv",
            ExportFormat::Gexf => "gexf",
            ExportFormat::Graphml => "graphml",
        }
    }

    /// A file name for an export of the folder `folder_name`.
    pub fn file_name(self, folder_name: &str) -> String {
        let what = match self {
            ExportFormat::Json => "extraction",
            ExportFormat::DocumentsCsv => "documents",
            ExportFormat::EntitiesCsv => "entities",
            ExportFormat::MatrixCsv => "country-matrix",
            ExportFormat::InteractionsCsv => "interactions",
            ExportFormat::Gexf | ExportFormat::Graphml => "relations",
        };
        format!("{folder_name}-{what}.{}", self.extension())
    }
}

/// Writes the export of `data` in `format` to `out`, as the command line and the File menu save it. `root` is
/// the folder as the user named it; `with_text` adds each document's text to the JSON. The JSON is written as it
/// is produced, never held whole as text: for a large folder it runs to gigabytes.
pub fn write(
    data: &crate::pipeline::Dataset,
    format: ExportFormat,
    root: &str,
    with_text: bool,
    out: &mut impl std::io::Write,
) -> std::io::Result<()> {
    use crate::analysis::{matrix, relations};
    let matrix = || {
        let settings = matrix::MatrixSettings::default();
        matrix::build(&data.extraction, &data.corpus, &settings, None, crate::analysis::matrix_cells::country_name)
    };
    let text = match format {
        ExportFormat::Json => return Ok(serde_json::to_writer_pretty(out, &to_export(data, root, with_text))?),
        ExportFormat::DocumentsCsv => csv::documents_csv(data),
        ExportFormat::EntitiesCsv => csv::entities_csv(data),
        ExportFormat::MatrixCsv => csv::matrix_csv(&matrix(), matrix::Measure::Count),
        ExportFormat::InteractionsCsv => csv::interactions_csv(data, &matrix()),
        ExportFormat::Gexf => graph::to_gexf(&data.extraction.entities, &relations::relations(&data.extraction)),
        ExportFormat::Graphml => graph::to_graphml(&data.extraction.entities, &relations::relations(&data.extraction)),
    };
    out.write_all(text.as_bytes())
}
