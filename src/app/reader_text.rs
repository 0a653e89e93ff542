//! The reader's text, laid out a block at a time.
//!
//! egui lays text out at about 36 ms a megabyte, on the UI thread: its fonts sit behind one lock that every frame
//! needs, so no other thread can do it. A document of up to [`WHOLE_TEXT`] is laid out whole when it is opened.
//! A longer one (a file may be up to 100 MB) is cut into blocks of a few kilobytes at line ends, and only the
//! blocks in view and a screen around them are laid out; far-away blocks give their layout back. A block not laid
//! out yet counts with a height estimated from its line lengths. The scroll position is anchored to the block at
//! the top of the view, so the text in view stays put when a block above it is measured.

use eframe::egui::text::{CCursor, LayoutJob, TextFormat};
use eframe::egui::{self, Galley, Stroke};
use std::ops::Range;
use std::sync::Arc;

use super::reader::Highlight;
use super::theme;
use crate::analysis::SearchTerms;
use crate::extract::{EntityId, Extraction};

/// A document up to this long is laid out whole (about 9 ms), so that screen readers find all of its text.
pub const WHOLE_TEXT: usize = 256 * 1024;
/// The size a block aims for; it ends at the first line end after it.
const BLOCK_BYTES: usize = 4 * 1024;
/// The longest block: a line longer than this is cut at a space (or, failing that, anywhere).
const MAX_BLOCK_BYTES: usize = 16 * 1024;

/// A run of whole lines of the text, laid out as one galley.
#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    /// Byte range of its text (without the line end that separates it from the next block).
    pub bytes: Range<usize>,
    /// Characters of the document before it.
    pub chars: usize,
    /// Characters in each of its lines, for estimating its height.
    lines: Vec<u32>,
}

/// Cuts `text` into blocks of about [`BLOCK_BYTES`], each ending at a line end (which belongs to neither block:
/// laying the blocks out one under the other then breaks the lines where the whole text would).
pub fn split_blocks(text: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let (mut start, mut chars) = (0, 0);
    loop {
        let (end, next) = if text.len() - start <= BLOCK_BYTES {
            (text.len(), text.len())
        } else {
            let from = floor_boundary(text, start + BLOCK_BYTES);
            let limit = floor_boundary(text, start + MAX_BLOCK_BYTES);
            match memchr::memchr(b'\n', &text.as_bytes()[from..limit]) {
                Some(k) => (from + k, from + k + 1),
                None if limit == text.len() => (limit, limit),
                // One very long line: its own rows wrap anyway; break it after a space if there is one.
                None => match text[from..limit].rfind(' ') {
                    Some(k) => (from + k + 1, from + k + 1),
                    None => (limit, limit),
                },
            }
        };
        let lines: Vec<u32> = text[start..end].split('\n').map(|l| l.chars().count() as u32).collect();
        let own = lines.iter().map(|&n| n as usize).sum::<usize>() + lines.len() - 1;
        blocks.push(Block { bytes: start..end, chars, lines });
        chars += own + (next - end);
        start = next;
        if start >= text.len() {
            return blocks;
        }
    }
}

/// The last character boundary of `text` at or before byte `i` (`str::floor_char_boundary`, which is newer than
/// the Rust this crate supports).
fn floor_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// One stretch of text with one look.
#[derive(Clone, Debug, PartialEq)]
pub struct Run {
    /// Its bytes in the document.
    pub bytes: Range<usize>,
    /// The entity it mentions.
    pub mention: Option<EntityId>,
    /// Whether it matches the search.
    pub found: bool,
    /// Whether it is in the selected sentence.
    pub in_sentence: bool,
}

/// A document's mentions and their entities, as sorted byte ranges without overlaps.
pub type Mentions = Vec<(Range<usize>, EntityId)>;

/// What is marked in the text: mentions (without overlaps) and the selected sentence, as sorted byte ranges, and
/// the search terms.
#[derive(Default)]
pub struct Marks {
    /// Mentions and their entities.
    pub mentions: Mentions,
    /// The search, whose matches are looked for a block at a time (the whole text at once took a lower-cased
    /// copy of it and eight bytes per byte of it).
    pub terms: SearchTerms,
    /// The selected sentence.
    pub sentence: Option<Range<usize>>,
}

