//! Property tests: hostile bytes and strings never panic a reader, the sentence splitter or the extractor, and
//! every offset they return lies on a character boundary inside the text. Case counts are bounded so that
//! `cargo test` stays quick; the fuzz targets under `fuzz/` run the same entry points without a bound.

use crate::documents;

use std::sync::OnceLock;
use std::time::Duration;

use proptest::prelude::*;

use dossier::corpus::readers::{self, decode_text};
use dossier::corpus::{DocId, Document, Format, ReadOptions, sentences};

/// Small limits, so a generated bomb is refused quickly.
fn options() -> ReadOptions {
    ReadOptions {
        max_unpacked_bytes: 8 * 1024 * 1024,
        pdf_time_limit: Duration::from_secs(5),
        ..ReadOptions::default()
    }
}

/// Valid files of each structured format, to be mutated.
fn seeds() -> &'static [(Format, Vec<u8>)] {
    static SEEDS: OnceLock<Vec<(Format, Vec<u8>)>> = OnceLock::new();
    SEEDS.get_or_init(|| {
        vec![
            (
                Format::Pdf,
                documents::pdf(&[&["Talks in Doha.", "", "Second para-", "graph here."]], Some("T"), false),
            ),
            (Format::Pdf, documents::pdf(&[&["Compressed page."]], None, true)),
            (
                Format::Docx,
                documents::docx("Heading", &["Paragraph one."], &[&["a", "b"]], "Title"),
            ),
            (Format::Odt, documents::odt("Heading", &["Paragraph."])),
            (
                Format::Rtf,
                br"{\rtf1\ansi{\fonttbl{\f0 A;}}{\info{\title T}}Text \'93q\'94 \u1050? end.\par}".to_vec(),
            ),
            (
                Format::Html,
                b"<!DOCTYPE html><html><head><title>T</title><script>x</script></head><body><h1>H</h1><p>P &amp; q</p></body></html>".to_vec(),
            ),
        ]
    })
}

/// Checks what a reader returned: text that is valid and non-empty when it succeeds, a reason when it fails.
fn check_read(result: Result<readers::Decoded, String>) {
    match result {
        Ok(d) => {
            assert!(!d.text.is_empty());
            // A document can be built on it, with valid sentence spans.
            let doc = Document::from_text(DocId(0), "x".into(), d.format, 0, d.text, d.meta);
            check_spans(&doc.text, doc.sentences.iter().map(|s| (s.start as usize, s.end as usize)));
        }
        Err(reason) => assert!(!reason.trim().is_empty()),
    }
}

/// Spans are non-empty, inside the text, on character boundaries, ordered and not overlapping.
fn check_spans(text: &str, spans: impl IntoIterator<Item = (usize, usize)>) {
    let mut last_end = 0;
    for (start, end) in spans {
        assert!(start < end, "empty span {start}..{end}");
        assert!(end <= text.len(), "span {start}..{end} beyond {}", text.len());
        assert!(text.is_char_boundary(start) && text.is_char_boundary(end));
        assert!(start >= last_end, "overlapping or unordered span at {start}");
        last_end = end;
    }
}

