//! Acronyms in parentheses after the name they abbreviate: "Economic Community of West African States
//! (ECOWAS)". Whether the text spells out a dictionary acronym or defines its own, and whether a name runs on over
//! "and"/"of" to the acronym that closes it.

use super::detect::{Label, Scan};
use super::knowledge::Entry;
use super::tokens::{Case, TokenKind};

impl Scan<'_> {
    /// An all-capitals dictionary word in parentheses that spells the initials of the words before it, which are
    /// not that dictionary entry: the text defines its own acronym ("Turkmenistan-Afghanistan-Pakistan (TAP)" is
    /// not the Tunisian news agency). Words spelled like the entry's own names are that entry, written another
    /// way ("Jama'at Nusrat al-Islam wal-Muslimin (JNIM)").
    pub(super) fn defines_other_acronym(&self, m: &super::knowledge::PhraseMatch<'_>) -> bool {
        let i = m.first;
        if m.end != i + 1 || i < 2 || !self.is_punct(i - 1, "(") || !self.is_punct(i + 1, ")") {
            return false;
        }
        // The dictionary phrase before is the same entry: "Tehrik-e-Taliban Pakistan (TTP)".
        let same_entry_before = |k: usize| {
            self.dict.last().is_some_and(|prev| prev.end == k + 1 && prev.entries.iter().any(|e| m.entries.contains(e)))
        };
        let Some(first) = self.spelled_out_before(i, same_entry_before) else {
            return false;
        };
        let spelled_like_entry = m.entries.iter().any(|e| match e {
            Entry::Organization(o) => self.kb.organizations.get(*o as usize).is_some_and(|org| {
                (first..i - 1).any(|k| {
                    let word = super::translit::strip_particle(self.tok(k));
                    word.chars().count() >= 4
                        && !self.kb.is_common_word(&word.to_lowercase())
                        && std::iter::once(&org.name).chain(&org.aliases).any(|n| contains_word(n, word))
                })
            }),
            _ => false,
        });
        !spelled_like_entry
    }

    /// The first of the words before the parenthesis at `i - 1` whose initials spell the all-capitals word at `i`
    /// ("Economic Community of West African States (ECOWAS)"), if they do; `None` too when `stop(k)` says the word
    /// at `k` settles it otherwise.
    pub(super) fn spelled_out_before(&self, i: usize, stop: impl Fn(usize) -> bool) -> Option<usize> {
        if i < 2 || self.toks()[i].case != Case::Upper {
            return None;
        }
        let acronym: Vec<char> = self.tok(i).chars().filter(|c| c.is_alphabetic()).collect();
        let mut initials: Vec<char> = Vec::new();
        let (mut k, mut first) = (i - 1, None);
        while k > 0 && initials.len() < acronym.len() {
            k -= 1;
            let t = self.toks()[k];
            if t.kind != TokenKind::Word {
                break;
            }
            if !t.is_capitalised() {
                if matches!(self.tok(k), "of" | "the" | "and" | "for" | "de" | "al" | "wal") {
                    continue;
                }
                break;
            }
            if stop(k) {
                return None;
            }
            let parts: Vec<char> = self
                .tok(k)
                .split(['-', '–', '‐', '‑'])
                .filter_map(|p| p.chars().next())
                .filter(|c| c.is_uppercase())
                .collect();
            for c in parts.into_iter().rev() {
                initials.insert(0, c);
            }
            first = Some(k);
        }
        let spelled = !acronym.is_empty()
            && initials.len() >= acronym.len()
            && initials[initials.len() - acronym.len()..] == acronym[..];
        first.filter(|_| spelled)
    }

    /// Whether an acronym in parentheses closes the name that runs on from the connector at `i` (capitalised
    /// words and connectors only, a few of them) and spells its initials from `chunk_first`.
    pub(super) fn acronym_spells_from(&self, chunk_first: usize, i: usize) -> bool {
        let mut k = i + 1;
        while k < (i + 8).min(self.toks().len()) {
            if self.is_punct(k, "(") {
                return self.is_punct(k + 2, ")") && self.spelled_out_before(k + 1, |_| false) == Some(chunk_first);
            }
            let connector = matches!(self.tok(k), "and" | "&" | "of" | "for" | "the");
            if !connector && !matches!(self.labels[k], Label::Cap | Label::Dict(_)) {
                return false;
            }
            k += 1;
        }
        false
    }
}

/// Whether `name` has `word` as one of its words (split at spaces, hyphens and dashes; any case).
fn contains_word(name: &str, word: &str) -> bool {
    let separator = |c: char| c.is_whitespace() || matches!(c, '-' | '–' | '‐' | '‑');
    name.split(separator).any(|w| w.eq_ignore_ascii_case(word))
}
