//! The heatmap of the Countries view: its geometry, its colour scales and its painting.
//!
//! Rows are the acting (source) countries, columns the countries acted on, plus a totals column and row. The row
//! and column headers stay in view while the cells scroll. Only visible cells are painted; each non-empty visible
//! cell is a clickable widget with an accessible name ("Afghanistan › Pakistan: 5 interactions") and a tooltip.
//!
//! Colours: a sequential purple scale for counts, and a diverging orange (conflict) – grey – blue (cooperation)
//! scale for net cooperation, both with light and dark variants, distinguishable with the common colour-vision
//! deficiencies. Every cell also shows its number, so colour is never the only cue.

use eframe::egui::{self, Align2, Color32, FontId, Pos2, Rect, RichText, Sense, Stroke, Ui, Vec2, pos2, vec2};

use crate::analysis::matrix::{Cell, CountryMatrix, Measure};
use crate::analysis::matrix_cells::{
    cell_label, color_position, dyad_label, format_value, interactions_label, top_categories,
};
use crate::extract::{Extraction, Quad};

/// Width and height of a cell.
pub const CELL: Vec2 = vec2(40.0, 26.0);
/// Width of the totals column (and height of the totals row), after a small gap.
const TOTAL: f32 = 48.0;
const GAP: f32 = 6.0;
/// Bounds of the header sizes (names longer than this are shortened, with the full name in a tooltip).
const ROW_HEADER: (f32, f32) = (90.0, 190.0);
const COL_HEADER: (f32, f32) = (56.0, 140.0);

/// Where everything was drawn, in screen coordinates (as of the last frame).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Geometry {
    /// Top-left corner of the scrolled content.
    pub origin: Pos2,
    /// The visible part of the scroll area.
    pub clip: Rect,
    /// Width of the row headers.
    pub row_header: f32,
    /// Height of the column headers.
    pub col_header: f32,
    /// Number of countries.
    pub n: usize,
}

impl Geometry {
    /// The size of the whole content.
    pub fn content_size(&self) -> Vec2 {
        let n = self.n as f32;
        vec2(self.row_header + n * CELL.x + GAP + TOTAL, self.col_header + n * CELL.y + GAP + TOTAL)
    }

    /// Left and top edges of the sticky headers.
    fn header_corner(&self) -> Pos2 {
        pos2(self.origin.x.max(self.clip.left()), self.origin.y.max(self.clip.top()))
    }

    /// The visible area where cells (and totals) are drawn, below and right of the headers.
    pub fn cells_clip(&self) -> Rect {
        let c = self.header_corner();
        Rect::from_min_max(pos2(c.x + self.row_header, c.y + self.col_header), self.clip.max)
    }

    fn col_x(&self, col: usize) -> f32 {
        let x = self.origin.x + self.row_header + col as f32 * CELL.x;
        if col >= self.n { x + GAP } else { x }
    }

    fn row_y(&self, row: usize) -> f32 {
        let y = self.origin.y + self.col_header + row as f32 * CELL.y;
        if row >= self.n { y + GAP } else { y }
    }

    /// The rectangle of cell (row, column); `n` as an index is the totals row or column.
    pub fn cell_rect(&self, row: usize, col: usize) -> Rect {
        let w = if col >= self.n { TOTAL } else { CELL.x };
        let h = if row >= self.n { TOTAL.min(CELL.y) } else { CELL.y };
        Rect::from_min_size(pos2(self.col_x(col), self.row_y(row)), vec2(w, h))
    }

    /// The cell (not a total) under `pos`, if it is visible.
    pub fn cell_at(&self, pos: Pos2) -> Option<(usize, usize)> {
        if !self.cells_clip().contains(pos) {
            return None;
        }
        let col = ((pos.x - self.origin.x - self.row_header) / CELL.x).floor();
        let row = ((pos.y - self.origin.y - self.col_header) / CELL.y).floor();
        (col >= 0.0 && row >= 0.0 && (col as usize) < self.n && (row as usize) < self.n)
            .then_some((row as usize, col as usize))
    }

    /// The rows (or columns) at least partly visible.
    fn visible(&self, start: f32, clip_start: f32, clip_end: f32, size: f32) -> std::ops::Range<usize> {
        let first = ((clip_start - start) / size).floor().max(0.0) as usize;
        let last = ((clip_end - start) / size).ceil().max(0.0) as usize;
        first.min(self.n)..last.min(self.n)
    }

