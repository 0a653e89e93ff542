//! The country × country interaction matrix: counts (or net cooperation) per pair of countries, with the
//! interactions behind every cell.

use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, HashSet};

use crate::corpus::{Corpus, Date, DocId};
use crate::extract::{Category, CountryCode, Extraction, Quad};

/// What a cell's colour shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Measure {
    /// Number of interactions.
    #[default]
    Count,
    /// Cooperation minus conflict.
    Net,
}

/// How rows and columns are ordered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum MatrixOrder {
    /// Most interactions first.
    #[default]
    Total,
    /// Alphabetical by country name.
    Name,
}

/// The matrix settings a user can change (saved in workspaces).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct MatrixSettings {
    /// Rows act on columns; otherwise each pair is one cell, mirrored.
    pub directed: bool,
    /// Only these categories (empty: all).
    pub categories: BTreeSet<Category>,
    /// Only these quad classes (empty: all).
    pub quads: BTreeSet<Quad>,
    /// Only documents dated on or after this.
    pub date_from: Option<Date>,
    /// Only documents dated on or before this.
    pub date_to: Option<Date>,
    /// Include hypothetical events ("could recognise").
    pub include_hypothetical: bool,
    /// What the colour shows.
    pub measure: Measure,
    /// Leave out countries without interactions.
    pub hide_empty: bool,
    /// Row and column order.
    pub order: MatrixOrder,
}

impl Default for MatrixSettings {
    fn default() -> Self {
        MatrixSettings {
            directed: true,
            categories: BTreeSet::new(),
            quads: BTreeSet::new(),
            date_from: None,
            date_to: None,
            include_hypothetical: false,
            measure: Measure::Count,
            hide_empty: true,
            order: MatrixOrder::Total,
        }
    }
}

/// One cell.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Cell {
    /// Interactions counted.
    pub count: usize,
    /// Counts per quad class, in [`Quad::ALL`] order.
    pub by_quad: [usize; 4],
    /// Indices into `Extraction::interactions`, in document order.
    pub interactions: Vec<usize>,
}

impl Cell {
    /// Cooperation minus conflict.
    pub fn net(&self) -> i64 {
        (self.by_quad[0] + self.by_quad[1]) as i64 - (self.by_quad[2] + self.by_quad[3]) as i64
    }
    /// The value the settings' measure shows.
    pub fn value(&self, measure: Measure) -> i64 {
        match measure {
            Measure::Count => self.count as i64,
            Measure::Net => self.net(),
        }
    }
}

/// The matrix.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CountryMatrix {
    /// ISO3 codes of rows and columns, in display order.
    pub countries: Vec<String>,
    /// Cells by (row, column) index into `countries`.
    pub cells: BTreeMap<(usize, usize), Cell>,
    /// Interactions per row.
    pub row_totals: Vec<usize>,
    /// Interactions per column.
    pub col_totals: Vec<usize>,
    /// Whether rows act on columns.
    pub directed: bool,
    /// How many interactions it counts (each in one cell, or two for a symmetric one in an undirected matrix).
    pub interactions: usize,
}

impl CountryMatrix {
    /// The cell at (row, column), if any interaction falls there.
    pub fn cell(&self, row: usize, col: usize) -> Option<&Cell> {
        self.cells.get(&(row, col))
    }
    /// The cell `source` → `target` by ISO3 codes, if both countries are shown and any interaction falls there.
    pub fn cell_of(&self, source: &str, target: &str) -> Option<&Cell> {
        self.cell(self.index_of(source)?, self.index_of(target)?)
    }
    /// The position of a country.
    pub fn index_of(&self, code: &str) -> Option<usize> {
        self.countries.iter().position(|c| c == code)
    }
    /// The largest absolute cell value for `measure` (for colour scales).
    pub fn max_value(&self, measure: Measure) -> i64 {
        self.cells.values().map(|c| c.value(measure).abs()).max().unwrap_or(0)
    }
}

