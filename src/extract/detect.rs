//! Detection inside one sentence: dictionary phrases, role phrases, honorifics, and chunks of capitalised words
//! that may be names.
//!
//! Tokens are labelled in priority order — dictionary phrase (longest match), role phrase ("Deputy Foreign
//! Minister"), honorific ("Mullah"), capitalised word — and capitalised runs are grouped into [`Chunk`]s. A chunk
//! may hold dictionary phrases ("Just Russia Party", "Afghan Institute of Strategic Studies"); its head word
//! decides whether it names an organisation, a place or an event, and otherwise its capitalised parts are
//! candidate personal names (see `names`).

use super::compounds::has_joiner;
use super::knowledge::{Entry, HeadKind, Knowledge, RoleWord};
use super::tokens::{Case, Token, TokenKind};

/// A dictionary phrase in the sentence.
#[derive(Clone, Debug)]
pub struct DictHit<'a> {
    /// First token.
    pub first: usize,
    /// One past the last token.
    pub end: usize,
    /// Byte range in the document.
    pub start: u32,
    /// End byte.
    pub stop: u32,
    /// Its readings.
    pub entries: &'a [Entry],
    /// Found inside a hyphenated word ("anti-Taliban").
    pub part: bool,
}

/// A run of role words: "former Special Representative", "foreign office spokesperson", "Minister of Justice".
#[derive(Clone, Debug)]
pub struct RolePhrase {
    /// First token.
    pub first: usize,
    /// One past the last token.
    pub end: usize,
    /// Contains a role that acts for a government.
    pub state: bool,
    /// Marked as past ("former", "ex-").
    pub past: bool,
    /// Contains a core role word (minister, envoy); otherwise a collective body ("authorities").
    pub core: bool,
}

/// What a token was recognised as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Label {
    /// Nothing in particular.
    Other,
    /// Part of dictionary hit `n`.
    Dict(u16),
    /// Part of role phrase `n`.
    Role(u16),
    /// An honorific before a name.
    Honorific,
    /// A capitalised word not otherwise recognised.
    Cap,
}

/// A run of capitalised material: a possible name.
#[derive(Clone, Debug)]
pub struct Chunk {
    /// First token.
    pub first: usize,
    /// One past the last token.
    pub end: usize,
    /// The head word's verdict, when it has one ("Party" → organisation).
    pub head: Option<HeadKind>,
}

/// One sentence, tokenized and labelled.
pub struct Scan<'a> {
    /// The document text. (Private, with `toks` and `lower_text`: every token lies on character boundaries of
    /// both texts, checked once when the scan is made, which lets [`Scan::tok`] and [`Scan::lower`] slice without
    /// checking again; they are the extractor's most frequent calls.)
    text: &'a str,
    /// The sentence's tokens.
    toks: &'a [Token],
    /// The knowledge base.
    pub kb: &'a Knowledge,
    /// A label per token.
    pub labels: Vec<Label>,
    /// Dictionary hits, in order.
    pub dict: Vec<DictHit<'a>>,
    /// Role phrases, in order.
    pub roles: Vec<RolePhrase>,
    /// Title-case line (headline): capitals say nothing.
    pub headline: bool,
    /// Index of the first word token (sentence-initial capitals are not evidence).
    pub first_word: usize,
    /// Chunks of capitalised material, in order.
    pub chunks: Vec<Chunk>,
    /// The document text in lower case, at the same byte offsets (see [`lowercase_same_offsets`]).
    ///
    /// [`lowercase_same_offsets`]: super::tokens::lowercase_same_offsets
    lower_text: &'a str,
    /// What the word lists say about each token, looked up once.
    pub facts: Vec<TokenFacts>,
    /// The grammar bits of all its tokens together: which classes the sentence has any word of.
    pub classes: u32,
    /// Organisations not to be found here (see [`Scan::without_bodies`]).
    pub(super) excluded: &'a [u32],
}

