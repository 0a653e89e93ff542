//! The country × country interaction matrix: counts (or net cooperation) per pair of countries, with the
//! interactions behind every cell.

use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, HashSet};

use crate::corpus::{Corpus, Date, DocId};
use crate::extract::{Category, Extraction, Quad};

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
pub fn build(
    x: &Extraction,
    corpus: &Corpus,
    settings: &MatrixSettings,
    documents: Option<&HashSet<DocId>>,
    name_of: impl Fn(&str) -> String,
) -> CountryMatrix {
    let keep = |i: &crate::extract::Interaction| {
        (settings.include_hypothetical || !i.hypothetical)
            && (settings.categories.is_empty() || settings.categories.contains(&i.category))
            && (settings.quads.is_empty() || settings.quads.contains(&i.category.quad()))
            && documents.is_none_or(|d| d.contains(&i.doc))
            && date_ok(corpus.get(i.doc).and_then(|d| d.date), settings)
    };
    let mut codes: BTreeSet<&str> = BTreeSet::new();
    let chosen: Vec<usize> = x.interactions.iter().enumerate().filter(|(_, i)| keep(i)).map(|(n, _)| n).collect();
    for &n in &chosen {
        codes.insert(&x.interactions[n].source);
        codes.insert(&x.interactions[n].target);
    }
    if !settings.hide_empty {
        for i in &x.interactions {
            codes.insert(&i.source);
            codes.insert(&i.target);
        }
    }
    let mut totals: BTreeMap<&str, usize> = BTreeMap::new();
    for &n in &chosen {
        *totals.entry(&x.interactions[n].source).or_default() += 1;
        *totals.entry(&x.interactions[n].target).or_default() += 1;
    }
    let mut countries: Vec<String> = codes.into_iter().map(String::from).collect();
    match settings.order {
        MatrixOrder::Total => countries.sort_by(|a, b| {
            totals.get(b.as_str()).cmp(&totals.get(a.as_str())).then_with(|| name_of(a).cmp(&name_of(b)))
        }),
        MatrixOrder::Name => countries.sort_by_key(|c| name_of(c)),
    }
    let index: BTreeMap<&str, usize> = countries.iter().enumerate().map(|(i, c)| (c.as_str(), i)).collect();
    let mut m = CountryMatrix {
        row_totals: vec![0; countries.len()],
        col_totals: vec![0; countries.len()],
        directed: settings.directed,
        ..Default::default()
    };
    for &n in &chosen {
        let i = &x.interactions[n];
        let (s, t) = (index[i.source.as_str()], index[i.target.as_str()]);
        let mut cells = vec![(s, t)];
        if !settings.directed || i.symmetric {
            cells.push((t, s));
        }
        for (r, c) in cells {
            let cell = m.cells.entry((r, c)).or_default();
            if cell.interactions.last() == Some(&n) {
                continue;
            }
            cell.count += 1;
            cell.by_quad[Quad::ALL.iter().position(|q| *q == i.category.quad()).unwrap_or(0)] += 1;
            cell.interactions.push(n);
            m.row_totals[r] += 1;
            m.col_totals[c] += 1;
        }
    }
    m.countries = countries;
    m
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
