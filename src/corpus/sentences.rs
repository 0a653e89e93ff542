//! Sentence splitting for news text.
//!
//! A sentence ends at `.`, `!` or `?` (with any closing quotes or brackets) when white space and an upper-case
//! letter, digit or opening quote follow — unless the word before the full stop is an abbreviation ("Mr.",
//! "Gen.", "Nov."), an initial ("J. P. Singh") or a dotted acronym ("U.S.") that does not end the sentence.
//! Decimals ("1.5") never split because no space follows the point. A line break ends a sentence too (headlines
//! and by-lines have no full stop), except inside hard-wrapped paragraphs, where the next line starts in lower
//! case. An ellipsis does not end a sentence: quotations elide with it mid-sentence.

use super::document::Span;

/// Sentences longer than this are cut at the next space, so one runaway "sentence" (a table, a list with no
/// punctuation) cannot make sentence-level analysis quadratic.
const MAX_SENTENCE_BYTES: usize = 4000;

/// Abbreviations that are followed by a full stop without ending the sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "cpl", "adm", "cmdr", "gov", "sen",
    "rep", "rev", "hon", "pres", "st", "mt", "ft", "jr", "sr", "no", "nos", "vol", "vs", "v", "etc", "inc", "ltd",
    "co", "corp", "dept", "univ", "approx", "est", "fig", "al", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "e.g",
    "i.e", "a.m", "p.m", "cf", "op", "ed", "eds", "pp", "para", "art", "sec", "min", "max", "brig", "cdr", "supt",
    "insp", "det", "amb", "messrs", "mme", "mlle", "sheikh",
];

/// Abbreviations that may legitimately end a sentence ("… and other countries, etc. The …").
const SOFT_ABBREVIATIONS: &[&str] = &["etc", "inc", "ltd", "co", "corp", "jr", "sr", "al"];

/// Words that start sentences: after a dotted acronym or soft abbreviation ("… in the U.S. The next …") they
/// show that the full stop does end the sentence.
const SENTENCE_STARTERS: &[&str] = &[
    "The",
    "A",
    "An",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "You",
    "This",
    "That",
    "These",
    "Those",
    "But",
    "And",
    "Yet",
    "So",
    "In",
    "On",
    "At",
    "As",
    "His",
    "Her",
    "Their",
    "Its",
    "Our",
    "There",
    "When",
    "While",
    "After",
    "Before",
    "However",
    "Meanwhile",
    "Since",
    "If",
    "Although",
    "Though",
    "According",
    "Earlier",
    "Later",
    "Last",
    "Many",
    "Some",
    "Most",
    "Both",
    "All",
    "No",
    "For",
    "From",
    "With",
    "What",
    "Why",
    "How",
    "Who",
];

fn is_closing(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '»' | ')' | ']' | '}' | '›')
}

fn is_opening(c: char) -> bool {
    matches!(c, '"' | '\'' | '“' | '‘' | '«' | '(' | '[' | '‹' | '¿' | '¡')
}

/// Splits `text` into sentences (byte ranges trimmed of white space; never empty).
pub fn split(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0usize;
    // The text is searched for the few bytes that can end a sentence (most characters cannot: decoding each was
    // most of the splitting time); `at` is the next byte to look at, always on a character boundary.
    let mut at = 0usize;
    let mut terminators = Terminators::new(bytes);
    while let Some(i) = terminators.next(at) {
        cut_runaway(text, &mut out, &mut start, at, i);
        let Some(c) = text[i..].chars().next() else { break };
        at = i + c.len_utf8();
        match c {
            '\n' => {
                if !continues_on_next_line(text, start, i) {
                    push(text, &mut out, start, i);
                    start = i + 1;
                }
            }
            '.' | '!' | '?' | '。' | '！' | '？' => {
                // Absorb repeated terminators and closing quotes/brackets: `?!`, `."`, `.”)`.
                let mut end = at;
                for n in text[at..].chars() {
                    if !(matches!(n, '.' | '!' | '?') || is_closing(n)) {
                        break;
                    }
                    end += n.len_utf8();
                }
                // Footnote markers after the stop belong to the sentence: "… a foreign port.[5] Washington …".
                while let Some(n) = footnote_len(&text[end..]) {
                    end += n;
                }
                end += bare_footnote_len(text, i, end);
                at = end;
                if ends_sentence(text, start, i, c, end) {
                    push(text, &mut out, start, end);
                    start = end;
                }
            }
            // Another character that starts with one of those bytes: an ordinary one.
            _ => cut_runaway(text, &mut out, &mut start, i, at),
        }
    }
    cut_runaway(text, &mut out, &mut start, at, text.len());
    push(text, &mut out, start, text.len());
    out
}

