//! From chunks to candidate names: which capitalised runs are people, organisations or places, how strong the
//! evidence is (whom a person works for: `affiliation.rs`).
//!
//! Person evidence, strongest first: an honorific or a role right before the name ("Mullah …", "envoy …",
//! "Russian President …"); an apposition after it with a role (", the Russian ambassador"); a verb that takes a
//! person as subject ("… said"); a possessive with a personal noun ("Karzai's presidency"). Without any of
//! these, two or more capitalised words that are not all ordinary English words (or start with a known given
//! name), and are not used as a modifier ("Central Asian countries"), still make a person.

use super::detect::{Chunk, Label, Scan};
use super::knowledge::{Entry, HeadKind};
use super::tokens::{Case, TokenKind};

/// A candidate found in a chunk.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Found {
    /// Dictionary hit `n` of the scan.
    Dict(usize),
    /// Dictionary hit `hit`, whose mention is the wider span `[first, end)` ("Khorasan Province (ISKP)",
    /// "Just Russia Party").
    DictWide {
        /// The hit.
        hit: usize,
        /// First token of the wider span.
        first: usize,
        /// End token.
        end: usize,
    },
    /// A name not in the dictionary whose head word says what it is.
    Named {
        /// First token.
        first: usize,
        /// End token.
        end: usize,
        /// What the head says.
        head: HeadKind,
    },
    /// A person's name of two or more words.
    Person {
        /// First token.
        first: usize,
        /// End token.
        end: usize,
        /// Cued by a title, apposition, verb…
        strong: bool,
    },
    /// A single capitalised word: a surname, an acronym or nothing, decided with the whole document.
    Single {
        /// The token.
        at: usize,
        /// Cued as a person.
        strong: bool,
        /// Sentence-initial ordinary word: may only join a person already known.
        weak: bool,
    },
}

