//! The painted graph: nodes, edges, labels and the legend, with pan, zoom, hover, click and drag.
//!
//! All geometry (transform, hit testing, label culling) is in [`crate::analysis::graph::geometry`]; this file only
//! turns it into egui shapes and pointer handling. A frame costs one pass over the nodes and edges, and labels are
//! measured only for the candidates that can be shown.

use eframe::egui::{self, Align2, Color32, FontId, Pos2, Rect, Sense, Shape, Stroke, Ui, Vec2};
use std::collections::BTreeSet;

use super::theme;
use crate::analysis::graph::geometry::{self, Point};
use crate::analysis::graph::{EntityGraph, ViewTransform, VisibleGraph};
use crate::analysis::relations::RelationKind;
use crate::extract::{EntityKind, LinkKind, Quad};

/// Labels considered per frame beyond the highlighted nodes: the most mentioned nodes on screen. Culling then keeps
/// the ones that do not overlap; zooming in brings fewer nodes on screen, so smaller ones get their labels.
const LABEL_CANDIDATES: usize = 60;
/// Pixels the pointer may miss a node or an edge by.
const NODE_SLOP: f32 = 3.0;
const LEGEND_WIDTH: f32 = 150.0;
const EDGE_SLOP: f32 = 5.0;

/// What the canvas draws.
pub struct Scene<'a> {
    /// The graph.
    pub graph: &'a EntityGraph,
    /// Its visible part.
    pub visible: &'a VisibleGraph,
    /// Position of each visible node (layout units).
    pub positions: &'a [[f32; 2]],
    /// Mentions of the most mentioned entity.
    pub max_mentions: usize,
    /// The selected entity's node.
    pub selected: Option<u32>,
    /// The node found by the search box.
    pub search_hit: Option<u32>,
    /// The selected edge (index into the graph's edges).
    pub selected_edge: Option<u32>,
    /// Keys of the pinned nodes.
    pub pinned: &'a BTreeSet<String>,
}

/// What the user did on the canvas this frame.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum CanvasEvent {
    /// Clicked a node (visible index).
    ClickNode(usize),
    /// Clicked an edge (visible index).
    ClickEdge(usize),
    /// Clicked the background.
    ClickBackground,
    /// Dragged a node (visible index) to a layout position.
    Drag(usize, [f32; 2]),
}

/// The canvas's own state between frames.
#[derive(Default)]
pub struct Canvas {
    screen: Vec<Point>,
    radius: Vec<f32>,
    hovered_node: Option<usize>,
    hovered_edge: Option<usize>,
    dragging: Option<usize>,
}

impl Canvas {
    /// Where visible node `slot` was drawn last frame.
    pub fn screen_pos(&self, slot: usize) -> Option<Pos2> {
        self.screen.get(slot).map(|p| Pos2::new(p[0], p[1]))
    }

