//! The entries of the dictionaries: what the knowledge files say about a country, an organisation, a place, an
//! office holder or a role word. [`super::Knowledge`] indexes them for lookup.

use crate::corpus::Date;

/// A country and every way news text refers to it.
#[derive(Clone, Debug)]
pub struct Country {
    /// ISO 3166-1 alpha-3 code.
    pub code: String,
    /// Common English short name.
    pub name: String,
    /// Official and alternative names, abbreviations.
    pub aliases: Vec<String>,
    /// Nationality adjectives and nouns ("Afghan", "Afghans").
    pub demonyms: Vec<String>,
    /// Capital city names (a metonym for the government in "Moscow says").
    pub capitals: Vec<String>,
    /// Other government metonyms ("Kremlin", "White House").
    pub metonyms: Vec<String>,
    /// A state that no longer exists (Soviet Union).
    pub historical: bool,
}

/// What sort of organisation a dictionary entry is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum OrgType {
    /// Intergovernmental body.
    International,
    /// Insurgent, militant or terrorist group.
    ArmedGroup,
    /// News outlet.
    Media,
    /// Think tank.
    ThinkTank,
    /// Non-governmental organisation.
    Ngo,
    /// Political party.
    Party,
    /// Named state body (intelligence service, department).
    GovernmentBody,
    /// Company.
    Company,
}

impl OrgType {
    pub(super) fn parse(s: &str) -> Option<OrgType> {
        Some(match s {
            "international" => OrgType::International,
            "armed-group" => OrgType::ArmedGroup,
            "media" => OrgType::Media,
            "think-tank" => OrgType::ThinkTank,
            "ngo" => OrgType::Ngo,
            "party" => OrgType::Party,
            "government-body" => OrgType::GovernmentBody,
            "company" => OrgType::Company,
            _ => return None,
        })
    }
}

/// A period during which an organisation is a country's de facto government.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Governs {
    /// ISO3 of the country governed.
    pub country: String,
    /// First day (inclusive), open if `None`.
    pub from: Option<Date>,
    /// Last day (inclusive), open if `None`.
    pub to: Option<Date>,
}

impl Governs {
    /// Whether the period covers `date`.
    pub fn covers(&self, date: Date) -> bool {
        self.from.is_none_or(|f| f <= date) && self.to.is_none_or(|t| date <= t)
    }
}

/// A well-known organisation.
#[derive(Clone, Debug)]
pub struct Organization {
    /// Canonical name.
    pub name: String,
    /// Its type.
    pub org_type: OrgType,
    /// Acronyms, alternative names and spellings.
    pub aliases: Vec<String>,
    /// Home country (ISO3), if national.
    pub country: Option<String>,
    /// Periods as a de facto government.
    pub governs: Vec<Governs>,
    /// Its name is also an ordinary word or personal name: accept only with context.
    pub ambiguous: bool,
    /// A body acting for its state (intelligence service, department).
    pub state: bool,
    /// The organisation this one is a branch of (flag `branch-of:NAME`), whose plain name in a document about
    /// the branch means the branch ("ISIS" in a report on ISIS-K).
    pub branch_of: Option<String>,
    /// The country whose capital stands for this organisation (flag `seat:CAPITAL`) in a document that names the
    /// organisation but never that country otherwise: Belgium, for "Brussels" and the European Union.
    pub seat: Option<u32>,
    /// The member states of a small fixed group that acts as one (flag `members:CODE+CODE`): "the E3" acts for
    /// France, Germany and the United Kingdom.
    pub members: Vec<u32>,
}

/// What sort of place a dictionary entry is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PlaceType {
    /// A national capital.
    Capital,
    /// A city.
    City,
    /// A first-level subdivision (province, state, oblast).
    Admin,
    /// A supranational or cultural region.
    Region,
    /// A border, river, mountain range, sea, strait…
    Feature,
}

