//! Compound words whose parts are dictionary words, joined by hyphens or dashes: "anti-Taliban", "Taliban-run",
//! "Turkmenistan–Afghanistan–Pakistan". Part of a sentence's scan ([`Scan`]).

use super::detect::{DictHit, Label, Scan};
use super::knowledge::title_case;
use super::tokens::tokenize;

impl Scan<'_> {
    /// Dictionary words inside hyphenated modifiers and compounds: "anti-Taliban", "Taliban-run",
    /// "Turkmenistan–Afghanistan–Pakistan". Called only for a word with a joiner (see [`has_joiner`]); kept out of
    /// line so that the long search does not weigh on the loop over every token that calls it.
    /// Returns the token to go on from: past the next word when the last part starts a phrase with it ("US-South
    /// Korean", "Dogharoun-Islam Qala").
    #[inline(never)]
    pub(super) fn find_parts(&mut self, i: usize) -> usize {
        let tok = self.toks()[i];
        let word = self.tok(i);
        if !word.contains(JOINERS) {
            return i + 1;
        }
        // Model names ("Hwasong-18", "F-16") name no place or country.
        if word.split(JOINERS).any(|p| p.chars().any(|c| c.is_ascii_digit())) {
            return i + 1;
        }

        let in_capitals = !word.chars().any(char::is_lowercase);
        let mut offset = tok.start as usize;
        for part in word.split(JOINERS) {
            let begin = offset;
            offset +=
                part.len() + word[offset - tok.start as usize + part.len()..].chars().next().map_or(0, char::len_utf8);
            if !part.chars().next().is_some_and(char::is_uppercase) {
                continue;
            }
            // A compound in capitals ("CENTRAL ASIA-AFGHANISTAN ROUNDUP") is a headline's: its parts are read in
            // title case, as a word in capitals is among capitals.
            let titled = match in_capitals && part.chars().count() >= 4 {
                true => Some(title_case(part)),
                false => None,
            };
            let part = titled.as_deref().unwrap_or(part);
            let sub = tokenize(part);
            if sub.len() != 1 {
                continue;
            }
            let last = offset >= tok.end as usize;
            if last && titled.is_none() && self.phrase_across(i, begin, part) {
                return i + 2;
            }
            if let Some(m) = self.kb.match_at(part, &sub, 0).filter(|m| m.end == 1) {
                self.dict.push(DictHit {
                    first: i,
                    end: i + 1,
                    start: begin as u32,
                    stop: (begin + part.len()) as u32,
                    entries: m.entries,
                    part: true,
                });
            }
        }
        i + 1
    }

    /// Whether the last part of the compound at token `i` (starting at byte `begin`) and the next word are a
    /// dictionary phrase ("US-South Korean exercises"): if so it is recorded, the next word labelled with it.
    fn phrase_across(&mut self, i: usize, begin: usize, part: &str) -> bool {
        let Some(next) = self.toks().get(i + 1).copied().filter(|t| t.space_before && t.is_capitalised()) else {
            return false;
        };
        let joined = format!("{part} {}", self.tok(i + 1));
        let sub = tokenize(&joined);
        let Some(m) = self.kb.match_at(&joined, &sub, 0).filter(|m| m.end == sub.len()) else { return false };
        let n = self.dict.len() as u16;
        self.dict.push(DictHit {
            first: i,
            end: i + 2,
            start: begin as u32,
            stop: next.end,
            entries: m.entries,
            part: true,
        });
        self.labels[i + 1] = Label::Dict(n);
        true
    }

    /// Whether token `i` is a hyphenated compound of dictionary words ("China-Pakistan", "Turkmenistan–Afghanistan")
    /// right before a name: it opens a name with a head word ("the China-Pakistan Economic Corridor"), though alone
    /// it is only a modifier.
    pub(super) fn compound_of_dictionary_words(&self, i: usize) -> bool {
        let Some(tok) = self.toks().get(i) else { return false };
        let word = self.tok(i);
        let parts = word.split(JOINERS).count();
        tok.is_capitalised()
            && self.labels[i] == Label::Other
            && self.toks().get(i + 1).is_some_and(|t| t.space_before)
            && parts >= 2
            && self.dictionary_parts(i) == parts
    }

    /// How many parts of the hyphenated word at token `i` are dictionary words (see `find_parts`).
    pub(super) fn dictionary_parts(&self, i: usize) -> usize {
        self.dict.iter().filter(|h| h.part && h.first == i).count()
    }
}

/// The hyphens and dashes that join the parts of a compound word ("Turkmenistan–Afghanistan").
pub(super) const JOINERS: [char; 5] = ['-', '‐', '‑', '–', '—'];

/// Whether a word may contain a hyphen or dash: an ASCII hyphen, or the first byte (0xE2) of the three-byte
/// Unicode hyphens and dashes. A byte scan, because most words have none and a test for the characters
/// themselves decodes every character.
#[inline]
pub(super) fn has_joiner(word: &str) -> bool {
    word.bytes().any(|b| b == b'-' || b == 0xE2)
}
