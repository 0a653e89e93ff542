//! Small widgets the views share: search boxes, sortable headers, removable chips, empty states, long lists.

use eframe::egui::{self, Key, Response, RichText, Ui};

use crate::analysis::Sort;

/// A single-line search field with a hint and an accessible name. `focus` requests keyboard focus once (Ctrl+F);
/// Esc while it is focused clears it. Returns the response.
pub fn search_box(ui: &mut Ui, text: &mut String, name: &str, hint: &str, width: f32, focus: &mut bool) -> Response {
    let response = ui.add(egui::TextEdit::singleline(text).hint_text(hint).desired_width(width)).accessible_name(name);
    if std::mem::take(focus) {
        response.request_focus();
    }
    if (response.has_focus() || response.lost_focus()) && ui.input(|i| i.key_pressed(Key::Escape)) && !text.is_empty() {
        text.clear();
    }
    response
}

/// The search line of a table view: the search box and a Clear filters button. Returns the search box's id (for
/// arrow-key navigation) and whether Clear filters was clicked.
pub fn search_row(
    ui: &mut Ui,
    text: &mut String,
    name: &str,
    hint: &str,
    focus: &mut bool,
    has_filters: bool,
    clear_tooltip: &str,
) -> (egui::Id, bool) {
    ui.horizontal(|ui| {
        let hint = format!("{hint} ({}+F)", command_key(ui));
        let width = (ui.available_width() - 120.0).clamp(160.0, 420.0);
        let id = search_box(ui, text, name, &hint, width, focus).id;
        let clear =
            ui.add_enabled(has_filters, egui::Button::new("Clear filters")).on_hover_text(clear_tooltip).clicked();
        (id, clear)
    })
    .inner
}

/// A table with the settings every Dossier table shares: striped, resizable columns, vertically centred cells.
pub fn table<'a>(ui: &'a mut Ui, id_salt: impl egui::AsIdSalt) -> egui_extras::TableBuilder<'a> {
    egui_extras::TableBuilder::new(ui)
        .id_salt(id_salt)
        .striped(true)
        .resizable(true)
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
}

/// The height of a table row in the body text style.
pub fn row_height(ui: &Ui) -> f32 {
    ui.text_style_height(&egui::TextStyle::Body) + 8.0
}

/// A non-selectable label pushed to the right of its cell (numbers).
pub fn right_aligned(ui: &mut Ui, text: String) {
    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
        ui.add(egui::Label::new(text).selectable(false));
    });
}

/// A clickable column header with a painted sort arrow (no font needed). Its accessible name says the order,
/// e.g. "Title, ascending". Returns true when clicked (the sort was changed).
pub fn sort_header<C: PartialEq + Copy>(
    ui: &mut Ui,
    label: &str,
    column: C,
    sort: &mut Sort<C>,
    default_ascending: bool,
    tooltip: &str,
) -> bool {
    let sorted = (sort.column == column).then_some(sort.ascending);
    let name = match sorted {
        Some(true) => format!("{label}, ascending"),
        Some(false) => format!("{label}, descending"),
        None => label.to_string(),
    };
    let response = ui
        .add(egui::Button::new(RichText::new(label).strong()).frame(false))
        .accessible_name(name)
        .on_hover_text(tooltip);
    if let Some(ascending) = sorted {
        let (rect, _) = ui.allocate_exact_size(egui::vec2(SORT_ARROW_WIDTH, 10.0), egui::Sense::hover());
        let c = rect.center();
        let (tip, base) = if ascending { (-4.0, 3.0) } else { (4.0, -3.0) };
        let points =
            vec![egui::pos2(c.x, c.y + tip), egui::pos2(c.x - 4.5, c.y + base), egui::pos2(c.x + 4.5, c.y + base)];
        let color = ui.visuals().strong_text_color();
        ui.painter().add(egui::Shape::convex_polygon(points, color, egui::Stroke::NONE));
    }
    if response.clicked() {
        sort.toggle(column, default_ascending);
        true
    } else {
        false
    }
}

/// The width of the sort arrow [`sort_header`] draws beside a sorted column's label.
const SORT_ARROW_WIDTH: f32 = 10.0;

/// A sortable table's column: its header, sort key, whether it first sorts ascending, and tooltip.
pub type SortColumn<C> = (&'static str, C, bool, &'static str);

