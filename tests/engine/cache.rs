//! The extraction cache: a folder opened again comes from the cache, exactly as it was extracted; a changed
//! file is read again; a damaged cache is ignored.

use std::path::Path;

use dossier::corpus::ReadOptions;
use dossier::export::to_export;
use dossier::pipeline::{self, Dataset, Progress};

fn open(folder: &Path, cache: &Path) -> (Dataset, usize) {
    let options = ReadOptions { cache_dir: Some(cache.to_path_buf()), ..ReadOptions::default() };
    let progress = Progress::default();
    let data = pipeline::open(folder, &options, &progress).expect("the folder opens");
    // The tests look at the cache file itself.
    dossier::cache::wait_for_writes();
    (data, progress.cached.load(std::sync::atomic::Ordering::Relaxed))
}

fn json(data: &Dataset) -> String {
    serde_json::to_string(&to_export(data, "folder", true)).expect("serialises")
}

/// A copy of the seeds in a temporary folder (the test changes files).
fn seeds_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    for entry in std::fs::read_dir(seeds).expect("seeds") {
        let entry = entry.expect("entry");
        std::fs::copy(entry.path(), dir.path().join(entry.file_name())).expect("copy");
    }
    dir
}

/// The seeds opened once with a fresh cache: the folder, the cache folder, what was opened, and the cache file.
fn opened_once() -> (tempfile::TempDir, tempfile::TempDir, Dataset, std::path::PathBuf) {
    let (folder, cache) = (seeds_copy(), tempfile::tempdir().expect("temp dir"));
    let (first, _) = open(folder.path(), cache.path());
    let file = std::fs::read_dir(cache.path()).expect("cache dir").next().expect("a cache file").expect("entry");
    (folder, cache, first, file.path())
}

#[test]
fn a_folder_opened_again_comes_from_the_cache_unchanged() {
    let (folder, cache) = (seeds_copy(), tempfile::tempdir().expect("temp dir"));
    let (first, cached) = open(folder.path(), cache.path());
    assert_eq!(cached, 0, "nothing cached the first time");
    assert_eq!(std::fs::read_dir(cache.path()).expect("cache dir").count(), 1, "one cache file per folder");
    let (second, cached) = open(folder.path(), cache.path());
    assert_eq!(cached, first.corpus.documents.len(), "every document from the cache");
    assert_eq!(json(&first), json(&second), "the same extraction, entities, mentions and interactions");
}

#[test]
fn a_changed_file_is_read_again_and_the_others_come_from_the_cache() {
    let (folder, cache) = (seeds_copy(), tempfile::tempdir().expect("temp dir"));
    let (first, _) = open(folder.path(), cache.path());
    let victim = folder.path().join(&first.corpus.documents[0].path);
    std::fs::write(&victim, "Chile and Peru signed a trade agreement in Lima on Monday.\n").expect("rewrite");
    let (second, cached) = open(folder.path(), cache.path());
    assert_eq!(cached, first.corpus.documents.len() - 1);
    assert!(second.extraction.find("Peru").is_some(), "the new text was extracted");
    // A removed file leaves the cache at the next load, and the rest still comes from it.
    std::fs::remove_file(&victim).expect("remove");
    let (third, cached) = open(folder.path(), cache.path());
    assert_eq!(third.corpus.documents.len(), first.corpus.documents.len() - 1);
    assert_eq!(cached, first.corpus.documents.len() - 1);
    assert!(third.extraction.find("Peru").is_none());
}

#[test]
fn a_damaged_cache_is_ignored_and_rewritten() {
    let (folder, cache, first, file) = opened_once();
    let mut bytes = std::fs::read(&file).expect("read");
    let half = bytes.len() / 2;
    bytes.truncate(half);
    bytes.extend_from_slice(b"\xff\xff\xff\xffgarbage");
    std::fs::write(&file, &bytes).expect("damage");
    let (second, cached) = open(folder.path(), cache.path());
    assert!(cached < first.corpus.documents.len(), "the records after the damage are read again");
    assert_eq!(json(&first), json(&second));
    let (_, cached) = open(folder.path(), cache.path());
    assert_eq!(cached, first.corpus.documents.len(), "rewritten whole after the damaged load");
    std::fs::write(&file, b"not a cache").expect("overwrite");
    let (third, cached) = open(folder.path(), cache.path());
    assert_eq!(cached, 0);
    assert_eq!(json(&first), json(&third));
}

