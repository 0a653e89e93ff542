//! What the Countries view shows about the cells of a [`CountryMatrix`], without any GUI: country names, the
//! position of a value on the colour scale, the numbers and labels written in and about a cell, its categories,
//! and the evidence (the sentences behind it) listed when a cell is selected.
//!
//! The app only paints what these functions return, so the behaviour of the view is tested here.

use super::matrix::{Cell, CountryMatrix, Measure};
use crate::corpus::{Corpus, Date, DocId};
use crate::extract::{Category, Extraction, Interaction, Knowledge};

/// The display name of a country code (the code itself when the bundled data does not know it).
pub fn country_name(code: &str) -> String {
    Knowledge::builtin().country(code).map(|c| c.name.clone()).unwrap_or_else(|| code.to_string())
}

/// Where `value` falls on a scale whose largest magnitude is `max`: 0..=1 for positive values, −1..=0 for
/// negative ones. Logarithmic, so that a few large cells do not wash out the rest.
pub fn scale_position(value: i64, max: i64) -> f32 {
    if max <= 0 || value == 0 {
        return 0.0;
    }
    let t = ((value.unsigned_abs() as f32).ln_1p() / (max as f32).ln_1p()).min(1.0);
    if value < 0 { -t } else { t }
}

/// Where a cell with `value` goes on the colour scale of `measure`, given the largest magnitude `max` in the
/// matrix: 0..=1 for counts (the smallest count, 1, at 0: an empty cell is not coloured at all, so a single
/// interaction needs no extra tint to be seen), −1 (all conflict) ..= 1 (all cooperation) for net cooperation.
pub fn color_position(value: i64, max: i64, measure: Measure) -> f32 {
    match measure {
        Measure::Count if max <= 1 => 1.0,
        Measure::Count => scale_position(value - 1, max - 1),
        Measure::Net => scale_position(value, max),
    }
}

/// How a value is written in a cell: "5", or "+3" / "−2" (a true minus sign) for net cooperation.
pub fn format_value(value: i64, measure: Measure) -> String {
    match (measure, value) {
        (Measure::Net, v) if v > 0 => format!("+{v}"),
        (Measure::Net, v) if v < 0 => format!("\u{2212}{}", v.unsigned_abs()),
        (_, v) => v.to_string(),
    }
}

/// "Afghanistan › Pakistan", or "Afghanistan – Pakistan" when undirected. ("›" rather than an arrow: the
/// bundled font has no arrows, and the text must render the same everywhere.)
pub fn dyad_label(source: &str, target: &str, directed: bool) -> String {
    format!("{source} {} {target}", if directed { "›" } else { "–" })
}

/// "1 interaction", "5 interactions".
pub fn interactions_label(n: usize) -> String {
    format!("{n} {}", if n == 1 { "interaction" } else { "interactions" })
}

/// What a cell says to a screen reader and in tests: "Afghanistan › Pakistan: 5 interactions", or with net
/// cooperation "Afghanistan › Pakistan: net −2 of 5 interactions".
pub fn cell_label(source: &str, target: &str, cell: &Cell, directed: bool, measure: Measure) -> String {
    let shown = match measure {
        Measure::Count => interactions_label(cell.count),
        Measure::Net => format!("net {} of {}", format_value(cell.net(), measure), interactions_label(cell.count)),
    };
    format!("{}: {shown}", dyad_label(source, target, directed))
}

/// The categories of a cell's interactions, most frequent first (ties in PLOVER order).
pub fn top_categories(cell: &Cell, x: &Extraction) -> Vec<(Category, usize)> {
    let mut counts = [0usize; Category::ALL.len()];
    for it in cell.interactions.iter().filter_map(|&i| x.interactions.get(i)) {
        if let Some(k) = Category::ALL.iter().position(|c| *c == it.category) {
            counts[k] += 1;
        }
    }
    let mut out: Vec<(Category, usize)> =
        Category::ALL.iter().zip(counts).filter(|(_, n)| *n > 0).map(|(c, n)| (*c, n)).collect();
    out.sort_by_key(|x| std::cmp::Reverse(x.1));
    out
}