    /// Draws `scene` in the remaining space and handles the pointer. `auto_fit` keeps the whole graph in view
    /// until the user pans or zooms.
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        scene: &Scene<'_>,
        transform: &mut ViewTransform,
        auto_fit: &mut bool,
    ) -> Vec<CanvasEvent> {
        let (rect, response) = ui.allocate_exact_size(ui.available_size(), Sense::click_and_drag());
        let centre = [rect.center().x, rect.center().y];
        if *auto_fit {
            // Keep the graph clear of the legend in the bottom-left corner: beside it on a wide canvas, above it
            // on a tall one.
            let legend = legend_size(scene) + Vec2::splat(16.0);
            let (w, h) = (rect.width(), rect.height());
            let beside = w - legend.x >= h - legend.y;
            let (size, shift) = if beside {
                ([w - legend.x, h], [legend.x / 2.0, 0.0])
            } else {
                ([w, h - legend.y], [0.0, -legend.y / 2.0])
            };
            *transform = ViewTransform::fit(scene.positions, size, 40.0);
            transform.pan = [transform.pan[0] + shift[0], transform.pan[1] + shift[1]];
        }
        let mut events = Vec::new();
        self.interact(ui, &response, scene, transform, auto_fit, centre, &mut events);
        self.project(scene, transform, centre);
        let painter = ui.painter_at(rect);
        paint(&painter, rect, scene, self, ui.visuals().dark_mode);
        events
    }

    /// Screen positions and radii of the visible nodes.
    fn project(&mut self, scene: &Scene<'_>, transform: &ViewTransform, centre: Point) {
        self.screen.clear();
        self.screen.extend(scene.positions.iter().map(|p| transform.to_screen(centre, *p)));
        self.radius.clear();
        self.radius.extend(
            scene
                .visible
                .nodes
                .iter()
                .map(|&i| geometry::node_radius(scene.graph.nodes[i as usize].mentions, scene.max_mentions)),
        );
    }

    #[allow(clippy::too_many_arguments)]
    fn interact(
        &mut self,
        ui: &Ui,
        response: &egui::Response,
        scene: &Scene<'_>,
        transform: &mut ViewTransform,
        auto_fit: &mut bool,
        centre: Point,
        events: &mut Vec<CanvasEvent>,
    ) {
        // Hit testing uses last frame's projection: it is what the user saw when they pointed.
        let pointer = response.hover_pos().or(response.interact_pointer_pos()).map(|p| [p.x, p.y]);
        self.hovered_node = None;
        self.hovered_edge = None;
        if let Some(p) = pointer
            && self.screen.len() == scene.positions.len()
        {
            self.hovered_node = geometry::hit_node(&self.screen, &self.radius, p, NODE_SLOP);
            if self.hovered_node.is_none() {
                let ends = scene.visible.edges.iter().map(|e| (e.a as usize, e.b as usize));
                self.hovered_edge = geometry::hit_edge(&self.screen, ends, p, EDGE_SLOP);
            }
        }
        if response.drag_started() {
            self.dragging = self.hovered_node;
        }
        if response.dragged() {
            match (self.dragging, response.interact_pointer_pos()) {
                (Some(slot), Some(p)) => events.push(CanvasEvent::Drag(slot, transform.to_world(centre, [p.x, p.y]))),
                _ => {
                    let d = response.drag_delta();
                    transform.pan = [transform.pan[0] + d.x, transform.pan[1] + d.y];
                    *auto_fit = false;
                }
            }
        }
        if response.drag_stopped() {
            self.dragging = None;
        }
        if response.clicked() {
            events.push(match (self.hovered_node, self.hovered_edge) {
                (Some(n), _) => CanvasEvent::ClickNode(n),
                (None, Some(e)) => CanvasEvent::ClickEdge(e),
                _ => CanvasEvent::ClickBackground,
            });
        }
        if response.hovered() {
            // Wheel zooms (a graph has nothing to scroll); pinch and Ctrl+wheel arrive as zoom_delta.
            let (scroll, pinch) = ui.input(|i| (i.smooth_scroll_delta().y, i.zoom_delta()));
            let factor = (scroll * 0.002).exp() * pinch;
            if (factor - 1.0).abs() > 1e-4
                && let Some(p) = response.hover_pos()
            {
                transform.zoom_at(centre, [p.x, p.y], factor);
                *auto_fit = false;
            }
        }
        if self.hovered_node.is_some() || self.hovered_edge.is_some() {
            ui.ctx().set_cursor_icon(if self.dragging.is_some() {
                egui::CursorIcon::Grabbing
            } else {
                egui::CursorIcon::PointingHand
            });
        }
    }
}

/// The colour of a typed relation: by its PLOVER quad class (cooperation green/blue, conflict orange/red), so
/// the legend stays short; affiliation in violet.
pub fn relation_color(kind: RelationKind, dark: bool) -> Color32 {
    let (light, dark_c) = match kind {
        RelationKind::CoOccurrence => ((0x9A, 0x9A, 0x9A), (0x70, 0x70, 0x78)),
        RelationKind::Link(LinkKind::Affiliation) => ((0x7B, 0x4F, 0xC9), (0xB3, 0x94, 0xF0)),
        RelationKind::Link(LinkKind::Event(c)) => match c.quad() {
            Quad::VerbalCoop => ((0x1E, 0x9E, 0x4A), (0x5C, 0xD6, 0x80)),
            Quad::MaterialCoop => ((0x1F, 0x6F, 0xD1), (0x6E, 0xA8, 0xF5)),
            Quad::VerbalConflict => ((0xD9, 0x7A, 0x00), (0xF2, 0xB1, 0x4C)),
            Quad::MaterialConflict => ((0xC6, 0x28, 0x28), (0xF0, 0x6E, 0x6E)),
        },
    };
    let (r, g, b) = if dark { dark_c } else { light };
    Color32::from_rgb(r, g, b)
}

