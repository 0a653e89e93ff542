//! Zip archives (the container of DOCX and ODT), opened defensively: a file that claims to be a document but is
//! a zip bomb is refused with a reason instead of filling memory.
//!
//! Three limits hold for every archive: the number of entries (checked in the end-of-central-directory record
//! before the directory is parsed), the total number of bytes decompressed from it (checked against the size the
//! entry declares *and* enforced with `take()` while reading, so a header that lies does not help), and the
//! compression ratio of each entry. Archives inside the archive are never opened, so nested bombs (`42.zip`) do
//! not unfold.

use std::io::{Cursor, Read};

use zip::ZipArchive;
use zip::result::ZipError;

use super::{Decoded, megabytes, xml};
use crate::corpus::ReadOptions;
use crate::corpus::document::Format;

/// Deflate cannot do better than about 1032:1; real XML parts stay far below 100:1. A larger entry that
/// compresses better than this is made of repeated filler: a bomb.
const MAX_RATIO: u64 = 1000;
/// Entries smaller than this are never suspected for their ratio (tiny parts compress oddly).
const RATIO_MIN_BYTES: u64 = 1024 * 1024;

/// A zip archive being read within limits.
pub(super) struct Archive<'a> {
    zip: ZipArchive<Cursor<&'a [u8]>>,
    /// What the archive is supposed to be ("Word document"), for reasons.
    kind: &'static str,
    /// Bytes that may still be decompressed.
    budget: u64,
    /// The total limit, for reasons.
    limit: u64,
}

impl<'a> Archive<'a> {
    /// Opens `bytes` as a zip archive that should hold a `kind` ("Word document").
    pub fn open(bytes: &'a [u8], kind: &'static str, options: &ReadOptions) -> Result<Archive<'a>, String> {
        if !bytes.starts_with(b"PK\x03\x04") {
            return Err(format!("not a {kind} (damaged or misnamed)"));
        }
        let too_many =
            |n: u64| format!("zip bomb? the archive holds {n} entries (the limit is {})", options.max_archive_entries);
        if let Some(n) = declared_entries(bytes)
            && n > options.max_archive_entries as u64
        {
            return Err(too_many(n));
        }
        let zip = ZipArchive::new(Cursor::new(bytes)).map_err(|e| match e {
            ZipError::InvalidArchive(_) | ZipError::Io(_) => {
                format!("damaged {kind} (truncated or not a valid zip: {e})")
            }
            _ => format!("damaged {kind}: {e}"),
        })?;
        if zip.len() > options.max_archive_entries {
            return Err(too_many(zip.len() as u64));
        }
        Ok(Archive { zip, kind, budget: options.max_unpacked_bytes, limit: options.max_unpacked_bytes })
    }

    /// The decompressed bytes of entry `name` (`None` if there is no such entry), within the remaining budget.
    pub fn read(&mut self, name: &str) -> Result<Option<Vec<u8>>, String> {
        let Some(index) = self.zip.index_for_name(name) else {
            return Ok(None);
        };
        let kind = self.kind;
        let limit_mb = megabytes(self.limit);
        let entry = self.zip.by_index(index).map_err(|e| match e {
            ZipError::UnsupportedArchive(ZipError::PASSWORD_REQUIRED) | ZipError::InvalidPassword => {
                format!("encrypted {kind} (password-protected)")
            }
            ZipError::CompressionMethodNotSupported(m) => {
                format!("{kind} uses an unsupported zip compression method ({m})")
            }
            _ => format!("damaged {kind} ({name}: {e})"),
        })?;
        if entry.encrypted() {
            return Err(format!("encrypted {kind} (password-protected)"));
        }
        let declared = entry.size();
        let compressed = entry.compressed_size().max(1);
        if declared > self.budget {
            return Err(format!(
                "zip bomb? {name} decompresses beyond the limit ({} MB; the limit is {limit_mb} MB)",
                megabytes(declared)
            ));
        }
        if declared >= RATIO_MIN_BYTES && declared / compressed > MAX_RATIO {
            return Err(format!(
                "zip bomb? {name} decompresses beyond the limit (compression ratio {}:1)",
                declared / compressed
            ));
        }
        let mut out = Vec::with_capacity(declared.min(16 * 1024 * 1024) as usize);
        // The declared size may lie: `take` holds the limit whatever the header says.
        let read = entry.take(self.budget.saturating_add(1)).read_to_end(&mut out);
        if out.len() as u64 > self.budget {
            return Err(format!("zip bomb? {name} decompresses beyond the limit of {limit_mb} MB"));
        }
        if let Err(e) = read {
            // The zip crate refuses to inflate past the size the header declares: a lying header.
            if e.to_string().contains("larger than its declared") {
                return Err(format!("zip bomb? {name} decompresses beyond the size its header declares"));
            }
            return Err(format!("damaged {kind} ({name}: {e})"));
        }
        let actual = out.len() as u64;
        if actual >= RATIO_MIN_BYTES && actual / compressed > MAX_RATIO {
            return Err(format!(
                "zip bomb? {name} decompresses beyond the limit (compression ratio {}:1)",
                actual / compressed
            ));
        }
        self.budget -= actual;
        Ok(Some(out))
    }
}

/// The entry count stated by the end-of-central-directory record, if it can be found (not for zip64, whose
/// count the zip crate reads and which is checked after opening).
fn declared_entries(bytes: &[u8]) -> Option<u64> {
    const EOCD: &[u8] = b"PK\x05\x06";
    // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
    let start = bytes.len().saturating_sub(22 + 65_535);
    let tail = &bytes[start..];
    let at = tail.windows(4).rposition(|w| w == EOCD)?;
    let record = tail.get(at..at + 22)?;
    let total = u16::from_le_bytes([record[10], record[11]]);
    (total != 0xFFFF).then_some(total as u64)
}

/// A zip-based document format (DOCX, ODT): where its body and its properties are, and how the body is read.
pub(super) struct Package {
    /// What it is, for reasons ("Word document").
    pub kind: &'static str,
    /// The format it reads as.
    pub format: Format,
    /// The entry with the body.
    pub body: &'static str,
    /// The entry with the document properties.
    pub properties: &'static str,
    /// Local names of the property elements: the title, then the dates, best first.
    pub property_names: &'static [&'static str],
    /// Reads the body's XML: the text, and the syntax error that ended the walk early, if any.
    pub body_text: fn(&str) -> (String, Option<String>),
}

impl Package {
    /// Reads a file of this format within the limits of `options`.
    pub fn read(&self, bytes: &[u8], options: &ReadOptions) -> Result<Decoded, String> {
        let kind = self.kind;
        let mut zip = Archive::open(bytes, kind, options)?;
        let Some(body) = zip.read(self.body)? else {
            return Err(format!("not a {kind} (damaged or misnamed: no {})", self.body));
        };
        let (text, error) = (self.body_text)(&xml::decode(&body));
        if let Some(e) = error.filter(|_| text.trim().is_empty()) {
            return Err(format!("damaged {kind} ({}: {e})", self.body));
        }
        if text.trim().is_empty() {
            return Err("empty document (no text)".into());
        }
        let meta = match zip.read(self.properties)? {
            Some(part) => xml::properties(&xml::decode(&part), self.property_names),
            None => Default::default(),
        };
        Ok(Decoded { text, format: self.format, meta })
    }
}