    fn visible_rows(&self) -> std::ops::Range<usize> {
        let c = self.cells_clip();
        self.visible(self.origin.y + self.col_header, c.top(), c.bottom(), CELL.y)
    }

    fn visible_cols(&self) -> std::ops::Range<usize> {
        let c = self.cells_clip();
        self.visible(self.origin.x + self.row_header, c.left(), c.right(), CELL.x)
    }
}

/// Interpolates between colour stops (evenly spaced over 0..=1).
fn ramp(stops: &[[u8; 3]], t: f32) -> Color32 {
    let t = t.clamp(0.0, 1.0) * (stops.len() - 1) as f32;
    let i = (t.floor() as usize).min(stops.len() - 2);
    let f = t - i as f32;
    let mix = |a: u8, b: u8| (a as f32 + (b as f32 - a as f32) * f).round() as u8;
    let (a, b) = (stops[i], stops[i + 1]);
    Color32::from_rgb(mix(a[0], b[0]), mix(a[1], b[1]), mix(a[2], b[2]))
}

const SEQ_LIGHT: [[u8; 3]; 7] = [
    [0xE4, 0xDF, 0xF2],
    [0xC9, 0xC2, 0xE4],
    [0xAB, 0xA2, 0xD4],
    [0x8E, 0x82, 0xC3],
    [0x73, 0x61, 0xB0],
    [0x5A, 0x40, 0x9A],
    [0x40, 0x1C, 0x80],
];
const SEQ_DARK: [[u8; 3]; 7] = [
    [0x3B, 0x32, 0x55],
    [0x4E, 0x40, 0x78],
    [0x64, 0x53, 0x9C],
    [0x7D, 0x6C, 0xBD],
    [0x9C, 0x8F, 0xD6],
    [0xBE, 0xB4, 0xEA],
    [0xE3, 0xDD, 0xFA],
];
/// From neutral to the strongest conflict (orange) or cooperation (blue).
const CONFLICT_LIGHT: [[u8; 3]; 6] = [
    [0xE8, 0xE8, 0xE8],
    [0xFC, 0xD5, 0xAE],
    [0xFB, 0xAE, 0x68],
    [0xEA, 0x85, 0x2C],
    [0xC4, 0x5C, 0x0C],
    [0x96, 0x3E, 0x02],
];
const COOP_LIGHT: [[u8; 3]; 6] = [
    [0xE8, 0xE8, 0xE8],
    [0xCC, 0xE0, 0xF1],
    [0x9C, 0xC6, 0xE2],
    [0x66, 0xA8, 0xD3],
    [0x33, 0x80, 0xBD],
    [0x12, 0x58, 0x9A],
];
const CONFLICT_DARK: [[u8; 3]; 6] = [
    [0x48, 0x48, 0x48],
    [0x5E, 0x46, 0x31],
    [0x83, 0x53, 0x24],
    [0xAE, 0x66, 0x1A],
    [0xD9, 0x81, 0x1E],
    [0xF7, 0xA5, 0x4C],
];
const COOP_DARK: [[u8; 3]; 6] = [
    [0x48, 0x48, 0x48],
    [0x3E, 0x52, 0x68],
    [0x2F, 0x5D, 0x87],
    [0x37, 0x77, 0xB2],
    [0x4B, 0x96, 0xD6],
    [0x80, 0xBC, 0xEE],
];

/// The sequential scale (counts): `t` from the smallest count (0) to the largest (1); darker in light themes,
/// brighter in dark ones.
pub fn sequential(t: f32, dark: bool) -> Color32 {
    ramp(if dark { &SEQ_DARK } else { &SEQ_LIGHT }, t)
}

/// The diverging scale (net cooperation): `t` from −1 (all conflict, orange) through 0 (grey) to 1 (all
/// cooperation, blue).
pub fn diverging(t: f32, dark: bool) -> Color32 {
    let stops: &[[u8; 3]] = match (t < 0.0, dark) {
        (true, false) => &CONFLICT_LIGHT,
        (true, true) => &CONFLICT_DARK,
        (false, false) => &COOP_LIGHT,
        (false, true) => &COOP_DARK,
    };
    ramp(stops, t.abs())
}

