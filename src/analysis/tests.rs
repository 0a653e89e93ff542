//! Tests of the tables on a small hand-made dataset (independent of the extractor).

use super::*;
use crate::corpus::readers::Meta;
use crate::corpus::{Corpus, Date, Document, Format};
use crate::extract::{Entity, Extraction, Mention, MentionForm};

fn entity(id: u32, name: &str, kind: EntityKind, code: Option<&str>, aliases: &[&str]) -> Entity {
    Entity {
        id: EntityId(id),
        name: name.into(),
        kind,
        code: code.map(Into::into),
        aliases: aliases.iter().map(|a| a.to_string()).collect(),
        country: None,
        organization: None,
        roles: Vec::new(),
        subtype: None,
        documents: 0,
        mentions: 0,
    }
}

/// Three documents; mentions are found by searching the entity's name (or alias) in each text.
fn dataset() -> Dataset {
    let texts = [
        ("a.txt", "Kabul talks\n2024-05-01\nMuttaqi met the Russian envoy in Kabul. Russia and Afghanistan talked."),
        ("b.txt", "Border closed\n2023-01-10\nPakistan closed the border with Afghanistan. Pakistan blamed the TTP."),
        ("c.md", "Notes\nNothing dated here about kabul."),
    ];
    let mut corpus = Corpus::default();
    for (path, text) in texts {
        let meta = Meta::default();
        corpus.push(Document::from_text(DocId(0), path.into(), Format::Text, text.len() as u64, text.into(), meta));
    }
    let mut entities = vec![
        entity(0, "Amir Khan Muttaqi", EntityKind::Person, None, &["Muttaqi"]),
        entity(1, "Russia", EntityKind::Country, Some("RUS"), &["Russian"]),
        entity(2, "Afghanistan", EntityKind::Country, Some("AFG"), &[]),
        entity(3, "Pakistan", EntityKind::Country, Some("PAK"), &[]),
        entity(4, "Tehrik-e-Taliban Pakistan", EntityKind::Organization, None, &["TTP"]),
        entity(5, "Kabul", EntityKind::Place, None, &[]),
    ];
    let mut mentions = Vec::new();
    for doc in &corpus.documents {
        let mut found = Vec::new();
        for e in &entities {
            for form in std::iter::once(&e.name).chain(&e.aliases) {
                for (at, _) in doc.text.match_indices(form.as_str()) {
                    found.push(Mention {
                        doc: doc.id,
                        entity: e.id,
                        start: at as u32,
                        end: (at + form.len()) as u32,
                        sentence: doc.sentence_at(at).unwrap_or(0) as u32,
                        form: MentionForm::Name,
                    });
                }
            }
        }
        found.sort_by_key(|m| m.start);
        mentions.push(found);
    }
    for e in &mut entities {
        let docs = mentions.iter().filter(|ms| ms.iter().any(|m| m.entity == e.id));
        e.documents = docs.count();
        e.mentions = mentions.iter().flatten().filter(|m| m.entity == e.id).count();
    }
    Dataset {
        extraction: Extraction {
            entities,
            reference_dates: vec![None; mentions.len()],
            mentions,
            ..Extraction::default()
        },
        corpus,
    }
}

fn rows(data: &Dataset, q: &DocumentQuery) -> Vec<u32> {
    let index = DatasetIndex::build(data);
    document_rows(data, &index, q).ids.iter().map(|d| d.0).collect()
}

#[test]
fn facts_count_entities_and_countries() {
    let data = dataset();
    let index = DatasetIndex::build(&data);
    let a = index.facts(DocId(0));
    // Muttaqi, Russia ("Russia" inside "Russian", "Russian", "Russia"), Afghanistan, Kabul.
    assert_eq!(a.entities, 4);
    assert_eq!((a.countries[0].0.as_str(), a.countries[0].1), ("RUS", 3));
    assert_eq!(index.top_countries(DocId(0), 3), "Russia, Afghanistan");
    assert_eq!(index.top_countries(DocId(1), 1), "Pakistan");
    assert_eq!(index.facts(DocId(2)).countries, vec![]);
    let names: Vec<&str> = index.countries().iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["Afghanistan", "Pakistan", "Russia"]);
    assert_eq!(index.countries()[0].documents, 2);
    assert!(index.mentions(DocId(0), EntityId(0)));
    assert!(!index.mentions(DocId(1), EntityId(0)));
    assert_eq!(index.country_name("XYZ"), "XYZ");
}

