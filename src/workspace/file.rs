//! Reading and writing workspace files safely.
//!
//! Saving writes a temporary file in the same folder, flushes it to disk, keeps the previous version as
//! `NAME.bak`, and renames the temporary file over the old one — so at every instant the workspace file is
//! either the old or the new complete version. Loading never writes: a corrupt, empty, truncated or
//! newer-version file gives a clear error and stays as it is.

use std::fs::{self, File};
use std::io::Write;
use std::path::{Path, PathBuf};

use super::{SCHEMA, Workspace};

/// Why a workspace could not be opened.
#[derive(Debug)]
pub enum LoadError {
    /// The file cannot be read.
    Unreadable(String),
    /// The file is empty.
    Empty,
    /// The file is not a workspace (or is damaged): the parser's message.
    Corrupt(String),
    /// Written by a newer version of Dossier.
    NewerVersion(String),
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LoadError::Unreadable(why) => write!(f, "the workspace cannot be read: {why}"),
            LoadError::Empty => write!(f, "the workspace file is empty"),
            LoadError::Corrupt(why) => write!(f, "this is not a Dossier workspace, or it is damaged ({why})"),
            LoadError::NewerVersion(schema) => {
                write!(f, "this workspace was made by a newer version of Dossier ({schema}); update Dossier to open it")
            }
        }
    }
}

impl std::error::Error for LoadError {}

/// Reads a workspace file. Only `schema`, `folder` and `rules` are required.
pub fn load(path: &Path) -> Result<Workspace, LoadError> {
    let bytes = fs::read(path).map_err(|e| LoadError::Unreadable(e.to_string()))?;
    parse(&bytes)
}

/// Parses workspace JSON (see [`load`]).
pub fn parse(bytes: &[u8]) -> Result<Workspace, LoadError> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(LoadError::Empty);
    }
    let value: serde_json::Value = serde_json::from_slice(bytes).map_err(|e| LoadError::Corrupt(e.to_string()))?;
    let schema = value.get("schema").and_then(|s| s.as_str()).unwrap_or("");
    if schema != SCHEMA {
        let newer =
            schema.strip_prefix("dossier-workspace/").and_then(|v| v.parse::<u32>().ok()).is_some_and(|v| v > 1);
        return Err(if newer {
            LoadError::NewerVersion(schema.to_string())
        } else {
            LoadError::Corrupt(format!("schema is {schema:?}, expected {SCHEMA:?}"))
        });
    }
    serde_json::from_value(value).map_err(|e| LoadError::Corrupt(e.to_string()))
}

/// The relative path from `base` (a folder) to `target`, when both are absolute and share a root.
pub fn relative_path(base: &Path, target: &Path) -> Option<String> {
    let base: Vec<_> = base.components().collect();
    let target: Vec<_> = target.components().collect();
    if base.first() != target.first() {
        return None;
    }
    let common = base.iter().zip(&target).take_while(|(a, b)| a == b).count();
    let mut out = PathBuf::new();
    for _ in common..base.len() {
        out.push("..");
    }
    for c in &target[common..] {
        out.push(c);
    }
    let s = out.to_string_lossy().replace('\\', "/");
    Some(if s.is_empty() { ".".to_string() } else { s })
}

/// Where the document folder of `ws` is, opened from `workspace_path`: the absolute path if it exists, else the
/// path relative to the workspace file (a folder moved together with its workspace), else `None`.
pub fn locate_folder(ws: &Workspace, workspace_path: &Path) -> Option<PathBuf> {
    let absolute = PathBuf::from(&ws.folder);
    if absolute.is_dir() {
        return Some(absolute);
    }
    let rel = ws.folder_relative.as_deref()?;
    let candidate = workspace_path.parent().unwrap_or(Path::new(".")).join(rel);
    candidate.is_dir().then_some(candidate)
}

/// Saves `ws` to `path` atomically, keeping the previous version as `NAME.bak`. Sets `folder_relative` from the
/// file's location.
pub fn save(ws: &Workspace, path: &Path) -> std::io::Result<()> {
    let mut ws = ws.clone();
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let abs_dir = std::path::absolute(dir).unwrap_or_else(|_| dir.to_path_buf());
    ws.folder_relative = relative_path(&abs_dir, Path::new(&ws.folder));
    let json = serde_json::to_vec_pretty(&ws).map_err(std::io::Error::other)?;
    if path.exists() {
        write_atomically(&backup_path(path), &fs::read(path)?)?;
    }
    write_atomically(path, &json)
}

/// `NAME.bak` beside `path`.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    name.push(".bak");
    path.with_file_name(name)
}

/// Writes `bytes` to `path` through a temporary file in the same folder, flushed and renamed into place.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "workspace".into());
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut f = File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        drop(f);
        fs::rename(&tmp, path)?;
        // Make the rename itself durable (where the platform allows syncing a folder).
        if let Ok(d) = File::open(dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

/// The recovery copy written while there are unsaved edits: beside the workspace file if it has one
/// (`.NAME.recovery`), else `untitled.recovery` in `data_dir`.
pub fn recovery_path(workspace: Option<&Path>, data_dir: &Path) -> PathBuf {
    match workspace {
        Some(p) => {
            let name = p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            p.with_file_name(format!(".{name}.recovery"))
        }
        None => data_dir.join("untitled.recovery"),
    }
}

/// A recovery copy newer than the workspace it belongs to (left by a crash), if any.
pub fn pending_recovery(workspace: Option<&Path>, data_dir: &Path) -> Option<PathBuf> {
    let rec = recovery_path(workspace, data_dir);
    let rec_time = fs::metadata(&rec).and_then(|m| m.modified()).ok()?;
    match workspace.and_then(|p| fs::metadata(p).and_then(|m| m.modified()).ok()) {
        Some(saved) if saved >= rec_time => None,
        _ => Some(rec),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_paths() {
        assert_eq!(relative_path(Path::new("/a/b"), Path::new("/a/b/c")).as_deref(), Some("c"));
        assert_eq!(relative_path(Path::new("/a/b"), Path::new("/a/d/e")).as_deref(), Some("../d/e"));
        assert_eq!(relative_path(Path::new("/a"), Path::new("/a")).as_deref(), Some("."));
    }

    #[test]
    fn minimal_workspace_is_valid() {
        let ws = parse(br#"{"schema": "dossier-workspace/1", "folder": "/x", "rules": []}"#).unwrap();
        assert_eq!(ws.folder, "/x");
        assert!(ws.tags.is_empty() && ws.views.current.is_empty());
    }

    #[test]
    fn errors_are_specific() {
        assert!(matches!(parse(b""), Err(LoadError::Empty)));
        assert!(matches!(parse(b"{\"schema\": \"dossier-workspace/1\", \"fol"), Err(LoadError::Corrupt(_))));
        assert!(matches!(
            parse(br#"{"schema": "dossier-workspace/2", "folder": "/x"}"#),
            Err(LoadError::NewerVersion(_))
        ));
        assert!(matches!(parse(br#"{"hello": 1}"#), Err(LoadError::Corrupt(_))));
        assert!(parse(br#"{"schema": "dossier-workspace/2"}"#).unwrap_err().to_string().contains("newer version"));
    }
}