/// The colour of a cell with `value` on a scale whose largest magnitude is `max`.
pub fn cell_color(value: i64, max: i64, measure: Measure, dark: bool) -> Color32 {
    let t = color_position(value, max, measure);
    match measure {
        Measure::Count => sequential(t, dark),
        Measure::Net => diverging(t, dark),
    }
}

/// WCAG relative luminance.
pub fn luminance(c: Color32) -> f32 {
    let lin = |v: u8| {
        let v = v as f32 / 255.0;
        if v <= 0.040_45 { v / 12.92 } else { ((v + 0.055) / 1.055).powf(2.4) }
    };
    0.2126 * lin(c.r()) + 0.7152 * lin(c.g()) + 0.0722 * lin(c.b())
}

/// WCAG contrast ratio of two colours.
pub fn contrast(a: Color32, b: Color32) -> f32 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// Black or white, whichever reads better on `fill`. Pure black, not a softer near-black: only the two extremes
/// keep 4.5:1 (WCAG AA) on the mid-lightness colours every scale passes through.
pub fn text_on(fill: Color32) -> Color32 {
    let (dark, light) = (Color32::BLACK, Color32::WHITE);
    if contrast(dark, fill) >= contrast(light, fill) { dark } else { light }
}

/// What the grid reports back.
#[derive(Default)]
pub struct GridOutput {
    /// The cell clicked this frame.
    pub clicked: Option<(usize, usize)>,
    /// Where it was drawn.
    pub geometry: Option<Geometry>,
}

/// What the grid shows.
pub struct GridInput<'a> {
    /// The matrix.
    pub matrix: &'a CountryMatrix,
    /// Country names, by matrix index.
    pub names: &'a [String],
    /// The colour's measure.
    pub measure: Measure,
    /// The largest absolute value of `measure` in the matrix: the colour scale's end.
    pub max: i64,
    /// The selected cell.
    pub selected: Option<(usize, usize)>,
    /// For the categories in tooltips.
    pub extraction: &'a Extraction,
    /// Unique per folder load (scroll position).
    pub generation: u64,
    /// The row headers' width and the column headers' height (see [`header_sizes`]).
    pub header_sizes: (f32, f32),
}

/// The font of the row and column headers.
pub fn header_font(ui: &Ui) -> FontId {
    egui::TextStyle::Body.resolve(ui.style())
}

/// The widths of the row headers and the height of the column headers for these names, in `font`. (This lays out
/// every name: at a few hundred countries, more than the rest of a frame; worth keeping while the names stay.)
pub fn header_sizes(ui: &Ui, names: &[String], font: &FontId) -> (f32, f32) {
    let widest = ui.ctx().fonts_mut(|f| {
        let width = |n: &String| f.layout_no_wrap(n.clone(), font.clone(), Color32::WHITE).size().x;
        names.iter().map(width).fold(0.0f32, f32::max)
    });
    ((widest + 16.0).clamp(ROW_HEADER.0, ROW_HEADER.1), (widest + 12.0).clamp(COL_HEADER.0, COL_HEADER.1))
}

/// A name shortened with an ellipsis to fit `width`.
fn fitted(ui: &Ui, text: &str, font: &FontId, color: Color32, width: f32) -> std::sync::Arc<egui::Galley> {
    let mut job = egui::text::LayoutJob::simple_singleline(text.to_string(), font.clone(), color);
    job.wrap = egui::text::TextWrapping::truncate_at_width(width);
    ui.ctx().fonts_mut(|f| f.layout_job(job))
}

/// Draws the heatmap in a scroll area filling the rest of `ui`.
pub fn show(ui: &mut Ui, input: &GridInput<'_>) -> GridOutput {
    let (row_header, col_header) = input.header_sizes;
    let n = input.matrix.countries.len();
    let mut out = GridOutput::default();
    egui::ScrollArea::both().id_salt(("matrix-grid", input.generation)).auto_shrink([false, false]).show_viewport(
        ui,
        |ui, _| {
            let mut g = Geometry { origin: ui.max_rect().min, clip: ui.clip_rect(), row_header, col_header, n };
            let (rect, background) = ui.allocate_exact_size(g.content_size(), Sense::hover());
            g.origin = rect.min;
            let pointer = background.contains_pointer().then(|| ui.ctx().pointer_hover_pos()).flatten();
            let hovered = pointer.and_then(|p| g.cell_at(p));
            paint_cells(ui, input, &g, hovered, &mut out);
            paint_totals(ui, input, &g);
            paint_headers(ui, input, &g, hovered);
            out.geometry = Some(g);
        },
    );
    out
}

