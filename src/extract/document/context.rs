//! What the words around a name say: a capital as government or city, an outlet or a place confirmed by
//! context, a single word shown to be a place or part of a list of people.

use crate::extract::detect::{Label, Scan};
use crate::extract::knowledge::{CountryForm, Entry, HeadKind};
use crate::extract::tokens::{Case, TokenKind};

/// Whether the capital at `[first, end)` stands for the government ("Moscow hosted", "Washington’s concerns",
/// "relations with Kabul", "closer to Washington") rather than the city ("in Moscow", "a visit to Tehran",
/// "Dushanbe, Tajikistan", "KABUL (Reuters)", "MANILA -", "the Moscow meeting", "Moscow Format"). News uses a bare
/// capital for its government unless the words around it make it the place.
pub fn capital_is_government(scan: &Scan, first: usize, end: usize) -> bool {
    // "in Ankara's domestic politics", "at Beijing's request": a preposition before a possessive governs what is
    // owned; the owner is the government unless what it owns is the city's ("Kabul's streets").
    if scan.toks().get(end).is_some_and(|t| t.kind == TokenKind::Possessive) {
        let city_noun = (end + 1..(end + 4).min(scan.toks().len()))
            .any(|k| scan.toks()[k].case == Case::Lower && scan.kb.in_context("city-noun", scan.tok(k)));
        return !city_noun && !in_dateline(scan, first, end);
    }
    let prev = (first > 0).then(|| scan.lower(first - 1));
    let before_prev = (first > 1).then(|| scan.lower(first - 2));
    // "visited Niamey and Ouagadougou": a capital joined to another is read as that one is.
    if matches!(prev, Some("and" | "or"))
        && let Some(other) = scan.dict_at(first - 2).filter(|h| h.end + 1 == first && !h.part)
        && other.entries.iter().any(|e| matches!(e, Entry::Country(_, CountryForm::Capital)))
    {
        return capital_is_government(scan, other.first, other.end);
    }
    match prev {
        // "a swipe at Washington", "aimed at Beijing": the government.
        Some("at") if before_prev.is_some_and(|w| scan.kb.in_context("at-government", w)) => {
            return true;
        }
        // "the Government in Kinshasa", "the rulers in Kabul": a state body there is its government.
        Some("in") if before_prev.is_some_and(|w| scan.kb.in_context("seated-body", w)) => return true,
        Some(p) if scan.kb.in_context("city-preposition", p) => return false,
        Some("to" | "from") if before_prev.is_some_and(|w| scan.kb.in_context("movement", w)) => {
            return false;
        }
        Some("of") if before_prev.is_some_and(|w| scan.kb.in_context("city-of", w)) => return false,
        // "a passenger rail service between Tashkent and Dushanbe": the cities a route joins (`route-noun`).
        Some("between")
            if (first.saturating_sub(4)..first - 1).any(|k| scan.kb.in_context("route-noun", scan.lower(k))) =>
        {
            return false;
        }
        Some(p) if scan.kb.in_context("movement", p) => return false,
        Some("the" | "a" | "an") => return false,
        _ => {}
    }
    // A dateline, or "Dushanbe, Tajikistan".
    if scan.is_punct(end, "(")
        || scan.is_punct(end, "—")
        || (scan.is_punct(end, ",")
            && matches!(scan.labels.get(end + 1), Some(Label::Dict(_)))
            && scan
                .dict_at(end + 1)
                .is_some_and(|h| h.entries.iter().any(|e| matches!(e, Entry::Country(_, CountryForm::Name)))))
    {
        return false;
    }
    if in_dateline(scan, first, end) {
        return false;
    }
    // The first word of a longer name ("Moscow Format", "Doha Agreement", "Kabul University"); but in a headline,
    // the subject of the verb after it ("Bishkek and Dushanbe Sign Water Protocol", "Beijing Warns Manila").
    if end < scan.toks().len()
        && scan.toks()[end].is_capitalised()
        && scan.toks()[end].space_before
        && !(scan.headline && crate::extract::events::lexicon::verb_cue_at(scan, end))
    {
        return false;
    }
    // "Kabul airport", "Moscow residents".
    if end < scan.toks().len() && scan.toks()[end].case == Case::Lower && scan.kb.in_context("city-noun", scan.tok(end))
    {
        return false;
    }
    true
}

