//! Classes of the ASCII bytes, looked up in one table by the code that reads text a byte at a time: counting a
//! document's words and the tokenizer's fast path (one definition of what white space and letters are).

/// White space as `char::is_whitespace` has it (with the vertical tab, unlike `u8::is_ascii_whitespace`).
pub(crate) const SPACE: u8 = 1;
/// A digit.
pub(crate) const DIGIT: u8 = 2;
/// A lower-case letter.
pub(crate) const LOWER: u8 = 4;
/// An upper-case letter.
pub(crate) const UPPER: u8 = 8;
/// A letter or digit.
pub(crate) const ALNUM: u8 = DIGIT | LOWER | UPPER;
/// A byte that may continue a word after a letter or digit (decimals, joiners, apostrophes, acronym dots).
pub(crate) const CONTINUES: u8 = 16;

/// The class of each ASCII byte (exactly one of the bits above, or 0).
pub(crate) static ASCII_CLASS: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_digit() {
            DIGIT
        } else if c.is_ascii_lowercase() {
            LOWER
        } else if c.is_ascii_uppercase() {
            UPPER
        } else if matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c) {
            SPACE
        } else if matches!(c, b'.' | b',' | b'-' | b'\'' | b'`') {
            CONTINUES
        } else {
            0
        };
        b += 1;
    }
    t
};