impl Scan<'_> {
    /// Whether token `i` starts the sentence or a quotation inside it.
    fn sentence_initial(&self, i: usize) -> bool {
        i == self.first_word
            || (i > 0
                && matches!(self.tok(i - 1), "“" | "\"" | "‘" | "(" | ":" | "—" | "–" | "-")
                && self.toks()[i - 1].kind == TokenKind::Punct)
    }

    /// A capitalised word that carries no evidence of a name: an ordinary English word at the start of a sentence,
    /// a weekday or month.
    fn uninformative(&self, i: usize) -> bool {
        let w = self.tok(i);
        if self.kb.is_non_name(w) {
            return true;
        }
        self.sentence_initial(i)
            && self.labels[i] == Label::Cap
            && self.kb.is_common_word(self.lower(i))
            && !self.kb.is_given_name(w)
    }

    /// The candidates in one chunk, appended to `out` (a buffer the caller reuses from chunk to chunk).
    pub fn classify(&self, chunk: &Chunk, out: &mut Vec<Found>) {
        let (mut first, end) = (chunk.first, chunk.end);
        let mut weak_initial = None;
        let has_head = matches!(chunk.head, Some(HeadKind::Organization | HeadKind::Media | HeadKind::Place));
        // An outlet's "The" in mid-sentence is part of its title: "told The Baltic Courier".
        let titled_outlet = chunk.head == Some(HeadKind::Media) && first > self.first_word && self.tok(first) == "The";
        while !titled_outlet
            && first < end
            && self.labels[first] == Label::Cap
            && self.uninformative(first)
            && (!has_head || self.kb.is_function_word(self.lower(first)) || self.kb.is_non_name(self.tok(first)))
        {
            if !self.kb.is_non_name(self.tok(first)) {
                weak_initial = Some(first);
            }
            first += 1;
        }
        if let Some(at) = weak_initial {
            out.push(Found::Single { at, strong: false, weak: true });
        }
        // "The National Guard of Chile": a sentence's "The" is no part of a body's name, though a dictionary name
        // ("The National", an outlet) starts with it.
        if has_head && chunk.head != Some(HeadKind::Media) && first == self.first_word && self.tok(first) == "The" {
            first += 1;
        }
        if first >= end {
            return;
        }
        let head = if first == chunk.first { chunk.head } else { self.chunk_head(first, end) };
        if head.is_none()
            && !self.headline
            && let Some((from, found)) = self.spelled_before_acronym(first, end)
        {
            if from > first {
                self.split_names(first, from, out);
            }
            out.push(found);
            return;
        }
        match head {
            Some(h @ (HeadKind::Organization | HeadKind::Media | HeadKind::Place)) if !self.headline => {
                out.push(self.named(first, end, h));
            }
            Some(HeadKind::Generic) if self.acronym_after(end).is_some() => {
                out.push(Found::Named { first, end, head: HeadKind::Organization });
            }
            // A named event or a ministry: its capitalised words are not people; only dictionary words count.
            Some(HeadKind::Event | HeadKind::Generic) => {
                out.extend((first..end).filter_map(|k| match self.labels[k] {
                    Label::Dict(n) if self.dict[n as usize].first == k => Some(Found::Dict(n as usize)),
                    _ => None,
                }));
            }
            _ => self.split_names(first, end, out),
        }
    }

    /// A name without a head word spelled out before its acronym in parentheses, from token `from` to `end`:
    /// the dictionary entry the acronym names ("Jama'at Nusrat al-Islam wal-Muslimin (JNIM)"), or a new
    /// organisation ("Movement for Unity and Jihad in West Africa (MUJWA)"). People are not written with
    /// acronyms; a name starting with a given name is left to the person rules unless the dictionary knows it.
    fn spelled_before_acronym(&self, first: usize, end: usize) -> Option<(usize, Found)> {
        let acr = self.acronym_after(end)?;
        let from = self.spelled_out_before(acr, |_| false).filter(|&from| from >= first)?;
        match self.labels.get(acr) {
            Some(Label::Dict(n)) => {
                let org = self.dict.get(*n as usize)?.entries.iter().any(|e| matches!(e, Entry::Organization(_)));
                org.then_some((from, Found::DictWide { hit: *n as usize, first: from, end }))
            }
            _ if !self.kb.is_given_name(self.tok(from)) && end - from >= 2 => {
                Some((from, Found::Named { first: from, end, head: HeadKind::Organization }))
            }
            _ => None,
        }
    }

    /// An acronym in parentheses right after token `end - 1`: the token index of the acronym.
    pub fn acronym_after(&self, end: usize) -> Option<usize> {
        (self.is_punct(end, "(")
            && self.is_punct(end + 2, ")")
            && end + 1 < self.toks().len()
            && self.toks()[end + 1].case == super::tokens::Case::Upper)
            .then_some(end + 1)
    }

    /// A head-word name: a dictionary organisation plus its head word ("Just Russia Party") is that organisation;
    /// a name followed by a dictionary acronym ("Khorasan Province (ISKP)") is that entry; else a new name.
    fn named(&self, first: usize, end: usize, head: HeadKind) -> Found {
        if let Some(acr) = self.acronym_after(end)
            && let Some(Label::Dict(n)) = self.labels.get(acr)
        {
            return Found::DictWide { hit: *n as usize, first, end };
        }
        if let Some(Label::Dict(n)) = self.labels.get(first)
            && let Some(hit) = self.dict.get(*n as usize)
            && hit.end == end - 1
            && hit.entries.iter().any(|e| {
                matches!(e, Entry::Organization(_)) || (head == HeadKind::Place && matches!(e, Entry::Place(_)))
            })
        {
            return Found::DictWide { hit: *n as usize, first, end };
        }
        Found::Named { first, end, head }
    }

    /// Splits a chunk without a usable head into dictionary hits and runs of capitalised words.
    fn split_names(&self, first: usize, end: usize, out: &mut Vec<Found>) {
        // "the public broadcaster Kan", "the Madrid weekly Tiempo Sur": the whole run after a noun of bodies or
        // outlets is its name, though it is a town's or holds one. (A single capitalised word: `name_run` asks.)
        let opens_run = match self.labels[first] {
            Label::Cap => end - first >= 2,
            Label::Dict(_) => self.one_word_place(first).is_some(),
            _ => false,
        };
        if opens_run && self.named_after_noun(first).is_some() {
            return self.name_run(first, end, out);
        }
        let mut k = first;
        while k < end {
            if let Label::Dict(n) = self.labels[k] {
                let hit_end = self.dict[n as usize].end.max(k + 1);
                if let Some(run_end) = self.place_starting_a_name(n as usize, end) {
                    self.name_run(k, run_end, out);
                    k = run_end;
                    continue;
                }
                out.push(Found::Dict(n as usize));
                k = hit_end;
                continue;
            }
            if self.labels[k] != Label::Cap {
                k += 1;
                continue;
            }
            let start = k;
            while k < end
                && (self.labels[k] == Label::Cap
                    || (self.toks()[k].case == Case::Lower && self.kb.is_particle(self.tok(k)))
                    || self.given_name_place(k)
                    || (k > start && self.kb.is_given_name(self.tok(start)) && self.ambiguous_place(k))
                    || (k > start
                        && (k + 1 == end || self.labels[k + 1] == Label::Cap)
                        && self.town_as_family_name(start, k))
                    || (k > start && self.town_inside_name(start, k, end))
                    || (k > start + 1 && self.place_after_particle(k)))
            {
                k += 1;
            }
            // Do not end a name on a particle.
            let mut stop = k;
            while stop > start + 1 && self.toks()[stop - 1].case == Case::Lower {
                stop -= 1;
            }
            self.name_run(start, stop, out);
        }
    }

    /// A run of capitalised words: a person, or a single word left for the document to decide.
    fn name_run(&self, first: usize, end: usize, out: &mut Vec<Found>) {
        if let Some(head) = self.named_after_noun(first) {
            return out.push(Found::Named { first, end, head });
        }
        let strong = self.person_cue(first, end);
        if end - first == 1 {
            let at = first;
            let weak = self.uninformative(at);
            out.push(Found::Single { at, strong: strong || self.has_surname_ending(at), weak });
            return;
        }
        let titled = first > 0 && (self.labels[first - 1] == Label::Honorific || self.role_at(first - 1).is_some());
        // (Ordinary words are a name after a title, "Prime Minister Mark Brown", but not in a headline, "Foreign
        // Minister Accuses Neighboring Countries".)
        if (self.headline && !strong) || (self.all_ordinary(first, end) && (!titled || self.headline)) {
            return;
        }
        // "the village of Kotli Bala", "around Lal Chowk", "Jebel Moya": a place, not a person, unless a title says
        // otherwise.
        let prefix = self.kb.in_context("place-prefix", self.lower(first));
        // "mining at Mes Aynak", "clashes at Landi Kotal": after "at", a name that opens with no given name is a
        // place ("a swipe at Imran Khan" is a person's).
        // (So is the last of a list of such names: "disengagements at Galwan and Pangong Tso", "bases at al-Khadim,
        // al-Jufra and Brak al-Shati", "fighting around Sudzha and Malaya Loknya", and of a list after a noun of
        // places and "of": "the municipalities of Tibú, Teorama and El Tarra".)
        let before_list = || {
            let listed = |k: usize| self.toks()[k].is_capitalised() || self.is_punct(k, ",");
            let names_before = (0..first.saturating_sub(1)).rev().take_while(|&k| listed(k));
            let locative = |k: usize| {
                matches!(self.lower(k), "at" | "around" | "near" | "outside")
                    || (k > 0 && self.is(k, "of") && self.kb.in_context("place-of", self.lower(k - 1)))
            };
            names_before.last().is_some_and(|k| k > 0 && locative(k - 1) && !self.is_punct(k, ","))
        };
        let after_at = first > 0 && (self.is(first - 1, "at") || (self.is(first - 1, "and") && before_list()));
        let at_place = !strong && after_at && (!self.kb.is_given_name(self.tok(first)) || self.facility_at(first));
        if !titled
            && (prefix || at_place || self.place_before(first) || (!strong && self.beside_listed_place(first, end)))
        {
            out.push(Found::Named { first, end, head: HeadKind::Place });
            return;
        }
        if strong || self.looks_like_name(first, end) {
            out.push(Found::Person { first, end, strong });
        }
    }

    /// What a noun right before the name at `first` makes it: a company's or another body's ("the state company
    /// Turkmengaz", "the shipping firm Maersk Line"), or an outlet's ("the public broadcaster Kan"), even before a
    /// verb of saying; nothing when the name opens with a given name ("the company Ana Ruiz founded").
    fn named_after_noun(&self, first: usize) -> Option<HeadKind> {
        let prev = first.checked_sub(1)?;
        let head = (self.toks()[prev].kind == TokenKind::Word).then(|| self.kb.facts(self.lower(prev)).names)??;
        // (Not a place's name: "the giant Rogun dam".)
        let after = (first..self.toks().len()).find(|&k| !self.toks()[k].is_capitalised());
        let place = after.is_some_and(|k| self.kb.in_context("place-noun", self.lower(k)));
        (!self.kb.is_given_name(self.tok(first)) && !place).then_some(head)
    }

    /// Words before a name that make it a place: a locative preposition ("in", "near", "around"), "the
    /// village/town/county/… of" or "a state called".
    pub fn place_before(&self, first: usize) -> bool {
        let prev = |k: usize| (first >= k).then(|| self.lower(first - k));
        matches!(prev(1), Some("in" | "near" | "around" | "outside" | "inside" | "through" | "via"))
            && first > self.first_word + 1
            || self.after_place_of(first)
            || self.called_place(first)
            || self.another_name_of_a_place(first)
            || (matches!(prev(1), Some("as"))
                && matches!(prev(2), Some("such"))
                && first >= 3
                && self.kb.in_context("place-of", self.lower(first - 3)))
    }

    /// Whether a place noun stands in the two words before "at" and the name at `first` ("a new crossing point at
    /// Mia Milia", "floating terminals at Ain Sokhna", "a deep-sea port at Anaklia"): the name is where the place
    /// is, whatever words it holds.
    pub fn facility_at(&self, first: usize) -> bool {
        first >= 2
            && self.is(first - 1, "at")
            && (first.saturating_sub(3)..first - 1)
                .any(|k| self.toks()[k].case == Case::Lower && self.kb.in_context("place-noun", self.lower(k)))
    }

    /// Whether a noun of places and "of" stand before the name at `first` ("the village of Kuldara").
    pub(super) fn after_place_of(&self, first: usize) -> bool {
        first >= 2 && self.is(first - 1, "of") && self.kb.in_context("place-of", self.lower(first - 2))
    }

    /// Whether a noun of places and "called" or "named" stand before the name at `first` ("a new state called
    /// Guayana Esequiba"): the name is that place's, whatever words it holds.
    pub(super) fn called_place(&self, first: usize) -> bool {
        first >= 2
            && matches!(self.lower(first - 1), "called" | "named")
            && self.kb.in_context("place-of", self.lower(first - 2))
    }

    /// Whether the name at `first` is another name of a place named by a noun of places right before a comma: "the
    /// Preah Vihear temple, known in Thailand as Phra Viharn", "the temple, which Cambodians call Ta Moan Thom".
    fn another_name_of_a_place(&self, first: usize) -> bool {
        let Some(prev) = first.checked_sub(1) else { return false };
        // The comma after the place: before "known (in …) as" or "which (…) call(s)", a few words apart.
        let comma = match self.lower(prev) {
            "as" => (prev.saturating_sub(5)..prev).rev().find(|&k| self.is(k, "known")).map(|k| k.saturating_sub(1)),
            "call" | "calls" => {
                (prev.saturating_sub(4)..prev).rev().find(|&k| self.is(k, "which")).map(|k| k.saturating_sub(1))
            }
            _ => None,
        };
        comma.is_some_and(|c| {
            c >= 1
                && self.is_punct(c, ",")
                && self.toks()[c - 1].case == Case::Lower
                && self.kb.in_context("place-noun", self.lower(c - 1))
        })
    }

    fn has_surname_ending(&self, i: usize) -> bool {
        let w = self.lower(i);
        w.chars().count() >= 5
            && !self.kb.is_common_word(w)
            && self.kb.context_words("surname-ending").any(|e| w.ends_with(e))
    }

    /// Every word is ordinary English and the first is not a given name ("Accuses Neighboring Countries").
    fn all_ordinary(&self, first: usize, end: usize) -> bool {
        !self.kb.is_given_name(self.tok(first))
            && (first..end).all(|k| self.kb.is_common_word(self.lower(k)) || self.kb.is_particle(self.tok(k)))
    }

    /// Two or more capitalised words without a cue: a name unless they are ordinary words, acronyms or a
    /// modifier of the noun after them.
    pub(super) fn looks_like_name(&self, first: usize, end: usize) -> bool {
        let words: Vec<&str> = (first..end).map(|k| self.tok(k)).filter(|w| !self.kb.is_particle(w)).collect();
        let given = self.kb.is_given_name(words[0]);
        // "Central Asian", "West African": a region's adjective is as ordinary as an English word here.
        let ordinary = |w: &str| {
            let lower = w.to_lowercase();
            self.kb.is_common_word(&lower) || self.kb.in_context("region-adjective", &lower)
        };
        let unusual = words.iter().filter(|w| !ordinary(w)).count();
        let acronyms = words.iter().filter(|w| w.len() > 3 && w.chars().all(|c| !c.is_lowercase())).count();
        if acronyms > 0 || (!given && unusual == 0) || self.kb.in_context("region-adjective", &words[0].to_lowercase())
        {
            return false;
        }
        // People are rarely "the X Y": "the Stabroek Block", "the Lesser Tunbs".
        if first > 0 && matches!(self.lower(first - 1), "the" | "a" | "an") {
            return false;
        }
        if words.iter().any(|w| self.kb.is_non_name(w)) {
            return false;
        }
        // "Central Asian countries": a modifier, not a name.
        !(end < self.toks().len() && self.toks()[end].case == Case::Lower && self.kb.is_modifier_noun(self.tok(end)))
    }

    /// Evidence right around `[first, end)` that it names a person.
    pub fn person_cue(&self, first: usize, end: usize) -> bool {
        // Honorific or role right before ("Mullah X", "envoy X", "Russian President X").
        let mut b = first;
        if b > 0 && self.is_punct(b - 1, ".") {
            b -= 1;
        }
        if b > 0 && (self.labels[b - 1] == Label::Honorific || self.role_at(b - 1).is_some_and(|r| r.core)) {
            return true;
        }
        // "… said Tomas Quenaya.", "written by Ana Ruiz · 9 min read", "Posted 19 August by Ana Ruiz".
        if first > 0
            && matches!(self.tok(first - 1), "said" | "says" | "by")
            && (end == self.toks().len() || matches!(self.tok(end), "," | "." | "·" | "|"))
        {
            return true;
        }
        // A by-line: "By Halyna Moroz, Odesa Maritime Herald".
        if first > 0 && first - 1 == self.first_word && self.tok(first - 1) == "By" {
            return true;
        }

        if first > 1 && self.is(first - 2, "according") && self.is(first - 1, "to") {
            return false;
        }
        // Apposition with a role: "X, the Russian ambassador", "X, leader of …". (Not after "the": "a step in the
        // Essequibo, a Brazilian diplomat said" names a region before the speaker.)
        let after_the = first > 0 && self.toks()[first - 1].case == Case::Lower && self.lower(first - 1) == "the";
        if self.is_punct(end, ",") && !after_the && self.apposition_role(end + 1).is_some() {
            return true;
        }
        // "the Prime Minister of Uzbekistan, X"
        if first > 0 && self.is_punct(first - 1, ",") && self.role_before_comma(first - 1).is_some() {
            return true;
        }
        if end < self.toks().len() {
            let next = self.tok(end);
            if self.toks()[end].case == Case::Lower && self.kb.is_person_verb(next) {
                return true;
            }
            if self.toks()[end].kind == TokenKind::Possessive
                && end + 1 < self.toks().len()
                && self.kb.is_person_noun(self.lower(end + 1))
            {
                return true;
            }
        }
        false
    }

    /// A role phrase within the apposition starting at token `from` (before the next comma or clause).
    pub(super) fn apposition_role(&self, from: usize) -> Option<usize> {
        let mut k = from;
        let limit = (from + 9).min(self.toks().len());
        while k < limit {
            if let Some(Label::Role(n)) = self.labels.get(k) {
                return self.roles[*n as usize].core.then_some(*n as usize);
            }
            let t = self.toks()[k];
            let allowed = matches!(self.labels[k], Label::Dict(_) | Label::Cap)
                || t.kind == TokenKind::Possessive
                || matches!(
                    self.tok(k),
                    "the" | "a" | "an" | "The" | "then" | "now" | "also" | "its" | "his" | "her" | "their"
                )
                || (t.case == Case::Lower && t.kind == TokenKind::Word && k < from + 3);
            if !allowed {
                return None;
            }
            k += 1;
        }
        None
    }

    /// A role phrase ending before the comma at `comma`, possibly followed by its complement: "of (the)
    /// <name>", a portfolio "for Afghanistan", a possessive, an acronym in parentheses.
    pub(super) fn role_before_comma(&self, comma: usize) -> Option<usize> {
        let mut k = comma;
        let floor = comma.saturating_sub(14);
        while k > floor {
            k -= 1;
            match self.labels[k] {
                Label::Role(n) => return self.roles[n as usize].core.then_some(n as usize),
                Label::Dict(_) | Label::Cap => {}
                _ if matches!(self.tok(k), "of" | "the" | "for" | "on" | "to" | "(" | ")") => {}
                // "China's special envoy for Middle East affairs, X": a portfolio's closing noun.
                _ if matches!(self.tok(k), "affairs" | "issues" | "relations" | "matters") => {}
                _ if self.toks()[k].kind == TokenKind::Possessive => {}
                _ => return None,
            }
        }
        None
    }
}
