//! Turning hard-wrapped lines back into paragraphs: a PDF's lines (with ligatures expanded, page numbers dropped,
//! and pages joined where a sentence runs on), and a text file wrapped at one right margin (saved from a PDF or an
//! e-mail). Words hyphenated across line ends are rebuilt. Pure text work, separate from reading the file.

/// Whether a line ends a sentence.
fn ends_sentence(line: &str) -> bool {
    line.trim_end().ends_with(['.', '!', '?', ':', '"', '”', '’', ')'])
}

/// A page number on a line of its own ("12", "- 12 -", "Page 3", "3 of 10").
fn is_page_number(line: &str) -> bool {
    let l = line.trim().trim_matches(|c: char| c == '-' || c == '–' || c.is_whitespace());
    let l = l.strip_prefix("Page ").or_else(|| l.strip_prefix("page ")).unwrap_or(l);
    let l = l.split(" of ").next().unwrap_or(l).trim();
    !l.is_empty() && l.len() <= 4 && l.chars().all(|c| c.is_ascii_digit())
}

/// A line that starts a list item ("- ", "• ", "1. ", "(a) ").
fn is_list_item(line: &str) -> bool {
    if line.starts_with(['-', '•', '–', '*', '▪', '◦']) && line.chars().nth(1) == Some(' ') {
        return true;
    }
    let marker = line.split(' ').next().unwrap_or("");
    let inner = marker.trim_start_matches('(').trim_end_matches(['.', ')']);
    marker.len() > inner.len()
        && !inner.is_empty()
        && inner.len() <= 3
        && (inner.chars().all(|c| c.is_ascii_digit())
            || (inner.len() == 1 && inner.chars().all(|c| c.is_ascii_lowercase())))
}

/// Joins the hard-wrapped lines of a page into paragraphs.
///
/// Blocks are separated by blank lines (a vertical gap). Inside a block a line is joined to the next with a
/// space when it reaches near the block's right margin (a wrapped line) or does not end a sentence and the
/// next line starts in lower case; a word broken with a hyphen at the line end is joined back ("inter-" +
/// "national"), keeping the hyphen in a compound ("Russian-" + "backed", see [`line_end_hyphen`]). A short line
/// that ends a sentence ends its paragraph; other short lines (headings, list items) keep their line break.
pub(super) fn reflow(page: &str) -> String {
    let page = expand_ligatures(page);
    let mut lines: Vec<&str> = page.lines().map(str::trim).collect();
    // Page numbers at the top or bottom of the page are furniture, not text.
    while lines.first().is_some_and(|l| l.is_empty()) {
        lines.remove(0);
    }
    while lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    if lines.first().is_some_and(|l| is_page_number(l)) {
        lines.remove(0);
    }
    if lines.last().is_some_and(|l| is_page_number(l)) {
        lines.pop();
    }
    let mut out = String::with_capacity(page.len());
    for block in lines.split(|l| l.is_empty()) {
        if block.is_empty() {
            continue;
        }
        let width = block.iter().map(|l| char_len(l)).max().unwrap_or(0);
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        for (i, line) in block.iter().enumerate() {
            if i > 0 {
                let prev = block[i - 1];
                let next_lower = line.chars().next().is_some_and(char::is_lowercase);
                if let Some(keep) = line_end_hyphen(prev, line) {
                    if !keep {
                        out.pop();
                    }
                } else {
                    let sep = if is_list_item(line) {
                        "\n"
                    } else if reaches_margin(prev, width) || (next_lower && !ends_sentence(prev)) {
                        " "
                    } else if ends_sentence(prev) {
                        "\n\n"
                    } else {
                        "\n"
                    };
                    out.push_str(sep);
                }
            }
            out.push_str(line);
        }
    }
    out
}

/// Whether `prev` ends in a word broken across the line end, to be joined to `next` with no space: `Some(true)`
/// when the hyphen stays (a compound: "cross-" + "border", "Russian-" + "backed", "Indo-" + "Pacific"),
/// `Some(false)` when it goes (one word split in two: "negoti-" + "ations", "Pakh-" + "tunkhwa"), `None` when
/// the line does not end in a broken word.
fn line_end_hyphen(prev: &str, next: &str) -> Option<bool> {
    if prev.ends_with('\u{ad}') {
        return Some(false);
    }
    let stem = prev.strip_suffix('-').or_else(|| prev.strip_suffix('\u{2010}'))?;
    let word_start =
        stem.char_indices().rev().find(|(_, c)| !c.is_alphabetic()).map(|(k, c)| k + c.len_utf8()).unwrap_or(0);
    let word = &stem[word_start..];
    let first = next.chars().next()?;
    if word.is_empty() || !first.is_alphanumeric() {
        return None;
    }
    if !first.is_lowercase() {
        return Some(true);
    }
    let next_word = next.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    Some(in_section("[prefix]", &word.to_lowercase()) || in_section("[head]", next_word))
}