impl Marks {
    /// The search matches in `text[range]`, as sorted byte ranges of `text`.
    pub fn found_in(&self, text: &str, range: Range<usize>) -> Vec<Range<usize>> {
        let shift = |r: Range<usize>| r.start + range.start..r.end + range.start;
        self.terms.find_in(&text[range.clone()]).into_iter().map(shift).collect()
    }

    /// The runs of `range` that each look the same, in text order. `found` holds the search matches (sorted).
    pub fn runs(&self, range: Range<usize>, found: &[Range<usize>]) -> Vec<Run> {
        let inside = |r: &Range<usize>| r.start < range.end && r.end > range.start;
        let first_mention = self.mentions.partition_point(|(r, _)| r.end <= range.start);
        let first_found = found.partition_point(|r| r.end <= range.start);
        let mentions = self.mentions[first_mention..].iter().map(|(r, _)| r).take_while(|r| r.start < range.end);
        let in_range = found[first_found..].iter().take_while(|r| r.start < range.end);
        let mut cuts = vec![range.start, range.end];
        for r in mentions.chain(in_range).chain(self.sentence.iter().filter(|r| inside(r))) {
            cuts.extend([r.start.max(range.start), r.end.min(range.end)]);
        }
        cuts.sort_unstable();
        cuts.dedup();
        let (mut mi, mut fi) = (first_mention, first_found);
        let mut runs = Vec::with_capacity(cuts.len());
        for w in cuts.windows(2) {
            let (a, b) = (w[0], w[1]);
            while self.mentions.get(mi).is_some_and(|(r, _)| r.end <= a) {
                mi += 1;
            }
            while found.get(fi).is_some_and(|r| r.end <= a) {
                fi += 1;
            }
            runs.push(Run {
                bytes: a..b,
                mention: self.mentions.get(mi).filter(|(r, _)| r.start <= a).map(|(_, e)| *e),
                found: found.get(fi).is_some_and(|r| r.start <= a),
                in_sentence: self.sentence.as_ref().is_some_and(|r| r.start <= a && a < r.end),
            });
        }
        runs
    }
}

/// How the text is drawn.
pub struct Look {
    /// The body font.
    pub font: egui::FontId,
    /// Plain text.
    pub color: egui::Color32,
    /// Marked text.
    pub strong: egui::Color32,
    /// Whether the theme is dark.
    pub dark: bool,
    /// The selected entity, underlined.
    pub selected: Option<EntityId>,
    /// The width the text wraps at.
    pub width: f32,
}

impl Look {
    fn format(&self, run: &Run, ex: &Extraction) -> TextFormat {
        let mut format = TextFormat::simple(self.font.clone(), self.color);
        if run.in_sentence {
            format.background = theme::sentence_highlight(self.dark);
        }
        if let Some(e) = run.mention.and_then(|e| ex.entity(e)) {
            format.background = theme::kind_highlight(e.kind, self.dark);
            if Some(e.id) == self.selected {
                format.underline = Stroke::new(2.0, theme::kind_color(e.kind, self.dark));
                format.color = self.strong;
            }
        }
        if run.found {
            format.background = theme::search_highlight(self.dark);
            format.color = self.strong;
        }
        format
    }
}

/// A block laid out.
struct Laid {
    galley: Arc<Galley>,
    /// Its highlights, in the document's bytes and characters.
    highlights: Vec<Highlight>,
}

/// The text of one document in blocks, each laid out when it comes near the view.
pub struct BlockText {
    blocks: Vec<Block>,
    marks: Marks,
    look: Look,
    /// Each block's layout and what is highlighted in it, for the blocks laid out.
    laid: Vec<Option<Laid>>,
    heights: Vec<f32>,
    /// Where each block starts (and, last, where the text ends): the sums of `heights`, kept up to date.
    tops: Vec<f32>,
    /// Whether the text is laid out whole, once and for all.
    whole: bool,
}