/// A place.
#[derive(Clone, Debug)]
pub struct Place {
    /// Name.
    pub name: String,
    /// Type.
    pub place_type: PlaceType,
    /// ISO3 of the country it is in.
    pub country: Option<String>,
    /// Exonyms, spellings.
    pub aliases: Vec<String>,
    /// Population, where known.
    pub population: u64,
    /// Also an ordinary word or personal name: accept only in a place context ("in Nice").
    pub ambiguous: bool,
}

/// How a phrase refers to a country.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CountryForm {
    /// The country's name or an alias ("Russia", "Russian Federation").
    Name,
    /// A nationality word ("Russian", "Russians").
    Demonym,
    /// The capital ("Moscow"): the government, or the city.
    Capital,
    /// Another government metonym ("the Kremlin").
    Metonym,
}

/// What a dictionary phrase stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Entry {
    /// A country (index into `Knowledge::countries`).
    Country(u32, CountryForm),
    /// An organisation (index into `Knowledge::organizations`).
    Organization(u32),
    /// A place (index into `Knowledge::places`).
    Place(u32),
    /// A well-known office holder (index into `Knowledge::people`).
    Person(u32),
}

/// A term in a state office.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Term {
    /// ISO3 of the state served.
    pub country: String,
    /// "head-of-state", "foreign-minister", …
    pub office: String,
    /// First day, if known.
    pub from: Option<Date>,
    /// Last day; open if still in office.
    pub to: Option<Date>,
}

/// A person who held a top office of a state (`assets/gazetteer/office_holders.tsv`).
#[derive(Clone, Debug)]
pub struct OfficeHolder {
    /// Full name as news writes it.
    pub name: String,
    /// Other spellings.
    pub aliases: Vec<String>,
    /// Their terms, in file order.
    pub terms: Vec<Term>,
}

impl OfficeHolder {
    /// The term covering `date` (or, without a date, a term still open).
    pub fn term_at(&self, date: Option<Date>) -> Option<&Term> {
        self.terms.iter().find(|t| match date {
            Some(d) => t.from.is_none_or(|f| f <= d) && t.to.is_none_or(|e| d <= e),
            None => t.to.is_none(),
        })
    }
    /// The country of their latest term.
    pub fn latest_country(&self) -> Option<&str> {
        // (The first of several terms begun the same day: `max_by_key` keeps the last maximum.)
        self.terms.iter().rev().max_by_key(|t| t.from).map(|t| t.country.as_str())
    }
}

/// Word classes of role vocabulary (see `assets/lexicon/roles.tsv`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RoleWord {
    /// Qualifies a role ("deputy", "former").
    pub modifier: bool,
    /// A portfolio ("foreign").
    pub domain: bool,
    /// A role ("minister").
    pub core: bool,
    /// A collective state body ("authorities").
    pub body: bool,
    /// The office acts for a government.
    pub state: bool,
    /// Marks the holder as out of office ("former").
    pub past: bool,
}

/// What the word lists say about one lower-case word: its role-word classes (`assets/lexicon/roles.tsv`) and
/// its place in the event lexicon (`assets/events/`), kept together so that a token is looked up once.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct WordFacts {
    /// Role-word classes, when it is a role word.
    pub role: Option<RoleWord>,
    /// Grammar classes of the event lexicon, as bits (see `events::lexicon`).
    pub grammar: u32,
    /// The first word of an event cue.
    pub cue: bool,
    /// A noun of bodies or outlets: a name right after it is theirs (`company-noun` and `outlet-noun` in
    /// `context_words.tsv`).
    pub names: Option<HeadKind>,
    /// A noun of vessels, or the last word of one (`vessel-noun` in `context_words.tsv`): a name right after it may
    /// be a ship's.
    pub vessel: bool,
}

/// What the head word of a capitalised name says it names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HeadKind {
    /// An organisation.
    Organization,
    /// A news outlet.
    Media,
    /// A facility or geographic feature.
    Place,
    /// A named event, meeting or deal (not an entity).
    Event,
    /// A functional government office ("Ministry of …").
    Generic,
}
