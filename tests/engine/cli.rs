//! `dossier export` as a user runs it: the bundled seeds, bad files, a missing folder.

use std::path::Path;
use std::process::Command;

use dossier::export::ExportFile;

fn dossier() -> Command {
    Command::new(env!("CARGO_BIN_EXE_dossier"))
}

fn export(path: &Path, extra: &[&str]) -> (ExportFile, String) {
    let out = dossier().arg("export").arg(path).args(extra).output().expect("the binary runs");
    assert!(out.status.success(), "export failed: {}", String::from_utf8_lossy(&out.stderr));
    let json: ExportFile = serde_json::from_slice(&out.stdout).expect("valid dossier-export/1 JSON");
    (json, String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn exports_the_seeds_with_consistent_offsets() {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let (json, _) = export(&seeds, &["--with-text"]);
    assert_eq!(json.schema, "dossier-export/1");
    assert_eq!(json.documents.len(), 5);
    assert!(json.skipped.is_empty());
    let ids: Vec<&str> = json.entities.iter().map(|e| e.id.as_str()).collect();
    for (i, doc) in json.documents.iter().enumerate() {
        assert_eq!(doc.id, format!("d{i}"));
        let text = doc.text.as_deref().expect("--with-text includes the text");
        assert!(!doc.mentions.is_empty());
        for m in &doc.mentions {
            assert_eq!(&text[m.start as usize..m.end as usize], m.text, "mention offsets in {}", doc.path);
            assert!(ids.contains(&m.entity.as_str()));
        }
    }
    assert!(json.entities.iter().all(|e| !e.name.trim().is_empty()));
    for name in ["Taliban", "Russia", "Pakistan", "Amir Khan Muttaqi"] {
        assert!(json.entities.iter().any(|e| e.name == name), "{name} missing");
    }
    assert!(json.documents.iter().any(|d| d.date.as_deref() == Some("2024-11-25")));
    assert!(json.interactions.iter().all(|i| json.documents.iter().any(|d| d.id == i.document)));
}

#[test]
fn export_round_trips_through_its_schema() {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let (json, _) = export(&seeds, &[]);
    let again: ExportFile = serde_json::from_str(&serde_json::to_string(&json).unwrap()).unwrap();
    assert_eq!(json, again);
    assert!(json.documents.iter().all(|d| d.text.is_none()), "no text without --with-text");
}

#[test]
fn bad_files_are_skipped_with_reasons_and_the_rest_export() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    std::fs::write(p.join("good.txt"), "Foreign Minister Halvard Kestrel visited Tbilisi.").unwrap();
    std::fs::write(p.join("notes.md"), "# Notes\n\nPakistan and India met.").unwrap();
    std::fs::write(p.join("empty.txt"), "").unwrap();
    std::fs::write(p.join("binary.txt"), [0u8, 159, 146, 150, 0, 1, 2, 3, 255, 0, 17, 4]).unwrap();
    std::fs::write(p.join("photo.jpg"), [0xFF, 0xD8, 0xFF]).unwrap();
    std::fs::write(p.join(".hidden.txt"), "secret").unwrap();
    std::fs::write(p.join("table.xyz"), "a,b").unwrap();
    let locked = p.join("locked.txt");
    std::fs::write(&locked, "Some text.").unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
        std::os::unix::fs::symlink(p.join("missing-target.txt"), p.join("dangling.txt")).unwrap();
    }
    // Root can read a file without permissions; then it is simply a good document.
    let locked_readable = std::fs::read(&locked).is_ok();
    let (json, stderr) = export(p, &[]);
    let reason = |name: &str| json.skipped.iter().find(|s| s.path == name).map(|s| s.reason.clone());
    assert_eq!(reason("empty.txt").as_deref(), Some("empty file"));
    assert!(reason("binary.txt").unwrap().contains("binary"));
    assert!(reason("table.xyz").unwrap().contains("unsupported"));
    #[cfg(unix)]
    {
        assert!(reason("dangling.txt").unwrap().contains("not found"));
        if !locked_readable {
            assert!(reason("locked.txt").unwrap().contains("permission denied"));
        }
    }
    let docs: Vec<&str> = json.documents.iter().map(|d| d.path.as_str()).collect();
    let mut expected = vec!["good.txt", "notes.md"];
    if locked_readable {
        expected.insert(1, "locked.txt");
    }
    assert_eq!(docs, expected, "hidden files and images are passed over quietly");
    assert!(reason("photo.jpg").is_none() && reason(".hidden.txt").is_none());
    assert!(stderr.contains("skipped"));
}

#[test]
fn a_missing_folder_fails_with_one_line() {
    let out = dossier().args(["export", "/no/such/folder/anywhere"]).output().unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.trim().lines().count(), 1, "one line: {err}");
    assert!(err.contains("does not exist"));
}

#[test]
fn help_explains_the_app_and_export() {
    let out = dossier().arg("--help").output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success());
    assert!(text.contains("export") && text.contains("folder"));
}

#[test]
fn writes_to_a_file_with_out() {
    let dir = tempfile::tempdir().unwrap();
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let target = dir.path().join("out.json");
    let status = dossier().arg("export").arg(&seeds).arg("--out").arg(&target).status().unwrap();
    assert!(status.success());
    let json: ExportFile = serde_json::from_slice(&std::fs::read(&target).unwrap()).unwrap();
    assert_eq!(json.documents.len(), 5);
}