/// Builds the matrix. `documents` restricts it to those documents (the tables' filter), `names` gives the
/// display name of each code (for ordering by name).
///
/// A large folder has about eight interactions per document (773,232 for 100,000 synthetic ones), so this is one
/// pass over them: documents checked once each, countries numbered through a table indexed by their code, cells
/// in a dense grid. Ordered maps keyed by text took 1.4 s at that size.
pub fn build(
    x: &Extraction,
    corpus: &Corpus,
    settings: &MatrixSettings,
    documents: Option<&HashSet<DocId>>,
    name_of: impl Fn(&str) -> String,
) -> CountryMatrix {
    let doc_ok: Vec<bool> = corpus
        .documents
        .iter()
        .map(|d| documents.is_none_or(|s| s.contains(&d.id)) && date_ok(d.date, settings))
        .collect();
    let keep = |i: &crate::extract::Interaction| {
        doc_ok.get(i.doc.index()).copied().unwrap_or(false)
            && (settings.include_hypothetical || !i.hypothetical)
            && (settings.categories.is_empty() || settings.categories.contains(&i.category))
            && (settings.quads.is_empty() || settings.quads.contains(&i.category.quad()))
    };
    // Every country named by any interaction, numbered as first seen. Its cells are gathered on a grid of those
    // numbers, which grows (rarely: a few hundred countries at most) when a new one is seen.
    let mut codes = CodeNumbers::default();
    let mut grid: Vec<Vec<Option<Cell>>> = Vec::new();
    // Each country's chosen interactions, as source or target.
    let mut totals: Vec<usize> = Vec::new();
    let mut count = 0;
    for (n, i) in x.interactions.iter().enumerate() {
        let (s, t) = (codes.number(i.source), codes.number(i.target));
        if grid.len() < codes.len() {
            grid.resize_with(codes.len(), Vec::new);
            totals.resize(codes.len(), 0);
        }
        if !keep(i) {
            continue;
        }
        count += 1;
        totals[s] += 1;
        totals[t] += 1;
        let quad = Quad::ALL.iter().position(|q| *q == i.category.quad()).unwrap_or(0);
        let both = !settings.directed || i.symmetric;
        for (r, c) in std::iter::once((s, t)).chain(both.then_some((t, s))) {
            let row = &mut grid[r];
            if row.len() <= c {
                row.resize_with(c + 1, || None);
            }
            let cell = row[c].get_or_insert_with(Cell::default);
            // A symmetric interaction of a country with itself falls in one cell once.
            if cell.interactions.last() == Some(&n) {
                continue;
            }
            cell.count += 1;
            cell.by_quad[quad] += 1;
            cell.interactions.push(n);
        }
    }
    // Shown: by code, then (stably) in the chosen order.
    let mut shown: Vec<usize> = (0..codes.len()).filter(|&k| !settings.hide_empty || totals[k] > 0).collect();
    shown.sort_by_key(|&k| codes.code(k));
    match settings.order {
        MatrixOrder::Total => shown.sort_by(|&a, &b| {
            totals[b].cmp(&totals[a]).then_with(|| name_of(&codes.code(a)).cmp(&name_of(&codes.code(b))))
        }),
        MatrixOrder::Name => shown.sort_by_cached_key(|&k| name_of(&codes.code(k))),
    }
    let mut position = vec![usize::MAX; codes.len()];
    for (p, &k) in shown.iter().enumerate() {
        position[k] = p;
    }
    let mut m = CountryMatrix {
        row_totals: vec![0; shown.len()],
        col_totals: vec![0; shown.len()],
        directed: settings.directed,
        interactions: count,
        countries: shown.iter().map(|&k| codes.code(k).to_string()).collect(),
        ..Default::default()
    };
    for (r, row) in grid.into_iter().enumerate() {
        for (c, cell) in row.into_iter().enumerate() {
            if let Some(cell) = cell {
                let (r, c) = (position[r], position[c]);
                m.row_totals[r] += cell.count;
                m.col_totals[c] += cell.count;
                m.cells.insert((r, c), cell);
            }
        }
    }
    m
}

/// Numbers for country codes in the order they are first seen, through a table indexed by the code's three
/// letters or digits (36³ entries) instead of a hash of it.
#[derive(Default)]
struct CodeNumbers {
    table: Vec<u32>,
    codes: Vec<CountryCode>,
}

impl CodeNumbers {
    fn number(&mut self, code: CountryCode) -> usize {
        let slot = code.as_str().bytes().fold(0, |acc, b| {
            let digit = if b.is_ascii_digit() { b - b'0' } else { b.to_ascii_uppercase().wrapping_sub(b'A') + 10 };
            acc * 36 + usize::from(digit % 36)
        });
        if self.table.is_empty() {
            self.table = vec![u32::MAX; 36 * 36 * 36];
        }
        // Codes that differ only in case share a slot: check it really is this code.
        match self.table[slot] {
            k if k != u32::MAX && self.codes[k as usize] == code => k as usize,
            _ => match self.codes.iter().position(|c| *c == code) {
                Some(k) => k,
                None => {
                    self.table[slot] = self.codes.len() as u32;
                    self.codes.push(code);
                    self.codes.len() - 1
                }
            },
        }
    }