/// The words that keep a hyphen broken at a line end, in sections `[prefix]` and `[head]`.
const LINE_END_HYPHENS: &str = include_str!("../../../assets/lexicon/line_end_hyphens.txt");

/// Whether `word` is listed in `section` of [`LINE_END_HYPHENS`] (read where needed: words broken at a line end
/// are rare).
fn in_section(section: &str, word: &str) -> bool {
    LINE_END_HYPHENS
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .skip_while(|l| *l != section)
        .skip(1)
        .take_while(|l| !l.starts_with('['))
        .any(|l| l == word)
}

fn char_len(line: &str) -> usize {
    if line.is_ascii() { line.len() } else { line.chars().count() }
}

/// Whether a line reaches near the right margin at `width` characters, as a wrapped line of prose does (it broke
/// before the next word that would cross the margin). A line laid out in columns (runs of spaces: a title with
/// its date at the right, a table row) is no prose.
fn reaches_margin(line: &str, width: usize) -> bool {
    char_len(line) * 10 >= width * 7 && !line.trim_start().contains("   ")
}

/// The right margin a text file is wrapped at, when it is hard-wrapped: two lines in five at least reach near one
/// margin of 40 to 120 characters, as in text saved from a PDF or an e-mail. A text with a paragraph to a line
/// (most news saved as text) has many longer lines and is not. The margin is where the longest tenth of the lines
/// begins, so that one long line (a link, a table row) does not move it.
fn wrap_width(text: &str) -> Option<usize> {
    const NARROWEST: usize = 40;
    const WIDEST: usize = 120;
    // One pass with no allocation (most files are not wrapped, and every text file is tested): the lengths of the
    // lines up to the widest margin, counted, and how many lines are longer.
    let mut counts = [0u32; WIDEST + 1];
    let (mut lines, mut longer) = (0usize, 0usize);
    for line in text.split('\n').map(str::trim_end).filter(|l| !l.is_empty()) {
        lines += 1;
        // (A line of more than four bytes a character is too long whatever its characters.)
        match if line.len() > 4 * WIDEST { WIDEST + 1 } else { char_len(line) } {
            n if n > WIDEST => longer += 1,
            n => counts[n] += 1,
        }
    }
    // A few long lines do not make a text unwrapped; a tenth of them does.
    if lines < 6 || longer * 10 > lines {
        return None;
    }
    let rank = (lines - longer) * 9 / 10;
    let mut seen = 0usize;
    let width = counts.iter().position(|&c| {
        seen += c as usize;
        seen > rank
    })?;
    if width < NARROWEST {
        return None;
    }
    let full = text.split('\n').filter(|l| reaches_margin(l.trim_end(), width)).count();
    (full * 5 >= lines * 2).then_some(width)
}

/// Whether a line is Markdown structure that never joins another line (a heading, a quote, a table row, a code
/// fence), or a page break.
fn is_structure(line: &str) -> bool {
    line.trim_start().starts_with(['#', '>', '|', '`']) || line.contains('\u{c}')
}

/// Whether a line is a header field ("From: …", "Subject: …", "Reply-To: …"): a capitalised name of one or two
/// words, a colon and a space. E-mails and memos start with a run of them, one to a line.
fn is_header_field(line: &str) -> bool {
    let Some((name, value)) = line.split_once(':') else {
        return false;
    };
    (value.is_empty() || value.starts_with(' '))
        && name.len() <= 24
        && name.starts_with(|c: char| c.is_ascii_uppercase())
        && name.split(' ').count() <= 2
        && name.chars().all(|c| c.is_ascii_alphabetic() || c == '-' || c == ' ')
}

