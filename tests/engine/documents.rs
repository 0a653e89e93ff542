//! Generators for the test documents: small, hand-written PDF, DOCX, ODT, RTF and HTML files, so no binary
//! blobs are checked in. Each writer produces the least a real reader expects of the format.

#![allow(dead_code)]

use std::io::Write;

use zip::write::SimpleFileOptions;

/// Escapes a string for a PDF literal string.
fn pdf_string(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        match c {
            '(' | ')' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

/// One PDF object's body.
pub enum PdfObject {
    /// A dictionary, array or other direct object, written as is.
    Plain(String),
    /// A stream with its dictionary entries (without `/Length`) and its data.
    Stream(String, Vec<u8>),
}

/// Writes objects `1 0 obj` … `n 0 obj` with a correct cross-reference table; object 1 must be the catalog.
pub fn pdf_from_objects(objects: &[PdfObject], info: Option<usize>) -> Vec<u8> {
    let mut out: Vec<u8> = b"%PDF-1.4\n%\xE2\xE3\xCF\xD3\n".to_vec();
    let mut offsets = Vec::new();
    for (i, object) in objects.iter().enumerate() {
        offsets.push(out.len());
        writeln!(out, "{} 0 obj", i + 1).unwrap();
        match object {
            PdfObject::Plain(body) => out.extend_from_slice(body.as_bytes()),
            PdfObject::Stream(dict, data) => {
                write!(out, "<< {dict} /Length {} >>\nstream\n", data.len()).unwrap();
                out.extend_from_slice(data);
                out.extend_from_slice(b"\nendstream");
            }
        }
        out.extend_from_slice(b"\nendobj\n");
    }
    let xref = out.len();
    write!(out, "xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).unwrap();
    for off in offsets {
        writeln!(out, "{off:010} 00000 n ").unwrap();
    }
    let info = info.map(|i| format!(" /Info {i} 0 R")).unwrap_or_default();
    write!(
        out,
        "trailer\n<< /Size {} /Root 1 0 R{info} /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>] >>\nstartxref\n{xref}\n%%EOF\n",
        objects.len() + 1
    )
    .unwrap();
    out
}

/// A content stream that writes `lines` top-down in 11-point Helvetica, 14 points apart; an empty line leaves
/// a paragraph gap.
pub fn pdf_content(lines: &[&str]) -> Vec<u8> {
    let mut content = String::from("BT\n/F1 11 Tf\n72 740 Td\n");
    for line in lines {
        if line.is_empty() {
            content.push_str("0 -14 Td\n");
        } else {
            content.push_str(&format!("({}) Tj\n0 -14 Td\n", pdf_string(line)));
        }
    }
    content.push_str("ET\n");
    content.into_bytes()
}

/// A PDF with a text layer: one page per entry of `pages`, each a list of lines. With `compress`, the content
/// streams are Flate-compressed.
pub fn pdf(pages: &[&[&str]], title: Option<&str>, compress: bool) -> Vec<u8> {
    let n = pages.len();
    // 1 catalog, 2 pages, 3 font, then page + content pairs, then the info dictionary.
    let kids: Vec<String> = (0..n).map(|i| format!("{} 0 R", 4 + 2 * i)).collect();
    let mut objects = vec![
        PdfObject::Plain("<< /Type /Catalog /Pages 2 0 R >>".into()),
        PdfObject::Plain(format!("<< /Type /Pages /Kids [{}] /Count {n} >>", kids.join(" "))),
        PdfObject::Plain(HELVETICA.into()),
    ];
    for (i, lines) in pages.iter().enumerate() {
        objects.push(PdfObject::Plain(format!(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents {} 0 R >>",
            5 + 2 * i
        )));
        let content = pdf_content(lines);
        objects.push(if compress {
            PdfObject::Stream("/Filter /FlateDecode".into(), deflate_zlib(&content))
        } else {
            PdfObject::Stream(String::new(), content)
        });
    }
    let info = title.map(|t| {
        objects.push(PdfObject::Plain(format!("<< /Title ({}) /CreationDate (D:20241125093000Z) >>", pdf_string(t))));
        objects.len()
    });
    pdf_from_objects(&objects, info)
}

/// A one-page PDF: catalog (1), pages (2), the page (3) with `resources`, its content stream (4), then `extra`
/// objects from number 5 on.
fn one_page_pdf(resources: &str, content: PdfObject, extra: Vec<PdfObject>) -> Vec<u8> {
    let mut objects = vec![
        PdfObject::Plain("<< /Type /Catalog /Pages 2 0 R >>".into()),
        PdfObject::Plain("<< /Type /Pages /Kids [3 0 R] /Count 1 >>".into()),
        PdfObject::Plain(format!(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << {resources} >> /Contents 4 0 R >>"
        )),
        content,
    ];
    objects.extend(extra);
    pdf_from_objects(&objects, None)
}

const HELVETICA: &str = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>";

/// A PDF whose only page is an image: what a scanner produces.
pub fn scanned_pdf() -> Vec<u8> {
    one_page_pdf(
        "/XObject << /Im1 5 0 R >>",
        PdfObject::Stream(String::new(), b"q 612 0 0 792 0 0 cm /Im1 Do Q".to_vec()),
        vec![PdfObject::Stream(
            "/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode".into(),
            deflate_zlib(&[0, 255, 255, 0]),
        )],
    )
}

/// A PDF whose page draws a form that draws itself (an endless recursion for a naive reader), with text.
pub fn self_drawing_form_pdf() -> Vec<u8> {
    let resources = "/Font << /F1 6 0 R >> /XObject << /Fm1 5 0 R >>";
    one_page_pdf(
        resources,
        PdfObject::Stream(String::new(), b"/Fm1 Do".to_vec()),
        vec![
            PdfObject::Stream(
                format!("/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << {resources} >>"),
                b"BT /F1 11 Tf 72 700 Td (Text inside a form that draws itself.) Tj ET /Fm1 Do".to_vec(),
            ),
            PdfObject::Plain(HELVETICA.into()),
        ],
    )
}

/// A PDF whose content stream inflates to `megabytes` MB of spaces.
pub fn pdf_bomb(megabytes: usize) -> Vec<u8> {
    let mut content = pdf_content(&["Bomb."]);
    content.resize(content.len() + megabytes * 1024 * 1024, b' ');
    one_page_pdf(
        "/Font << /F1 5 0 R >>",
        PdfObject::Stream("/Filter /FlateDecode".into(), deflate_zlib(&content)),
        vec![PdfObject::Plain(HELVETICA.into())],
    )
}

/// Zlib-compresses bytes (the PDF `FlateDecode` format).
pub fn deflate_zlib(data: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

/// Escapes text for XML.
pub fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// A zip archive of `(name, content)` entries, deflated (the first one stored, as ODF wants its `mimetype`
/// when `store_first`).
pub fn zip(entries: &[(&str, &[u8])], store_first: bool) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (i, (name, data)) in entries.iter().enumerate() {
        let method =
            if store_first && i == 0 { zip::CompressionMethod::Stored } else { zip::CompressionMethod::Deflated };
        w.start_file(*name, SimpleFileOptions::default().compression_method(method)).unwrap();
        w.write_all(data).unwrap();
    }
    w.finish().unwrap().into_inner()
}

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#;

const RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#;

/// A Word document: a heading, paragraphs, and a table with the given rows.
pub fn docx(heading: &str, paragraphs: &[&str], table: &[&[&str]], title: &str) -> Vec<u8> {
    let para = |style: Option<&str>, text: &str| {
        let style = style.map(|s| format!(r#"<w:pPr><w:pStyle w:val="{s}"/></w:pPr>"#)).unwrap_or_default();
        format!(r#"<w:p>{style}<w:r><w:t xml:space="preserve">{}</w:t></w:r></w:p>"#, xml_escape(text))
    };
    let mut body = para(Some("Heading1"), heading);
    for p in paragraphs {
        body.push_str(&para(None, p));
    }
    if !table.is_empty() {
        body.push_str("<w:tbl>");
        for row in table {
            body.push_str("<w:tr>");
            for cell in *row {
                body.push_str(&format!("<w:tc>{}</w:tc>", para(None, cell)));
            }
            body.push_str("</w:tr>");
        }
        body.push_str("</w:tbl>");
    }
    let document = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}<w:sectPr/></w:body></w:document>"#
    );
    let core = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{}</dc:title><dcterms:created xsi:type="dcterms:W3CDTF">2024-05-06T09:00:00Z</dcterms:created></cp:coreProperties>"#,
        xml_escape(title)
    );
    zip(
        &[
            ("[Content_Types].xml", CONTENT_TYPES.as_bytes()),
            ("_rels/.rels", RELS.as_bytes()),
            ("word/document.xml", document.as_bytes()),
            ("docProps/core.xml", core.as_bytes()),
        ],
        false,
    )
}

/// A zip bomb dressed as a Word document: `word/document.xml` is `megabytes` MB of zeros (about 1 KB
/// compressed per MB).
pub fn docx_bomb(megabytes: usize) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options =
        SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated).large_file(megabytes >= 4096);
    w.start_file("[Content_Types].xml", options).unwrap();
    w.write_all(CONTENT_TYPES.as_bytes()).unwrap();
    w.start_file("word/document.xml", options).unwrap();
    let chunk = vec![0u8; 1024 * 1024];
    for _ in 0..megabytes {
        w.write_all(&chunk).unwrap();
    }
    w.finish().unwrap().into_inner()
}

/// An OpenDocument text with a heading and paragraphs.
pub fn odt(heading: &str, paragraphs: &[&str]) -> Vec<u8> {
    let mut body = format!(r#"<text:h text:outline-level="1">{}</text:h>"#, xml_escape(heading));
    for p in paragraphs {
        body.push_str(&format!("<text:p>{}</text:p>", xml_escape(p)));
    }
    let content = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>{body}</office:text></office:body></office:document-content>"#
    );
    zip(
        &[("mimetype", b"application/vnd.oasis.opendocument.text".as_slice()), ("content.xml", content.as_bytes())],
        true,
    )
}

/// Deterministic pseudo-random bytes (xorshift), never starting with a byte-order mark.
pub fn random_bytes(n: usize, mut seed: u64) -> Vec<u8> {
    let mut out = Vec::with_capacity(n);
    while out.len() < n {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        out.extend_from_slice(&seed.to_le_bytes());
    }
    out.truncate(n);
    out[0] = 0x00;
    out
}
