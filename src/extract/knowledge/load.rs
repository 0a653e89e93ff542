//! Building the knowledge base from the data files' text.

use super::*;

fn records(text: &str) -> impl Iterator<Item = Vec<&str>> {
    text.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')).map(|l| l.split('\t').map(str::trim).collect())
}

fn list(field: Option<&&str>) -> Vec<String> {
    field.map(|f| f.split('|').map(str::trim).filter(|s| !s.is_empty()).map(String::from).collect()).unwrap_or_default()
}

fn words(text: &str) -> HashSet<String> {
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').next().unwrap_or("").trim().to_string())
        .collect()
}

/// "2021-05-25", "2021-05" or "2021": the first day of the period, or the last when `end`.
fn partial_date(s: &str, end: bool) -> Option<Date> {
    let mut parts = s.trim().split('-');
    let year: i32 = parts.next()?.parse().ok()?;
    let month: Option<u8> = parts.next().and_then(|m| m.parse().ok());
    let day: Option<u8> = parts.next().and_then(|d| d.parse().ok());
    match (month, day) {
        (Some(m), Some(d)) => Date::new(year, m, d),
        (Some(m), None) => {
            if end {
                (28..=31).rev().find_map(|d| Date::new(year, m, d))
            } else {
                Date::new(year, m, 1)
            }
        }
        _ => {
            if end {
                Date::new(year, 12, 31)
            } else {
                Date::new(year, 1, 1)
            }
        }
    }
}

fn parse_governs(field: &str) -> Vec<Governs> {
    field
        .split(';')
        .filter_map(|part| {
            let (code, range) = part.trim().split_once('@')?;
            let (from, to) = range.split_once("..")?;
            Some(Governs { country: code.trim().to_string(), from: Date::parse_iso(from), to: Date::parse_iso(to) })
        })
        .collect()
}

impl Knowledge {
    /// Knowledge built from the given data texts.
    pub fn from_sources(src: &Sources) -> Knowledge {
        let mut k = Knowledge::default();
        k.load_countries(src.countries);
        k.load_organizations(src.organizations);
        k.load_places(src.places);
        k.load_office_holders(src.office_holders);
        k.load_lexicons(src);
        k.load_event_words();
        // (A word of both classes is a company's.)
        for (class, head) in [("outlet-noun", HeadKind::Media), ("company-noun", HeadKind::Organization)] {
            let nouns: Vec<String> = k.context_words(class).map(str::to_string).collect();
            for noun in nouns {
                k.words.entry(noun).or_default().names = Some(head);
            }
        }
        // The last word of every noun of vessels ("tanker", the "carrier" of "bulk carrier").
        let vessels: Vec<String> =
            k.context_words("vessel-noun").filter_map(|n| n.rsplit(' ').next()).map(str::to_string).collect();
        for noun in vessels {
            k.words.entry(noun).or_default().vessel = true;
        }
        // (Title case restores every key that opens with a capital and has no other: most of them.)
        let restorable =
            |key: &str| key.starts_with(char::is_uppercase) && !key.chars().skip(1).any(char::is_uppercase);
        k.keys_in_capitals = k
            .phrases
            .keys()
            .filter(|key| !restorable(key))
            .map(|key| (key.to_uppercase(), key))
            .filter(|(upper, key)| title_case(upper) != **key && upper != *key)
            .map(|(upper, key)| (upper, key.clone()))
            .collect();
        k
    }

    /// Marks the words of the event lexicon (grammar classes, first words of cues) in the word facts.
    fn load_event_words(&mut self) {
        for (word, grammar, cue) in crate::extract::events::lexicon::words() {
            let facts = self.words.entry(word.to_string()).or_default();
            facts.grammar |= grammar;
            facts.cue |= cue;
        }
    }

