//! Calendar dates: parsing the dates news articles print, and finding the publication date near the top.

use regex::Regex;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::sync::OnceLock;

/// A calendar date (proleptic Gregorian), ordered chronologically.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date {
    /// Year, e.g. 2024.
    pub year: i32,
    /// Month 1–12.
    pub month: u8,
    /// Day 1–31.
    pub day: u8,
}

impl Date {
    /// A valid date, or `None` (checks month lengths and leap years).
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (day >= 1 && day <= days && (1000..=9999).contains(&year)).then_some(Date { year, month, day })
    }

    /// Parses `YYYY-MM-DD`.
    pub fn parse_iso(s: &str) -> Option<Date> {
        let mut it = s.trim().splitn(3, '-');
        let y = it.next()?.parse().ok()?;
        let m = it.next()?.parse().ok()?;
        let d = it.next()?.parse().ok()?;
        Date::new(y, m, d)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Date::parse_iso(&s).ok_or_else(|| serde::de::Error::custom(format!("not a YYYY-MM-DD date: {s}")))
    }
}

/// Month number for an English month name or abbreviation ("Nov", "Nov.", "Sept").
pub fn month_number(word: &str) -> Option<u8> {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    const NAMES: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    if let Some(i) = NAMES.iter().position(|n| *n == w) {
        return Some(i as u8 + 1);
    }
    // Three-letter abbreviations, plus "Sept".
    if w == "sept" {
        return Some(9);
    }
    (w.len() == 3).then(|| NAMES.iter().position(|n| n.starts_with(&w))).flatten().map(|i| i as u8 + 1)
}

/// Whether a word names a day of the week or a month in full ("Monday", "November", "May"; not "Mon"): a word of
/// when, not of who.
pub fn is_calendar_word(word: &str) -> bool {
    const DAYS: [&str; 7] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
    DAYS.iter().any(|d| d.eq_ignore_ascii_case(word))
        || ((word.len() > 3 || word.eq_ignore_ascii_case("may")) && month_number(word).is_some())
}

fn date_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        let month = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?";
        // "November 25, 2024" | "25 November 2024" / "6 May, 2024" | "2024-11-25"
        let pattern = format!(
            r"(?i-u)\b(?:(?P<m1>{month})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{{4}})|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{month}),?\s+(?P<y2>\d{{4}})|(?P<y3>\d{{4}})-(?P<m3>\d{{2}})-(?P<d3>\d{{2}}))\b"
        );
        Regex::new(&pattern).expect("the date pattern is a valid regular expression")
    })
}

/// All full dates (day, month and year) stated in `text`, with their byte ranges, in order.
pub fn find_dates(text: &str) -> Vec<(std::ops::Range<usize>, Date)> {
    date_regex()
        .captures_iter(text)
        .filter_map(|c| {
            let whole = c.get(0)?;
            let date = if let (Some(m), Some(d), Some(y)) = (c.name("m1"), c.name("d1"), c.name("y1")) {
                Date::new(y.as_str().parse().ok()?, month_number(m.as_str())?, d.as_str().parse().ok()?)
            } else if let (Some(m), Some(d), Some(y)) = (c.name("m2"), c.name("d2"), c.name("y2")) {
                Date::new(y.as_str().parse().ok()?, month_number(m.as_str())?, d.as_str().parse().ok()?)
            } else {
                let (y, m, d) = (c.name("y3")?, c.name("m3")?, c.name("d3")?);
                Date::new(y.as_str().parse().ok()?, m.as_str().parse().ok()?, d.as_str().parse().ok()?)
            }?;
            Some((whole.range(), date))
        })
        .collect()
}

/// How far into a document a publication date may stand: the first lines, where a by-line or date line sits.
const TOP_LINES: usize = 6;
const TOP_BYTES: usize = 800;

/// The publication date stated near the top of an article ("November 25, 2024", "Monday, 6 May 2024").
pub fn find_publication_date(text: &str) -> Option<Date> {
    let mut end = 0;
    for (n, line) in text.split_inclusive('\n').filter(|l| !l.trim().is_empty()).enumerate() {
        if n >= TOP_LINES {
            break;
        }
        end = line.as_ptr() as usize - text.as_ptr() as usize + line.len();
    }
    let mut cut = end.min(TOP_BYTES).min(text.len());
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    find_dates(&text[..cut]).into_iter().next().map(|(_, d)| d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u8, day: u8) -> Option<Date> {
        Date::new(y, m, day)
    }

    #[test]
    fn parses_the_common_news_formats() {
        assert_eq!(find_publication_date("November 25, 2024\nPrior to …"), d(2024, 11, 25));
        assert_eq!(find_publication_date("Title\n\nMonday, 6 May 2024\nkkkk"), d(2024, 5, 6));
        assert_eq!(find_publication_date("26 April 2024\n\nBody."), d(2024, 4, 26));
        assert_eq!(find_publication_date("Posted 2023-02-01 by staff"), d(2023, 2, 1));
        assert_eq!(find_publication_date("Nov. 3, 2022 — Kabul"), d(2022, 11, 3));
        assert_eq!(find_publication_date("Sept 9th, 2021"), d(2021, 9, 9));
        assert_eq!(find_publication_date("1st of March 2020"), d(2020, 3, 1));
    }

    #[test]
    fn ignores_partial_and_impossible_dates() {
        assert_eq!(find_publication_date("In August 2021 the group took power."), None);
        assert_eq!(find_publication_date("February 30, 2024"), None);
        assert_eq!(find_publication_date("between Nov. 14 and Jan. 31"), None);
    }

    #[test]
    fn only_looks_near_the_top() {
        let mut text = String::from("Headline\n");
        for _ in 0..10 {
            text.push_str("A line of body text without dates.\n");
        }
        text.push_str("On 5 May 2020 something happened.\n");
        assert_eq!(find_publication_date(&text), None);
    }

    #[test]
    fn calendar_words_are_days_and_full_month_names() {
        for w in ["Monday", "sunday", "November", "May", "Sept"] {
            assert!(is_calendar_word(w), "{w}");
        }
        for w in ["Mon", "Jan", "Riyadh", "by", "Mayday"] {
            assert!(!is_calendar_word(w), "{w}");
        }
    }

    #[test]
    fn month_names_and_abbreviations() {
        assert_eq!(month_number("Mar"), Some(3));
        assert_eq!(month_number("may"), Some(5));
        assert_eq!(month_number("Sept."), Some(9));
        assert_eq!(month_number("Ju"), None);
        assert_eq!(month_number("Marc"), None);
    }

    #[test]
    fn iso_round_trip_and_order() {
        let a = Date::parse_iso("2021-08-15").unwrap();
        assert_eq!(a.to_string(), "2021-08-15");
        assert!(a < Date::parse_iso("2021-08-16").unwrap());
        assert_eq!(Date::parse_iso("2021-13-01"), None);
    }
}
