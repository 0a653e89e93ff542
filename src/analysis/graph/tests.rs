use super::geometry::*;
use super::*;
use crate::corpus::DocId;
use crate::extract::LinkKind;
use crate::pipeline::from_texts;

fn id(g: &EntityGraph, name: &str) -> u32 {
    g.nodes.iter().position(|n| n.name == name).unwrap_or_else(|| panic!("no node {name}")) as u32
}

fn names(g: &EntityGraph, v: &VisibleGraph) -> Vec<String> {
    let mut n: Vec<String> = v.nodes.iter().map(|&i| g.nodes[i as usize].name.clone()).collect();
    n.sort();
    n
}

fn sample() -> EntityGraph {
    let d = from_texts([
        (
            "a.txt",
            "Chile and Peru signed a deal. Chile and Peru met again. Pavel Orlikov, the Russian ambassador, met \
             Iran's special envoy Farhad Nouri in Tehran.",
        ),
        ("b.txt", "Peru and Chile argued. Bolivia and Chile talked."),
    ]);
    EntityGraph::build(&d)
}

#[test]
fn one_edge_per_pair_with_every_relation_and_its_evidence() {
    let g = sample();
    let (chile, peru) = (id(&g, "Chile"), id(&g, "Peru"));
    let e = g.edges.iter().find(|e| (e.a, e.b) == (chile.min(peru), chile.max(peru))).expect("Chile – Peru");
    assert_eq!(e.relations[0].kind, RelationKind::CoOccurrence);
    assert_eq!(e.relations[0].evidence.len(), 3);
    assert_eq!(g.edges.iter().filter(|x| (x.a, x.b) == (e.a, e.b)).count(), 1);
    // The ambassador's affiliation is a typed relation that styles the edge.
    let (orlikov, russia) = (id(&g, "Pavel Orlikov"), id(&g, "Russia"));
    let v = visible_graph(&g, &GraphFilter::default(), None);
    let edge = v.edges.iter().find(|x| {
        let ends = [v.nodes[x.a as usize], v.nodes[x.b as usize]];
        ends.contains(&orlikov) && ends.contains(&russia)
    });
    assert_eq!(edge.and_then(|x| x.typed), Some(RelationKind::Link(LinkKind::Affiliation)));
    assert!(g.relation_kinds()[0] == RelationKind::CoOccurrence && g.relation_kinds().len() > 1);
}

#[test]
fn filters_change_what_is_visible() {
    let g = sample();
    let all = visible_graph(&g, &GraphFilter::default(), None);
    assert!(names(&g, &all).contains(&"Bolivia".to_string()));
    // Nodes come most mentioned first, and every edge's ends are visible nodes.
    let mentions: Vec<usize> = all.nodes.iter().map(|&i| g.nodes[i as usize].mentions).collect();
    assert!(mentions.windows(2).all(|w| w[0] >= w[1]));
    assert!(all.edges.iter().all(|e| (e.a as usize) < all.nodes.len() && (e.b as usize) < all.nodes.len()));

    let heavy = visible_graph(&g, &GraphFilter { min_weight: 3, ..Default::default() }, None);
    assert_eq!(names(&g, &heavy), ["Chile", "Peru"]);
    assert_eq!(heavy.edges.len(), 1);
    assert_eq!(heavy.edges[0].weight, 3);

    let mut no_countries = GraphFilter::default();
    no_countries.set_kind(EntityKind::Country, false);
    let v = visible_graph(&g, &no_countries, None);
    assert!(v.nodes.iter().all(|&i| g.nodes[i as usize].kind != EntityKind::Country));
    assert!(v.nodes.len() < all.nodes.len() && !v.nodes.is_empty());

    let mut no_co = GraphFilter::default();
    no_co.set_relation(RelationKind::CoOccurrence, false);
    let v = visible_graph(&g, &no_co, None);
    assert!(v.edges.iter().all(|e| e.typed.is_some()));
    assert!(v.edges.len() < all.edges.len() && !v.edges.is_empty());
    // Chile – Peru is only ever a co-occurrence.
    assert!(!names(&g, &v).contains(&"Peru".to_string()) || v.edges.iter().all(|e| e.weight < 3));
    no_co.set_relation(RelationKind::CoOccurrence, true);
    assert_eq!(no_co, GraphFilter::default());
}

