//! State bodies and the countries they belong to: "Pakistan's Foreign Office" is not the British one, and neither
//! is "the Foreign Office" of a document that never names Britain; nor is "Egypt's National Security Council" the
//! UN's.

use super::detect::{Label, Scan};
use super::knowledge::{CountryForm, Entry, HeadKind, Knowledge};
use super::tokens::{Case, TokenKind};

impl Scan<'_> {
    /// A state body of one country named by a generic alias under another country's name: "Pakistan's Foreign
    /// Office", "the Indian Foreign Office" are not the British one.
    pub(super) fn another_countrys_body(&self, first: usize, entries: &[Entry]) -> bool {
        let kb = self.kb;
        let home_of = |e: &Entry| match e {
            Entry::Organization(o) => kb.organizations[*o as usize].country.as_deref(),
            _ => None,
        };
        let Some(home) = entries.first().and_then(home_of) else { return false };
        if entries.iter().any(|e| home_of(e) != Some(home)) {
            return false;
        }
        let owner = match first.checked_sub(1) {
            Some(p) if self.toks()[p].kind == TokenKind::Possessive => p.checked_sub(1),
            p => p,
        };
        owner.and_then(|k| self.country_hit(k)).is_some_and(|(_, c)| kb.countries[c as usize].code != home)
    }

    /// A dictionary organisation named by ordinary words that ends a longer name: "the Daugava Institute for
    /// Security Studies" is not the "Institute for Security Studies", nor "Egypt's National Security Council" the
    /// UN's. The word before it is capitalised in mid-sentence and is no word the dictionary, the titles or the
    /// capitalised non-names know, so it opens the same name. (A proper name stays: "Haqqani Taliban"; so does a
    /// name the dictionary accepts only in context, as "(Demerara Sun)" is not "Demerara" and a body's "Sun".)
    pub(super) fn ends_longer_name(&self, first: usize, entries: &[Entry]) -> bool {
        let Some(prev) = first.checked_sub(1).filter(|&p| p > self.first_word) else { return false };
        let t = self.toks()[prev];
        t.kind == TokenKind::Word
            && t.case == Case::Title
            && self.toks()[first].space_before
            && self.labels[prev] == Label::Other
            && entries
                .iter()
                .all(|e| matches!(e, Entry::Organization(o) if !self.kb.organizations[*o as usize].ambiguous))
            && self.kb.is_common_word(self.lower(first))
            && self.facts[prev].role.is_none_or(|(r, _)| !r.core && !r.body)
            && !self.kb.is_honorific(self.lower(prev))
            && !self.kb.is_non_name(self.tok(prev))
            && !self.kb.is_function_word(self.lower(prev))
    }

    /// An organisation's head word before "for" or "on" and the event's head at `k`, which is then only its
    /// topic: "the Rhône Institute for Security Dialogue" (but "the League of Arab States Summit" is a summit).
    pub(super) fn body_before_topic(&self, first: usize, k: usize) -> Option<HeadKind> {
        let joint = (first + 1..k).rfind(|&j| matches!(self.tok(j), "for" | "on"))?;
        (first..joint)
            .any(|i| self.labels[i] == Label::Cap && self.kb.head(self.tok(i)) == Some(HeadKind::Organization))
            .then_some(HeadKind::Organization)
    }

    /// The dictionary hit labelling token `k`, when it names a country: its index in `dict`, and the country.
    pub fn country_hit(&self, k: usize) -> Option<(usize, u32)> {
        let Some(&Label::Dict(n)) = self.labels.get(k) else { return None };
        let country = self.dict[n as usize].entries.iter().find_map(|e| match e {
            Entry::Country(c, _) => Some(*c),
            _ => None,
        });
        country.map(|c| (n as usize, c))
    }

    /// Whether a dictionary phrase of the sentence names one of the organisations `orgs`.
    pub(super) fn names_any(&self, orgs: &[u32]) -> bool {
        let named = |e: &Entry| matches!(e, Entry::Organization(o) if orgs.contains(o));
        self.dict.iter().any(|h| h.entries.iter().any(named))
    }

    /// Whether every entry of a dictionary phrase is an organisation the document excluded (see
    /// [`of_unnamed_countries`]).
    pub(super) fn excluded_body(&self, entries: &[Entry]) -> bool {
        !self.excluded.is_empty()
            && entries.iter().all(|e| matches!(e, Entry::Organization(o) if self.excluded.contains(o)))
    }
}

/// State bodies named in the document only by words of office ("Foreign Office": role words, see
/// `roles.tsv`) whose country the document never names (by name, capital or metonym, or its nationality twice):
/// "the Foreign Office" in a Pakistani paper is Pakistan's, not Britain's. There the words are generic: a role
/// ("Foreign Office spokesperson"), or the government that acted last.
pub fn of_unnamed_countries(scans: &[Scan], kb: &Knowledge) -> Vec<u32> {
    let hits = || scans.iter().flat_map(|s| s.dict.iter().map(move |h| (s, h)));
    let forms: Vec<(u32, CountryForm)> = hits()
        .flat_map(|(_, h)| h.entries.iter())
        .filter_map(|e| if let Entry::Country(c, f) = e { Some((*c, *f)) } else { None })
        .collect();
    // A nationality word said once ("drawn in 1893 by a British colonial official") does not make the document
    // one about that country's government; its name, capital or a second mention does.
    let named = |c: u32| {
        let mut said = forms.iter().filter(|&&(k, _)| k == c);
        said.clone().any(|&(_, f)| f != CountryForm::Demonym) || said.nth(1).is_some()
    };
    let generic = |scan: &Scan, first: usize, end: usize| {
        (first..end).all(|k| scan.facts[k].role.is_some() || matches!(scan.lower(k), "of" | "and" | "the"))
    };
    let organisations = |generic_hits: bool| {
        hits()
            .filter(move |(scan, h)| generic(scan, h.first, h.end) == generic_hits)
            .flat_map(|(_, h)| h.entries.iter())
            .filter_map(|e| if let Entry::Organization(o) = e { Some(*o) } else { None })
    };
    // Named once by its own name ("FCDO"), it is that body everywhere in the document.
    let named_properly: Vec<u32> = organisations(false).collect();
    let mut unnamed: Vec<u32> = organisations(true)
        .filter(|o| !named_properly.contains(o))
        .filter(|&o| {
            let org = &kb.organizations[o as usize];
            let home = org.country.as_deref().and_then(|c| kb.country_idx(c));
            org.state && home.is_some_and(|c| !named(c))
        })
        .collect();
    unnamed.sort_unstable();
    unnamed.dedup();
    unnamed
}

/// Capitals that stand for an organisation seated there (`seat:` in `organizations.tsv`) in this document: it
/// names the organisation, and never names the capital's country except by that capital ("Brussels" in a report
/// on the European Union, which never says "Belgium" or "Belgian"). Pairs of (country, organisation).
pub fn seats_of_named_organisations(scans: &[Scan], kb: &Knowledge) -> Vec<(u32, u32)> {
    let entries = || scans.iter().flat_map(|s| s.dict.iter().flat_map(|h| h.entries.iter()));
    let mut seats: Vec<(u32, u32)> = entries()
        .filter_map(|e| if let Entry::Organization(o) = e { Some(*o) } else { None })
        .filter_map(|o| Some((kb.organizations[o as usize].seat?, o)))
        .collect();
    seats.sort_unstable();
    seats.dedup();
    seats.retain(|&(c, _)| {
        !entries().any(|e| matches!(e, Entry::Country(k, f) if *k == c && *f != CountryForm::Capital))
    });
    seats
}
