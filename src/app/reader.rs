//! The document reader: the selected document's text with mentions, search matches and a sentence highlighted.
//!
//! The laid-out text (`reader_text::BlockText`) is kept per document, search, selected entity, sentence, theme
//! and width, so scrolling only paints; a long document is laid out a block at a time as it comes into view.

use eframe::egui::scroll_area::State;
use eframe::egui::text::LayoutJob;
use eframe::egui::{self, Align, RichText, Sense, Ui};
use std::ops::Range;
use std::sync::Arc;

use super::reader_text::{self, BlockText, Look, Marks, Mentions};
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
    text: BlockText,
    /// The selected sentence's first character.
    sentence_char: Option<usize>,
    /// Where the text was painted last frame.
    origin: egui::Pos2,
}

/// The reader panel. It keeps the laid-out text of the document it shows.
#[derive(Default)]
pub struct Reader {
    cache: Option<Cached>,
    scrolled_for: u64,
    /// How much narrower the text is than the reader: the scroll area's margins and bar as of last frame (none
    /// with egui's floating scroll bars).
    gutter: f32,
    /// The text's scroll area, for the scroll position it will start the frame at.
    scroll_id: Option<(ScrollSalt, egui::Id)>,
}

/// What tells one reader scroll area from another: the loaded folder's generation and the document.
type ScrollSalt = (&'static str, u64, DocId);

impl Reader {
    /// What is highlighted in the shown document (as of the last frame), in text order: all of it for a document up
    /// to 256 KB, the part laid out around the view for a longer one.
    pub fn highlights(&self) -> Vec<Highlight> {
        self.cache.as_ref().map_or_else(Vec::new, |c| c.text.highlights().cloned().collect())
    }

    /// The middle of a highlight's first character on screen, as painted last frame (it may be scrolled out of
    /// view).
    pub fn highlight_pos(&self, highlight: &Highlight) -> Option<egui::Pos2> {
        let c = self.cache.as_ref()?;
        let r = c.text.char_rect(highlight.chars.start);
        Some(c.origin + r.center().to_vec2() + egui::vec2(2.0, 0.0))
    }

    /// The sentence highlighted in the shown document (as of the last frame).
    pub fn highlighted_sentence(&self) -> Option<usize> {
        self.cache.as_ref().and_then(|c| c.key.sentence)
    }

    /// How many blocks of the shown text are laid out, and how many there are (as of the last frame).
    pub fn laid_out_blocks(&self) -> (usize, usize) {
        self.cache.as_ref().map_or((0, 0), |c| c.text.laid_out())
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
        // The text wraps at the scroll area's inner width, which was measured last frame.
        let view = ui.available_height();
        let width = (ui.available_width() - self.gutter).max(100.0);
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
            // The blocks and the mentions depend on the document alone (edits to entities load a new
            // generation): kept when only the search, selection, theme or width change.
            let parts = match self.cache.take() {
                Some(c) if c.key.generation == key.generation && c.key.doc == key.doc => c.text.into_parts(),
                _ => (reader_text::split_blocks(&doc.text), mentions(loaded, doc)),
            };
            self.cache = Some(build(ui, loaded, key, parts));
        }
        let Some(cached) = &mut self.cache else {
            return;
        };
        let (ctx, ex, text) = (ui.ctx().clone(), &loaded.data.extraction, doc.text.as_str());
        let salt: ScrollSalt = ("reader", loaded.generation, doc.id);
        let mut area = egui::ScrollArea::vertical().id_salt(salt).auto_shrink([false, false]);
        if scroll_now {
            let target = match (selection.sentence, cached.sentence_char) {
                (Some(_), Some(c)) => {
                    cached.text.lay_out(&ctx, ex, text, cached.text.block_of_char(c));
                    (cached.text.char_rect(c).center().y - view / 2.0).max(0.0)
                }
                _ => 0.0,
            };
            area = area.vertical_scroll_offset(cached.text.prepare_view(&ctx, ex, text, target, view));
        } else {
            let state = self.scroll_id.filter(|(of, _)| *of == salt).and_then(|(_, id)| State::load(&ctx, id));
            let offset = state.map_or(0.0, |s| s.unclamped_offset().y);
            let anchored = cached.text.prepare_view(&ctx, ex, text, offset, view);
            if (anchored - offset).abs() > 0.5 {
                area = area.vertical_scroll_offset(anchored);
            }
        }
        let outer_width = ui.available_width();
        let gutter = &mut self.gutter;
        let output = area.show_viewport(ui, |ui, viewport| {
            *gutter = outer_width - ui.available_width();
            show_text(ui, cached, loaded, text, viewport.y_range(), actions);
        });
        self.scroll_id = Some((salt, output.id));
        if scroll_now {
            self.scrolled_for = selection.scroll_request;
        }
    }
}