/// Draws edges, nodes, labels and the legend.
pub fn paint(painter: &egui::Painter, rect: Rect, scene: &Scene<'_>, canvas: &Canvas, dark: bool) {
    let bounds = [rect.min.x, rect.min.y, rect.max.x, rect.max.y];
    let pos = |slot: usize| Pos2::new(canvas.screen[slot][0], canvas.screen[slot][1]);
    let slot_of = |node: Option<u32>| node.and_then(|n| scene.visible.slot(n));
    let selected = slot_of(scene.selected);
    let focus = [selected, canvas.hovered_node];
    let touches_focus = |a: usize, b: usize| focus.iter().flatten().any(|&f| f == a || f == b);

    // Edges: plain ones first, highlighted ones (touching the selected or hovered node, or selected) on top.
    let mut on_top = Vec::new();
    // All plain edges in one mesh: thousands of separate line shapes cost more to tessellate than to draw.
    let mut edges = egui::Mesh::default();
    let feather = 1.0 / painter.pixels_per_point();
    for (i, e) in scene.visible.edges.iter().enumerate() {
        let (a, b) = (e.a as usize, e.b as usize);
        if !geometry::segment_may_cross(canvas.screen[a], canvas.screen[b], bounds) {
            continue;
        }
        let highlighted = touches_focus(a, b) || scene.selected_edge == Some(e.edge) || canvas.hovered_edge == Some(i);
        if highlighted {
            on_top.push(i);
            continue;
        }
        let color = relation_color(e.typed.unwrap_or(RelationKind::CoOccurrence), dark);
        // Co-occurrence recedes; stated relations stand out.
        let alpha = if e.typed.is_some() { 200 } else { 110 };
        add_line(&mut edges, [pos(a), pos(b)], geometry::edge_width(e.weight), color.gamma_multiply_u8(alpha), feather);
    }
    painter.add(Shape::mesh(edges));
    for i in on_top {
        let e = &scene.visible.edges[i];
        let color = relation_color(e.typed.unwrap_or(RelationKind::CoOccurrence), dark);
        let chosen = scene.selected_edge == Some(e.edge) || canvas.hovered_edge == Some(i);
        let width = geometry::edge_width(e.weight) + if chosen { 2.5 } else { 1.0 };
        let color = if chosen && e.typed.is_none() { painter_strong(dark) } else { color };
        painter.line_segment([pos(e.a as usize), pos(e.b as usize)], Stroke::new(width, color));
    }

    // Nodes, smallest first so big nodes stay visible where they overlap.
    let bg = if dark { Color32::from_gray(27) } else { Color32::from_gray(248) };
    for slot in (0..scene.visible.nodes.len()).rev() {
        let p = canvas.screen[slot];
        let r = canvas.radius[slot];
        if p[0] + r < bounds[0] || p[0] - r > bounds[2] || p[1] + r < bounds[1] || p[1] - r > bounds[3] {
            continue;
        }
        let node = &scene.graph.nodes[scene.visible.nodes[slot] as usize];
        kind_marker(painter, pos(slot), r, node.kind, theme::kind_color(node.kind, dark), Stroke::new(1.5, bg));
        if scene.pinned.contains(node.key()) {
            // A pin: a small dark dot in the middle of the node.
            painter.circle_filled(pos(slot), (r * 0.3).max(2.0), bg);
        }
    }
    for (slot, width) in [(selected, 3.0), (slot_of(scene.search_hit), 2.0), (canvas.hovered_node, 1.5)] {
        if let Some(s) = slot {
            painter.circle_stroke(pos(s), canvas.radius[s] + 3.0, Stroke::new(width, painter_strong(dark)));
        }
    }

    let legend = legend(painter, rect, scene, dark);
    labels(painter, rect, scene, canvas, [selected, canvas.hovered_node, slot_of(scene.search_hit)], legend, dark);
}

