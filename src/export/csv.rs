//! CSV exports for spreadsheets: UTF-8 with a byte-order mark (so Excel reads non-ASCII names), CRLF line ends,
//! fields quoted when they hold commas, quotes or line breaks.

use crate::analysis::matrix::{CountryMatrix, Measure};
use crate::analysis::matrix_cells::country_name;
use crate::pipeline::Dataset;

/// A CSV document being written.
struct Csv(String);

impl Csv {
    fn new(header: &[&str]) -> Csv {
        let mut c = Csv(String::from("\u{feff}"));
        c.row(header.iter().copied());
        c
    }

    fn row<'a>(&mut self, fields: impl IntoIterator<Item = &'a str>) {
        for (i, f) in fields.into_iter().enumerate() {
            if i > 0 {
                self.0.push(',');
            }
            if f.contains([',', '"', '\n', '\r']) || f.starts_with([' ', '=', '+', '-', '@']) && !f.trim().is_empty() {
                // Quote, and neutralise leading formula characters so a spreadsheet shows the text as written.
                self.0.push('"');
                if f.starts_with(['=', '+', '-', '@']) {
                    self.0.push('\'');
                }
                self.0.push_str(&f.replace('"', "\"\""));
                self.0.push('"');
            } else {
                self.0.push_str(f);
            }
        }
        self.0.push_str("\r\n");
    }
}

/// One row per document: id, path, title, date, format, words, entities, countries.
pub fn documents_csv(data: &Dataset) -> String {
    let mut c = Csv::new(&["id", "path", "title", "date", "format", "words", "entities", "countries"]);
    for d in &data.corpus.documents {
        let mentions = data.extraction.doc_mentions(d.id);
        let mut entities: Vec<_> = mentions.iter().map(|m| m.entity).collect();
        entities.sort_unstable();
        entities.dedup();
        let countries: Vec<&str> =
            entities.iter().filter_map(|e| data.extraction.entity(*e)).filter_map(|e| e.code.as_deref()).collect();
        let (id, date, words, n) = (
            d.id.to_string(),
            d.date.map(|x| x.to_string()).unwrap_or_default(),
            d.words.to_string(),
            entities.len().to_string(),
        );
        let countries = countries.join(" ");
        c.row([id.as_str(), &d.path, &d.title, &date, d.format.label(), &words, &n, &countries]);
    }
    c.0
}

/// One row per entity: id, name, kind, code, country, organization, subtype, documents, mentions, aliases.
pub fn entities_csv(data: &Dataset) -> String {
    let mut c = Csv::new(&[
        "id",
        "name",
        "kind",
        "code",
        "country",
        "organization",
        "subtype",
        "documents",
        "mentions",
        "aliases",
    ]);
    for e in &data.extraction.entities {
        let (id, docs, mentions) = (e.id.to_string(), e.documents.to_string(), e.mentions.to_string());
        let aliases = e.aliases.join("; ");
        c.row([
            id.as_str(),
            &e.name,
            e.kind.as_str(),
            e.code.as_deref().unwrap_or(""),
            e.country.as_deref().unwrap_or(""),
            e.organization.as_deref().unwrap_or(""),
            e.subtype.as_deref().unwrap_or(""),
            &docs,
            &mentions,
            &aliases,
        ]);
    }
    c.0
}

/// The matrix's evidence: one row per interaction behind its cells (source, target, category, quad, document,
/// sentence, text).
pub fn interactions_csv(data: &Dataset, matrix: &CountryMatrix) -> String {
    let name = country_name;
    let mut c =
        Csv::new(&["source", "target", "category", "quad", "symmetric", "document", "path", "sentence", "text"]);
    let mut seen: Vec<usize> = matrix.cells.values().flat_map(|cell| cell.interactions.iter().copied()).collect();
    seen.sort_unstable();
    seen.dedup();
    for n in seen {
        let Some(i) = data.extraction.interactions.get(n) else { continue };
        let Some(doc) = data.corpus.get(i.doc) else { continue };
        let (src, tgt, sentence) = (name(&i.source), name(&i.target), i.sentence.to_string());
        let symmetric = if i.symmetric { "yes" } else { "no" };
        let docid = i.doc.to_string();
        c.row([
            src.as_str(),
            &tgt,
            i.category.as_str(),
            i.category.quad().as_str(),
            symmetric,
            &docid,
            &doc.path,
            &sentence,
            doc.sentence_text(i.sentence as usize),
        ]);
    }
    c.0
}

/// The matrix itself (see [`crate::analysis::matrix::to_csv`]), with country names.
pub fn matrix_csv(matrix: &CountryMatrix, measure: Measure) -> String {
    crate::analysis::matrix::to_csv(matrix, measure, country_name)
}
