//! Real folders: PDF, Word, OpenDocument, RTF, HTML, legacy encodings, and bad files that never hurt.
//!
//! Every test file is generated here (see `documents.rs`); nothing binary is checked in.

use crate::documents;

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, SystemTime};

use dossier::corpus::readers::{self, Decoded};
use dossier::corpus::{Format, ReadOptions};
use dossier::export::ExportFile;
use dossier::pipeline::{self, Progress};

fn read(format: Format, bytes: &[u8]) -> Result<Decoded, String> {
    readers::read_as(format, bytes, &ReadOptions::default())
}

const PDF_PAGE_1: &[&str] = &[
    "Kabul talks resume in Doha",
    "",
    "Foreign Minister Halvard Kestrel met with the special envoy of",
    "the Taliban on Monday, where inter-",
    "national observers from the United Nations waited outside the",
    "hall for news of an agreement.",
];
const PDF_PAGE_2: &[&str] =
    &["A second round of talks is planned for December in Tashkent, officials", "said after the meeting."];

fn report_pdf() -> Vec<u8> {
    documents::pdf(&[PDF_PAGE_1, PDF_PAGE_2], Some("Kabul talks resume"), false)
}

fn report_docx() -> Vec<u8> {
    documents::docx(
        "Water dispute on the Amu Darya",
        &[
            "Uzbek and Tajik officials met in Dushanbe to discuss the canal.",
            "The envoy said the talks were “constructive” & useful.",
        ],
        &[&["Delegation", "Leader"], &["Uzbekistan", "Oona Brightwater"]],
        "Amu Darya brief",
    )
}

const HTML_PAGE: &str = r#"<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Sahel envoy visits Bamako | World Desk</title>
<meta property="article:published_time" content="2024-04-26T07:00:00Z">
<style>.secret-style { color: red; }</style>
<script>window.trackingSecret = "do-not-index";</script>
</head><body>
<header class="site"><a href="/">World Desk</a> Home · World · Sport</header>
<nav><ul><li><a href="/a">Navigation link one</a></li><li>Navigation link two</li></ul></nav>
<main><article><h1>Sahel envoy visits Bamako</h1>
<p>The envoy of Niger arrived in Bamako on Friday for talks with the military government.</p>
<p>Officials said the meeting&nbsp;&amp; the visit were &ldquo;historic&rdquo;.</p>
<script>document.write("script text in the body");</script>
</article></main>
<aside>Most read: unrelated story</aside>
<footer>Copyright World Desk</footer>
</body></html>"#;

fn utf16_le(text: &str) -> Vec<u8> {
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    bytes
}

const UTF16_TEXT: &str = "Talks in Tbilisi\n\nThe Georgian minister met envoys from Armenia and Azerbaijan in Tbilisi – progress, they said.";
const CP1252_BYTES: &[u8] = b"Islamabad statement\r\n\r\nPakistan\x92s foreign office said it would \x93engage constructively\x94 with Kabul \x96 a first.";
const RTF_DOC: &[u8] = br"{\rtf1\ansi\ansicpg1252{\fonttbl{\f0 Arial;}}{\info{\title Red Sea shipping}}\f0 Red Sea shipping\par Houthi forces attacked a cargo ship near Aden, the coalition said.\par}";

