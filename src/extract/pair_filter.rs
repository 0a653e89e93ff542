//! A quick "certainly not in this word list" test on a word's first two bytes.
//!
//! Most tokens of a text are ordinary words ("the", "of", "said") that no dictionary holds, yet each dictionary
//! lookup hashes and compares the whole word. A 128 × 128 bit table of the (ASCII) first-two-byte pairs of a
//! list's words rules most of them out with one memory read. The test never says no to a word of the list.

/// The first-two-byte pairs of a word list.
#[derive(Clone, Debug)]
pub struct PairFilter {
    /// Bit `s` of `pairs[f]`: some word starts with bytes `f`, `s` (`s` = 0 for a one-byte word).
    pairs: Box<[u128; 128]>,
}

impl Default for PairFilter {
    fn default() -> Self {
        PairFilter { pairs: Box::new([0; 128]) }
    }
}

/// The word's first two bytes as table indices, when both are ASCII (or the word is one ASCII byte).
#[inline]
fn pair(word: &str) -> Option<(usize, usize)> {
    match *word.as_bytes() {
        [f, ..] if f >= 128 => None,
        [f] => Some((f as usize, 0)),
        [f, s, ..] if s < 128 => Some((f as usize, s as usize)),
        _ => None,
    }
}

impl PairFilter {
    /// Adds a word of the list.
    pub fn insert(&mut self, word: &str) {
        // Words starting with other bytes are always "maybe" (see `may_contain`), so they need no bit.
        if let Some((f, s)) = pair(word) {
            self.pairs[f] |= 1 << s;
        }
    }

    /// False only when no word of the list starts like `word`. Words whose first two bytes are not both ASCII
    /// always pass: folding may change them.
    #[inline]
    pub fn may_contain(&self, word: &str) -> bool {
        pair(word).is_none_or(|(f, s)| self.pairs[f] & (1 << s) != 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn never_rejects_a_listed_word_and_rejects_most_others() {
        let mut f = PairFilter::default();
        for w in ["minister", "envoy", "a", "al-Qaeda", "Ülkü", "e\u{301}lite"] {
            f.insert(w);
        }
        for w in ["minister", "envoy", "a", "al-Qaeda", "Ülkü", "e\u{301}lite", "mining", "al"] {
            assert!(f.may_contain(w), "{w}");
        }
        for w in ["the", "of", "said", "an", "Minister", "x"] {
            assert!(!f.may_contain(w), "{w}");
        }
        // Not both ASCII: no verdict.
        assert!(f.may_contain("Ürümqi"));
        assert!(f.may_contain("tä"));
    }
}