/// Adds a straight line to `mesh` as a solid core with a `feather`-wide fade on each side: the anti-aliasing
/// egui's tessellator would give a line shape, without its per-shape cost.
fn add_line(mesh: &mut egui::Mesh, [a, b]: [Pos2; 2], width: f32, color: Color32, feather: f32) {
    let along = b - a;
    let length = along.length();
    if length < 1e-3 {
        return;
    }
    let normal = Vec2::new(-along.y, along.x) / length;
    // Lines thinner than the feather fade instead of thinning further.
    let (core, color) =
        if width > feather { ((width - feather) * 0.5, color) } else { (0.0, color.gamma_multiply(width / feather)) };
    let first = mesh.vertices.len() as u32;
    for end in [a, b] {
        mesh.colored_vertex(end + normal * (core + feather), Color32::TRANSPARENT);
        mesh.colored_vertex(end + normal * core, color);
        mesh.colored_vertex(end - normal * core, color);
        mesh.colored_vertex(end - normal * (core + feather), Color32::TRANSPARENT);
    }
    // Three strips (fade, core, fade) between the four vertices at `a` and the four at `b`.
    for k in first..first + 3 {
        mesh.add_triangle(k, k + 1, k + 4);
        mesh.add_triangle(k + 1, k + 5, k + 4);
    }
}

fn painter_strong(dark: bool) -> Color32 {
    if dark { Color32::from_gray(235) } else { Color32::from_gray(20) }
}

/// A node's mark: its kind shows by shape as well as by colour, for readers who cannot tell the colours apart —
/// a circle for a person, a square for an organisation, a diamond for a country, a triangle for a place. Each
/// fits the circle of radius `r` that hit testing uses.
fn kind_marker(painter: &egui::Painter, c: Pos2, r: f32, kind: EntityKind, fill: Color32, stroke: Stroke) {
    let points: Vec<Pos2> = match kind {
        EntityKind::Person => {
            painter.circle(c, r, fill, stroke);
            return;
        }
        EntityKind::Organization => {
            let h = r * 0.85;
            vec![c + Vec2::new(-h, -h), c + Vec2::new(h, -h), c + Vec2::new(h, h), c + Vec2::new(-h, h)]
        }
        EntityKind::Country => {
            vec![c + Vec2::new(0.0, -r), c + Vec2::new(r, 0.0), c + Vec2::new(0.0, r), c + Vec2::new(-r, 0.0)]
        }
        EntityKind::Place => {
            vec![c + Vec2::new(0.0, -r), c + Vec2::new(r * 0.87, r * 0.5), c + Vec2::new(-r * 0.87, r * 0.5)]
        }
    };
    painter.add(Shape::convex_polygon(points, fill, stroke));
}

