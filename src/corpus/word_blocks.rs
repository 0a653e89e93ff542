//! Counting words 64 ASCII bytes at a time, for [`count_words`](super::document::count_words): every document's
//! word count reads its whole text, and a table step per byte was 2.5 % of opening a folder.
//!
//! A block is classified with vector compares into two bit masks, letters and digits (`alnum`) and white space
//! (`space`); the rest is "other". A word is counted at the first letter or digit of a white-space separated run:
//! the first significant byte (letter, digit or space) after a space, or at the block's start when the run
//! before it has no letter or digit yet. Adding the start bits to the mask of "other" bytes carries each start
//! through the other bytes after it to that first significant byte.

/// The masks of a block of 64 bytes: `(alnum, space)`, bit `k` for byte `k`; `None` if a byte is not ASCII (the
/// caller then steps through the block a byte at a time).
#[cfg(target_arch = "x86_64")]
pub(super) fn classify(block: &[u8; 64]) -> Option<(u64, u64)> {
    // SAFETY: SSE2 is part of every x86-64 processor.
    let (alnum, space, high) = unsafe { masks(block) };
    (high == 0).then_some((alnum, space))
}

/// Letters and digits, white space, and bytes that are not ASCII, as masks of `block`.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "sse2")]
fn masks(block: &[u8; 64]) -> (u64, u64, u64) {
    use std::arch::x86_64::{_mm_cmpeq_epi8, _mm_loadu_si128, _mm_movemask_epi8, _mm_or_si128, _mm_set1_epi8};
    let (mut alnum, mut space, mut high) = (0u64, 0u64, 0u64);
    for (k, part) in block.chunks_exact(16).enumerate() {
        // SAFETY: `part` is 16 bytes long, what an unaligned 128-bit load reads.
        let v = unsafe { _mm_loadu_si128(part.as_ptr().cast()) };
        // (Signed compares are right for ASCII bytes; a block with any other byte is given up.)
        let letter = within(_mm_or_si128(v, _mm_set1_epi8(0x20)), b'a', b'z');
        let digit = within(v, b'0', b'9');
        // White space as `char::is_whitespace` has it in ASCII: tab, line feed, vertical tab, form feed, carriage
        // return, space.
        let blank = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(b' ' as i8)), within(v, b'\t', b'\r'));
        let shift = 16 * k;
        alnum |= u64::from(_mm_movemask_epi8(_mm_or_si128(letter, digit)) as u16) << shift;
        space |= u64::from(_mm_movemask_epi8(blank) as u16) << shift;
        high |= u64::from(_mm_movemask_epi8(v) as u16) << shift;
    }
    (alnum, space, high)
}

/// The bytes of `v` from `low` to `high` (ASCII bytes).
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "sse2")]
fn within(v: std::arch::x86_64::__m128i, low: u8, high: u8) -> std::arch::x86_64::__m128i {
    use std::arch::x86_64::{_mm_and_si128, _mm_cmpgt_epi8, _mm_cmplt_epi8, _mm_set1_epi8};
    _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(low as i8 - 1)), _mm_cmplt_epi8(v, _mm_set1_epi8(high as i8 + 1)))
}

/// Elsewhere, blocks are left to the byte steps.
#[cfg(not(target_arch = "x86_64"))]
pub(super) fn classify(_block: &[u8; 64]) -> Option<(u64, u64)> {
    None
}

/// The words that start in a block with masks `alnum` and `space` (see [`classify`]), and whether the run at its
/// end has been counted; `counted` says that of the run before the block.
pub(super) fn count(alnum: u64, space: u64, counted: bool) -> (u32, bool) {
    let significant = alnum | space;
    let other = !significant;
    // The byte after each space, and the block's first byte if the run before it is not counted yet.
    let starts = (space << 1) | u64::from(!counted);
    // From each start, the carry runs through the other bytes and stops at the first significant one (a start
    // on a significant byte stays where it is). Two carries never meet: each stops before the next start.
    let first_significant = other.wrapping_add(starts) & significant;
    let words = (first_significant & alnum).count_ones();
    // The run at the end is counted when its last significant byte is a letter or digit.
    let counted = match significant {
        0 => counted,
        s => alnum >> (63 - s.leading_zeros()) & 1 == 1,
    };
    (words, counted)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `(alnum, space)` masks of a 64-byte text, as the scalar rule classifies its bytes.
    fn byte_masks(text: &[u8; 64]) -> (u64, u64) {
        let bit = |f: fn(&u8) -> bool| text.iter().enumerate().filter(|(_, b)| f(b)).fold(0, |m, (k, _)| m | 1 << k);
        (bit(u8::is_ascii_alphanumeric), bit(|b| (*b as char).is_whitespace()))
    }

    #[test]
    fn the_vector_masks_are_the_byte_classes() {
        let all: Vec<u8> = (0..128).collect();
        for start in [0, 64] {
            let block: &[u8; 64] = all[start..start + 64].try_into().expect("64 bytes");
            if cfg!(target_arch = "x86_64") {
                assert_eq!(classify(block), Some(byte_masks(block)), "bytes {start}–{}", start + 63);
            }
        }
        let mut other = [b'a'; 64];
        other[63] = 0xC3;
        assert_eq!(classify(&other), None, "a byte that is not ASCII");
    }

    #[test]
    fn a_block_counts_what_the_byte_rule_counts() {
        let general = super::super::document::words_by_the_general_rule;
        let pieces = ["ab", " ", "--", "9", "\t", "'s", ".", "x-y", "U.S.", "\n\n", "(", "\"", "z"];
        for stride in 1..6 {
            for start in 0..pieces.len() {
                let text: String = (0..64).map(|k| pieces[(start + k * stride) % pieces.len()]).collect();
                let block: &[u8; 64] = text.as_bytes()[..64].try_into().expect("64 bytes");
                let (alnum, space) = byte_masks(block);
                let head = std::str::from_utf8(block).expect("ASCII");
                // Counted from the start of a text, and after a run already counted ("x" before the block).
                assert_eq!(count(alnum, space, false).0 as usize, general(head), "{head:?}");
                let after = general(&format!("x{head}")) - 1;
                assert_eq!(count(alnum, space, true).0 as usize, after, "x{head:?}");
                let ends_counted = general(&format!("{head}x")) == general(head);
                assert_eq!(count(alnum, space, false).1, ends_counted, "{head:?}");
            }
        }
    }
}
