//! What extraction produces: entities (people, organisations, countries, places) and their mentions.

use serde::{Deserialize, Serialize};
use std::fmt;

use crate::corpus::DocId;

/// Index of an entity in `Extraction::entities`; shown as `e0`, `e1`, … in exports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct EntityId(pub u32);

impl EntityId {
    /// Position in `Extraction::entities`.
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

impl fmt::Display for EntityId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "e{}", self.0)
    }
}

/// The four kinds of entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    /// A named individual.
    Person,
    /// An organisation: armed group, party, international body, outlet, institute…
    Organization,
    /// A country (state).
    Country,
    /// A city, province, region, feature or facility.
    Place,
}

impl EntityKind {
    /// All kinds, in display order.
    pub const ALL: [EntityKind; 4] =
        [EntityKind::Person, EntityKind::Organization, EntityKind::Country, EntityKind::Place];

    /// The export / workspace name: "person", "organization", "country", "place".
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
            EntityKind::Country => "country",
            EntityKind::Place => "place",
        }
    }

    /// A label for people: "Person", "Organisation", …
    pub fn label(self) -> &'static str {
        match self {
            EntityKind::Person => "Person",
            EntityKind::Organization => "Organisation",
            EntityKind::Country => "Country",
            EntityKind::Place => "Place",
        }
    }

    /// Parses "person", "organization"/"organisation", "country", "place".
    pub fn parse(s: &str) -> Option<EntityKind> {
        Some(match s.trim().to_lowercase().as_str() {
            "person" | "people" => EntityKind::Person,
            "organization" | "organisation" | "org" => EntityKind::Organization,
            "country" => EntityKind::Country,
            "place" | "location" => EntityKind::Place,
            _ => return None,
        })
    }
}

/// How a mention refers to its entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MentionForm {
    /// The name or an alias.
    Name,
    /// A nationality word ("Russian").
    Demonym,
    /// A capital or other metonym standing for the government ("Moscow says", "the Kremlin").
    Metonym,
    /// An acronym ("NRF").
    Acronym,
    /// Part of a person's name ("Muttaqi").
    Partial,
}

/// One occurrence of an entity in a document.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    /// The document.
    pub doc: DocId,
    /// The entity.
    pub entity: EntityId,
    /// First byte in the document text.
    pub start: u32,
    /// One past the last byte.
    pub end: u32,
    /// Index of the sentence it stands in.
    pub sentence: u32,
    /// How it refers to the entity.
    pub form: MentionForm,
}

impl Mention {
    /// The byte range, for slicing the document text.
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
}

/// An entity: one real person, organisation, country or place, with every name it goes by.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// Its id.
    pub id: EntityId,
    /// Canonical name.
    pub name: String,
    /// Kind.
    pub kind: EntityKind,
    /// ISO 3166-1 alpha-3 code, for countries.
    pub code: Option<String>,
    /// Other names and spellings seen in the documents (not including `name`).
    pub aliases: Vec<String>,
    /// The country it belongs to or acts for (ISO3): a person's affiliation, an organisation's home, a place's
    /// country.
    pub country: Option<String>,
    /// The organisation a person belongs to, by name.
    pub organization: Option<String>,
    /// Roles and titles seen with a person ("Foreign Minister").
    pub roles: Vec<String>,
    /// A finer type: "armed group", "media", "city", "province"…
    pub subtype: Option<String>,
    /// Number of documents mentioning it.
    pub documents: usize,
    /// Number of mentions.
    pub mentions: usize,
}

impl Entity {
    /// Whether `text` is its name or one of its aliases (case-insensitive).
    pub fn answers_to(&self, text: &str) -> bool {
        let t = text.trim();
        self.name.eq_ignore_ascii_case(t) || self.aliases.iter().any(|a| a.eq_ignore_ascii_case(t))
    }
}

/// An ISO 3166 alpha-3 country code ("AFG"), stored inline: a large folder holds millions of interactions, each
/// naming two countries, and a `String` per code took more memory than the rest of the interaction. Reads,
/// compares and serialises as the code's text.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CountryCode([u8; 3]);

impl CountryCode {
    /// The code, if `code` is three ASCII letters or digits.
    pub fn new(code: &str) -> Option<CountryCode> {
        let bytes: [u8; 3] = code.as_bytes().try_into().ok()?;
        bytes.iter().all(u8::is_ascii_alphanumeric).then_some(CountryCode(bytes))
    }

    /// The code as text.
    pub fn as_str(&self) -> &str {
        // Always ASCII (checked in `new`).
        std::str::from_utf8(&self.0).unwrap_or_default()
    }
}

impl std::ops::Deref for CountryCode {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl std::borrow::Borrow<str> for CountryCode {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl std::fmt::Display for CountryCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::fmt::Debug for CountryCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", self.as_str())
    }
}

impl PartialEq<str> for CountryCode {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for CountryCode {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<String> for CountryCode {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<CountryCode> for String {
    fn eq(&self, other: &CountryCode) -> bool {
        self.as_str() == other.as_str()
    }
}

impl PartialEq<CountryCode> for &str {
    fn eq(&self, other: &CountryCode) -> bool {
        *self == other.as_str()
    }
}

impl Serialize for CountryCode {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for CountryCode {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<CountryCode, D::Error> {
        let code = String::deserialize(d)?;
        CountryCode::new(&code).ok_or_else(|| serde::de::Error::custom(format!("not a country code: {code:?}")))
    }
}

#[cfg(test)]
mod country_code_tests {
    use super::CountryCode;

    #[test]
    fn codes_read_compare_and_round_trip_as_text() {
        let afg = CountryCode::new("AFG").expect("a code");
        assert_eq!(afg.as_str(), "AFG");
        assert_eq!(afg, "AFG");
        assert_eq!(afg.to_string(), "AFG");
        assert!(afg < CountryCode::new("PAK").expect("a code"));
        assert_eq!(CountryCode::new("AF"), None);
        assert_eq!(CountryCode::new("AFGH"), None);
        assert_eq!(CountryCode::new("A G"), None);
        let json = serde_json::to_string(&afg).expect("serialises");
        assert_eq!(json, "\"AFG\"");
        assert_eq!(serde_json::from_str::<CountryCode>(&json).expect("deserialises"), afg);
        assert!(serde_json::from_str::<CountryCode>("\"Afghanistan\"").is_err());
        // Every country of the bundled gazetteer has one.
        for c in &crate::extract::Knowledge::builtin().countries {
            assert!(CountryCode::new(&c.code).is_some(), "{}", c.code);
        }
    }
}