fn paint_cells(
    ui: &mut Ui,
    input: &GridInput<'_>,
    g: &Geometry,
    hovered: Option<(usize, usize)>,
    out: &mut GridOutput,
) {
    let m = input.matrix;
    let dark = ui.visuals().dark_mode;
    let max = input.max;
    let clip = g.cells_clip();
    let painter = ui.painter().with_clip_rect(clip);
    let empty = ui.visuals().faint_bg_color;
    let font = FontId::proportional(13.0);
    for r in g.visible_rows() {
        for c in g.visible_cols() {
            let rect = g.cell_rect(r, c);
            let inner = rect.shrink(1.0);
            let Some(cell) = m.cell(r, c) else {
                painter.rect_filled(inner, 2.0, empty);
                continue;
            };
            let value = cell.value(input.measure);
            let fill = cell_color(value, max, input.measure, dark);
            painter.rect_filled(inner, 2.0, fill);
            painter.text(
                inner.center(),
                Align2::CENTER_CENTER,
                format_value(value, input.measure),
                font.clone(),
                text_on(fill),
            );
            let (source, target) = (&input.names[r], &input.names[c]);
            let response = ui
                .interact(rect.intersect(clip), ui.scope_id().with(("matrix-cell", r, c)), Sense::click())
                .on_hover_cursor(egui::CursorIcon::PointingHand);
            // (Written only when asked for: by screen readers and tests, not on every frame.)
            response.widget_info(|| {
                let label = cell_label(source, target, cell, m.directed, input.measure);
                egui::WidgetInfo::labeled(egui::Role::Button, true, label)
            });
            let response = response.on_hover_ui(|ui| cell_tooltip(ui, source, target, cell, m.directed, input));
            if response.clicked() {
                out.clicked = Some((r, c));
            }
        }
    }
    let outline = |rc: (usize, usize), width: f32| {
        painter.rect_stroke(
            g.cell_rect(rc.0, rc.1),
            2.0,
            Stroke::new(width, ui.visuals().strong_text_color()),
            egui::StrokeKind::Inside,
        );
    };
    if let Some(h) = hovered.filter(|h| m.cell(h.0, h.1).is_some()) {
        outline(h, 1.0);
    }
    if let Some(s) = input.selected {
        outline(s, 2.5);
    }
}

fn paint_totals(ui: &Ui, input: &GridInput<'_>, g: &Geometry) {
    let m = input.matrix;
    let painter = ui.painter().with_clip_rect(g.cells_clip());
    let fill = ui.visuals().widgets.inactive.weak_bg_fill;
    let color = ui.visuals().strong_text_color();
    let font = FontId::proportional(13.0);
    for r in g.visible_rows() {
        let rect = g.cell_rect(r, g.n).shrink(1.0);
        painter.rect_filled(rect, 2.0, fill);
        painter.text(rect.center(), Align2::CENTER_CENTER, m.row_totals[r].to_string(), font.clone(), color);
    }
    for c in g.visible_cols() {
        let rect = g.cell_rect(g.n, c).shrink(1.0);
        painter.rect_filled(rect, 2.0, fill);
        painter.text(rect.center(), Align2::CENTER_CENTER, m.col_totals[c].to_string(), font.clone(), color);
    }
}

