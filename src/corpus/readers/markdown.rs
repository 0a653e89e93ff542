//! Markdown as the text a reader sees: headings, quotes and rules without their marks, links as their words,
//! emphasis and code without asterisks and backticks. The words and line breaks stay where they were, so names
//! and sentences read as in the rendered page ("**Nikol Pashinyan** and **Ilham Aliyev** initialled" is two
//! people in one subject, not words cut apart by asterisks). Lists keep their markers; tables and HTML stay as
//! they are.

/// The text of a Markdown file without its markup.
pub(super) fn plain_text(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len());
    let mut in_code_block = false;
    for (i, line) in markdown.lines().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let trimmed = line.trim_start();
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            in_code_block = !in_code_block;
            continue;
        }
        if in_code_block {
            out.push_str(line);
            continue;
        }
        if is_rule(trimmed) {
            continue;
        }
        inline(block_content(trimmed), &mut out);
    }
    out
}

/// Whether a text is written in Markdown: two of its kinds of markup at least, among headings ("# "), bold
/// words ("**"), links ("](") and rules ("---"). News saved as text has none of them.
pub(super) fn looks_like_markdown(text: &str) -> bool {
    // (Every text file is asked, and most have none of these marks: one vector search for the rare marks, one for
    // "#", and a look at the start of each line.)
    let bytes = text.as_bytes();
    let at = |i: usize| bytes.get(i).copied().unwrap_or(b' ');
    let (mut bold, mut link) = (false, false);
    for i in memchr::memchr3_iter(b'*', b'_', b']', bytes) {
        match bytes[i] {
            // Emphasis opens or closes a word ("**Ana**"); "***" alone is a rule.
            b'*' | b'_' => {
                bold |= at(i + 1) == bytes[i]
                    && (at(i + 2).is_ascii_alphanumeric() || at(i.wrapping_sub(1)).is_ascii_alphanumeric())
            }
            _ => link |= at(i + 1) == b'(',
        }
    }
    let line_start = |i: usize| i == 0 || bytes[i - 1] == b'\n';
    let heading = memchr::memchr_iter(b'#', bytes).any(|i| {
        let hashes = bytes[i..].iter().take_while(|&&b| b == b'#').count();
        line_start(i) && (1..=6).contains(&hashes) && at(i + hashes) == b' '
    });
    let rule = std::iter::once(0).chain(memchr::memchr_iter(b'\n', bytes).map(|i| i + 1)).any(|i| {
        let three = &bytes[i.min(bytes.len())..(i + 3).min(bytes.len())];
        matches!(three, b"---" | b"***" | b"___")
    });
    [heading, bold, link, rule].iter().filter(|&&b| b).count() >= 2
}

/// A thematic break: three or more `-`, `*` or `_` and nothing else but spaces.
fn is_rule(line: &str) -> bool {
    let marks: Vec<char> = line.chars().filter(|c| !c.is_whitespace()).collect();
    marks.len() >= 3 && marks.iter().all(|&c| c == marks[0]) && matches!(marks[0], '-' | '*' | '_')
}

/// A line without its block marks: quote marks ("> "), and a heading's "#"s (before and after its words).
fn block_content(mut line: &str) -> &str {
    while let Some(rest) = line.strip_prefix('>') {
        line = rest.trim_start();
    }
    let hashes = line.len() - line.trim_start_matches('#').len();
    if (1..=6).contains(&hashes) && line[hashes..].starts_with(' ') {
        line = line[hashes..].trim().trim_end_matches('#').trim_end();
    }
    line
}

/// Writes a line's words without its inline marks: `[words](link)` and `![words](image)` as the words, `**`,
/// `__` and `*` around words, and backticks, dropped; a backslash-escaped mark as the mark. A list's "* " marker
/// and a lone "*" between spaces stay.
fn inline(line: &str, out: &mut String) {
    let chars: Vec<char> = line.chars().collect();
    let mut k = 0;
    while k < chars.len() {
        let c = chars[k];
        let next = chars.get(k + 1).copied();
        match c {
            '\\' if next.is_some_and(|n| n.is_ascii_punctuation()) => {
                out.extend(next);
                k += 2;
                continue;
            }
            '!' if next == Some('[') => {
                k += 1;
                continue;
            }
            '[' => {
                if let Some((words_end, link_end)) = link_at(&chars, k) {
                    inline(&chars[k + 1..words_end].iter().collect::<String>(), out);
                    k = link_end;
                    continue;
                }
            }
            '`' => {
                k += 1;
                continue;
            }
            '*' | '_' if next == Some(c) => {
                k += 2;
                continue;
            }
            '*' => {
                let before = k.checked_sub(1).map(|p| chars[p]);
                let list_marker = k == 0 && next == Some(' ');
                let spaced = before.is_none_or(char::is_whitespace) && next.is_none_or(char::is_whitespace);
                if !list_marker && !spaced {
                    k += 1;
                    continue;
                }
            }
            _ => {}
        }
        out.push(c);
        k += 1;
    }
}

/// A link opening at `open` ("[words](target)"): where its words end and where the whole link does.
fn link_at(chars: &[char], open: usize) -> Option<(usize, usize)> {
    let close = open + 1 + chars[open + 1..].iter().position(|&c| c == ']')?;
    if chars.get(close + 1) != Some(&'(') {
        return None;
    }
    let end = close + 2 + chars[close + 2..].iter().position(|&c| c == ')')?;
    Some((close, end + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_is_told_by_two_kinds_of_markup() {
        assert!(looks_like_markdown("# Title\n\nSome **bold** words."));
        assert!(looks_like_markdown("Text with a [link](https://x.example).\n\n---\n\nMore."));
        assert!(!looks_like_markdown("Title\n\nA news story with a price of 2 * 3 and a #hashtag."));
        assert!(!looks_like_markdown("# 1 in the rankings\n\nNothing else."));
        assert!(!looks_like_markdown("A press release.\n\n***\n\nFor media enquiries: the ministry."));
    }

    #[test]
    fn markup_goes_and_words_stay() {
        let md = "# After the Handshake #\n\n*Posted 19 August by **Ana Ruiz** · [Andes Ledger](https://x.example)*\n\
                  \n> **TL;DR:** Lima and La Paz have initialled a treaty.\n\n---\n\n## What happened\n\n\
                  On 8 August, Peruvian President **Tomas Quenaya** and Bolivian President __Rosa Mamani__ signed \
                  the `text` ([full text](https://x.example/doc)). ![map](m.png)\n\n\
                  - **13 March:** talks end.\n* one item\n\nPrices rose 2 * 3 times; a \\*literal\\* star.\n\n\
                  ```\n**code** stays\n```";
        assert_eq!(
            plain_text(md),
            "After the Handshake\n\nPosted 19 August by Ana Ruiz · Andes Ledger\n\nTL;DR: Lima and La Paz have \
             initialled a treaty.\n\n\n\nWhat happened\n\nOn 8 August, Peruvian President Tomas Quenaya and \
             Bolivian President Rosa Mamani signed the text (full text). map\n\n- 13 March: talks end.\n* one \
             item\n\nPrices rose 2 * 3 times; a *literal* star.\n\n\n**code** stays\n"
        );
    }
}
