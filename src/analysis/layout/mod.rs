//! Force-directed graph layout in the style of ForceAtlas2 (Jacomy, Venturini, Heymann, Bastian 2014), for the
//! relationship view and anything else that needs node positions.
//!
//! Forces: every pair of nodes repels in proportion to the product of their masses (degree + 1), divided by
//! their distance; edges attract (linearly, or logarithmically in LinLog mode) in proportion to their weight
//! raised to [`LayoutSettings::edge_weight_influence`]; gravity pulls everything towards the origin. The step
//! size adapts per node and globally as in FA2: nodes that swing (whose force flips direction between steps)
//! slow down, the global speed rises while the layout converges. Above [`LayoutSettings::barnes_hut_above`]
//! nodes the repulsion is approximated with a Barnes–Hut quadtree, O(n log n) instead of O(n²).
//!
//! [`Layout`] is the synchronous engine: [`Layout::step`] advances one iteration and reports how far the nodes
//! moved, so callers can tell when it has settled. [`LayoutRunner`] runs a layout on a background thread and
//! publishes positions for a UI to pick up without ever waiting for a step.

mod barnes_hut;
mod runner;

use barnes_hut::{QuadTree, exact_repulsion};
pub use runner::{LayoutRunner, LayoutSnapshot, RunnerOptions};

/// An edge of the graph to lay out, between node indices.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LayoutEdge {
    /// One end (index into the node list).
    pub source: usize,
    /// The other end.
    pub target: usize,
    /// Strength (≥ 0): the number of supporting sentences, for instance.
    pub weight: f32,
}

/// The knobs of the layout. [`LayoutSettings::default`] suits entity graphs of tens to thousands of nodes.
#[derive(Clone, Debug, PartialEq)]
pub struct LayoutSettings {
    /// Repulsion strength (FA2's `kr`, "scaling"): larger spreads the graph out.
    pub scaling: f64,
    /// Pull towards the origin (FA2's `kg`); keeps disconnected parts from drifting away.
    pub gravity: f64,
    /// Gravity grows with the distance from the origin instead of being constant.
    pub strong_gravity: bool,
    /// LinLog attraction (logarithmic in the distance): tighter, better separated clusters.
    pub lin_log: bool,
    /// Edge weights enter the attraction as `weight^edge_weight_influence` (0 ignores weights, 1 is linear).
    pub edge_weight_influence: f64,
    /// How much swinging is tolerated before slowing down (FA2's jitter tolerance; 1 is the usual value).
    pub jitter_tolerance: f64,
    /// Barnes–Hut accuracy: a quadtree cell is treated as one body when its size divided by its distance is
    /// below this (smaller is more exact and slower).
    pub barnes_hut_theta: f64,
    /// Use the Barnes–Hut approximation when there are more nodes than this.
    pub barnes_hut_above: usize,
    /// The layout counts as settled once the mean movement per step, relative to the layout's radius, stays
    /// below this for [`SETTLE_STEPS`] consecutive steps.
    pub settle_threshold: f64,
    /// Seed of the initial positions: the same seed and graph give the same layout.
    pub seed: u64,
}

impl Default for LayoutSettings {
    fn default() -> Self {
        LayoutSettings {
            scaling: 2.0,
            gravity: 1.0,
            strong_gravity: false,
            lin_log: false,
            edge_weight_influence: 0.5,
            jitter_tolerance: 1.0,
            barnes_hut_theta: 1.0,
            barnes_hut_above: 500,
            settle_threshold: 0.001,
            seed: 1,
        }
    }
}

/// Consecutive calm steps after which a layout counts as settled.
pub const SETTLE_STEPS: u32 = 8;

/// What one [`Layout::step`] did.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct StepReport {
    /// Mean distance a free (unpinned) node moved, in layout units.
    pub movement: f64,
    /// `movement` divided by the layout's radius (root mean square distance from the centroid).
    pub relative_movement: f64,
    /// Whether the layout has now been calm for [`SETTLE_STEPS`] steps.
    pub settled: bool,
}

/// A force-directed layout of a fixed graph. Positions are in abstract layout units centred on the origin.
#[derive(Clone, Debug)]
pub struct Layout {
    settings: LayoutSettings,
    pos: Vec<[f64; 2]>,
    force: Vec<[f64; 2]>,
    old_force: Vec<[f64; 2]>,
    mass: Vec<f64>,
    pinned: Vec<bool>,
    edges: Vec<(u32, u32, f64)>,
    speed: f64,
    speed_efficiency: f64,
    iterations: u64,
    calm_steps: u32,
    tree: QuadTree,
}

