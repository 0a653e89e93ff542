//! Turning a PDF's lines back into paragraphs: hard-wrapped lines joined, words hyphenated across line ends
//! rebuilt, ligatures expanded, page numbers dropped, and pages joined where a sentence runs on. Pure text work,
//! separate from parsing the file.

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
/// "national"), keeping the hyphen only after a capitalised part ("Russian-" + "backed"). A short line that ends
/// a sentence ends its paragraph; other short lines (headings, list items) keep their line break.
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
        let width = block.iter().map(|l| l.chars().count()).max().unwrap_or(0);
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        for (i, line) in block.iter().enumerate() {
            if i > 0 {
                let prev = block[i - 1];
                let next_lower = line.chars().next().is_some_and(char::is_lowercase);
                if let Some(joined) = dehyphenate(prev, next_lower) {
                    // The hyphen (or its removal) is already settled by `dehyphenate`.
                    out.truncate(out.len() - prev.len());
                    out.push_str(&joined);
                } else {
                    let full = prev.chars().count() * 10 >= width * 7;
                    let sep = if is_list_item(line) {
                        "\n"
                    } else if full || (next_lower && !ends_sentence(prev)) {
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

/// `prev` without its line-end hyphen when the word continues on the next line: the joined form to write in
/// place of `prev` (no separator follows), or `None` when the line does not end in a broken word.
fn dehyphenate(prev: &str, next_lower: bool) -> Option<String> {
    if let Some(stem) = prev.strip_suffix('\u{ad}') {
        return Some(stem.to_string());
    }
    let stem = prev.strip_suffix('-').or_else(|| prev.strip_suffix('\u{2010}'))?;
    let word_start =
        stem.char_indices().rev().find(|(_, c)| !c.is_alphabetic()).map(|(k, c)| k + c.len_utf8()).unwrap_or(0);
    let word = &stem[word_start..];
    if !next_lower || word.is_empty() {
        return None;
    }
    if word.chars().next().is_some_and(char::is_uppercase) { Some(format!("{stem}-")) } else { Some(stem.to_string()) }
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
            let last_line = out.rsplit('\n').next().unwrap_or("").to_string();
            if let Some(joined) = dehyphenate(&last_line, next_lower) {
                out.truncate(out.len() - last_line.len());
                out.push_str(&joined);
            } else if next_lower && !ends_sentence(&last_line) {
                out.push(' ');
            } else {
                out.push_str("\n\n");
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
    fn page_numbers() {
        assert!(is_page_number("- 12 -") && is_page_number("Page 3 of 10") && !is_page_number("2024 talks"));
    }
}
