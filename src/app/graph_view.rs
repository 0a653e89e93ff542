//! The relationship view: the entity graph, laid out by a force simulation on a background thread, with filters,
//! search and an evidence panel for the selected edge.
//!
//! The view owns its state ([`GraphViewState`]: filters, positions, pins, zoom and pan, saved with the app's
//! settings). The graph of a folder is built on a background thread when the folder loads; the visible part is
//! recomputed when a filter changes, and a [`LayoutRunner`] then lays it out off the UI thread, starting from the
//! positions already known so the picture does not jump. Every frame only copies the newest positions and paints
//! ([`super::graph_canvas`]); the filter and evidence panels are in `graph_panels`.

use eframe::egui::{self, RichText, Ui};
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::time::Duration;

use super::graph_canvas::{Canvas, CanvasEvent};
use super::state::{Action, Loaded, Selection};
use super::widgets;
use crate::analysis::graph::{
    self, EntityGraph, GraphFilter, GraphViewState, ViewTransform, VisibleGraph, visible_graph,
};
use crate::analysis::layout::{Layout, LayoutEdge, LayoutRunner, RunnerOptions};
use crate::analysis::relations::{Evidence, RelationKind};

/// A selected edge: its index among the graph's edges, and each evidence sentence with the relation kinds it
/// supports.
pub type SelectedEdge = (u32, Vec<(Evidence, Vec<RelationKind>)>);
use crate::corpus::Date;
use crate::extract::EntityId;

/// A folder's graph with what the panels list.
pub struct GraphData {
    /// Which load it belongs to.
    pub generation: u64,
    /// The graph.
    pub graph: Arc<EntityGraph>,
    /// Relation kinds present (the relation filter's choices).
    pub kinds: Vec<RelationKind>,
    /// Distinct document dates (the date filter's steps).
    pub dates: Vec<Date>,
    /// Mentions of the most mentioned entity (node sizes are relative to it).
    pub max_mentions: usize,
}

impl GraphData {
    /// Wraps a built graph.
    pub fn new(generation: u64, graph: EntityGraph) -> GraphData {
        let max_mentions = graph.nodes.iter().map(|n| n.mentions).max().unwrap_or(1);
        GraphData {
            generation,
            kinds: graph.relation_kinds(),
            dates: graph.dates(),
            max_mentions,
            graph: Arc::new(graph),
        }
    }
}

/// What the visible graph was computed from.
#[derive(Clone, PartialEq)]
struct VisibleKey {
    generation: u64,
    filter: GraphFilter,
    focus: Option<EntityId>,
}

/// The relationship view.
pub struct GraphView {
    /// Filters, positions, pins, zoom and pan.
    state: GraphViewState,
    data: Option<GraphData>,
    building: Option<(u64, Receiver<EntityGraph>)>,
    visible: VisibleGraph,
    visible_for: Option<VisibleKey>,
    runner: Option<LayoutRunner>,
    /// Current position of each visible node, in layout units.
    positions: Vec<[f32; 2]>,
    version: u64,
    settled: bool,
    iterations: u64,
    /// Keep fitting the whole graph to the canvas until the user pans or zooms.
    auto_fit: bool,
    canvas: Canvas,
    /// The selected edge (index into the graph's edges) and its evidence.
    edge: Option<SelectedEdge>,
    search: String,
    search_hit: Option<u32>,
    /// Set by Ctrl+F: focus the search box on the next frame.
    pub focus_search: bool,
    /// Whether the filter panel is open.
    pub show_filters: bool,
    seed: u64,
}

impl Default for GraphView {
    fn default() -> Self {
        GraphView::new(GraphViewState::default())
    }
}

impl GraphView {
    /// A view restored from saved state.
    pub fn new(state: GraphViewState) -> GraphView {
        GraphView {
            auto_fit: state.positions.is_empty(),
            state,
            data: None,
            building: None,
            visible: VisibleGraph::default(),
            visible_for: None,
            runner: None,
            positions: Vec::new(),
            version: 0,
            settled: true,
            iterations: 0,
            canvas: Canvas::default(),
            edge: None,
            search: String::new(),
            search_hit: None,
            focus_search: false,
            show_filters: true,
            seed: 1,
        }
    }