/// Builds the acceptance folder; returns whether `locked.txt` is readable anyway (tests running as root).
fn build_folder(dir: &Path, bomb_megabytes: usize) -> bool {
    let w = |name: &str, bytes: &[u8]| std::fs::write(dir.join(name), bytes).unwrap();
    // Good documents.
    w("report.pdf", &report_pdf());
    w("brief.docx", &report_docx());
    w("page.html", HTML_PAGE.as_bytes());
    w("utf16.txt", &utf16_le(UTF16_TEXT));
    w("cp1252.txt", CP1252_BYTES);
    w(
        "notes.odt",
        &documents::odt("Grain corridor", &["Ukrainian and Turkish officials met in Istanbul about grain."]),
    );
    w("memo.rtf", RTF_DOC);
    // A PDF whose name says text: content wins.
    w("misnamed-pdf.txt", &documents::pdf(&[&["Misnamed report about Essequibo and Venezuela."]], None, true));
    // Bad files.
    w("empty.txt", b"");
    w("random.txt", &documents::random_bytes(4096, 0x9E37_79B9_7F4A_7C15));
    let pdf = report_pdf();
    w("truncated.pdf", &pdf[..pdf.len() * 2 / 3]);
    w("bomb.docx", &documents::docx_bomb(bomb_megabytes));
    w("scanned.pdf", &documents::scanned_pdf());
    w("fake.docx", b"This is plain text pretending to be a Word document.");
    // Quietly ignored: hidden files and non-documents.
    w(".hidden.txt", b"secret");
    w("photo.png", b"\x89PNG\r\n\x1a\n");
    let locked = dir.join("locked.txt");
    std::fs::write(&locked, "Locked text.").unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
        // A folder that links back to its parent, and a file link to itself.
        std::fs::create_dir(dir.join("loop")).unwrap();
        std::os::unix::fs::symlink("..", dir.join("loop/back")).unwrap();
        std::os::unix::fs::symlink("self.txt", dir.join("self.txt")).unwrap();
    }
    std::fs::read(&locked).is_ok()
}

/// Checks the documents and skipped files of an export of the acceptance folder.
fn check_export(json: &ExportFile, locked_readable: bool) {
    let doc = |path: &str| {
        json.documents
            .iter()
            .find(|d| d.path == path)
            .unwrap_or_else(|| panic!("{path} was not read: {:?}", json.skipped))
    };
    let text = |path: &str| doc(path).text.clone().expect("exported with text");

    let pdf = text("report.pdf");
    assert!(
        pdf.contains(
            "Foreign Minister Halvard Kestrel met with the special envoy of the Taliban on Monday, \
                      where international observers from the United Nations waited outside the hall for news of \
                      an agreement."
        ),
        "PDF text: {pdf}"
    );
    assert!(pdf.contains("A second round of talks is planned for December in Tashkent, officials said"));
    assert_eq!(doc("report.pdf").format, "pdf");
    assert_eq!(doc("report.pdf").title, "Kabul talks resume");
    assert_eq!(doc("report.pdf").date.as_deref(), Some("2024-11-25"));

    let docx = text("brief.docx");
    assert!(docx.starts_with("Water dispute on the Amu Darya\n\n"));
    assert!(docx.contains("Uzbek and Tajik officials met in Dushanbe to discuss the canal."));
    assert!(docx.contains("“constructive” & useful"));
    assert!(docx.contains("Uzbekistan\tOona Brightwater"));
    assert_eq!(doc("brief.docx").title, "Amu Darya brief");
    assert_eq!(doc("brief.docx").date.as_deref(), Some("2024-05-06"));
    assert_eq!(doc("brief.docx").format, "docx");

    let html = text("page.html");
    assert!(html.contains("The envoy of Niger arrived in Bamako on Friday for talks with the military government."));
    assert!(html.contains("Officials said the meeting & the visit were “historic”."));
    for absent in
        ["secret-style", "trackingSecret", "script text", "Navigation link", "Most read", "Copyright", "Home · World"]
    {
        assert!(!html.contains(absent), "{absent:?} leaked into the HTML text: {html}");
    }
    assert_eq!(doc("page.html").title, "Sahel envoy visits Bamako");
    assert_eq!(doc("page.html").date.as_deref(), Some("2024-04-26"));
    assert_eq!(doc("page.html").format, "html");

    assert_eq!(text("utf16.txt"), UTF16_TEXT);
    assert!(
        text("cp1252.txt")
            .contains("Pakistan’s foreign office said it would “engage constructively” with Kabul – a first.")
    );
    assert!(text("notes.odt").contains("Ukrainian and Turkish officials met in Istanbul about grain."));
    assert_eq!(doc("notes.odt").format, "odt");
    assert!(text("memo.rtf").contains("Houthi forces attacked a cargo ship near Aden, the coalition said."));
    assert_eq!(doc("memo.rtf").title, "Red Sea shipping");
    assert_eq!(doc("misnamed-pdf.txt").format, "pdf");
    assert!(text("misnamed-pdf.txt").contains("Misnamed report about Essequibo and Venezuela."));
    for d in &json.documents {
        assert!(d.bytes > 0, "{} has its size", d.path);
    }

    let reason = |path: &str| {
        json.skipped
            .iter()
            .find(|s| s.path == path)
            .map(|s| s.reason.clone())
            .unwrap_or_else(|| panic!("{path} is not listed as skipped: {:?}", json.skipped))
    };
    assert_eq!(reason("empty.txt"), "empty file");
    assert!(reason("random.txt").contains("binary file"), "{}", reason("random.txt"));
    assert!(reason("truncated.pdf").starts_with("truncated PDF: "), "{}", reason("truncated.pdf"));
    let bomb = reason("bomb.docx");
    assert!(bomb.starts_with("zip bomb? word/document.xml decompresses beyond the limit"), "{bomb}");
    assert_eq!(reason("scanned.pdf"), "no text layer (scanned?)");
    assert_eq!(reason("fake.docx"), "not a Word document (damaged or misnamed)");
    #[cfg(unix)]
    {
        assert_eq!(reason("loop/back"), "folder link loop (already visited)");
        assert_eq!(reason("self.txt"), "link loop");
        if locked_readable {
            assert!(json.documents.iter().any(|d| d.path == "locked.txt"));
        } else {
            assert_eq!(reason("locked.txt"), "permission denied (cannot read)");
        }
    }
    let listed: Vec<&str> =
        json.documents.iter().map(|d| d.path.as_str()).chain(json.skipped.iter().map(|s| s.path.as_str())).collect();
    assert!(!listed.contains(&".hidden.txt") && !listed.contains(&"photo.png"));
}

