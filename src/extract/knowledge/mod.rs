//! The extractor's general knowledge, loaded from the readable data files under `assets/`: every country with its
//! names, demonyms, capitals and government metonyms; well-known organisations; places; and the word lists that
//! drive the rules (roles, honorifics, head nouns, given names, ordinary English words).

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::OnceLock;

use super::pair_filter::PairFilter;
use super::tokens::{Case, Token, TokenKind, tokenize};
use crate::corpus::Date;

mod entries;
mod load;

pub use entries::*;

/// One phrase of the dictionary, tokenized.
#[derive(Clone, Debug)]
struct Phrase {
    /// Normalised token texts after the first.
    rest: Vec<String>,
    /// The first byte of `rest[0]` when it is ASCII (0 otherwise): a quick test before comparing the words,
    /// since some first words start dozens of phrases ("San", "Al", "The").
    next_byte: u8,
    entries: Vec<Entry>,
    /// A place's name ending in a word of administration ("Batken Region", "Osh Province"): it matches only with that
    /// word capitalised, so that "the Batken region" names the place "Batken", as "in Batken" does.
    capitalised_suffix: bool,
}

/// All general knowledge the extractor uses.
#[derive(Debug, Default)]
pub struct Knowledge {
    /// Every country.
    pub countries: Vec<Country>,
    /// Well-known organisations.
    pub organizations: Vec<Organization>,
    /// Places.
    pub places: Vec<Place>,
    /// Office holders of every state.
    pub people: Vec<OfficeHolder>,
    phrases: HashMap<String, Vec<Phrase>>,
    /// How phrase keys start: most tokens are ordinary words or numbers, and this lets them skip the lookup.
    phrase_starts: PairFilter,
    /// Phrase keys that title case does not restore from capitals ("Port-au-Prince", "Guinea-Bissau",
    /// "N'Djamena"), by their form in capitals, for headlines and datelines.
    keys_in_capitals: HashMap<String, String>,
    country_index: HashMap<String, u32>,
    /// What the role list and the event lexicon say about each lower-case word: one lookup per token.
    words: HashMap<String, WordFacts>,
    honorifics: HashSet<String>,
    particles: HashSet<String>,
    heads: HashMap<String, HeadKind>,
    non_names: HashSet<String>,
    given_names: HashSet<String>,
    common_words: HashSet<String>,
    person_verbs: HashSet<String>,
    person_nouns: HashSet<String>,
    modifier_nouns: HashSet<String>,
    context: HashMap<String, HashSet<String>>,
}

/// The text of every data file the knowledge is built from.
#[derive(Clone, Copy, Debug, Default, Hash)]
pub struct Sources<'a> {
    /// `countries.tsv`
    pub countries: &'a str,
    /// `organizations.tsv`
    pub organizations: &'a str,
    /// `places.tsv`
    pub places: &'a str,
    /// `office_holders.tsv`
    pub office_holders: &'a str,
    /// `roles.tsv`
    pub roles: &'a str,
    /// `honorifics.txt`
    pub honorifics: &'a str,
    /// `name_particles.txt`
    pub particles: &'a str,
    /// `org_heads.tsv`
    pub heads: &'a str,
    /// `non_names.txt`
    pub non_names: &'a str,
    /// `given_names.txt`
    pub given_names: &'a str,
    /// `common_words.txt`
    pub common_words: &'a str,
    /// `person_verbs.txt`
    pub person_verbs: &'a str,
    /// `person_nouns.txt`
    pub person_nouns: &'a str,
    /// `modifier_nouns.txt`
    pub modifier_nouns: &'a str,
    /// `context_words.tsv`
    pub context_words: &'a str,
}