/// The width the fixed column `column` (one of `columns`) needs for its header with the sort arrow beside it,
/// and at least `at_least` (for its figures). Measured in the current font, so that a larger font or a longer
/// label is not clipped the moment the column is sorted.
pub fn sort_column_width<C: PartialEq>(ui: &Ui, columns: &[SortColumn<C>], column: C, at_least: f32) -> f32 {
    let label = columns.iter().find(|c| c.1 == column).map_or("", |c| c.0);
    let font = egui::TextStyle::Button.resolve(ui.style());
    let text = ui.ctx().fonts_mut(|f| f.layout_no_wrap(label.to_owned(), font, egui::Color32::WHITE).size().x);
    // The label, the spacing before the arrow, and the arrow (the table adds the spacing between columns).
    (text + ui.spacing().item_spacing.x + SORT_ARROW_WIDTH + 2.0).max(at_least).ceil()
}

/// A rounded chip with a label and a remove button. Returns true when the remove button was clicked.
pub fn removable_chip(ui: &mut Ui, label: &str, remove_name: &str) -> bool {
    let mut removed = false;
    egui::Frame::new()
        .fill(ui.visuals().widgets.inactive.weak_bg_fill)
        .corner_radius(egui::CornerRadius::same(10))
        .inner_margin(egui::Margin::symmetric(8, 2))
        .show(ui, |ui| {
            ui.spacing_mut().item_spacing.x = 4.0;
            ui.label(label);
            let r = ui
                .add(egui::Button::new("×").frame(false).small())
                .accessible_name(remove_name)
                .on_hover_text(remove_name);
            removed = r.clicked();
        });
    removed
}

/// A centred message for an empty view, with an optional button. Returns true when the button was clicked.
pub fn empty_state(ui: &mut Ui, title: &str, body: &str, button: Option<&str>) -> bool {
    let mut clicked = false;
    ui.vertical_centered(|ui| {
        ui.add_space((ui.available_height() * 0.25).clamp(12.0, 120.0));
        ui.label(RichText::new(title).heading());
        ui.add_space(6.0);
        ui.label(body);
        if let Some(button) = button {
            ui.add_space(10.0);
            clicked = ui.button(button).clicked();
        }
    });
    clicked
}

/// The platform's name for the command modifier, for shortcut hints ("Ctrl" or "Cmd").
pub fn command_key(ui: &Ui) -> &'static str {
    if ui.ctx().os() == egui::os::OperatingSystem::Mac { "Cmd" } else { "Ctrl" }
}

/// What the keyboard asks of a table this frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TableKey {
    /// Up/Down: select this row.
    Move(usize),
    /// Enter: open this row (the selected one, or the first when none is) in the reader.
    Open(usize),
}

/// Keyboard navigation of a table: the Up/Down arrow keys move the selection, Enter opens it. They act when
/// nothing has keyboard focus, or when the view's own search box has it (arrows mean nothing in a one-line field,
/// and Enter there means "open what I found"). A focused row or button keeps its own Tab/arrow/Enter handling.
pub fn table_keys(ui: &Ui, search_id: Option<egui::Id>, current: Option<usize>, rows: usize) -> Option<TableKey> {
    if rows == 0 {
        return None;
    }
    let focused = ui.ctx().memory(|m| m.focused());
    if focused.is_some() && focused != search_id {
        return None;
    }
    let (down, up, enter) =
        ui.input(|i| (i.key_pressed(Key::ArrowDown), i.key_pressed(Key::ArrowUp), i.key_pressed(Key::Enter)));
    if down != up {
        return Some(TableKey::Move(match (current, down) {
            (None, true) => 0,
            (None, false) => rows - 1,
            (Some(i), true) => (i + 1).min(rows - 1),
            (Some(i), false) => i.saturating_sub(1),
        }));
    }
    enter.then(|| TableKey::Open(current.unwrap_or(0)))
}

/// The longest list [`lazy_list`] lays out whole (at about 13 µs an evidence item, 0.7 ms).
pub const WHOLE_LIST: usize = 50;