/// Paints the blocks of the text in `view` and answers the pointer over them.
fn show_text(
    ui: &mut Ui,
    cached: &mut Cached,
    loaded: &Loaded,
    text: &str,
    view: egui::Rangef,
    actions: &mut Vec<Action>,
) {
    let ex = &loaded.data.extraction;
    cached.text.cover(ui.ctx(), ex, text, view);
    cached.text.forget_far(view);
    let origin = ui.max_rect().min;
    cached.origin = origin;
    let cached = &*cached;
    let laid = &cached.text;
    // A short text answers as a whole, so that screen readers (and tests) find all of it; a long one, in view.
    let shown =
        if laid.is_whole() { 0..laid.blocks().len() } else { laid.block_at(view.min)..laid.block_at(view.max) + 1 };
    for i in shown {
        let Some(galley) = laid.galley(i) else {
            continue;
        };
        let rect = egui::Rect::from_min_size(origin + egui::vec2(0.0, laid.top(i)), galley.size());
        let visible = egui::Rangef::new(laid.top(i), laid.top(i) + galley.size().y).intersects(view.expand(1.0));
        let response = ui.interact(rect, ui.scope_id().with(("reader block", i)), Sense::click());
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, galley.text()));
        if visible {
            ui.painter().galley(rect.min, Arc::clone(galley), ui.visuals().text_color());
        }
        let mark_at = |pos: egui::Pos2| laid.entity_at(i, galley.cursor_from_pos(pos - rect.min).index.0);
        if let Some(entity) = response.hover_pos().and_then(mark_at)
            && let Some(e) = ex.entity(entity)
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
    }
    ui.set_min_size(egui::vec2(ui.available_width(), laid.height()));
}

/// The mentions in `doc`'s text, sorted and without overlaps (the first wins).
fn mentions(loaded: &Loaded, doc: &crate::corpus::Document) -> Mentions {
    let text = doc.text.as_str();
    let mut mentions = Mentions::new();
    for m in loaded.data.extraction.doc_mentions(doc.id) {
        let r = m.range();
        if r.end > text.len() || !text.is_char_boundary(r.start) || !text.is_char_boundary(r.end) {
            continue;
        }
        if mentions.last().is_none_or(|(last, _)| last.end <= r.start) {
            mentions.push((r, m.entity));
        }
    }
    mentions
}

/// Prepares the document text (cut into blocks, with its `mentions`) with its highlights.
fn build(ui: &Ui, loaded: &Loaded, key: Key, parts: (Vec<reader_text::Block>, Mentions)) -> Cached {
    let doc = &loaded.data.corpus.documents[key.doc.index()];
    let text = doc.text.as_str();
    let ex = &loaded.data.extraction;
    let (blocks, mentions) = parts;
    let marks = Marks {
        mentions,
        terms: key.terms.clone(),
        sentence: key.sentence.and_then(|i| doc.sentences.get(i)).map(|s| s.range()),
    };
    let sentence_start = marks.sentence.as_ref().map(|r| r.start);
    let look = Look {
        font: egui::TextStyle::Body.resolve(ui.style()),
        // Body text a little stronger than egui's default label grey: this is for reading.
        color: if key.dark { egui::Color32::from_gray(218) } else { egui::Color32::from_gray(28) },
        strong: ui.visuals().strong_text_color(),
        dark: key.dark,
        selected: key.entity,
        width: key.width as f32,
    };
    let laid = BlockText::new(ui.ctx(), ex, text, blocks, marks, look);
    let sentence_char = sentence_start.map(|b| laid.char_of_byte(text, b));
    Cached { key, text: laid, sentence_char, origin: egui::Pos2::ZERO }
}
