//! The extractor on arbitrary text: every mention lies on character boundaries inside its document, in a
//! sentence that exists, for an entity that exists.
#![no_main]

use dossier::corpus::{DocId, Document, Format};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();
    let doc = Document::from_text(
        DocId(0),
        "f.txt".into(),
        Format::Text,
        0,
        text.clone(),
        Default::default(),
    );
    let ex = dossier::extract::extract_document(&doc);
    for m in &ex.mentions {
        assert!(
            text.get(m.start as usize..m.end as usize)
                .is_some_and(|s| !s.is_empty())
        );
        assert!((m.sentence as usize) < doc.sentences.len());
    }
    let data = dossier::pipeline::from_texts([("a.txt", text.as_str())]);
    for (doc, mentions) in data.corpus.documents.iter().zip(&data.extraction.mentions) {
        for m in mentions {
            assert!(doc.text.get(m.range()).is_some());
            assert!(data.extraction.entity(m.entity).is_some());
        }
    }
});
