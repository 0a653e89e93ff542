//! The `dossier-export/1` JSON schema (documented in the README) and its construction from a dataset.

use serde::{Deserialize, Serialize};

use crate::corpus::SkippedFile;
use crate::pipeline::Dataset;

/// The schema name written in every export.
pub const SCHEMA: &str = "dossier-export/1";

/// The whole export.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExportFile {
    /// Always [`SCHEMA`].
    pub schema: String,
    /// The folder as given on the command line.
    pub root: String,
    /// Readable documents.
    pub documents: Vec<ExportDocument>,
    /// Files that were not read, with reasons.
    pub skipped: Vec<SkippedFile>,
    /// Entities.
    pub entities: Vec<ExportEntity>,
    /// Relations between entities.
    pub relations: Vec<ExportRelation>,
    /// Country × country interactions.
    pub interactions: Vec<ExportInteraction>,
}

/// A sentence that supports a relation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportEvidence {
    /// Document id (`d0`).
    pub document: String,
    /// Sentence index in that document.
    pub sentence: u32,
}

/// A relation between two entities.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExportRelation {
    /// Entity id.
    pub source: String,
    /// Entity id.
    pub target: String,
    /// "co-occurrence" or a typed kind ("affiliation", "met", "accused", …).
    pub kind: String,
    /// Number of supporting sentences.
    pub weight: usize,
    /// Number of documents with supporting sentences.
    pub documents: usize,
    /// The supporting sentences.
    pub evidence: Vec<ExportEvidence>,
}

/// One coded event between two countries in one sentence.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExportInteraction {
    /// ISO3 of the acting side.
    pub source: String,
    /// ISO3 of the side acted on.
    pub target: String,
    /// PLOVER category.
    pub category: String,
    /// Quad class.
    pub quad: String,
    /// A symmetric event (talks between A and B).
    pub symmetric: bool,
    /// Document id.
    pub document: String,
    /// Sentence index.
    pub sentence: u32,
    /// The sentence.
    pub text: String,
}

/// One document.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExportDocument {
    /// `d0`, `d1`, …
    pub id: String,
    /// Path relative to the root, `/`-separated.
    pub path: String,
    /// Title.
    pub title: String,
    /// Publication date `YYYY-MM-DD`, or null.
    pub date: Option<String>,
    /// Word count.
    pub words: usize,
    /// Source format ("txt", "pdf", …).
    pub format: String,
    /// Size of the source file in bytes.
    pub bytes: u64,
    /// The text (only with `--with-text`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Mentions in order.
    pub mentions: Vec<ExportMention>,
}

/// One mention.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExportMention {
    /// Entity id (`e3`).
    pub entity: String,
    /// Byte offset of the first byte in the document text.
    pub start: u32,
    /// Byte offset one past the end.
    pub end: u32,
    /// The text at `[start, end)`.
    pub text: String,
    /// Sentence index (0-based) in the document.
    pub sentence: u32,
}

/// One entity.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExportEntity {
    /// `e0`, `e1`, …
    pub id: String,
    /// Canonical name.
    pub name: String,
    /// "person", "organization", "country" or "place".
    pub kind: String,
    /// ISO3 code for countries, else null.
    pub code: Option<String>,
    /// Other names and spellings.
    pub aliases: Vec<String>,
    /// Number of documents mentioning it.
    pub documents: usize,
    /// Number of mentions.
    pub mentions: usize,
    /// Affiliated / home country (ISO3), if known.
    #[serde(default)]
    pub country: Option<String>,
    /// A person's organisation, if known.
    #[serde(default)]
    pub organization: Option<String>,
    /// Finer type ("armed group", "city", …).
    #[serde(default)]
    pub subtype: Option<String>,
}

/// Builds the export of a dataset. `root` is the path as the user gave it.
pub fn to_export(data: &Dataset, root: &str, with_text: bool) -> ExportFile {
    let documents = data
        .corpus
        .documents
        .iter()
        .map(|d| ExportDocument {
            id: d.id.to_string(),
            path: d.path.clone(),
            title: d.title.clone(),
            date: d.date.map(|x| x.to_string()),
            words: d.words,
            format: d.format.label().to_lowercase(),
            bytes: d.bytes,
            text: with_text.then(|| d.text.clone()),
            mentions: data
                .extraction
                .doc_mentions(d.id)
                .iter()
                .map(|m| ExportMention {
                    entity: m.entity.to_string(),
                    start: m.start,
                    end: m.end,
                    text: d.text[m.range()].to_string(),
                    sentence: m.sentence,
                })
                .collect(),
        })
        .collect();
    let entities = data
        .extraction
        .entities
        .iter()
        .map(|e| ExportEntity {
            id: e.id.to_string(),
            name: e.name.clone(),
            kind: e.kind.as_str().to_string(),
            code: e.code.clone(),
            aliases: e.aliases.clone(),
            documents: e.documents,
            mentions: e.mentions,
            country: e.country.clone(),
            organization: e.organization.clone(),
            subtype: e.subtype.clone(),
        })
        .collect();
    ExportFile {
        schema: SCHEMA.to_string(),
        root: root.to_string(),
        documents,
        skipped: data.corpus.skipped.clone(),
        entities,
        relations: crate::analysis::relations::relations(&data.extraction)
            .into_iter()
            .map(|r| ExportRelation {
                source: r.source.to_string(),
                target: r.target.to_string(),
                kind: r.kind.as_str().to_string(),
                weight: r.weight,
                documents: r.documents,
                evidence: r
                    .evidence
                    .iter()
                    .map(|e| ExportEvidence { document: e.doc.to_string(), sentence: e.sentence })
                    .collect(),
            })
            .collect(),

        interactions: data
            .extraction
            .interactions
            .iter()
            .filter(|i| !i.hypothetical)
            .map(|i| ExportInteraction {
                source: i.source.to_string(),
                target: i.target.to_string(),
                category: i.category.as_str().to_string(),
                quad: i.category.quad().as_str().to_string(),
                symmetric: i.symmetric,
                document: i.doc.to_string(),
                sentence: i.sentence,
                text: data
                    .corpus
                    .get(i.doc)
                    .map(|d| d.sentence_text(i.sentence as usize).to_string())
                    .unwrap_or_default(),
            })
            .collect(),
    }
}
