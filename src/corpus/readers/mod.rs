//! Readers turn a file's bytes into text. Each format is a [`Reader`]; [`reader_for`] picks one by extension and,
//! where the extension is missing or misleading, by the file's first bytes.

mod text;

use super::dates::Date;
use super::document::Format;

pub use text::{decode_text, looks_binary};

/// Metadata a reader found inside the file (HTML `<title>`, document properties, …).
#[derive(Clone, Debug, Default)]
pub struct Meta {
    /// A title stated by the file itself.
    pub title: Option<String>,
    /// A publication date stated by the file itself.
    pub date: Option<Date>,
}

/// The decoded content of one file.
#[derive(Clone, Debug)]
pub struct Decoded {
    /// The text.
    pub text: String,
    /// The format it was read as.
    pub format: Format,
    /// Metadata from the file.
    pub meta: Meta,
}

/// A file format Dossier can read.
pub trait Reader: Send + Sync {
    /// The format it produces.
    fn format(&self) -> Format;
    /// Lower-case extensions (without the dot) it claims.
    fn extensions(&self) -> &'static [&'static str];
    /// Whether the bytes look like this format (used when the extension is missing or wrong).
    fn sniff(&self, _head: &[u8]) -> bool {
        false
    }
    /// Decodes the file; the error is the reason shown to the user.
    fn read(&self, bytes: &[u8]) -> Result<Decoded, String>;
}

/// Every reader, in the order they are tried when sniffing.
fn readers() -> &'static [&'static dyn Reader] {
    &[&text::PlainText, &text::MarkdownText]
}

/// The reader for a file with this extension (lower case, no dot) and these first bytes. Content wins over a
/// misleading extension for formats with a signature; text is the fallback for files without an extension.
pub fn reader_for(extension: &str, head: &[u8]) -> Option<&'static dyn Reader> {
    if let Some(r) = readers().iter().find(|r| r.sniff(head)) {
        return Some(*r);
    }
    if extension.is_empty() {
        return Some(&text::PlainText);
    }
    readers().iter().find(|r| r.extensions().contains(&extension)).copied()
}

/// Extensions of files that are obviously not documents: skipped quietly (but counted).
pub fn is_non_document(extension: &str) -> bool {
    const NON_DOCUMENTS: &[&str] = &[
        "png", "jpg", "jpeg", "gif", "bmp", "tif", "tiff", "webp", "svg", "ico", "heic", "raw", "psd", "mp3", "wav",
        "ogg", "flac", "m4a", "aac", "mp4", "mov", "avi", "mkv", "webm", "wmv", "exe", "dll", "so", "dylib", "bin",
        "msi", "dmg", "iso", "img", "zip", "tar", "gz", "tgz", "bz2", "xz", "7z", "rar", "ttf", "otf", "woff", "woff2",
        "db", "sqlite", "class", "jar", "pyc", "o", "a", "obj", "lib", "lnk", "dossier", "tmp", "swp", "lock",
        "ds_store",
    ];
    NON_DOCUMENTS.contains(&extension)
}