#[test]
fn a_real_folder_reads_the_good_files_and_skips_the_bad_with_reasons() {
    let dir = tempfile::tempdir().unwrap();
    let locked_readable = build_folder(dir.path(), 300);
    let data = pipeline::open(dir.path(), &ReadOptions::default(), &Progress::default()).unwrap();
    assert_eq!(data.corpus.ignored, 2, "the hidden file and the image");
    let json = dossier::export::to_export(&data, &dir.path().to_string_lossy(), true);
    check_export(&json, locked_readable);
}

/// Every file under `root` with its size, modification time and permissions (links not followed).
fn snapshot(root: &Path) -> BTreeMap<String, (u64, SystemTime, u32)> {
    let mut out = BTreeMap::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let entry = entry.unwrap();
            let meta = std::fs::symlink_metadata(entry.path()).unwrap();
            #[cfg(unix)]
            let mode = std::os::unix::fs::PermissionsExt::mode(&meta.permissions());
            #[cfg(not(unix))]
            let mode = 0;
            let key = entry.path().strip_prefix(root).unwrap().to_string_lossy().into_owned();
            out.insert(key, (meta.len(), meta.modified().unwrap(), mode));
            if meta.is_dir() {
                stack.push(entry.path());
            }
        }
    }
    out
}

#[test]
fn the_binary_exports_the_folder_with_exit_code_0_and_writes_nothing_into_it() {
    let dir = tempfile::tempdir().unwrap();
    let locked_readable = build_folder(dir.path(), 300);
    let before = snapshot(dir.path());
    // Make any write into the folder visible in the modification times.
    std::thread::sleep(Duration::from_millis(20));
    let out =
        Command::new(env!("CARGO_BIN_EXE_dossier")).arg("export").arg(dir.path()).arg("--with-text").output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let json: ExportFile = serde_json::from_slice(&out.stdout).expect("dossier-export/1 JSON");
    check_export(&json, locked_readable);
    assert_eq!(before, snapshot(dir.path()), "the folder is unchanged");
}