/// One sentence behind a cell, with what the evidence panel shows about it.
#[derive(Clone, Debug, PartialEq)]
pub struct Evidence<'a> {
    /// Index into `Extraction::interactions`.
    pub index: usize,
    /// The interaction.
    pub interaction: &'a Interaction,
    /// Its document.
    pub doc: DocId,
    /// The document's title.
    pub title: &'a str,
    /// The document's path (relative to the folder).
    pub path: &'a str,
    /// The document's date.
    pub date: Option<Date>,
    /// The sentence index in the document.
    pub sentence: usize,
    /// The sentence.
    pub text: &'a str,
}

/// The evidence of cell `source` › `target` (ISO3 codes) of `m`: its interactions in document order, at most
/// `limit` of them (the panel lists a bounded number; the evidence CSV has them all). Empty when the cell is not
/// in the matrix, or is empty with its settings.
pub fn evidence<'a>(
    m: &CountryMatrix,
    x: &'a Extraction,
    corpus: &'a Corpus,
    source: &str,
    target: &str,
    limit: usize,
) -> Vec<Evidence<'a>> {
    let Some(cell) = m.cell_of(source, target) else { return Vec::new() };
    let mut out = Vec::new();
    for &index in &cell.interactions {
        if out.len() == limit {
            break;
        }
        let Some(interaction) = x.interactions.get(index) else { continue };
        let Some(doc) = corpus.get(interaction.doc) else { continue };
        let sentence = interaction.sentence as usize;
        out.push(Evidence {
            index,
            interaction,
            doc: doc.id,
            title: &doc.title,
            path: &doc.path,
            date: doc.date,
            sentence,
            text: doc.sentence_text(sentence),
        });
    }
    out
}

/// The interactions of `doc` (a slice: the extraction stores them in document order), for the reader's list.
pub fn doc_interactions(x: &Extraction, doc: DocId) -> &[Interaction] {
    let all = &x.interactions;
    let start = all.partition_point(|i| i.doc < doc);
    let end = start + all[start..].partition_point(|i| i.doc == doc);
    &all[start..end]
}

