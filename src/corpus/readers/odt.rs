//! OpenDocument text (`.odt`): a zip archive like DOCX, with the body in `content.xml` and the properties in
//! `meta.xml`. Paragraphs, headings, list items and table cells are read in order; notes, annotations and
//! tracked deletions are left out.

use super::archive::Package;
use super::xml::{self, Item, TextBuilder};
use super::{Decoded, Reader};
use crate::corpus::ReadOptions;
use crate::corpus::document::Format;

/// `.odt` files.
pub struct Odt;

const PACKAGE: Package = Package {
    kind: "OpenDocument text",
    format: Format::Odt,
    body: "content.xml",
    properties: "meta.xml",
    property_names: &["title", "creation-date", "date"],
    body_text,
};
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
            && bytes.get(38..38 + 64).is_some_and(|head| memchr::memmem::find(head, MIMETYPE).is_some())
    }
    fn read(&self, bytes: &[u8], options: &ReadOptions) -> Result<Decoded, String> {
        PACKAGE.read(bytes, options)
    }
}

/// The text of `content.xml`. White space inside paragraphs collapses as ODF says; `<text:s>`, `<text:tab>`
/// and `<text:line-break>` stand for the spaces, tabs and breaks.
fn body_text(xml: &str) -> (String, Option<String>) {
    let mut b = TextBuilder::default();
    let result = xml::walk(xml, |item| match item {
        Item::Start(e) => match xml::local(e) {
            _ if b.skip > 0 => b.skip += 1,
            b"note" | b"annotation" | b"tracked-changes" | b"automatic-styles" | b"font-face-decls" => b.skip = 1,
            b"p" | b"h" => b.start_paragraph(),
            b"table" => b.start_table(),
            _ => {}
        },
        Item::Empty(e) => match xml::local(e) {
            _ if b.skip > 0 => {}
            b"s" => {
                let n = xml::attr(e, b"c").and_then(|c| c.parse::<usize>().ok()).unwrap_or(1);
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
    (b.finish(), result.err())
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
        assert_eq!(body_text(xml).0, "Water talks\n\nUzbek and Tajik  officials met.\n\nDushanbe\tTashkent");
    }

    #[test]
    fn meta_properties() {
        let meta = xml::properties(
            r#"<office:meta><dc:title>Water</dc:title><meta:creation-date>2024-05-06T09:00:00</meta:creation-date></office:meta>"#,
            PACKAGE.property_names,
        );
        assert_eq!(meta.title.as_deref(), Some("Water"));
        assert_eq!(meta.date.unwrap().to_string(), "2024-05-06");
    }
}
