//! Workspaces: round trips, rules applied on reading, crash-safe saves, and damaged files.

use proptest::prelude::*;
use std::collections::BTreeSet;
use std::process::Command;

use dossier::analysis::matrix::{MatrixOrder, MatrixSettings, Measure};
use dossier::extract::{Category, EntityKind, Quad};
use dossier::pipeline::from_texts;
use dossier::workspace::{self, DocumentStamp, GraphState, LoadError, Rule, ViewState, Workspace, apply_rules};

fn text() -> impl Strategy<Value = String> {
    "[A-Za-z0-9 ’é\\-]{0,12}"
}

fn rule() -> impl Strategy<Value = Rule> {
    prop_oneof![
        (text(), prop::collection::vec(text(), 0..3)).prop_map(|(into, from)| Rule::Merge { into, from }),
        (text(), text()).prop_map(|(entity, to)| Rule::Rename { entity, to }),
        (text(), prop::sample::select(EntityKind::ALL.to_vec()))
            .prop_map(|(entity, kind)| Rule::SetKind { entity, kind }),
        text().prop_map(|entity| Rule::Hide { entity }),
        (text(), text()).prop_map(|(entity, alias)| Rule::AddAlias { entity, alias }),
        (text(), text()).prop_map(|(entity, alias)| Rule::Split { entity, alias }),
    ]
}

fn json_value() -> impl Strategy<Value = serde_json::Value> {
    prop_oneof![
        Just(serde_json::Value::Null),
        (text(), any::<bool>(), -1000i64..1000)
            .prop_map(|(s, b, n)| serde_json::json!({ "search": s, "ascending": b, "column": n })),
    ]
}

fn settings() -> impl Strategy<Value = MatrixSettings> {
    (
        any::<bool>(),
        prop::collection::btree_set(prop::sample::select(Category::ALL.to_vec()), 0..4),
        prop::collection::btree_set(prop::sample::select(Quad::ALL.to_vec()), 0..3),
        any::<bool>(),
        any::<bool>(),
        any::<bool>(),
        prop::option::of((2000i32..2030, 1u8..13, 1u8..29)),
    )
        .prop_map(|(directed, categories, quads, hyp, net, by_name, from)| MatrixSettings {
            directed,
            categories,
            quads,
            date_from: from.and_then(|(y, m, d)| dossier::corpus::Date::new(y, m, d)),
            date_to: None,
            include_hypothetical: hyp,
            measure: if net { Measure::Net } else { Measure::Count },
            hide_empty: !hyp,
            order: if by_name { MatrixOrder::Name } else { MatrixOrder::Total },
        })
}