/// A list of `count` items of different heights in the vertical scroll area `area` (which the caller sets up: its
/// id, size and shrinking). A long list lays out only the items in view, and two screens' worth on each side: the
/// evidence of a busy matrix cell or graph edge (hundreds or thousands of sentences), or the interactions of a
/// 100 MB document (hundreds of thousands), then cost a frame what their visible part costs. A short one (up to
/// [`WHOLE_LIST`] items) is laid out whole, so that screen readers (and tests) find every item. An item out of
/// view keeps the height it had when last shown (`estimate` until then), in egui's memory under the list's id.
/// Each item has its own id scope, so its widgets keep their ids whichever items are laid out.
pub fn lazy_list(
    ui: &mut Ui,
    area: egui::ScrollArea,
    count: usize,
    estimate: f32,
    mut item: impl FnMut(&mut Ui, usize),
) {
    area.show_viewport(ui, |ui, viewport| {
        let heights_id = ui.scope_id().with("lazy list heights");
        let spacing = ui.spacing().item_spacing.y;
        // Each item's height with the space after it.
        let mut heights: Heights = ui.data_mut(|d| d.remove_temp(heights_id)).unwrap_or_default();
        heights.resize(count, estimate + spacing);
        let margin = 2.0 * viewport.height();
        let (from, to) = if count <= WHOLE_LIST {
            (0, f32::INFINITY)
        } else {
            (heights.first_ending_after(viewport.min.y - margin), viewport.max.y + margin)
        };
        let (origin, width) = (ui.max_rect().min, ui.available_width());
        let mut y = heights.top(from);
        for i in from..count {
            if y > to {
                break;
            }
            let last = heights.heights[i] - spacing;
            let rect = egui::Rect::from_min_size(origin + egui::vec2(0.0, y), egui::vec2(width, last));
            let builder = egui::UiBuilder::new().max_rect(rect).id_salt(("lazy list item", i));
            let height = ui.scope_builder(builder, |ui| item(ui, i)).response.rect.height();
            heights.set(i, height + spacing);
            y += height + spacing;
        }
        ui.set_min_height((heights.total() - spacing).max(0.0));
        ui.data_mut(|d| d.insert_temp(heights_id, heights));
    });
}

/// Item heights with their running sums, in a Fenwick tree: finding the first item in view and updating a measured
/// height take a few steps, where adding up every height on every frame took a millisecond at 300,000 items.
#[derive(Clone, Debug, Default)]
struct Heights {
    heights: Vec<f32>,
    /// `tree[k - 1]` holds the sum of the heights `k - lowbit(k) .. k` (in f64: many small updates add up).
    tree: Vec<f64>,
}

impl Heights {
    /// Keeps the first `count` heights (new items get `estimate`) and rebuilds the sums if the count changed.
    fn resize(&mut self, count: usize, estimate: f32) {
        if self.heights.len() == count {
            return;
        }
        self.heights.resize(count, estimate);
        self.tree = self.heights.iter().map(|&h| f64::from(h)).collect();
        for k in 1..=count {
            let parent = k + (k & k.wrapping_neg());
            if parent <= count {
                self.tree[parent - 1] += self.tree[k - 1];
            }
        }
    }

    fn set(&mut self, i: usize, height: f32) {
        let delta = f64::from(height) - f64::from(self.heights[i]);
        if delta == 0.0 {
            return;
        }
        self.heights[i] = height;
        let mut k = i + 1;
        while k <= self.tree.len() {
            self.tree[k - 1] += delta;
            k += k & k.wrapping_neg();
        }
    }

    /// Where item `i` starts: the sum of the heights before it.
    fn top(&self, i: usize) -> f32 {
        let (mut k, mut sum) = (i.min(self.tree.len()), 0.0);
        while k > 0 {
            sum += self.tree[k - 1];
            k &= k - 1;
        }
        sum as f32
    }

    fn total(&self) -> f32 {
        self.top(self.tree.len())
    }

