//! Readers turn a file's bytes into text. Each format is a [`Reader`]; [`reader_for`] picks one by the file's
//! content where the format has a signature (so a PDF named `.txt` is still read as a PDF), and otherwise by
//! extension.
//!
//! Every reader gets the whole file in memory and the [`ReadOptions`] limits; it returns the text or the reason
//! the file is skipped. Readers must not panic on hostile input (a panic is still caught at the file boundary,
//! in [`read_file`](super::read_file)), must not recurse on the input's nesting, and must bound the memory and
//! time they spend: zip-based formats go through `archive`, PDFs run on a helper thread with a deadline.

mod archive;
mod docx;
mod html;
mod markdown;
mod odt;
mod paragraphs;
mod pdf;
mod rtf;
mod text;
mod xml;

use super::ReadOptions;
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
    /// Whether the file's bytes carry this format's signature (checked before the extension, so content wins
    /// over a misleading name). Look at the first bytes unless the format needs more.
    fn sniff(&self, _bytes: &[u8]) -> bool {
        false
    }
    /// Decodes the file within the limits of `options`; the error is the reason shown to the user.
    fn read(&self, bytes: &[u8], options: &ReadOptions) -> Result<Decoded, String>;
}

/// Every reader, in the order they are tried when sniffing: formats with an unambiguous signature first.
fn readers() -> &'static [&'static dyn Reader] {
    &[&pdf::Pdf, &docx::Docx, &odt::Odt, &rtf::Rtf, &html::Html, &text::PlainText, &text::MarkdownText]
}

/// The reader for a file with this extension (lower case, no dot) and these bytes. Content wins over a
/// misleading extension for formats with a signature; text is the fallback for files without an extension.
pub fn reader_for(extension: &str, bytes: &[u8]) -> Option<&'static dyn Reader> {
    if let Some(r) = readers().iter().find(|r| r.sniff(bytes)) {
        return Some(*r);
    }
    if extension.is_empty() {
        return Some(&text::PlainText);
    }
    readers().iter().find(|r| r.extensions().contains(&extension)).copied()
}

/// Reads bytes as the given format, whatever their signature says (for tests and fuzzing of one reader).
pub fn read_as(format: Format, bytes: &[u8], options: &ReadOptions) -> Result<Decoded, String> {
    let reader = readers().iter().find(|r| r.format() == format).expect("every format has a reader");
    reader.read(bytes, options)
}

/// Extensions of files that are obviously not documents: skipped quietly (but counted).
pub fn is_non_document(extension: &str) -> bool {
    const NON_DOCUMENTS: &[&str] = &[
        "png", "jpg", "jpeg", "gif", "bmp", "tif", "tiff", "webp", "svg", "ico", "heic", "raw", "psd", "mp3", "wav",
        "ogg", "flac", "m4a", "aac", "mp4", "mov", "avi", "mkv", "webm", "wmv", "exe", "dll", "so", "dylib", "bin",
        "msi", "dmg", "iso", "img", "zip", "tar", "gz", "tgz", "bz2", "xz", "7z", "rar", "ttf", "otf", "woff", "woff2",
        "db", "sqlite", "class", "jar", "pyc", "o", "a", "obj", "lib", "lnk", "dossier", "tmp", "swp", "lock",
        "ds_store", "css", "js", "mjs", "map",
    ];
    NON_DOCUMENTS.contains(&extension)
}

/// The date at the start of a machine-written timestamp ("2024-11-25T08:30:00Z", "2024-11-25 08:30",
/// "D:20241125083000" in PDFs), or failing that the first date written out in words ("November 25, 2024").
pub fn iso_date(s: &str) -> Option<Date> {
    let s = s.trim();
    let s = s.strip_prefix("D:").unwrap_or(s);
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = s.get(r)?;
        if part.bytes().all(|b| b.is_ascii_digit()) { part.parse().ok() } else { None }
    };
    let dashed = s.get(4..5) == Some("-") && s.get(7..8) == Some("-");
    let parts =
        if dashed { (digits(0..4), digits(5..7), digits(8..10)) } else { (digits(0..4), digits(4..6), digits(6..8)) };
    if let (Some(y), Some(m), Some(d)) = parts {
        return Date::new(y as i32, m as u8, d as u8);
    }
    super::dates::find_dates(s).first().map(|(_, d)| *d)
}

/// `n` bytes as whole megabytes, rounded up, for reasons shown to the user.
fn megabytes(n: u64) -> u64 {
    n.div_ceil(1024 * 1024)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn format_of(ext: &str, bytes: &[u8]) -> Option<Format> {
        reader_for(ext, bytes).map(|r| r.format())
    }

    #[test]
    fn content_wins_over_a_misleading_extension() {
        assert_eq!(format_of("txt", b"%PDF-1.4\n..."), Some(Format::Pdf));
        assert_eq!(format_of("txt", b"{\\rtf1\\ansi hi}"), Some(Format::Rtf));
        assert_eq!(format_of("txt", b"\n  <!DOCTYPE html><html><body>x"), Some(Format::Html));
        assert_eq!(format_of("", b"<HTML><p>x"), Some(Format::Html));
        assert_eq!(format_of("md", b"# Title\n\ntext"), Some(Format::Markdown));
        assert_eq!(format_of("", b"just text"), Some(Format::Text));
        assert_eq!(format_of("xyz", b"just text"), None);
    }

    #[test]
    fn machine_dates() {
        let d = |s: &str| iso_date(s).map(|d| d.to_string());
        assert_eq!(d("2024-11-25T08:30:00Z").as_deref(), Some("2024-11-25"));
        assert_eq!(d("D:20241125083000+01'00'").as_deref(), Some("2024-11-25"));
        assert_eq!(d("Monday, 6 May 2024").as_deref(), Some("2024-05-06"));
        assert_eq!(d("2024-13-01"), None);
        assert_eq!(d("soon"), None);
    }

    #[test]
    fn extensions_pick_the_reader_when_there_is_no_signature() {
        assert_eq!(format_of("docx", b"not a zip"), Some(Format::Docx));
        assert_eq!(format_of("htm", b"<p>hello</p>"), Some(Format::Html));
        assert_eq!(format_of("pdf", b"garbage"), Some(Format::Pdf));
    }
}