#[test]
fn no_filters_lists_every_document_by_path() {
    let data = dataset();
    assert_eq!(rows(&data, &DocumentQuery::default()), [0, 1, 2]);
    assert!(!DocumentQuery::default().has_filters());
}

/// A large folder's word index is built on its own thread: a search typed before it is ready shows no
/// document and says it is pending; other filters work at once; once ready, the results are the usual ones.
#[test]
fn a_search_typed_before_the_word_index_is_ready_waits_for_it() {
    let data = std::sync::Arc::new(dataset());
    let q = DocumentQuery { search: "kabul".into(), ..Default::default() };
    let pending = DatasetIndex::without_search(&data);
    let r = document_rows(&data, &pending, &q);
    assert!(r.search_pending && r.ids.is_empty() && !pending.search_ready());
    let all = document_rows(&data, &pending, &DocumentQuery::default());
    assert!(!all.search_pending);
    assert_eq!(all.ids.len(), 3);
    let background = DatasetIndex::build_in_background(&data);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while !background.search_ready() {
        assert!(std::time::Instant::now() < deadline, "the index is built");
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    let r = document_rows(&data, &background, &q);
    assert!(!r.search_pending);
    assert_eq!((r.total_matches(), r.ids), (4, vec![DocId(0), DocId(2)]));
}

#[test]
fn search_is_case_insensitive_over_title_and_text_with_counts() {
    let data = dataset();
    let index = DatasetIndex::build(&data);
    let q = DocumentQuery { search: "KABUL".into(), ..Default::default() };
    let r = document_rows(&data, &index, &q);
    assert_eq!(r.ids, [DocId(0), DocId(2)]);
    // "Kabul talks" title + "in Kabul." in the text (the title is also the first line of the text).
    assert_eq!(r.matches_of(DocId(0)), 3);
    assert_eq!(r.matches_of(DocId(2)), 1);
    assert_eq!(r.total_matches(), 4);
    // Every word must occur.
    let q = DocumentQuery { search: "kabul pakistan".into(), ..Default::default() };
    assert!(rows(&data, &q).is_empty());
}

#[test]
fn entity_filter_requires_every_entity() {
    let data = dataset();
    let q = DocumentQuery { entities: vec![EntityId(2)], ..Default::default() };
    assert_eq!(rows(&data, &q), [0, 1]);
    let q = DocumentQuery { entities: vec![EntityId(2), EntityId(3)], ..Default::default() };
    assert_eq!(rows(&data, &q), [1]);
}

#[test]
fn country_filter_accepts_any_listed_country() {
    let data = dataset();
    let q = DocumentQuery { countries: vec!["PAK".into(), "RUS".into()], ..Default::default() };
    assert_eq!(rows(&data, &q), [0, 1]);
    let q = DocumentQuery { countries: vec!["PAK".into()], ..Default::default() };
    assert_eq!(rows(&data, &q), [1]);
}

#[test]
fn date_range_is_inclusive_and_drops_undated_documents() {
    let data = dataset();
    assert_eq!(data.corpus.documents[0].date, Date::new(2024, 5, 1));
    let q = DocumentQuery { date_from: Date::new(2024, 5, 1), ..Default::default() };
    assert_eq!(rows(&data, &q), [0]);
    let q = DocumentQuery { date_to: Date::new(2024, 4, 30), ..Default::default() };
    assert_eq!(rows(&data, &q), [1]);
}

#[test]
fn filters_combine_and_clear() {
    let data = dataset();
    let mut q = DocumentQuery {
        search: "border".into(),
        entities: vec![EntityId(2)],
        countries: vec!["PAK".into()],
        date_from: Date::new(2020, 1, 1),
        date_to: Date::new(2025, 1, 1),
        sort: Sort { column: DocColumn::Words, ascending: false },
    };
    assert!(q.has_filters());
    assert_eq!(rows(&data, &q), [1]);
    q.search = "kabul".into();
    assert!(rows(&data, &q).is_empty());
    q.clear_filters();
    assert!(!q.has_filters());
    assert_eq!(q.sort.column, DocColumn::Words);
    assert_eq!(rows(&data, &q).len(), 3);
}

#[test]
fn documents_sort_by_every_column() {
    let data = dataset();
    let sorted =
        |column, ascending| rows(&data, &DocumentQuery { sort: Sort { column, ascending }, ..Default::default() });
    assert_eq!(sorted(DocColumn::Title, true), [1, 0, 2]);
    assert_eq!(sorted(DocColumn::Source, false), [2, 1, 0]);
    // Undated documents stay last in both directions.
    assert_eq!(sorted(DocColumn::Date, true), [1, 0, 2]);
    assert_eq!(sorted(DocColumn::Date, false), [0, 1, 2]);
    assert_eq!(sorted(DocColumn::Entities, false), [0, 1, 2]);
    assert_eq!(sorted(DocColumn::Countries, true), [1, 0, 2]);
    let words: Vec<usize> =
        sorted(DocColumn::Words, true).iter().map(|i| data.corpus.documents[*i as usize].words).collect();
    assert!(words.windows(2).all(|w| w[0] <= w[1]));
}

#[test]
fn sort_toggle_reverses_the_same_column() {
    let mut s = Sort { column: DocColumn::Title, ascending: true };
    s.toggle(DocColumn::Title, true);
    assert!(!s.ascending);
    s.toggle(DocColumn::Words, false);
    assert_eq!((s.column, s.ascending), (DocColumn::Words, false));
}

#[test]
fn entity_table_filters_by_kind_search_and_documents() {
    let data = dataset();
    let names = |q: &EntityQuery| -> Vec<String> {
        entity_rows(&data, q).iter().map(|e| data.extraction.entities[e.index()].name.clone()).collect()
    };
    let all = EntityQuery::default();
    assert!(!all.has_filters());
    // Default: most documents first, ties by mentions then name.
    assert_eq!(names(&all)[0], "Afghanistan");
    assert_eq!(names(&all).len(), 6);
    let q = EntityQuery { search: "muttaqi".into(), ..Default::default() };
    assert_eq!(names(&q), ["Amir Khan Muttaqi"]);
    // Alias search.
    let q = EntityQuery { search: "ttp".into(), ..Default::default() };
    assert_eq!(names(&q), ["Tehrik-e-Taliban Pakistan"]);
    let q = EntityQuery { kinds: vec![EntityKind::Country], min_documents: 2, ..Default::default() };
    assert!(q.has_filters());
    assert_eq!(names(&q), ["Afghanistan"]);
    let q = EntityQuery {
        kinds: vec![EntityKind::Country],
        sort: Sort { column: EntityColumn::Name, ascending: true },
        ..Default::default()
    };
    assert_eq!(names(&q), ["Afghanistan", "Pakistan", "Russia"]);
    let mut q = q;
    q.clear_filters();
    assert_eq!(names(&q).len(), 6);
}

#[test]
fn queries_round_trip_through_json() {
    let q = DocumentQuery {
        search: "x".into(),
        entities: vec![EntityId(3)],
        countries: vec!["AFG".into()],
        date_from: Date::new(2024, 1, 2),
        date_to: None,
        sort: Sort { column: DocColumn::Countries, ascending: false },
    };
    let json = serde_json::to_string(&q).unwrap();
    assert!(json.contains("\"2024-01-02\""), "{json}");
    assert_eq!(serde_json::from_str::<DocumentQuery>(&json).unwrap(), q);
    let e = EntityQuery::default();
    let json = serde_json::to_string(&e).unwrap();
    assert_eq!(serde_json::from_str::<EntityQuery>(&json).unwrap(), e);
    // Missing fields take their defaults (older workspaces).
    assert_eq!(serde_json::from_str::<EntityQuery>("{}").unwrap(), EntityQuery::default());
}