    /// A view on an already built graph (benchmarks and tests).
    pub fn with_graph(graph: EntityGraph, state: GraphViewState) -> GraphView {
        let mut view = GraphView::new(state);
        view.data = Some(GraphData::new(0, graph));
        view
    }

    /// The state to save: filters, zoom and pan, and the current positions merged into the remembered ones.
    pub fn saved_state(&self) -> GraphViewState {
        let mut s = self.state.clone();
        if let Some(d) = &self.data {
            store_positions(&mut s, &d.graph, &self.visible, &self.positions);
        }
        s
    }

    /// The filters (tests change them the way the panel does).
    pub fn filter_mut(&mut self) -> &mut GraphFilter {
        &mut self.state.filter
    }

    /// The filters.
    pub fn filter(&self) -> &GraphFilter {
        &self.state.filter
    }

    /// The graph of the folder, once built.
    pub fn graph(&self) -> Option<&EntityGraph> {
        self.data.as_ref().map(|d| &*d.graph)
    }

    /// What is shown (as of the last frame).
    pub fn visible(&self) -> &VisibleGraph {
        &self.visible
    }

    /// Whether the layout is still moving.
    pub fn is_layout_running(&self) -> bool {
        self.runner.is_some() && !self.settled && !self.state.frozen
    }

    /// Layout iterations run since the last (re)start.
    pub fn layout_iterations(&self) -> u64 {
        self.iterations
    }

    /// Where `entity`'s node was drawn last frame, in screen points.
    pub fn node_screen_pos(&self, entity: EntityId) -> Option<egui::Pos2> {
        let slot = self.visible.slot(self.data.as_ref()?.graph.node_of(entity)?)?;
        self.canvas.screen_pos(slot)
    }

    /// Selects the edge between `a` and `b` (if it is visible) and lists its evidence; `false` if there is none.
    pub fn select_edge_between(&mut self, a: EntityId, b: EntityId) -> bool {
        let Some(d) = &self.data else { return false };
        let (Some(x), Some(y)) = (d.graph.node_of(a), d.graph.node_of(b)) else { return false };
        let found = self.visible.edges.iter().find(|e| {
            let ends = (self.visible.nodes[e.a as usize], self.visible.nodes[e.b as usize]);
            ends == (x, y) || ends == (y, x)
        });
        match found.map(|e| e.edge) {
            Some(edge) => {
                self.select_edge(Some(edge));
                true
            }
            None => false,
        }
    }

    /// The selected edge's evidence: each supporting sentence with the relation kinds it supports.
    pub fn evidence(&self) -> &[(Evidence, Vec<RelationKind>)] {
        self.edge.as_ref().map_or(&[], |e| &e.1)
    }

    fn select_edge(&mut self, edge: Option<u32>) {
        self.edge = match (edge, &self.data) {
            (Some(e), Some(d)) => Some((e, d.graph.edge_evidence(e as usize, &self.state.filter))),
            _ => None,
        };
    }

    /// Starts building the graph of a newly loaded folder, and picks up a finished build.
    fn poll_data(&mut self, loaded: &Loaded) {
        if let Some((generation, rx)) = &self.building {
            match rx.try_recv() {
                Ok(graph) => {
                    self.data = Some(GraphData::new(*generation, graph));
                    self.building = None;
                }
                Err(TryRecvError::Empty) => {}
                Err(TryRecvError::Disconnected) => self.building = None,
            }
        }
        let current = self.data.as_ref().map(|d| d.generation);
        let pending = self.building.as_ref().map(|b| b.0);
        if current != Some(loaded.generation) && pending != Some(loaded.generation) {
            // Relations of a big folder take a while: not on the UI thread.
            let (tx, rx) = mpsc::channel();
            let data = Arc::clone(&loaded.data);
            let spawned = std::thread::Builder::new()
                .name("dossier-graph".into())
                .spawn(move || {
                    let _ = tx.send(EntityGraph::build(&data));
                })
                .is_ok();
            if spawned {
                self.building = Some((loaded.generation, rx));
            } else {
                self.data = Some(GraphData::new(loaded.generation, EntityGraph::build(&loaded.data)));
            }
        }
    }