impl Sources<'static> {
    /// The data files bundled into the binary.
    pub fn builtin() -> Self {
        Sources {
            countries: data::COUNTRIES,
            organizations: data::ORGANIZATIONS,
            places: data::PLACES,
            office_holders: data::OFFICE_HOLDERS,
            roles: data::ROLES,
            honorifics: data::HONORIFICS,
            particles: data::PARTICLES,
            heads: data::HEADS,
            non_names: data::NON_NAMES,
            given_names: data::GIVEN_NAMES,
            common_words: data::COMMON_WORDS,
            person_verbs: data::PERSON_VERBS,
            person_nouns: data::PERSON_NOUNS,
            modifier_nouns: data::MODIFIER_NOUNS,
            context_words: data::CONTEXT_WORDS,
        }
    }
}

/// A dictionary phrase found in a token sequence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PhraseMatch<'k> {
    /// Index of the first token.
    pub first: usize,
    /// One past the last token.
    pub end: usize,
    /// What it may stand for (several when ambiguous: "Moscow" is a capital and a city).
    pub entries: &'k [Entry],
}

/// Normalises a token for dictionary comparison: typographic apostrophes and dashes become ASCII.
pub fn normalize_token(s: &str) -> std::borrow::Cow<'_, str> {
    if s.is_ascii() {
        return std::borrow::Cow::Borrowed(s);
    }
    use unicode_normalization::UnicodeNormalization;
    // Diacritics are folded too, keeping case: "Constanța" finds "Constanta", "Türkiye" finds "Turkiye".
    std::borrow::Cow::Owned(
        s.nfd()
            .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
            .map(|c| match c {
                '’' | 'ʼ' | '`' | '‘' => '\'',
                '‐' | '‑' | '–' | '—' => '-',
                'ı' => 'i',
                'ł' => 'l',
                'Ł' => 'L',
                'ø' => 'o',
                'Ø' => 'O',
                'đ' => 'd',
                'Đ' => 'D',
                c => c,
            })
            .collect(),
    )
}

/// The text of the data files, bundled into the binary.
pub mod data {
    /// `assets/gazetteer/countries.tsv`
    pub const COUNTRIES: &str = include_str!("../../../assets/gazetteer/countries.tsv");
    /// `assets/gazetteer/organizations.tsv`
    pub const ORGANIZATIONS: &str = include_str!("../../../assets/gazetteer/organizations.tsv");
    /// `assets/gazetteer/places.tsv`
    pub const PLACES: &str = include_str!("../../../assets/gazetteer/places.tsv");
    /// `assets/gazetteer/office_holders.tsv`
    pub const OFFICE_HOLDERS: &str = include_str!("../../../assets/gazetteer/office_holders.tsv");
    /// `assets/lexicon/roles.tsv`
    pub const ROLES: &str = include_str!("../../../assets/lexicon/roles.tsv");
    /// `assets/lexicon/honorifics.txt`
    pub const HONORIFICS: &str = include_str!("../../../assets/lexicon/honorifics.txt");
    /// `assets/lexicon/name_particles.txt`
    pub const PARTICLES: &str = include_str!("../../../assets/lexicon/name_particles.txt");
    /// `assets/lexicon/org_heads.tsv`
    pub const HEADS: &str = include_str!("../../../assets/lexicon/org_heads.tsv");
    /// `assets/lexicon/non_names.txt`
    pub const NON_NAMES: &str = include_str!("../../../assets/lexicon/non_names.txt");
    /// `assets/lexicon/given_names.txt`
    pub const GIVEN_NAMES: &str = include_str!("../../../assets/lexicon/given_names.txt");
    /// `assets/lexicon/common_words.txt`
    pub const COMMON_WORDS: &str = include_str!("../../../assets/lexicon/common_words.txt");
    /// `assets/lexicon/person_verbs.txt`
    pub const PERSON_VERBS: &str = include_str!("../../../assets/lexicon/person_verbs.txt");
    /// `assets/lexicon/person_nouns.txt`
    pub const PERSON_NOUNS: &str = include_str!("../../../assets/lexicon/person_nouns.txt");
    /// `assets/lexicon/modifier_nouns.txt`
    pub const MODIFIER_NOUNS: &str = include_str!("../../../assets/lexicon/modifier_nouns.txt");
    /// `assets/lexicon/context_words.tsv`
    pub const CONTEXT_WORDS: &str = include_str!("../../../assets/lexicon/context_words.tsv");
}

