//! PDF: the text layer, page by page, with hard-wrapped lines joined into paragraphs and words hyphenated
//! across line ends put back together.
//!
//! Parsing uses `pdf-extract` (on `lopdf`): it maps glyphs to Unicode through ToUnicode maps, simple-font
//! encodings and embedded Type 1 / CFF fonts, and places line and word breaks from glyph positions, where
//! `lopdf`'s own `extract_text` only concatenates the strings of the content stream. Both are pure Rust.
//!
//! A PDF is untrusted input to a large parser, so it is read with limits:
//! - on a helper thread with a deadline ([`ReadOptions::pdf_time_limit`]); past it the file is skipped with
//!   "PDF took too long to read" and the thread is told to stop (a thread cannot be killed, so the work it is
//!   given is bounded too);
//! - the work is bounded: images are dropped before extraction, every Flate stream is inflated by us within
//!   [`ReadOptions::max_unpacked_bytes`] (a compression bomb is refused), cycles of form XObjects that draw
//!   each other are cut and too-deep nesting refused (`pdf-extract` follows them recursively), the text
//!   collected is capped, and the stop flag is checked at every glyph and page;
//! - a panic in the parser is caught per page (the other pages are kept) and for the whole file.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::Read;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, RecvTimeoutError};

use pdf_extract::{Dictionary, Document, MediaBox, Object, ObjectId, OutputDev, OutputError};

use super::{Decoded, Meta, Reader, iso_date, megabytes};
use crate::corpus::ReadOptions;
use crate::corpus::document::Format;

use super::paragraphs::{join_pages, reflow};

/// `.pdf` files.
pub struct Pdf;

/// The reason for a PDF without any text.
pub const NO_TEXT_LAYER: &str = "no text layer (scanned?)";

/// Stack for the helper thread: the parsers recurse on nesting (bounded by `lopdf` to 100 levels, and by us for
/// forms), which needs more than the default 2 MB in debug builds.
const STACK_BYTES: usize = 64 * 1024 * 1024;
/// Forms drawing forms deeper than this are refused (real documents nest two or three deep).
const MAX_FORM_DEPTH: usize = 32;

impl Reader for Pdf {
    fn format(&self) -> Format {
        Format::Pdf
    }
    fn extensions(&self) -> &'static [&'static str] {
        &["pdf"]
    }
    fn sniff(&self, bytes: &[u8]) -> bool {
        // The header may follow some junk, but must come within the first kilobyte.
        memchr::memmem::find(&bytes[..bytes.len().min(1024)], b"%PDF-").is_some()
    }
    fn read(&self, bytes: &[u8], options: &ReadOptions) -> Result<Decoded, String> {
        if !self.sniff(bytes) {
            return Err("not a PDF (damaged or misnamed)".into());
        }
        let (text, meta) = with_deadline(bytes, options)?;
        Ok(Decoded { text, format: Format::Pdf, meta })
    }
}

/// Runs [`extract`] on a helper thread and waits at most `options.pdf_time_limit` for it.
fn with_deadline(bytes: &[u8], options: &ReadOptions) -> Result<(String, Meta), String> {
    let data: Arc<[u8]> = Arc::from(bytes);
    let stop = Arc::new(AtomicBool::new(false));
    let (tx, rx) = mpsc::sync_channel(1);
    let budget = options.max_unpacked_bytes;
    let flag = Arc::clone(&stop);
    std::thread::Builder::new()
        .name("dossier-pdf".into())
        .stack_size(STACK_BYTES)
        .spawn(move || {
            let result = catch_unwind(AssertUnwindSafe(|| extract(&data, budget, &flag)));
            let _ = tx.send(result);
        })
        .map_err(|e| format!("cannot start the PDF reader ({e})"))?;
    match rx.recv_timeout(options.pdf_time_limit) {
        Ok(Ok(result)) => result,
        Ok(Err(_)) | Err(RecvTimeoutError::Disconnected) => {
            Err("the PDF reader failed on this file (damaged PDF?)".into())
        }
        Err(RecvTimeoutError::Timeout) => {
            stop.store(true, Ordering::Relaxed);
            Err(format!("PDF took too long to read (the limit is {} s)", options.pdf_time_limit.as_secs_f64()))
        }
    }
}