fn paint_headers(ui: &mut Ui, input: &GridInput<'_>, g: &Geometry, hovered: Option<(usize, usize)>) {
    let m = input.matrix;
    let corner = g.header_corner();
    let cells = g.cells_clip();
    let visuals = ui.visuals().clone();
    let font = egui::TextStyle::Body.resolve(ui.style());
    let (normal, strong) = (visuals.text_color(), visuals.strong_text_color());
    let header_bg = visuals.panel_fill;

    // Row headers: names, right-aligned next to the cells.
    let rows_clip = Rect::from_min_max(pos2(corner.x, cells.top()), pos2(cells.left(), g.clip.bottom()));
    let painter = ui.painter().with_clip_rect(rows_clip);
    painter.rect_filled(rows_clip, 0.0, header_bg);
    let mut rows: Vec<usize> = g.visible_rows().collect();
    rows.push(g.n);
    for r in rows {
        let y = g.cell_rect(r, 0).center().y;
        let is_hot = hovered.is_some_and(|h| h.0 == r) || input.selected.is_some_and(|s| s.0 == r);
        let (text, total) = if r < g.n { (input.names[r].as_str(), m.row_totals[r]) } else { ("Total", 0) };
        let color = if is_hot || r == g.n { strong } else { normal };
        let galley = fitted(ui, text, &font, color, g.row_header - 12.0);
        let pos = pos2(corner.x + g.row_header - 8.0 - galley.size().x, y - galley.size().y / 2.0);
        let rect = Rect::from_min_size(pos, galley.size());
        painter.galley(pos, galley, color);
        if r < g.n {
            let tip = format!("{text}: {} as source", interactions_label(total));
            ui.interact(rect.intersect(rows_clip), ui.scope_id().with(("matrix-row", r)), Sense::hover())
                .on_hover_text(tip);
        }
    }

    // Column headers: names rotated a quarter turn, reading upwards, bottom-aligned on the cells.
    let cols_clip = Rect::from_min_max(pos2(cells.left(), corner.y), pos2(g.clip.right(), cells.top()));
    let painter = ui.painter().with_clip_rect(cols_clip);
    painter.rect_filled(cols_clip, 0.0, header_bg);
    let mut cols: Vec<usize> = g.visible_cols().collect();
    cols.push(g.n);
    for c in cols {
        let x = g.cell_rect(0, c).center().x;
        let is_hot = hovered.is_some_and(|h| h.1 == c) || input.selected.is_some_and(|s| s.1 == c);
        let (text, total) = if c < g.n { (input.names[c].as_str(), m.col_totals[c]) } else { ("Total", 0) };
        let color = if is_hot || c == g.n { strong } else { normal };
        let galley = fitted(ui, text, &font, color, g.col_header - 10.0);
        let (w, h) = (galley.size().x, galley.size().y);
        let pos = pos2(x - h / 2.0, cells.top() - 6.0);
        let rect = Rect::from_min_max(pos2(x - h / 2.0, pos.y - w), pos2(x + h / 2.0, pos.y));
        painter.add(egui::epaint::TextShape::new(pos, galley, color).with_angle(-std::f32::consts::FRAC_PI_2));
        if c < g.n {
            let tip = format!("{text}: {} as target", interactions_label(total));
            ui.interact(rect.intersect(cols_clip), ui.scope_id().with(("matrix-col", c)), Sense::hover())
                .on_hover_text(tip);
        }
    }

    // The corner says how to read the grid.
    let corner_rect = Rect::from_min_max(corner, cells.min);
    let painter = ui.painter().with_clip_rect(corner_rect);
    painter.rect_filled(corner_rect, 0.0, header_bg);
    let small = egui::TextStyle::Small.resolve(ui.style());
    let weak = visuals.weak_text_color();
    let (top, bottom) =
        if m.directed { ("columns: target", "rows: source") } else { ("columns: country", "rows: country") };
    painter.text(corner_rect.right_bottom() - vec2(8.0, 20.0), Align2::RIGHT_BOTTOM, top, small.clone(), weak);
    painter.text(corner_rect.right_bottom() - vec2(8.0, 4.0), Align2::RIGHT_BOTTOM, bottom, small, weak);
}

fn cell_tooltip(ui: &mut Ui, source: &str, target: &str, cell: &Cell, directed: bool, input: &GridInput<'_>) {
    ui.label(RichText::new(dyad_label(source, target, directed)).strong());
    let net = format_value(cell.net(), Measure::Net);
    ui.label(format!("{} · net cooperation {net}", interactions_label(cell.count)));
    egui::Grid::new("matrix-tooltip-quads").num_columns(2).spacing([16.0, 2.0]).show(ui, |ui| {
        for (q, n) in Quad::ALL.iter().zip(cell.by_quad) {
            ui.label(q.label());
            ui.label(n.to_string());
            ui.end_row();
        }
    });
    let top: Vec<String> =
        top_categories(cell, input.extraction).iter().take(4).map(|(c, n)| format!("{} {n}", c.as_str())).collect();
    ui.label(format!("Top categories: {}", top.join(", ")));
    ui.weak("Click to list the sentences behind it.");
}