    /// The first item that ends below `y` (the count if none does).
    fn first_ending_after(&self, y: f32) -> usize {
        let (mut k, mut sum, y) = (0, 0.0, f64::from(y));
        let mut step = self.tree.len().checked_ilog2().map_or(0, |b| 1 << b);
        while step > 0 {
            if k + step <= self.tree.len() && sum + self.tree[k + step - 1] <= y {
                k += step;
                sum += self.tree[k - 1];
            }
            step >>= 1;
        }
        k
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `sort_column_width` for each label, measured in a frame whose button text is `size` points high.
    fn widths(size: f32, labels: &[&'static str]) -> Vec<f32> {
        let mut out = Vec::new();
        let mut output = egui::Context::default().run_ui(egui::RawInput::default(), |ui| {
            if let Some(font) = ui.style_mut().text_styles.get_mut(&egui::TextStyle::Button) {
                font.size = size;
            }
            let columns: Vec<SortColumn<usize>> = labels.iter().enumerate().map(|(i, &l)| (l, i, false, "")).collect();
            out = (0..labels.len()).map(|i| sort_column_width(ui, &columns, i, 40.0)).collect();
        });
        // Nothing is painted: the font atlas's updates are dropped.
        output.textures_delta.clear();
        out
    }

    #[test]
    fn sorted_headers_get_room_for_their_label_and_arrow() {
        let normal = widths(14.0, &["Matches", "N", "Matches and more"]);
        // A one-letter label keeps the column's own minimum; longer labels widen it.
        assert_eq!(normal[1], 40.0);
        assert!(normal[0] > 40.0 + 0.5 * SORT_ARROW_WIDTH, "{normal:?}");
        assert!(normal[2] > normal[0] + 40.0, "{normal:?}");
        // A larger font widens the column with it, so that the arrow is not clipped.
        let large = widths(28.0, &["Matches"]);
        assert!(large[0] > normal[0] * 1.5, "{large:?} against {normal:?}");
    }

    /// Which items `lazy_list` lays out in the third frame of a 400-point-high window (the first measures them).
    fn laid_out(count: usize, item_height: f32) -> Vec<usize> {
        laid_out_in(egui::ScrollArea::vertical(), count, 10.0, item_height)
    }

    /// [`laid_out`] in the scroll area `area`, with items estimated at `estimate` points until measured.
    fn laid_out_in(area: egui::ScrollArea, count: usize, estimate: f32, item_height: f32) -> Vec<usize> {
        let ctx = egui::Context::default();
        let mut shown = Vec::new();
        for _ in 0..3 {
            shown.clear();
            let input = egui::RawInput {
                screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(600.0, 400.0))),
                ..Default::default()
            };
            let mut output = ctx.run_ui(input, |ui| {
                lazy_list(ui, area.clone(), count, estimate, |ui, i| {
                    shown.push(i);
                    ui.allocate_space(egui::vec2(100.0, item_height));
                });
            });
            output.textures_delta.clear();
        }
        shown
    }

    #[test]
    fn a_long_list_lays_out_only_what_is_in_view_and_around_it() {
        let shown = laid_out(10_000, 40.0);
        // A 400-point window shows about 10 items of 40 points; two screens below add about 20 more. (With the
        // estimate of 10 points kept, about 120 would be.)
        assert_eq!(shown.first(), Some(&0));
        assert!((10..=40).contains(&shown.len()), "{} items laid out", shown.len());
        assert!(shown.windows(2).all(|w| w[1] == w[0] + 1), "{shown:?}");
    }

    #[test]
    fn heights_sum_and_search_like_a_plain_walk() {
        let mut heights = Heights::default();
        heights.resize(1000, 10.0);
        for (i, h) in [(0, 3.0), (7, 25.0), (500, 1.0), (999, 40.0), (7, 12.0)] {
            heights.set(i, h);
        }
        heights.resize(1200, 10.0);
        let plain: Vec<f32> = heights.heights.clone();
        let top = |i: usize| plain[..i].iter().sum::<f32>();
        for i in [0, 1, 7, 8, 499, 500, 501, 999, 1000, 1200] {
            assert!((heights.top(i) - top(i)).abs() < 0.01, "top({i})");
        }
        assert!((heights.total() - top(1200)).abs() < 0.01);
        for y in [-5.0, 0.0, 2.9, 3.0, 3.1, 95.0, 5000.0, 11_999.0, 1e9] {
            let expected = (0..plain.len()).find(|&i| top(i + 1) > y).unwrap_or(plain.len());
            assert_eq!(heights.first_ending_after(y), expected, "y = {y}");
        }
    }

    #[test]
    fn a_long_list_scrolled_down_lays_out_the_items_there() {
        let shown = laid_out_in(egui::ScrollArea::vertical().vertical_scroll_offset(100_000.0), 100_000, 20.0, 20.0);
        // Items of 20 points and the default spacing: the view starts a few thousand items down, and about five
        // screens of items (the view, two above, two below) are laid out.
        let first = shown.first().copied().unwrap_or(0);
        assert!((3_000..5_000).contains(&first), "{shown:?}");
        assert!((50..=120).contains(&shown.len()), "{} items laid out", shown.len());
        assert!(shown.windows(2).all(|w| w[1] == w[0] + 1), "{shown:?}");
    }

    #[test]
    fn a_short_list_is_laid_out_whole() {
        let shown = laid_out(WHOLE_LIST, 40.0);
        assert_eq!(shown, (0..WHOLE_LIST).collect::<Vec<_>>());
    }
}