    /// Adds office holders from `office_holders.tsv` text (one row per term; rows of one person join).
    pub fn load_office_holders(&mut self, text: &str) {
        let mut by_name: HashMap<String, usize> = HashMap::default();
        for r in records(text) {
            let (Some(name), Some(country)) = (r.first().filter(|n| !n.is_empty()), r.get(2).filter(|c| !c.is_empty()))
            else {
                continue;
            };
            let term = Term {
                country: country.to_string(),
                office: r.get(3).copied().unwrap_or("").to_string(),
                from: r.get(4).and_then(|d| partial_date(d, false)),
                to: r.get(5).and_then(|d| partial_date(d, true)),
            };
            let i = *by_name.entry(name.to_string()).or_insert_with(|| {
                self.people.push(OfficeHolder { name: name.to_string(), aliases: list(r.get(1)), terms: Vec::new() });
                self.people.len() - 1
            });
            self.people[i].terms.push(term);
        }
        // A monarch or co-prince of several states at once is news's head of the largest of them first ("King
        // Charles" of the United Kingdom before Antigua; Macron of France before Andorra): terms in the states
        // with the most populous capitals come first (the places are loaded, the countries have no population).
        let mut capital_size: HashMap<&str, u64> = HashMap::default();
        for place in self.places.iter().filter(|p| p.place_type == PlaceType::Capital) {
            if let Some(code) = place.country.as_deref() {
                let size = capital_size.entry(code).or_default();
                *size = (*size).max(place.population);
            }
        }
        for p in &mut self.people {
            p.terms.sort_by_key(|t| std::cmp::Reverse(capital_size.get(t.country.as_str()).copied().unwrap_or(0)));
        }
        for (i, p) in self.people.clone().iter().enumerate() {
            self.add_phrase(&p.name, Entry::Person(i as u32));
            for a in &p.aliases {
                self.add_phrase(a, Entry::Person(i as u32));
            }
        }
    }

    /// Adds countries from `countries.tsv` text.
    pub fn load_countries(&mut self, text: &str) {
        for r in records(text) {
            let (Some(code), Some(name)) = (r.first(), r.get(1)) else {
                continue;
            };
            if code.is_empty() || name.is_empty() {
                continue;
            }
            let idx = self.countries.len() as u32;
            let c = Country {
                code: code.to_string(),
                name: name.to_string(),
                aliases: list(r.get(2)),
                demonyms: list(r.get(3)),
                capitals: list(r.get(4)),
                metonyms: list(r.get(5)),
                historical: r.get(6).is_some_and(|f| f.contains("historical")),
            };
            self.add_phrase(&c.name, Entry::Country(idx, CountryForm::Name));
            for a in &c.aliases {
                self.add_phrase(a, Entry::Country(idx, CountryForm::Name));
            }
            for d in &c.demonyms {
                self.add_phrase(d, Entry::Country(idx, CountryForm::Demonym));
            }
            for cap in &c.capitals {
                self.add_phrase(cap, Entry::Country(idx, CountryForm::Capital));
            }
            for m in &c.metonyms {
                self.add_phrase(m, Entry::Country(idx, CountryForm::Metonym));
            }
            self.country_index.insert(c.code.clone(), idx);
            self.countries.push(c);
        }
    }

