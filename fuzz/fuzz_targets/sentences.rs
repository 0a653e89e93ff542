//! The sentence splitter on arbitrary text: spans are non-empty, ordered, disjoint, trimmed and on character
//! boundaries.
#![no_main]

use dossier::corpus::sentences;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut last = 0;
    for span in sentences::split(&text) {
        let piece = text.get(span.range()).expect("span on char boundaries");
        assert!(!piece.is_empty() && piece == piece.trim());
        assert!(span.start as usize >= last);
        last = span.end as usize;
    }
});
