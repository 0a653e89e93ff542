//! The document reader: the selected document's text with mentions, search matches and a sentence highlighted.
//!
//! The laid-out text (a [`Galley`]) is cached per document, search, selected entity, sentence, theme and width,
//! so scrolling a long document only paints; nothing is re-laid out per frame.

use eframe::egui::text::{CCursor, LayoutJob, TextFormat};
use eframe::egui::{self, Align, Galley, RichText, Sense, Stroke, Ui};
use std::ops::Range;
use std::sync::Arc;

use super::state::{Action, Loaded, Selection};
use super::theme;
use super::widgets;
use crate::analysis::SearchTerms;
use crate::corpus::DocId;
use crate::extract::EntityId;

/// Something highlighted in the reader's text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Highlight {
    /// Byte range in the document text.
    pub range: Range<usize>,
    /// The entity mentioned, for a mention.
    pub entity: Option<EntityId>,
    /// Whether it is a search match.
    pub search: bool,
    /// Character range in the document text (what the laid-out text counts in).
    pub chars: Range<usize>,
}

#[derive(Clone, Debug, PartialEq)]
struct Key {
    generation: u64,
    doc: DocId,
    terms: SearchTerms,
    entity: Option<EntityId>,
    sentence: Option<usize>,
    dark: bool,
    width: u32,
}

struct Cached {
    key: Key,
    galley: Arc<Galley>,
    /// Mention segments as character ranges, sorted, for hit-testing the pointer.
    marks: Vec<(Range<usize>, EntityId)>,
    sentence_char: Option<usize>,
    highlights: Vec<Highlight>,
    /// Where the text was painted last frame.
    origin: egui::Pos2,
}

/// The reader panel. It keeps the laid-out text of the document it shows.
#[derive(Default)]
pub struct Reader {
    cache: Option<Cached>,
    scrolled_for: u64,
}

impl Reader {
    /// What is highlighted in the shown document (as of the last frame), in text order.
    pub fn highlights(&self) -> &[Highlight] {
        self.cache.as_ref().map_or(&[], |c| &c.highlights)
    }

    /// The middle of a highlight's first character on screen, as painted last frame (it may be scrolled out of
    /// view).
    pub fn highlight_pos(&self, highlight: &Highlight) -> Option<egui::Pos2> {
        let c = self.cache.as_ref()?;
        let r = c.galley.pos_from_cursor(CCursor::new(highlight.chars.start));
        Some(c.origin + r.center().to_vec2() + egui::vec2(2.0, 0.0))
    }

    /// The sentence highlighted in the shown document (as of the last frame).
    pub fn highlighted_sentence(&self) -> Option<usize> {
        self.cache.as_ref().and_then(|c| c.key.sentence)
    }

    /// The document shown (as of the last frame).
    pub fn document(&self) -> Option<DocId> {
        self.cache.as_ref().map(|c| c.key.doc)
    }

    /// Shows the reader. `search` is the documents view's search, highlighted in the text.
    pub fn ui(&mut self, ui: &mut Ui, loaded: &Loaded, selection: &Selection, search: &str, actions: &mut Vec<Action>) {
        let Some(doc) = selection.document.and_then(|d| loaded.data.corpus.get(d)) else {
            self.cache = None;
            widgets::empty_state(
                ui,
                "No document open",
                "Select a document in the table, or a sentence in the entity details, to read it here.",
                None,
            );
            return;
        };
        let terms = SearchTerms::parse(search);
        // Headlines found in the text can be long: at most two lines, the whole title on hover.
        let mut title = LayoutJob::default();
        RichText::new(&doc.title).heading().strong().append_to(
            &mut title,
            ui.style(),
            egui::FontSelection::Default,
            Align::Min,
        );
        title.wrap.max_width = ui.available_width();
        title.wrap.max_rows = 2;
        ui.add(egui::Label::new(title)).on_hover_text(&doc.title);
        ui.horizontal_wrapped(|ui| {
            let mut meta = Vec::new();
            if let Some(d) = doc.date {
                meta.push(d.to_string());
            }
            meta.push(doc.file_name().to_string());
            meta.push(doc.format.label().to_string());
            // Non-breaking spaces: a wrapped line never starts with a unit apart from its number.
            meta.push(format!("{}\u{a0}words", doc.words));
            let n = loaded.index.facts(doc.id).entities;
            meta.push(format!("{n}\u{a0}{}", if n == 1 { "entity" } else { "entities" }));
            ui.label(RichText::new(meta.join("  ·  ")).weak()).on_hover_text(&doc.path);
        });
        theme::legend(ui, !terms.is_empty());
        super::reader_events::list(ui, loaded, doc.id, selection, actions);
        ui.separator();

        let scroll_now = selection.scroll_request != self.scrolled_for;
        let mut area =
            egui::ScrollArea::vertical().id_salt(("reader", loaded.generation, doc.id)).auto_shrink([false, false]);
        if scroll_now && selection.sentence.is_none() {
            area = area.vertical_scroll_offset(0.0);
        }
        area.show(ui, |ui| {
            let width = ui.available_width().max(100.0);
            let key = Key {
                generation: loaded.generation,
                doc: doc.id,
                terms,
                entity: selection.entity,
                sentence: selection.sentence,
                dark: ui.visuals().dark_mode,
                width: width.round() as u32,
            };
            if self.cache.as_ref().map(|c| &c.key) != Some(&key) {
                self.cache = Some(build(ui, loaded, key));
            }
            let Some(cached) = &mut self.cache else {
                return;
            };
            let galley = Arc::clone(&cached.galley);
            let (rect, response) = ui.allocate_exact_size(galley.size(), Sense::click());
            cached.origin = rect.min;
            let cached = &*cached;
            response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, galley.text()));
            if ui.is_rect_visible(rect) {
                ui.painter().galley(rect.min, Arc::clone(&galley), ui.visuals().text_color());
            }
            if scroll_now && let Some(c) = cached.sentence_char {
                let at = galley.pos_from_cursor(CCursor::new(c));
                ui.scroll_to_rect(at.translate(rect.min.to_vec2()), Some(Align::Center));
            }
            let mark_at = |pos: egui::Pos2| {
                let c = galley.cursor_from_pos(pos - rect.min).index.0;
                let i = cached.marks.partition_point(|(r, _)| r.end <= c);
                cached.marks.get(i).filter(|(r, _)| r.start <= c).map(|(_, e)| *e)
            };
            if let Some(entity) = response.hover_pos().and_then(mark_at)
                && let Some(e) = loaded.data.extraction.entity(entity)
            {
                ui.ctx().set_cursor_icon(egui::CursorIcon::PointingHand);
                let tip = format!("{} — {}. Click to select.", e.name, e.kind.label());
                response.clone().on_hover_text_at_pointer(tip);
            }
            if response.clicked()
                && let Some(entity) = response.interact_pointer_pos().and_then(mark_at)
            {
                actions.push(Action::SelectEntity { entity, add: false, reveal: false });
            }
        });
        if scroll_now {
            self.scrolled_for = selection.scroll_request;
        }
    }
}