/// Labels in priority order (highlighted nodes, then the most mentioned on screen), culled for overlap.
fn labels(
    painter: &egui::Painter,
    rect: Rect,
    scene: &Scene<'_>,
    canvas: &Canvas,
    highlighted: [Option<usize>; 3],
    legend: Rect,
    dark: bool,
) {
    let on_screen = |s: usize| rect.contains(Pos2::new(canvas.screen[s][0], canvas.screen[s][1]));
    let mut order: Vec<usize> = Vec::with_capacity(LABEL_CANDIDATES + 3);
    for s in highlighted.into_iter().flatten() {
        if !order.contains(&s) {
            order.push(s);
        }
    }
    // Visible nodes are already sorted by mentions.
    let first = order.clone();
    order.extend((0..scene.visible.nodes.len()).filter(|s| on_screen(*s) && !first.contains(s)).take(LABEL_CANDIDATES));
    let font = FontId::proportional(13.0);
    let text_color = painter_strong(dark);
    let galleys: Vec<_> = order
        .iter()
        .map(|&s| {
            let name = &scene.graph.nodes[scene.visible.nodes[s] as usize].name;
            painter.layout_no_wrap(name.clone(), font.clone(), text_color)
        })
        .collect();
    let rects: Vec<geometry::Rect> = order
        .iter()
        .zip(&galleys)
        .map(|(&s, g)| {
            let [x, y] = canvas.screen[s];
            let (w, h) = (g.size().x + 6.0, g.size().y + 2.0);
            // Below the node, kept inside the canvas: above it at the bottom edge, shifted in at the sides.
            let below = y + canvas.radius[s] + 2.0;
            let top = if below + h > rect.max.y { y - canvas.radius[s] - 2.0 - h } else { below };
            let left = (x - w / 2.0).min(rect.max.x - w).max(rect.min.x);
            [left, top, left + w, top + h]
        })
        .collect();
    let blocked = [[legend.min.x, legend.min.y, legend.max.x, legend.max.y]];
    let backdrop = if dark { Color32::from_black_alpha(170) } else { Color32::from_white_alpha(200) };
    for i in geometry::cull_labels(&rects, &blocked) {
        let r = rects[i];
        let area = Rect::from_min_max(Pos2::new(r[0], r[1]), Pos2::new(r[2], r[3]));
        painter.rect_filled(area, 3.0, backdrop);
        painter.galley(area.min + Vec2::new(3.0, 1.0), galleys[i].clone(), text_color);
    }
}

/// The legend's rows for edges: one per colour on screen (co-occurrence always), with what it stands for.
fn legend_edges(scene: &Scene<'_>) -> Vec<(RelationKind, &'static str)> {
    let mut rows: Vec<(RelationKind, &'static str)> = vec![(RelationKind::CoOccurrence, "same sentence")];
    for kind in scene.visible.edges.iter().filter_map(|e| e.typed) {
        let label = match kind {
            RelationKind::CoOccurrence => continue,
            RelationKind::Link(LinkKind::Affiliation) => "affiliation",
            RelationKind::Link(LinkKind::Event(c)) => match c.quad() {
                Quad::VerbalCoop => "talks, support",
                Quad::MaterialCoop => "cooperation, aid",
                Quad::VerbalConflict => "accusation, threat",
                Quad::MaterialConflict => "attack, sanction",
            },
        };
        if !rows.iter().any(|r| r.1 == label) {
            rows.push((kind, label));
        }
    }
    rows
}

const LEGEND_ROW: f32 = 17.0;

/// The legend's size for `scene`.
fn legend_size(scene: &Scene<'_>) -> Vec2 {
    let rows = EntityKind::ALL.len() + legend_edges(scene).len();
    Vec2::new(LEGEND_WIDTH, LEGEND_ROW * rows as f32 + 10.0)
}

/// The legend in the bottom-left corner: node colours by kind, edge colours by the relation classes on screen.
/// Returns its rectangle (labels keep clear of it).
fn legend(painter: &egui::Painter, rect: Rect, scene: &Scene<'_>, dark: bool) -> Rect {
    let font = FontId::proportional(12.0);
    let text = painter_strong(dark);
    let row = LEGEND_ROW;
    let size = legend_size(scene);
    let area = Rect::from_min_size(Pos2::new(rect.min.x + 8.0, rect.max.y - size.y - 8.0), size);
    let fill = if dark { Color32::from_black_alpha(190) } else { Color32::from_white_alpha(225) };
    painter.rect_filled(area, 4.0, fill);
    let mut y = area.min.y + 5.0 + row / 2.0;
    let x = area.min.x + 10.0;
    for kind in EntityKind::ALL {
        kind_marker(painter, Pos2::new(x + 6.0, y), 5.5, kind, theme::kind_color(kind, dark), Stroke::NONE);
        painter.text(Pos2::new(x + 18.0, y), Align2::LEFT_CENTER, kind.label(), font.clone(), text);
        y += row;
    }
    for (kind, label) in legend_edges(scene) {
        let color = relation_color(kind, dark);
        painter.line_segment([Pos2::new(x, y), Pos2::new(x + 12.0, y)], Stroke::new(2.5, color));
        painter.text(Pos2::new(x + 18.0, y), Align2::LEFT_CENTER, label, font.clone(), text);
        y += row;
    }
    area
}
