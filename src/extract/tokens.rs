//! Tokens: words, numbers and punctuation with their byte ranges and capitalisation.
//!
//! Words keep inner hyphens and dashes ("Tehrik-e-Taliban", "ISIS-K", "Turkmenistan–Afghanistan"), inner
//! apostrophes before a letter ("Qa'ida", "O'Brien") and the dots of acronyms ("U.S.", "D.C."). A possessive
//! "'s" / "’s" is its own token, so "Russia’s" yields the word "Russia".

use crate::corpus::ascii::{ALNUM, ASCII_CLASS, CONTINUES, DIGIT, LOWER, SPACE, UPPER};

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (possibly with digits, inner hyphens, apostrophes, acronym dots).
    Word,
    /// Starts with a digit.
    Number,
    /// The possessive suffix `'s` / `’s` (or a lone trailing apostrophe of a plural possessive).
    Possessive,
    /// Any other single character that is not white space.
    Punct,
}

/// How a word is capitalised.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Case {
    /// "minister"
    Lower,
    /// "Minister", "McDonald", "al-Qaeda" counts as Lower-initial (see [`Token::is_capitalised`]).
    Title,
    /// "NATO", "U.S." (two or more letters, all upper case)
    Upper,
    /// Other mixes ("iPhone", "TOLOnews").
    Mixed,
    /// Not a word.
    None,
}

/// One token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// First byte in the text.
    pub start: u32,
    /// One past the last byte.
    pub end: u32,
    /// What it is.
    pub kind: TokenKind,
    /// Its capitalisation.
    pub case: Case,
    /// White space (or the start of the text) comes right before it.
    pub space_before: bool,
}

impl Token {
    /// The token's text.
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start as usize..self.end as usize]
    }
    /// A word starting with an upper-case letter ("Kabul", "NATO", "McCain"), or a particle-prefixed name
    /// ("al-Zawahiri") whose part after the particle is capitalised.
    pub fn is_capitalised(&self) -> bool {
        self.kind == TokenKind::Word && matches!(self.case, Case::Title | Case::Upper | Case::Mixed)
    }
    /// A word.
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }
}

#[inline]
fn is_word_char(c: char) -> bool {
    if c.is_ascii() { c.is_ascii_alphanumeric() } else { c.is_alphanumeric() || is_mark(c) }
}

/// Combining marks (diacritics written as separate code points) belong to the word they follow.
fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

