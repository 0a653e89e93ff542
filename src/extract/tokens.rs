//! Tokens: words, numbers and punctuation with their byte ranges and capitalisation.
//!
//! Words keep inner hyphens and dashes ("Tehrik-e-Taliban", "ISIS-K", "Turkmenistan–Afghanistan"), inner
//! apostrophes before a letter ("Qa'ida", "O'Brien") and the dots of acronyms ("U.S.", "D.C."). A possessive
//! "'s" / "’s" is its own token, so "Russia’s" yields the word "Russia".

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

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_mark(c)
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
    let mut letters = word.chars().filter(|c| c.is_alphabetic());
    let Some(first) = letters.next() else {
        return Case::None;
    };
    let rest: Vec<char> = letters.collect();
    let upper_rest = rest.iter().filter(|c| c.is_uppercase()).count();
    if first.is_uppercase() {
        if !rest.is_empty() && upper_rest == rest.len() {
            Case::Upper
        } else if upper_rest == 0 || word.contains(['-', '–', '\'', '’']) || looks_like_mc(word) {
            Case::Title
        } else {
            Case::Mixed
        }
    } else if upper_rest > 0 {
        // "al-Zawahiri", "iPhone": capitalised after a lower-case particle counts as a name.
        if let Some(idx) = word.find(['-', '’', '\'']) {
            let after = &word[idx..].trim_start_matches(['-', '’', '\'']);
            if after.chars().next().is_some_and(char::is_uppercase) {
                return Case::Title;
            }
        }
        Case::Mixed
    } else {
        Case::Lower
    }
}

fn looks_like_mc(word: &str) -> bool {
    word.starts_with("Mc") || word.starts_with("Mac") || word.starts_with("O'")
}

/// Splits `text[range]` into tokens (offsets are absolute in `text`).
pub fn tokenize_range(text: &str, start: usize, end: usize, out: &mut Vec<Token>) {
    let s = &text[start..end];
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let n = chars.len();
    let at = |k: usize| chars.get(k).map(|&(_, c)| c);
    let pos = |k: usize| if k < n { chars[k].0 } else { s.len() };
    let mut k = 0;
    let mut space_before = true;
    while k < n {
        let c = chars[k].1;
        if c.is_whitespace() {
            space_before = true;
            k += 1;
            continue;
        }
        let begin = k;
        let kind;
        if is_word_char(c) {
            let numeric = c.is_ascii_digit();
            k += 1;
            loop {
                match at(k) {
                    Some(ch) if is_word_char(ch) => k += 1,
                    // Decimal and thousands separators inside numbers: 1,201 and 2.5
                    Some('.' | ',') if numeric && at(k + 1).is_some_and(|d| d.is_ascii_digit()) => k += 2,
                    // Inner hyphen or dash between word characters.
                    Some(ch) if is_joiner(ch) && at(k + 1).is_some_and(is_word_char) && k > begin => k += 1,
                    // Inner apostrophe followed by a letter, unless it is the possessive 's.
                    Some(ch)
                        if is_apostrophe(ch)
                            && at(k + 1).is_some_and(char::is_alphabetic)
                            && !(matches!(at(k + 1), Some('s' | 'S')) && !at(k + 2).is_some_and(is_word_char)) =>
                    {
                        k += 1
                    }
                    // Acronym dots: U.S., D.C., U.S.A. (single letters separated by dots).
                    Some('.')
                        if is_acronym_so_far(&chars[begin..k])
                            && at(k + 1).is_some_and(char::is_alphabetic)
                            && at(k + 2) == Some('.') =>
                    {
                        k += 1
                    }
                    Some('.') if is_acronym_so_far(&chars[begin..k]) && k - begin >= 3 => {
                        k += 1;
                        break;
                    }
                    _ => break,
                }
            }
            kind = if numeric { TokenKind::Number } else { TokenKind::Word };
        } else if is_apostrophe(c)
            && matches!(at(k + 1), Some('s' | 'S'))
            && !at(k + 2).is_some_and(is_word_char)
            && k > 0
            && is_word_char(chars[k - 1].1)
        {
            k += 2;
            kind = TokenKind::Possessive;
        } else if is_apostrophe(c)
            && k > 0
            && matches!(chars[k - 1].1, 's' | 'S')
            && !at(k + 1).is_some_and(is_word_char)
            && !space_before
        {
            k += 1;
            kind = TokenKind::Possessive;
        } else {
            k += 1;
            kind = TokenKind::Punct;
        }
        let (a, b) = (pos(begin), pos(k));
        let case = if kind == TokenKind::Word { classify_case(&s[a..b]) } else { Case::None };
        out.push(Token { start: (start + a) as u32, end: (start + b) as u32, kind, case, space_before });
        space_before = false;
    }
}

/// `U`, `U.S` — single letters separated by dots so far.
fn is_acronym_so_far(chars: &[(usize, char)]) -> bool {
    chars.iter().enumerate().all(|(i, &(_, c))| if i % 2 == 0 { c.is_alphabetic() } else { c == '.' })
}

/// Tokenizes a whole string.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    tokenize_range(text, 0, text.len(), &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn offsets_are_on_char_boundaries() {
        let t = "Ünïcode “quoted” — Sinirlioğlu’s";
        for tok in tokenize(t) {
            assert!(t.is_char_boundary(tok.start as usize) && t.is_char_boundary(tok.end as usize));
        }
        assert_eq!(words(t), ["Ünïcode", "“", "quoted", "”", "—", "Sinirlioğlu", "’s"]);
    }
}
