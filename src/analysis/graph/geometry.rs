//! Screen maths of the relationship view: the zoom-and-pan transform, fitting, hit testing, node and edge sizes,
//! and label culling. Points are `[x, y]` pairs; rectangles are `[min_x, min_y, max_x, max_y]`.

use serde::{Deserialize, Serialize};

/// A point (layout units or screen pixels).
pub type Point = [f32; 2];
/// A rectangle `[min_x, min_y, max_x, max_y]`.
pub type Rect = [f32; 4];

/// Zoom limits (screen pixels per layout unit).
pub const MIN_ZOOM: f32 = 1e-3;
/// See [`MIN_ZOOM`].
pub const MAX_ZOOM: f32 = 1e3;

/// Layout units to screen pixels: `screen = centre + pan + zoom * world`, where `centre` is the middle of the
/// canvas (so resizing the window keeps the picture centred).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ViewTransform {
    /// Pixels per layout unit.
    pub zoom: f32,
    /// Offset in pixels from the canvas centre.
    pub pan: Point,
}

impl Default for ViewTransform {
    fn default() -> Self {
        ViewTransform { zoom: 1.0, pan: [0.0, 0.0] }
    }
}

impl ViewTransform {
    /// Where layout point `p` is on a canvas centred at `centre`.
    pub fn to_screen(&self, centre: Point, p: Point) -> Point {
        [centre[0] + self.pan[0] + self.zoom * p[0], centre[1] + self.pan[1] + self.zoom * p[1]]
    }

    /// The layout point under screen point `s`.
    pub fn to_world(&self, centre: Point, s: Point) -> Point {
        [(s[0] - centre[0] - self.pan[0]) / self.zoom, (s[1] - centre[1] - self.pan[1]) / self.zoom]
    }

    /// Zooms by `factor` keeping the layout point under screen point `anchor` where it is.
    pub fn zoom_at(&mut self, centre: Point, anchor: Point, factor: f32) {
        let world = self.to_world(centre, anchor);
        self.zoom = (self.zoom * factor).clamp(MIN_ZOOM, MAX_ZOOM);
        // Solve anchor = centre + pan + zoom * world for the pan.
        self.pan = [anchor[0] - centre[0] - self.zoom * world[0], anchor[1] - centre[1] - self.zoom * world[1]];
    }

    /// Moves the view so that layout point `p` is at the canvas centre.
    pub fn centre_on(&mut self, p: Point) {
        self.pan = [-self.zoom * p[0], -self.zoom * p[1]];
    }

    /// The transform that shows every point of `points` in a canvas of `size` pixels with `margin` pixels to
    /// spare on each side (the default transform when there are none).
    pub fn fit(points: &[Point], size: Point, margin: f32) -> ViewTransform {
        let Some(b) = bounds(points) else { return ViewTransform::default() };
        let (w, h) = ((b[2] - b[0]).max(1e-3), (b[3] - b[1]).max(1e-3));
        let avail = [(size[0] - 2.0 * margin).max(1.0), (size[1] - 2.0 * margin).max(1.0)];
        // A lone node (or a tight pair) should not be blown up to fill the canvas.
        let zoom = (avail[0] / w).min(avail[1] / h).clamp(MIN_ZOOM, 4.0);
        let mut t = ViewTransform { zoom, pan: [0.0, 0.0] };
        t.centre_on([(b[0] + b[2]) / 2.0, (b[1] + b[3]) / 2.0]);
        t
    }
}

/// The bounding box of `points` (`None` when empty or when no point is finite).
pub fn bounds(points: &[Point]) -> Option<Rect> {
    let mut r = [f32::MAX, f32::MAX, f32::MIN, f32::MIN];
    for p in points.iter().filter(|p| p[0].is_finite() && p[1].is_finite()) {
        r = [r[0].min(p[0]), r[1].min(p[1]), r[2].max(p[0]), r[3].max(p[1])];
    }
    (r[0] <= r[2]).then_some(r)
}

/// The radius in pixels of a node with `mentions` when the most mentioned node has `max_mentions`: area grows with
/// mentions, between 4 and 18 pixels.
pub fn node_radius(mentions: usize, max_mentions: usize) -> f32 {
    let share = mentions as f32 / max_mentions.max(1) as f32;
    4.0 + 14.0 * share.clamp(0.0, 1.0).sqrt()
}

