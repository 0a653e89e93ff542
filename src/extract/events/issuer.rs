//! Official texts: the country a press release, a letter or a briefing's transcript speaks for (its issuer), from
//! its heading, and the spokesperson the heading names.

use crate::extract::detect::Scan;
use crate::extract::document::{Key, LocalEntity, LocalMention};
use crate::extract::model::MentionForm;

/// Who an official text speaks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Issuer {
    /// The country whose state issues it: its first person ("we", "my Government") acts for that state.
    pub country: u32,
    /// The local entity of the person its heading names with no country of their own ("… by the spokesperson of
    /// the Department of Foreign Affairs, Angelica Dizon"): in a transcript, their turns speak for the issuer.
    pub voice: Option<u32>,
}

/// How far into a document its heading (its lines before the first sentence) may reach, in bytes, and in lines
/// at most.
const HEADING_BYTES: u32 = 300;
const HEADING_SENTENCES: usize = 4;

/// How many sentences open the document as its heading: lines with no full stop, within its first bytes.
fn heading_sentences(scans: &[Scan]) -> usize {
    scans
        .iter()
        .take(HEADING_SENTENCES)
        .take_while(|s| s.toks().first().is_some_and(|t| t.start < HEADING_BYTES))
        // A heading's lines end with no full stop; the text begins at the first sentence that has one.
        .take_while(|s| {
            s.toks().last().is_some_and(|t| !matches!(&s.text()[t.start as usize..t.end as usize], "." | "!" | "?"))
        })
        .count()
}

/// Who an official text speaks for: the first country named with an office in its heading ("Press
/// Release — Ministry of Foreign Affairs of Pakistan", "Letter dated … from the Permanent Representative of
/// Lithuania"), when the heading has a word of such texts (`issuing` in `context_words.tsv`: "release",
/// "statement", "letter" …) and is not a joint one. News has no such heading (and its "we" is in quotations, which
/// are left alone); a think-tank's briefing names no office (`office`) of the country it is about.
pub fn issuer(scans: &[Scan], mentions: &[LocalMention], entities: &[LocalEntity]) -> Option<Issuer> {
    let heading = heading_sentences(scans);
    let words = || scans[..heading].iter().flat_map(|s| (0..s.toks().len()).map(|k| s.lower(k)));
    // A joint statement speaks for several states; a statement at a joint press conference for one.
    let joint = scans[..heading].iter().any(|s| {
        (1..s.toks().len()).any(|k| {
            s.lower(k - 1) == "joint" && matches!(s.lower(k), "statement" | "communiqué" | "communique" | "declaration")
        })
    });
    let kb = scans.first()?.kb;
    if !words().any(|w| kb.in_context("issuing", w)) || joint {
        return None;
    }
    // The country of an office within five words ("Ministry of Foreign Affairs of Pakistan", "Embassy of India",
    // "Pakistani Foreign Office"), not one a think-tank's briefing is about ("… Counter-Terrorism in Afghanistan").
    let of_an_office = |m: &LocalMention| {
        let scan = &scans[m.sentence as usize];
        let first = scan.toks().partition_point(|t| t.end <= m.start);
        let end = scan.toks().partition_point(|t| t.start < m.end);
        (first.saturating_sub(5)..(end + 2).min(scan.toks().len())).any(|k| kb.in_context("office", scan.lower(k)))
    };
    let in_heading = || mentions.iter().take_while(|m| (m.sentence as usize) < heading);
    let office_country = in_heading().find_map(|m| match entities[m.local as usize].key {
        Key::Country(c) if of_an_office(m) => Some(c),
        _ => None,
    });
    // Failing that, an office named without its country ("… the spokesperson of the Department of Foreign
    // Affairs") speaks for the capital of the heading's dateline line ("Manila, 18 November").
    let dateline = || {
        let opens_line =
            |m: &LocalMention| scans[m.sentence as usize].toks().first().is_some_and(|t| t.start == m.start);
        in_heading().filter(|m| opens_line(m)).find_map(|m| {
            let e = &entities[m.local as usize];
            match e.key {
                Key::Place(_) if e.subtype == Some("capital") => e.country,
                Key::Country(c) if m.form == MentionForm::Metonym => Some(c),
                _ => None,
            }
        })
    };
    let country = office_country.or_else(|| words().any(|w| kb.in_context("office", w)).then(dateline).flatten())?;
    let voice = in_heading().map(|m| m.local).find(|&l| {
        let e = &entities[l as usize];
        matches!(e.key, Key::Person(_)) && e.country.is_none() && e.organization().is_none()
    });
    Some(Issuer { country, voice })
}
