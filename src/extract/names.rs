//! From chunks to candidate names: which capitalised runs are people, organisations or places, how strong the
//! evidence is, and whom a person works for.
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

/// The affiliation a sentence gives a person.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Affiliation {
    /// Dictionary hit naming the country or organisation.
    pub hit: Option<usize>,
    /// A new organisation (token range) the person leads or belongs to.
    pub named: Option<(usize, usize)>,
    /// The role phrase (token range).
    pub role: Option<(usize, usize)>,
    /// The role acts for a government.
    pub state: bool,
    /// Former office.
    pub past: bool,
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
                        && self.town_as_family_name(start, k)))
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
        // "the state company Turkmengaz", "the shipping firm Maersk Line", "the public broadcaster Kan": a company's
        // or an outlet's name, even before a verb of saying.
        let before = |class: &str| first > 0 && self.kb.in_context(class, self.tok(first - 1));
        let head = match (before("company-noun"), before("outlet-noun")) {
            (true, _) => Some(HeadKind::Organization),
            (_, true) => Some(HeadKind::Media),
            _ => None,
        };
        if let Some(head) = head.filter(|_| !self.kb.is_given_name(self.tok(first))) {
            return out.push(Found::Named { first, end, head });
        }
        let strong = self.person_cue(first, end);
        if end - first == 1 {
            let at = first;
            let weak = self.uninformative(at);
            out.push(Found::Single { at, strong: strong || self.has_surname_ending(at), weak });
            return;
        }
        if (self.headline && !strong) || self.all_ordinary(first, end) {
            return;
        }
        // "the village of Kotli Bala", "around Lal Chowk", "Jebel Moya": a place, not a person, unless a title says
        // otherwise.
        let titled = first > 0 && (self.labels[first - 1] == Label::Honorific || self.role_at(first - 1).is_some());
        let prefix = self.kb.in_context("place-prefix", self.lower(first));
        // "mining at Mes Aynak", "clashes at Landi Kotal": after "at", a name that opens with no given name is a
        // place ("a swipe at Imran Khan" is a person's).
        let at_place = !strong && first > 0 && self.is(first - 1, "at") && !self.kb.is_given_name(self.tok(first));
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

    /// Words before a name that make it a place: a locative preposition ("in", "near", "around") or "the
    /// village/town/county/… of".
    pub fn place_before(&self, first: usize) -> bool {
        let prev = |k: usize| (first >= k).then(|| self.lower(first - k));
        matches!(prev(1), Some("in" | "near" | "around" | "outside" | "inside")) && first > self.first_word + 1
            || (matches!(prev(1), Some("of")) && prev(2).is_some_and(|w| self.kb.in_context("place-of", w)))
            || (matches!(prev(1), Some("as"))
                && matches!(prev(2), Some("such"))
                && first >= 3
                && self.kb.in_context("place-of", self.lower(first - 3)))
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
        // Apposition with a role: "X, the Russian ambassador", "X, leader of …".
        if self.is_punct(end, ",") && self.apposition_role(end + 1).is_some() {
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
    fn apposition_role(&self, from: usize) -> Option<usize> {
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
    fn role_before_comma(&self, comma: usize) -> Option<usize> {
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

    /// Whom the person at `[first, end)` works for, from the role before the name or the apposition after it, or
    /// failing those from "of" and a country right after the name ("the foreign ministers, X of Armenia and …").
    pub fn affiliation(&self, first: usize, end: usize) -> Affiliation {
        let mut aff = self.affiliation_by_role(first, end);
        if aff.hit.is_none()
            && aff.named.is_none()
            && self.is(end, "of")
            && let Some((d, _)) = self.country_hit(end + 1)
        {
            aff.hit = Some(d);
        }
        if aff.hit.is_none() && aff.named.is_none() {
            self.delegation_led_by(first, &mut aff);
        }
        aff
    }

    /// "The Taliban delegation was led by Mawlawi X, the deputy foreign minister": who leads a delegation or a
    /// team (a role of a body) works for whoever it is of. Fills `aff` from that role when it names someone.
    fn delegation_led_by(&self, first: usize, aff: &mut Affiliation) {
        let mut k = first;
        while k > 0 && matches!(self.labels[k - 1], Label::Honorific | Label::Role(_)) {
            k = match self.labels[k - 1] {
                Label::Role(n) => self.roles[n as usize].first,
                _ => k - 1,
            };
        }
        if k < 3 || !self.is(k - 1, "by") || !self.kb.in_context("leading", self.lower(k - 2)) {
            return;
        }
        let mut j = k - 2;
        if matches!(self.lower(j - 1), "was" | "is" | "were" | "are" | ",") {
            j -= 1;
        }
        if let Some(Label::Role(n)) = j.checked_sub(1).and_then(|i| self.labels.get(i)) {
            let mut body = Affiliation::default();
            self.fill_from_role(*n as usize, j, &mut body);
            if body.hit.is_some() || body.named.is_some() {
                (aff.hit, aff.named) = (body.hit, body.named);
                aff.state |= body.state;
            }
        }
    }

    /// [`Scan::affiliation`] from a role before the name or an apposition after it.
    fn affiliation_by_role(&self, first: usize, end: usize) -> Affiliation {
        let mut aff = Affiliation::default();
        // A role before the name reaches past it only to "of/from/at" right after it ("Deputy Energy Minister X of
        // Kyrgyzstan"), not to "… with spokesman X saying that cooperation with Pyongyang …".
        let stop = match matches!(self.toks().get(end).map(|t| t.text(self.text())), Some("of" | "from" | "at")) {
            true => self.toks().len(),
            false => first,
        };
        // Role before: "Russian President’s Special Representative on Afghanistan Zamir Kabulov".
        let mut k = first;
        if k > 0 && self.is_punct(k - 1, ".") {
            k -= 1;
        }
        while k > 0 && self.labels[k - 1] == Label::Honorific {
            k -= 1;
        }
        // Skip a portfolio: "… on Afghanistan X".
        if k > 1 && matches!(self.labels[k - 1], Label::Dict(_)) && matches!(self.tok(k - 2), "on" | "for" | "to") {
            let d = self.dict_at(k - 1).map_or(k - 1, |h| h.first);
            k = d.saturating_sub(1);
        } else if k > 0 && self.is_punct(k - 1, ",") {
            // "the Prime Minister of Uzbekistan, X"
            if let Some(n) = self.role_before_comma(k - 1) {
                self.fill_from_role(n, stop, &mut aff);
                return aff;
            }
            k -= 1;
        }
        if k > 0
            && let Some(Label::Role(n)) = self.labels.get(k - 1)
        {
            self.fill_from_role(*n as usize, stop, &mut aff);
            return aff;
        }
        // Apposition after: "X, Iran's special envoy", "X, the Russian ambassador", "X, leader of the NRF".
        if self.is_punct(end, ",")
            && let Some(n) = self.apposition_role(end + 1)
        {
            self.fill_from_role(n, self.toks().len(), &mut aff);
            if aff.hit.is_none() && aff.named.is_none() {
                // "X, the Russian ambassador": the country word sits between the comma and the role.
                let r = &self.roles[n];
                if let Some(h) = (end + 1..r.first).rev().find_map(|j| match self.labels[j] {
                    Label::Dict(d) => Some(d as usize),
                    _ => None,
                }) {
                    aff.hit = Some(h);
                }
            }
        }
        aff
    }

    /// Fills an affiliation from role phrase `n`: the dictionary entry before it (through possessives and other
    /// roles), or after it through "of (the)" / "at (the)", before token `stop`.
    fn fill_from_role(&self, n: usize, stop: usize, aff: &mut Affiliation) {
        let r = &self.roles[n];
        aff.role = Some((r.first, r.end));
        aff.state = r.state;
        aff.past = r.past;
        // Before: "Iran's special envoy", "Taliban Foreign Minister", "Russian President’s Special Representative".
        let mut k = r.first;
        loop {
            if k > 0 && self.toks()[k - 1].kind == TokenKind::Possessive {
                k -= 1;
            }
            if k == 0 {
                break;
            }
            match self.labels[k - 1] {
                Label::Dict(d) => {
                    aff.hit = Some(d as usize);
                    return;
                }
                Label::Role(m) => {
                    aff.past |= self.roles[m as usize].past;
                    k = self.roles[m as usize].first;
                }
                _ if matches!(self.tok(k - 1), "former" | "ex" | "the" | "a" | "an" | "current") => k -= 1,
                // "Pakistan, a non-permanent member, voted in favour but its envoy X": the nearest country before.
                _ if self.is(k - 1, "its") => {
                    aff.hit = (0..k - 1).rev().find_map(|j| self.country_hit(j)).map(|(d, _)| d);
                    return;
                }
                _ => break,
            }
        }
        // After: "leader of the National Resistance Front", "Joint Secretary of Ministry of External Affairs of
        // India", "an expert on international crises at the ICG". Names after "of/at/with/from" are the
        // affiliation; after "for/on/to/in" they are the portfolio or the posting ("envoy for Afghanistan").
        let limit = (r.end + 14).min(self.toks().len()).min(stop.max(r.end));
        let mut prep: Option<&str> = None;
        let mut k = r.end;
        while k < limit {
            let w = self.tok(k);
            if matches!(w, "," | ";" | ":" | "." | "said" | "says") {
                return;
            }
            if matches!(w, "of" | "at" | "with" | "from" | "for" | "on" | "to" | "in" | "within") {
                prep = Some(w);
                k += 1;
                continue;
            }
            let affiliating = matches!(prep, Some("of" | "at" | "with" | "from" | "within"));
            if let Some(c) = self.chunks.iter().find(|c| c.first <= k && k < c.end) {
                if affiliating {
                    match c.head {
                        Some(HeadKind::Organization | HeadKind::Media) => {
                            // A dictionary organisation with its head word ("Just Russia Party") is that
                            // organisation; a place with one ("Georgetown University") is not the place.
                            match self.labels[c.first] {
                                Label::Dict(n)
                                    if self.dict[n as usize].end + 1 == c.end
                                        && self.dict[n as usize]
                                            .entries
                                            .iter()
                                            .any(|e| matches!(e, Entry::Organization(_))) =>
                                {
                                    aff.hit = Some(n as usize)
                                }
                                _ => aff.named = Some((c.first, c.end)),
                            }
                            return;
                        }
                        _ => {
                            if let Label::Dict(d) = self.labels[k] {
                                aff.hit = Some(d as usize);
                                return;
                            }
                        }
                    }
                }
                k = c.end;
                continue;
            }
            if !(w == "the" || self.toks()[k].case == Case::Lower) {
                return;
            }
            k += 1;
        }
    }
}