/// The colour legend: the scale's ends and what they mean.
pub fn legend(ui: &mut Ui, measure: Measure, max: i64) {
    let dark = ui.visuals().dark_mode;
    ui.horizontal(|ui| {
        ui.spacing_mut().item_spacing.x = 6.0;
        let (left, right) = match measure {
            Measure::Count => ("1".to_string(), format!("{} interactions", max.max(1))),
            Measure::Net => (
                format!("conflict {}", format_value(-max, measure)),
                format!("{} cooperation", format_value(max, measure)),
            ),
        };
        ui.weak(left);
        let (rect, _) = ui.allocate_exact_size(vec2(140.0, 12.0), Sense::hover());
        let steps = 28;
        for i in 0..steps {
            let t = i as f32 / (steps - 1) as f32;
            let color = match measure {
                Measure::Count => sequential(t, dark),
                Measure::Net => diverging(t * 2.0 - 1.0, dark),
            };
            let x0 = rect.left() + rect.width() * i as f32 / steps as f32;
            let x1 = rect.left() + rect.width() * (i + 1) as f32 / steps as f32;
            ui.painter().rect_filled(
                Rect::from_min_max(pos2(x0, rect.top()), pos2(x1 + 0.5, rect.bottom())),
                0.0,
                color,
            );
        }
        ui.weak(right);
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn samples() -> impl Iterator<Item = f32> {
        (0..=20).map(|i| i as f32 / 20.0)
    }

    #[test]
    fn sequential_scale_is_monotone_with_distinct_ends() {
        for dark in [false, true] {
            let lum: Vec<f32> = samples().map(|t| luminance(sequential(t, dark))).collect();
            let monotone = if dark { lum.windows(2).all(|w| w[1] > w[0]) } else { lum.windows(2).all(|w| w[1] < w[0]) };
            assert!(monotone, "dark={dark}: {lum:?}");
            assert!(contrast(sequential(0.0, dark), sequential(1.0, dark)) > 4.0);
        }
    }

    #[test]
    fn diverging_scale_is_orange_for_conflict_blue_for_cooperation_and_grows_from_grey() {
        for dark in [false, true] {
            let (conflict, neutral, coop) = (diverging(-1.0, dark), diverging(0.0, dark), diverging(1.0, dark));
            assert!(conflict.r() > conflict.b() + 80, "{conflict:?}");
            assert!(coop.b() > coop.r() + 80, "{coop:?}");
            assert!(neutral.r() == neutral.g() && neutral.g() == neutral.b(), "{neutral:?}");
            for sign in [-1.0, 1.0] {
                let dist: Vec<f32> = samples().map(|t| contrast(diverging(sign * t, dark), neutral)).collect();
                assert!(dist.windows(2).all(|w| w[1] >= w[0]), "dark={dark} sign={sign}: {dist:?}");
            }
        }
    }

    #[test]
    fn cell_numbers_are_readable_on_every_colour() {
        for dark in [false, true] {
            for t in samples() {
                for fill in [sequential(t, dark), diverging(t, dark), diverging(-t, dark)] {
                    assert!(contrast(text_on(fill), fill) >= 4.5, "{fill:?}");
                }
            }
        }
    }

    #[test]
    fn geometry_finds_the_cell_under_a_point() {
        let g = Geometry {
            origin: pos2(100.0, 50.0),
            clip: Rect::from_min_size(pos2(100.0, 50.0), vec2(600.0, 400.0)),
            row_header: 120.0,
            col_header: 80.0,
            n: 5,
        };
        for (r, c) in [(0, 0), (2, 3), (4, 4)] {
            assert_eq!(g.cell_at(g.cell_rect(r, c).center()), Some((r, c)));
        }
        assert_eq!(g.cell_at(pos2(110.0, 200.0)), None, "a row header is not a cell");
        assert_eq!(g.cell_at(g.cell_rect(0, 5).center()), None, "the totals are not cells");
        assert_eq!(g.visible_rows(), 0..5);
        // Scrolled right by two columns: the first two are under the row headers.
        let scrolled = Geometry { origin: pos2(100.0 - 2.0 * CELL.x, 50.0), ..g };
        assert_eq!(scrolled.visible_cols(), 2..5);
        assert_eq!(scrolled.cell_at(scrolled.cell_rect(0, 1).center()), None);
    }
}