#[test]
fn a_cache_whose_resolved_part_is_damaged_still_serves_every_document_and_is_repaired() {
    let (folder, cache, first, file) = opened_once();
    let whole = std::fs::read(&file).expect("read");
    // The resolved extraction is the last part of the file: cut its end off.
    std::fs::write(&file, &whole[..whole.len() - 10]).expect("damage");
    let (second, cached) = open(folder.path(), cache.path());
    assert_eq!(cached, first.corpus.documents.len(), "every document still comes from the cache");
    assert_eq!(json(&first), json(&second), "resolved again from the documents' own extractions");
    let again = std::fs::read(&file).expect("read");
    // (Its records may come in another order: they are written as the documents are read, in parallel.)
    assert_eq!(again.len(), whole.len(), "the cache is written whole again");
    assert!(again.ends_with(b"dossier\x03"), "with its trailer");
    let (third, _) = open(folder.path(), cache.path());
    assert_eq!(json(&first), json(&third));
}

#[test]
fn a_resolved_part_that_no_longer_matches_its_documents_is_not_used() {
    let (folder, cache, first, file) = opened_once();
    let mut whole = std::fs::read(&file).expect("read");
    // The file ends with the position of its resolved part; that part starts with the documents' paths.
    let at = u64::from_le_bytes(whole[whole.len() - 16..whole.len() - 8].try_into().expect("8 bytes")) as usize;
    let path = first.corpus.documents[0].path.as_bytes();
    let found = whole[at..].windows(path.len()).position(|w| w == path).expect("the path is in the resolved part");
    // Same length, another name: the section still decodes, but says it is about other documents.
    whole[at + found] = if path[0] == b'X' { b'Y' } else { b'X' };
    std::fs::write(&file, &whole).expect("damage");
    let (second, cached) = open(folder.path(), cache.path());
    assert_eq!(cached, first.corpus.documents.len(), "every document still comes from the cache");
    assert_eq!(json(&first), json(&second), "resolved again from the documents' own extractions");
    let again = std::fs::read(&file).expect("read");
    assert_eq!(again.len(), whole.len());
    assert_ne!(again, whole, "the cache is repaired");
}

/// The cache is written while the files are read; a load that is cancelled leaves neither a cache file nor a
/// half-written one behind, and the cache in place (if any) as it was.
#[test]
fn a_cancelled_load_leaves_the_cache_as_it_was() {
    let (folder, cache) = (seeds_copy(), tempfile::tempdir().expect("temp dir"));
    let options = ReadOptions { cache_dir: Some(cache.path().to_path_buf()), ..ReadOptions::default() };
    let cancelled = || {
        let progress = Progress::default();
        progress.cancel();
        let result = pipeline::open(folder.path(), &options, &progress);
        dossier::cache::wait_for_writes();
        assert!(matches!(result, Err(dossier::corpus::OpenError::Cancelled)));
    };
    let files = || std::fs::read_dir(cache.path()).expect("cache dir").count();
    cancelled();
    assert_eq!(files(), 0, "nothing written");
    let (first, _) = open(folder.path(), cache.path());
    let file = std::fs::read_dir(cache.path()).expect("cache dir").next().expect("a cache file").expect("entry");
    let whole = std::fs::read(file.path()).expect("read");
    // A changed file means the cache is written anew during the next load, which is cancelled.
    let victim = std::fs::read_dir(folder.path()).expect("folder").next().expect("a file").expect("entry").path();
    let mut text = std::fs::read_to_string(&victim).expect("read");
    text.push_str("\nOfficials in Lima said Peru would send a delegation.\n");
    std::fs::write(&victim, text).expect("change");
    cancelled();
    assert_eq!((files(), std::fs::read(file.path()).expect("read") == whole), (1, true), "the old cache untouched");
    let (second, cached) = open(folder.path(), cache.path());
    assert_eq!(cached, first.corpus.documents.len() - 1);
    assert!(second.extraction.find("Peru").is_some(), "the changed file was read again");
}
