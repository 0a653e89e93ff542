//! Repulsion between every pair of nodes: exactly (O(n²)) for small graphs, and with a Barnes–Hut quadtree
//! (O(n log n)) above [`super::LayoutSettings::barnes_hut_above`] nodes.

/// The O(n²) repulsion, added into `force`.
pub(super) fn exact_repulsion(pos: &[[f64; 2]], mass: &[f64], kr: f64, force: &mut [[f64; 2]]) {
    let n = pos.len();
    for i in 0..n {
        let [xi, yi] = pos[i];
        let mi = mass[i];
        let (mut fx, mut fy) = (0.0, 0.0);
        for j in i + 1..n {
            let dx = xi - pos[j][0];
            let dy = yi - pos[j][1];
            let d2 = dx * dx + dy * dy;
            if d2 <= 0.0 {
                continue;
            }
            let factor = kr * mi * mass[j] / d2;
            fx += dx * factor;
            fy += dy * factor;
            force[j][0] -= dx * factor;
            force[j][1] -= dy * factor;
        }
        force[i][0] += fx;
        force[i][1] += fy;
    }
}

/// A Barnes–Hut quadtree over the node positions, rebuilt every step (its storage is reused).
#[derive(Clone, Debug, Default)]
pub(super) struct QuadTree {
    cells: Vec<Cell>,
    stack: std::cell::RefCell<Vec<u32>>,
}

/// Deeper cells than this hold several bodies (nodes at the same place) instead of splitting forever.
const MAX_DEPTH: u32 = 32;
const NO_CHILD: u32 = u32::MAX;

#[derive(Clone, Copy, Debug)]
struct Cell {
    /// Centre and half the side of the square.
    cx: f64,
    cy: f64,
    half: f64,
    /// Total mass and centre of mass.
    mass: f64,
    mx: f64,
    my: f64,
    /// First of four consecutive children, or `NO_CHILD` for a leaf.
    children: u32,
    /// The single body of a leaf (`NO_CHILD` when empty or holding several).
    body: u32,
    /// Bodies below.
    count: u32,
}

impl Cell {
    fn new(cx: f64, cy: f64, half: f64) -> Cell {
        Cell { cx, cy, half, mass: 0.0, mx: 0.0, my: 0.0, children: NO_CHILD, body: NO_CHILD, count: 0 }
    }
}

impl QuadTree {
    pub(super) fn build(&mut self, pos: &[[f64; 2]], mass: &[f64]) {
        self.cells.clear();
        let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
        for p in pos {
            x0 = x0.min(p[0]);
            y0 = y0.min(p[1]);
            x1 = x1.max(p[0]);
            y1 = y1.max(p[1]);
        }
        let half = ((x1 - x0).max(y1 - y0) / 2.0).max(1e-6) * 1.0001;
        self.cells.push(Cell::new((x0 + x1) / 2.0, (y0 + y1) / 2.0, half));
        for (i, p) in pos.iter().enumerate() {
            self.insert(i as u32, *p, mass[i], pos);
        }
        // Centres of mass were accumulated as weighted sums.
        for c in &mut self.cells {
            if c.mass > 0.0 {
                c.mx /= c.mass;
                c.my /= c.mass;
            }
        }
    }

    fn insert(&mut self, body: u32, p: [f64; 2], m: f64, pos: &[[f64; 2]]) {
        let mut cell = 0usize;
        let mut depth = 0;
        loop {
            let c = &mut self.cells[cell];
            c.mass += m;
            c.mx += p[0] * m;
            c.my += p[1] * m;
            c.count += 1;
            if c.children == NO_CHILD {
                if c.count == 1 {
                    c.body = body;
                    return;
                }
                if depth >= MAX_DEPTH {
                    c.body = NO_CHILD;
                    return;
                }
                // Split: push the resident body one level down, then go on with the new one.
                let resident = c.body;
                c.body = NO_CHILD;
                let (cx, cy, h) = (c.cx, c.cy, c.half / 2.0);
                let first = self.cells.len() as u32;
                self.cells[cell].children = first;
                for (sx, sy) in [(-1.0, -1.0), (1.0, -1.0), (-1.0, 1.0), (1.0, 1.0)] {
                    self.cells.push(Cell::new(cx + sx * h, cy + sy * h, h));
                }
                if resident != NO_CHILD {
                    let rp = pos[resident as usize];
                    // The leaf held exactly the resident before `m` was added.
                    let rm = self.cells[cell].mass - m;
                    let child = (first + self.quadrant(cell, rp)) as usize;
                    let rc = &mut self.cells[child];
                    rc.mass += rm;
                    rc.mx += rp[0] * rm;
                    rc.my += rp[1] * rm;
                    rc.count += 1;
                    rc.body = resident;
                }
            }
            let next = self.cells[cell].children + self.quadrant(cell, p);
            cell = next as usize;
            depth += 1;
        }
    }

    fn quadrant(&self, cell: usize, p: [f64; 2]) -> u32 {
        let c = &self.cells[cell];
        u32::from(p[0] >= c.cx) + 2 * u32::from(p[1] >= c.cy)
    }

    /// The repulsion on body `i` at `p` with mass `m`.
    pub(super) fn repulsion(&self, i: usize, p: [f64; 2], m: f64, kr: f64, theta: f64) -> [f64; 2] {
        let mut f = [0.0; 2];
        // The traversal stack lives in the tree so thousands of calls per step do not allocate.
        let mut stack = self.stack.borrow_mut();
        stack.clear();
        stack.push(0);
        while let Some(ci) = stack.pop() {
            let c = &self.cells[ci as usize];
            if c.count == 0 {
                continue;
            }
            let leaf = c.children == NO_CHILD;
            if leaf && c.body == i as u32 {
                continue;
            }
            let dx = p[0] - c.mx;
            let dy = p[1] - c.my;
            let d2 = dx * dx + dy * dy;
            if leaf || (2.0 * c.half) * (2.0 * c.half) < theta * theta * d2 {
                if d2 <= 0.0 {
                    continue;
                }
                let factor = kr * m * c.mass / d2;
                f[0] += dx * factor;
                f[1] += dy * factor;
            } else {
                for k in 0..4 {
                    stack.push(c.children + k);
                }
            }
        }
        f
    }
}