/// A text file's lines joined back into paragraphs, when the file is hard-wrapped at one right margin; `None`
/// when it is not (its text is then read as it is). A line joins the next when it reaches the margin, or does
/// not end a sentence and the next starts in lower case; never before a list item or a blank line, nor to or
/// from Markdown structure, nor one header field to the next (an e-mail's "From:" and "To:" lines, whose
/// folded continuations, indented, still join). Everything else (blank lines, headings, short lines,
/// indentation) is kept.
pub(super) fn unwrap_lines(text: &str) -> Option<String> {
    let width = wrap_width(text)?;
    let mut out = String::with_capacity(text.len());
    let mut prev: Option<&str> = None;
    // Whether the previous line belongs to a header field (is one, or continues one on an indented line).
    let mut in_field = false;
    for line in text.lines().map(str::trim_end) {
        let next = line.trim_start();
        let field = is_header_field(line);
        let folded = in_field && line.starts_with([' ', '\t']) && !next.is_empty();
        // Header lines one after another keep their breaks.
        let next_header = in_field && field;
        let joins = prev.is_some_and(|prev| {
            let next_lower = next.chars().next().is_some_and(char::is_lowercase);
            !prev.trim_start().is_empty()
                && !next.is_empty()
                && !is_list_item(next)
                && !is_structure(prev)
                && !is_structure(next)
                && !next_header
                && (folded || reaches_margin(prev, width) || (next_lower && !ends_sentence(prev)))
        });
        in_field = field || folded;
        match (prev, joins) {
            (Some(prev), true) => {
                match line_end_hyphen(prev, next) {
                    Some(true) => {}
                    Some(false) => _ = out.pop(),
                    None => out.push(' '),
                }
                out.push_str(next);
            }
            (Some(_), false) => {
                out.push('\n');
                out.push_str(line);
            }
            (None, _) => out.push_str(line),
        }
        prev = Some(line);
    }
    Some(out)
}

/// Typographic ligatures (`ﬁ`, `ﬂ`, …) as the letters they stand for, so words are found whole.
fn expand_ligatures(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.chars().any(|c| ('\u{fb00}'..='\u{fb06}').contains(&c)) {
        return s.into();
    }
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        match c {
            '\u{fb00}' => out.push_str("ff"),
            '\u{fb01}' => out.push_str("fi"),
            '\u{fb02}' => out.push_str("fl"),
            '\u{fb03}' => out.push_str("ffi"),
            '\u{fb04}' => out.push_str("ffl"),
            '\u{fb05}' | '\u{fb06}' => out.push_str("st"),
            c => out.push(c),
        }
    }
    out.into()
}