/// The stroke width in pixels of an edge supported by `weight` sentences: logarithmic, 0.7 to 6 pixels, so one
/// heavy edge does not drown the rest.
pub fn edge_width(weight: u32) -> f32 {
    (0.7 + 1.1 * (weight.max(1) as f32).ln()).min(6.0)
}

/// The node under screen point `p`: of the nodes whose disc (grown by `slop` pixels) contains it, the one whose
/// centre is nearest. `screen` and `radius` are per node.
pub fn hit_node(screen: &[Point], radius: &[f32], p: Point, slop: f32) -> Option<usize> {
    let mut best: Option<(usize, f32)> = None;
    for (i, (s, r)) in screen.iter().zip(radius).enumerate() {
        let d2 = dist2(*s, p);
        let reach = r + slop;
        if d2 <= reach * reach && best.is_none_or(|(_, b)| d2 < b) {
            best = Some((i, d2));
        }
    }
    best.map(|b| b.0)
}

/// The edge nearest screen point `p` within `tolerance` pixels; `ends` are node indices into `screen`.
pub fn hit_edge(
    screen: &[Point],
    ends: impl IntoIterator<Item = (usize, usize)>,
    p: Point,
    tolerance: f32,
) -> Option<usize> {
    let mut best: Option<(usize, f32)> = None;
    for (i, (a, b)) in ends.into_iter().enumerate() {
        let (Some(&sa), Some(&sb)) = (screen.get(a), screen.get(b)) else { continue };
        let d2 = segment_dist2(sa, sb, p);
        if d2 <= tolerance * tolerance && best.is_none_or(|(_, b)| d2 < b) {
            best = Some((i, d2));
        }
    }
    best.map(|b| b.0)
}

/// Squared distance between two points.
pub fn dist2(a: Point, b: Point) -> f32 {
    (a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2)
}

/// Squared distance from `p` to the segment `a`–`b`.
pub fn segment_dist2(a: Point, b: Point, p: Point) -> f32 {
    let (dx, dy) = (b[0] - a[0], b[1] - a[1]);
    let len2 = dx * dx + dy * dy;
    if len2 <= f32::EPSILON {
        return dist2(a, p);
    }
    let t = (((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2).clamp(0.0, 1.0);
    dist2([a[0] + t * dx, a[1] + t * dy], p)
}

/// Whether a segment could cross rectangle `r` (by bounding boxes: cheap, and enough to skip off-screen edges).
pub fn segment_may_cross(a: Point, b: Point, r: Rect) -> bool {
    a[0].max(b[0]) >= r[0] && a[0].min(b[0]) <= r[2] && a[1].max(b[1]) >= r[1] && a[1].min(b[1]) <= r[3]
}

/// Whether two rectangles overlap.
pub fn intersects(a: Rect, b: Rect) -> bool {
    a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]
}

/// Label culling: takes label rectangles in priority order and returns the indices of those to draw — each label
/// that does not overlap one already accepted (nor one of `blocked`, such as the legend). A grid of buckets keeps
/// this linear in the number of labels, so thousands of candidates cost well under a millisecond.
pub fn cull_labels(rects: &[Rect], blocked: &[Rect]) -> Vec<usize> {
    const CELL: f32 = 64.0;
    let mut grid: rustc_hash::FxHashMap<(i32, i32), Vec<Rect>> = rustc_hash::FxHashMap::default();
    let cells = |r: &Rect| {
        let (x0, y0) = ((r[0] / CELL).floor() as i32, (r[1] / CELL).floor() as i32);
        let (x1, y1) = ((r[2] / CELL).floor() as i32, (r[3] / CELL).floor() as i32);
        (x0..=x1).flat_map(move |x| (y0..=y1).map(move |y| (x, y)))
    };
    let valid = |r: &Rect| r.iter().all(|v| v.is_finite()) && r[2] - r[0] < 1e5 && r[3] - r[1] < 1e5;
    for b in blocked.iter().filter(|r| valid(r)) {
        for c in cells(b) {
            grid.entry(c).or_default().push(*b);
        }
    }
    let mut shown = Vec::new();
    for (i, r) in rects.iter().enumerate() {
        if !valid(r) {
            continue;
        }
        let free = cells(r).all(|c| grid.get(&c).is_none_or(|placed| placed.iter().all(|p| !intersects(*p, *r))));
        if free {
            for c in cells(r) {
                grid.entry(c).or_default().push(*r);
            }
            shown.push(i);
        }
    }
    shown
}