#[test]
fn pdf_text_layer_in_page_order_with_title_and_date() {
    let d = read(Format::Pdf, &report_pdf()).unwrap();
    assert_eq!(d.format, Format::Pdf);
    assert!(d.text.starts_with("Kabul talks resume in Doha\n\nForeign Minister"), "{}", d.text);
    let first = d.text.find("United Nations").unwrap();
    let second = d.text.find("Tashkent").unwrap();
    assert!(first < second, "pages in order");
    assert!(d.text.contains("international observers"), "de-hyphenated: {}", d.text);
    assert_eq!(d.meta.title.as_deref(), Some("Kabul talks resume"));
    assert_eq!(d.meta.date.unwrap().to_string(), "2024-11-25");
    let compressed = read(Format::Pdf, &documents::pdf(&[PDF_PAGE_1, PDF_PAGE_2], None, true)).unwrap();
    assert_eq!(compressed.text, d.text);
}

#[test]
fn broken_pdfs_are_skipped_with_specific_reasons() {
    let pdf = report_pdf();
    for cut in [pdf.len() / 4, pdf.len() / 2, pdf.len() - 40] {
        let reason = read(Format::Pdf, &pdf[..cut]).unwrap_err();
        assert!(reason.starts_with("truncated PDF: "), "cut at {cut}: {reason}");
    }
    assert_eq!(read(Format::Pdf, &documents::scanned_pdf()).unwrap_err(), "no text layer (scanned?)");
    assert_eq!(read(Format::Pdf, b"hello").unwrap_err(), "not a PDF (damaged or misnamed)");
    let mut damaged = pdf.clone();
    let xref = damaged.windows(4).rposition(|w| w == b"xref").unwrap();
    damaged[xref..xref + 4].copy_from_slice(b"junk");
    assert!(read(Format::Pdf, &damaged).unwrap_err().starts_with("damaged PDF"));
}

#[test]
fn a_form_that_draws_itself_does_not_recurse_forever() {
    let d = read(Format::Pdf, &documents::self_drawing_form_pdf()).unwrap();
    assert_eq!(d.text, "Text inside a form that draws itself.");
}

#[test]
fn a_pdf_compression_bomb_is_refused() {
    let options = ReadOptions { max_unpacked_bytes: 4 * 1024 * 1024, ..ReadOptions::default() };
    let reason = readers::read_as(Format::Pdf, &documents::pdf_bomb(8), &options).unwrap_err();
    assert!(reason.starts_with("zip bomb? a compressed PDF stream decompresses beyond the limit"), "{reason}");
    // Within the limit the same kind of file reads.
    assert!(readers::read_as(Format::Pdf, &documents::pdf_bomb(1), &options).is_ok());
}

#[test]
fn an_encrypted_pdf_says_so() {
    use pdf_extract::encryption::{EncryptionState, EncryptionVersion, Permissions};
    let mut doc = pdf_extract::Document::load_mem(&report_pdf()).unwrap();
    let state = EncryptionState::try_from(EncryptionVersion::V2 {
        document: &doc,
        owner_password: "owner",
        user_password: "secret",
        key_length: 128,
        permissions: Permissions::default(),
    })
    .unwrap();
    doc.encrypt(&state).unwrap();
    let mut bytes = Vec::new();
    doc.save_to(&mut bytes).unwrap();
    assert_eq!(read(Format::Pdf, &bytes).unwrap_err(), "encrypted PDF (password-protected)");
}

#[test]
fn a_slow_pdf_is_given_up_at_the_deadline() {
    let lines: Vec<String> =
        (0..40).map(|i| format!("Line {i} of a long report about talks between many delegations.")).collect();
    let page: Vec<&str> = lines.iter().map(String::as_str).collect();
    let pages: Vec<&[&str]> = vec![page.as_slice(); 400];
    let bytes = documents::pdf(&pages, None, false);
    let options = ReadOptions { pdf_time_limit: Duration::from_millis(1), ..ReadOptions::default() };
    let reason = readers::read_as(Format::Pdf, &bytes, &options).unwrap_err();
    assert!(reason.starts_with("PDF took too long to read"), "{reason}");
}

