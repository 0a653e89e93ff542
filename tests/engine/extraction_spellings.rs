//! People's names in transliterations that read a sound two ways: "kh" and "x" as "h" (Russian spellings of Central
//! Asian names: "Rakhmon" for "Rahmon"), "gh" as "q" (Persian: "Araghchi" / "Araqchi"), within a document and
//! across documents, and where that second reading stops.

use crate::extraction_common::{extract, named};
use dossier::extract::{Entity, EntityKind};

/// The people whose names start with `start`.
fn people_starting<'a>(x: &'a dossier::extract::Extraction, start: &str) -> Vec<&'a Entity> {
    x.entities.iter().filter(|e| e.kind == EntityKind::Person && e.name.starts_with(start)).collect()
}

#[test]
fn a_lone_surname_with_kh_or_gh_is_the_person_written_with_h_or_q() {
    let d = extract(&[
        (
            "a.txt",
            "Interior Minister Rustam Rahmonzoda arrived in Dushanbe. Rakhmonzoda later said the talks had gone well.",
        ),
        ("b.txt", "Deputy Minister Hossein Qalibzadeh met envoys in Tehran. Ghalibzadeh said nothing afterwards."),
        ("c.txt", "Minister Farrukh Kholmatov spoke on Monday. Holmatov then left for Tashkent."),
    ]);
    let x = &d.extraction;
    for (name, mentions) in [("Rustam Rahmonzoda", 2), ("Hossein Qalibzadeh", 2), ("Farrukh Kholmatov", 2)] {
        let person = named(x, name);
        assert_eq!(person.map(|p| p.mentions), Some(mentions), "{name}: {:?}", x.entities);
    }
    for lone in ["Rakhmonzoda", "Ghalibzadeh", "Holmatov"] {
        assert!(named(x, lone).is_none(), "{lone}: {:?}", x.entities);
    }
}

#[test]
fn whole_names_read_two_ways_join_across_documents() {
    let d = extract(&[
        ("a.txt", "Deputy Minister Dilshod Rakhimbekov met Abbas Araghzadeh in Ashgabat."),
        ("b.txt", "Dilshod Rahimbekov and Abbas Araqzadeh later flew to Baku."),
    ]);
    let x = &d.extraction;
    for start in ["Dilshod", "Abbas"] {
        let people = people_starting(x, start);
        assert_eq!(people.len(), 1, "{start}: {people:?}");
        assert_eq!(people[0].documents, 2, "{start}: {people:?}");
    }
}

#[test]
fn the_second_reading_never_overrides_a_spelling_given_nor_joins_short_names() {
    let d = extract(&[
        (
            "a.txt",
            "Minister Anvar Rakhimov met Senator Timur Rahimov in Almaty. Rahimov said the meeting had been useful.",
        ),
        ("b.txt", "Analyst Omar Han spoke to reporters in Kabul."),
        ("c.txt", "Analyst Omar Khan spoke to reporters in Kabul."),
    ]);
    let x = &d.extraction;
    // "Rahimov" is the person spelling it so, not the one whose name reads so too.
    assert_eq!(named(x, "Timur Rahimov").map(|p| p.mentions), Some(2), "{:?}", x.entities);
    assert_eq!(named(x, "Anvar Rakhimov").map(|p| p.mentions), Some(1), "{:?}", x.entities);
    // A word of three letters is too short to be told from another name.
    assert!(named(x, "Omar Han").is_some() && named(x, "Omar Khan").is_some(), "{:?}", x.entities);
}