#[test]
fn the_neighbourhood_filter_keeps_entities_within_n_steps() {
    let g = sample();
    let bolivia = g.nodes[id(&g, "Bolivia") as usize].entity;
    let near = GraphFilter { neighbourhood: 1, ..Default::default() };
    assert_eq!(names(&g, &visible_graph(&g, &near, Some(bolivia))), ["Bolivia", "Chile"]);
    let two = GraphFilter { neighbourhood: 2, ..Default::default() };
    assert_eq!(names(&g, &visible_graph(&g, &two, Some(bolivia))), ["Bolivia", "Chile", "Peru"]);
    // Off, or without a selection, everything shows.
    let all = visible_graph(&g, &GraphFilter::default(), None).nodes.len();
    assert_eq!(visible_graph(&g, &near, None).nodes.len(), all);
}

#[test]
fn the_date_range_filters_evidence_by_document_date() {
    let rel = |a: u32, b: u32, docs: &[u32]| Relation {
        source: EntityId(a),
        target: EntityId(b),
        kind: RelationKind::CoOccurrence,
        directed: false,
        weight: docs.len(),
        documents: docs.len(),
        evidence: docs.iter().map(|&d| Evidence { doc: DocId(d), sentence: 0 }).collect(),
    };
    let node = |i: u32| GraphNode { entity: EntityId(i), name: format!("n{i}"), kind: EntityKind::Person, mentions: 1 };
    let dates = vec![Date::new(2024, 1, 5), Date::new(2024, 3, 1), None];
    let g = EntityGraph::from_parts((0..4).map(node).collect(), &[rel(0, 1, &[0, 1]), rel(2, 3, &[2])], dates);
    assert_eq!(g.dates(), [Date::new(2024, 1, 5).unwrap(), Date::new(2024, 3, 1).unwrap()]);
    let march = GraphFilter { date_from: Date::new(2024, 2, 1), ..Default::default() };
    let v = visible_graph(&g, &march, None);
    assert_eq!(names(&g, &v), ["n0", "n1"]);
    assert_eq!(v.edges[0].weight, 1);
    let ev = g.edge_evidence(0, &march);
    assert_eq!(ev.len(), 1);
    assert_eq!(ev[0].0.doc, DocId(1));
    // Without a range, undated documents count.
    assert_eq!(visible_graph(&g, &GraphFilter::default(), None).nodes.len(), 4);
}

#[test]
fn the_node_cap_keeps_the_most_mentioned_and_the_selection() {
    let g = synthetic_graph(500, 3_000, 7);
    let cap = GraphFilter { max_nodes: 50, ..Default::default() };
    let last = g.nodes[499].entity;
    let v = visible_graph(&g, &cap, Some(last));
    assert!(v.nodes.len() <= 50 && v.nodes.len() > 10);
    assert!(v.slot(499).is_some(), "the selected entity stays");
    assert!(v.slot(0).is_some(), "the most mentioned entity stays");
    for e in &v.edges {
        assert_eq!(v.edge_slot(e.edge).map(|s| v.edges[s].edge), Some(e.edge));
    }
}

#[test]
fn the_view_transform_round_trips_and_zooms_about_the_pointer() {
    let mut t = ViewTransform { zoom: 2.0, pan: [10.0, -5.0] };
    let c = [400.0, 300.0];
    let w = [3.0, 4.0];
    let s = t.to_screen(c, w);
    assert_eq!(s, [416.0, 303.0]);
    assert_eq!(t.to_world(c, s), w);
    let anchor = [100.0, 120.0];
    let under = t.to_world(c, anchor);
    t.zoom_at(c, anchor, 1.5);
    assert_eq!(t.zoom, 3.0);
    let after = t.to_world(c, anchor);
    assert!(dist2(under, after) < 1e-6);
    t.centre_on(w);
    assert_eq!(t.to_screen(c, w), c);
}

