//! Walking a folder: every candidate file, sorted, with hidden files, non-documents and symlink loops handled.

use rayon::prelude::*;
use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};

use super::SkippedFile;

/// A file found under the root.
#[derive(Clone, Debug)]
pub struct FoundFile {
    /// Where it is.
    pub path: PathBuf,
    /// Its path relative to the root, with `/` separators.
    pub relative: String,
    /// Lower-case extension without the dot ("" if none).
    pub extension: String,
    /// Size in bytes.
    pub size: u64,
    /// Last modification time, as the file system reports it (for the extraction cache).
    pub modified: Option<std::time::SystemTime>,
}

/// What a walk found.
#[derive(Debug, Default)]
pub struct Walk {
    /// Candidate documents, sorted by relative path.
    pub files: Vec<FoundFile>,
    /// Entries that could not be visited, with the reason.
    pub skipped: Vec<SkippedFile>,
    /// Hidden files and obvious non-documents passed over quietly.
    pub ignored: usize,
}

/// Whether a file or folder name is hidden or system clutter.
fn is_hidden(name: &str) -> bool {
    name.starts_with('.') || name.ends_with('~') || matches!(name, "Thumbs.db" | "desktop.ini" | "__MACOSX")
}

/// Lists the files under `root` (or `root` itself if it is a file). Follows symbolic links, but never into a
/// folder it is already inside, so link loops end.
pub fn walk(root: &Path) -> std::io::Result<Walk> {
    let mut out = Walk::default();
    let meta = fs::metadata(root)?;
    if meta.is_file() {
        let name = root.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        push_file(&mut out, root.to_path_buf(), name, meta.len(), meta.modified().ok());
        return Ok(out);
    }
    let mut visited = HashSet::new();
    visit(root, "", &mut visited, &mut out)?;
    out.files.sort_by(|a, b| a.relative.cmp(&b.relative));
    out.skipped.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(out)
}

fn visit(dir: &Path, prefix: &str, visited: &mut HashSet<PathBuf>, out: &mut Walk) -> std::io::Result<()> {
    let canonical = fs::canonicalize(dir)?;
    if !visited.insert(canonical.clone()) {
        out.skipped.push(SkippedFile::new(prefix.trim_end_matches('/'), "folder link loop (already visited)"));
        return Ok(());
    }
    let mut entries: Vec<_> = fs::read_dir(dir)?.filter_map(Result::ok).collect();
    entries.sort_by_key(|e| e.file_name());
    let before = entries.len();
    entries.retain(|e| !is_hidden(&e.file_name().to_string_lossy()));
    out.ignored += before - entries.len();
    // The entries' metadata, asked for on all cores: a folder of 100,000 documents is 100,000 system calls, most
    // of listing it.
    let entries: Vec<_> = entries
        .into_par_iter()
        .map(|entry| (entry.file_name().to_string_lossy().into_owned(), entry.path(), metadata(&entry)))
        .collect();
    for (name, path, meta) in entries {
        let relative = format!("{prefix}{name}");
        let meta = match meta {
            Ok(m) => m,
            Err(e) => {
                out.skipped.push(SkippedFile::new(&relative, &describe_io_error(&e)));
                continue;
            }
        };
        if meta.is_dir() {
            if let Err(e) = visit(&path, &format!("{relative}/"), visited, out) {
                out.skipped.push(SkippedFile::new(&relative, &describe_io_error(&e)));
            }
        } else if meta.is_file() {
            push_file(out, path, relative, meta.len(), meta.modified().ok());
        }
    }
    visited.remove(&canonical);
    Ok(())
}

/// The metadata of `entry`, following a symbolic link; a dangling link is an error. (Entries that are not links
/// are asked about relative to their folder, which saves resolving their whole path again.)
fn metadata(entry: &fs::DirEntry) -> std::io::Result<fs::Metadata> {
    match entry.file_type() {
        Ok(kind) if !kind.is_symlink() => entry.metadata(),
        _ => fs::metadata(entry.path()),
    }
}

fn push_file(out: &mut Walk, path: PathBuf, relative: String, size: u64, modified: Option<std::time::SystemTime>) {
    let extension = path.extension().map(|e| e.to_string_lossy().to_lowercase()).unwrap_or_default();
    if super::readers::is_non_document(&extension) {
        out.ignored += 1;
        return;
    }
    out.files.push(FoundFile { path, relative, extension, size, modified });
}

/// A short, user-facing description of an I/O error.
pub fn describe_io_error(e: &std::io::Error) -> String {
    use std::io::ErrorKind::*;
    match e.kind() {
        PermissionDenied => "permission denied (cannot read)".into(),
        NotFound => "not found (a broken link?)".into(),
        _ if e.raw_os_error() == Some(40) => "link loop".into(),
        _ => format!("cannot read: {e}"),
    }
}
