//! Document titles: the headline, not a date line or a markdown marker.

use super::dates::find_dates;

/// Titles longer than this are cut at a word boundary.
const MAX_TITLE_CHARS: usize = 160;

/// The title of a text: the subject of an e-mail or memo that opens with header lines ("From: …", "Subject: …"),
/// else its first non-empty line that is not just a date, cleaned; else the file name.
pub fn from_text(text: &str, path: &str) -> String {
    if let Some(subject) = header_subject(text) {
        return subject;
    }
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(8)
        .find(|l| !is_date_line(l) && l.chars().any(char::is_alphabetic))
        .map(clean)
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| file_stem(path))
}

/// Trims markdown heading marks and white space, and shortens very long lines.
pub fn clean(line: &str) -> String {
    let line = line.trim().trim_start_matches('#').trim();
    let line: String = line.split_whitespace().collect::<Vec<_>>().join(" ");
    if line.chars().count() <= MAX_TITLE_CHARS {
        return line;
    }
    let cut: String = line.chars().take(MAX_TITLE_CHARS).collect();
    let cut = match cut.rfind(' ') {
        Some(k) if k > MAX_TITLE_CHARS / 2 => &cut[..k],
        _ => &cut[..],
    };
    format!("{}…", cut.trim_end_matches([',', ';', ':', ' ']))
}

/// The "Subject:" of a text that starts with e-mail or memo header lines, cleaned ("Re:" and "Fwd:" kept, since
/// they tell a reply from its message).
fn header_subject(text: &str) -> Option<String> {
    let mut lines = text.lines().map(str::trim).skip_while(|l| l.is_empty());
    let first = lines.next()?;
    let is_header = ["From:", "To:", "Date:", "Subject:", "Sent:", "Cc:", "Memo", "MEMORANDUM"]
        .iter()
        .any(|h| first.get(..h.len()).is_some_and(|start| start.eq_ignore_ascii_case(h)));
    if !is_header {
        return None;
    }
    std::iter::once(first)
        .chain(lines.take(8))
        .find_map(|l| l.get(..8).filter(|s| s.eq_ignore_ascii_case("subject:")).map(|_| &l[8..]))
        .map(clean)
        .filter(|t| !t.is_empty())
}

fn is_date_line(line: &str) -> bool {
    find_dates(line).first().is_some_and(|(r, _)| {
        let rest = format!("{}{}", &line[..r.start], &line[r.end..]);
        rest.chars().filter(|c| c.is_alphanumeric()).count() <= 12
    })
}

fn file_stem(path: &str) -> String {
    let name = path.rsplit(['/', '\\']).next().unwrap_or(path);
    match name.rfind('.') {
        Some(k) if k > 0 => name[..k].to_string(),
        _ => name.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_meaningful_line() {
        assert_eq!(from_text("\n\n  Big News Today  \nbody", "x.txt"), "Big News Today");
        assert_eq!(from_text("November 25, 2024\nPrior to the visit.", "x.txt"), "Prior to the visit.");
        assert_eq!(from_text("Monday, 6 May 2024\n# Heading", "x.md"), "Heading");
        assert_eq!(from_text("   \n", "dir/report-2024.txt"), "report-2024");
    }

    #[test]
    fn an_e_mail_is_titled_by_its_subject() {
        let mail = "From: Andean Letter <letter@andean.example>\nTo: you@example.org\nDate: Mon, 4 May 2026\n\
                    Subject: Santiago and Lima talk\n\nGood morning.";
        assert_eq!(from_text(mail, "x.txt"), "Santiago and Lima talk");
        assert_eq!(from_text("MEMORANDUM\nTO: Desk\nSUBJECT: Border talks\n\nText.", "x.txt"), "Border talks");
        // A subject line in a text that does not open with a header is no title.
        assert_eq!(from_text("Weekly notes\nSubject: talks\n", "x.txt"), "Weekly notes");
    }

    #[test]
    fn long_titles_are_shortened_at_a_word() {
        let t = clean(&"word ".repeat(100));
        assert!(t.ends_with('…') && t.chars().count() <= MAX_TITLE_CHARS + 1);
    }
}