#[test]
fn word_documents_and_their_failures() {
    let d = read(Format::Docx, &report_docx()).unwrap();
    assert_eq!(
        d.text,
        "Water dispute on the Amu Darya\n\nUzbek and Tajik officials met in Dushanbe to discuss the canal.\n\n\
         The envoy said the talks were “constructive” & useful.\n\nDelegation\tLeader\n\nUzbekistan\tOona Brightwater"
    );
    assert_eq!(read(Format::Docx, b"plain text").unwrap_err(), "not a Word document (damaged or misnamed)");
    let other_zip = documents::zip(&[("hello.txt", b"hi".as_slice())], false);
    assert!(read(Format::Docx, &other_zip).unwrap_err().starts_with("not a Word document"));
    let docx = report_docx();
    let reason = read(Format::Docx, &docx[..docx.len() - 30]).unwrap_err();
    assert!(reason.starts_with("damaged Word document"), "{reason}");
}

#[test]
fn zip_bombs_are_refused_whatever_the_headers_say() {
    let options = ReadOptions { max_unpacked_bytes: 2 * 1024 * 1024, ..ReadOptions::default() };
    let bomb = documents::docx_bomb(5);
    assert!(bomb.len() < 64 * 1024, "a small file");
    let reason = readers::read_as(Format::Docx, &bomb, &options).unwrap_err();
    assert_eq!(reason, "zip bomb? word/document.xml decompresses beyond the limit (5 MB; the limit is 2 MB)");
    // The same bomb with headers that claim 1 KB: the cap holds while reading.
    let lying = lie_about_sizes(&bomb, "word/document.xml", 1024);
    let reason = readers::read_as(Format::Docx, &lying, &options).unwrap_err();
    assert_eq!(reason, "zip bomb? word/document.xml decompresses beyond the size its header declares");
    // An absurd ratio within the size limit.
    let reason = read(Format::Docx, &documents::docx_bomb(5)).unwrap_err();
    assert!(reason.contains("compression ratio"), "{reason}");
    // Too many entries.
    let names: Vec<String> = (0..20).map(|i| format!("part{i}.xml")).collect();
    let entries: Vec<(&str, &[u8])> = names.iter().map(|n| (n.as_str(), b"<x/>".as_slice())).collect();
    let options = ReadOptions { max_archive_entries: 10, ..ReadOptions::default() };
    let reason = readers::read_as(Format::Docx, &documents::zip(&entries, false), &options).unwrap_err();
    assert_eq!(reason, "zip bomb? the archive holds 20 entries (the limit is 10)");
}

/// Rewrites the uncompressed size of entry `name` in its local header and the central directory.
fn lie_about_sizes(zip: &[u8], name: &str, size: u32) -> Vec<u8> {
    let mut out = zip.to_vec();
    let name = name.as_bytes();
    let mut i = 0;
    while i + 46 < out.len() {
        let sig = &out[i..i + 4];
        if sig == b"PK\x03\x04" {
            let n = u16::from_le_bytes([out[i + 26], out[i + 27]]) as usize;
            if out.get(i + 30..i + 30 + n) == Some(name) {
                out[i + 22..i + 26].copy_from_slice(&size.to_le_bytes());
            }
        } else if sig == b"PK\x01\x02" {
            let n = u16::from_le_bytes([out[i + 28], out[i + 29]]) as usize;
            if out.get(i + 46..i + 46 + n) == Some(name) {
                out[i + 24..i + 28].copy_from_slice(&size.to_le_bytes());
            }
        }
        i += 1;
    }
    out
}

#[test]
fn html_pages_give_visible_text_only() {
    let d = read(Format::Html, HTML_PAGE.as_bytes()).unwrap();
    assert_eq!(
        d.text,
        "Sahel envoy visits Bamako\n\nThe envoy of Niger arrived in Bamako on Friday for talks with the military \
         government.\n\nOfficials said the meeting & the visit were “historic”."
    );
}