/// Lays out the document text with its highlights.
fn build(ui: &Ui, loaded: &Loaded, key: Key) -> Cached {
    let doc = &loaded.data.corpus.documents[key.doc.index()];
    let text = doc.text.as_str();
    let ex = &loaded.data.extraction;
    let dark = key.dark;

    // Mentions, without overlaps (the first wins).
    let mut mentions: Vec<(Range<usize>, EntityId)> = Vec::new();
    for m in ex.doc_mentions(doc.id) {
        let r = m.range();
        if r.end > text.len() || !text.is_char_boundary(r.start) || !text.is_char_boundary(r.end) {
            continue;
        }
        if mentions.last().is_none_or(|(last, _)| last.end <= r.start) {
            mentions.push((r, m.entity));
        }
    }
    let found = key.terms.find_in(text);
    let sentence = key.sentence.and_then(|i| doc.sentences.get(i)).map(|s| s.range());

    let mut cuts: Vec<usize> = vec![0, text.len()];
    for (r, _) in &mentions {
        cuts.extend([r.start, r.end]);
    }
    for r in &found {
        cuts.extend([r.start, r.end]);
    }
    if let Some(r) = &sentence {
        cuts.extend([r.start, r.end]);
    }
    cuts.sort_unstable();
    cuts.dedup();

    let font_id = egui::TextStyle::Body.resolve(ui.style());
    // Body text a little stronger than egui's default label grey: this is for reading.
    let color = if dark { egui::Color32::from_gray(218) } else { egui::Color32::from_gray(28) };
    let mut job = LayoutJob::default();
    job.wrap.max_width = key.width as f32;
    let mut marks = Vec::new();
    let mut highlights: Vec<Highlight> = Vec::new();
    let (mut mi, mut fi) = (0, 0);
    let mut chars = 0usize;
    let mut sentence_char = None;
    for w in cuts.windows(2) {
        let (a, b) = (w[0], w[1]);
        while mi < mentions.len() && mentions[mi].0.end <= a {
            mi += 1;
        }
        while fi < found.len() && found[fi].end <= a {
            fi += 1;
        }
        let mention = mentions.get(mi).filter(|(r, _)| r.start <= a).map(|(_, e)| *e);
        let is_found = found.get(fi).is_some_and(|r| r.start <= a);
        let in_sentence = sentence.as_ref().is_some_and(|r| r.start <= a && a < r.end);
        if in_sentence && sentence_char.is_none() {
            sentence_char = Some(chars);
        }
        let mut format = TextFormat::simple(font_id.clone(), color);
        if in_sentence {
            format.background = theme::sentence_highlight(dark);
        }
        if let Some(e) = mention.and_then(|e| ex.entity(e)) {
            format.background = theme::kind_highlight(e.kind, dark);
            if Some(e.id) == key.entity {
                format.underline = Stroke::new(2.0, theme::kind_color(e.kind, dark));
                format.color = ui.visuals().strong_text_color();
            }
        }
        if is_found {
            format.background = theme::search_highlight(dark);
            format.color = ui.visuals().strong_text_color();
        }
        let piece = &text[a..b];
        let n = piece.chars().count();
        if let Some(e) = mention {
            marks.push((chars..chars + n, e));
        }
        if mention.is_some() || is_found {
            let same =
                highlights.last().is_some_and(|h| h.range.end == a && h.entity == mention && h.search == is_found);
            if same {
                if let Some(h) = highlights.last_mut() {
                    h.range.end = b;
                    h.chars.end = chars + n;
                }
            } else {
                highlights.push(Highlight { range: a..b, entity: mention, search: is_found, chars: chars..chars + n });
            }
        }
        chars += n;
        job.append(piece, 0.0, format);
    }
    let galley = ui.ctx().fonts_mut(|f| f.layout_job(job));
    Cached { key, galley, marks, sentence_char, highlights, origin: egui::Pos2::ZERO }
}