    /// Recomputes the visible graph when the folder, a filter or (for the neighbourhood filter) the selection
    /// changed, and restarts the layout from the positions known so far.
    fn refresh(&mut self, focus: Option<EntityId>) {
        let Some(d) = &self.data else { return };
        // The selected entity only matters to the neighbourhood filter; selecting a node must not relayout.
        let focus = focus.filter(|_| self.state.filter.neighbourhood > 0);
        let key = VisibleKey { generation: d.generation, filter: self.state.filter.clone(), focus };
        if self.visible_for.as_ref() == Some(&key) {
            return;
        }
        let graph = Arc::clone(&d.graph);
        store_positions(&mut self.state, &graph, &self.visible, &self.positions);
        self.visible = visible_graph(&graph, &self.state.filter, focus);
        self.visible_for = Some(key);
        if let Some((edge, _)) = self.edge {
            let still = self.visible.edge_slot(edge).is_some();
            self.select_edge(still.then_some(edge));
        }
        self.start_layout(&graph, false);
    }

    /// (Re)starts the layout of the visible graph: from the remembered positions, or from scratch when `fresh`.
    fn start_layout(&mut self, graph: &EntityGraph, fresh: bool) {
        let keys: Vec<&str> = self.visible.nodes.iter().map(|&i| graph.nodes[i as usize].key()).collect();
        let known: Vec<Option<[f32; 2]>> = keys
            .iter()
            .map(|&k| if fresh && !self.state.pinned.contains(k) { None } else { self.state.positions.get(k).copied() })
            .collect();
        if known.iter().all(Option::is_none) {
            self.auto_fit = true;
        }
        let edges: Vec<LayoutEdge> = self
            .visible
            .edges
            .iter()
            .map(|e| LayoutEdge { source: e.a as usize, target: e.b as usize, weight: e.weight as f32 })
            .collect();
        let settings = graph::layout_settings(self.seed);
        let mut layout = Layout::with_positions(keys.len(), &edges, settings, &known);
        for (i, k) in keys.iter().enumerate() {
            if self.state.pinned.contains(*k) {
                layout.set_pinned(i, true);
            }
        }
        self.positions = layout.positions();
        self.version = 0;
        self.settled = layout.is_empty();
        self.iterations = 0;
        let runner = LayoutRunner::spawn(layout, RunnerOptions::default());
        runner.set_paused(self.state.frozen);
        self.runner = Some(runner);
    }

    /// Copies the newest positions from the layout thread (never waits for it).
    fn poll_layout(&mut self) {
        let Some(runner) = &self.runner else { return };
        if let Some((version, settled, _paused, iterations)) = runner.read(self.version, &mut self.positions) {
            self.version = version;
            self.settled = settled;
            self.iterations = iterations;
        }
    }

    /// Re-runs the layout from random positions (pinned nodes stay).
    pub fn rerun_layout(&mut self) {
        self.seed = self.seed.wrapping_add(1);
        if let Some(d) = &self.data {
            let graph = Arc::clone(&d.graph);
            self.start_layout(&graph, true);
        }
        self.auto_fit = true;
    }

    /// Freezes or resumes the layout.
    pub fn set_frozen(&mut self, frozen: bool) {
        self.state.frozen = frozen;
        if let Some(r) = &self.runner {
            r.set_paused(frozen);
        }
    }