impl Knowledge {
    /// The bundled knowledge, loaded once.
    pub fn builtin() -> &'static Knowledge {
        static KNOWLEDGE: OnceLock<Knowledge> = OnceLock::new();
        KNOWLEDGE.get_or_init(|| Knowledge::from_sources(&Sources::builtin()))
    }

    /// Registers a dictionary phrase for `entry` (used for the bundled data and for the user's own aliases).
    pub fn add_phrase(&mut self, phrase: &str, entry: Entry) {
        let toks = tokenize(phrase);
        let Some(first) = toks.first() else { return };
        let key = normalize_token(first.text(phrase)).into_owned();
        self.phrase_starts.insert(&key);
        let rest: Vec<String> = toks[1..].iter().map(|t| normalize_token(t.text(phrase)).to_lowercase()).collect();
        let list = self.phrases.entry(key).or_default();
        let place = matches!(entry, Entry::Place(_));
        if let Some(p) = list.iter_mut().find(|p| p.rest == rest) {
            if !p.entries.contains(&entry) {
                p.entries.push(entry);
            }
            p.capitalised_suffix &= place;
        } else {
            let next_byte = rest.first().and_then(|w| w.bytes().next()).filter(u8::is_ascii).unwrap_or(0);
            let suffix = rest.last().is_some_and(|w| {
                matches!(w.as_str(), "region" | "province" | "oblast" | "district" | "governorate" | "prefecture")
            });
            list.push(Phrase { rest, next_byte, entries: vec![entry], capitalised_suffix: place && suffix });
            list.sort_by_key(|p| std::cmp::Reverse(p.rest.len()));
        }
    }

    /// The longest dictionary phrase starting at token `i`, if any.
    pub fn match_at(&self, text: &str, tokens: &[Token], i: usize) -> Option<PhraseMatch<'_>> {
        self.match_words(tokens, |k| tokens[k].text(text), i)
    }

    /// [`Knowledge::match_at`], with `word(k)` the text of token `k` (a sentence's scan slices its tokens without
    /// checking again).
    pub fn match_words<'t>(
        &self,
        tokens: &[Token],
        word: impl Fn(usize) -> &'t str,
        i: usize,
    ) -> Option<PhraseMatch<'_>> {
        let tok = tokens.get(i)?;
        if !matches!(tok.kind, TokenKind::Word | TokenKind::Number) {
            return None;
        }
        let raw = word(i);
        // Most tokens start no phrase. (Capitals are looked up in title case below: "TALIBAN".)
        if tok.case != Case::Upper && !self.phrase_starts.may_contain(raw) {
            return None;
        }
        let key = normalize_token(raw);
        // Headlines and datelines in capitals: "TALIBAN" finds "Taliban", "NEW DELHI" finds "New Delhi". A short
        // word in capitals only starts a longer phrase: "WHO" is not "Who", nor "AFP" "Afp".
        let (candidates, longer_only) = match self.phrases.get(key.as_ref()) {
            Some(c) => (c, false),
            None if tok.case == Case::Upper && in_capitals(tokens, i) => {
                let found = self.phrases.get(&title_case(&key));
                let found = found.or_else(|| self.phrases.get(self.keys_in_capitals.get(key.as_ref())?));
                (found?, raw.chars().count() < 4)
            }
            None => return None,
        };
        // The next token's first byte, in lower case; 0 when unknown (folding may turn "Á" into "a").
        let next_byte = match (i + 1 < tokens.len()).then(|| word(i + 1).as_bytes().first()).flatten() {
            Some(b) if b.is_ascii() => b.to_ascii_lowercase(),
            _ => 0,
        };
        for p in candidates {
            let end = i + 1 + p.rest.len();
            if (longer_only && p.rest.is_empty())
                || end > tokens.len()
                || (p.next_byte != 0 && next_byte != 0 && next_byte != p.next_byte)
            {
                continue;
            }
            let same = p.rest.iter().enumerate().all(|(k, want)| {
                let got = word(i + 1 + k);
                // ASCII needs no normalisation; other words fold apostrophes, dashes and diacritics first.
                got.eq_ignore_ascii_case(want)
                    || (!got.is_ascii() && {
                        let n = normalize_token(got);
                        n.eq_ignore_ascii_case(want) || n.to_lowercase() == *want
                    })
            });

            if same && !(p.capitalised_suffix && tokens[end - 1].case == Case::Lower) {
                return Some(PhraseMatch { first: i, end, entries: &p.entries });
            }
        }
        None
    }

    /// The organisation that `org` is a branch of, if any.
    pub fn branch_parent(&self, org: u32) -> Option<u32> {
        let parent = self.organizations.get(org as usize)?.branch_of.as_deref()?;
        self.organizations.iter().position(|o| o.name == parent).map(|i| i as u32)
    }

    /// A country by ISO3 code.
    pub fn country(&self, code: &str) -> Option<&Country> {
        self.country_index.get(code).map(|&i| &self.countries[i as usize])
    }

    /// The index of a country by ISO3 code.
    pub fn country_idx(&self, code: &str) -> Option<u32> {
        self.country_index.get(code).copied()
    }

    /// The index of the country a dictionary place is in (none for a region or feature across borders).
    pub fn place_country(&self, place: u32) -> Option<u32> {
        self.places.get(place as usize)?.country.as_deref().and_then(|c| self.country_idx(c))
    }

    /// Role-word classes for a (lower-case) word.
    pub fn role(&self, lower: &str) -> Option<RoleWord> {
        self.facts(lower).role
    }

    /// What the word lists say about a lower-case word (nothing, for most words).
    #[inline]
    pub fn facts(&self, lower: &str) -> WordFacts {
        self.words.get(lower).copied().unwrap_or_default()
    }

    /// Whether a (lower-case, without full stop) word is an honorific.
    pub fn is_honorific(&self, lower: &str) -> bool {
        self.honorifics.contains(lower.trim_end_matches('.'))
    }

    /// Whether a lower-case word may stand inside a person's name ("bin", "von").
    pub fn is_particle(&self, word: &str) -> bool {
        self.particles.contains(word)
    }

    /// The head-word kind of a capitalised word.
    pub fn head(&self, word: &str) -> Option<HeadKind> {
        self.heads.get(word).copied()
    }

    /// Whether a capitalised word is never a name by itself (weekday, month, pronoun).
    pub fn is_non_name(&self, word: &str) -> bool {
        self.non_names.contains(word)
    }

    /// Whether a word is a common given name.
    pub fn is_given_name(&self, word: &str) -> bool {
        self.given_names.contains(word)
    }

    /// Whether the lower-case form of a word is ordinary English vocabulary.
    pub fn is_common_word(&self, lower: &str) -> bool {
        self.common_words.contains(lower)
    }

    /// Whether a lower-case word is a closed-class word (article, preposition, conjunction, sentence adverb) that
    /// cannot start a name even when capitalised at the start of a sentence.
    pub fn is_function_word(&self, lower: &str) -> bool {
        self.in_context("function", lower)
    }

    /// Whether a lower-case word is in a class of `assets/lexicon/context_words.tsv`.
    pub fn in_context(&self, class: &str, word: &str) -> bool {
        self.context.get(class).is_some_and(|s| s.contains(word))
    }

    /// The words of a class of `assets/lexicon/context_words.tsv`.
    pub fn context_words(&self, class: &str) -> impl Iterator<Item = &str> {
        self.context.get(class).into_iter().flatten().map(String::as_str)
    }

    /// Whether a lower-case word is a verb that takes a person as subject ("said").
    pub fn is_person_verb(&self, lower: &str) -> bool {
        self.person_verbs.contains(lower)
    }

    /// Whether a lower-case noun follows a person's possessive ("presidency").
    pub fn is_person_noun(&self, lower: &str) -> bool {
        self.person_nouns.contains(lower)
    }

    /// Whether a lower-case noun shows the capitalised words before it are a modifier ("countries").
    pub fn is_modifier_noun(&self, lower: &str) -> bool {
        self.modifier_nouns.contains(lower)
    }
}

