//! Word documents (`.docx`): a zip archive whose `word/document.xml` holds the body. Paragraph text (headings
//! are paragraphs too) and table cells are read in document order; deleted revisions, field codes and the
//! fallback copies of text boxes are left out. Title and date come from `docProps/core.xml`.

use super::archive::Package;
use super::xml::{self, Item, TextBuilder};
use super::{Decoded, Reader};
use crate::corpus::ReadOptions;
use crate::corpus::document::Format;

/// `.docx` files.
pub struct Docx;

const PACKAGE: Package = Package {
    kind: "Word document",
    format: Format::Docx,
    body: "word/document.xml",
    properties: "docProps/core.xml",
    property_names: &["title", "created", "modified"],
    body_text,
};

impl Reader for Docx {
    fn format(&self) -> Format {
        Format::Docx
    }
    fn extensions(&self) -> &'static [&'static str] {
        &["docx", "docm", "dotx", "dotm"]
    }
    fn sniff(&self, bytes: &[u8]) -> bool {
        // Part names are stored uncompressed in the local headers and the central directory.
        bytes.starts_with(b"PK\x03\x04") && memchr::memmem::find(bytes, b"word/document.xml").is_some()
    }
    fn read(&self, bytes: &[u8], options: &ReadOptions) -> Result<Decoded, String> {
        PACKAGE.read(bytes, options)
    }
}

/// The text of `word/document.xml`.
fn body_text(xml: &str) -> (String, Option<String>) {
    let mut b = TextBuilder::default();
    let mut in_text = false;
    let result = xml::walk(xml, |item| match item {
        Item::Start(e) => match xml::local(e) {
            _ if b.skip > 0 => b.skip += 1,
            // Deleted revisions, field instructions, and the VML copy of a text box drawn by DrawingML.
            b"del" | b"moveFrom" | b"instrText" | b"Fallback" => b.skip = 1,
            b"p" => b.start_paragraph(),
            b"t" => in_text = true,
            b"tbl" => b.start_table(),
            _ => {}
        },
        Item::Empty(e) => match xml::local(e) {
            _ if b.skip > 0 => {}
            b"tab" | b"ptab" => b.text("\t"),
            b"br" | b"cr" => b.text("\n"),
            b"noBreakHyphen" => b.text("-"),
            b"p" => {}
            _ => {}
        },
        Item::End(name) => match name {
            _ if b.skip > 0 => b.skip -= 1,
            b"p" => b.end_paragraph(),
            b"t" => in_text = false,
            b"tc" => b.end_cell(),
            b"tr" => b.end_row(),
            b"tbl" => b.end_table(),
            _ => {}
        },
        Item::Text(t) => {
            if in_text {
                b.text(&t);
            }
        }
    });
    (b.finish(), result.err())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_tables_and_revisions() {
        let xml = r#"<?xml version="1.0"?><w:document xmlns:w="x"><w:body>
            <w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Talks in Doha</w:t></w:r></w:p>
            <w:p><w:r><w:t xml:space="preserve">The envoy </w:t></w:r><w:del><w:r><w:delText>never</w:delText></w:r></w:del><w:r><w:t>met&amp;greeted</w:t><w:tab/><w:t>them.</w:t></w:r></w:p>
            <w:tbl><w:tr><w:tc><w:p><w:r><w:t>Name</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Role</w:t></w:r></w:p></w:tc></w:tr>
            <w:tr><w:tc><w:p><w:r><w:t>Oona</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Envoy</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
            <w:p><w:r><w:fldChar/><w:instrText>HYPERLINK "x"</w:instrText><w:t>Last line.</w:t></w:r></w:p>
            </w:body></w:document>"#;
        assert_eq!(
            body_text(xml).0,
            "Talks in Doha\n\nThe envoy met&greeted\tthem.\n\nName\tRole\n\nOona\tEnvoy\n\nLast line."
        );
    }

    #[test]
    fn core_properties() {
        let meta = xml::properties(
            r#"<cp:coreProperties xmlns:dc="d" xmlns:dcterms="t"><dc:title>Annual Report</dc:title>
               <dcterms:modified>2024-12-01T10:00:00Z</dcterms:modified>
               <dcterms:created xsi:type="dcterms:W3CDTF">2024-11-25T08:30:00Z</dcterms:created></cp:coreProperties>"#,
            PACKAGE.property_names,
        );
        assert_eq!(meta.title.as_deref(), Some("Annual Report"));
        assert_eq!(meta.date.unwrap().to_string(), "2024-11-25");
    }

    #[test]
    fn damaged_xml_keeps_what_came_before() {
        assert_eq!(body_text("<w:p><w:t>Kept.</w:t></w:p><w:p><w:t>cut</w").0, "Kept.\n\ncut");
        let (text, error) = body_text("<w:body><w:p><w:t>x</w:t></w:p></w:bod");
        assert_eq!(text, "x");
        assert!(error.is_some());
    }
}