/// Whether a capital inside the compound at token `at`, ending at byte `stop`, is its government: the compound names
/// ties between states ("Kabul-Islamabad ties", "the Moscow–Beijing axis"), not cities joined by a road or a flight,
/// or what the government did, by a participle joined after it ("the Moscow-led alliance", "a Tehran-backed
/// militia"; not "a Moscow-based analyst").
pub fn compound_of_governments(scan: &Scan, at: usize, stop: u32) -> bool {
    let compound = scan.toks()[at];
    let joined_after = scan.text().get(stop as usize..compound.end as usize).unwrap_or("");
    let participle = joined_after.rsplit(['-', '–', '‐', '‑']).next().filter(|p| p.len() < joined_after.len());
    if participle.is_some_and(|p| scan.kb.in_context("government-compound", &p.to_lowercase())) {
        return true;
    }
    (at + 1..(at + 3).min(scan.toks().len()))
        .take_while(|&k| scan.toks()[k].case == Case::Lower)
        .any(|k| scan.kb.in_context("relations", scan.tok(k)))
}

/// Whether `[first, end)` is a city of a dateline opening a story: "BAMAKO, Feb. 1 (Reuters) -", "MANILA -",
/// "Warsaw, July 12 –", "Manila, 18 November", "KHARTOUM/CAIRO, May 5 -", "ISLAMABAD: ".
fn in_dateline(scan: &Scan, first: usize, end: usize) -> bool {
    let capitalised = |k: usize| scan.toks().get(k).is_some_and(|t| t.is_capitalised());
    // Other cities before it and after it, joined by slashes (of one or more words: "NEW DELHI/ISLAMABAD").
    let mut start = first;
    while start >= scan.first_word + 2 && scan.is_punct(start - 1, "/") && capitalised(start - 2) {
        start -= 2;
        while start > scan.first_word && capitalised(start - 1) {
            start -= 1;
        }
    }
    let mut after = end;
    while scan.is_punct(after, "/") && capitalised(after + 1) {
        after += 2;
        while capitalised(after) {
            after += 1;
        }
    }
    let month_at = |k: usize| capitalised(k) && crate::corpus::dates::month_number(scan.tok(k)).is_some();
    // "Warsaw, July 12", or with the day first: "Manila, 18 November".
    let date_at =
        |k: usize| month_at(k) || (scan.toks().get(k).is_some_and(|t| t.kind == TokenKind::Number) && month_at(k + 1));
    start == scan.first_word
        && (scan.is_punct(after, "-")
            || scan.is_punct(after, "–")
            || scan.is_punct(after, "—")
            || scan.is_punct(after, "(")
            || scan.is_punct(after, ":")
            || (scan.is_punct(after, ",") && date_at(after + 1)))
}

/// Whether the word at `first` ends a longer name through a particle ("Mocímboa da Praia", "Vila de Sena").
pub(super) fn within_longer_name(scan: &Scan, first: usize) -> bool {
    first >= 2
        && scan.toks()[first - 1].case == Case::Lower
        && scan.kb.is_particle(scan.tok(first - 1))
        && scan.toks()[first - 2].is_capitalised()
}

/// An ambiguous outlet name ("Dawn") is accepted where it is introduced or quoted as a source, or named after a
/// noun of outlets.
pub(super) fn media_context(scan: &Scan, first: usize, end: usize) -> bool {
    let prev = (first > 0).then(|| scan.lower(first - 1));
    if matches!(prev, Some("by" | "told" | "to" | "on" | "in" | "from" | "with")) && first > scan.first_word {
        return true;
    }
    // "the public broadcaster Kan"
    if prev.is_some_and(|w| scan.kb.facts(w).names == Some(HeadKind::Media)) {
        return true;
    }
    if end < scan.toks().len() && scan.toks()[end].kind == TokenKind::Possessive {
        return end + 1 < scan.toks().len()
            && matches!(
                scan.lower(end + 1),
                "sources" | "source" | "report" | "reporter" | "correspondent" | "editor" | "website"
            );
    }
    scan.is_punct(end, ",")
        && (end + 1..(end + 8).min(scan.toks().len())).any(|k| scan.kb.in_context("media-noun", scan.lower(k)))
}

