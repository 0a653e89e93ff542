//! Document titles: the headline, not a date line or a markdown marker.

use super::dates::find_dates;

/// Titles longer than this are cut at a word boundary.
const MAX_TITLE_CHARS: usize = 160;

/// The title of a text: its first non-empty line that is not just a date, cleaned; else the file name.
pub fn from_text(text: &str, path: &str) -> String {
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
    fn long_titles_are_shortened_at_a_word() {
        let t = clean(&"word ".repeat(100));
        assert!(t.ends_with('…') && t.chars().count() <= MAX_TITLE_CHARS + 1);
    }
}