#[test]
fn fit_shows_every_point_inside_the_margins() {
    let pts = [[-100.0, 20.0], [300.0, 50.0], [0.0, -80.0]];
    let size = [800.0, 600.0];
    let t = ViewTransform::fit(&pts, size, 40.0);
    let c = [400.0, 300.0];
    for p in pts {
        let s = t.to_screen(c, p);
        assert!((39.9..=760.1).contains(&s[0]) && (39.9..=560.1).contains(&s[1]), "{s:?}");
    }
    assert_eq!(ViewTransform::fit(&[], size, 40.0), ViewTransform::default());
    // A single node is centred, not magnified without bound.
    let one = ViewTransform::fit(&[[5.0, 5.0]], size, 40.0);
    assert_eq!(one.to_screen(c, [5.0, 5.0]), c);
    assert!(one.zoom <= 4.0);
}

#[test]
fn hit_testing_finds_the_nearest_node_and_edge() {
    let screen = [[0.0, 0.0], [100.0, 0.0], [104.0, 0.0], [50.0, 80.0]];
    let radius = [10.0, 8.0, 8.0, 5.0];
    assert_eq!(hit_node(&screen, &radius, [3.0, 4.0], 0.0), Some(0));
    assert_eq!(hit_node(&screen, &radius, [103.0, 1.0], 0.0), Some(2));
    assert_eq!(hit_node(&screen, &radius, [50.0, 40.0], 2.0), None);
    let ends = [(0, 1), (0, 3)];
    assert_eq!(hit_edge(&screen, ends, [50.0, 3.0], 4.0), Some(0));
    assert_eq!(hit_edge(&screen, ends, [25.0, 41.0], 4.0), Some(1));
    assert_eq!(hit_edge(&screen, ends, [80.0, 60.0], 4.0), None);
    // Past the end of a segment the distance is to the end point.
    assert_eq!(segment_dist2([0.0, 0.0], [10.0, 0.0], [13.0, 4.0]), 25.0);
    assert!(segment_may_cross([-10.0, 5.0], [200.0, 5.0], [0.0, 0.0, 100.0, 100.0]));
    assert!(!segment_may_cross([-10.0, -5.0], [-1.0, -50.0], [0.0, 0.0, 100.0, 100.0]));
}

#[test]
fn label_culling_skips_labels_that_overlap_earlier_ones() {
    let rects = [
        [0.0, 0.0, 100.0, 20.0],
        [50.0, 10.0, 150.0, 30.0], // overlaps the first
        [0.0, 25.0, 100.0, 45.0],
        [300.0, 300.0, 400.0, 320.0], // under the legend
        [f32::NAN, 0.0, 1.0, 1.0],
        [120.0, 0.0, 200.0, 8.0],
    ];
    let legend = [[290.0, 290.0, 500.0, 500.0]];
    assert_eq!(cull_labels(&rects, &legend), [0, 2, 5]);
    // Sizes and widths are bounded and monotonic.
    assert!(node_radius(1, 100) < node_radius(50, 100) && node_radius(100, 100) == 18.0);
    assert!(edge_width(1) < edge_width(10) && edge_width(1_000_000) <= 6.0);
}

#[test]
fn the_view_state_round_trips_through_json() {
    let mut s = GraphViewState::default();
    s.filter.set_kind(EntityKind::Place, false);
    s.filter.date_to = Date::new(2024, 5, 1);
    s.positions.insert("Russia".into(), [1.5, -2.0]);
    s.pinned.insert("Russia".into());
    s.transform.zoom = 3.0;
    let json = serde_json::to_string(&s).unwrap();
    assert_eq!(serde_json::from_str::<GraphViewState>(&json).unwrap(), s);
    // Older or partial settings fill in defaults.
    let partial: GraphViewState = serde_json::from_str(r#"{"frozen": true}"#).unwrap();
    assert!(partial.frozen && partial.filter.min_weight == 1);
}