fn is_joiner(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑' | '–' | '—')
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ' | '`')
}

fn classify_case(word: &str) -> Case {
    if word.is_ascii() {
        return classify_ascii(word);
    }
    let mut letters = word.chars().filter(|c| c.is_alphabetic());
    let Some(first) = letters.next() else { return Case::None };
    let (mut rest, mut upper_rest) = (0usize, 0usize);
    for c in letters {
        rest += 1;
        upper_rest += c.is_uppercase() as usize;
    }
    if first.is_uppercase() {
        if rest > 0 && upper_rest == rest {
            Case::Upper
        } else if upper_rest == 0 || word.contains(['-', '–', '\'', '’']) || looks_like_mc(word.as_bytes()) {
            Case::Title
        } else {
            Case::Mixed
        }
    } else if upper_rest > 0 {
        // "al-Zawahiri", "iPhone": capitalised after a lower-case particle counts as a name.
        if let Some(idx) = word.find(['-', '’', '\'']) {
            let after = word[idx..].trim_start_matches(['-', '’', '\'']);
            if after.chars().next().is_some_and(char::is_uppercase) {
                return Case::Title;
            }
        }
        Case::Mixed
    } else {
        Case::Lower
    }
}

/// [`classify_case`] for ASCII words, on bytes.
fn classify_ascii(word: &str) -> Case {
    let b = word.as_bytes();
    let Some(first) = b.iter().position(u8::is_ascii_alphabetic) else { return Case::None };
    let (mut rest, mut upper_rest) = (0usize, 0usize);
    for &c in &b[first + 1..] {
        if c.is_ascii_alphabetic() {
            rest += 1;
            upper_rest += c.is_ascii_uppercase() as usize;
        }
    }
    ascii_case(b, b[first].is_ascii_uppercase(), rest, upper_rest)
}

/// The case of an ASCII word from whether its first letter is upper case and how many of the letters after it
/// there are and are upper case (shared by [`classify_ascii`] and the tokenizer's fast path, which counts them
/// while it reads the word).
/// (`b` is the word's bytes: a byte slice needs no test of character boundaries.)
fn ascii_case(b: &[u8], first_upper: bool, rest: usize, upper_rest: usize) -> Case {
    if first_upper {
        if rest > 0 && upper_rest == rest {
            Case::Upper
        } else if upper_rest == 0 || b.iter().any(|&c| c == b'-' || c == b'\'') || looks_like_mc(b) {
            Case::Title
        } else {
            Case::Mixed
        }
    } else if upper_rest > 0 {
        match b.iter().position(|&c| c == b'-' || c == b'\'') {
            Some(i) if b[i..].iter().find(|c| c.is_ascii_alphabetic()).is_some_and(u8::is_ascii_uppercase) => {
                Case::Title
            }
            _ => Case::Mixed,
        }
    } else {
        Case::Lower
    }
}

fn looks_like_mc(word: &[u8]) -> bool {
    word.starts_with(b"Mc") || word.starts_with(b"Mac") || word.starts_with(b"O'")
}

/// The character starting at byte `i` of `s`, if any (ASCII without decoding).
#[inline]
fn char_at(s: &str, i: usize) -> Option<char> {
    match s.as_bytes().get(i) {
        Some(&b) if b < 0x80 => Some(b as char),
        Some(_) => s.get(i..).and_then(|r| r.chars().next()),
        None => None,
    }
}

/// The character after the one starting at byte `i`.
#[inline]
fn char_after(s: &str, i: usize) -> Option<char> {
    let c = char_at(s, i)?;
    char_at(s, i + c.len_utf8())
}

/// A token made of ASCII letters and digits only, ended by white space, punctuation that cannot continue a word,
/// or the end of the text: (its end, kind, case). `None` sends the word to the general path.
#[inline]
fn ascii_run(s: &str, begin: usize) -> Option<(usize, TokenKind, Case)> {
    let bytes = s.as_bytes();
    // Letters and upper-case letters are counted together, one table entry added per byte (see `RUN_STEP`).
    let (mut k, mut counts) = (begin, 0u64);
    while let Some(&b) = bytes.get(k) {
        let step = RUN_STEP[b as usize];
        if step == ENDS_RUN {
            break;
        }
        counts += step;
        k += 1;
    }
    // A byte that may continue a word here (or is not ASCII) sends the word to the general path.
    if bytes.get(k).is_some_and(|&b| b >= 128 || ASCII_CLASS[b as usize] & CONTINUES != 0) {
        return None;
    }
    let first = bytes[begin];
    if first.is_ascii_digit() {
        return Some((k, TokenKind::Number, Case::None));
    }
    // (The run starts with a letter, then: the first of its letters.)
    let (letters, uppers) = ((counts & u64::from(u32::MAX)) as usize, (counts >> 32) as usize);
    let first_upper = first.is_ascii_uppercase();
    let case = ascii_case(&bytes[begin..k], first_upper, letters - 1, uppers - usize::from(first_upper));
    Some((k, TokenKind::Word, case))
}

/// In [`RUN_STEP`]: the byte is not an ASCII letter or digit, so it ends (or breaks off) a run.
const ENDS_RUN: u64 = u64::MAX;

/// What each byte adds to [`ascii_run`]'s counts: 1 for a letter, plus 1 << 32 for an upper-case one; 0 for a
/// digit; [`ENDS_RUN`] for any other byte.
static RUN_STEP: [u64; 256] = {
    let mut table = [ENDS_RUN; 256];
    let mut b = 0;
    while b < 128 {
        let class = ASCII_CLASS[b];
        table[b] = match class {
            UPPER => 1 | 1 << 32,
            LOWER => 1,
            DIGIT => 0,
            _ => ENDS_RUN,
        };
        b += 1;
    }
    table
};

/// Splits `text[range]` into tokens (offsets are absolute in `text`).
pub fn tokenize_range(text: &str, start: usize, end: usize, out: &mut Vec<Token>) {
    tokenize_with::<true>(text, start, end, out);
}

/// [`tokenize_range`], with or without the ASCII fast path (the tests check that both agree).
fn tokenize_with<const FAST: bool>(text: &str, start: usize, end: usize, out: &mut Vec<Token>) {
    let s = &text[start..end];
    let bytes = s.as_bytes();
    let n = s.len();
    let mut k = 0; // byte index into s
    let mut space_before = true;
    while k < n {
        // Fast path: ASCII white space, and words of ASCII letters and digits only.
        let b = bytes[k];
        if FAST && b < 128 {
            let class = ASCII_CLASS[b as usize];
            if class == SPACE {
                space_before = true;
                k += 1;
                continue;
            }
            if class & ALNUM != 0
                && let Some((stop, kind, case)) = ascii_run(s, k)
            {
                out.push(Token { start: (start + k) as u32, end: (start + stop) as u32, kind, case, space_before });
                space_before = false;
                k = stop;
                continue;
            }
        }
        let Some(c) = char_at(s, k) else { break };
        if c.is_whitespace() {
            space_before = true;
            k += c.len_utf8();
            continue;
        }
        let begin = k;
        let prev = || s[..begin].chars().next_back();
        let kind;
        if is_word_char(c) {
            let numeric = c.is_ascii_digit();
            k += c.len_utf8();
            // Whether the word so far is single letters separated by dots ("U", "U.S").
            let mut acronym = c.is_alphabetic();
            let mut letters_since_dot = 1;
            loop {
                // A run of ASCII letters and digits in one go: most of every word.
                let run = bytes[k..].iter().take_while(|b| b.is_ascii_alphanumeric()).count();
                if run > 0 {
                    // Still an acronym only if this is one letter right after an acronym dot ("U.S").
                    acronym &= letters_since_dot == 0 && run == 1 && bytes[k].is_ascii_alphabetic();
                    letters_since_dot += run;
                    k += run;
                    continue;
                }
                let Some(ch) = char_at(s, k) else { break };
                if is_word_char(ch) {
                    letters_since_dot += 1;
                    acronym &= letters_since_dot == 1 && ch.is_alphabetic();
                    k += ch.len_utf8();
                    continue;
                }
                let next = char_after(s, k);
                match ch {
                    // Decimal and thousands separators inside numbers: 1,201 and 2.5
                    '.' | ',' if numeric && next.is_some_and(|d| d.is_ascii_digit()) => k += 2,
                    // Inner hyphen or dash between word characters; an em dash only before a capital ("Turkmenistan—
                    // Afghanistan"), since unspaced it mostly sets off a phrase ("Central Asia—an important …").
                    ch if is_joiner(ch)
                        && next.is_some_and(is_word_char)
                        && (ch != '—' || next.is_some_and(char::is_uppercase)) =>
                    {
                        acronym = false;
                        k += ch.len_utf8();
                    }
                    // Inner apostrophe followed by a letter, unless it is the possessive 's.
                    ch if is_apostrophe(ch)
                        && next.is_some_and(char::is_alphabetic)
                        && (!matches!(next, Some('s' | 'S'))
                            || char_at(s, k + ch.len_utf8() + 1).is_some_and(is_word_char)) =>
                    {
                        acronym = false;
                        k += ch.len_utf8();
                    }
                    // Acronym dots: U.S., D.C., U.S.A. (single letters separated by dots).
                    '.' if acronym
                        && next.is_some_and(char::is_alphabetic)
                        && char_at(s, k + 1 + next.map_or(0, char::len_utf8)) == Some('.') =>
                    {
                        letters_since_dot = 0;
                        k += 1;
                    }
                    '.' if acronym && k - begin >= 3 => {
                        k += 1;
                        break;
                    }
                    _ => break,
                }
            }
            kind = if numeric { TokenKind::Number } else { TokenKind::Word };
        } else if is_apostrophe(c)
            && matches!(char_after(s, k), Some('s' | 'S'))
            && !char_at(s, k + c.len_utf8() + 1).is_some_and(is_word_char)
            && prev().is_some_and(is_word_char)
        {
            k += c.len_utf8() + 1;
            kind = TokenKind::Possessive;
        } else if is_apostrophe(c)
            && prev().is_some_and(|p| matches!(p, 's' | 'S'))
            && !char_after(s, k).is_some_and(is_word_char)
            && !space_before
        {
            k += c.len_utf8();
            kind = TokenKind::Possessive;
        } else {
            k += c.len_utf8();
            kind = TokenKind::Punct;
        }
        let case = if kind == TokenKind::Word { classify_case(&s[begin..k]) } else { Case::None };
        out.push(Token { start: (start + begin) as u32, end: (start + k) as u32, kind, case, space_before });
        space_before = false;
    }
}

/// Tokenizes a whole string.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    tokenize_range(text, 0, text.len(), &mut out);
    out
}

/// The text in lower case with every character at the same byte offset, so that a token's range indexes both.
///
/// A character whose lower case has another UTF-8 length (the Turkish "İ", "ẞ") is kept as written: such words
/// match no dictionary entry either way.
pub fn lowercase_same_offsets(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while !rest.is_empty() {
        // Copy the ASCII run in one go; decode only the other characters.
        let ascii = rest.bytes().position(|b| !b.is_ascii()).unwrap_or(rest.len());
        let at = out.len();
        out.push_str(&rest[..ascii]);
        out[at..].make_ascii_lowercase();
        rest = &rest[ascii..];
        let Some(c) = rest.chars().next() else { break };
        let mut lower = c.to_lowercase();
        match (lower.next(), lower.next()) {
            (Some(l), None) if l.len_utf8() == c.len_utf8() => out.push(l),
            _ => out.push(c),
        }
        rest = &rest[c.len_utf8()..];
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_case_text_keeps_offsets() {
        let text = "Türkiye’s İZMİR and KABUL";
        let lower = lowercase_same_offsets(text);
        assert_eq!(lower.len(), text.len());
        assert_eq!(lower, "türkiye’s İzmİr and kabul");
        assert_eq!(lowercase_same_offsets("Kabul, NATO"), "kabul, nato");
    }

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn splits_words_and_punctuation() {
        assert_eq!(words("Kabul, (RTA) said."), ["Kabul", ",", "(", "RTA", ")", "said", "."]);
    }

    #[test]
    fn keeps_hyphenated_names_and_acronyms_whole() {
        assert_eq!(words("Tehrik-e-Taliban Pakistan"), ["Tehrik-e-Taliban", "Pakistan"]);
        assert_eq!(words("ISIS-K’s rise"), ["ISIS-K", "’s", "rise"]);
        assert_eq!(words("the U.S. and U.N. said"), ["the", "U.S.", "and", "U.N.", "said"]);
        assert_eq!(words("Washington, D.C. today"), ["Washington", ",", "D.C.", "today"]);
        assert_eq!(words("Turkmenistan–Afghanistan pipeline"), ["Turkmenistan–Afghanistan", "pipeline"]);
        assert_eq!(words("a — b"), ["a", "—", "b"]);
        assert_eq!(words("Asia—an ally"), ["Asia", "—", "an", "ally"]);
        assert_eq!(words("Kabul—Tashkent"), ["Kabul—Tashkent"]);
    }

    #[test]
    fn possessives_are_separate() {
        assert_eq!(words("Russia's and Russia’s"), ["Russia", "'s", "and", "Russia", "’s"]);
        assert_eq!(words("the Afghans' plight"), ["the", "Afghans", "'", "plight"]);
        assert_eq!(tokenize("Afghans' x")[1].kind, TokenKind::Possessive);
        assert_eq!(words("al-Qa'ida and O'Brien"), ["al-Qa'ida", "and", "O'Brien"]);
    }

    #[test]
    fn numbers_keep_separators() {
        assert_eq!(
            words("1,201 incidents, 2.5 per cent, 9/11"),
            ["1,201", "incidents", ",", "2.5", "per", "cent", ",", "9", "/", "11"]
        );
    }

    #[test]
    fn sentence_final_acronym_keeps_its_dot() {
        assert_eq!(words("in the U.S."), ["in", "the", "U.S."]);
        assert_eq!(words("in the US."), ["in", "the", "US", "."]);
    }

    #[test]
    fn capitalisation_classes() {
        let t = "Kabul NATO minister al-Zawahiri TOLOnews";
        let cases: Vec<Case> = tokenize(t).iter().map(|t| t.case).collect();
        assert_eq!(cases, [Case::Title, Case::Upper, Case::Lower, Case::Title, Case::Mixed]);
    }

    #[test]
    fn fast_path_agrees_with_the_general_path() {
        let mut text = String::from(
            "U.S. 1,201 2.5 Tehrik-e-Taliban’s O'Brien McCain MacBook iPhone TOLOnews al-Zawahiri 9/11 2nd x'y \
             Afghans' Russia's ex-Minister e.g. Sinirlioğlu ISIS-K’s  tab\there\r\nend. Kabul,NATO;D.C. \
             A1B2 mRNA aBC X i ABCd 4G G4 a1 Z9z 007 Ab-Cd",
        );
        for f in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/seeds")).into_iter().flatten().flatten() {
            text.push_str(&std::fs::read_to_string(f.path()).unwrap_or_default());
        }
        let (mut fast, mut general) = (Vec::new(), Vec::new());
        tokenize_with::<true>(&text, 0, text.len(), &mut fast);
        tokenize_with::<false>(&text, 0, text.len(), &mut general);
        assert!(fast.len() > 1000);
        assert_eq!(fast, general);
    }

    #[test]
    fn offsets_are_on_char_boundaries() {
        let t = "Ünïcode “quoted” — Sinirlioğlu’s";
        for tok in tokenize(t) {
            assert!(t.is_char_boundary(tok.start as usize) && t.is_char_boundary(tok.end as usize));
        }
        assert_eq!(words(t), ["Ünïcode", "“", "quoted", "”", "—", "Sinirlioğlu", "’s"]);
    }
}