impl BlockText {
    /// Prepares `text` (cut into `blocks`) to be drawn with `marks` and `look`. A short text is laid out now;
    /// a long one is laid out as it is scrolled to.
    pub fn new(ctx: &egui::Context, ex: &Extraction, text: &str, blocks: Vec<Block>, marks: Marks, look: Look) -> Self {
        let (char_width, row) = ctx.fonts_mut(|f| {
            let sample = "The minister met his counterparts in the capital on Tuesday, officials said.";
            let width = f.layout_no_wrap(sample.to_owned(), look.font.clone(), look.color).size().x;
            (width / sample.len() as f32, f.row_height(&look.font))
        });
        // Words wrap before the edge: a row holds a little less than the width's worth of characters.
        let per_row = (0.95 * look.width / char_width.max(1.0)).max(1.0);
        let heights: Vec<f32> = blocks
            .iter()
            .map(|b| b.lines.iter().map(|&n| (n as f32 / per_row).ceil().max(1.0)).sum::<f32>() * row)
            .collect();
        let tops = std::iter::once(0.0)
            .chain(heights.iter().scan(0.0, |y, h| {
                *y += h;
                Some(*y)
            }))
            .collect();
        let mut laid = BlockText {
            laid: std::iter::repeat_with(|| None).take(blocks.len()).collect(),
            tops,
            whole: text.len() <= WHOLE_TEXT,
            blocks,
            marks,
            look,
            heights,
        };
        if laid.whole {
            for i in 0..laid.blocks.len() {
                laid.lay_out(ctx, ex, text, i);
            }
        }
        laid
    }

    /// The blocks.
    pub fn blocks(&self) -> &[Block] {
        &self.blocks
    }

    /// The height of the whole text (estimated for blocks not laid out yet).
    pub fn height(&self) -> f32 {
        self.tops.last().copied().unwrap_or(0.0)
    }

    /// Where block `i` starts.
    pub fn top(&self, i: usize) -> f32 {
        self.tops.get(i).copied().unwrap_or(0.0)
    }

    /// Block `i`'s layout, if it has one.
    pub fn galley(&self, i: usize) -> Option<&Arc<Galley>> {
        self.laid.get(i).and_then(Option::as_ref).map(|l| &l.galley)
    }

    /// What is highlighted in the blocks laid out, in text order.
    pub fn highlights(&self) -> impl Iterator<Item = &Highlight> {
        self.laid.iter().flatten().flat_map(|l| &l.highlights)
    }

    /// The entity mentioned at character `c` of block `i`, if that block is laid out.
    pub fn entity_at(&self, i: usize, c: usize) -> Option<EntityId> {
        let (block, laid) = (self.blocks.get(i)?, self.laid.get(i)?.as_ref()?);
        let c = block.chars + c;
        let k = laid.highlights.partition_point(|h| h.chars.end <= c);
        laid.highlights.get(k).filter(|h| h.chars.start <= c).and_then(|h| h.entity)
    }

    /// The character at byte `byte` of `text`.
    pub fn char_of_byte(&self, text: &str, byte: usize) -> usize {
        let i = self.blocks.partition_point(|b| b.bytes.start <= byte).saturating_sub(1);
        let Some(block) = self.blocks.get(i) else {
            return 0;
        };
        let byte = floor_boundary(text, byte);
        block.chars + text.get(block.bytes.start..byte).map_or(0, |t| t.chars().count())
    }

    /// The block at height `y`.
    pub fn block_at(&self, y: f32) -> usize {
        self.tops[1..].partition_point(|&t| t <= y).min(self.blocks.len().saturating_sub(1))
    }

    /// The block holding the document's character `c`.
    pub fn block_of_char(&self, c: usize) -> usize {
        self.blocks.partition_point(|b| b.chars <= c).saturating_sub(1)
    }

    /// Where character `c` is, relative to the top left of the text (at its block's top if that block is not laid
    /// out).
    pub fn char_rect(&self, c: usize) -> egui::Rect {
        let i = self.block_of_char(c);
        let top = egui::vec2(0.0, self.top(i));
        match (self.galley(i), self.blocks.get(i)) {
            (Some(g), Some(b)) => g.pos_from_cursor(CCursor::new(c.saturating_sub(b.chars))).translate(top),
            _ => egui::Rect::from_min_size(top.to_pos2(), egui::vec2(1.0, 1.0)),
        }
    }