impl Layout {
    /// A layout of `node_count` nodes joined by `edges` (edges naming a node out of range are ignored), with
    /// deterministic random initial positions from the settings' seed.
    pub fn new(node_count: usize, edges: &[LayoutEdge], settings: LayoutSettings) -> Layout {
        Layout::with_positions(node_count, edges, settings, &[])
    }

    /// Like [`Layout::new`], but node `i` starts at `known[i]` when that is `Some` (positions kept from an earlier
    /// layout). A new node starts near the mean of its already placed neighbours, or at a random place.
    pub fn with_positions(
        node_count: usize,
        edges: &[LayoutEdge],
        settings: LayoutSettings,
        known: &[Option<[f32; 2]>],
    ) -> Layout {
        let mut mass = vec![1.0; node_count];
        let mut kept = Vec::with_capacity(edges.len());
        for e in edges {
            if e.source < node_count && e.target < node_count && e.source != e.target {
                mass[e.source] += 1.0;
                mass[e.target] += 1.0;
                let w = f64::from(e.weight.max(0.0)).powf(settings.edge_weight_influence);
                kept.push((e.source as u32, e.target as u32, w));
            }
        }
        let mut layout = Layout {
            pos: vec![[0.0; 2]; node_count],
            force: vec![[0.0; 2]; node_count],
            old_force: vec![[0.0; 2]; node_count],
            mass,
            pinned: vec![false; node_count],
            edges: kept,
            speed: 1.0,
            speed_efficiency: 1.0,
            iterations: 0,
            calm_steps: 0,
            tree: QuadTree::default(),
            settings,
        };
        layout.place(known);
        layout
    }

    /// Initial positions: `known` ones, then neighbours' means, then random.
    fn place(&mut self, known: &[Option<[f32; 2]>]) {
        let n = self.pos.len();
        let mut rng = SplitMix64(self.settings.seed);
        let radius = self.initial_radius();
        let mut placed = vec![false; n];
        for (i, p) in known.iter().enumerate().take(n) {
            if let Some(p) = p {
                self.pos[i] = [f64::from(p[0]), f64::from(p[1])];
                placed[i] = true;
            }
        }
        let any_known = placed.iter().any(|&p| p);
        // New nodes next to placed neighbours keep a warm start warm.
        let mut sum = vec![[0.0f64; 3]; n];
        if any_known {
            for &(a, b, _) in &self.edges {
                let (a, b) = (a as usize, b as usize);
                if placed[a] && !placed[b] {
                    sum[b] = [sum[b][0] + self.pos[a][0], sum[b][1] + self.pos[a][1], sum[b][2] + 1.0];
                }
                if placed[b] && !placed[a] {
                    sum[a] = [sum[a][0] + self.pos[b][0], sum[a][1] + self.pos[b][1], sum[a][2] + 1.0];
                }
            }
        }
        let jitter = radius / (n as f64).sqrt().max(1.0);
        for i in 0..n {
            // Draw for every node so a node's random start does not depend on which others were known.
            let (u, v) = (rng.unit(), rng.unit());
            if placed[i] {
                continue;
            }
            if sum[i][2] > 0.0 {
                let angle = u * std::f64::consts::TAU;
                self.pos[i] =
                    [sum[i][0] / sum[i][2] + jitter * angle.cos(), sum[i][1] / sum[i][2] + jitter * angle.sin()];
            } else {
                // Uniform in a disc.
                let angle = u * std::f64::consts::TAU;
                let r = radius * v.sqrt();
                self.pos[i] = [r * angle.cos(), r * angle.sin()];
            }
        }
    }

    /// The radius of the disc random initial positions are drawn from: roughly the size of the settled layout.
    fn initial_radius(&self) -> f64 {
        10.0 * (self.pos.len() as f64).sqrt().max(1.0) * self.settings.scaling.sqrt()
    }

    /// Number of nodes.
    pub fn len(&self) -> usize {
        self.pos.len()
    }

    /// Whether there are no nodes.
    pub fn is_empty(&self) -> bool {
        self.pos.is_empty()
    }

    /// The settings in use.
    pub fn settings(&self) -> &LayoutSettings {
        &self.settings
    }

