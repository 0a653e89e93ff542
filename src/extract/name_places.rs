//! Places inside names: many family names are also towns ("Gul Hassan Hassan", "Tomas Ibarra"), and many first
//! names are places too; which of them a run of capitalised words keeps as part of a name, and when a company's
//! name keeps the country it ends with ("Reserve Bank of India"). Also names joined before a plural place noun
//! ("the Kajaki and Kamal Khan dams"), and a state's forces named by their country ("the Armed Forces of the
//! Philippines").

use super::detect::{Label, Scan};
use super::knowledge::{CountryForm, Entry, PlaceType};
use super::tokens::Case;

impl Scan<'_> {
    /// The country whose forces the name of tokens `[first, end)` is: a country's name or adjective, then only
    /// words of a state force ("Guyana Defence Force", "Philippine Coast Guard"), or those words, "of" and the
    /// country's name ("Armed Forces of the Philippines"; `state-force` in `context_words.tsv`).
    pub fn state_force_country(&self, first: usize, end: usize) -> Option<u32> {
        if let Some(hit) = self.dict_at(first).filter(|h| h.first == first && h.end < end)
            && let Some(Entry::Country(c, _)) = hit.entries.first()
        {
            return self.force_words(hit.end, end).then_some(*c);
        }
        let of = (first + 1..end).find(|&k| self.is(k, "of"))?;
        self.forces_of_country(first, of, end)
    }

    /// The country of a state force's name that "of" at `of` joins to the country's name ending the name at `end`
    /// ("Armed Forces of the Philippines"): the country is part of the name.
    pub(super) fn forces_of_country(&self, first: usize, of: usize, end: usize) -> Option<u32> {
        let hit = self.dict_at(end - 1).filter(|h| h.end == end && (of + 1..h.first).all(|k| self.is(k, "the")))?;
        let Some(Entry::Country(c, CountryForm::Name)) = hit.entries.first() else { return None };
        self.force_words(first, of).then_some(*c)
    }

    /// Whether tokens `[from, to)` are only the words of a state force ("armed forces", "coast guard").
    fn force_words(&self, mut from: usize, to: usize) -> bool {
        // (A chunk may open with "The" at the start of a sentence.)
        if from < to && self.lower(from) == "the" {
            from += 1;
        }
        let words = (from..to).map(|k| self.lower(k)).collect::<Vec<_>>().join(" ");
        self.kb.in_context("state-force", &words)
    }

    /// A one-word place that is also a given name, inside a run of capitalised words: part of the name ("Gul
    /// Hassan Hassan", where Hassan is also a town in India).
    pub(super) fn given_name_place(&self, k: usize) -> bool {
        self.one_word_place(k).is_some() && self.kb.is_given_name(self.tok(k))
    }

    /// A one-word place marked ambiguous (also a common surname): after a given name it is part of the name
    /// ("Gustavo Herrera Molina", where Herrera is also a province of Panama).
    pub(super) fn ambiguous_place(&self, k: usize) -> bool {
        self.one_word_place(k).is_some_and(|hit| {
            hit.entries.iter().all(|e| matches!(e, Entry::Place(p) if self.kb.places[*p as usize].ambiguous))
        })
    }

    /// A place after a capitalised word that is no given name and nothing else, in the run that starts at `start`:
    /// part of the name when another such word follows it ("Nuur Cali Xirsi", where Cali is a Colombian city), or
    /// when it ends a run that a place's words precede ("near Qodqod Bari", where Bari is also a town in Italy).
    pub(super) fn town_inside_name(&self, start: usize, k: usize, end: usize) -> bool {
        let unknown = |j: usize| self.labels[j] == Label::Cap && !self.kb.is_given_name(self.tok(j));
        unknown(k - 1)
            && ((k + 1 < end && unknown(k + 1)) || (k + 1 == end && self.place_before(start)))
            && self.one_word_place(k).is_some()
    }

    /// A one-word place or capital at `k` after a particle of names and an unknown capitalised word: the end of a
    /// longer name ("Mocímboa da Praia", where Praia is Cape Verde's capital; "the Salar de Atacama").
    pub(super) fn place_after_particle(&self, k: usize) -> bool {
        k >= 2
            && self.labels[k - 2] == Label::Cap
            && self.toks()[k - 1].case == Case::Lower
            && self.kb.is_particle(self.tok(k - 1))
            && self.one_word_hit(k).is_some_and(|hit| {
                hit.entries.iter().all(|e| matches!(e, Entry::Place(_) | Entry::Country(_, CountryForm::Capital)))
            })
    }

    /// A one-word town at `k` that is not a capital or a city of a million, where the people named so would be.
    fn small_town(&self, k: usize) -> bool {
        self.one_word_place(k).is_some_and(|hit| {
            hit.entries.iter().all(|e| {
                matches!(e, Entry::Place(p) if {
                    let place = &self.kb.places[*p as usize];
                    place.place_type == PlaceType::City && place.population < 1_000_000
                })
            })
        })
    }

    /// A town in a titled name that opens with a given name: a family name ("Country Director Tomas Ibarra", "the
    /// special representative, Ahmed Nawaz Gondal,", "Security Secretary Omar García Harfuch", where Ibarra, Gondal
    /// and García are also towns). Not a capital or a city of a million, where such people would be.
    pub(super) fn town_as_family_name(&self, start: usize, k: usize) -> bool {
        self.small_town(k) && self.kb.is_given_name(self.tok(start)) && self.person_cue(start, k + 1)
    }

    /// The dictionary hit naming only places that starts and ends at token `k` (not a part of a compound).
    pub(super) fn one_word_place(&self, k: usize) -> Option<&super::detect::DictHit<'_>> {
        self.one_word_hit(k).filter(|hit| hit.entries.iter().all(|e| matches!(e, Entry::Place(_))))
    }

    /// The dictionary hit that starts and ends at token `k` (not a part of a compound).
    fn one_word_hit(&self, k: usize) -> Option<&super::detect::DictHit<'_>> {
        self.dict_at(k).filter(|hit| hit.first == k && hit.end == k + 1 && !hit.part)
    }

    /// A place name, or an organisation's name marked ambiguous ("Sun" for The Sun), followed by capitalised words
    /// starts a person's name when a title or apposition says so ("President Vladimir Putin", "Mullah Hassan
    /// Akhund", "spokesperson, Mito Miller,", "Vice Foreign Minister Sun Weidong"), or when the place is also a
    /// given name or marked ambiguous and the words look like a name; or a place's name when a noun of places
    /// calls it so ("a state called Guayana Esequiba"). Returns the end of the name.
    pub(super) fn place_starting_a_name(&self, n: usize, chunk_end: usize) -> Option<usize> {
        let hit = &self.dict[n];
        // A capital too, when a title or apposition says a person is named ("Ambassador Sofia Lindqvist"): capitals
        // are kept out of the given names, where they would make people of "in Sofia".
        let capital =
            hit.entries.iter().all(|e| matches!(e, Entry::Place(_) | Entry::Country(_, CountryForm::Capital)))
                && hit.entries.iter().any(|e| matches!(e, Entry::Country(..)));
        let place_only = capital || hit.entries.iter().all(|e| matches!(e, Entry::Place(_)));
        let ambiguous_org = hit
            .entries
            .iter()
            .all(|e| matches!(e, Entry::Organization(o) if self.kb.organizations[*o as usize].ambiguous));
        if hit.part || !(place_only || ambiguous_org) || hit.end >= chunk_end || self.labels[hit.end] != Label::Cap {
            return None;
        }
        let mut run_end = hit.end;
        while run_end < chunk_end && self.labels[run_end] == Label::Cap {
            run_end += 1;
        }
        let ambiguous = ambiguous_org
            || hit.entries.iter().any(|e| matches!(e, Entry::Place(p) if self.kb.places[*p as usize].ambiguous));
        let given = self.kb.is_given_name(self.tok(hit.first));
        let cued = self.person_cue(hit.first, run_end);
        // ("In the village of Caño Verde": not the dictionary's Kano, spelled "Cano".)
        let place = self.called_place(hit.first) || self.after_place_of(hit.first);
        (cued || place || (!capital && (given || ambiguous) && self.looks_like_name(hit.first, run_end)))
            .then_some(run_end)
    }

    /// Whether "of" at `of` joins a company's, a bank's or a party's head word to a country by its name that ends
    /// the chunk at `end`: the country is part of the name ("Communist Party of China"), unlike a state body's
    /// ("National Guard of Ukraine", which acts for its state) or an organisation's ("Cultural Commission of the
    /// Taliban").
    pub(super) fn named_for_its_country(&self, of: usize, end: usize) -> bool {
        self.tok(of) == "of"
            && self.labels[of - 1] == Label::Cap
            && self.kb.in_context("national-name", self.lower(of - 1))
            && self.dict_at(end - 1).is_some_and(|h| {
                h.first > of && h.entries.iter().all(|e| matches!(e, Entry::Country(_, CountryForm::Name)))
            })
    }

    /// Whether the token at `and` is "and" joining the name before it to capitalised words before a plural place
    /// noun: "the Kajaki and Kamal Khan dams" names two places.
    pub fn and_name_before_plural_place_noun(&self, and: usize) -> bool {
        if !self.is(and, "and") {
            return false;
        }
        // (Past a name's particle joined to a capitalised part: "Maaten al-Sarra"; and one word of what the places
        // hold: "the al-Khadim and Maaten al-Sarra air bases".)
        let in_name = |k: usize| {
            self.toks()[k].is_capitalised() || self.tok(k).split('-').skip(1).any(|p| p.starts_with(char::is_uppercase))
        };
        let mut noun = (and + 1..self.toks().len()).find(|&k| !in_name(k)).unwrap_or(and + 1);
        if noun + 1 < self.toks().len() && self.kb.in_context("place-modifier", self.lower(noun)) {
            noun += 1;
        }
        noun > and + 1
            && noun < self.toks().len()
            && self.toks()[noun].case == Case::Lower
            && self.lower(noun).ends_with('s')
            && self.kb.in_context("place-noun", self.lower(noun))
    }
}