/// `s` with its first letter as written and the rest in lower case ("TALIBAN" → "Taliban").
pub(in crate::extract) fn title_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.chars().enumerate() {
        if i == 0 {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// Whether the word in capitals at token `i` is written among capitals, as in a headline or a dateline: first in
/// its sentence and before punctuation ("KABUL, Afghanistan —", "ISLAMABAD:"), or next to another word in
/// capitals ("NEW DELHI", "KHARTOUM/CAIRO"). Elsewhere a word in capitals is an acronym ("the Bureau for Aliens
/// and Foreign Immigrants' Affairs (BAFIA)", "BAFIA officials said" are not the town of Bafia).
fn in_capitals(tokens: &[Token], i: usize) -> bool {
    let caps = |k: usize| tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word && t.case == Case::Upper);
    (tokens[..i].iter().all(|t| t.kind == TokenKind::Punct)
        && tokens.get(i + 1).is_some_and(|t| t.kind == TokenKind::Punct))
        || (i > 0 && caps(i - 1))
        || (i > 1 && caps(i - 2))
        || caps(i + 1)
        || caps(i + 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tiny() -> Knowledge {
        let mut k = Knowledge::default();
        k.load_countries("# comment\nUSA\tUnited States\tUnited States of America|US|U.S.\tAmerican|Americans\tWashington|Washington, D.C.\tWhite House\t\nRUS\tRussia\tRussian Federation\tRussian|Russians\tMoscow\tKremlin\t\n");
        k.load_places("Moscow\tcapital\tRUS\t\t\t\nDurand Line\tfeature\t\t\t\t\n");
        k.load_organizations("Taliban\tarmed-group\tAfghan Taliban|Taleban\tAFG\tAFG@2021-08-15..\t\n");
        k
    }

    fn find(k: &Knowledge, text: &str) -> Vec<(String, Vec<Entry>)> {
        let toks = tokenize(text);
        let mut out = vec![];
        let mut i = 0;
        while i < toks.len() {
            if let Some(m) = k.match_at(text, &toks, i) {
                out.push((
                    text[toks[m.first].start as usize..toks[m.end - 1].end as usize].to_string(),
                    m.entries.to_vec(),
                ));
                i = m.end;
            } else {
                i += 1;
            }
        }
        out
    }

    #[test]
    fn longest_phrase_wins_and_keeps_every_reading() {
        let k = tiny();
        let f = find(&k, "The United States of America and Moscow met near the Durand line.");
        assert_eq!(f[0].0, "United States of America");
        assert_eq!(f[1].0, "Moscow");
        assert_eq!(f[1].1.len(), 2, "Moscow is both the capital (government) and the city");
        assert_eq!(f[2].0, "Durand line", "later words of a phrase match in any case");
    }

    #[test]
    fn word_boundaries_and_case() {
        let k = tiny();
        assert!(find(&k, "Mr Usaid and the us team, russian dolls").is_empty());
        assert_eq!(find(&k, "the U.S. and US forces")[0].0, "U.S.");
        assert_eq!(find(&k, "Russia’s and Russians")[0].0, "Russia");
        assert_eq!(find(&k, "Russia’s and Russians")[1].0, "Russians");
        assert_eq!(find(&k, "TALIBAN SAYS")[0].0, "TALIBAN");
    }

    #[test]
    fn governs_is_dated() {
        let k = tiny();
        let g = &k.organizations[0].governs[0];
        assert!(g.covers(Date::new(2022, 1, 1).unwrap()));
        assert!(!g.covers(Date::new(2020, 1, 1).unwrap()));
    }
}