    /// Iterations run so far.
    pub fn iterations(&self) -> u64 {
        self.iterations
    }

    /// Whether the last steps were calm enough to stop (see [`LayoutSettings::settle_threshold`]).
    pub fn is_settled(&self) -> bool {
        self.calm_steps >= SETTLE_STEPS
    }

    /// The position of every node.
    pub fn positions(&self) -> Vec<[f32; 2]> {
        self.pos.iter().map(|p| [p[0] as f32, p[1] as f32]).collect()
    }

    /// Copies every node's position into `out` (resized to fit).
    pub fn copy_positions(&self, out: &mut Vec<[f32; 2]>) {
        out.clear();
        out.extend(self.pos.iter().map(|p| [p[0] as f32, p[1] as f32]));
    }

    /// The position of node `i`.
    pub fn position(&self, i: usize) -> Option<[f32; 2]> {
        self.pos.get(i).map(|p| [p[0] as f32, p[1] as f32])
    }

    /// Moves node `i` (ignored when out of range). The layout wakes up: it is no longer settled.
    pub fn set_position(&mut self, i: usize, p: [f32; 2]) {
        if let Some(slot) = self.pos.get_mut(i) {
            *slot = [f64::from(p[0]), f64::from(p[1])];
            self.wake();
        }
    }

    /// Pins or unpins node `i`: a pinned node keeps its position (it still pushes and pulls the others).
    pub fn set_pinned(&mut self, i: usize, pinned: bool) {
        if let Some(slot) = self.pinned.get_mut(i)
            && *slot != pinned
        {
            *slot = pinned;
            self.wake();
        }
    }

    /// Whether node `i` is pinned.
    pub fn is_pinned(&self, i: usize) -> bool {
        self.pinned.get(i).copied().unwrap_or(false)
    }

    /// Starts again from random positions drawn with `seed`; pinned nodes stay where they are.
    pub fn restart(&mut self, seed: u64) {
        self.settings.seed = seed;
        let known: Vec<Option<[f32; 2]>> = (0..self.pos.len())
            .map(|i| self.pinned[i].then(|| [self.pos[i][0] as f32, self.pos[i][1] as f32]))
            .collect();
        self.place(&known);
        self.force.iter_mut().for_each(|f| *f = [0.0; 2]);
        self.old_force.iter_mut().for_each(|f| *f = [0.0; 2]);
        self.speed = 1.0;
        self.speed_efficiency = 1.0;
        self.iterations = 0;
        self.calm_steps = 0;
    }

    /// Marks the layout as moving again (after an edit).
    fn wake(&mut self) {
        self.calm_steps = 0;
    }

    /// Runs until settled or `max_iterations` steps; returns the number of steps run.
    pub fn run(&mut self, max_iterations: u64) -> u64 {
        let mut steps = 0;
        while steps < max_iterations && !self.is_settled() {
            self.step();
            steps += 1;
        }
        steps
    }

    /// Advances the layout by one iteration.
    pub fn step(&mut self) -> StepReport {
        let n = self.pos.len();
        if n == 0 {
            self.calm_steps = SETTLE_STEPS;
            return StepReport { settled: true, ..StepReport::default() };
        }
        std::mem::swap(&mut self.force, &mut self.old_force);
        self.force.iter_mut().for_each(|f| *f = [0.0; 2]);

        let kr = self.settings.scaling;
        if n > self.settings.barnes_hut_above {
            self.tree.build(&self.pos, &self.mass);
            let theta = self.settings.barnes_hut_theta;
            for i in 0..n {
                let f = self.tree.repulsion(i, self.pos[i], self.mass[i], kr, theta);
                self.force[i][0] += f[0];
                self.force[i][1] += f[1];
            }
        } else {
            exact_repulsion(&self.pos, &self.mass, kr, &mut self.force);
        }
        self.gravity();
        self.attraction();
        let report = self.apply();
        self.iterations += 1;
        report
    }

    fn gravity(&mut self) {
        let kg = self.settings.gravity;
        for i in 0..self.pos.len() {
            let [x, y] = self.pos[i];
            let d = (x * x + y * y).sqrt();
            if d <= 0.0 {
                continue;
            }
            let factor = if self.settings.strong_gravity { kg * self.mass[i] } else { kg * self.mass[i] / d };
            self.force[i][0] -= x * factor;
            self.force[i][1] -= y * factor;
        }
    }