    /// Unpins every node.
    pub fn unpin_all(&mut self) {
        if let (Some(d), Some(r)) = (&self.data, &self.runner) {
            for (slot, &i) in self.visible.nodes.iter().enumerate() {
                if self.state.pinned.contains(d.graph.nodes[i as usize].key()) {
                    r.set_pinned(slot, false);
                }
            }
        }
        self.state.pinned.clear();
    }

    /// Searches a node by name: the best match among the visible nodes (a name starting with the text first, then
    /// the most mentioned), centred on the canvas.
    fn search_node(&mut self) {
        let Some(d) = &self.data else { return };
        let q = self.search.trim().to_lowercase();
        self.search_hit = None;
        if q.is_empty() {
            return;
        }
        let best = self
            .visible
            .nodes
            .iter()
            .enumerate()
            .filter_map(|(slot, &i)| {
                let name = d.graph.nodes[i as usize].name.to_lowercase();
                let at = name.find(&q)?;
                // Prefer a match at the start of the name or of a word.
                let word_start = at == 0 || name[..at].ends_with(' ');
                Some((!word_start, slot, i))
            })
            .min_by_key(|&(late, slot, _)| (late, slot));
        if let Some((_, slot, i)) = best {
            self.search_hit = Some(i);
            if let Some(p) = self.positions.get(slot) {
                self.state.transform.centre_on(*p);
                self.auto_fit = false;
            }
        }
    }

    /// Shows the view.
    pub fn ui(&mut self, ui: &mut Ui, loaded: &Loaded, selection: &Selection, actions: &mut Vec<Action>) {
        self.poll_data(loaded);
        self.refresh(selection.entity);
        self.poll_layout();
        if self.building.is_some() || self.is_layout_running() {
            // Nothing else wakes the UI when the threads publish.
            ui.ctx().request_repaint_after(Duration::from_millis(16));
        }
        self.toolbar(ui, actions);
        ui.separator();
        let Some(graph) = self.data.as_ref().map(|d| Arc::clone(&d.graph)) else {
            ui.vertical_centered(|ui| {
                ui.add_space(ui.available_height() * 0.3);
                ui.spinner();
                ui.label("Finding the relations…");
            });
            return;
        };
        if self.show_filters
            && let Some(data) = &self.data
        {
            let filter = &mut self.state.filter;
            egui::Panel::left("graph-filters")
                .resizable(false)
                .exact_size(210.0)
                .show(ui, |ui| super::graph_panels::filters(ui, filter, data));
            self.refresh(selection.entity);
        }
        if self.edge.is_some() {
            let mut close = false;
            egui::Panel::right("graph-evidence").resizable(true).default_size(320.0).size_range(220.0..=560.0).show(
                ui,
                |ui| {
                    close = super::graph_panels::evidence(ui, &graph, self.edge.as_ref(), loaded, actions);
                },
            );
            if close {
                self.edge = None;
            }
        }
        if self.visible.nodes.is_empty() {
            let (title, body) = if graph.edges.is_empty() {
                ("No relations found", "No two entities are mentioned in the same sentence in these documents.")
            } else {
                ("Nothing matches these filters", "Turn kinds or relation types back on, or lower the minimum weight.")
            };
            if widgets::empty_state(ui, title, body, Some("Reset filters")) {
                self.state.filter = GraphFilter::default();
            }
            return;
        }
        self.canvas_ui(ui, &graph, selection, actions);
    }

