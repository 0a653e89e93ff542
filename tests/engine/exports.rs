//! Every export format as the tools that receive it read it: CSV with a CSV reader (as Excel would), GEXF and
//! GraphML with an XML parser, checked against the extraction they came from.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::Command;

use dossier::export::{ExportFile, ExportFormat};
use quick_xml::events::Event;

fn export(folder: &Path, format: &str) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(["export", "--format", format])
        .arg(folder)
        .output()
        .expect("the binary runs");
    assert!(out.status.success(), "export failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("UTF-8")
}

fn json(folder: &Path) -> ExportFile {
    serde_json::from_str(&export(folder, "json")).expect("dossier-export/1")
}

/// A folder with non-ASCII names and a comma in a title, beside the seeds.
fn folder_with_accents() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("ankara.txt"),
        "Türkiye, Russia and Afghanistan: talks in Ankara\n\nPresident Recep Tayyip Erdoğan met Russian Foreign \
         Minister Sergei Lavrov in Ankara on Monday. Erdoğan said Türkiye would host the Taliban delegation. \
         Russia accused Pakistan of harbouring militants.\n",
    )
    .unwrap();
    dir
}

fn read_csv(text: &str) -> (Vec<String>, Vec<Vec<String>>) {
    assert!(text.starts_with('\u{feff}'), "UTF-8 with a byte-order mark, for Excel");
    let mut reader = csv::ReaderBuilder::new().from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let header = reader.headers().expect("a header row").iter().map(str::to_string).collect();
    let rows = reader.records().map(|r| r.expect("a well-formed row").iter().map(str::to_string).collect()).collect();
    (header, rows)
}

fn column(header: &[String], name: &str) -> usize {
    header.iter().position(|h| h == name).unwrap_or_else(|| panic!("no column {name} in {header:?}"))
}

#[test]
fn entities_and_documents_csv_open_with_their_columns_and_accents() {
    let dir = folder_with_accents();
    let data = json(dir.path());
    let (header, rows) = read_csv(&export(dir.path(), "entities-csv"));
    assert_eq!(rows.len(), data.entities.len(), "one row per entity");
    let name = column(&header, "name");
    column(&header, "kind");
    let names: BTreeSet<&str> = rows.iter().map(|r| r[name].as_str()).collect();
    for e in &data.entities {
        assert!(names.contains(e.name.as_str()), "{} is in the CSV as written", e.name);
    }
    assert!(names.iter().any(|n| n.contains("Erdoğan")), "non-ASCII names intact: {names:?}");

    let (header, rows) = read_csv(&export(dir.path(), "documents-csv"));
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0][column(&header, "title")], "Türkiye, Russia and Afghanistan: talks in Ankara");
}

#[test]
fn matrix_and_interactions_csv_agree_with_the_json() {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let data = json(&seeds);
    let (header, rows) = read_csv(&export(&seeds, "interactions-csv"));
    assert_eq!(rows.len(), data.interactions.len(), "one row per coded interaction");
    let text = column(&header, "text");
    assert!(rows.iter().all(|r| !r[text].is_empty()), "each with its sentence");

    let (header, rows) = read_csv(&export(&seeds, "matrix-csv"));
    assert!(header.len() > 2 && rows.len() + 1 >= header.len() - 1, "a square-ish country table: {header:?}");
    // Every row has as many cells as the header, and the cells are counts.
    for r in &rows {
        assert_eq!(r.len(), header.len());
        for cell in &r[1..] {
            assert!(cell.is_empty() || cell.parse::<f64>().is_ok(), "numeric cell {cell:?}");
        }
    }
}

/// Node id → attribute name → value.
type Nodes = BTreeMap<String, BTreeMap<String, String>>;

/// Node ids with their attributes, and edges as (source, target), read from GEXF or GraphML.
fn read_graph(xml: &str) -> (Nodes, Vec<(String, String)>) {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut nodes = BTreeMap::new();
    let mut edges = Vec::new();
    let mut current: Option<String> = None;
    let mut data_key: Option<String> = None;
    loop {
        match reader.read_event().expect("well-formed XML") {
            Event::Start(e) | Event::Empty(e) => {
                let attrs: BTreeMap<String, String> = e
                    .attributes()
                    .map(|a| a.expect("an attribute"))
                    .map(|a| {
                        let key = String::from_utf8_lossy(a.key.as_ref()).into_owned();
                        (key, a.normalized_value(quick_xml::XmlVersion::Implicit1_0).expect("escaped").into_owned())
                    })
                    .collect();
                match e.name().as_ref() {
                    b"node" => {
                        let id = attrs["id"].clone();
                        nodes.insert(id.clone(), attrs);
                        current = Some(id);
                    }
                    b"edge" => edges.push((attrs["source"].clone(), attrs["target"].clone())),
                    b"attvalue" => {
                        if let Some(n) = current.as_ref().and_then(|c| nodes.get_mut(c)) {
                            n.insert(attrs["for"].clone(), attrs["value"].clone());
                        }
                    }
                    b"data" => data_key = attrs.get("key").cloned(),
                    _ => {}
                }
            }
            Event::Text(t) => {
                if let (Some(key), Some(n)) = (data_key.take(), current.as_ref().and_then(|c| nodes.get_mut(c))) {
                    n.insert(key, t.decode().expect("text").into_owned());
                }
            }
            Event::End(e) if e.name().as_ref() == b"node" => current = None,
            Event::Eof => break,
            _ => {}
        }
    }
    (nodes, edges)
}

#[test]
fn gexf_and_graphml_hold_every_node_and_edge_with_attributes() {
    let dir = folder_with_accents();
    let data = json(dir.path());
    assert!(!data.relations.is_empty(), "the sample has relations");
    let expected_edges: Vec<(String, String)> =
        data.relations.iter().map(|r| (r.source.clone(), r.target.clone())).collect();
    for format in [ExportFormat::Gexf, ExportFormat::Graphml] {
        let name = if format == ExportFormat::Gexf { "gexf" } else { "graphml" };
        let (nodes, edges) = read_graph(&export(dir.path(), name));
        assert_eq!(nodes.len(), data.entities.len(), "{name}: every entity is a node");
        for e in &data.entities {
            let node = nodes.get(&e.id).unwrap_or_else(|| panic!("{name}: node {}", e.id));
            assert_eq!(node.get("kind"), Some(&e.kind), "{name}: kind of {}", e.name);
            assert_eq!(node.get("mentions"), Some(&e.mentions.to_string()), "{name}: mentions of {}", e.name);
            let label = node.get("label").expect("a label");
            assert_eq!(label, &e.name, "{name}: label");
        }
        assert_eq!(edges, expected_edges, "{name}: every relation is an edge");
    }
}

#[test]
fn formats_name_their_files() {
    assert_eq!(ExportFormat::EntitiesCsv.file_name("seeds"), "seeds-entities.csv");
    assert_eq!(ExportFormat::Gexf.file_name("seeds"), "seeds-relations.gexf");
    let extensions: BTreeSet<&str> = ExportFormat::ALL.iter().map(|f| f.extension()).collect();
    assert_eq!(extensions, BTreeSet::from(["csv", "gexf", "graphml", "json"]));
}
