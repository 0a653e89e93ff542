//! OpenDocument text (`.odt`): a zip archive like DOCX, with the body in `content.xml` and the properties in
//! `meta.xml`. Paragraphs, headings, list items and table cells are read in order; notes, annotations and
//! tracked deletions are left out.

use super::archive::Archive;
use super::xml::{self, Item, TextBuilder};
use super::{Decoded, Meta, Reader, iso_date};
use crate::corpus::ReadOptions;
use crate::corpus::document::Format;

/// `.odt` files.
pub struct Odt;

const KIND: &str = "OpenDocument text";
const MIMETYPE: &[u8] = b"application/vnd.oasis.opendocument.text";

impl Reader for Odt {
    fn format(&self) -> Format {
        Format::Odt
    }
    fn extensions(&self) -> &'static [&'static str] {
        &["odt", "ott"]
    }
    fn sniff(&self, bytes: &[u8]) -> bool {
        // The first entry is an uncompressed `mimetype` naming the document type.
        bytes.starts_with(b"PK\x03\x04")
            && bytes.get(30..38) == Some(b"mimetype")
            && bytes
                .get(38..38 + 64)
                .is_some_and(|head| memchr::memmem::find(head, MIMETYPE).is_some())
    }
    fn read(&self, bytes: &[u8], options: &ReadOptions) -> Result<Decoded, String> {
        let mut zip = Archive::open(bytes, KIND, options)?;
        let Some(content) = zip.read("content.xml")? else {
            return Err(format!(
                "not an {KIND} (damaged or misnamed: no content.xml)"
            ));
        };
        let text = body_text(&xml::decode(&content))?;
        let meta = match zip.read("meta.xml")? {
            Some(m) => properties(&xml::decode(&m)),
            None => Meta::default(),
        };
        if text.trim().is_empty() {
            return Err("empty document (no text)".into());
        }
        Ok(Decoded {
            text,
            format: Format::Odt,
            meta,
        })
    }
}

/// The text of `content.xml`. White space inside paragraphs collapses as ODF says; `<text:s>`, `<text:tab>`
/// and `<text:line-break>` stand for the spaces, tabs and breaks.
fn body_text(xml: &str) -> Result<String, String> {
    let mut b = TextBuilder::default();
    let result = xml::walk(xml, |item| match item {
        Item::Start(e) => match xml::local(e) {
            _ if b.skip > 0 => b.skip += 1,
            b"note" | b"annotation" | b"tracked-changes" | b"automatic-styles"
            | b"font-face-decls" => b.skip = 1,
            b"p" | b"h" => b.start_paragraph(),
            b"table" => b.start_table(),
            _ => {}
        },
        Item::Empty(e) => match xml::local(e) {
            _ if b.skip > 0 => {}
            b"s" => {
                let n = xml::attr(e, b"c")
                    .and_then(|c| c.parse::<usize>().ok())
                    .unwrap_or(1);
                b.text(&" ".repeat(n.clamp(1, 64)));
            }
            b"tab" => b.text("\t"),
            b"line-break" => b.text("\n"),
            _ => {}
        },
        Item::End(name) => match name {
            _ if b.skip > 0 => b.skip -= 1,
            b"p" | b"h" => b.end_paragraph(),
            b"table-cell" => b.end_cell(),
            b"table-row" => b.end_row(),
            b"table" => b.end_table(),
            _ => {}
        },
        Item::Text(t) => {
            let mut collapsed = String::with_capacity(t.len());
            let mut space = false;
            for c in t.chars() {
                if matches!(c, ' ' | '\t' | '\n' | '\r') {
                    space = true;
                } else {
                    if space {
                        collapsed.push(' ');
                        space = false;
                    }
                    collapsed.push(c);
                }
            }
            if space {
                collapsed.push(' ');
            }
            b.text(&collapsed);
        }
    });
    let text = b.finish();
    match result {
        Err(e) if text.trim().is_empty() => Err(format!("damaged {KIND} (content.xml: {e})")),
        _ => Ok(text),
    }
}

/// Title and date from `meta.xml`.
fn properties(xml: &str) -> Meta {
    let [title, created, modified] =
        <[Option<String>; 3]>::try_from(xml::first_texts(xml, &["title", "creation-date", "date"]))
            .unwrap_or_default();
    Meta {
        title,
        date: created
            .as_deref()
            .and_then(iso_date)
            .or_else(|| modified.as_deref().and_then(iso_date)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_paragraphs_spaces_and_tables() {
        let xml = r#"<office:document-content xmlns:text="t" xmlns:table="b"><office:body><office:text>
            <text:h text:outline-level="1">Water talks</text:h>
            <text:p>Uzbek and  Tajik<text:s text:c="2"/>officials<text:note><text:note-body><text:p>A note.</text:p></text:note-body></text:note> met.</text:p>
            <table:table><table:table-row><table:table-cell><text:p>Dushanbe</text:p></table:table-cell>
            <table:table-cell><text:p>Tashkent</text:p></table:table-cell></table:table-row></table:table>
            </office:text></office:body></office:document-content>"#;
        assert_eq!(
            body_text(xml).unwrap(),
            "Water talks\n\nUzbek and Tajik  officials met.\n\nDushanbe\tTashkent"
        );
    }

    #[test]
    fn meta_properties() {
        let meta = properties(
            r#"<office:meta><dc:title>Water</dc:title><meta:creation-date>2024-05-06T09:00:00</meta:creation-date></office:meta>"#,
        );
        assert_eq!(meta.title.as_deref(), Some("Water"));
        assert_eq!(meta.date.unwrap().to_string(), "2024-05-06");
    }
}