    /// Adds organisations from `organizations.tsv` text.
    pub fn load_organizations(&mut self, text: &str) {
        for r in records(text) {
            let (Some(name), Some(Some(org_type))) = (r.first(), r.get(1).map(|t| OrgType::parse(t))) else {
                continue;
            };
            if name.is_empty() {
                continue;
            }
            let flags = r.get(5).copied().unwrap_or("");
            let flag_value = |name: &str| flags.split(',').find_map(|f| f.trim().strip_prefix(name)).map(str::trim);
            // The seat is a capital of a country loaded before.
            let seat = flag_value("seat:")
                .and_then(|capital| self.countries.iter().position(|c| c.capitals.iter().any(|k| k == capital)));
            let o = Organization {
                name: name.to_string(),
                org_type,
                aliases: list(r.get(2)),
                country: r.get(3).filter(|c| !c.is_empty()).map(|c| c.to_string()),
                governs: r.get(4).map(|g| parse_governs(g)).unwrap_or_default(),
                ambiguous: flags.contains("ambiguous"),
                state: flags.split(',').any(|f| f.trim() == "state"),
                branch_of: flag_value("branch-of:").map(str::to_string),
                seat: seat.map(|c| c as u32),
                members: flag_value("members:")
                    .map(|m| m.split('+').filter_map(|code| self.country_index.get(code.trim()).copied()).collect())
                    .unwrap_or_default(),
            };
            let idx = self.organizations.len() as u32;
            self.add_phrase(&o.name, Entry::Organization(idx));
            for a in &o.aliases {
                self.add_phrase(a, Entry::Organization(idx));
            }
            // "UN Disengagement Observer Force" is the "United Nations Disengagement Observer Force".
            if let Some(rest) = o.name.strip_prefix("United Nations ") {
                self.add_phrase(&format!("UN {rest}"), Entry::Organization(idx));
                self.add_phrase(&format!("U.N. {rest}"), Entry::Organization(idx));
            }
            self.organizations.push(o);
        }
    }

    /// Adds places from `places.tsv` text.
    pub fn load_places(&mut self, text: &str) {
        for r in records(text) {
            let Some(name) = r.first().filter(|n| !n.is_empty()) else {
                continue;
            };
            let place_type = match r.get(1).copied().unwrap_or("") {
                "capital" => PlaceType::Capital,
                "city" => PlaceType::City,
                "admin" => PlaceType::Admin,
                "region" => PlaceType::Region,
                "feature" => PlaceType::Feature,
                _ => continue,
            };
            let p = Place {
                name: name.to_string(),
                place_type,
                country: r.get(2).filter(|c| !c.is_empty()).map(|c| c.to_string()),
                aliases: list(r.get(3)),
                population: r.get(4).and_then(|p| p.parse().ok()).unwrap_or(0),
                ambiguous: r.get(5).is_some_and(|f| f.contains("ambiguous")),
            };
            let idx = self.places.len() as u32;
            self.add_phrase(&p.name, Entry::Place(idx));
            for a in &p.aliases {
                self.add_phrase(a, Entry::Place(idx));
            }
            self.places.push(p);
        }
    }

    /// Loads the word lists.
    pub(super) fn load_lexicons(&mut self, src: &Sources) {
        let (roles, heads) = (src.roles, src.heads);
        for r in records(roles) {
            let (Some(word), Some(class)) = (r.first(), r.get(1)) else {
                continue;
            };
            let e = self.words.entry(word.to_lowercase()).or_default().role.get_or_insert_default();
            match *class {
                "modifier" => e.modifier = true,
                "domain" => e.domain = true,
                "core" => e.core = true,
                "body" => e.body = true,
                _ => {}
            }
            match r.get(2).copied().unwrap_or("") {
                "yes" => e.state = true,
                "past" => e.past = true,
                _ => {}
            }
        }
        self.honorifics = words(src.honorifics);
        self.particles = words(src.particles);
        for r in records(heads) {
            let (Some(word), Some(kind)) = (r.first(), r.get(1)) else {
                continue;
            };
            let kind = match *kind {
                "organization" => HeadKind::Organization,
                "media" => HeadKind::Media,
                "place" => HeadKind::Place,
                "event" => HeadKind::Event,
                "generic" => HeadKind::Generic,
                _ => continue,
            };
            self.heads.insert(word.to_string(), kind);
        }
        self.non_names = words(src.non_names);
        self.given_names = words(src.given_names);
        self.common_words = words(src.common_words);
        self.person_verbs = words(src.person_verbs);
        self.person_nouns = words(src.person_nouns);
        self.modifier_nouns = words(src.modifier_nouns);
        for r in records(src.context_words) {
            if let (Some(word), Some(class)) = (r.first(), r.get(1)) {
                self.context.entry(class.to_string()).or_default().insert(word.to_string());
            }
        }
    }
}