/// An ambiguous place name ("Nice", "Mobile", "Geneva") is accepted after a locative preposition, before ",
/// Country", or as the city of a dateline ("GENEVA, 9 April 2026 (AFP) –").
pub(super) fn place_context(scan: &Scan, first: usize, end: usize) -> bool {
    let prev = (first > 0).then(|| scan.lower(first - 1));
    matches!(prev, Some("in" | "near" | "outside" | "from" | "to" | "into"))
        || (scan.is_punct(end, ",") && matches!(scan.labels.get(end + 1), Some(Label::Dict(_))))
        || (end < scan.toks().len() && scan.kb.in_context("place-noun", scan.lower(end)))
        || in_dateline(scan, first, end)
}

/// An unknown single word that the sentence shows to be a place: "the Chabahar port", "in Kunar", or an item of
/// a list introduced as places ("the provinces of Ghazni, Laghman and Parwan").
pub(super) fn single_place_context(scan: &Scan, at: usize) -> bool {
    let next = at + 1;
    if scan.place_noun_at(next) {
        return true;
    }
    // "the Kajaki and Kamal Khan dams", "the Fordow, Natanz and Isfahan sites".
    if scan.and_name_before_plural_place_noun(next) || listed_before_plural_place_noun(scan, next) {
        return true;
    }
    let ends_phrase = next >= scan.toks().len()
        || scan.toks()[next].kind == TokenKind::Punct
        || scan.toks()[next].case == Case::Lower;
    // "In Guba, …" opening the sentence.
    let opens_with_in = at == scan.first_word + 1 && scan.is(at - 1, "in") && scan.is_punct(next, ",");
    if (ends_phrase && (scan.place_before(at) || scan.facility_at(at)))
        || opens_with_in
        || place_in_apposition(scan, next)
    {
        return true;
    }
    // "at Kant in Kyrgyzstan"
    if at > 0
        && scan.is(at - 1, "at")
        && scan.is(next, "in")
        && matches!(scan.labels.get(next + 1), Some(Label::Dict(_)))
    {
        return true;
    }
    // Beside a known place: "on to Naibabad near Mazar-i-Sharif", "a line from Surkhan to Puli Khumri", "from
    // Hairatan to Naibabad".
    let known_place = |k: usize| {
        scan.dict_at(k).is_some_and(|h| {
            h.first == k
                && h.entries.iter().any(|e| matches!(e, Entry::Place(_) | Entry::Country(_, CountryForm::Capital)))
        })
    };
    let after_preposition =
        at > 0 && matches!(scan.tok(at - 1), "to" | "at" | "in" | "from" | "via" | "into" | "toward" | "towards");
    if (after_preposition && scan.is(next, "near") && known_place(next + 1))
        || (at > 0 && scan.is(at - 1, "from") && scan.is(next, "to") && known_place(next + 1))
        || (at >= 3 && scan.is(at - 1, "to") && scan.is(at - 3, "from") && known_place(at - 2) && ends_phrase)
    {
        return true;
    }
    // A list continued from a place: "in Izmail and Reni", "in Hargeisa and Garowe".
    if at >= 2 && (scan.is(at - 1, "and") || scan.is_punct(at - 1, ",")) {
        let prev_place = scan.dict_at(at - 2).is_some_and(|h| h.entries.iter().any(|e| matches!(e, Entry::Place(_))));
        if prev_place && ends_phrase {
            return true;
        }
    }
    // List items after "provinces of", "cities of", "the districts of".
    let mut k = at;
    while k > 0 {
        let w = scan.tok(k - 1);
        if matches!(w, "," | "and") || matches!(scan.labels[k - 1], Label::Dict(_) | Label::Cap) {
            k -= 1;
            continue;
        }
        break;
    }
    k >= 1 && scan.place_before(k)
}