/// Joins page texts: a blank line between pages, except where a sentence runs on to the next page.
pub(super) fn join_pages(pages: &[String]) -> String {
    let mut out = String::new();
    for page in pages.iter().filter(|p| !p.trim().is_empty()) {
        if !out.is_empty() {
            let next_lower = page.chars().next().is_some_and(char::is_lowercase);
            let last_line = out.rsplit('\n').next().unwrap_or("");
            match line_end_hyphen(last_line, page) {
                Some(keep) => {
                    if !keep {
                        out.pop();
                    }
                }
                None if next_lower && !ends_sentence(last_line) => out.push(' '),
                None => out.push_str("\n\n"),
            }
        }
        out.push_str(page);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapped_lines_join_into_paragraphs() {
        let page = "Kabul talks resume\n\nForeign Minister Halvard Kestrel met with the\nenvoy of the Taliban on Monday in \
                    Doha, where inter-\nnational observers and Russian-\nbacked delegates waited.\nShort last line.\nA new \
                    paragraph starts here and runs on to the\nnext line.\n\n12";
        assert_eq!(
            reflow(page),
            "Kabul talks resume\n\nForeign Minister Halvard Kestrel met with the envoy of the Taliban on Monday in \
             Doha, where international observers and Russian-backed delegates waited.\n\nShort last line.\n\nA new \
             paragraph starts here and runs on to the next line."
        );
    }

    #[test]
    fn headings_and_lists_keep_their_lines() {
        assert_eq!(
            reflow("Summary\nKey points of the long report that follows below\n- one\n- two"),
            "Summary\nKey points of the long report that follows below\n- one\n- two"
        );
        assert_eq!(reflow("Of\u{fb01}cial \u{fb02}ights"), "Official flights");
    }

    #[test]
    fn pages_join_where_a_sentence_runs_on() {
        let pages = ["The minister said that".to_string(), "talks would go on.".to_string(), "New page.".to_string()];
        assert_eq!(join_pages(&pages), "The minister said that talks would go on.\n\nNew page.");
    }

    #[test]
    fn a_text_wrapped_at_one_margin_is_read_as_paragraphs() {
        // An e-mail wrapped at 60 characters: a name, a title and an abbreviation broken across lines, words
        // hyphenated at line ends, a heading, a list whose first item wraps, a table row laid out in columns.
        let text = "Subject: Weekly digest\r\n\r\nBORDER TALKS\r\n\r\n\
The foreign ministers of Chile and Peru met on Tuesday in\r\n\
Santiago, where Foreign Minister Tomas Quenaya told Gen.\r\n\
Rodrigo Alvear that the two countries would open cross-\r\n\
border negotiations at the crossing of Puerto Pakh-\r\n\
tunkhwa within a week. Officials said that a Peruvian-\r\n\
backed accord on customs and migration was signed before\r\n\
noon, and that the next round would begin with inter-\r\n\
national observers present.\r\n\r\n\
Next steps:\r\n\
- a joint commission meets in Lima on Friday, with the\r\n\
customs agencies of both countries\r\n\
- Bolivia asked to join\r\n\
Chile        12 May        talks in Santiago and Lima\r\n\
Peru         14 May        talks\r\n";
        assert_eq!(
            unwrap_lines(text).as_deref(),
            Some(
                "Subject: Weekly digest\n\nBORDER TALKS\n\nThe foreign ministers of Chile and Peru met on Tuesday in \
                 Santiago, where Foreign Minister Tomas Quenaya told Gen. Rodrigo Alvear that the two countries \
                 would open cross-border negotiations at the crossing of Puerto Pakhtunkhwa within a week. \
                 Officials said that a Peruvian-backed accord on customs and migration was signed before noon, and \
                 that the next round would begin with international observers present.\n\nNext steps:\n- a joint \
                 commission meets in Lima on Friday, with the customs agencies of both countries\n- Bolivia asked \
                 to join\nChile        12 May        talks in Santiago and Lima\nPeru         14 May        talks"
            )
        );
    }

    #[test]
    fn header_fields_keep_their_lines() {
        // An e-mail's header lines reach the margin too; each stays a line, and a folded subject joins its line.
        let body = "The foreign ministers of Chile and Peru met on Tuesday in\n\
Santiago, where Foreign Minister Tomas Quenaya told the\n\
press that the two countries would open negotiations on\n\
the crossing within a week.\n";
        let text = format!(
            "From: The Andean Letter of the Week <letter@andean.example>\n\
To: subscribers-of-the-andean-letter@andean.example\n\
Subject: [Letter #12] Santiago and Lima talk | Quito's\n  \
Pacific pitch\n\n{body}{body}"
        );
        let read = unwrap_lines(&text).unwrap_or_default();
        assert!(
            read.starts_with(
                "From: The Andean Letter of the Week <letter@andean.example>\n\
                 To: subscribers-of-the-andean-letter@andean.example\n\
                 Subject: [Letter #12] Santiago and Lima talk | Quito's Pacific pitch\n\n\
                 The foreign ministers of Chile and Peru met on Tuesday in Santiago, where"
            ),
            "{read}"
        );
        assert!(is_header_field("Reply-To: a@b.example") && is_header_field("Date:"));
        assert!(!is_header_field("said: the talks") && !is_header_field("At 10:30 the talks began"));
    }

    #[test]
    fn a_paragraph_to_a_line_is_not_unwrapped() {
        // News saved with a paragraph to a line has lines far longer than any margin: it is read as it is.
        let paragraph = "The ministers met in Santiago on Tuesday and agreed to reopen the crossing, officials said \
                         after the talks, which lasted four hours and ended with a joint statement.";
        let text =
            format!("Headline Of The Day\nBy Ana Ruiz\n{paragraph}\nOfficials Said More\n{paragraph}\n{paragraph}\n");
        assert_eq!(unwrap_lines(&text), None);
        // Short lines alone (a list, a poem) are no wrapped prose either.
        assert_eq!(unwrap_lines("one\ntwo\nthree\nfour\nfive\nsix\nseven"), None);
    }

    #[test]
    fn hyphens_broken_at_a_line_end() {
        assert_eq!(line_end_hyphen("the inter-", "national"), Some(false));
        assert_eq!(line_end_hyphen("long-", "term plans"), Some(true));
        assert_eq!(line_end_hyphen("a pro-", "blem of"), Some(false));
        assert_eq!(line_end_hyphen("Russian-", "made drones"), Some(true));
        assert_eq!(line_end_hyphen("the Indo-", "Pacific"), Some(true));
        assert_eq!(line_end_hyphen("Teh-", "rik-e-Taliban"), Some(false));
        assert_eq!(line_end_hyphen("the talks -", "then"), None);
        assert_eq!(line_end_hyphen("talks", "then"), None);
    }

    #[test]
    fn page_numbers() {
        assert!(is_page_number("- 12 -") && is_page_number("Page 3 of 10") && !is_page_number("2024 talks"));
    }
}
