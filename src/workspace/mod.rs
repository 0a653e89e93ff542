//! Workspaces: everything an analyst did, in one portable `*.dossier` file (JSON, schema
//! `dossier-workspace/1`, documented in the README).
//!
//! A workspace names its document folder (absolute, and relative to the workspace file so a folder moved with
//! its workspace still opens), the entity edits as [`Rule`]s applied in order whenever the folder is read, tags,
//! notes and stars, and the state of every view. `file` saves atomically and keeps a backup and recovery
//! copies; [`rules`] applies the edits to an extraction.

pub mod file;
pub mod rules;
pub mod session;

use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

use crate::analysis::matrix::MatrixSettings;
use crate::extract::EntityKind;

pub use file::{LoadError, load, save};
pub use rules::{RuleReport, apply_rules};
pub use session::Session;

/// The schema this version writes and reads.
pub const SCHEMA: &str = "dossier-workspace/1";

/// An entity edit. Entities are addressed by name or alias (case-insensitive), never by run-time ids, so rules
/// survive re-reading a folder that has changed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum Rule {
    /// Merge the `from` entities into `into`.
    Merge {
        /// The entity that stays.
        into: String,
        /// The entities merged into it.
        from: Vec<String>,
    },
    /// Give an entity a new name (the old one stays as an alias).
    Rename {
        /// The entity.
        entity: String,
        /// Its new name.
        to: String,
    },
    /// Change an entity's kind.
    SetKind {
        /// The entity.
        entity: String,
        /// Its new kind.
        kind: EntityKind,
    },
    /// Hide an entity from every view and export.
    Hide {
        /// The entity.
        entity: String,
    },
    /// Add a name the entity goes by; its occurrences in the documents become mentions.
    AddAlias {
        /// The entity.
        entity: String,
        /// The new alias.
        alias: String,
    },
    /// Split the mentions written as `alias` off into an entity of their own.
    Split {
        /// The entity.
        entity: String,
        /// The alias whose mentions move.
        alias: String,
    },
}

impl Rule {
    /// A one-line description for the history list.
    pub fn describe(&self) -> String {
        match self {
            Rule::Merge { into, from } => format!("Merge {} into {into}", from.join(", ")),
            Rule::Rename { entity, to } => format!("Rename {entity} to {to}"),
            Rule::SetKind { entity, kind } => format!("Make {entity} a {}", kind.label().to_lowercase()),
            Rule::Hide { entity } => format!("Hide {entity}"),
            Rule::AddAlias { entity, alias } => format!("Add alias {alias} to {entity}"),
            Rule::Split { entity, alias } => format!("Split {alias} off {entity}"),
        }
    }
}

/// Graph view state: where nodes are, which are pinned, and the view's filters.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct GraphState {
    /// Node positions by entity name.
    pub positions: BTreeMap<String, [f32; 2]>,
    /// Pinned nodes by entity name.
    pub pinned: BTreeSet<String>,
    /// The view's own settings (filters, zoom), as the app writes them.
    pub settings: serde_json::Value,
}

/// The state of the views: which one is open, what is selected, and each view's filters and sort.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ViewState {
    /// "documents", "entities", "relationships", "countries" or "skipped".
    pub current: String,
    /// The selected document, by path.
    pub document: Option<String>,
    /// The selected entity, by name.
    pub entity: Option<String>,
    /// The documents table's filters and sort, as the app writes them.
    pub documents: serde_json::Value,
    /// The entities table's filters and sort, as the app writes them.
    pub entities: serde_json::Value,
    /// The relationship graph.
    pub graph: GraphState,
    /// The country matrix.
    pub matrix: MatrixSettings,
    /// Panel sizes and other layout, as the app writes them.
    pub layout: serde_json::Value,
}

/// What a document looked like when the workspace was saved, to report changes on reopening.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentStamp {
    /// Size of the source file in bytes.
    pub bytes: u64,
    /// A hash of its text (FNV-1a, hex).
    pub hash: String,
}

/// A workspace file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Workspace {
    /// Always [`SCHEMA`].
    pub schema: String,
    /// The document folder, absolute.
    pub folder: String,
    /// The document folder relative to the workspace file, when it could be expressed.
    #[serde(default)]
    pub folder_relative: Option<String>,
    /// Entity edits, applied in order.
    #[serde(default)]
    pub rules: Vec<Rule>,
    /// Tags by item key (`doc:<path>` or `entity:<name>`).
    #[serde(default)]
    pub tags: BTreeMap<String, BTreeSet<String>>,
    /// Notes by item key.
    #[serde(default)]
    pub notes: BTreeMap<String, String>,
    /// Starred item keys.
    #[serde(default)]
    pub starred: BTreeSet<String>,
    /// View state.
    #[serde(default)]
    pub views: ViewState,
    /// The documents as they were when saved, by path.
    #[serde(default)]
    pub documents: BTreeMap<String, DocumentStamp>,
}

impl Workspace {
    /// An empty workspace for a folder.
    pub fn new(folder: &std::path::Path) -> Workspace {
        Workspace {
            schema: SCHEMA.to_string(),
            folder: folder.to_string_lossy().into_owned(),
            folder_relative: None,
            rules: Vec::new(),
            tags: BTreeMap::new(),
            notes: BTreeMap::new(),
            starred: BTreeSet::new(),
            views: ViewState::default(),
            documents: BTreeMap::new(),
        }
    }

    /// The item key of a document.
    pub fn doc_key(path: &str) -> String {
        format!("doc:{path}")
    }

    /// The item key of an entity.
    pub fn entity_key(name: &str) -> String {
        format!("entity:{name}")
    }

    /// Records the documents of a corpus, to report changes when the workspace is reopened.
    pub fn stamp_documents(&mut self, corpus: &crate::corpus::Corpus) {
        self.documents = corpus
            .documents
            .iter()
            .map(|d| (d.path.clone(), DocumentStamp { bytes: d.bytes, hash: fnv_hex(&d.text) }))
            .collect();
    }

    /// Documents changed, removed or added since the workspace was saved.
    pub fn document_changes(&self, corpus: &crate::corpus::Corpus) -> DocumentChanges {
        let mut out = DocumentChanges::default();
        if self.documents.is_empty() {
            return out;
        }
        let now: BTreeMap<&str, &crate::corpus::Document> =
            corpus.documents.iter().map(|d| (d.path.as_str(), d)).collect();
        for (path, stamp) in &self.documents {
            match now.get(path.as_str()) {
                None => out.removed.push(path.clone()),
                Some(d) if d.bytes != stamp.bytes || fnv_hex(&d.text) != stamp.hash => out.changed.push(path.clone()),
                _ => {}
            }
        }
        out.added = now.keys().filter(|p| !self.documents.contains_key(**p)).map(|p| p.to_string()).collect();
        out
    }
}

/// How the folder differs from when the workspace was saved.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DocumentChanges {
    /// Documents whose text changed.
    pub changed: Vec<String>,
    /// Documents no longer in the folder.
    pub removed: Vec<String>,
    /// Documents new in the folder.
    pub added: Vec<String>,
}

impl DocumentChanges {
    /// Nothing changed.
    pub fn is_empty(&self) -> bool {
        self.changed.is_empty() && self.removed.is_empty() && self.added.is_empty()
    }
}

/// FNV-1a 64-bit hash as hex: cheap, stable across platforms and versions.
pub fn fnv_hex(s: &str) -> String {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in s.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    format!("{h:016x}")
}