fn workspace_strategy() -> impl Strategy<Value = Workspace> {
    (
        text(),
        prop::collection::vec(rule(), 0..6),
        prop::collection::btree_map(text(), prop::collection::btree_set(text(), 0..3), 0..4),
        prop::collection::btree_map(text(), text(), 0..4),
        prop::collection::btree_set(text(), 0..4),
        (text(), prop::option::of(text()), prop::option::of(text()), json_value(), json_value()),
        prop::collection::btree_map(text(), (-1e6f32..1e6, -1e6f32..1e6), 0..5),
        settings(),
        prop::collection::btree_map(text(), (any::<u64>(), "[0-9a-f]{16}"), 0..3),
    )
        .prop_map(
            |(
                folder,
                rules,
                tags,
                notes,
                starred,
                (current, document, entity, documents, entities),
                positions,
                matrix,
                stamps,
            )| Workspace {
                schema: workspace::SCHEMA.to_string(),
                folder: format!("/{folder}"),
                folder_relative: None,
                rules,
                tags,
                notes,
                starred,
                views: ViewState {
                    current,
                    document,
                    entity,
                    documents,
                    entities,
                    graph: GraphState {
                        pinned: positions.keys().take(2).cloned().collect(),
                        positions: positions.into_iter().map(|(k, (x, y))| (k, [x, y])).collect(),
                        settings: serde_json::Value::Null,
                    },
                    matrix,
                    layout: serde_json::Value::Null,
                },
                documents: stamps.into_iter().map(|(k, (bytes, hash))| (k, DocumentStamp { bytes, hash })).collect(),
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn every_field_survives_save_and_load(ws in workspace_strategy()) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("w.dossier");
        workspace::save(&ws, &path).unwrap();
        let mut back = workspace::load(&path).unwrap();
        back.folder_relative = None;
        prop_assert_eq!(back, ws);
    }
}

const TEXTS: [(&str, &str); 2] = [
    ("a.txt", "Foreign Minister Karim Zaheeruddin met the Chilean envoy. Zaheeruddin said talks went well."),
    (
        "b.txt",
        "Officials said Minister Karim Zaheeruddim would travel to Lima. The Coastal Defence League (CDL) objected. Officials in the republic of Quenchuria stayed silent.",
    ),
];

#[test]
fn rules_merge_rename_hide_split_and_alias() {
    let mut d = from_texts(TEXTS);
    let before = d.extraction.entities.len();
    let a = d.extraction.find("Karim Zaheeruddin").unwrap().name.clone();
    let b = d.extraction.find("Karim Zaheeruddim").unwrap().name.clone();
    assert_ne!(a, b, "the typo is a different spelling the extractor does not join");
    let rules = vec![
        Rule::Merge { into: a.clone(), from: vec![b.clone()] },
        Rule::Rename { entity: a.clone(), to: "Karim Zaheer-ud-Din".into() },
        Rule::SetKind { entity: "CDL".into(), kind: EntityKind::Place },
        Rule::AddAlias { entity: "Chile".into(), alias: "Quenchuria".into() },
        Rule::Hide { entity: "Nobody Here".into() },
    ];
    let report = apply_rules(&mut d, &rules);
    let x = &d.extraction;
    let k = x.find("Karim Zaheer-ud-Din").expect("renamed");
    assert!(k.aliases.contains(&a) && k.aliases.contains(&b), "both spellings kept: {:?}", k.aliases);
    assert_eq!(k.documents, 2);
    assert_eq!(x.find("Coastal Defence League").unwrap().kind, EntityKind::Place);
    let chile = x.find("Chile").unwrap();
    assert!(x.mentions_of(chile.id).any(|m| &d.corpus.documents[1].text[m.range()] == "Quenchuria"));
    assert_eq!(report.unmatched(&rules).count(), 1, "the rule naming a missing entity is reported");
    assert!(x.entities.len() < before + 1);
    for (i, e) in x.entities.iter().enumerate() {
        assert_eq!(e.id.index(), i, "ids stay dense");
    }
    let mut d = from_texts(TEXTS);
    let split =
        vec![Rule::Split { entity: a.clone(), alias: "Zaheeruddin".into() }, Rule::Hide { entity: "Chile".into() }];
    let report = apply_rules(&mut d, &split);
    assert!(report.unmatched(&split).next().is_none());
    assert!(d.extraction.find("Zaheeruddin").is_some_and(|e| e.name == "Zaheeruddin"));
    assert!(d.extraction.entities.iter().all(|e| e.name != "Chile"));
    assert!(d.extraction.mentions.iter().flatten().all(|m| d.extraction.entity(m.entity).is_some()));
}

/// Without rules, `apply_rules` leaves the engine's result as it is; that is only right because the engine's
/// own counts are those of the mentions it kept (which is what the rules recount after a change).
#[test]
fn the_engine_counts_what_it_keeps_so_no_rules_change_nothing() {
    let options = dossier::corpus::ReadOptions::default();
    let seeds = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut d = dossier::pipeline::open(&seeds, &options, &Default::default()).expect("the seeds open");
    let x = &d.extraction;
    let mut counted = vec![(0usize, 0usize); x.entities.len()];
    for list in &x.mentions {
        let mut seen = BTreeSet::new();
        for m in list {
            counted[m.entity.index()].0 += 1;
            if seen.insert(m.entity) {
                counted[m.entity.index()].1 += 1;
            }
        }
    }
    assert!(x.entities.len() > 50 && counted.iter().any(|c| c.0 > 20), "the seeds have many mentions");
    for (e, c) in x.entities.iter().zip(&counted) {
        assert_eq!((e.mentions, e.documents), *c, "{}", e.name);
    }
    let before = serde_json::to_string(&d.extraction).expect("serialisable");
    let report = apply_rules(&mut d, &[]);
    assert!(report.outcomes.is_empty());
    assert_eq!(serde_json::to_string(&d.extraction).expect("serialisable"), before);
}

#[test]
fn export_applies_the_workspace_rules() {
    let dir = tempfile::tempdir().unwrap();
    let docs = dir.path().join("docs");
    std::fs::create_dir(&docs).unwrap();
    for (name, text) in TEXTS {
        std::fs::write(docs.join(name), text).unwrap();
    }
    let ws_path = dir.path().join("case.dossier");
    std::fs::write(
        &ws_path,
        serde_json::json!({
            "schema": "dossier-workspace/1",
            "folder": docs.to_string_lossy(),
            "rules": [
                {"op": "merge", "into": "Karim Zaheeruddin", "from": ["Karim Zaheeruddim"]},
                {"op": "rename", "entity": "Karim Zaheeruddin", "to": "Karim Zaheer"},
                {"op": "merge", "into": "Nobody At All", "from": ["Chile"]}
            ]
        })
        .to_string(),
    )
    .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_dossier"))
        .arg("export")
        .arg(&docs)
        .arg("--workspace")
        .arg(&ws_path)
        .output()
        .unwrap();
    assert!(out.status.success());
    let json: dossier::export::ExportFile = serde_json::from_slice(&out.stdout).unwrap();
    let k = json.entities.iter().find(|e| e.name == "Karim Zaheer").expect("renamed entity");
    assert!(
        k.aliases.contains(&"Karim Zaheeruddin".to_string()) && k.aliases.contains(&"Karim Zaheeruddim".to_string())
    );
    assert_eq!(k.documents, 2);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("rule 3") && stderr.contains("Nobody At All"), "{stderr}");
}