    /// Lays block `i` out, if it is not already.
    pub fn lay_out(&mut self, ctx: &egui::Context, ex: &Extraction, text: &str, i: usize) {
        let (Some(block), Some(None)) = (self.blocks.get(i), self.laid.get(i)) else {
            return;
        };
        let mut job = LayoutJob::default();
        job.wrap.max_width = self.look.width;
        let found = self.marks.found_in(text, block.bytes.clone());
        let runs = self.marks.runs(block.bytes.clone(), &found);
        for run in &runs {
            job.append(&text[run.bytes.clone()], 0.0, self.look.format(run, ex));
        }
        let highlights = highlights(text, &runs, block.chars);
        let galley = ctx.fonts_mut(|f| f.layout_job(job));
        let grown = galley.size().y - self.heights[i];
        self.heights[i] = galley.size().y;
        self.laid[i] = Some(Laid { galley, highlights });
        if grown != 0.0 {
            for top in &mut self.tops[i + 1..] {
                *top += grown;
            }
        }
    }

    /// Lays out the blocks within a screen of a `view`-high view scrolled to `offset`, and returns the offset
    /// that keeps the text at the top of the view where it was (blocks above it may have been measured).
    pub fn prepare_view(&mut self, ctx: &egui::Context, ex: &Extraction, text: &str, offset: f32, view: f32) -> f32 {
        let anchor = self.block_at(offset);
        let into = offset - self.top(anchor);
        // Down from the anchor to a screen below the view.
        let mut y = 0.0;
        for i in anchor..self.blocks.len() {
            if y > into + 2.0 * view {
                break;
            }
            self.lay_out(ctx, ex, text, i);
            y += self.heights[i];
        }
        // Up from it, a screen's worth.
        let mut above = into;
        for i in (0..anchor).rev() {
            if above > view {
                break;
            }
            self.lay_out(ctx, ex, text, i);
            above += self.heights[i];
        }
        self.top(anchor) + into.min(self.heights.get(anchor).copied().unwrap_or(0.0))
    }

    /// Lays out the blocks in `view` (text coordinates) that are not yet: the view jumped further than
    /// [`Self::prepare_view`] looked.
    pub fn cover(&mut self, ctx: &egui::Context, ex: &Extraction, text: &str, view: egui::Rangef) {
        let (first, last) = (self.block_at(view.min), self.block_at(view.max));
        for i in first..=last {
            self.lay_out(ctx, ex, text, i);
        }
    }

    /// Gives back the layouts of blocks more than ten screens away from `view`, in a long text.
    pub fn forget_far(&mut self, view: egui::Rangef) {
        if self.whole {
            return;
        }
        let reach = 10.0 * view.span().max(100.0);
        for (i, laid) in self.laid.iter_mut().enumerate() {
            let (top, bottom) = (self.tops[i], self.tops[i + 1]);
            if laid.is_some() && (bottom < view.min - reach || top > view.max + reach) {
                *laid = None;
            }
        }
    }

    /// Whether the whole text is laid out (a short document), so that every block has a galley.
    pub fn is_whole(&self) -> bool {
        self.whole
    }

    /// How many blocks are laid out, and how many there are.
    pub fn laid_out(&self) -> (usize, usize) {
        (self.laid.iter().filter(|l| l.is_some()).count(), self.blocks.len())
    }

    /// Gives the blocks and the mentions back, to be laid out again with other marks or at another width: both
    /// depend on the document alone (a 100 MB document has millions of mentions).
    pub fn into_parts(self) -> (Vec<Block>, Mentions) {
        (self.blocks, self.marks.mentions)
    }
}

