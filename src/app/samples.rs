//! The bundled sample articles, opened on first start.
//!
//! Found, in order: `seeds/` in the source tree (`cargo run`), `seeds/` next to the executable (an unpacked
//! release), or copies of the embedded files written into Dossier's own data folder. Nothing is ever written into
//! a folder of the user's.

use std::path::{Path, PathBuf};

/// The sample articles, embedded so an installed binary can always show them.
const SAMPLES: [(&str, &str); 5] = [
    ("000_21ac73e77f0ea16d.txt", include_str!("../../seeds/000_21ac73e77f0ea16d.txt")),
    ("001_a35ec57432909395.txt", include_str!("../../seeds/001_a35ec57432909395.txt")),
    ("002_d29bdb7793c98753.txt", include_str!("../../seeds/002_d29bdb7793c98753.txt")),
    ("003_59dcec73785cff5f.txt", include_str!("../../seeds/003_59dcec73785cff5f.txt")),
    ("004_cbf3f62b173dc375.txt", include_str!("../../seeds/004_cbf3f62b173dc375.txt")),
];

/// The folder with the sample articles, creating it in the data folder if needed.
pub fn sample_folder() -> Result<PathBuf, String> {
    let source_tree = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    if has_samples(&source_tree) {
        return Ok(source_tree);
    }
    if let Some(beside) = std::env::current_exe().ok().and_then(|exe| exe.parent().map(|d| d.join("seeds")))
        && has_samples(&beside)
    {
        return Ok(beside);
    }
    let base = directories::ProjectDirs::from("", "", "Dossier")
        .map(|d| d.data_dir().to_path_buf())
        .unwrap_or_else(|| std::env::temp_dir().join("dossier"));
    let folder = base.join("sample-articles");
    write_samples(&folder)?;
    Ok(folder)
}

fn has_samples(dir: &Path) -> bool {
    dir.is_dir() && SAMPLES.iter().all(|(name, _)| dir.join(name).is_file())
}

/// Writes the embedded samples into `folder` (which belongs to Dossier), leaving files that are already there.
fn write_samples(folder: &Path) -> Result<(), String> {
    std::fs::create_dir_all(folder).map_err(|e| format!("Cannot create {}: {e}", folder.display()))?;
    for (name, text) in SAMPLES {
        let path = folder.join(name);
        if !path.is_file() {
            std::fs::write(&path, text).map_err(|e| format!("Cannot write {}: {e}", path.display()))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_source_tree_samples_are_found() {
        let folder = sample_folder().unwrap();
        assert!(has_samples(&folder));
    }

    #[test]
    fn samples_are_written_into_an_empty_folder() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("samples");
        write_samples(&folder).unwrap();
        assert!(has_samples(&folder));
        // Idempotent.
        write_samples(&folder).unwrap();
    }
}