    fn len(&self) -> usize {
        self.codes.len()
    }

    fn code(&self, k: usize) -> CountryCode {
        self.codes[k]
    }
}

fn date_ok(date: Option<Date>, s: &MatrixSettings) -> bool {
    match date {
        Some(d) => s.date_from.is_none_or(|f| d >= f) && s.date_to.is_none_or(|t| d <= t),
        None => s.date_from.is_none() && s.date_to.is_none(),
    }
}

/// The matrix as CSV (UTF-8 with BOM, for spreadsheets): a header of country names, one row per source
/// country with the cell values, and totals.
pub fn to_csv(m: &CountryMatrix, measure: Measure, name_of: impl Fn(&str) -> String) -> String {
    let mut out = String::from("\u{feff}");
    let field = |s: &str| {
        if s.contains([',', '"', '\n']) { format!("\"{}\"", s.replace('"', "\"\"")) } else { s.to_string() }
    };
    out.push_str(if m.directed { "source \\ target" } else { "country" });
    for c in &m.countries {
        out.push(',');
        out.push_str(&field(&name_of(c)));
    }
    out.push_str(",total\r\n");
    for (r, code) in m.countries.iter().enumerate() {
        out.push_str(&field(&name_of(code)));
        for c in 0..m.countries.len() {
            out.push(',');
            if let Some(cell) = m.cell(r, c) {
                out.push_str(&cell.value(measure).to_string());
            } else {
                out.push('0');
            }
        }
        out.push_str(&format!(",{}\r\n", m.row_totals[r]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::from_texts;

    fn seeds_like() -> crate::pipeline::Dataset {
        from_texts([
            (
                "a.txt",
                "March 1, 2024\nPakistan accused Afghanistan of sheltering militants. Pakistan and Afghanistan held talks.",
            ),
            ("b.txt", "April 1, 2024\nChile and Peru signed a trade deal."),
        ])
    }

    #[test]
    fn directed_cells_and_totals() {
        let d = seeds_like();
        let m = build(&d.extraction, &d.corpus, &MatrixSettings::default(), None, |c| c.to_string());
        let (pak, afg) = (m.index_of("PAK").unwrap(), m.index_of("AFG").unwrap());
        let accuse = m.cell(pak, afg).expect("Pakistan → Afghanistan");
        assert!(accuse.count >= 2, "the accusation and the (symmetric) talks");
        assert_eq!(accuse.by_quad[2], 1, "one verbal conflict");
        assert!(
            m.cell(afg, pak).is_some_and(|c| c.count < accuse.count),
            "talks go both ways, the accusation does not"
        );
        assert_eq!(m.row_totals.iter().sum::<usize>(), m.col_totals.iter().sum::<usize>());
    }

    #[test]
    fn filters_by_quad_document_and_date() {
        let d = seeds_like();
        let conflict = MatrixSettings { quads: [Quad::VerbalConflict].into(), ..Default::default() };
        let m = build(&d.extraction, &d.corpus, &conflict, None, |c| c.to_string());
        assert_eq!(m.countries.len(), 2, "only Pakistan and Afghanistan accuse: {:?}", m.countries);
        let only_b: HashSet<DocId> = [DocId(1)].into();
        let m = build(&d.extraction, &d.corpus, &MatrixSettings::default(), Some(&only_b), |c| c.to_string());
        assert!(m.index_of("PAK").is_none() && m.index_of("CHL").is_some());
        let late = MatrixSettings { date_from: Date::new(2024, 3, 15), ..Default::default() };
        let m = build(&d.extraction, &d.corpus, &late, None, |c| c.to_string());
        assert!(m.index_of("PAK").is_none());
    }

    #[test]
    fn csv_has_a_bom_a_header_and_a_row_per_country() {
        let d = seeds_like();
        let m = build(&d.extraction, &d.corpus, &MatrixSettings::default(), None, |c| c.to_string());
        let csv = to_csv(&m, Measure::Count, |c| c.to_string());
        assert!(csv.starts_with('\u{feff}'));
        assert_eq!(csv.lines().count(), m.countries.len() + 1);
    }
}