#[test]
fn damaged_files_give_clear_errors_and_stay_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let cases: [(&str, &[u8]); 5] = [
        ("empty.dossier", b""),
        ("truncated.dossier", b"{\"schema\": \"dossier-workspace/1\", \"folder\": \"/x\", \"rul"),
        ("future.dossier", b"{\"schema\": \"dossier-workspace/7\", \"folder\": \"/x\", \"rules\": []}"),
        ("other.dossier", b"{\"name\": \"not a workspace\"}"),
        ("binary.dossier", &[0xff, 0x00, 0x13, 0x37]),
    ];
    for (name, bytes) in cases {
        let p = dir.path().join(name);
        std::fs::write(&p, bytes).unwrap();
        let err = workspace::load(&p).expect_err(name);
        let msg = err.to_string();
        assert!(!msg.is_empty() && !msg.contains("panicked"));
        match name {
            "empty.dossier" => assert!(matches!(err, LoadError::Empty)),
            "future.dossier" => assert!(msg.contains("newer version")),
            _ => assert!(matches!(err, LoadError::Corrupt(_)), "{name}: {msg}"),
        }
        assert_eq!(std::fs::read(&p).unwrap(), bytes, "{name} untouched");
    }
}

#[test]
fn saves_keep_a_backup_and_a_moved_folder_still_opens() {
    let dir = tempfile::tempdir().unwrap();
    let docs = dir.path().join("case/docs");
    std::fs::create_dir_all(&docs).unwrap();
    let path = dir.path().join("case/case.dossier");
    let mut ws = Workspace::new(&docs);
    workspace::save(&ws, &path).unwrap();
    ws.starred.insert("doc:a.txt".into());
    workspace::save(&ws, &path).unwrap();
    let backup = workspace::load(&workspace::file::backup_path(&path)).unwrap();
    assert!(backup.starred.is_empty(), "the backup is the previous version");
    let saved = workspace::load(&path).unwrap();
    assert_eq!(saved.folder_relative.as_deref(), Some("docs"));
    // Move the whole case folder: the absolute path breaks, the relative one still finds the documents.
    let moved = dir.path().join("moved");
    std::fs::rename(dir.path().join("case"), &moved).unwrap();
    let ws = workspace::load(&moved.join("case.dossier")).unwrap();
    assert_eq!(workspace::file::locate_folder(&ws, &moved.join("case.dossier")), Some(moved.join("docs")));
}

#[test]
fn a_killed_save_leaves_the_old_or_the_new_version() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.dossier");
    let mut seen_versions = BTreeSet::new();
    for round in 0..40u64 {
        let mut child =
            Command::new(env!("CARGO_BIN_EXE_dossier")).args(["save-loop"]).arg(&path).arg("100000").spawn().unwrap();
        std::thread::sleep(std::time::Duration::from_millis(15 + (round * 7) % 60));
        child.kill().unwrap();
        child.wait().unwrap();
        if !path.exists() {
            continue;
        }
        let ws = workspace::load(&path).unwrap_or_else(|e| panic!("round {round}: the file is not complete: {e}"));
        // The marker and the note are written by the same save: a mix of two saves would disagree.
        let marker = ws.views.current.clone();
        let note = &ws.notes["doc:a.txt"];
        let expected = format!("{marker} ").repeat(20_000);
        assert!(note == &expected, "round {round}: note ({} bytes) is not from save {marker}", note.len());
        seen_versions.insert(marker);
    }
    assert!(seen_versions.len() > 1, "saves made progress between kills: {seen_versions:?}");
    let leftovers: Vec<_> =
        std::fs::read_dir(dir.path()).unwrap().filter_map(Result::ok).map(|e| e.file_name()).collect();
    assert!(leftovers.len() <= 2 + 40, "temporary files do not pile up: {leftovers:?}");
}