/// Parses the PDF and extracts its text and metadata.
fn extract(bytes: &[u8], budget: u64, stop: &AtomicBool) -> Result<(String, Meta), String> {
    let mut doc = Document::load_mem(bytes)
        .map_err(|e| if is_truncated(bytes) { format!("truncated PDF: {e}") } else { format!("damaged PDF: {e}") })?;
    // `lopdf` decrypts with the empty user password on its own; a document still encrypted needs a password.
    if doc.is_encrypted() && doc.decrypt("").is_err() {
        return Err("encrypted PDF (password-protected)".into());
    }
    let pages = doc.get_pages();
    if pages.is_empty() {
        return Err("damaged PDF: no pages".into());
    }
    prepare(&mut doc, budget)?;
    let meta = info(&doc);
    let mut texts = Vec::with_capacity(pages.len());
    let mut first_error: Option<String> = None;
    let mut collector = Collector::new(budget, stop);
    for &page in pages.keys() {
        if stop.load(Ordering::Relaxed) {
            return Err("PDF took too long to read".into());
        }
        collector.page.clear();
        let result = catch_unwind(AssertUnwindSafe(|| pdf_extract::output_doc_page(&doc, &mut collector, page)));
        match result {
            Ok(Ok(())) => {}
            Ok(Err(e)) => {
                if collector.exhausted {
                    break;
                }
                first_error.get_or_insert_with(|| e.to_string());
            }
            Err(_) => {
                first_error.get_or_insert_with(|| format!("page {page} could not be read"));
            }
        }
        texts.push(reflow(&collector.page));
    }
    if stop.load(Ordering::Relaxed) {
        return Err("PDF took too long to read".into());
    }
    let text = join_pages(&texts);
    if !text.chars().any(char::is_alphanumeric) {
        return Err(match first_error {
            Some(e) if texts.iter().all(String::is_empty) && collector.glyphs == 0 => {
                format!("damaged PDF: {e}")
            }
            _ => NO_TEXT_LAYER.into(),
        });
    }
    Ok((text, meta))
}

/// A PDF whose end is missing: no `%%EOF` marker in its last kilobyte.
fn is_truncated(bytes: &[u8]) -> bool {
    let tail = &bytes[bytes.len().saturating_sub(1024)..];
    memchr::memmem::find(tail, b"%%EOF").is_none()
}

/// Bounds the work `pdf-extract` will do: drops image data, inflates Flate streams within the budget, and cuts
/// loops of forms drawing forms.
fn prepare(doc: &mut Document, budget: u64) -> Result<(), String> {
    let mut left = budget;
    for object in doc.objects.values_mut() {
        let Object::Stream(stream) = object else {
            continue;
        };
        let name = |key: &[u8]| stream.dict.get(key).and_then(Object::as_name).ok().map(<[u8]>::to_vec);
        let subtype = name(b"Subtype");
        let kind = name(b"Type");
        if subtype.as_deref() == Some(b"Image") {
            // Text extraction never needs pixels; `pdf-extract` would inflate them anyway.
            stream.set_plain_content(Vec::new());
            continue;
        }
        if matches!(kind.as_deref(), Some(b"EmbeddedFile" | b"Metadata" | b"XRef" | b"ObjStm")) {
            continue;
        }
        let Ok(filters) = stream.filters() else {
            continue;
        };
        if filters.first().copied() != Some(b"FlateDecode".as_slice()) {
            continue;
        }
        let only_flate = filters.len() == 1;
        let predictor = stream
            .dict
            .get(b"DecodeParms")
            .and_then(Object::as_dict)
            .ok()
            .and_then(|p| p.get(b"Predictor").and_then(Object::as_i64).ok())
            .is_some_and(|p| p > 1);
        let mut inflated = Vec::new();
        let read = flate2::read::ZlibDecoder::new(stream.content.as_slice())
            .take(left.saturating_add(1))
            .read_to_end(&mut inflated);
        if inflated.len() as u64 > left {
            return Err(format!(
                "zip bomb? a compressed PDF stream decompresses beyond the limit of {} MB",
                megabytes(budget)
            ));
        }
        left -= inflated.len() as u64;
        if read.is_ok() && only_flate && !predictor {
            stream.set_plain_content(inflated);
        }
    }
    cut_form_loops(doc)
}

/// The form XObjects a content stream draws: names used with `Do`.
fn drawn_names(content: &[u8]) -> Vec<Vec<u8>> {
    let Ok(content) = pdf_extract::content::Content::decode(content) else {
        return Vec::new();
    };
    content
        .operations
        .iter()
        .filter(|op| op.operator == "Do")
        .filter_map(|op| op.operands.first()?.as_name().ok().map(<[u8]>::to_vec))
        .collect()
}

/// The `XObject` dictionary of a resource dictionary, resolved.
fn xobjects<'a>(doc: &'a Document, resources: &'a Dictionary) -> Option<&'a Dictionary> {
    let x = resources.get(b"XObject").ok()?;
    doc.dereference(x).ok()?.1.as_dict().ok()
}

