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