/// Text that looks a bit like news: words, names, punctuation, abbreviations, quotes, white space and some
/// multi-byte characters.
fn newsy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("U.S.".to_string()),
        Just("Mr.".to_string()),
        Just("Foreign Minister".to_string()),
        Just("Kabul".to_string()),
        Just("the Taliban".to_string()),
        Just("Pakistan".to_string()),
        Just("met".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just(". ".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just(" ".to_string()),
        Just("1.5".to_string()),
        Just("Ñ".to_string()),
        Just("🙂".to_string()),
        "[A-Z][a-z]{1,8}",
        "[a-z]{1,8}",
        "\\PC{0,6}",
    ];
    prop::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn readers_survive_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        for format in Format::ALL {
            check_read(readers::read_as(format, &bytes, &options()));
        }
        // And the reader chosen by sniffing.
        if let Some(r) = readers::reader_for("", &bytes) {
            check_read(r.read(&bytes, &options()));
        }
    }

    #[test]
    fn readers_survive_arbitrary_bytes_behind_a_signature(
        sig in 0usize..5,
        bytes in prop::collection::vec(any::<u8>(), 0..2048),
    ) {
        let (format, prefix): (Format, &[u8]) = [
            (Format::Pdf, b"%PDF-1.7\n".as_slice()),
            (Format::Docx, b"PK\x03\x04".as_slice()),
            (Format::Odt, b"PK\x03\x04".as_slice()),
            (Format::Rtf, b"{\\rtf1 ".as_slice()),
            (Format::Html, b"<!DOCTYPE html><html>".as_slice()),
        ][sig];
        let mut input = prefix.to_vec();
        input.extend_from_slice(&bytes);
        check_read(readers::read_as(format, &input, &options()));
    }

    #[test]
    fn readers_survive_damaged_documents(
        which in 0usize..6,
        cut in any::<prop::sample::Index>(),
        flips in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 0..8),
    ) {
        let (format, seed) = &seeds()[which % seeds().len()];
        let mut bytes = seed.clone();
        for (at, value) in flips {
            let i = at.index(bytes.len());
            bytes[i] = value;
        }
        check_read(readers::read_as(*format, &bytes, &options()));
        let cut = cut.index(bytes.len() + 1);
        check_read(readers::read_as(*format, &bytes[..cut], &options()));
    }

    #[test]
    fn text_and_markdown_readers_survive_markup_and_line_breaks(
        lines in prop::collection::vec("[-*_#>|`\\[\\]()! a-zA-Z0-9.,]{0,90}", 0..40)
    ) {
        // Lines of any length with Markdown marks anywhere: hard-wrapped or not, Markdown or not.
        let text = lines.join("\n");
        for format in [Format::Text, Format::Markdown] {
            check_read(readers::read_as(format, text.as_bytes(), &options()));
        }
    }

    #[test]
    fn decode_text_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..4096)) {
        if let Ok(text) = decode_text(&bytes) {
            prop_assert!(!text.trim().is_empty());
        }
    }

    #[test]
    fn sentences_are_ordered_spans_on_char_boundaries(text in newsy()) {
        let spans = sentences::split(&text);
        check_spans(&text, spans.iter().map(|s| (s.start as usize, s.end as usize)));
        for s in &spans {
            let piece = &text[s.range()];
            prop_assert_eq!(piece, piece.trim(), "sentences are trimmed");
        }
    }

    #[test]
    fn sentences_of_any_string(text in "\\PC{0,400}") {
        let spans = sentences::split(&text);
        check_spans(&text, spans.iter().map(|s| (s.start as usize, s.end as usize)));
    }

    #[test]
    fn extraction_offsets_stay_on_char_boundaries(text in newsy()) {
        let doc = Document::from_text(DocId(0), "p.txt".into(), Format::Text, 0, text.clone(), Default::default());
        let ex = dossier::extract::extract_document(&doc);
        for m in &ex.mentions {
            let (start, end) = (m.start as usize, m.end as usize);
            prop_assert!(start < end && end <= text.len());
            prop_assert!(text.is_char_boundary(start) && text.is_char_boundary(end));
            prop_assert!((m.sentence as usize) < doc.sentences.len().max(1));
        }
        for p in &ex.pending {
            let (start, end) = (p.start as usize, p.end as usize);
            prop_assert!(start <= end && end <= text.len());
            prop_assert!(text.is_char_boundary(start) && text.is_char_boundary(end));
        }
    }

    #[test]
    fn pipeline_mentions_match_their_text(a in newsy(), b in "\\PC{0,200}") {
        let data = dossier::pipeline::from_texts([("a.txt", a.as_str()), ("b.txt", b.as_str())]);
        for (doc, mentions) in data.corpus.documents.iter().zip(&data.extraction.mentions) {
            for m in mentions {
                prop_assert!(m.end as usize <= doc.text.len());
                prop_assert!(doc.text.is_char_boundary(m.start as usize));
                prop_assert!(doc.text.is_char_boundary(m.end as usize));
                prop_assert!(data.extraction.entity(m.entity).is_some());
            }
        }
    }
}