    fn canvas_ui(&mut self, ui: &mut Ui, graph: &EntityGraph, selection: &Selection, actions: &mut Vec<Action>) {
        let max_mentions = self.data.as_ref().map_or(1, |d| d.max_mentions);
        let scene = super::graph_canvas::Scene {
            graph,
            visible: &self.visible,
            positions: &self.positions,
            max_mentions,
            selected: selection.entity.and_then(|e| graph.node_of(e)),
            search_hit: self.search_hit,
            selected_edge: self.edge.as_ref().map(|e| e.0),
            pinned: &self.state.pinned,
        };
        let events = self.canvas.ui(ui, &scene, &mut self.state.transform, &mut self.auto_fit);
        for event in events {
            match event {
                CanvasEvent::ClickNode(slot) => {
                    let entity = graph.nodes[self.visible.nodes[slot] as usize].entity;
                    actions.push(Action::SelectEntity { entity, add: false, reveal: true });
                }
                CanvasEvent::ClickEdge(slot) => self.select_edge(Some(self.visible.edges[slot].edge)),
                CanvasEvent::ClickBackground => self.edge = None,
                CanvasEvent::Drag(slot, p) => {
                    if let Some(q) = self.positions.get_mut(slot) {
                        *q = p;
                    }
                    let key = graph.nodes[self.visible.nodes[slot] as usize].key().to_string();
                    self.state.positions.insert(key.clone(), p);
                    if let Some(r) = &self.runner {
                        // Pin first so the layout cannot pull the node back between the two commands.
                        if self.state.pinned.insert(key) {
                            r.set_pinned(slot, true);
                        }
                        r.move_node(slot, p);
                        self.settled = false;
                    }
                }
            }
        }
    }

    fn toolbar(&mut self, ui: &mut Ui, actions: &mut Vec<Action>) {
        ui.horizontal(|ui| {
            ui.heading("Relationships");
            ui.add_space(8.0);
            if self.data.is_some() {
                let (n, m) = (self.visible.nodes.len(), self.visible.edges.len());
                ui.label(RichText::new(format!("{n} entities · {m} links")).strong()).on_hover_text(
                    "Entities linked by at least one relation that passes the filters; \
                     a link is two entities in the same sentence or a relation the text states.",
                );
            }
        });
        ui.horizontal_wrapped(|ui| {
            let hint = format!("Find an entity ({}+F)", widgets::command_key(ui));
            let response =
                widgets::search_box(ui, &mut self.search, "Search graph", &hint, 200.0, &mut self.focus_search);
            if response.changed() {
                self.search_node();
            }
            if response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                self.search_node();
                if let (Some(i), Some(d)) = (self.search_hit, &self.data) {
                    let entity = d.graph.nodes[i as usize].entity;
                    actions.push(Action::SelectEntity { entity, add: false, reveal: true });
                }
            }
            ui.toggle_value(&mut self.show_filters, "Filters");
            if ui.button("Fit").on_hover_text("Zoom and pan to show the whole graph").clicked() {
                self.auto_fit = true;
            }
            if ui.button("Re-run layout").on_hover_text("Lay the graph out again from scratch (pins stay)").clicked() {
                self.rerun_layout();
            }
            let mut frozen = self.state.frozen;
            if ui.toggle_value(&mut frozen, "Freeze").on_hover_text("Stop the layout where it is").changed() {
                self.set_frozen(frozen);
            }
            let pins = self.state.pinned.len();
            if ui.add_enabled(pins > 0, egui::Button::new(format!("Unpin all ({pins})"))).clicked() {
                self.unpin_all();
            }
            let status = if self.state.frozen {
                "frozen".to_string()
            } else if self.is_layout_running() {
                format!("laying out… {} steps", self.iterations)
            } else {
                "settled".to_string()
            };
            ui.label(RichText::new(status).weak())
                .on_hover_text("Wheel or pinch: zoom · drag the background: pan · drag a node: pin it there");
        });
    }

    /// Zoom and pan (tests and the settings).
    pub fn transform(&self) -> ViewTransform {
        self.state.transform
    }
}

/// Remembers the positions of the visible nodes in `state`, by entity key.
fn store_positions(state: &mut GraphViewState, graph: &EntityGraph, visible: &VisibleGraph, positions: &[[f32; 2]]) {
    for (&i, p) in visible.nodes.iter().zip(positions) {
        if let Some(node) = graph.nodes.get(i as usize)
            && p[0].is_finite()
            && p[1].is_finite()
        {
            state.positions.insert(node.key().to_string(), *p);
        }
    }
}