/// What the reader's list says about an interaction: "Afghanistan › Pakistan · ACCUSE" ("–" for a symmetric
/// event, "(hypothetical)" for one stated as possible).
pub fn interaction_label(it: &Interaction) -> String {
    let arrow = if it.symmetric { "–" } else { "›" };
    let mut label =
        format!("{} {arrow} {} · {}", country_name(&it.source), country_name(&it.target), it.category.as_str());
    if it.hypothetical {
        label.push_str(" (hypothetical)");
    }
    label
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::matrix::{MatrixSettings, build};
    use crate::extract::Quad;
    use crate::pipeline::from_texts;

    fn data() -> crate::pipeline::Dataset {
        from_texts([
            (
                "a.txt",
                "March 1, 2024\nPakistan accused Afghanistan of sheltering militants. Pakistan and Afghanistan held talks.",
            ),
            ("b.txt", "April 1, 2024\nChile and Peru signed a trade deal."),
        ])
    }

    #[test]
    fn evidence_lists_the_sentences_of_the_selected_cell_only() {
        let d = data();
        let m = build(&d.extraction, &d.corpus, &MatrixSettings::default(), None, country_name);
        let ev = evidence(&m, &d.extraction, &d.corpus, "PAK", "AFG", 100);
        let categories: Vec<Category> = ev.iter().map(|e| e.interaction.category).collect();
        assert!(categories.contains(&Category::Accuse), "{categories:?}");
        assert!(categories.contains(&Category::Consult), "{categories:?}");
        let accuse = ev.iter().find(|e| e.interaction.category == Category::Accuse).unwrap();
        assert!(accuse.text.starts_with("Pakistan accused Afghanistan"), "{}", accuse.text);
        assert_eq!((accuse.doc, accuse.path, accuse.date), (DocId(0), "a.txt", Date::new(2024, 3, 1)));
        // The other direction holds only the symmetric talks; an unknown pair, nothing.
        let back = evidence(&m, &d.extraction, &d.corpus, "AFG", "PAK", 100);
        assert!(back.iter().all(|e| e.interaction.symmetric && e.interaction.category != Category::Accuse));
        assert!(evidence(&m, &d.extraction, &d.corpus, "AFG", "CHL", 100).is_empty());
        assert_eq!(evidence(&m, &d.extraction, &d.corpus, "PAK", "AFG", 1).len(), 1, "the limit holds");
    }

    #[test]
    fn quad_filters_change_the_evidence() {
        let d = data();
        let coop = MatrixSettings { quads: [Quad::VerbalCoop, Quad::MaterialCoop].into(), ..Default::default() };
        let m = build(&d.extraction, &d.corpus, &coop, None, country_name);
        let ev = evidence(&m, &d.extraction, &d.corpus, "PAK", "AFG", 100);
        assert!(!ev.is_empty() && ev.iter().all(|e| e.interaction.category.quad().is_cooperation()));
    }

    #[test]
    fn colour_positions_are_monotone_and_span_the_scale() {
        assert_eq!(scale_position(0, 10), 0.0);
        assert_eq!(scale_position(10, 10), 1.0);
        assert_eq!(scale_position(-10, 10), -1.0);
        let ts: Vec<f32> = (0..=10).map(|v| scale_position(v, 10)).collect();
        assert!(ts.windows(2).all(|w| w[1] > w[0]), "{ts:?}");
        assert_eq!(scale_position(3, 0), 0.0, "no scale without values");
        // The smallest count starts the scale, the largest ends it; a lone count is the end.
        assert_eq!(color_position(1, 9, Measure::Count), 0.0);
        assert_eq!(color_position(9, 9, Measure::Count), 1.0);
        assert_eq!(color_position(1, 1, Measure::Count), 1.0);
        assert_eq!(color_position(-4, 4, Measure::Net), -1.0);
        assert!(color_position(2, 4, Measure::Net) > 0.0);
    }

    #[test]
    fn values_labels_and_categories() {
        assert_eq!(format_value(3, Measure::Net), "+3");
        assert_eq!(format_value(-2, Measure::Net), "\u{2212}2");
        assert_eq!(format_value(0, Measure::Net), "0");
        assert_eq!(format_value(4, Measure::Count), "4");
        assert_eq!(dyad_label("Afghanistan", "Pakistan", true), "Afghanistan › Pakistan");
        assert_eq!(dyad_label("Afghanistan", "Pakistan", false), "Afghanistan – Pakistan");
        assert_eq!(interactions_label(1), "1 interaction");
        assert_eq!(country_name("AFG"), "Afghanistan");
        assert_eq!(country_name("XXX"), "XXX");

        let d = data();
        let m = build(&d.extraction, &d.corpus, &MatrixSettings::default(), None, country_name);
        let cell = m.cell_of("PAK", "AFG").unwrap();
        let top = top_categories(cell, &d.extraction);
        assert_eq!(top.iter().map(|(_, n)| n).sum::<usize>(), cell.count);
        assert_eq!(
            cell_label("Pakistan", "Afghanistan", cell, true, Measure::Count),
            format!("Pakistan › Afghanistan: {} interactions", cell.count)
        );
        assert!(cell_label("Pakistan", "Afghanistan", cell, true, Measure::Net).contains("net "));
    }

    #[test]
    fn the_reader_list_holds_one_documents_interactions() {
        let d = data();
        let first = doc_interactions(&d.extraction, DocId(0));
        assert!(!first.is_empty() && first.iter().all(|i| i.doc == DocId(0)));
        let second = doc_interactions(&d.extraction, DocId(1));
        assert!(second.iter().all(|i| i.doc == DocId(1)));
        assert_eq!(first.len() + second.len(), d.extraction.interactions.len());
        assert!(doc_interactions(&d.extraction, DocId(7)).is_empty());
        let accuse = first.iter().find(|i| i.category == Category::Accuse).unwrap();
        assert_eq!(interaction_label(accuse), "Pakistan › Afghanistan · ACCUSE");
    }
}