/// Cuts every `Do` that would make `pdf-extract` recurse without end (a form drawing itself, directly or
/// through others), and refuses nesting deeper than [`MAX_FORM_DEPTH`].
///
/// `pdf-extract` resolves a form's names in the form's own resources, or, when it has none, in those of
/// whoever drew it; the graph here over-approximates the latter with every resource dictionary in the file.
fn cut_form_loops(doc: &mut Document) -> Result<(), String> {
    let forms: HashSet<ObjectId> = doc
        .objects
        .iter()
        .filter(|(_, o)| {
            o.as_stream()
                .is_ok_and(|s| s.dict.get(b"Subtype").and_then(Object::as_name).ok() == Some(b"Form".as_slice()))
        })
        .map(|(id, _)| *id)
        .collect();
    if forms.is_empty() {
        return Ok(());
    }
    // Every name → form binding in any XObject dictionary (for forms without resources of their own).
    let mut anywhere: HashMap<Vec<u8>, HashSet<ObjectId>> = HashMap::new();
    for object in doc.objects.values() {
        let dict = match object {
            Object::Dictionary(d) => d,
            Object::Stream(s) => &s.dict,
            _ => continue,
        };
        let Some(resources) =
            dict.get(b"Resources").ok().and_then(|r| doc.dereference(r).ok()).and_then(|(_, r)| r.as_dict().ok())
        else {
            continue;
        };
        if let Some(x) = xobjects(doc, resources) {
            for (name, target) in x.iter() {
                if let Ok(id) = target.as_reference()
                    && forms.contains(&id)
                {
                    anywhere.entry(name.clone()).or_default().insert(id);
                }
            }
        }
    }
    // Edges: form → (name, form it draws).
    let mut edges: BTreeMap<ObjectId, Vec<(Vec<u8>, ObjectId)>> = BTreeMap::new();
    for &id in &forms {
        let Ok(stream) = doc.get_object(id).and_then(Object::as_stream) else {
            continue;
        };
        let content = stream.decompressed_content().unwrap_or_default();
        let own = stream
            .dict
            .get(b"Resources")
            .ok()
            .and_then(|r| doc.dereference(r).ok())
            .and_then(|(_, r)| r.as_dict().ok())
            .and_then(|r| xobjects(doc, r));
        let mut out = Vec::new();
        for name in drawn_names(&content) {
            match own {
                Some(x) => {
                    if let Ok(target) = x.get(&name).and_then(Object::as_reference)
                        && forms.contains(&target)
                    {
                        out.push((name, target));
                    }
                }
                None => {
                    for &target in anywhere.get(&name).into_iter().flatten() {
                        out.push((name.clone(), target));
                    }
                }
            }
        }
        edges.insert(id, out);
    }
    // Depth-first search without recursion; a back edge marks the `Do` to remove.
    let mut cut: HashMap<ObjectId, HashSet<Vec<u8>>> = HashMap::new();
    let mut done: HashSet<ObjectId> = HashSet::new();
    let mut height: HashMap<ObjectId, usize> = HashMap::new();
    for &root in edges.keys() {
        if done.contains(&root) {
            continue;
        }
        let mut stack: Vec<(ObjectId, usize)> = vec![(root, 0)];
        let mut on_stack: HashSet<ObjectId> = HashSet::from([root]);
        while let Some(&mut (node, ref mut next)) = stack.last_mut() {
            let children = edges.get(&node).map(Vec::as_slice).unwrap_or(&[]);
            if let Some((name, child)) = children.get(*next) {
                *next += 1;
                if on_stack.contains(child) {
                    cut.entry(node).or_default().insert(name.clone());
                } else if !done.contains(child) {
                    on_stack.insert(*child);
                    stack.push((*child, 0));
                }
            } else {
                let h = 1 + children
                    .iter()
                    .filter(|(name, _)| !cut.get(&node).is_some_and(|c| c.contains(name)))
                    .filter_map(|(_, c)| height.get(c))
                    .max()
                    .copied()
                    .unwrap_or(0);
                if h > MAX_FORM_DEPTH {
                    return Err(format!("damaged PDF: forms nested more than {MAX_FORM_DEPTH} deep"));
                }
                height.insert(node, h);
                done.insert(node);
                on_stack.remove(&node);
                stack.pop();
            }
        }
    }
    for (id, names) in cut {
        let Ok(Object::Stream(stream)) = doc.get_object_mut(id) else {
            continue;
        };
        let Ok(mut content) = pdf_extract::content::Content::decode(&stream.decompressed_content().unwrap_or_default())
        else {
            continue;
        };
        content.operations.retain(|op| {
            !(op.operator == "Do"
                && op.operands.first().and_then(|o| o.as_name().ok()).is_some_and(|n| names.contains(n)))
        });
        if let Ok(encoded) = content.encode() {
            stream.set_plain_content(encoded);
        }
    }
    Ok(())
}