    fn attraction(&mut self) {
        let lin_log = self.settings.lin_log;
        for &(a, b, w) in &self.edges {
            let (a, b) = (a as usize, b as usize);
            let dx = self.pos[a][0] - self.pos[b][0];
            let dy = self.pos[a][1] - self.pos[b][1];
            let factor = if lin_log {
                let d = (dx * dx + dy * dy).sqrt();
                if d <= 0.0 {
                    continue;
                }
                -w * (1.0 + d).ln() / d
            } else {
                -w
            };
            self.force[a][0] += dx * factor;
            self.force[a][1] += dy * factor;
            self.force[b][0] -= dx * factor;
            self.force[b][1] -= dy * factor;
        }
    }

    /// FA2's adaptive speed: global swinging against traction sets the speed, each node's own swinging damps it.
    fn apply(&mut self) -> StepReport {
        let n = self.pos.len();
        let mut swinging_total = 0.0;
        let mut traction_total = 0.0;
        for i in 0..n {
            if self.pinned[i] {
                continue;
            }
            let [fx, fy] = self.force[i];
            let [ox, oy] = self.old_force[i];
            swinging_total += self.mass[i] * ((ox - fx).powi(2) + (oy - fy).powi(2)).sqrt();
            traction_total += self.mass[i] * 0.5 * ((ox + fx).powi(2) + (oy + fy).powi(2)).sqrt();
        }
        let nf = n as f64;
        let estimated_jt = 0.05 * nf.sqrt();
        let min_jt = estimated_jt.sqrt();
        let max_jt: f64 = 10.0;
        let mut jt = self.settings.jitter_tolerance * min_jt.max(max_jt.min(estimated_jt * traction_total / (nf * nf)));
        let min_efficiency = 0.05;
        if traction_total > 0.0 && swinging_total / traction_total > 2.0 {
            if self.speed_efficiency > min_efficiency {
                self.speed_efficiency *= 0.5;
            }
            jt = jt.max(self.settings.jitter_tolerance);
        }
        let target_speed = if swinging_total > 0.0 {
            jt * self.speed_efficiency * traction_total / swinging_total
        } else {
            self.speed * 1.5
        };
        if swinging_total > jt * traction_total {
            if self.speed_efficiency > min_efficiency {
                self.speed_efficiency *= 0.7;
            }
        } else if self.speed < 1000.0 {
            self.speed_efficiency *= 1.3;
        }
        let max_rise = 0.5;
        self.speed += (target_speed - self.speed).min(max_rise * self.speed);
        if !self.speed.is_finite() || self.speed <= 0.0 {
            self.speed = 1e-3;
        }

        let mut moved = 0.0;
        let mut free = 0usize;
        for i in 0..n {
            if self.pinned[i] {
                continue;
            }
            let [fx, fy] = self.force[i];
            let [ox, oy] = self.old_force[i];
            let swinging = self.mass[i] * ((ox - fx).powi(2) + (oy - fy).powi(2)).sqrt();
            let factor = self.speed / (1.0 + (self.speed * swinging).sqrt());
            let (mx, my) = (fx * factor, fy * factor);
            if mx.is_finite() && my.is_finite() {
                self.pos[i][0] += mx;
                self.pos[i][1] += my;
                moved += (mx * mx + my * my).sqrt();
            }
            free += 1;
        }
        let movement = if free == 0 { 0.0 } else { moved / free as f64 };
        let relative_movement = movement / self.radius().max(1e-9);
        if relative_movement < self.settings.settle_threshold {
            self.calm_steps = self.calm_steps.saturating_add(1);
        } else {
            self.calm_steps = 0;
        }
        StepReport { movement, relative_movement, settled: self.is_settled() }
    }

    /// Root mean square distance of the nodes from their centroid.
    fn radius(&self) -> f64 {
        let n = self.pos.len() as f64;
        if n == 0.0 {
            return 0.0;
        }
        let (sx, sy) = self.pos.iter().fold((0.0, 0.0), |(x, y), p| (x + p[0], y + p[1]));
        let (cx, cy) = (sx / n, sy / n);
        (self.pos.iter().map(|p| (p[0] - cx).powi(2) + (p[1] - cy).powi(2)).sum::<f64>() / n).sqrt()
    }
}

/// A small deterministic random generator (SplitMix64).
#[derive(Clone, Debug)]
struct SplitMix64(u64);

impl SplitMix64 {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

#[cfg(test)]
mod tests;