/// What the word lists say about one token of a sentence.
#[derive(Clone, Copy, Debug, Default)]
pub struct TokenFacts {
    /// Role-word classes, and whether an "ex-" prefix marks the role past ("ex-Minister").
    pub role: Option<(RoleWord, bool)>,
    /// Grammar bits of the event lexicon, with the clause boundary (see `events::lexicon::token_grammar`).
    pub grammar: u32,
    /// The first word of an event cue.
    pub cue: bool,
    /// A noun of vessels, or its last word ([`WordFacts`](super::knowledge::WordFacts)`::vessel`).
    pub vessel: bool,
}

/// Whether every token starts and ends on character boundaries of both `text` and `lower_text` (which have the
/// same length), in order within them: what [`Scan::tok`] and [`Scan::lower`] rely on.
fn tokens_fit(text: &str, lower_text: &str, toks: &[Token]) -> bool {
    text.len() == lower_text.len()
        && toks.iter().all(|t| {
            let (a, b) = (t.start as usize, t.end as usize);
            a <= b
                && text.is_char_boundary(a)
                && text.is_char_boundary(b)
                && lower_text.is_char_boundary(a)
                && lower_text.is_char_boundary(b)
        })
}

impl<'a> Scan<'a> {
    /// Labels the tokens of one sentence. `lower_text` is `text` in lower case at the same offsets.
    pub fn new(text: &'a str, lower_text: &'a str, toks: &'a [Token], kb: &'a Knowledge) -> Scan<'a> {
        Scan::without_bodies(text, lower_text, toks, kb, &[])
    }

    /// [`Scan::new`], but the organisations `excluded` are not found: the document decided that their names here
    /// are generic ("the Foreign Office" in a document that never names Britain).
    pub fn without_bodies(
        text: &'a str,
        lower_text: &'a str,
        toks: &'a [Token],
        kb: &'a Knowledge,
        excluded: &'a [u32],
    ) -> Scan<'a> {
        // A token off the texts' character boundaries would be a tokenizer bug: its sentence is then read as empty
        // rather than sliced wrongly.
        let toks = if tokens_fit(text, lower_text, toks) { toks } else { &[] };
        let mut scan = Scan {
            text,
            toks,
            kb,
            labels: vec![Label::Other; toks.len()],
            dict: Vec::new(),
            roles: Vec::new(),
            headline: false,
            first_word: toks.iter().position(|t| t.is_word()).unwrap_or(0),
            chunks: Vec::new(),
            lower_text,
            facts: Vec::new(),
            classes: 0,
            excluded,
        };
        scan.facts = (0..toks.len()).map(|i| scan.lookup_facts(i)).collect();
        scan.classes = scan.facts.iter().fold(0, |all, f| all | f.grammar);
        super::events::lexicon::mark_clause_joins(&mut scan);
        scan.headline = scan.is_headline();
        scan.find_dictionary_phrases();
        scan.find_roles();
        scan.find_honorifics_and_capitals();
        scan.chunks = scan.find_chunks();
        scan
    }

    /// The document text.
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// The sentence's tokens.
    pub fn toks(&self) -> &'a [Token] {
        self.toks
    }

    /// The text of token `i`.
    #[inline]
    pub fn tok(&self, i: usize) -> &'a str {
        let t = self.toks[i];
        // SAFETY: `tokens_fit` held when the scan was made (else `toks` is empty), and the fields never change.
        unsafe { self.text.get_unchecked(t.start as usize..t.end as usize) }
    }

    /// Lower-cased text of token `i`.
    #[inline]
    pub fn lower(&self, i: usize) -> &'a str {
        let t = self.toks[i];
        // SAFETY: as in `tok`.
        unsafe { self.lower_text.get_unchecked(t.start as usize..t.end as usize) }
    }

    /// The byte range of tokens `[first, end)`.
    pub fn bytes(&self, first: usize, end: usize) -> (u32, u32) {
        (self.toks[first].start, self.toks[end - 1].end)
    }

    /// The text of tokens `[first, end)` as written.
    pub fn span_text(&self, first: usize, end: usize) -> &'a str {
        let (a, b) = self.bytes(first, end);
        &self.text[a as usize..b as usize]
    }

    /// Whether token `i` is the word `w` (case-insensitive).
    #[inline]
    pub fn is(&self, i: usize, w: &str) -> bool {
        i < self.toks.len() && self.tok(i).eq_ignore_ascii_case(w)
    }

    /// Whether token `i` is punctuation `p`.
    pub fn is_punct(&self, i: usize, p: &str) -> bool {
        i < self.toks.len() && self.toks[i].kind == TokenKind::Punct && self.tok(i) == p
    }

    fn find_dictionary_phrases(&mut self) {
        let mut i = 0;
        while i < self.toks.len() {
            if let Some(m) = self
                .kb
                .match_words(self.toks, |k| self.tok(k), i)
                .filter(|m| !self.defines_other_acronym(m) && !self.another_countrys_body(m.first, m.entries))
                .filter(|m| !self.excluded_body(m.entries) && !self.ends_longer_name(m.first, m.entries))
            {
                let n = self.dict.len() as u16;
                let (start, stop) = self.bytes(m.first, m.end);
                for l in &mut self.labels[m.first..m.end] {
                    *l = Label::Dict(n);
                }
                self.dict.push(DictHit { first: m.first, end: m.end, start, stop, entries: m.entries, part: false });
                i = m.end;
                continue;
            }
            // (Tested here: most words have no joiner, and the search for parts is long.)
            if self.toks[i].kind == TokenKind::Word && has_joiner(self.tok(i)) {
                i = self.find_parts(i);
                continue;
            }
            i += 1;
        }
    }

    /// Role-word classes of token `i`, and whether an "ex-"/"former-" prefix marks it past ("ex-Minister").
    pub(super) fn role_of(&self, i: usize) -> Option<(RoleWord, bool)> {
        self.facts[i].role
    }

    fn lookup_facts(&self, i: usize) -> TokenFacts {
        let t = self.toks[i];
        if t.kind != TokenKind::Word {
            let grammar = super::events::lexicon::token_grammar(self.tok(i), t.case, 0);
            return TokenFacts { grammar, ..TokenFacts::default() };
        }
        let lower = self.lower(i);
        let facts = self.kb.facts(lower);
        let mut role = facts.role.map(|r| (r, false));
        if role.is_none()
            && (lower.starts_with("ex") || lower.starts_with("former"))
            && let Some((prefix, rest)) = lower.split_once(['-', '–'])
            && matches!(prefix, "ex" | "former")
        {
            role = self.kb.role(rest).map(|r| (r, true));
        }
        let grammar = super::events::lexicon::token_grammar(lower, t.case, facts.grammar);
        TokenFacts { role, grammar, cue: facts.cue, vessel: facts.vessel }
    }

    fn find_honorifics_and_capitals(&mut self) {
        for i in 0..self.toks.len() {
            if self.labels[i] != Label::Other {
                continue;
            }
            let t = self.toks[i];
            if !t.is_capitalised() {
                continue;
            }
            let next = if self.is_punct(i + 1, ".") { i + 2 } else { i + 1 };
            // Not inside a name: "Hassan Sheikh Mohamud".
            let inside_name = i > self.first_word + 1
                && matches!(self.labels[i - 1], Label::Cap | Label::Dict(_))
                && self.toks[i - 1].is_capitalised();

            // "Grand" is a title only before another ("Grand Ayatollah", "Grand Mufti"), not in "the Grand Ethiopian
            // Renaissance Dam".
            let title_after = || self.kb.is_honorific(self.lower(next)) || self.facts[next].role.is_some();
            let prefix_only = || self.kb.in_context("honorific-prefix", self.lower(i));
            if self.kb.is_honorific(self.lower(i))
                && next < self.toks.len()
                && (!prefix_only() || title_after())
                && self.toks[next].is_capitalised()
                && !inside_name
            {
                self.labels[i] = Label::Honorific;
            } else if self.is_name_word(i) {
                self.labels[i] = Label::Cap;
            }
        }
    }

    /// A capitalised word that can be part of a name: not a hyphenated modifier ("Taliban-run", "anti-Taliban").
    fn is_name_word(&self, i: usize) -> bool {
        let w = self.tok(i);
        if !has_joiner(w) || !w.contains(['-', '–', '‐', '‑']) {
            return true;
        }
        let parts: Vec<&str> = w.split(['-', '–', '‐', '‑']).collect();
        let first = parts[0].to_lowercase();
        if self.kb.in_context("modifier-prefix", &first) {
            return false;
        }
        // "Saudi-Iranian", "Turkmenistan–Afghanistan": compounds of dictionary words are modifiers.
        let dict_parts = self.dictionary_parts(i);
        if dict_parts >= 2 && dict_parts == parts.len() {
            return false;
        }
        // "US-South Korean exercises": the last part starts a dictionary phrase with the next word.
        if dict_parts >= 1 && self.dict_at(i + 1).is_some_and(|h| h.part && h.first == i) {
            return false;
        }
        // "Ha-joon", "Eun-hee": a capitalised syllable joined to lower-case syllables that are not English words
        // (unlike "Taliban-run", "US-led").
        if parts.len() == 2
            && parts[0].chars().next().is_some_and(char::is_uppercase)
            && parts[1].chars().all(char::is_lowercase)
            && !self.kb.is_common_word(parts[1])
        {
            return true;
        }
        parts.iter().enumerate().all(|(k, p)| {
            p.chars().next().is_some_and(char::is_uppercase)
                || p.chars().all(|c| c.is_ascii_digit())
                || (self.kb.in_context("name-link", &p.to_lowercase()) && k + 1 < parts.len())
        })
    }

    /// Whether capitalised words from token `j` on, at most three, end in the head word of an organisation or a
    /// facility ("Road Initiative").
    fn head_ends_run(&self, j: usize) -> bool {
        (j..(j + 3).min(self.toks.len()))
            .take_while(|&k| self.labels[k] == Label::Cap)
            .any(|k| k > j && self.kb.head(self.tok(k)).is_some_and(|h| h != HeadKind::Event))
    }

    /// Whether token `i` can continue a chunk as a connector ("of", "for", "and", "the", "'s", "bin").
    fn connector_ok(&self, i: usize, chunk_first: usize) -> Option<usize> {
        // Not a weekday or month: "the Supreme Court on Thursday".
        let next_cap = |j: usize| {
            j < self.toks.len()
                && matches!(self.labels[j], Label::Cap | Label::Dict(_))
                && !self.kb.is_non_name(self.tok(j))
        };
        let heads =
            || (chunk_first..i).filter(|&k| self.labels[k] == Label::Cap).filter_map(|k| self.kb.head(self.tok(k)));
        let has_head = heads().any(|h| h != HeadKind::Event);
        let w = self.tok(i);
        match w {
            // (A place is not named "on" something: "the Aswan High Dam on the Nile".)
            "on" if !heads().any(|h| !matches!(h, HeadKind::Event | HeadKind::Place)) => None,
            "of" | "for" | "on" if has_head => {
                if self.is(i + 1, "the") && next_cap(i + 2) {
                    Some(i + 2)
                } else if next_cap(i + 1) {
                    Some(i + 1)
                } else {
                    None
                }
            }
            "and" | "&"
                if has_head
                    && (chunk_first..i).any(|k| matches!(self.tok(k), "of" | "for"))
                    && i + 1 < self.toks.len()
                    && self.labels[i + 1] == Label::Cap =>
            {
                Some(i + 1)
            }
            // "Belt and Road Initiative", "Trade and Development Bank": two words joined before a head word (one
            // word before "and", not a name of its own: "Tomasz Shokirsa and Rustam Mine" are two).
            "and" | "&"
                if i == chunk_first + 1
                    && self.labels[chunk_first] == Label::Cap
                    && self.kb.head(self.tok(chunk_first)).is_none()
                    && !self.kb.is_given_name(self.tok(chunk_first))
                    && self.head_ends_run(i + 1) =>
            {
                Some(i + 1)
            }
            // "Belt and Road Initiative (BRI)": the acronym after the name spells it from the chunk's start.
            "and" | "&" | "of" | "for" | "the" if next_cap(i + 1) && self.acronym_spells_from(chunk_first, i) => {
                Some(i + 1)
            }
            _ if self.toks[i].kind == TokenKind::Possessive
                && i > chunk_first
                && self.labels[i - 1] == Label::Cap
                && self.kb.is_common_word(self.lower(i - 1))
                && next_cap(i + 1) =>
            {
                Some(i + 1)
            }
            _ if self.toks[i].case == Case::Lower
                && self.kb.is_particle(w)
                && i > chunk_first
                && self.labels[i - 1] == Label::Cap
                && i + 1 < self.toks.len()
                && (self.labels[i + 1] == Label::Cap || self.place_after_particle(i + 1)) =>
            {
                Some(i + 1)
            }
            _ => None,
        }
    }

    /// Groups capitalised words and dictionary phrases into chunks.
    fn find_chunks(&self) -> Vec<Chunk> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < self.toks.len() {
            if !matches!(self.labels[i], Label::Cap | Label::Dict(_)) {
                i += 1;
                continue;
            }
            let first = i;
            let mut end = i + 1;
            loop {
                if end < self.toks.len()
                    && matches!(self.labels[end], Label::Cap | Label::Dict(_))
                    && self.toks[end].space_before
                {
                    end += 1;
                } else if end < self.toks.len() {
                    match self.connector_ok(end, first) {
                        Some(next) => end = next + 1,
                        None => break,
                    }
                } else {
                    break;
                }
            }
            let (first, end) = self.trim_chunk(first, end);
            if first < end {
                let head = self.chunk_head(first, end);
                let first = if head.is_some() && first > 0 && self.compound_of_dictionary_words(first - 1) {
                    first - 1
                } else {
                    first
                };
                out.push(Chunk { first, end, head });
            }
            i = end.max(i + 1);
        }
        out
    }

    /// Drops a trailing possessive connector and trailing "of the X" where X is a dictionary organisation or
    /// country ("Cultural Commission of the Taliban" → "Cultural Commission" + Taliban). A company's, a bank's or
    /// a party's name keeps its country: "Metallurgical Corporation of China", "Reserve Bank of India".
    fn trim_chunk(&self, first: usize, mut end: usize) -> (usize, usize) {
        for k in (first + 1..end).rev() {
            if matches!(self.tok(k), "of" | "for")
                && matches!(self.labels[end - 1], Label::Dict(_))
                && (k + 1..end).all(|j| matches!(self.labels[j], Label::Dict(_)) || self.is(j, "the"))
                && self.dict_at(end - 1).is_some_and(|h| h.entries.iter().all(|e| !matches!(e, Entry::Place(_))))
                && !self.named_for_its_country(k, end)
                && self.forces_of_country(first, k, end).is_none()
            {
                end = k;
                break;
            }
        }
        (first, end)
    }

    /// The dictionary hit covering token `i`, if any.
    pub fn dict_at(&self, i: usize) -> Option<&DictHit<'a>> {
        match self.labels.get(i) {
            Some(Label::Dict(n)) => self.dict.get(*n as usize),
            _ => None,
        }
    }

    /// Whether `[first, end)` is an item of a list whose item next to it is a dictionary place: "in Dera Ismail
    /// Khan, Lakki Marwat, North Waziristan and Khyber". A place before a comma counts only inside a list of three
    /// ("In Kabul, Ahmad Shah said" is no list), a place after one only when the list goes on after it.
    pub fn beside_listed_place(&self, first: usize, end: usize) -> bool {
        let place = |k: usize| {
            self.dict_at(k).is_some_and(|h| !h.part && h.entries.iter().any(|e| matches!(e, Entry::Place(_))))
        };
        let and = |k: usize| self.is(k, "and") || self.is(k, "or");
        let joins = |k: usize| and(k) || self.is_punct(k, ",");
        let before = first >= 2
            && place(first - 2)
            && (and(first - 1)
                || (self.is_punct(first - 1, ",")
                    && self.dict_at(first - 2).is_some_and(|h| h.first > 0 && joins(h.first - 1))));
        let after = place(end + 1)
            && (and(end) || (self.is_punct(end, ",") && self.dict_at(end + 1).is_some_and(|h| joins(h.end))));
        let ends_item = end >= self.toks.len() || joins(end) || self.toks[end].kind == TokenKind::Punct;
        ends_item && (before || after)
    }

    /// The role phrase covering token `i`, if any.
    pub fn role_at(&self, i: usize) -> Option<&RolePhrase> {
        match self.labels.get(i) {
            Some(Label::Role(n)) => self.roles.get(*n as usize),
            _ => None,
        }
    }

    /// The verdict of a chunk's head word: the last capitalised non-dictionary word that is a head, with only
    /// "of/for/on …" complements after it; or a media word anywhere ("Radio Television Afghanistan").
    pub fn chunk_head(&self, first: usize, end: usize) -> Option<HeadKind> {
        if end - first < 2 {
            return None;
        }
        for k in (first..end).rev() {
            // A head first in the chunk counts when a complement follows ("Institute for Caspian Studies"), or when
            // it opens names by itself (`opening-head`: "Operation Sindoor").
            if self.labels[k] == Label::Cap
                && let Some(h) = self.kb.head(self.tok(k))
                && (k > first
                    || self.kb.in_context("opening-head", self.lower(k))
                    || matches!(self.toks.get(k + 1).map(|t| t.text(self.text)), Some("of" | "for" | "on")))
            {
                return Some(if h == HeadKind::Event { self.body_before_topic(first, k).unwrap_or(h) } else { h });
            }

            if matches!(self.tok(k), "of" | "for" | "on") {
                continue;
            }
        }
        if (first..end).any(|k| self.labels[k] == Label::Cap && self.kb.head(self.tok(k)) == Some(HeadKind::Media)) {
            return Some(HeadKind::Media);
        }
        // "the Mes Aynak copper mine", "the Qosh Tepa canal": a name before a place noun names the place (but a
        // person's camp or base is a following: "the Joe Biden camp"; "the Kamal Khan dam" is a place).
        let following = end < self.toks.len() && matches!(self.lower(end), "camp" | "camps" | "base" | "bases");
        ((first..end).all(|k| self.labels[k] == Label::Cap)
            && ((self.place_noun_at(end) && !(following && self.kb.is_given_name(self.tok(first))))
                || self.and_name_before_plural_place_noun(end)))
        .then_some(HeadKind::Place)
    }

    /// Whether a place noun in lower case is at token `k`, or right after a word saying what the place holds
    /// or carries (`place-noun` and `place-modifier` in `context_words.tsv`: "canal", "copper mine").
    pub(crate) fn place_noun_at(&self, k: usize) -> bool {
        let lower_in = |j: usize, class: &str| {
            self.toks.get(j).is_some_and(|t| t.case == Case::Lower) && self.kb.in_context(class, self.lower(j))
        };
        lower_in(k, "place-noun") || (lower_in(k, "place-modifier") && lower_in(k + 1, "place-noun"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tokens::{lowercase_same_offsets, tokenize};

    /// Tokens off the text's character boundaries (which the tokenizer never makes) leave the sentence empty
    /// instead of being sliced unchecked; the tokenizer's own tokens are kept.
    #[test]
    fn a_scan_keeps_only_tokens_on_character_boundaries() {
        let text = "Türkiye and Pakistan";
        let lower = lowercase_same_offsets(text);
        let kb = Knowledge::builtin();
        let toks = tokenize(text);
        let scan = Scan::new(text, &lower, &toks, kb);
        assert_eq!((0..scan.toks().len()).map(|i| scan.tok(i)).collect::<Vec<_>>(), ["Türkiye", "and", "Pakistan"]);
        assert_eq!(scan.lower(0), "türkiye");
        // "ü" takes bytes 1 and 2: a token ending inside it, one past the text, and one backwards.
        for (start, end) in [(0, 2), (15, 40), (5, 3)] {
            let bad = [Token { start, end, ..toks[0] }];
            assert!(Scan::new(text, &lower, &bad, kb).toks().is_empty(), "{start}..{end}");
        }
        // A lower-case copy of another length.
        assert!(Scan::new(text, "türkiye", &toks, kb).toks().is_empty());
    }
}
