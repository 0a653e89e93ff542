//! A lenient streaming walk over the XML parts of DOCX and ODT files (quick-xml: no tree, no recursion, so a
//! deeply nested or huge part costs only its own size).

use std::borrow::Cow;

use quick_xml::Reader as XmlReader;
use quick_xml::events::{BytesStart, Event};

/// What the walk reports, with element names stripped of their namespace prefix (`w:p` → `p`).
pub(super) enum Item<'a> {
    /// `<name …>`.
    Start(&'a BytesStart<'a>),
    /// `<name …/>`.
    Empty(&'a BytesStart<'a>),
    /// `</name>`.
    End(&'a [u8]),
    /// Character data, entities resolved.
    Text(Cow<'a, str>),
}

/// The local name of an element (`w:p` → `p`).
pub(super) fn local<'a>(e: &'a BytesStart<'a>) -> &'a [u8] {
    let name = e.name().into_inner();
    match name.iter().position(|&b| b == b':') {
        Some(k) => &name[k + 1..],
        None => name,
    }
}

/// The value of attribute `name` (local name, any prefix), unescaped.
pub(super) fn attr(e: &BytesStart<'_>, name: &[u8]) -> Option<String> {
    e.attributes().flatten().find_map(|a| {
        let key = a.key.into_inner();
        let key = match key.iter().position(|&b| b == b':') {
            Some(k) => &key[k + 1..],
            None => key,
        };
        (key == name).then(|| {
            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .map(Cow::into_owned)
                .unwrap_or_else(|_| String::from_utf8_lossy(&a.value).into_owned())
        })
    })
}

/// Decodes an XML part's bytes to text (UTF-8, or UTF-16 with a byte-order mark).
pub(super) fn decode(bytes: &[u8]) -> Cow<'_, str> {
    match encoding_rs::Encoding::for_bom(bytes) {
        Some((encoding, bom)) => Cow::Owned(encoding.decode_without_bom_handling(&bytes[bom..]).0.into_owned()),
        None => String::from_utf8_lossy(bytes),
    }
}

/// Walks `xml`, calling `f` for every start, empty and end tag and every piece of text. Stops at the first
/// syntax error and returns it (what was reported before it stands).
pub(super) fn walk(xml: &str, mut f: impl FnMut(Item<'_>)) -> Result<(), String> {
    let mut reader = XmlReader::from_str(xml);
    let config = reader.config_mut();
    config.trim_text(false);
    config.check_end_names = false;
    config.allow_dangling_amp = true;
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) => f(Item::Start(&e)),
            Ok(Event::Empty(e)) => f(Item::Empty(&e)),
            Ok(Event::End(e)) => {
                let name = e.name().into_inner();
                let local = match name.iter().position(|&b| b == b':') {
                    Some(k) => &name[k + 1..],
                    None => name,
                };
                f(Item::End(local))
            }
            Ok(Event::Text(t)) => {
                let text = t.xml10_content().unwrap_or_else(|_| String::from_utf8_lossy(&t).into_owned().into());
                f(Item::Text(text))
            }
            Ok(Event::CData(t)) => f(Item::Text(String::from_utf8_lossy(&t))),
            Ok(Event::GeneralRef(r)) => {
                if let Ok(Some(c)) = r.resolve_char_ref() {
                    f(Item::Text(Cow::Owned(c.to_string())));
                } else if let Some(s) =
                    std::str::from_utf8(&r).ok().and_then(quick_xml::escape::resolve_predefined_entity)
                {
                    f(Item::Text(Cow::Borrowed(s)));
                }
            }
            Ok(Event::Eof) => return Ok(()),
            Ok(_) => {}
            Err(e) => return Err(e.to_string()),
        }
    }
}

