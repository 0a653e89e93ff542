//! Every reader on arbitrary bytes: the first byte picks the reader (or content sniffing), the rest is the
//! file. A panic in Dossier's own readers is a finding; a panic inside the PDF parser's helper thread is
//! caught by design (the file is skipped with a reason), so it is allowed here and stays quiet.
#![no_main]

use std::time::Duration;

use dossier::corpus::readers;
use dossier::corpus::{DocId, Document, Format, ReadOptions};
use libfuzzer_sys::fuzz_target;

fuzz_target!(
    init: {
        let abort_on_panic = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if std::thread::current().name() != Some("dossier-pdf") {
                abort_on_panic(info);
            }
        }));
    },
    |data: &[u8]| {
        let Some((&pick, bytes)) = data.split_first() else {
            return;
        };
        let options = ReadOptions {
            max_unpacked_bytes: 16 * 1024 * 1024,
            pdf_time_limit: Duration::from_secs(5),
            ..ReadOptions::default()
        };
        let result = match Format::ALL.get(pick as usize % 8) {
            Some(&format) => readers::read_as(format, bytes, &options),
            None => match readers::reader_for("", bytes) {
                Some(reader) => reader.read(bytes, &options),
                None => return,
            },
        };
        match result {
            Ok(decoded) => {
                assert!(!decoded.text.is_empty());
                let doc = Document::from_text(
                    DocId(0),
                    "fuzz".into(),
                    decoded.format,
                    bytes.len() as u64,
                    decoded.text,
                    decoded.meta,
                );
                for s in &doc.sentences {
                    assert!(doc.text.get(s.range()).is_some());
                }
            }
            Err(reason) => assert!(!reason.is_empty()),
        }
    }
);