/// The length of a footnote marker opening `rest` ("[5]", "[12, 13]", "[3–4]"), if one does.
fn footnote_len(rest: &str) -> Option<usize> {
    let inner = rest.strip_prefix('[')?;
    let close = inner.find(']').filter(|&k| (1..=12).contains(&k))?;
    let marker = &inner[..close];
    (marker.starts_with(|c: char| c.is_ascii_digit())
        && marker.chars().all(|c| c.is_ascii_digit() || matches!(c, ',' | ' ' | '-' | '–')))
    .then_some(close + 2)
}

/// The length of a bare footnote number after the stop at `dot` (its closing run ending at `end`), as text
/// from a PDF has it ("… their catch.9 Hanoi called …"): one to three digits, then a space and a capital. Not
/// after a number: "in 2024.5 Hanoi" is no footnote (nor a sentence end).
fn bare_footnote_len(text: &str, dot: usize, end: usize) -> usize {
    let rest = &text.as_bytes()[end..];
    let digits = rest.iter().take(4).take_while(|b| b.is_ascii_digit()).count();
    if digits == 0 {
        return 0;
    }
    let after = &text[end + digits..];
    let next = after.trim_start().chars().next();
    let footnote = (1..=3).contains(&digits)
        && !text[..dot].ends_with(|c: char| c.is_ascii_digit())
        && after.starts_with(char::is_whitespace)
        && next.is_some_and(|c| c.is_uppercase() || is_opening(c));
    if footnote { digits } else { 0 }
}

/// The bytes of a text that may end a sentence, found in order with vector searches (looking each byte up in a
/// table was a third of the splitting time): a line break, `.`, `!`, `?`, or the first byte of the full-width and
/// ideographic terminators (`。` is E3 80 82; `！` and `？` start with EF).
struct Terminators<'a> {
    bytes: &'a [u8],
    /// Where the next of the rare ones ("!" and the first bytes of the full-width terminators) is, counting from
    /// the last search for them; the end of the text when there is none. Searched again only once passed.
    rare: usize,
}

impl<'a> Terminators<'a> {
    /// The terminators almost every sentence ends with, searched for each time.
    const FREQUENT: [u8; 3] = [b'.', b'\n', b'?'];
    /// The others, whose next position is remembered.
    const RARE: [u8; 3] = [b'!', 0xE3, 0xEF];

    fn new(bytes: &'a [u8]) -> Self {
        Terminators { bytes, rare: Self::search(bytes, 0, Self::RARE) }
    }

    /// The first of `wanted` at or after `at`; the end of the text when there is none.
    fn search(bytes: &[u8], at: usize, [a, b, c]: [u8; 3]) -> usize {
        bytes.get(at..).and_then(|rest| memchr::memchr3(a, b, c, rest)).map_or(bytes.len(), |k| at + k)
    }

    /// The first at or after `at`.
    fn next(&mut self, at: usize) -> Option<usize> {
        if self.rare < at {
            self.rare = Self::search(self.bytes, at, Self::RARE);
        }
        let first = Self::search(self.bytes, at, Self::FREQUENT).min(self.rare);
        (first < self.bytes.len()).then_some(first)
    }
}

/// Cuts a runaway sentence at the first white space of `text[from..to]` (ordinary characters) more than
/// [`MAX_SENTENCE_BYTES`] after its start, as often as needed.
fn cut_runaway(text: &str, out: &mut Vec<Span>, start: &mut usize, from: usize, to: usize) {
    if to <= *start + MAX_SENTENCE_BYTES + 1 {
        return;
    }
    for (k, c) in text[from..to].char_indices() {
        let i = from + k;
        if i - *start > MAX_SENTENCE_BYTES && c.is_whitespace() {
            push(text, out, *start, i);
            *start = i;
        }
    }
}