/// Collects paragraph text for the document readers: paragraphs become blank-line separated blocks, table cells
/// on one row are joined with tabs, and everything inside skipped elements is dropped.
#[derive(Default)]
pub(super) struct TextBuilder {
    /// The finished text.
    pub out: String,
    /// Open paragraphs (text boxes nest paragraphs inside paragraphs).
    paragraphs: Vec<String>,
    /// Open tables: the cells of the current row, and the current cell's text.
    tables: Vec<(Vec<String>, String)>,
    /// Depth inside an element whose content is not part of the text (deleted text, notes, fallbacks).
    pub skip: usize,
}

impl TextBuilder {
    /// Text of the open paragraph (outside any paragraph it is dropped: layout white space).
    pub fn text(&mut self, s: &str) {
        if self.skip > 0 {
            return;
        }
        if let Some(p) = self.paragraphs.last_mut() {
            p.push_str(s);
        }
    }

    /// A paragraph (or heading) starts.
    pub fn start_paragraph(&mut self) {
        self.paragraphs.push(String::new());
    }

    /// The innermost paragraph ends.
    pub fn end_paragraph(&mut self) {
        if let Some(p) = self.paragraphs.pop() {
            self.emit(p.trim());
        }
    }

    /// A table starts.
    pub fn start_table(&mut self) {
        self.tables.push(Default::default());
    }

    /// A table cell ends: its paragraphs become one cell of the row.
    pub fn end_cell(&mut self) {
        if let Some((row, cell)) = self.tables.last_mut() {
            row.push(std::mem::take(cell).trim().to_string());
        }
    }

    /// A table row ends: its cells become one line.
    pub fn end_row(&mut self) {
        let Some((row, _)) = self.tables.last_mut() else {
            return;
        };
        let cells = std::mem::take(row);
        let line = cells.iter().filter(|c| !c.is_empty()).cloned().collect::<Vec<_>>().join("\t");
        // The row belongs to the enclosing context: a cell of an outer table, or the text.
        let table = self.tables.pop();
        self.emit(&line);
        if let Some(t) = table {
            self.tables.push(t);
        }
    }

    /// A table ends.
    pub fn end_table(&mut self) {
        self.tables.pop();
    }

    /// Adds a finished block to the innermost context.
    fn emit(&mut self, block: &str) {
        if block.is_empty() || self.skip > 0 {
            return;
        }
        if let Some((_, cell)) = self.tables.last_mut() {
            if !cell.is_empty() {
                cell.push(' ');
            }
            cell.push_str(block);
        } else {
            if !self.out.is_empty() {
                self.out.push_str("\n\n");
            }
            self.out.push_str(block);
        }
    }

    /// The text, with unclosed paragraphs and cells of a truncated part included.
    pub fn finish(mut self) -> String {
        while !self.paragraphs.is_empty() {
            self.end_paragraph();
        }
        while !self.tables.is_empty() {
            self.end_cell();
            self.end_row();
            self.end_table();
        }
        self.out
    }
}

/// Title and date from a properties part (`docProps/core.xml`, `meta.xml`): `names` are the local names of
/// the title element and then of the date elements, best first. A damaged part simply yields less.
pub(super) fn properties(xml: &str, names: &[&str]) -> super::Meta {
    let mut found: Vec<Option<String>> = vec![None; names.len()];
    let mut current: Option<(usize, String)> = None;
    let _ = walk(xml, |item| match item {
        Item::Start(e) => {
            let name = local(e);
            current = names
                .iter()
                .position(|n| n.as_bytes() == name)
                .filter(|&i| found[i].is_none())
                .map(|i| (i, String::new()));
        }
        Item::Text(t) => {
            if let Some((_, s)) = current.as_mut() {
                s.push_str(&t);
            }
        }
        Item::End(_) => {
            if let Some((i, s)) = current.take() {
                let s = s.trim();
                if !s.is_empty() {
                    found[i] = Some(s.to_string());
                }
            }
        }
        Item::Empty(_) => {}
    });
    let mut found = found.into_iter();
    super::Meta { title: found.next().flatten(), date: found.flatten().find_map(|d| super::iso_date(&d)) }
}