/// Whether a comma at `comma` goes on with a list of names joined by "and" before a plural place noun: "the
/// Fordow, Natanz and Isfahan sites".
fn listed_before_plural_place_noun(scan: &Scan, comma: usize) -> bool {
    if !scan.is_punct(comma, ",") {
        return false;
    }
    // The list's "and", past its names and commas; from there as for two names.
    let toks = scan.toks();
    let and = (comma + 1..toks.len()).find(|&k| !scan.is_punct(k, ",") && !toks[k].is_capitalised());
    and.is_some_and(|and| and > comma + 1 && scan.and_name_before_plural_place_noun(and))
}

/// Whether a comma at `comma` opens an apposition that says what the name before it is, a place: "Guba, the town
/// closest to the dam", "Yonaguni, Japan's westernmost inhabited island" (a determiner or an owner, then up to
/// three words in lower case, the last a place noun).
fn place_in_apposition(scan: &Scan, comma: usize) -> bool {
    if !scan.is_punct(comma, ",") {
        return false;
    }
    let toks = scan.toks();
    let mut k = comma + 1;
    if scan.is(k, "the") || scan.is(k, "a") || scan.is(k, "an") {
        k += 1;
    } else if let Some((n, _)) = scan.country_hit(k).filter(|&(n, _)| scan.dict[n].first == k)
        && toks.get(scan.dict[n].end).is_some_and(|t| t.kind == TokenKind::Possessive)
    {
        k = scan.dict[n].end + 1;
    } else {
        return false;
    }
    // The place noun heads the phrase: "the town closest to …", not "a city official", "the town's mayor".
    let heads = |j: usize| {
        toks.get(j + 1).is_none_or(|t| {
            let w = scan.lower(j + 1);
            t.kind == TokenKind::Punct || (t.case == Case::Lower && (scan.kb.is_function_word(w) || w.ends_with("est")))
        })
    };
    (k..(k + 3).min(toks.len()))
        .take_while(|&j| toks[j].case == Case::Lower)
        .any(|j| scan.kb.in_context("place-noun", scan.tok(j)) && heads(j))
}

/// A single word inside a list whose other items are people ("brothers Amichon and Dilovar Islomovs").
pub(super) fn in_person_list(scan: &Scan, at: usize) -> bool {
    let next_is_person_run =
        |k: usize| k + 1 < scan.toks().len() && scan.labels[k] == Label::Cap && scan.labels[k + 1] == Label::Cap;
    (scan.is(at + 1, "and") || scan.is_punct(at + 1, ","))
        && next_is_person_run(at + 2)
        && at > 0
        && scan.toks()[at - 1].case == Case::Lower
        && !scan.kb.is_common_word(scan.lower(at))
}

/// A word that is also ordinary English used as a surname: possessive, verb or comma after it ("Khan's
/// statement", "Smith said").
pub(super) fn common_word_used_as_name(scan: &Scan, at: usize) -> bool {
    let prev_det = at > 0 && matches!(scan.lower(at - 1), "the" | "a" | "an" | "this" | "that");
    let next = at + 1;
    !prev_det
        && next < scan.toks().len()
        && (scan.toks()[next].kind == TokenKind::Possessive
            || scan.kb.is_person_verb(scan.lower(next))
            || scan.is_punct(next, ","))
}

/// The country of a place or country that owns the name at token `first` by a possessive: "Kabul's Sherpur",
/// "Afghanistan's Paktika".
pub fn possessor_country(scan: &Scan, first: usize) -> Option<u32> {
    if first < 2 || scan.toks()[first - 1].kind != TokenKind::Possessive {
        return None;
    }
    scan.dict_at(first - 2)?.entries.iter().find_map(|e| match e {
        Entry::Country(c, _) => Some(*c),
        Entry::Place(p) => scan.kb.place_country(*p),
        _ => None,
    })
}
