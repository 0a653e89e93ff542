//! Ships' names, which name no entity: "the bulk carrier Aegean Meltemi", "the PCG cutter BRP Cabra", "the BRP
//! Sierra Madre". A name read as a ship's stays one for the rest of the document ("manages the Aegean Meltemi").

use crate::extract::detect::{Chunk, Scan};

/// Whether `chunk` names a ship: it comes right after a noun of vessels (`vessel-noun` in `context_words.tsv`,
/// one word or two: "tanker", "bulk carrier"), opens with a ship's prefix ("BRP", "USS"; `ship-prefix`), or is a
/// name in `known`, the document's ships so far. A new ship's name is added to `known`.
pub(super) fn is_vessel(scan: &Scan, chunk: &Chunk, known: &mut Vec<String>) -> bool {
    let first = chunk.first;
    if known.iter().any(|k| k == scan.span_text(first, chunk.end)) {
        return true;
    }
    // (Most names follow no word of vessels: its bit says so before the nouns are looked up.)
    let lower_before = |k: usize| k < first && scan.toks()[k].is_word() && !scan.toks()[k].is_capitalised();
    let noun_before = first >= 1
        && scan.facts[first - 1].vessel
        && lower_before(first - 1)
        && (scan.kb.in_context("vessel-noun", scan.lower(first - 1))
            || (first >= 2
                && lower_before(first - 2)
                && scan.kb.in_context("vessel-noun", &format!("{} {}", scan.lower(first - 2), scan.lower(first - 1)))));
    let word = scan.tok(first);
    let prefixed = chunk.end - first >= 2
        && (2..=5).contains(&word.len())
        && word.bytes().all(|b| b.is_ascii_uppercase())
        && scan.kb.in_context("ship-prefix", word);
    if noun_before || prefixed {
        known.push(scan.span_text(first, chunk.end).to_string());
    }
    noun_before || prefixed
}