/// The highlights of `runs` of `text` (mentions and search matches, a run of one mark merged into one), counting
/// characters from `chars`, the character at the first run's start.
fn highlights(text: &str, runs: &[Run], mut chars: usize) -> Vec<Highlight> {
    let mut highlights: Vec<Highlight> = Vec::new();
    for run in runs {
        let (a, b) = (run.bytes.start, run.bytes.end);
        let n = text[a..b].chars().count();
        if run.mention.is_some() || run.found {
            let same =
                highlights.last().is_some_and(|h| h.range.end == a && h.entity == run.mention && h.search == run.found);
            match highlights.last_mut() {
                Some(h) if same => {
                    h.range.end = b;
                    h.chars.end = chars + n;
                }
                _ => highlights.push(Highlight {
                    range: a..b,
                    entity: run.mention,
                    search: run.found,
                    chars: chars..chars + n,
                }),
            }
        }
        chars += n;
    }
    highlights
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_end_at_line_ends_and_cover_the_text() {
        let para = "A sentence of some length that goes on for a while. ".repeat(20);
        let lines: Vec<String> = (0..30).map(|i| para.repeat(i % 4)).collect();
        let text = format!("{}\n\nlast", lines.join("\n"));
        let blocks = split_blocks(&text);
        assert!(blocks.len() > 2, "{}", blocks.len());
        // Consecutive, each cut at a line end that belongs to neither block, ending with the text.
        assert_eq!(blocks[0].bytes.start, 0);
        for w in blocks.windows(2) {
            assert_eq!(&text[w[0].bytes.end..w[1].bytes.start], "\n");
            assert_eq!(w[1].chars, text[..w[1].bytes.start].chars().count());
        }
        assert_eq!(blocks.last().map(|b| b.bytes.end), Some(text.len()));
        assert!(blocks.iter().all(|b| b.bytes.len() <= MAX_BLOCK_BYTES));
        // A short text is one block.
        assert_eq!(split_blocks("one\ntwo").len(), 1);
        assert_eq!(split_blocks("")[0].bytes, 0..0);
    }

    #[test]
    fn a_text_without_line_ends_is_cut_after_spaces_and_on_character_boundaries() {
        let text = "Ünïcödé wörds ".repeat(3000);
        let blocks = split_blocks(&text);
        assert!(blocks.len() > 1);
        for w in blocks.windows(2) {
            assert_eq!(w[0].bytes.end, w[1].bytes.start);
            assert!(text[..w[0].bytes.end].ends_with(' '));
        }
        let solid = "é".repeat(20_000);
        let blocks = split_blocks(&solid);
        assert!(blocks.len() > 1 && blocks.iter().all(|b| solid.is_char_boundary(b.bytes.end)));
        assert_eq!(blocks.iter().map(|b| b.lines[0] as usize).sum::<usize>(), 20_000);
    }

    #[test]
    fn runs_split_a_range_where_its_look_changes() {
        let (e1, e2) = (EntityId(1), EntityId(2));
        let marks =
            Marks { mentions: vec![(2..5, e1), (8..12, e2)], terms: SearchTerms::default(), sentence: Some(0..10) };
        let looks: Vec<_> = marks
            .runs(3..11, std::slice::from_ref(&(4..9)))
            .into_iter()
            .map(|r| (r.bytes, r.mention, r.found, r.in_sentence))
            .collect();
        assert_eq!(
            looks,
            vec![
                (3..4, Some(e1), false, true),
                (4..5, Some(e1), true, true),
                (5..8, None, true, true),
                (8..9, Some(e2), true, true),
                (9..10, Some(e2), false, true),
                (10..11, Some(e2), false, false),
            ]
        );
    }

    #[test]
    fn highlights_count_characters_and_merge_runs_of_one_mark() {
        let text = "Él dijo: Kabul y Kabul.";
        let e = EntityId(7);
        let (first, second) = (text.find("Kabul").unwrap_or(0), text.rfind("Kabul").unwrap_or(0));
        let marks = Marks { mentions: vec![(first..first + 5, e)], terms: SearchTerms::parse("kabul"), sentence: None };
        // Search matches in a part of the text come back in the whole text's bytes.
        assert_eq!(marks.found_in(text, second - 2..text.len()), vec![second..second + 5]);
        let found = marks.found_in(text, 0..text.len());
        assert_eq!(found, vec![first..first + 5, second..second + 5]);
        let hl = highlights(text, &marks.runs(0..text.len(), &found), 0);
        let looks: Vec<_> = hl.iter().map(|h| (h.range.clone(), h.entity, h.search)).collect();
        assert_eq!(looks, vec![(first..first + 5, Some(e), true), (second..second + 5, None, true)]);
        // "Él" has a two-byte letter: characters lag bytes by one.
        assert_eq!(hl[0].chars, first - 1..first + 4);
        // Counted from a block's first character.
        assert_eq!(highlights(text, &marks.runs(0..text.len(), &found), 100)[0].chars, first + 99..first + 104);
    }
}