#[test]
fn text_encodings() {
    let mut be = vec![0xFE, 0xFF];
    be.extend("Kyiv – “talks”".encode_utf16().flat_map(u16::to_be_bytes));
    assert_eq!(read(Format::Text, &be).unwrap().text, "Kyiv – “talks”");
    assert_eq!(read(Format::Text, &utf16_le(UTF16_TEXT)).unwrap().text, UTF16_TEXT);
    assert!(read(Format::Text, CP1252_BYTES).unwrap().text.contains("Pakistan’s"));
    assert!(read(Format::Text, &documents::random_bytes(4096, 7)).is_err());
}

/// A report saved as text from a PDF, wrapped at 72 characters: names, a title and a hyphenated word broken
/// across lines.
const WRAPPED_REPORT: &str = "Quarterly Border Report\n\n\
The foreign ministers of Chile and Peru met in Santiago on Tuesday, where\n\
Chilean Foreign Minister Tomas Quenaya and his Peruvian counterpart\n\
Rodrigo Alvear signed an agreement on the reopening of the crossing near\n\
the Chacalluta airport. Chile accused Bolivia of blocking the cross-\n\
border railway for a third month, and Peruvian officials said the negoti-\n\
ations with La Paz would resume in Lima after the rainy season ends.\n\n\
Page 2 of 9\n";

#[test]
fn a_text_file_wrapped_at_one_margin_is_read_as_paragraphs() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("report.txt"), WRAPPED_REPORT).unwrap();
    let data = pipeline::open(dir.path(), &ReadOptions::default(), &Progress::default()).unwrap();
    let json = dossier::export::to_export(&data, &dir.path().to_string_lossy(), true);
    let text = json.documents[0].text.clone().expect("exported with text");
    assert!(text.contains("his Peruvian counterpart Rodrigo Alvear signed"), "{text}");
    assert!(text.contains("the cross-border railway") && text.contains("the negotiations with La Paz"), "{text}");
    assert!(text.starts_with("Quarterly Border Report\n\n") && text.ends_with("\n\nPage 2 of 9"), "{text}");
    let person = |name: &str| json.entities.iter().any(|e| e.name == name && e.kind == "person");
    assert!(person("Tomas Quenaya") && person("Rodrigo Alvear"), "{:?}", json.entities);
    let coded = |a: &str, b: &str, category: &str| {
        json.interactions.iter().any(|i| i.source == a && i.target == b && i.category == category)
    };
    // The accusation's sentence began on one line and ended on the next.
    assert!(coded("CHL", "BOL", "ACCUSE"), "{:?}", json.interactions);
    assert!(json.interactions.iter().any(|i| i.category == "AGREE" && [&i.source, &i.target] == ["CHL", "PER"]));
    // The file itself is never rewritten.
    assert_eq!(std::fs::read_to_string(dir.path().join("report.txt")).unwrap(), WRAPPED_REPORT);
}

#[test]
fn markdown_is_read_without_its_markup_even_saved_as_text() {
    let md = "# Border talks\n\nPeruvian President **Tomas Quenaya** met Bolivia's president in \
              [La Paz](https://example.org/lapaz).\n\n- **3 May:** talks end.\n";
    let plain = "Border talks\n\nPeruvian President Tomas Quenaya met Bolivia's president in La Paz.\n\n- 3 May: \
                 talks end.";
    let d = read(Format::Markdown, md.as_bytes()).unwrap();
    assert_eq!(d.text, plain);
    // Saved as .txt, the markup still says what it is.
    let d = read(Format::Text, md.as_bytes()).unwrap();
    assert_eq!((d.text.as_str(), d.format), (plain, Format::Markdown));
    // Text with an asterisk rule and no other markup is plain text.
    let d = read(Format::Text, b"A statement.\n\n***\n\nFor media enquiries: the press service.").unwrap();
    assert_eq!(d.format, Format::Text);
}