fn push(text: &str, out: &mut Vec<Span>, start: usize, end: usize) {
    let piece = &text[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    if !trimmed.is_empty() {
        out.push(Span::new(start + lead, start + lead + trimmed.len()));
    }
}

/// A line break inside a hard-wrapped paragraph: the line so far does not end like a sentence and the next line
/// starts in lower case.
fn continues_on_next_line(text: &str, start: usize, newline: usize) -> bool {
    let before = text[start..newline].trim_end();
    if before.is_empty() {
        return false;
    }
    let after = &text[newline + 1..];
    let next_line = after.split('\n').next().unwrap_or("");
    if next_line.trim().is_empty() {
        return false;
    }
    let first = next_line.trim_start().chars().next();
    let last = before.chars().last();
    matches!(first, Some(c) if c.is_lowercase()) && !matches!(last, Some('.' | '!' | '?' | ':' | '"' | '”'))
}

/// Whether the terminator `c` at byte `dot` (with its closing run ending at `end`) ends the sentence.
fn ends_sentence(text: &str, start: usize, dot: usize, c: char, end: usize) -> bool {
    let rest = &text[end..];
    // The terminator must be followed by white space (or the end of the text).
    match rest.chars().next() {
        None => return true,
        Some(n) if !n.is_whitespace() => return false,
        _ => {}
    }
    let next_word = rest.trim_start();
    let Some(first) = next_word.chars().next() else {
        return true;
    };
    // A line break after the terminator: the newline handler ends the sentence anyway.
    if !(first.is_uppercase() || first.is_ascii_digit() || is_opening(first)) {
        return false;
    }
    if c != '.' {
        return true;
    }
    let word = word_before(text, start, dot);
    if word.is_empty() {
        return true;
    }
    // An initial: "J. P. Singh", "George W. Bush".
    let mut chars = word.chars();
    if let (Some(c), None) = (chars.next(), chars.next())
        && c.is_uppercase()
    {
        return false;
    }
    let starter =
        || SENTENCE_STARTERS.contains(&next_word.split(|ch: char| !ch.is_alphanumeric()).next().unwrap_or(""));
    // (No abbreviation has more than six letters, four bytes at most each: longer words are not looked up, which
    // was most of the splitting time. ASCII words are compared without being lowered first.)
    let abbreviation = match word.len() {
        ..=6 if word.is_ascii() => ABBREVIATIONS.iter().copied().find(|a| a.eq_ignore_ascii_case(word)),
        ..=24 if !word.is_ascii() => {
            let lower = word.to_lowercase();
            ABBREVIATIONS.iter().copied().find(|a| *a == lower)
        }
        _ => None,
    };
    match abbreviation {
        Some(abbreviation) => starter() && SOFT_ABBREVIATIONS.contains(&abbreviation),
        // A dotted acronym: "U.S.", "U.N.", "a.m.".
        None if word.contains('.') => starter(),
        None => true,
    }
}

/// The word immediately before byte `dot` (letters, digits, inner dots), not reaching back past `start`.
fn word_before(text: &str, start: usize, dot: usize) -> &str {
    let head = &text[start..dot];
    let begin = head
        .char_indices()
        .rev()
        .find(|&(_, ch)| !(ch.is_alphanumeric() || ch == '.'))
        .map(|(k, ch)| k + ch.len_utf8())
        .unwrap_or(0);
    head[begin..].trim_start_matches('.')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        split(text).into_iter().map(|s| &text[s.range()]).collect()
    }

    #[test]
    fn terminators_are_every_byte_that_may_end_a_sentence_in_order() {
        // Pieces with every terminator (frequent and rare, ASCII and full-width) and characters around them,
        // strung together in many orders; each search starts where the splitter's would, after the last one.
        let pieces = ["a", " ", ".", "!", "?", "\n", "。", "！", "？", "é", "北", "—", "xyz"];
        for stride in 1..6 {
            for start in 0..pieces.len() {
                let text: String = (0..50).map(|k| pieces[(start + k * stride) % pieces.len()]).collect();
                let bytes = text.as_bytes();
                let expected: Vec<usize> = (0..bytes.len())
                    .filter(|&i| matches!(bytes[i], b'\n' | b'.' | b'!' | b'?' | 0xE3 | 0xEF))
                    .collect();
                let mut found = Vec::new();
                let mut terminators = Terminators::new(bytes);
                let mut at = 0;
                while let Some(i) = terminators.next(at) {
                    found.push(i);
                    at = i + text[i..].chars().next().map_or(1, char::len_utf8);
                }
                assert_eq!(found, expected, "{text:?}");
            }
        }
    }

    #[test]
    fn splits_plain_sentences() {
        assert_eq!(sentences("One here. Two there! Three? Four."), ["One here.", "Two there!", "Three?", "Four."]);
    }

    #[test]
    fn survives_abbreviations_initials_and_acronyms() {
        assert_eq!(
            sentences("Mr. Smith met Dr. Jones in the U.S. capital. J. P. Singh spoke on Nov. 14 at 5 p.m. sharp."),
            ["Mr. Smith met Dr. Jones in the U.S. capital.", "J. P. Singh spoke on Nov. 14 at 5 p.m. sharp."]
        );
        assert_eq!(sentences("urged the U.S. and NATO to act."), ["urged the U.S. and NATO to act."]);
        assert_eq!(sentences("He lives in the U.S. The rest stayed."), ["He lives in the U.S.", "The rest stayed."]);
    }

    #[test]
    fn rare_and_full_width_terminators_split_wherever_they_fall() {
        // "!" and the full-width terminators are searched for apart from the frequent ones: before, between and
        // after them, several times over.
        assert_eq!(
            sentences("Talks ended。 Next day！ Then？ Done! One. Two! Three? Four!\nFive. Wow! Six."),
            [
                "Talks ended。",
                "Next day！",
                "Then？",
                "Done!",
                "One.",
                "Two!",
                "Three?",
                "Four!",
                "Five.",
                "Wow!",
                "Six."
            ]
        );
        assert_eq!(sentences("Mrs. Dalloway! MR. Smith. Ms. Ali"), ["Mrs. Dalloway!", "MR. Smith.", "Ms. Ali"]);
    }

    #[test]
    fn footnote_markers_stay_with_the_sentence_they_end() {
        assert_eq!(
            sentences("It was signed.[5] Washington responded.[6][7] Delhi agreed.[3–4] Done."),
            ["It was signed.[5]", "Washington responded.[6][7]", "Delhi agreed.[3–4]", "Done."]
        );
        // Not a footnote: a bracketed word.
        assert_eq!(sentences("He left. [Applause] Then he sat."), ["He left.", "[Applause] Then he sat."]);
    }

    #[test]
    fn bare_footnote_numbers_stay_with_the_sentence_they_end() {
        assert_eq!(
            sentences("Hanoi called it \"a serious violation\".9 China's ministry, in turn, replied.12 Then it ended."),
            ["Hanoi called it \"a serious violation\".9", "China's ministry, in turn, replied.12", "Then it ended."]
        );
        // After a number, or before a lower-case word, the digits are no footnote.
        assert_eq!(
            sentences("Growth was 2.5 Percent. It rose by 1.12 percent."),
            ["Growth was 2.5 Percent.", "It rose by 1.12 percent."]
        );
    }

    #[test]
    fn keeps_decimals_and_ellipses() {
        assert_eq!(sentences("Growth was 2.5 per cent. It fell."), ["Growth was 2.5 per cent.", "It fell."]);
        assert_eq!(sentences("attacks… Some joined, the report noted."), ["attacks… Some joined, the report noted."]);
    }

    #[test]
    fn quotes_stay_with_their_sentence() {
        assert_eq!(
            sentences("He said, “We will act.” The talks ended. She asked: \"Why?\" Nobody knew."),
            ["He said, “We will act.”", "The talks ended.", "She asked: \"Why?\"", "Nobody knew."]
        );
    }

    #[test]
    fn line_breaks_end_headlines_but_not_wrapped_paragraphs() {
        let text =
            "A Headline Without Stop\n\nThe first line of a paragraph that\nwraps onto the next line. Done.\nNext";
        assert_eq!(
            sentences(text),
            [
                "A Headline Without Stop",
                "The first line of a paragraph that\nwraps onto the next line.",
                "Done.",
                "Next"
            ]
        );
    }

    #[test]
    fn lower_case_after_a_stop_does_not_split() {
        assert_eq!(sentences("it said. in a note. of the ministry."), ["it said. in a note. of the ministry."]);
    }

    #[test]
    fn spans_are_trimmed_and_on_char_boundaries() {
        let text = "  Ünïcode — “quoted.” Ça va?  \r\n Fin.";
        for s in split(text) {
            assert!(text.is_char_boundary(s.start as usize) && text.is_char_boundary(s.end as usize));
            let piece = &text[s.range()];
            assert_eq!(piece, piece.trim());
        }
        assert_eq!(sentences(text), ["Ünïcode — “quoted.”", "Ça va?", "Fin."]);
    }

    #[test]
    fn runaway_sentences_are_cut() {
        let text = "word ".repeat(2000);
        assert!(split(&text).len() >= 2);
        assert!(split(&text).iter().all(|s| s.len() <= MAX_SENTENCE_BYTES + 10));
    }
}