/// Title and creation date from the document information dictionary (the title only when it looks like one:
/// not a file name or "Microsoft Word - …").
fn info(doc: &Document) -> Meta {
    let Some(info) =
        doc.trailer.get(b"Info").ok().and_then(|i| doc.dereference(i).ok()).and_then(|(_, i)| i.as_dict().ok())
    else {
        return Meta::default();
    };
    let text = |key: &[u8]| {
        info.get(key).ok().and_then(|o| doc.dereference(o).ok()).and_then(|(_, o)| o.as_str().ok()).map(text_string)
    };
    let title = text(b"Title").filter(|t| {
        let lower = t.trim().to_lowercase();
        !lower.is_empty()
            && lower != "untitled"
            && !lower.starts_with("microsoft word")
            && ![".doc", ".docx", ".pdf", ".indd", ".txt", ".rtf", ".odt"].iter().any(|ext| lower.ends_with(ext))
    });
    Meta { title, date: text(b"CreationDate").as_deref().and_then(iso_date) }
}

/// A PDF text string: UTF-16BE with a byte-order mark, UTF-8 with one, or PDFDocEncoding (Latin-1 for the
/// characters that matter here).
fn text_string(bytes: &[u8]) -> String {
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        encoding_rs::UTF_16BE.decode_without_bom_handling(rest).0.into_owned()
    } else if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        String::from_utf8_lossy(rest).into_owned()
    } else {
        bytes.iter().map(|&b| b as char).collect()
    }
}

/// Collects the glyphs of one page as lines of text, placing spaces and line breaks from glyph positions (the
/// logic of `pdf-extract`'s plain-text output: a blank line for a gap of more than 1.5 lines).
struct Collector<'a> {
    page: String,
    page_height: f64,
    last_end: f64,
    last_y: f64,
    first_char: bool,
    /// Text bytes that may still be collected.
    left: u64,
    /// Glyphs seen in the whole document.
    glyphs: u64,
    /// Set when the text cap was reached.
    exhausted: bool,
    stop: &'a AtomicBool,
}

impl<'a> Collector<'a> {
    fn new(budget: u64, stop: &'a AtomicBool) -> Self {
        Collector {
            page: String::new(),
            page_height: 0.0,
            last_end: 100_000.0,
            last_y: 0.0,
            first_char: false,
            left: budget,
            glyphs: 0,
            exhausted: false,
            stop,
        }
    }
}

/// The error that stops extraction (time is up or the text cap is reached).
fn halt() -> OutputError {
    OutputError::FormatError(std::fmt::Error)
}

impl OutputDev for Collector<'_> {
    fn begin_page(
        &mut self,
        _page: u32,
        media_box: &MediaBox,
        _art_box: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), OutputError> {
        self.page_height = media_box.ury - media_box.lly;
        self.last_end = 100_000.0;
        self.last_y = 0.0;
        Ok(())
    }
    fn end_page(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
    fn output_character(
        &mut self,
        trm: &pdf_extract::Transform,
        width: f64,
        _spacing: f64,
        font_size: f64,
        char: &str,
    ) -> Result<(), OutputError> {
        if self.stop.load(Ordering::Relaxed) {
            return Err(halt());
        }
        if self.left < char.len() as u64 + 2 {
            self.exhausted = true;
            return Err(halt());
        }
        self.glyphs += 1;
        // Device position with the y axis pointing down, and the font size as transformed by the text matrix.
        let (x, y) = (trm.m31, self.page_height - trm.m32);
        let (vx, vy) = (font_size * trm.m11 + font_size * trm.m21, font_size * trm.m12 + font_size * trm.m22);
        let size = (vx * vy).abs().sqrt();
        let before = self.page.len();
        if self.first_char {
            if (y - self.last_y).abs() > size * 1.5 {
                self.page.push('\n');
            }
            if x < self.last_end && (y - self.last_y).abs() > size * 0.5 {
                self.page.push('\n');
            }
            if x > self.last_end + size * 0.1 {
                self.page.push(' ');
            }
        }
        self.page.push_str(char);
        self.left -= (self.page.len() - before) as u64;
        self.first_char = false;
        self.last_y = y;
        self.last_end = x + width * size;
        Ok(())
    }
    fn begin_word(&mut self) -> Result<(), OutputError> {
        self.first_char = true;
        Ok(())
    }
    fn end_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
    fn end_line(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn info_strings() {
        assert_eq!(text_string(b"\xFE\xFF\x00K\x00a"), "Ka");
        assert_eq!(text_string(b"Caf\xe9"), "Café");
    }
}
